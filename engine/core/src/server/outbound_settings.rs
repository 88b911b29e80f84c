//! How outbound mail leaves the server (Kerio's SMTP Delivery and Queue Options): directly by
//! MX or through a relay host (for all mail or per sender domain), how often a deferred
//! recipient is retried, when the sender is warned and when the message is given up.

use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::access::Principal;
use crate::secrets::SecretKey;
use crate::settings::{check_ranges, read, store};
use crate::{CoreError, CoreResult};

/// STARTTLS towards a peer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// Use it when the peer offers it, else send in plain text.
    #[default]
    Opportunistic,
    /// Deliver only over TLS: a peer without it is a temporary failure.
    Required,
    /// Never (a peer whose TLS is broken).
    Off,
}

fn default_port() -> u16 {
    25
}

fn yes() -> bool {
    true
}

/// The language of the delivery reports the server writes (bounces, delay warnings).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReportLanguage {
    #[default]
    En,
    De,
    Cs,
}

/// A relay host (smarthost) that takes mail for delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RelayHost {
    /// Host name or IP address.
    pub host: String,
    #[serde(default = "default_port")]
    pub port: u16,
    #[serde(default)]
    pub tls: TlsMode,
    /// Check the relay's certificate against the system's trusted authorities (with TLS).
    #[serde(default = "yes")]
    pub verify_certificate: bool,
    /// SMTP AUTH user name; none sends without AUTH.
    #[serde(default)]
    pub username: Option<String>,
    /// Write-only: never returned. On update, leave it out to keep the stored one, or send
    /// `""` to remove it. Stored sealed (see `secrets`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Read-only: whether a password is stored.
    #[serde(default)]
    pub has_password: bool,
}

/// A relay host for mail from one sender domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SenderRelay {
    /// The envelope sender's domain, such as `example.com`.
    pub sender_domain: String,
    pub relay: RelayHost,
}

/// Outbound delivery settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct DeliverySettings {
    /// Recipients' domains delivered at once by each postbay process.
    pub concurrency: u32,
    /// Minutes between attempts for a recipient that got a temporary failure.
    pub retry_interval_minutes: u32,
    /// Minutes after which the sender is told, once, that delivery is delayed (0 = never).
    pub warn_after_minutes: u32,
    /// Minutes after which an undelivered recipient is given up and the sender gets a bounce.
    /// Not applied to mail handed to a relay host's queue: the relay takes over.
    pub bounce_after_minutes: u32,
    /// Offline: outbound mail waits in the queue for a scheduled "send the outgoing queue"
    /// (or an administrator's retry) instead of leaving at once.
    pub offline: bool,
    /// STARTTLS for direct (MX) delivery.
    pub mx_tls: TlsMode,
    /// Send all mail through this host instead of the recipients' MX.
    pub relay: Option<RelayHost>,
    /// Relay hosts for particular sender domains (they win over `relay`).
    pub sender_relays: Vec<SenderRelay>,
    /// The language of bounces and delay warnings (their machine-readable part is always
    /// RFC 3464's).
    pub report_language: ReportLanguage,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        Self {
            concurrency: 32,
            retry_interval_minutes: 30,
            warn_after_minutes: 4 * 60,
            bounce_after_minutes: 5 * 24 * 60,
            offline: false,
            mx_tls: TlsMode::Opportunistic,
            relay: None,
            sender_relays: Vec::new(),
            report_language: ReportLanguage::En,
        }
    }
}

/// Longest relay password accepted.
const MAX_PASSWORD: usize = 255;
/// Most sender relays.
const MAX_SENDER_RELAYS: usize = 1000;

impl RelayHost {
    fn validate(&self, field: &str) -> CoreResult<()> {
        let host = self.host.trim();
        if host.is_empty() || host.len() > 253 || host.chars().any(|c| c.is_whitespace()) {
            return Err(CoreError::invalid(
                format!("{field}.host"),
                "invalid_host",
                "must be a host name or an IP address",
            ));
        }
        if self.port == 0 {
            return Err(CoreError::invalid(
                format!("{field}.port"),
                "out_of_range",
                "must be 1 to 65535",
            ));
        }
        if self
            .password
            .as_ref()
            .is_some_and(|p| p.len() > MAX_PASSWORD)
        {
            return Err(CoreError::invalid(
                format!("{field}.password"),
                "too_long",
                "at most 255 bytes",
            ));
        }
        if self
            .username
            .as_ref()
            .is_some_and(|u| u.is_empty() || u.len() > 255)
        {
            return Err(CoreError::invalid(
                format!("{field}.username"),
                "invalid_username",
                "1 to 255 bytes, or leave it out",
            ));
        }
        Ok(())
    }

    /// The stored form of `self` (given on update): a new password sealed, an omitted one
    /// taken from `stored` — only for the same host, port and user name, so the password
    /// cannot be sent to a host of the caller's choosing — `""` removing it.
    fn sealed(mut self, stored: Option<&RelayHost>, key: &SecretKey) -> CoreResult<Self> {
        let same_place = |s: &&RelayHost| {
            s.host.eq_ignore_ascii_case(&self.host)
                && s.port == self.port
                && s.username == self.username
        };
        self.password = match self.password.take() {
            Some(p) if p.is_empty() => None,
            Some(p) => Some(key.seal(&p)?),
            None => stored.filter(same_place).and_then(|s| s.password.clone()),
        };
        self.has_password = self.password.is_some();
        Ok(self)
    }

    /// As the API shows it: no password, whether one is stored.
    fn shown(mut self) -> Self {
        self.has_password = self.password.take().is_some();
        self
    }

    /// The stored password, opened.
    pub fn password(&self, key: &SecretKey) -> CoreResult<Option<String>> {
        self.password.as_deref().map(|p| key.open(p)).transpose()
    }
}

impl DeliverySettings {
    fn validate(&self) -> CoreResult<()> {
        let checks: [(bool, &'static str, &'static str); 4] = [
            (
                (1..=1000).contains(&self.concurrency),
                "concurrency",
                "1 to 1000",
            ),
            (
                (1..=7 * 24 * 60).contains(&self.retry_interval_minutes),
                "retryIntervalMinutes",
                "1 to 10080",
            ),
            (
                self.warn_after_minutes <= 30 * 24 * 60,
                "warnAfterMinutes",
                "0 to 43200",
            ),
            (
                (1..=30 * 24 * 60).contains(&self.bounce_after_minutes),
                "bounceAfterMinutes",
                "1 to 43200",
            ),
        ];
        check_ranges(&checks)?;
        if let Some(relay) = &self.relay {
            relay.validate("relay")?;
        }
        if self.sender_relays.len() > MAX_SENDER_RELAYS {
            return Err(CoreError::invalid(
                "senderRelays",
                "too_many",
                "at most 1000 sender relays",
            ));
        }
        for (i, r) in self.sender_relays.iter().enumerate() {
            let domain = r.sender_domain.trim();
            if domain.is_empty() || !domain.contains('.') || domain.contains('@') {
                return Err(CoreError::invalid(
                    format!("senderRelays[{i}].senderDomain"),
                    "invalid_domain",
                    "must be a domain name such as example.com",
                ));
            }
            r.relay.validate(&format!("senderRelays[{i}].relay"))?;
        }
        Ok(())
    }

    /// The relay host for mail from `sender` (an address, `None` for `<>`), if any.
    pub fn relay_for(&self, sender: Option<&str>) -> Option<&RelayHost> {
        let domain = sender.and_then(|s| s.rsplit_once('@')).map(|(_, d)| d);
        domain
            .and_then(|d| {
                self.sender_relays
                    .iter()
                    .find(|r| r.sender_domain.eq_ignore_ascii_case(d))
                    .map(|r| &r.relay)
            })
            .or(self.relay.as_ref())
    }
}

/// The settings as stored (relay passwords sealed): for the delivery workers.
pub async fn delivery(pool: &PgPool) -> CoreResult<DeliverySettings> {
    read(pool, KEY).await
}

const KEY: &str = "delivery";

pub async fn get_delivery(pool: &PgPool, principal: &Principal) -> CoreResult<DeliverySettings> {
    principal.require_server_admin()?;
    Ok(shown(delivery(pool).await?))
}

fn shown(mut settings: DeliverySettings) -> DeliverySettings {
    settings.relay = settings.relay.map(RelayHost::shown);
    for r in &mut settings.sender_relays {
        r.relay = r.relay.clone().shown();
    }
    settings
}

/// Replaces the settings. Relay passwords left out are kept (a sender relay's is matched by
/// its sender domain).
pub async fn set_delivery(
    pool: &PgPool,
    principal: &Principal,
    key: &SecretKey,
    value: DeliverySettings,
) -> CoreResult<DeliverySettings> {
    principal.may_change_server_settings()?;
    value.validate()?;
    let stored = delivery(pool).await?;
    let mut value = value;
    value.relay = value
        .relay
        .map(|r| r.sealed(stored.relay.as_ref(), key))
        .transpose()?;
    for r in &mut value.sender_relays {
        let before = stored
            .sender_relays
            .iter()
            .find(|s| s.sender_domain.eq_ignore_ascii_case(&r.sender_domain))
            .map(|s| &s.relay);
        r.relay = r.relay.clone().sealed(before, key)?;
    }
    let saved = store(pool, principal, KEY, value).await?;
    Ok(shown(saved))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relay(password: Option<&str>) -> RelayHost {
        RelayHost {
            host: "smtp.example.net".into(),
            port: 587,
            tls: TlsMode::Required,
            verify_certificate: true,
            username: Some("u".into()),
            password: password.map(str::to_string),
            has_password: false,
        }
    }

    #[test]
    fn relay_passwords_are_sealed_kept_and_removed() {
        let key = SecretKey::from_base64(&SecretKey::generate()).expect("key");
        let stored = relay(Some("pw")).sealed(None, &key).expect("sealed");
        assert!(stored.has_password && stored.password.as_deref() != Some("pw"));
        assert_eq!(stored.password(&key).expect("open").as_deref(), Some("pw"));
        let kept = relay(None).sealed(Some(&stored), &key).expect("kept");
        assert_eq!(kept.password, stored.password);
        let mut elsewhere = relay(None);
        elsewhere.host = "attacker.example".into();
        assert!(
            elsewhere
                .sealed(Some(&stored), &key)
                .expect("moved")
                .password
                .is_none()
        );
        let removed = relay(Some(""))
            .sealed(Some(&stored), &key)
            .expect("removed");
        assert!(removed.password.is_none() && !removed.has_password);
        let shown = stored.shown();
        assert!(shown.password.is_none() && shown.has_password);
    }

    #[test]
    fn sender_relays_win_over_the_relay() {
        let mut settings = DeliverySettings {
            relay: Some(relay(None)),
            ..Default::default()
        };
        let mut special = relay(None);
        special.host = "special.example.net".into();
        settings.sender_relays.push(SenderRelay {
            sender_domain: "Example.COM".into(),
            relay: special,
        });
        assert_eq!(
            settings
                .relay_for(Some("a@example.com"))
                .map(|r| r.host.as_str()),
            Some("special.example.net")
        );
        assert_eq!(
            settings.relay_for(None).map(|r| r.host.as_str()),
            Some("smtp.example.net")
        );
        assert!(
            DeliverySettings::default()
                .relay_for(Some("a@b.c"))
                .is_none()
        );
    }
}
