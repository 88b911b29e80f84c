//! The log settings: how long each family is kept, and which components' debug events are
//! written (switched on and off at run time, on every node; debug output costs time, so it
//! is off unless asked for).

use postbay_core::access::Principal;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::settings;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::Family;

const KEY: &str = "logs";

/// Days each family is kept (1 to 3650).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct LogRetention {
    pub mail: u32,
    pub security: u32,
    pub warning: u32,
    pub error: u32,
    pub spam: u32,
    pub operations: u32,
    pub debug: u32,
    /// The copy of the audit trail among the log lines; the trail itself
    /// (`listAuditEvents`) is never shortened by it.
    pub config: u32,
}

impl Default for LogRetention {
    fn default() -> Self {
        Self {
            mail: 30,
            security: 90,
            warning: 30,
            error: 90,
            spam: 30,
            operations: 180,
            debug: 3,
            config: 365,
        }
    }
}

/// A part of the server whose debug events can be written to the debug log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum DebugComponent {
    /// The SMTP server (MX and submission).
    Smtp,
    Imap,
    Pop3,
    Managesieve,
    /// The delivery pipeline (recipients, batches, DSNs).
    Delivery,
    /// The content filter (spam score, antivirus, attachments).
    Filter,
    /// Users' and domains' Sieve rules.
    Rules,
    /// The outbound queue's workers and SMTP client.
    Outbound,
    /// Collection from remote POP3 mailboxes.
    Collector,
    /// SPF, DKIM, DMARC, ARC.
    MailAuth,
    /// DNS look-ups.
    Dns,
    /// The admin API.
    Api,
    /// Certificates and ACME.
    Certificates,
}

impl DebugComponent {
    /// The `tracing` target prefixes of the component's crates.
    fn targets(self) -> &'static [&'static str] {
        match self {
            Self::Smtp => &["postbay_smtp"],
            Self::Imap => &["postbay_imap"],
            Self::Pop3 => &["postbay_pop3"],
            Self::Managesieve => &["postbay_managesieve"],
            Self::Delivery => &["postbay_delivery", "postbay_mailbox"],
            Self::Filter => &["postbay_filter", "postbay_quarantine"],
            Self::Rules => &["postbay_rules", "postbay_sieve"],
            Self::Outbound => &["postbay_outbound", "postbay_queue", "postbay_scheduler"],
            Self::Collector => &["postbay_collector"],
            Self::MailAuth => &["postbay_mailauth", "postbay_domainauth", "mail_auth"],
            Self::Dns => &["postbay_dns", "hickory"],
            Self::Api => &["postbay_api"],
            Self::Certificates => &["postbay_certificates", "instant_acme"],
        }
    }
}

/// Retention per family and the debug switches. (Defaults per field rather than for the
/// whole: a default object on a field makes SDK generators drop the type.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogSettings {
    #[serde(default)]
    pub retention: LogRetention,
    /// Components whose debug events go to the debug log.
    #[serde(default)]
    pub debug: Vec<DebugComponent>,
}

impl LogSettings {
    /// Each family with its retention in days.
    pub fn retention(&self) -> [(Family, u32); 8] {
        let r = &self.retention;
        [
            (Family::Mail, r.mail),
            (Family::Security, r.security),
            (Family::Warning, r.warning),
            (Family::Error, r.error),
            (Family::Spam, r.spam),
            (Family::Operations, r.operations),
            (Family::Debug, r.debug),
            (Family::Config, r.config),
        ]
    }

    pub(crate) fn debug_targets(&self) -> Vec<String> {
        self.debug
            .iter()
            .flat_map(|c| c.targets().iter().map(|t| t.to_string()))
            .collect()
    }

    fn validate(&mut self) -> CoreResult<()> {
        for (family, days) in self.retention() {
            if !(1..=3650).contains(&days) {
                return Err(CoreError::invalid(
                    format!("retention.{}", family.as_str()),
                    "out_of_range",
                    "a family is kept 1 to 3650 days",
                ));
            }
        }
        self.debug.sort_by_key(|c| *c as u8);
        self.debug.dedup();
        Ok(())
    }
}

pub(crate) async fn current(pool: &PgPool) -> CoreResult<LogSettings> {
    settings::read(pool, KEY).await
}

/// Administrators read them (the debug switches say what the debug log may hold).
pub async fn get(pool: &PgPool, principal: &Principal) -> CoreResult<LogSettings> {
    principal.require_admin()?;
    current(pool).await
}

/// Server administrators change them; every node applies them within seconds. The audit
/// trail (`listAuditEvents`) keeps its own time: the `config` retention only shortens its
/// copy among the log lines.
pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    mut value: LogSettings,
) -> CoreResult<LogSettings> {
    principal.may_change_server_settings()?;
    value.validate()?;
    settings::store(pool, principal, KEY, value).await
}
