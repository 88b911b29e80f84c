//! The mail-auth settings, server-wide: what the server does with received mail whose
//! sender fails a check (Kerio's Caller ID and SPF options, and DMARC), and what the DNS
//! records it recommends to its domains say.

use std::net::IpAddr;

use postbay_core::access::Principal;
use postbay_core::ids::IpGroupId;
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

const KEY: &str = "mail_auth";

/// What to do with a received message that fails a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum FailAction {
    /// Deliver it as it is (the verdict is still in `Authentication-Results`).
    Accept,
    /// Deliver it with `subjectTag` in front of its subject.
    TagSubject,
    /// Deliver it to the recipient's Junk folder.
    Junk,
    /// Refuse it at SMTP with `550 5.7.1` (SPF: `5.7.23`, DKIM and DMARC: `5.7.1`).
    Reject,
}

/// The DMARC policy the recommended `_dmarc` record publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum PublishedDmarcPolicy {
    None,
    Quarantine,
    Reject,
}

/// The MTA-STS mode the recommended policy publishes (RFC 8461).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum MtaStsMode {
    /// Senders report failures but still deliver: right until the server has certificates
    /// valid for its MX name.
    Testing,
    Enforce,
    /// No MTA-STS records are recommended.
    None,
}

/// Sender authentication, server-wide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct MailAuthSettings {
    /// Check received mail's senders (SPF, DKIM, ARC, DMARC). Off: no check and no
    /// `Authentication-Results` (a process started with `POSTBAY_SENDER_AUTH=off` never
    /// checks).
    pub verify_incoming: bool,
    /// When the sender's DMARC policy is `reject` and DMARC fails.
    pub dmarc_reject_action: FailAction,
    /// When the sender's DMARC policy is `quarantine` and DMARC fails.
    pub dmarc_quarantine_action: FailAction,
    /// When SPF for the MAIL FROM domain says `fail`.
    pub spf_fail_action: FailAction,
    /// When a DKIM signature fails and none passes.
    pub dkim_fail_action: FailAction,
    /// Put in front of the subject by `tagSubject`.
    #[schema(max_length = 64)]
    pub subject_tag: String,
    /// Clients whose mail is not checked (a backup MX, a scanning gateway).
    pub exempt_group_id: Option<IpGroupId>,
    /// Forwarders (their ARC sealing domain, `d=` of `ARC-Seal`) trusted to have checked
    /// the mail they pass on: when their ARC chain passes, a DMARC failure is forgiven
    /// (RFC 8617 section 7.2.1, mailing lists and forwarders).
    #[schema(max_items = 100)]
    pub trusted_arc_sealers: Vec<String>,
    /// The public addresses the server sends from, for the SPF record it recommends (NAT
    /// hides them from the server). Empty: the record names the relay host, else the
    /// server's host name.
    #[schema(max_items = 64, value_type = Vec<String>)]
    pub outbound_addresses: Vec<IpAddr>,
    /// The policy of the recommended `_dmarc` record.
    pub dmarc_policy: PublishedDmarcPolicy,
    /// The mode of the recommended MTA-STS policy.
    pub mta_sts_mode: MtaStsMode,
    /// Days a retired DKIM key stays published, 0 to 365.
    #[schema(minimum = 0, maximum = 365)]
    pub retired_key_days: u32,
}

impl Default for MailAuthSettings {
    fn default() -> Self {
        Self {
            verify_incoming: true,
            dmarc_reject_action: FailAction::Reject,
            dmarc_quarantine_action: FailAction::Junk,
            spf_fail_action: FailAction::Accept,
            dkim_fail_action: FailAction::Accept,
            subject_tag: "[SUSPECT] ".into(),
            exempt_group_id: None,
            trusted_arc_sealers: Vec::new(),
            outbound_addresses: Vec::new(),
            dmarc_policy: PublishedDmarcPolicy::None,
            mta_sts_mode: MtaStsMode::Testing,
            retired_key_days: 7,
        }
    }
}

impl MailAuthSettings {
    fn validate(&mut self) -> CoreResult<()> {
        postbay_core::settings::check_ranges(&[
            (self.retired_key_days <= 365, "retiredKeyDays", "0 to 365"),
            (
                self.subject_tag.chars().count() <= 64
                    && !self.subject_tag.chars().any(char::is_control),
                "subjectTag",
                "at most 64 characters, none a control character",
            ),
            (
                self.trusted_arc_sealers.len() <= 100,
                "trustedArcSealers",
                "at most 100 names",
            ),
            (
                self.outbound_addresses.len() <= 64,
                "outboundAddresses",
                "at most 64 addresses",
            ),
        ])?;
        let mut sealers = Vec::with_capacity(self.trusted_arc_sealers.len());
        for name in &self.trusted_arc_sealers {
            let name = postbay_core::names::DomainName::parse(name, "trustedArcSealers")?;
            sealers.push(name.as_str().to_string());
        }
        self.trusted_arc_sealers = sealers;
        Ok(())
    }
}

/// The settings as the pipeline and the records read them.
pub async fn mail_auth(pool: &PgPool) -> CoreResult<MailAuthSettings> {
    postbay_core::settings::read(pool, KEY).await
}

pub async fn get(pool: &PgPool, principal: &Principal) -> CoreResult<MailAuthSettings> {
    principal.require_server_admin()?;
    mail_auth(pool).await
}

/// Replaces the settings; every process applies them at once.
pub async fn set(
    pool: &PgPool,
    principal: &Principal,
    mut value: MailAuthSettings,
) -> CoreResult<MailAuthSettings> {
    principal.may_change_server_settings()?;
    value.validate()?;
    if let Some(group) = value.exempt_group_id {
        let mut conn = pool.acquire().await?;
        if !postbay_core::ip_group_lookup::exists(&mut conn, group).await? {
            return Err(CoreError::invalid(
                "exemptGroupId",
                "unknown_group",
                "there is no such IP group",
            ));
        }
    }
    postbay_core::settings::store(pool, principal, KEY, value).await
}
