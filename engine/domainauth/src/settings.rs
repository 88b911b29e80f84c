//! The mail-auth settings, server-wide: what the server does with received mail whose
//! sender fails a check (Kerio's Caller ID and SPF options, and DMARC), and what the DNS
//! records it recommends to its domains say.

use std::net::IpAddr;

use postbay_core::access::{Access, Principal};
use postbay_core::ids::{DomainId, IpGroupId};
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
    /// Refuse it at SMTP with `550 5.7.1` (SPF: `5.7.23`, DKIM: `5.7.20`, DMARC: `5.7.1`).
    Reject,
    /// Accept it and hold it in the quarantine (reason `unauthenticated`) for the
    /// recipient domain's administrators to release or delete.
    Quarantine,
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
    /// The header fields outgoing DKIM signatures cover (`From` must be among them; it is
    /// signed twice, so none can be added). At most 40 names.
    #[schema(max_items = 40)]
    pub signed_headers: Vec<String>,
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
            signed_headers: postbay_mailauth::signing::default_signed_headers(),
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
        // Letters, digits and hyphens (the names mail uses; `;` or `=` would break the
        // signature's tag list), and none that relays add or rewrite on the way.
        const ADDED_IN_TRANSIT: [&str; 5] = [
            "return-path",
            "received",
            "dkim-signature",
            "authentication-results",
            "received-spf",
        ];
        let field_name = |n: &String| {
            (1..=64).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !ADDED_IN_TRANSIT.contains(&n.to_ascii_lowercase().as_str())
                && !n.to_ascii_lowercase().starts_with("arc-")
        };
        postbay_core::settings::check_ranges(&[
            (
                self.signed_headers.len() <= 40 && self.signed_headers.iter().all(field_name),
                "signedHeaders",
                "at most 40 header field names (letters, digits, hyphens; none a relay adds)",
            ),
            (
                self.signed_headers
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case("From")),
                "signedHeaders",
                "must include From (RFC 6376 5.4)",
            ),
        ])?;
        let mut unique: Vec<String> = Vec::with_capacity(self.signed_headers.len());
        for name in std::mem::take(&mut self.signed_headers) {
            if !unique.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
                unique.push(name);
            }
        }
        self.signed_headers = unique;
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

/// The settings, read on a connection in use.
pub(crate) async fn mail_auth_in(conn: &mut sqlx::PgConnection) -> CoreResult<MailAuthSettings> {
    postbay_core::settings::read_in(conn, KEY).await
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
    let mut conn = pool.acquire().await?;
    postbay_core::ip_group_lookup::require(&mut conn, value.exempt_group_id, "exemptGroupId")
        .await?;
    drop(conn);
    postbay_core::settings::store(pool, principal, KEY, value).await
}

/// A domain's own answers to failed checks of mail sent to it, over the server's settings
/// (what is left out follows them). They apply to a message whose recipients are all in this
/// domain; a message for several domains that answer differently follows the server's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct DomainMailAuthPolicy {
    pub dmarc_reject_action: Option<FailAction>,
    pub dmarc_quarantine_action: Option<FailAction>,
    pub spf_fail_action: Option<FailAction>,
    pub dkim_fail_action: Option<FailAction>,
    /// Forwarders trusted for this domain's mail, beside the server's.
    #[schema(max_items = 100)]
    pub trusted_arc_sealers: Vec<String>,
}

impl MailAuthSettings {
    /// These settings with a domain's policy over them.
    pub fn for_domain(&self, policy: &DomainMailAuthPolicy) -> Self {
        let mut out = self.clone();
        let pick = |own: Option<FailAction>, server: FailAction| own.unwrap_or(server);
        out.dmarc_reject_action = pick(policy.dmarc_reject_action, self.dmarc_reject_action);
        out.dmarc_quarantine_action =
            pick(policy.dmarc_quarantine_action, self.dmarc_quarantine_action);
        out.spf_fail_action = pick(policy.spf_fail_action, self.spf_fail_action);
        out.dkim_fail_action = pick(policy.dkim_fail_action, self.dkim_fail_action);
        for sealer in &policy.trusted_arc_sealers {
            if !out.trusted_arc_sealers.contains(sealer) {
                out.trusted_arc_sealers.push(sealer.clone());
            }
        }
        out
    }
}

/// A domain's policy (empty when it follows the server's settings in everything).
pub async fn get_domain_policy(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
) -> CoreResult<DomainMailAuthPolicy> {
    let mut conn = pool.acquire().await?;
    crate::administered_domain(&mut conn, principal, id, Access::Read, false).await?;
    let stored: Option<sqlx::types::Json<DomainMailAuthPolicy>> =
        sqlx::query_scalar("SELECT policy FROM domain_mail_auth_policies WHERE domain_id = $1")
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(stored.map(|p| p.0).unwrap_or_default())
}

/// Replaces a domain's policy; every process applies it at once.
pub async fn set_domain_policy(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    mut policy: DomainMailAuthPolicy,
) -> CoreResult<DomainMailAuthPolicy> {
    principal.require_writable()?;
    if policy.trusted_arc_sealers.len() > 100 {
        return Err(CoreError::invalid(
            "trustedArcSealers",
            "out_of_range",
            "must be at most 100 names",
        ));
    }
    policy.trusted_arc_sealers = policy
        .trusted_arc_sealers
        .iter()
        .map(|name| {
            postbay_core::names::DomainName::parse(name, "trustedArcSealers")
                .map(|n| n.as_str().to_string())
        })
        .collect::<CoreResult<_>>()?;
    let mut tx = pool.begin().await?;
    let ctx = crate::administered_domain(&mut tx, principal, id, Access::Write, true).await?;
    sqlx::query(
        "INSERT INTO domain_mail_auth_policies (domain_id, policy) VALUES ($1, $2)
         ON CONFLICT (domain_id) DO UPDATE SET policy = EXCLUDED.policy, updated_at = now()",
    )
    .bind(id.0)
    .bind(sqlx::types::Json(&policy))
    .execute(&mut *tx)
    .await?;
    postbay_core::audit::record(
        &mut tx,
        principal,
        "domain.mail_auth_policy",
        "domain",
        Some(id.0),
        postbay_core::audit::Place {
            tenant_path: &ctx.tenant_path,
            domain: Some(id),
        },
        serde_json::json!({ "mailAuthPolicy": &policy }),
    )
    .await?;
    postbay_core::settings::announce(&mut tx, KEY).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(policy)
}

/// Every domain policy by mail name (a domain's own and its aliases'), with its domain: what
/// the pipeline looks recipients' domains up in.
pub async fn domain_policies(
    pool: &PgPool,
) -> CoreResult<std::collections::HashMap<String, (DomainId, std::sync::Arc<DomainMailAuthPolicy>)>>
{
    let rows: Vec<(String, DomainId, sqlx::types::Json<DomainMailAuthPolicy>)> = sqlx::query_as(
        "SELECT n.name, p.domain_id, p.policy FROM domain_mail_auth_policies p
         JOIN mail_domain_names n ON n.domain_id = p.domain_id",
    )
    .fetch_all(pool)
    .await?;
    let mut by_domain: std::collections::HashMap<DomainId, std::sync::Arc<DomainMailAuthPolicy>> =
        std::collections::HashMap::new();
    Ok(rows
        .into_iter()
        .map(|(name, domain, policy)| {
            let shared = by_domain
                .entry(domain)
                .or_insert_with(|| std::sync::Arc::new(policy.0))
                .clone();
            (name, (domain, shared))
        })
        .collect())
}
