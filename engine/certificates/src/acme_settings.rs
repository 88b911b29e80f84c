//! The ACME settings (RFC 8555): which CA, who to tell, which private CA to trust, when to
//! renew, how to prove a name. Read by the certificate store (renewal times) and the ACME
//! worker alike, so neither imports the other for them.

use chrono::Duration;
use instant_acme::ChallengeType;
use postbay_core::access::Principal;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::names::EmailAddress;
use postbay_core::settings;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};

/// Let's Encrypt's production directory, the default.
pub const LETS_ENCRYPT: &str = "https://acme-v02.api.letsencrypt.org/directory";
const SETTINGS_KEY: &str = "acme";

/// How the server orders certificates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AcmeSettings {
    /// The CA's directory URL (https).
    #[serde(default = "lets_encrypt")]
    pub directory_url: String,
    /// Addresses the CA writes to about the account (expiry notices), up to 5.
    #[serde(default)]
    pub contact: Vec<String>,
    /// A CA certificate (PEM) to trust for the directory's HTTPS, for a private CA; when
    /// set, only it is trusted.
    #[serde(default)]
    pub ca_certificate: Option<String>,
    /// Renew this many days before expiry (1 to 90; default 30), or at a third of the life
    /// left for shorter-lived certificates.
    #[serde(default = "thirty")]
    pub renew_before_days: u32,
    /// How names are proved to the CA.
    #[serde(default)]
    pub challenge: AcmeChallenge,
}

/// How the server proves to the CA that a name is its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum AcmeChallenge {
    /// The CA fetches `http://<name>/.well-known/acme-challenge/<token>` (port 80): the API's
    /// HTTP listener must be reachable there.
    #[default]
    #[serde(rename = "http-01")]
    Http01,
    /// The CA opens TLS to `<name>` on port 443 offering only `acme-tls/1` (RFC 8737); any
    /// TLS listener of the server answers (the API with `POSTBAY_API_TLS`, or a mail TLS port
    /// that port 443 is forwarded to).
    #[serde(rename = "tls-alpn-01")]
    TlsAlpn01,
}

postbay_core::stored_as_text!(AcmeChallenge {
    Http01 => "http-01",
    TlsAlpn01 => "tls-alpn-01",
});

impl AcmeChallenge {
    pub(crate) fn acme_type(self) -> ChallengeType {
        match self {
            Self::Http01 => ChallengeType::Http01,
            Self::TlsAlpn01 => ChallengeType::TlsAlpn01,
        }
    }
}

fn lets_encrypt() -> String {
    LETS_ENCRYPT.into()
}

fn thirty() -> u32 {
    30
}

impl Default for AcmeSettings {
    fn default() -> Self {
        Self {
            directory_url: lets_encrypt(),
            contact: Vec::new(),
            ca_certificate: None,
            renew_before_days: thirty(),
            challenge: AcmeChallenge::default(),
        }
    }
}

impl AcmeSettings {
    pub fn renew_before(&self) -> Duration {
        Duration::days(i64::from(self.renew_before_days))
    }

    fn validate(&mut self) -> CoreResult<()> {
        let url = self.directory_url.trim();
        if !url.starts_with("https://") || url.len() > 2048 || url.contains(char::is_whitespace) {
            return Err(CoreError::invalid(
                "directoryUrl",
                "invalid_url",
                "the directory URL must be an https:// URL",
            ));
        }
        self.directory_url = url.to_string();
        if self.contact.len() > 5 {
            return Err(CoreError::invalid(
                "contact",
                "too_long",
                "at most 5 contact addresses",
            ));
        }
        for contact in &mut self.contact {
            let address = contact.trim().trim_start_matches("mailto:");
            *contact = EmailAddress::parse(address, "contact")?.to_string();
        }
        if let Some(pem) = &self.ca_certificate {
            roots(pem).map_err(|message| {
                CoreError::invalid("caCertificate", "invalid_certificate", message)
            })?;
        }
        if !(1..=90).contains(&self.renew_before_days) {
            return Err(CoreError::invalid(
                "renewBeforeDays",
                "out_of_range",
                "renewBeforeDays must be 1 to 90",
            ));
        }
        Ok(())
    }
}

pub async fn get_settings(pool: &PgPool, principal: &Principal) -> CoreResult<AcmeSettings> {
    principal.require_server_admin()?;
    settings::read(pool, SETTINGS_KEY).await
}

pub async fn update_settings(
    pool: &PgPool,
    principal: &Principal,
    mut value: AcmeSettings,
) -> CoreResult<AcmeSettings> {
    principal.may_change_server_settings()?;
    value.validate()?;
    settings::store(pool, principal, SETTINGS_KEY, value).await
}

pub(crate) async fn settings_in(conn: &mut PgConnection) -> CoreResult<AcmeSettings> {
    settings::read_in(conn, SETTINGS_KEY).await
}

/// The settings as stored, for the renewal worker.
pub(crate) async fn stored_settings(pool: &PgPool) -> CoreResult<AcmeSettings> {
    settings::read(pool, SETTINGS_KEY).await
}

/// The CA certificates of a PEM bundle, as a trust store of their own.
pub(crate) fn roots(pem: &str) -> Result<rustls::RootCertStore, String> {
    let mut roots = rustls::RootCertStore::empty();
    for der in CertificateDer::pem_slice_iter(pem.as_bytes()) {
        let der = der.map_err(|e| format!("not a PEM certificate: {e}"))?;
        roots
            .add(der)
            .map_err(|e| format!("not a usable CA certificate: {e}"))?;
    }
    if roots.is_empty() {
        return Err("no PEM CERTIFICATE block".into());
    }
    Ok(roots)
}
