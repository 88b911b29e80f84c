//! What a PEM chain and key hold, checked the way a TLS client will check them: the chain in
//! order (each certificate signed by the next), every certificate within its dates, at least
//! one DNS name, and the key the leaf's. An operator's mistake is refused here with the field
//! and the reason, before it can reach a listener.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use postbay_core::error::{CoreError, CoreResult};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::sign::CertifiedKey;
use sha2::{Digest, Sha256};
use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};

/// The longest PEM text accepted for a chain or a key.
pub const MAX_PEM_BYTES: usize = 64 * 1024;
/// The most certificates a chain may hold.
pub const MAX_CHAIN: usize = 10;

/// A checked certificate chain with its key, ready to serve.
pub struct Material {
    pub chain_pem: String,
    pub key_pem: String,
    pub facts: Facts,
    pub served: Arc<CertifiedKey>,
}

/// What the leaf says of itself.
#[derive(Debug, Clone)]
pub struct Facts {
    /// DNS names (subjectAltName; the common name when there is none), lower-cased.
    pub names: Vec<String>,
    pub subject: String,
    pub issuer: String,
    pub serial: String,
    /// SHA-256 of the leaf's DER, hex.
    pub fingerprint: String,
    pub not_before: DateTime<Utc>,
    pub not_after: DateTime<Utc>,
}

/// Checks a chain and key for serving. `now` decides expiry.
pub fn check(chain_pem: &str, key_pem: &str, now: DateTime<Utc>) -> CoreResult<Material> {
    if chain_pem.len() > MAX_PEM_BYTES {
        return Err(CoreError::invalid(
            "chain",
            "too_long",
            "a chain is at most 64 KiB of PEM",
        ));
    }
    if key_pem.len() > MAX_PEM_BYTES {
        return Err(CoreError::invalid(
            "key",
            "too_long",
            "a key is at most 64 KiB of PEM",
        ));
    }
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(chain_pem.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|e| {
            CoreError::invalid(
                "chain",
                "invalid_certificate",
                format!("not a PEM certificate chain: {e}"),
            )
        })?;
    if chain.is_empty() {
        return Err(CoreError::invalid(
            "chain",
            "invalid_certificate",
            "no PEM CERTIFICATE block in the chain",
        ));
    }
    if chain.len() > MAX_CHAIN {
        return Err(CoreError::invalid(
            "chain",
            "too_long",
            "a chain holds at most 10 certificates",
        ));
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem.as_bytes()).map_err(|e| {
        CoreError::invalid(
            "key",
            "invalid_key",
            format!("not a PEM private key (PKCS#8, PKCS#1 or SEC1): {e}"),
        )
    })?;
    let facts = check_chain(&chain, now)?;
    let served = certified_key(chain, key)?;
    Ok(Material {
        chain_pem: chain_pem.trim().to_string() + "\n",
        key_pem: key_pem.trim().to_string() + "\n",
        facts,
        served,
    })
}

/// The chain and key as rustls serves them; a key that is not the leaf's is refused.
pub fn certified_key(
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> CoreResult<Arc<CertifiedKey>> {
    let provider = rustls::crypto::ring::default_provider();
    let signer = provider.key_provider.load_private_key(key).map_err(|e| {
        CoreError::invalid(
            "key",
            "invalid_key",
            format!("the key cannot sign TLS handshakes: {e}"),
        )
    })?;
    let served = CertifiedKey::new(chain, signer);
    match served.keys_match() {
        Ok(()) | Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::Unknown)) => {}
        Err(_) => {
            return Err(CoreError::invalid(
                "key",
                "certificate_key_mismatch",
                "the key is not the one the first certificate of the chain was issued for",
            ));
        }
    }
    Ok(Arc::new(served))
}

/// A stored chain and key (already checked once) as rustls serves them.
pub fn load(chain_pem: &str, key_pem: &str) -> CoreResult<Arc<CertifiedKey>> {
    let bad = |what: &str| CoreError::Internal(format!("a stored certificate's {what}").into());
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(chain_pem.as_bytes())
        .collect::<Result<_, _>>()
        .map_err(|_| bad("chain cannot be read"))?;
    let key = PrivateKeyDer::from_pem_slice(key_pem.as_bytes()).map_err(|_| bad("key"))?;
    certified_key(chain, key)
}

/// The leaf's facts, once every certificate is in its dates and signed by the next.
pub fn check_chain(chain: &[CertificateDer<'_>], now: DateTime<Utc>) -> CoreResult<Facts> {
    let mut parsed = Vec::with_capacity(chain.len());
    for (index, der) in chain.iter().enumerate() {
        let (_, cert) = X509Certificate::from_der(der.as_ref()).map_err(|e| {
            refuse(
                "invalid_certificate",
                format!("certificate {} cannot be read: {e}", index + 1),
            )
        })?;
        parsed.push(cert);
    }
    for (index, cert) in parsed.iter().enumerate() {
        let (not_before, not_after) = dates(cert);
        let which = describe(index, cert);
        if not_after <= now {
            return Err(refuse(
                "certificate_expired",
                format!("{which} expired at {}", not_after.to_rfc3339()),
            ));
        }
        if not_before > now {
            return Err(refuse(
                "certificate_not_yet_valid",
                format!("{which} is not valid before {}", not_before.to_rfc3339()),
            ));
        }
        if let Some(issuer) = parsed.get(index + 1)
            && (cert.issuer() != issuer.subject()
                || cert.verify_signature(Some(issuer.public_key())).is_err())
        {
            return Err(refuse(
                "certificate_chain_order",
                format!(
                    "{which} is not signed by certificate {} ({}): the chain must go from the \
                     server's certificate up to the root, each followed by its issuer",
                    index + 2,
                    issuer.subject()
                ),
            ));
        }
    }
    let leaf = &parsed[0];
    let names = dns_names(leaf);
    if names.is_empty() {
        return Err(refuse(
            "certificate_no_names",
            "the first certificate names no DNS name (subjectAltName or common name)".into(),
        ));
    }
    let (not_before, not_after) = dates(leaf);
    Ok(Facts {
        names,
        subject: leaf.subject().to_string(),
        issuer: leaf.issuer().to_string(),
        serial: leaf.raw_serial_as_string(),
        fingerprint: hex::encode(Sha256::digest(chain[0].as_ref())),
        not_before,
        not_after,
    })
}

fn refuse(code: &'static str, message: String) -> CoreError {
    CoreError::invalid("chain", code, message)
}

fn describe(index: usize, cert: &X509Certificate<'_>) -> String {
    if index == 0 {
        format!("the server's certificate ({})", cert.subject())
    } else {
        format!("certificate {} ({})", index + 1, cert.subject())
    }
}

fn dates(cert: &X509Certificate<'_>) -> (DateTime<Utc>, DateTime<Utc>) {
    let at = |t: i64| DateTime::from_timestamp(t, 0).unwrap_or(DateTime::<Utc>::MIN_UTC);
    let validity = cert.validity();
    (
        at(validity.not_before.timestamp()),
        at(validity.not_after.timestamp()),
    )
}

fn dns_names(cert: &X509Certificate<'_>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for name in &san.value.general_names {
            if let GeneralName::DNSName(dns) = name {
                names.push(dns.to_ascii_lowercase());
            }
        }
    }
    if names.is_empty() {
        names.extend(
            cert.subject()
                .iter_common_name()
                .filter_map(|cn| cn.as_str().ok())
                .filter(|cn| cn.contains('.') && !cn.contains(' '))
                .map(str::to_ascii_lowercase),
        );
    }
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn self_signed(names: &[&str]) -> (String, String) {
        let made = rcgen::generate_simple_self_signed(
            names.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
        )
        .expect("generate");
        (made.cert.pem(), made.signing_key.serialize_pem())
    }

    #[test]
    fn a_matching_pair_is_accepted_with_its_names() {
        let (chain, key) = self_signed(&["mail.example.com", "Imap.Example.com"]);
        let material = check(&chain, &key, Utc::now()).expect("accepted");
        assert_eq!(
            material.facts.names,
            vec!["mail.example.com", "imap.example.com"]
        );
        assert_eq!(material.facts.fingerprint.len(), 64);
    }

    #[test]
    fn another_certificates_key_is_refused() {
        let (chain, _) = self_signed(&["mail.example.com"]);
        let (_, other_key) = self_signed(&["mail.example.com"]);
        let err = check(&chain, &other_key, Utc::now())
            .err()
            .expect("refused")
            .describe();
        assert_eq!(err.code, "certificate_key_mismatch");
        assert_eq!(err.field.as_deref(), Some("key"));
    }

    #[test]
    fn an_expired_certificate_is_refused() {
        let (chain, key) = self_signed(&["mail.example.com"]);
        let later = Utc::now() + chrono::Duration::days(365 * 5000);
        let err = check(&chain, &key, later)
            .err()
            .expect("refused")
            .describe();
        assert_eq!(err.code, "certificate_expired");
    }

    #[test]
    fn garbage_is_refused_by_field() {
        let (chain, key) = self_signed(&["mail.example.com"]);
        let err = check("hello", &key, Utc::now())
            .err()
            .expect("refused")
            .describe();
        assert_eq!(
            (err.code, err.field.as_deref()),
            ("invalid_certificate", Some("chain"))
        );
        let err = check(
            &chain,
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
            Utc::now(),
        )
        .err()
        .expect("refused")
        .describe();
        assert_eq!(err.field.as_deref(), Some("key"));
    }
}
