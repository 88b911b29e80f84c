//! TLS-ALPN-01 (RFC 8737): a CA validating a name opens TLS to it offering only `acme-tls/1`;
//! the listener (`postbay_listener::ServerTls`) hands such a handshake here, and it is
//! answered with a self-signed certificate for the name carrying the SHA-256 of the
//! challenge's key authorization in the critical `acmeIdentifier` extension. The challenge is
//! read from `acme_challenges`, so whichever node the CA reaches answers; the certificate is
//! made per handshake (validators make a handful) and never stored.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use postbay_listener::server_tls::{ACME_TLS_ALPN, AcmeTlsAnswer};
use rustls::ServerConfig;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::sign::{CertifiedKey, SingleCertAndKey};
use sha2::{Digest, Sha256};
use sqlx::PgPool;

/// The TLS-ALPN-01 challenges of the orders in flight, as every TLS listener answers them.
pub struct AcmeTlsChallenges {
    pool: PgPool,
}

impl AcmeTlsChallenges {
    pub fn new(pool: PgPool) -> Arc<Self> {
        Arc::new(Self { pool })
    }

    async fn answer(&self, name: &str) -> Option<Arc<ServerConfig>> {
        if name.len() > 253 {
            return None;
        }
        let key_authorization: Option<String> = match sqlx::query_scalar(
            "SELECT key_authorization FROM acme_challenges
              WHERE kind = 'tls-alpn-01' AND name = $1 AND expires_at > now()
              ORDER BY expires_at DESC LIMIT 1",
        )
        .bind(name)
        .fetch_optional(&self.pool)
        .await
        {
            Ok(found) => found,
            Err(e) => {
                tracing::warn!(error = %e, "reading a TLS-ALPN-01 challenge");
                None
            }
        };
        let key_authorization = key_authorization?;
        match challenge_config(name, &key_authorization) {
            Ok(config) => {
                tracing::debug!(name, "answering a TLS-ALPN-01 validation");
                Some(config)
            }
            Err(e) => {
                tracing::warn!(error = %e, name, "making a TLS-ALPN-01 certificate");
                None
            }
        }
    }
}

impl AcmeTlsAnswer for AcmeTlsChallenges {
    fn config_for<'a>(
        &'a self,
        server_name: &'a str,
    ) -> Pin<Box<dyn Future<Output = Option<Arc<ServerConfig>>> + Send + 'a>> {
        Box::pin(self.answer(server_name))
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The configuration a validator of `name` is answered with (RFC 8737 section 3): the
/// `acme-tls/1` protocol only, and the challenge certificate.
fn challenge_config(name: &str, key_authorization: &str) -> Result<Arc<ServerConfig>, BoxError> {
    let (certificate, key) = challenge_certificate(name, key_authorization)?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    // Not `with_single_cert`: it checks the certificate as a TLS client would, and refuses
    // the critical extension no client but an ACME validator knows.
    let signing = provider.key_provider.load_private_key(key)?;
    let certified = CertifiedKey::new(vec![certificate], signing);
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(SingleCertAndKey::from(certified)));
    config.alpn_protocols = vec![ACME_TLS_ALPN.to_vec()];
    Ok(Arc::new(config))
}

/// A self-signed certificate for `name` alone with the critical `acmeIdentifier` extension
/// holding the SHA-256 of the key authorization, and its fresh key.
fn challenge_certificate(
    name: &str,
    key_authorization: &str,
) -> Result<(CertificateDer<'static>, PrivateKeyDer<'static>), BoxError> {
    let digest = Sha256::digest(key_authorization.as_bytes());
    let mut params = rcgen::CertificateParams::new(vec![name.to_string()])?;
    params.custom_extensions = vec![rcgen::CustomExtension::new_acme_identifier(&digest)];
    let key = rcgen::KeyPair::generate()?;
    let certificate = params.self_signed(&key)?;
    Ok((
        certificate.der().clone(),
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der())),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use x509_parser::prelude::{FromDer, GeneralName, X509Certificate};

    #[test]
    fn the_challenge_certificate_names_the_host_and_carries_the_digest() {
        let (der, _) =
            challenge_certificate("mail.example.test", "token.thumbprint").expect("a certificate");
        let (_, parsed) = X509Certificate::from_der(&der).expect("parsable");
        let names: Vec<String> = parsed
            .subject_alternative_name()
            .expect("a SAN")
            .expect("present")
            .value
            .general_names
            .iter()
            .filter_map(|n| match n {
                GeneralName::DNSName(d) => Some(d.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(names, ["mail.example.test"]);
        let acme = parsed
            .extensions()
            .iter()
            .find(|e| e.oid.to_id_string() == "1.3.6.1.5.5.7.1.31")
            .expect("the acmeIdentifier extension");
        assert!(acme.critical);
        // An OCTET STRING (0x04, length 32) of the key authorization's SHA-256.
        let digest = Sha256::digest(b"token.thumbprint");
        assert_eq!(&acme.value[..2], &[0x04, 32]);
        assert_eq!(&acme.value[2..], digest.as_slice());
        let config = challenge_config("mail.example.test", "token.thumbprint").expect("a config");
        assert_eq!(config.alpn_protocols, vec![ACME_TLS_ALPN.to_vec()]);
    }
}
