//! DKIM signing (RFC 6376, RFC 8463): making and importing keys, the public key's DNS text,
//! and a signer that puts a `DKIM-Signature` on a message. Signatures use relaxed/relaxed
//! canonicalisation (it survives the re-folding relays do), no `l=` (a body length invites
//! appended content), and sign `From` twice, so no second `From` can be added unnoticed;
//! every other listed header absent from the message is signed as absent.

use mail_auth::common::crypto::{Ed25519Key, RsaKey, Sha256};
use mail_auth::common::headers::HeaderWriter;
use mail_auth::dkim::{Canonicalization, DkimSigner};
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{DecodePrivateKey, EncodePublicKey};
use rsa::traits::PublicKeyParts;
use serde::{Deserialize, Serialize};

/// The headers a signature covers unless the settings name others; `From` is always signed,
/// and twice (over-signed, see [`covered`]).
pub const DEFAULT_SIGNED_HEADERS: &[&str] = &[
    "From",
    "Reply-To",
    "Subject",
    "Date",
    "To",
    "Cc",
    "Message-ID",
    "In-Reply-To",
    "References",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
];

/// RSA keys the server makes have this many bits (RFC 8301: 2048 is the norm).
pub const RSA_BITS: usize = 2048;

/// The smallest and largest RSA keys accepted on import: RFC 8301 allows 1024 bits, but
/// ring (the crypto underneath) signs with 2048 bits or more, as receivers increasingly want.
const RSA_IMPORT_BITS: std::ops::RangeInclusive<usize> = 2048..=4096;

/// A DKIM key's algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyAlgorithm {
    /// Ed25519-SHA256 (RFC 8463): small and fast, but not every verifier knows it yet.
    Ed25519,
    /// RSA-SHA256: what every verifier knows.
    Rsa,
}

impl KeyAlgorithm {
    /// The `k=` tag of the key record.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Ed25519 => "ed25519",
            Self::Rsa => "rsa",
        }
    }
}

/// Why a key could not be made, read or used.
#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    #[error("the key could not be read: {0}")]
    BadKey(String),
    #[error("an RSA key must have 2048 to 4096 bits, this one has {0}")]
    RsaSize(usize),
    #[error("making a key failed: {0}")]
    Generate(String),
    #[error("signing failed: {0}")]
    Sign(String),
}

/// A private key as the server stores it (PKCS#8 DER for Ed25519, PKCS#1 DER for RSA) and
/// the public key as published (`p=`: the raw key for Ed25519, SubjectPublicKeyInfo DER for
/// RSA).
pub struct KeyPair {
    pub algorithm: KeyAlgorithm,
    pub private_der: Vec<u8>,
    pub public: Vec<u8>,
}

impl KeyPair {
    /// A new key. RSA generation takes a noticeable fraction of a second: call it off the
    /// async workers.
    pub fn generate(algorithm: KeyAlgorithm) -> Result<Self, SigningError> {
        match algorithm {
            KeyAlgorithm::Ed25519 => {
                let der = Ed25519Key::generate_pkcs8()
                    .map_err(|e| SigningError::Generate(e.to_string()))?;
                Self::ed25519(der)
            }
            KeyAlgorithm::Rsa => {
                let key = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, RSA_BITS)
                    .map_err(|e| SigningError::Generate(e.to_string()))?;
                Self::rsa(&key)
            }
        }
    }

    /// A key an operator brings, in PEM: `RSA PRIVATE KEY` (PKCS#1) or `PRIVATE KEY`
    /// (PKCS#8, RSA or Ed25519).
    pub fn import_pem(pem: &str) -> Result<Self, SigningError> {
        let pair = Self::read_pem(pem.trim())?;
        // A key that reads but cannot sign (an RSA exponent ring refuses) is refused now,
        // not found out when mail leaves.
        Signer::new(
            pair.algorithm,
            &pair.private_der,
            "example.com",
            "check",
            &default_signed_headers(),
        )?;
        Ok(pair)
    }

    fn read_pem(pem: &str) -> Result<Self, SigningError> {
        if pem.contains("BEGIN RSA PRIVATE KEY") {
            let key = rsa::RsaPrivateKey::from_pkcs1_pem(pem)
                .map_err(|e| SigningError::BadKey(e.to_string()))?;
            return Self::rsa(&key);
        }
        if let Ok(key) = rsa::RsaPrivateKey::from_pkcs8_pem(pem) {
            return Self::rsa(&key);
        }
        let der = pem_body(pem, "PRIVATE KEY")?;
        Self::ed25519(der)
    }

    fn ed25519(pkcs8: Vec<u8>) -> Result<Self, SigningError> {
        let key = Ed25519Key::from_pkcs8_maybe_unchecked_der(&pkcs8)
            .map_err(|e| SigningError::BadKey(format!("neither RSA nor Ed25519: {e}")))?;
        Ok(Self {
            algorithm: KeyAlgorithm::Ed25519,
            public: key.public_key(),
            private_der: pkcs8,
        })
    }

    fn rsa(key: &rsa::RsaPrivateKey) -> Result<Self, SigningError> {
        let bits = key.size() * 8;
        if !RSA_IMPORT_BITS.contains(&bits) {
            return Err(SigningError::RsaSize(bits));
        }
        let private_der = key
            .to_pkcs1_der()
            .map_err(|e| SigningError::BadKey(e.to_string()))?
            .as_bytes()
            .to_vec();
        let public = key
            .to_public_key()
            .to_public_key_der()
            .map_err(|e| SigningError::BadKey(e.to_string()))?
            .into_vec();
        Ok(Self {
            algorithm: KeyAlgorithm::Rsa,
            private_der,
            public,
        })
    }
}

/// The text of a key's DNS record at `<selector>._domainkey.<domain>`.
pub fn key_record(algorithm: KeyAlgorithm, public: &[u8]) -> String {
    use base64::Engine;
    format!(
        "v=DKIM1; k={}; p={}",
        algorithm.tag(),
        base64::engine::general_purpose::STANDARD.encode(public)
    )
}

/// The base64 body of a PEM block with `label`.
fn pem_body(pem: &str, label: &str) -> Result<Vec<u8>, SigningError> {
    use base64::Engine;
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let inner = pem
        .split_once(&begin)
        .and_then(|(_, rest)| rest.split_once(&end))
        .map(|(inner, _)| inner)
        .ok_or_else(|| SigningError::BadKey(format!("no {label} PEM block")))?;
    let text: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| SigningError::BadKey(e.to_string()))
}

/// [`DEFAULT_SIGNED_HEADERS`] as the settings hold them.
pub fn default_signed_headers() -> Vec<String> {
    DEFAULT_SIGNED_HEADERS
        .iter()
        .map(|h| h.to_string())
        .collect()
}

/// The header list a signature covers: `From` first and twice, so no second `From` can be
/// added unnoticed, then each other name once.
pub fn covered(names: &[String]) -> Vec<String> {
    let mut out = vec!["From".to_string(), "From".to_string()];
    for name in names {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(name)) {
            out.push(name.clone());
        }
    }
    out
}

/// A signer as every signature here is made.
fn configured<T: mail_auth::common::crypto::SigningKey>(
    key: T,
    domain: &str,
    selector: &str,
    headers: &[String],
) -> DkimSigner<T, mail_auth::dkim::Done> {
    DkimSigner::from_key(key)
        .domain(domain)
        .selector(selector)
        .headers(covered(headers))
        .header_canonicalization(Canonicalization::Relaxed)
        .body_canonicalization(Canonicalization::Relaxed)
}

/// A stored RSA key (PKCS#1 DER) for ring.
fn rsa_key(der: &[u8]) -> Result<RsaKey<Sha256>, SigningError> {
    RsaKey::<Sha256>::from_key_der(rustls_pki_types::PrivateKeyDer::Pkcs1(
        rustls_pki_types::PrivatePkcs1KeyDer::from(der),
    ))
    .map_err(|e| SigningError::BadKey(e.to_string()))
}

enum SigningKey {
    Ed25519(DkimSigner<Ed25519Key, mail_auth::dkim::Done>),
    Rsa(DkimSigner<RsaKey<Sha256>, mail_auth::dkim::Done>),
}

/// Signs messages for one domain with one key and selector; made once, used for many
/// messages.
pub struct Signer {
    key: SigningKey,
}

impl Signer {
    /// A signer with the stored private key `private_der` of `algorithm`, covering `headers`
    /// (and `From` twice, whatever they say).
    pub fn new(
        algorithm: KeyAlgorithm,
        private_der: &[u8],
        domain: &str,
        selector: &str,
        headers: &[String],
    ) -> Result<Self, SigningError> {
        let key = match algorithm {
            KeyAlgorithm::Ed25519 => SigningKey::Ed25519(configured(
                Ed25519Key::from_pkcs8_maybe_unchecked_der(private_der)
                    .map_err(|e| SigningError::BadKey(e.to_string()))?,
                domain,
                selector,
                headers,
            )),
            KeyAlgorithm::Rsa => {
                SigningKey::Rsa(configured(rsa_key(private_der)?, domain, selector, headers))
            }
        };
        Ok(Self { key })
    }

    /// The `DKIM-Signature` header field for `message`, ending in CRLF, to put on top of it.
    pub fn sign(&self, message: &[u8]) -> Result<String, SigningError> {
        let signature = match &self.key {
            SigningKey::Ed25519(signer) => signer.sign(message),
            SigningKey::Rsa(signer) => signer.sign(message),
        }
        .map_err(|e| SigningError::Sign(e.to_string()))?;
        Ok(signature.to_header())
    }
}

/// The headers an ARC-Message-Signature covers.
const ARC_SIGNED_HEADERS: &[&str] = &[
    "From",
    "To",
    "Cc",
    "Subject",
    "Date",
    "Message-ID",
    "Reply-To",
    "MIME-Version",
    "Content-Type",
    "DKIM-Signature",
];

/// The ARC set sealing `message` with what was found of it; `None` when it cannot be sealed
/// (its chain failed) or the key is unusable (logged).
pub(crate) fn arc_seal(
    key: &crate::ArcSealKey,
    message: &mail_auth::AuthenticatedMessage<'_>,
    results: &mail_auth::AuthenticationResults<'_>,
    chain: &mail_auth::ArcOutput<'_>,
) -> Option<String> {
    if !chain.can_be_sealed() {
        return None;
    }
    let rsa = match rsa_key(&key.rsa_private_der) {
        Ok(rsa) => rsa,
        Err(e) => {
            tracing::error!(domain = %key.domain, error = %e, "an ARC sealing key cannot be read");
            return None;
        }
    };
    let sealed = mail_auth::arc::ArcSealer::from_key(rsa)
        .domain(key.domain.as_str())
        .selector(key.selector.as_str())
        .headers(ARC_SIGNED_HEADERS.iter().copied())
        .header_canonicalization(Canonicalization::Relaxed)
        .body_canonicalization(Canonicalization::Relaxed)
        .seal(message, results, chain);
    match sealed {
        Ok(set) => Some(set.to_header()),
        Err(e) => {
            tracing::warn!(domain = %key.domain, error = %e, "sealing a forwarded message failed");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &[u8] =
        b"From: a@example.com\r\nTo: b@example.net\r\nSubject: hi\r\n\r\nbody\r\n";

    #[test]
    fn ed25519_keys_sign_and_over_sign_from() {
        let pair = KeyPair::generate(KeyAlgorithm::Ed25519).expect("key");
        assert_eq!(pair.public.len(), 32);
        let signer = Signer::new(
            pair.algorithm,
            &pair.private_der,
            "example.com",
            "s1",
            &default_signed_headers(),
        )
        .expect("signer");
        let header = signer.sign(MESSAGE).expect("signature");
        assert!(header.starts_with("DKIM-Signature:"), "{header}");
        assert!(header.ends_with("\r\n"));
        let unfolded: String = header.split_whitespace().collect();
        assert!(unfolded.contains("a=ed25519-sha256"), "{unfolded}");
        assert!(unfolded.contains("c=relaxed/relaxed"), "{unfolded}");
        assert!(
            unfolded.to_ascii_lowercase().contains("from:from"),
            "{unfolded}"
        );
        assert!(key_record(pair.algorithm, &pair.public).starts_with("v=DKIM1; k=ed25519; p="));
    }

    #[test]
    fn imports_refuse_garbage_and_small_rsa_keys() {
        assert!(KeyPair::import_pem("not a key").is_err());
        let small = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 1024).expect("key");
        let pem = small.to_pkcs1_pem(rsa::pkcs8::LineEnding::LF).expect("pem");
        assert!(matches!(
            KeyPair::import_pem(&pem),
            Err(SigningError::RsaSize(1024))
        ));
    }
}
