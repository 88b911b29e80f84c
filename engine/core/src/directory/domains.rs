//! Mail domains and their aliases (other names of the same domain, for delivery only).
//! Exactly one domain server-wide is primary: its users may log in with a bare name.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::{Access, Principal, Role};
use crate::audit::{self, Place};
use crate::counters::{BelowUsage, Counter, bump, normalise_limit};
use crate::domain_verification::{self, DomainVerification};
use crate::error::{CoreError, CoreResult};
use crate::ids::{DomainAliasId, DomainId, PlanId, TenantId};
use crate::list::{PageParams, page_type};
use crate::names::{self, DomainName, NameWarning, name_warnings};
use crate::patch::present;
use crate::search::{self, Kind, SearchPage, SearchQuery, Searchable, col, quick};
use crate::status::{Status, StatusReason};

/// Limits of one domain. Null (or 0 on input) means unlimited; sizes are bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainLimits {
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_accounts: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_aliases: Option<i64>,
    /// Quota given to new accounts that do not set one (0 = unlimited).
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub default_quota_bytes: i64,
    /// The largest quota an account of this domain may have; null = any.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_quota_bytes: Option<i64>,
    /// Largest message accepted from or for this domain's users (0 = unlimited).
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_message_size: i64,
}

impl DomainLimits {
    fn normalised(&self) -> CoreResult<Self> {
        for (field, v) in [
            ("limits.defaultQuotaBytes", self.default_quota_bytes),
            ("limits.maxMessageSize", self.max_message_size),
        ] {
            crate::counters::bounded(v, field)?;
        }
        let limits = Self {
            max_accounts: normalise_limit(self.max_accounts, "limits.maxAccounts")?,
            max_aliases: normalise_limit(self.max_aliases, "limits.maxAliases")?,
            max_quota_bytes: normalise_limit(self.max_quota_bytes, "limits.maxQuotaBytes")?,
            ..self.clone()
        };
        if let Some(max) = limits.max_quota_bytes
            && (limits.default_quota_bytes == 0 || limits.default_quota_bytes > max)
        {
            return Err(CoreError::invalid(
                "limits.defaultQuotaBytes",
                "exceeds_max_quota",
                "with maxQuotaBytes set, the default quota must be between 1 and maxQuotaBytes",
            ));
        }
        Ok(limits)
    }
}

/// The footer added to mail sent from a domain's addresses (Kerio's domain *Footers* tab).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct DomainFooter {
    pub enabled: bool,
    /// Plain text, at most 4,000 characters in lines of at most 900 bytes.
    pub text: String,
    /// Leave the footer off when every recipient is in one of the server's domains.
    pub skip_if_all_recipients_internal: bool,
}

/// How mail from and to a domain is handled.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainMailSettings {
    #[serde(default)]
    pub footer: DomainFooter,
    /// Copies delivered through a pattern alias or the catch-all get an `X-Envelope-To`
    /// header naming the recipient the sender used (for domain mailboxes). Off by default: the
    /// header discloses Bcc recipients to the mailbox's reader.
    #[serde(default)]
    pub insert_x_envelope_to: bool,
    /// An address of this server at which the domain's users log in (IMAP, POP3, SMTP AUTH)
    /// with their bare name; at most one domain per address. Null: full addresses only
    /// (bare names mean the primary domain).
    #[serde(default)]
    pub login_address: Option<String>,
    /// Mail for addresses the domain does not have here goes on to this host: the domain's
    /// primary server when this one is its backup MX, or another site of a split domain.
    #[serde(default)]
    pub forwarding: Option<DomainForwarding>,
    /// The domain's administrators may search its accounts' mail through the API
    /// (`searchAccountMessages`; every search is audited). Off by default; only a tenant or
    /// server administrator changes it.
    #[serde(default)]
    pub admins_may_search_mail: bool,
}

/// When forwarded mail is delivered (Kerio's three modes for a backup mail server).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ForwardingMode {
    /// At once, retried like any outbound mail.
    #[default]
    Immediate,
    /// Held until the host asks for it with ETRN (or an administrator flushes the domain).
    Etrn,
    /// Held until a scheduled flush of the queue (or an administrator's).
    Scheduled,
}

/// Where a domain's mail for addresses unknown here is forwarded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainForwarding {
    /// Host name or IP address.
    pub host: String,
    #[serde(default = "smtp_port")]
    pub port: u16,
    #[serde(default)]
    pub mode: ForwardingMode,
}

fn smtp_port() -> u16 {
    25
}

/// The forwarding of the domain named `name` (or one of its aliases), if it is ours and has one.
/// A name not yet verified forwards nothing: otherwise a tenant that took someone else's name
/// (`gmail.com`) could route the mail other tenants send there to a host of its choosing.
pub async fn forwarding_of(pool: &PgPool, name: &str) -> CoreResult<Option<DomainForwarding>> {
    Ok(forwarding_route(pool, name)
        .await?
        .map(|(forwarding, _)| forwarding))
}

/// Binding a domain to a login address decides whose account a bare login name reaches on that
/// address, the server administrator's included: only a server administrator may do it.
fn may_bind_login_address(
    principal: &Principal,
    before: Option<&str>,
    after: Option<&str>,
) -> CoreResult<()> {
    if before != after && !principal.is_server_admin() {
        return Err(CoreError::forbidden(
            "only a server administrator binds a domain to a login address (mail.loginAddress)",
        ));
    }
    Ok(())
}

/// The forwarding of the domain named `name` (or one of its aliases) and whether the domain is
/// server-wide (of the server tenant), so that its host may be an internal address. Verified
/// names only, as for `forwarding_of`.
pub async fn forwarding_route(
    pool: &PgPool,
    name: &str,
) -> CoreResult<Option<(DomainForwarding, bool)>> {
    let found: Option<(sqlx::types::Json<DomainForwarding>, bool)> = sqlx::query_as(
        "SELECT d.mail_settings->'forwarding', t.parent_id IS NULL
         FROM mail_domain_names n JOIN domains d ON d.id = n.domain_id JOIN tenants t ON t.id = d.tenant_id
         WHERE n.name = $1 AND jsonb_typeof(d.mail_settings->'forwarding') = 'object'
           AND n.verified_at IS NOT NULL",
    )
    .bind(name.trim_end_matches('.').to_ascii_lowercase())
    .fetch_optional(pool)
    .await?;
    Ok(found.map(|(f, server_wide)| (f.0, server_wide)))
}

/// A tenant's domain may not forward to this machine or its network (`net::tenant_may_name`;
/// names are checked again when delivery resolves them). The server tenant's may.
fn check_forwarding_target(mail: &DomainMailSettings, tenant_path: &[Uuid]) -> CoreResult<()> {
    let server_wide = tenant_path.len() <= 1;
    match &mail.forwarding {
        Some(f) if !server_wide && !crate::net::tenant_may_name(&f.host) => {
            Err(CoreError::invalid(
                "mail.forwarding.host",
                "internal_target",
                "a loopback, private or otherwise internal address, which only domains of the server tenant may forward to",
            ))
        }
        _ => Ok(()),
    }
}

/// A write refused because another domain is bound to the same login address, as a conflict;
/// any other error is handed back.
fn bound_elsewhere(e: sqlx::Error) -> Result<sqlx::Error, CoreError> {
    let taken =
        matches!(&e, sqlx::Error::Database(db) if db.constraint() == Some("domains_login_address"));
    if taken {
        return Err(CoreError::conflict_on(
            "already_bound",
            "mail.loginAddress",
            "another domain is bound to this address",
        ));
    }
    Ok(e)
}

/// Longest footer, characters.
pub const MAX_FOOTER: usize = 4000;
/// Longest footer line, bytes (RFC 5322 allows 998 in a message).
const MAX_FOOTER_LINE: usize = 900;

impl DomainMailSettings {
    /// Validates and normalises (footer line ends become `\n`).
    pub fn normalised(&self, field: &'static str) -> CoreResult<Self> {
        let text = self.footer.text.replace("\r\n", "\n");
        let text = names::free_text(&text, field, MAX_FOOTER)?;
        if text.lines().any(|l| l.len() > MAX_FOOTER_LINE) {
            return Err(CoreError::invalid(
                field,
                "line_too_long",
                format!("footer lines may be at most {MAX_FOOTER_LINE} bytes"),
            ));
        }
        let login_address = match self.login_address.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(
                text.parse::<std::net::IpAddr>()
                    .map(|ip| ip.to_canonical().to_string())
                    .map_err(|_| {
                        CoreError::invalid(
                            "mail.loginAddress",
                            "invalid_ip",
                            "an IPv4 or IPv6 address of this server",
                        )
                    })?,
            ),
        };
        let forwarding_host = match &self.forwarding {
            Some(f) => Some(names::host(&f.host, "mail.forwarding.host")?),
            None => None,
        };
        if let Some(f) = &self.forwarding
            && f.port == 0
        {
            return Err(CoreError::invalid(
                "mail.forwarding.port",
                "out_of_range",
                "must be 1 to 65535",
            ));
        }
        if self.footer.enabled && text.trim().is_empty() {
            return Err(CoreError::invalid(
                field,
                "required",
                "an enabled footer needs text",
            ));
        }
        Ok(Self {
            footer: DomainFooter {
                text,
                ..self.footer.clone()
            },
            login_address,
            forwarding: self.forwarding.as_ref().map(|f| DomainForwarding {
                host: forwarding_host.clone().unwrap_or_default(),
                ..f.clone()
            }),
            ..self.clone()
        })
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UsageItem {
    pub used: i64,
    /// Null when unlimited.
    pub limit: Option<i64>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainUsage {
    pub domain_id: DomainId,
    pub accounts: UsageItem,
    pub aliases: UsageItem,
    pub groups: UsageItem,
    pub storage_bytes: UsageItem,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Domain {
    pub id: DomainId,
    pub tenant_id: TenantId,
    /// A-label form, lower case.
    pub name: String,
    /// Unicode form, for display.
    pub unicode_name: String,
    pub description: String,
    pub status: Status,
    /// Why it is suspended; present exactly when `status` is `suspended`.
    pub status_reason: Option<StatusReason>,
    /// When a domain pending deletion is purged with everything in it.
    pub purge_after: Option<DateTime<Utc>>,
    pub is_primary: bool,
    pub external_id: Option<String>,
    pub limits: DomainLimits,
    /// The service plan its limits come from, if any.
    pub plan_id: Option<PlanId>,
    pub mail: DomainMailSettings,
    /// Other names of this domain (delivery only).
    pub domain_aliases: Vec<String>,
    /// Whether the domain's name is proven to be its tenant's (see `verifyDomain`).
    pub verification: DomainVerification,
    /// Why the name may mislead its readers (a look-alike of an ASCII name, mixed scripts);
    /// empty for nearly every name.
    pub name_warnings: Vec<NameWarning>,
    pub usage: DomainUsage,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewDomain {
    /// The owning tenant; defaults to the caller's own (the server root for server admins).
    pub tenant_id: Option<TenantId>,
    /// The domain name; Unicode names are stored as A-labels.
    #[schema(min_length = 1)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub status: Status,
    /// With status `suspended`: `billing`, `abuse` or `admin` (the default).
    pub status_reason: Option<StatusReason>,
    pub external_id: Option<String>,
    #[serde(default)]
    pub limits: DomainLimits,
    #[serde(default)]
    pub mail: DomainMailSettings,
    /// A service plan to provision it on: its limits come from the plan.
    pub plan_id: Option<PlanId>,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainPatch {
    pub description: Option<String>,
    pub status: Option<Status>,
    /// With status `suspended`: `billing`, `abuse` or `admin` (the default).
    pub status_reason: Option<StatusReason>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub external_id: Option<Option<String>>,
    /// Replaces all limits.
    pub limits: Option<DomainLimits>,
    /// Replaces all mail settings.
    pub mail: Option<DomainMailSettings>,
    /// Puts it on a service plan (its limits become the plan's, atomically), or takes it off
    /// one (null; the limits stay). A plan below current usage is refused unless `force`.
    #[serde(default, deserialize_with = "crate::patch::present")]
    #[schema(value_type = Option<PlanId>)]
    pub plan_id: Option<Option<PlanId>>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct DomainFilter {
    /// Domains of this tenant's whole subtree.
    pub tenant_id: Option<Uuid>,
    pub status: Option<Status>,
    pub external_id: Option<String>,
}

page_type!(DomainPage, Domain);

#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainAlias {
    pub id: DomainAliasId,
    pub domain_id: DomainId,
    pub name: String,
    /// Proven with a TXT record `_postbay-verify.<name>` holding the domain's
    /// `verification.recordValue` (`verifyDomain` checks every name of the domain).
    pub verified: bool,
    /// As the domain's own `nameWarnings`.
    #[sqlx(skip)]
    pub name_warnings: Vec<NameWarning>,
    pub created_at: DateTime<Utc>,
}

impl DomainAlias {
    fn with_warnings(mut self) -> Self {
        self.name_warnings = name_warnings(&DomainName::from_stored(self.name.clone()));
        self
    }
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewDomainAlias {
    #[schema(min_length = 1)]
    pub name: String,
}

#[derive(sqlx::FromRow)]
struct DomainRow {
    id: Uuid,
    tenant_id: Uuid,
    name: String,
    description: String,
    status: Status,
    status_reason: Option<StatusReason>,
    purge_after: Option<DateTime<Utc>>,
    is_primary: bool,
    external_id: Option<String>,
    max_accounts: Option<i64>,
    max_aliases: Option<i64>,
    default_quota_bytes: i64,
    max_quota_bytes: Option<i64>,
    max_message_size: i64,
    mail_settings: sqlx::types::Json<DomainMailSettings>,
    account_count: i64,
    alias_count: i64,
    group_count: i64,
    storage_bytes: i64,
    plan_id: Option<Uuid>,
    domain_aliases: Vec<String>,
    verification_token: String,
    verified_at: Option<DateTime<Utc>>,
    tenant_path: Vec<Uuid>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

const SELECT: &str = "SELECT d.plan_id, d.id, d.tenant_id, d.name, d.description, d.status, d.status_reason, d.purge_after, d.is_primary, d.external_id, \
    d.max_accounts, d.max_aliases, d.default_quota_bytes, d.max_quota_bytes, d.max_message_size, d.mail_settings, d.account_count, \
    d.alias_count, d.group_count, d.storage_bytes, \
    COALESCE((SELECT array_agg(n.name ORDER BY n.name) FROM mail_domain_names n WHERE n.domain_id = d.id AND n.is_alias), '{}') AS domain_aliases, \
    d.verification_token, (SELECT n.verified_at FROM mail_domain_names n WHERE n.domain_id = d.id AND NOT n.is_alias) AS verified_at, \
    t.ancestors AS tenant_path, d.created_at, d.updated_at \
    FROM domains d JOIN tenants t ON t.id = d.tenant_id";

impl DomainRow {
    fn usage(&self) -> DomainUsage {
        DomainUsage {
            domain_id: DomainId(self.id),
            accounts: UsageItem {
                used: self.account_count,
                limit: self.max_accounts,
            },
            aliases: UsageItem {
                used: self.alias_count,
                limit: self.max_aliases,
            },
            groups: UsageItem {
                used: self.group_count,
                limit: None,
            },
            storage_bytes: UsageItem {
                used: self.storage_bytes,
                limit: None,
            },
        }
    }

    fn into_domain(self) -> Domain {
        Domain {
            usage: self.usage(),
            verification: DomainVerification::new(
                &self.name,
                self.verification_token.clone(),
                self.verified_at,
            ),
            id: DomainId(self.id),
            tenant_id: TenantId(self.tenant_id),
            unicode_name: DomainName::from_stored(self.name.clone()).unicode(),
            name_warnings: name_warnings(&DomainName::from_stored(self.name.clone())),
            name: self.name,
            description: self.description,
            status: self.status,
            status_reason: self.status_reason,
            purge_after: self.purge_after,
            is_primary: self.is_primary,
            external_id: self.external_id,
            limits: DomainLimits {
                max_accounts: self.max_accounts,
                max_aliases: self.max_aliases,
                default_quota_bytes: self.default_quota_bytes,
                max_quota_bytes: self.max_quota_bytes,
                max_message_size: self.max_message_size,
            },
            plan_id: self.plan_id.map(PlanId),
            mail: self.mail_settings.0,
            domain_aliases: self.domain_aliases,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

async fn fetch_row(conn: &mut PgConnection, id: DomainId) -> CoreResult<DomainRow> {
    sqlx::query_as(&format!("{SELECT} WHERE d.id = $1"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "domain" })
}

/// What the services of things inside a domain need to know of it: its name and where it sits.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DomainContext {
    pub id: DomainId,
    pub name: String,
    pub tenant_path: Vec<Uuid>,
    pub default_quota_bytes: i64,
    pub max_quota_bytes: Option<i64>,
    /// The domain or a tenant above it is deleted and waiting for its purge.
    pub pending_deletion: bool,
}

impl DomainContext {
    /// Refuses a change inside a domain that is, or is inside, something pending deletion.
    pub fn refuse_pending(&self) -> CoreResult<()> {
        if self.pending_deletion {
            return Err(CoreError::conflict(
                "pending_deletion",
                "the domain or its tenant is deleted and waiting for its purge; restore it first",
            ));
        }
        Ok(())
    }
}

/// Loads a domain's context; `lock` takes the domain row lock, which serialises changes to the
/// domain's counters and names.
pub async fn context(
    conn: &mut PgConnection,
    id: DomainId,
    lock: bool,
) -> CoreResult<DomainContext> {
    let sql = format!(
        "SELECT d.id, d.name, t.ancestors AS tenant_path, d.default_quota_bytes, d.max_quota_bytes, \
         d.status = 'pending_deletion' OR EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY(t.ancestors) \
         AND x.status = 'pending_deletion') AS pending_deletion \
         FROM domains d JOIN tenants t ON t.id = d.tenant_id WHERE d.id = $1{}",
        if lock { " FOR UPDATE OF d" } else { "" }
    );
    sqlx::query_as(&sql)
        .bind(id.0)
        .fetch_optional(conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "domain" })
}

/// The domain a mail domain name (or domain alias) belongs to, with whether it was an alias.
pub(crate) async fn by_mail_name(
    conn: &mut PgConnection,
    name: &DomainName,
) -> CoreResult<Option<(DomainId, bool)>> {
    Ok(mail_name(conn, name).await?.map(|n| (n.domain, n.is_alias)))
}

/// A name of the server's mail domains, as delivery weighs it.
pub(crate) struct MailName {
    pub domain: DomainId,
    pub is_alias: bool,
    /// Proven to be its tenant's (`domain_verification`).
    pub verified: bool,
    pub tenant: Uuid,
}

pub(crate) async fn mail_name(
    conn: &mut PgConnection,
    name: &DomainName,
) -> CoreResult<Option<MailName>> {
    Ok(sqlx::query_as::<_, (Uuid, bool, bool, Uuid)>(
        "SELECT n.domain_id, n.is_alias, n.verified_at IS NOT NULL, d.tenant_id
         FROM mail_domain_names n JOIN domains d ON d.id = n.domain_id WHERE n.name = $1",
    )
    .bind(name.as_str())
    .fetch_optional(conn)
    .await?
    .map(|(domain, is_alias, verified, tenant)| MailName {
        domain: DomainId(domain),
        is_alias,
        verified,
        tenant,
    }))
}

pub async fn get(pool: &PgPool, principal: &Principal, id: DomainId) -> CoreResult<Domain> {
    let mut conn = pool.acquire().await?;
    get_in(&mut conn, principal, id).await
}

/// [`get`] on a connection in use (what a transaction changed, before its commit).
pub async fn get_in(
    conn: &mut PgConnection,
    principal: &Principal,
    id: DomainId,
) -> CoreResult<Domain> {
    let row = fetch_row(conn, id).await?;
    principal.authorize_domain(&row.tenant_path, id, Access::Read)?;
    Ok(row.into_domain())
}

pub async fn usage(pool: &PgPool, principal: &Principal, id: DomainId) -> CoreResult<DomainUsage> {
    principal
        .require_admin()
        .map_err(|_| CoreError::NotFound { kind: "domain" })?;
    let mut conn = pool.acquire().await?;
    let row = fetch_row(&mut conn, id).await?;
    principal.authorize_domain(&row.tenant_path, id, Access::Read)?;
    Ok(row.usage())
}

/// Narrows a domain query (whose WHERE clause is open) to the caller's reach and `filter`.
fn push_scope(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    filter: &DomainFilter,
    all_states: bool,
) {
    super::push_in_domain(qb, principal, "d.id", None, filter.tenant_id);
    // What is pending deletion is left out unless asked for by status (or by a query on it).
    match filter.status {
        Some(s) => {
            qb.push(" AND d.status = ").push_bind(s.as_str());
        }
        None if !all_states => {
            qb.push(" AND d.status <> 'pending_deletion'");
        }
        None => {}
    }
    if let Some(e) = &filter.external_id {
        qb.push(" AND d.external_id = ").push_bind(e.clone());
    }
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &DomainFilter,
    page: &PageParams,
) -> CoreResult<DomainPage> {
    let (rows, next_cursor) = page
        .fetch::<DomainRow>(
            pool,
            &format!("{SELECT} WHERE true"),
            ("d.name", "d.id"),
            |qb| {
                push_scope(qb, principal, filter, false);
                Ok(())
            },
            |r| (r.name.clone(), r.id),
        )
        .await?;
    Ok(DomainPage {
        items: rows.into_iter().map(DomainRow::into_domain).collect(),
        next_cursor,
    })
}

const SEARCH: Searchable = Searchable {
    columns: &[
        col("id", "d.id", Kind::Id),
        col("tenantId", "d.tenant_id", Kind::Id),
        quick("name", "d.name", Kind::DomainName),
        quick("description", "d.description", Kind::Text),
        col("isEnabled", "(d.status = 'active')", Kind::Boolean),
        col("status", "d.status", Kind::Folded),
        col("isPrimary", "d.is_primary", Kind::Boolean),
        col("accountCount", "d.account_count", Kind::Integer),
        col("aliasCount", "d.alias_count", Kind::Integer),
        col("groupCount", "d.group_count", Kind::Integer),
        col("storageBytes", "d.storage_bytes", Kind::Integer),
        col("externalId", "d.external_id", Kind::Text),
        col("createdAt", "d.created_at", Kind::Time),
        col("updatedAt", "d.updated_at", Kind::Time),
    ],
    default_order: "d.name",
    id: "d.id",
};

/// The column names [`search`] understands.
pub fn search_columns() -> impl Iterator<Item = &'static str> {
    SEARCH.column_names()
}

/// Domains matching a query object, within the caller's reach.
pub async fn search(
    pool: &PgPool,
    principal: &Principal,
    query: &SearchQuery,
) -> CoreResult<SearchPage<Domain>> {
    let filter = DomainFilter::default();
    let page = search::run::<DomainRow>(pool, SELECT, &SEARCH, query, |qb| {
        push_scope(qb, principal, &filter, query.mentions("status"));
        Ok(())
    })
    .await?;
    Ok(page.map(DomainRow::into_domain))
}

/// Registers `name` in the shared namespace of domain names and domain aliases.
/// Takes `name` for the domain (its own name or an alias) in the one namespace of mail domain
/// names. A name a server administrator adds is verified at once; a tenant's waits for its
/// TXT record (`domain_verification`).
async fn claim_name(
    conn: &mut PgConnection,
    principal: &Principal,
    name: &DomainName,
    domain: DomainId,
    is_alias: bool,
    id: Uuid,
    field: &'static str,
) -> CoreResult<()> {
    sqlx::query(
        "INSERT INTO mail_domain_names (name, domain_id, is_alias, id, verified_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END)",
    )
    .bind(name.as_str())
    .bind(domain.0)
    .bind(is_alias)
    .bind(id)
    .bind(principal.is_server_admin())
    .execute(conn)
    .await
    .map_err(|e| {
        CoreError::unique_violation(
            e,
            "already_exists",
            field,
            "this name is already used by a domain or domain alias",
        )
    })?;
    Ok(())
}

pub async fn create(pool: &PgPool, principal: &Principal, input: NewDomain) -> CoreResult<Domain> {
    if input.plan_id.is_some() {
        return Err(CoreError::Internal(
            "a plan is applied through postbay-plans".into(),
        ));
    }
    principal.require_tenant_admin()?;
    principal.require_writable()?;
    let name = DomainName::parse(&input.name, "name")?;
    let description = names::free_text(&input.description, "description", names::MAX_DESCRIPTION)?;
    let external_id = names::external_id(input.external_id.as_deref(), "externalId")?;
    let limits = input.limits.normalised()?;
    let mail = input.mail.normalised("mail.footer.text")?;
    may_bind_login_address(principal, None, mail.login_address.as_deref())?;
    let (status, status_reason) = crate::status::initial(input.status, input.status_reason)?;
    let tenant_id = match (input.tenant_id, &principal.role) {
        (Some(t), _) => t,
        (None, Role::TenantAdmin { tenant_id }) => *tenant_id,
        (None, _) => crate::tenants::root(pool).await?,
    };
    let mut tx = pool.begin().await?;
    let tenant_path = crate::tenants::path_of(&mut tx, tenant_id).await?;
    check_forwarding_target(&mail, &tenant_path)?;
    domain_verification::check_not_nested(&mut tx, principal, &name, tenant_id, "name").await?;
    principal
        .authorize_domain(&tenant_path, DomainId(Uuid::nil()), Access::Write)
        .map_err(|e| match e {
            CoreError::NotFound { .. } => CoreError::NotFound { kind: "tenant" },
            other => other,
        })?;
    bump(&mut tx, &tenant_path, None, Counter::Domains, 1).await?;
    let id = DomainId::new();
    // The first domain of the server becomes its primary domain, where bare login names go:
    // never one a tenant made, whose accounts would then answer for bare names.
    let becomes_primary = principal.is_server_admin()
        && !sqlx::query_scalar::<_, bool>("SELECT EXISTS (SELECT 1 FROM domains WHERE is_primary)")
            .fetch_one(&mut *tx)
            .await?;
    sqlx::query(
        "INSERT INTO domains (id, tenant_id, name, description, status, is_primary, external_id, max_accounts, max_aliases, \
         default_quota_bytes, max_quota_bytes, max_message_size, mail_settings, verification_token, status_reason) \
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)",
    )
    .bind(id.0)
    .bind(tenant_id.0)
    .bind(name.as_str())
    .bind(&description)
    .bind(status.as_str())
    .bind(becomes_primary)
    .bind(&external_id)
    .bind(limits.max_accounts)
    .bind(limits.max_aliases)
    .bind(limits.default_quota_bytes)
    .bind(limits.max_quota_bytes)
    .bind(limits.max_message_size)
    .bind(sqlx::types::Json(&mail))
    .bind(domain_verification::new_token())
    .bind(status_reason.map(StatusReason::as_str))
    .execute(&mut *tx)
    .await
    .map_err(|e| match bound_elsewhere(e) {
        Ok(e) => CoreError::unique_violation(e, "already_exists", "name", "this name is already used by a domain or domain alias"),
        Err(conflict) => conflict,
    })?;
    claim_name(&mut tx, principal, &name, id, false, id.0, "name").await?;
    audit::record(
        &mut tx,
        principal,
        "domain.create",
        "domain",
        Some(id.0),
        Place { tenant_path: &tenant_path, domain: Some(id) },
        serde_json::json!({"name": name.as_str(), "tenantId": tenant_id, "description": description, "status": status, "statusReason": status_reason, "limits": limits, "mail": mail, "externalId": external_id}),
    )
    .await?;
    let row = fetch_row(&mut tx, id).await?;
    tx.commit().await?;
    Ok(row.into_domain())
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    patch: DomainPatch,
) -> CoreResult<Domain> {
    update_with(pool, principal, id, |_, _| Ok(patch)).await
}

/// Changes a domain with a patch made from its current limits, read under the domain's row
/// lock: a change of some limits (JSON-RPC's `Domains.set`) cannot undo a concurrent change of
/// the others.
pub async fn update_with(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    make: impl FnOnce(&DomainLimits, &DomainMailSettings) -> CoreResult<DomainPatch>,
) -> CoreResult<Domain> {
    let mut tx = pool.begin().await?;
    let domain = update_with_in(&mut tx, principal, id, make, BelowUsage::Refuse).await?;
    tx.commit().await?;
    Ok(domain)
}

/// [`update_with`] inside the caller's transaction; `below` says whether limits under what
/// the domain already holds are taken (a forced plan change: growth stops until usage is under
/// them again).
pub async fn update_with_in(
    conn: &mut PgConnection,
    principal: &Principal,
    id: DomainId,
    make: impl FnOnce(&DomainLimits, &DomainMailSettings) -> CoreResult<DomainPatch>,
    below: BelowUsage,
) -> CoreResult<Domain> {
    let ctx = context(&mut *conn, id, true).await?;
    principal.authorize_domain(&ctx.tenant_path, id, Access::Write)?;
    #[allow(clippy::type_complexity)]
    let (max_accounts, max_aliases, default_quota_bytes, max_quota_bytes, max_message_size, mail, current, current_reason) =
        sqlx::query_as::<_, (Option<i64>, Option<i64>, i64, Option<i64>, i64, sqlx::types::Json<DomainMailSettings>, Status, Option<StatusReason>)>(
            "SELECT max_accounts, max_aliases, default_quota_bytes, max_quota_bytes, max_message_size, mail_settings, status, status_reason \
             FROM domains WHERE id = $1",
        )
        .bind(id.0)
        .fetch_one(&mut *conn)
        .await?;
    let patch = make(
        &DomainLimits {
            max_accounts,
            max_aliases,
            default_quota_bytes,
            max_quota_bytes,
            max_message_size,
        },
        &mail.0,
    )?;
    if patch.plan_id.is_some() {
        return Err(CoreError::Internal(
            "a plan is applied through postbay-plans".into(),
        ));
    }
    ctx.refuse_pending()?;
    let (status, status_reason) =
        crate::status::resolve(current, current_reason, patch.status, patch.status_reason)?;
    let current_login_address = mail.0.login_address.clone();
    let current_search_policy = mail.0.admins_may_search_mail;
    let mail = patch
        .mail
        .as_ref()
        .map(|m| m.normalised("mail.footer.text"))
        .transpose()?;
    if let Some(m) = &mail {
        check_forwarding_target(m, &ctx.tenant_path)?;
        may_bind_login_address(
            principal,
            current_login_address.as_deref(),
            m.login_address.as_deref(),
        )?;
        if m.admins_may_search_mail != current_search_policy {
            principal.require_tenant_admin()?;
        }
    }
    let description = patch
        .description
        .as_deref()
        .map(|d| names::free_text(d, "description", names::MAX_DESCRIPTION))
        .transpose()?;
    let external_id = match &patch.external_id {
        Some(v) => Some(names::external_id(v.as_deref(), "externalId")?),
        None => None,
    };
    let limits = patch
        .limits
        .as_ref()
        .map(DomainLimits::normalised)
        .transpose()?;
    if let Some(l) = limits.as_ref().filter(|_| below == BelowUsage::Refuse) {
        let (accounts, aliases): (i64, i64) =
            sqlx::query_as("SELECT account_count, alias_count FROM domains WHERE id = $1")
                .bind(id.0)
                .fetch_one(&mut *conn)
                .await?;
        if l.max_accounts.is_some_and(|m| m < accounts) {
            return Err(CoreError::conflict_on(
                "limit_below_usage",
                "limits.maxAccounts",
                format!(
                    "the domain already has {accounts} accounts ({} over); pass force=true to accept it and stop growth",
                    accounts - l.max_accounts.unwrap_or_default()
                ),
            ));
        }
        if l.max_aliases.is_some_and(|m| m < aliases) {
            return Err(CoreError::conflict_on(
                "limit_below_usage",
                "limits.maxAliases",
                format!(
                    "the domain already has {aliases} aliases ({} over); pass force=true to accept it and stop growth",
                    aliases - l.max_aliases.unwrap_or_default()
                ),
            ));
        }
    }
    sqlx::query(
        "UPDATE domains SET description = COALESCE($2, description), status = $3, status_reason = $13,
         external_id = CASE WHEN $4 THEN $5 ELSE external_id END,
         max_accounts = CASE WHEN $6 THEN $7 ELSE max_accounts END,
         max_aliases = CASE WHEN $6 THEN $8 ELSE max_aliases END,
         default_quota_bytes = CASE WHEN $6 THEN $9 ELSE default_quota_bytes END,
         max_quota_bytes = CASE WHEN $6 THEN $10 ELSE max_quota_bytes END,
         max_message_size = CASE WHEN $6 THEN $11 ELSE max_message_size END,
         mail_settings = COALESCE($12, mail_settings),
         updated_at = now() WHERE id = $1",
    )
    .bind(id.0)
    .bind(&description)
    .bind(status.as_str())
    .bind(external_id.is_some())
    .bind(external_id.clone().flatten())
    .bind(limits.is_some())
    .bind(limits.as_ref().and_then(|l| l.max_accounts))
    .bind(limits.as_ref().and_then(|l| l.max_aliases))
    .bind(
        limits
            .as_ref()
            .map(|l| l.default_quota_bytes)
            .unwrap_or_default(),
    )
    .bind(limits.as_ref().and_then(|l| l.max_quota_bytes))
    .bind(
        limits
            .as_ref()
            .map(|l| l.max_message_size)
            .unwrap_or_default(),
    )
    .bind(mail.as_ref().map(sqlx::types::Json))
    .bind(status_reason.map(StatusReason::as_str))
    .execute(&mut *conn)
    .await
    .map_err(|e| match bound_elsewhere(e) {
        Ok(e) => CoreError::from(e),
        Err(conflict) => conflict,
    })?;
    if patch.status.is_some() {
        crate::admin_roles::ensure_server_admin_remains(&mut *conn).await?;
    }
    audit::record(
        &mut *conn,
        principal,
        "domain.update",
        "domain",
        Some(id.0),
        Place { tenant_path: &ctx.tenant_path, domain: Some(id) },
        serde_json::json!({"description": description, "status": patch.status,
            "statusReason": (patch.status.is_some() || patch.status_reason.is_some()).then_some(status_reason).flatten(),
            "externalId": external_id, "limits": limits, "mail": mail}),
    )
    .await?;
    Ok(fetch_row(&mut *conn, id).await?.into_domain())
}

/// Makes `id` the primary domain; the previous one becomes secondary. Server admins only.
pub async fn set_primary(pool: &PgPool, principal: &Principal, id: DomainId) -> CoreResult<Domain> {
    let mut tx = pool.begin().await?;
    let ctx = context(&mut tx, id, true).await?;
    principal.authorize_domain(&ctx.tenant_path, id, Access::Read)?;
    if !principal.is_server_admin() {
        return Err(CoreError::forbidden(
            "only server administrators choose the primary domain",
        ));
    }
    principal.require_writable()?;
    sqlx::query(
        "UPDATE domains SET is_primary = false, updated_at = now() WHERE is_primary AND id <> $1",
    )
    .bind(id.0)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE domains SET is_primary = true, updated_at = now() WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "domain.set_primary",
        "domain",
        Some(id.0),
        Place {
            tenant_path: &ctx.tenant_path,
            domain: Some(id),
        },
        serde_json::json!({}),
    )
    .await?;
    let row = fetch_row(&mut tx, id).await?;
    tx.commit().await?;
    Ok(row.into_domain())
}

/// Locks a domain for a lifecycle change and checks the caller may remove it: a writer of its
/// tenant, and not the primary domain. Without `cascade`, a domain that still has accounts,
/// groups or aliases is refused, so nothing is terminated by accident.
pub async fn lock_for_removal(
    conn: &mut PgConnection,
    principal: &Principal,
    id: DomainId,
    cascade: bool,
) -> CoreResult<crate::status::Removal> {
    context(&mut *conn, id, true).await?;
    let row = fetch_row(&mut *conn, id).await?;
    principal.authorize_domain(&row.tenant_path, id, Access::Write)?;
    if row.is_primary {
        return Err(CoreError::conflict(
            "is_primary",
            "the primary domain cannot be deleted; make another domain primary first",
        ));
    }
    if !cascade {
        // Accounts deleted already are not counted: they go with the domain's purge.
        for (count, code, what) in [
            (row.account_count, "has_accounts", "accounts"),
            (row.group_count, "has_groups", "groups"),
            (row.alias_count, "has_aliases", "aliases"),
        ] {
            if count > 0 {
                return Err(CoreError::conflict(
                    code,
                    format!("the domain still has {what}; delete them first or pass cascade=true"),
                ));
            }
        }
    }
    Ok(crate::status::Removal {
        kind: crate::status::NodeKind::Domain,
        id: id.0,
        name: row.name,
        tenant_path: row.tenant_path,
        domain: Some(id),
        status: row.status,
        status_reason: row.status_reason,
    })
}

/// Deletes a domain with everything in it for good, releasing the storage of its mail (what
/// it counted was given back when it or a tenant above was terminated, `status::uncount`);
/// the bytes it freed. The caller has locked it ([`lock_for_removal`]), audits, and announces
/// `domain_names` (names went).
pub async fn purge_in(conn: &mut PgConnection, id: DomainId) -> CoreResult<i64> {
    context(&mut *conn, id, true).await?;
    let row = fetch_row(&mut *conn, id).await?;
    let accounts: Vec<Uuid> = sqlx::query_scalar("SELECT id FROM accounts WHERE domain_id = $1")
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
    // The domain row goes too, so only the tenants' bytes and the content references change.
    crate::counters::release_mail(&mut *conn, &accounts, None, &row.tenant_path).await?;
    for sql in [
        "DELETE FROM aliases WHERE domain_id = $1",
        "DELETE FROM owned_addresses WHERE domain_id = $1",
        "DELETE FROM groups WHERE domain_id = $1",
        "DELETE FROM accounts WHERE domain_id = $1",
        "DELETE FROM user_templates WHERE domain_id = $1",
        "DELETE FROM domains WHERE id = $1",
    ] {
        sqlx::query(sql).bind(id.0).execute(&mut *conn).await?;
    }
    Ok(row.storage_bytes)
}

pub async fn list_aliases(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
) -> CoreResult<Vec<DomainAlias>> {
    let mut conn = pool.acquire().await?;
    let ctx = context(&mut conn, id, false).await?;
    principal.authorize_domain(&ctx.tenant_path, id, Access::Read)?;
    let aliases: Vec<DomainAlias> = sqlx::query_as("SELECT id, domain_id, name, verified_at IS NOT NULL AS verified, created_at FROM mail_domain_names WHERE domain_id = $1 AND is_alias ORDER BY name")
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
    Ok(aliases
        .into_iter()
        .map(DomainAlias::with_warnings)
        .collect())
}

pub async fn add_alias(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    input: NewDomainAlias,
) -> CoreResult<DomainAlias> {
    let name = DomainName::parse(&input.name, "name")?;
    let mut tx = pool.begin().await?;
    let ctx = context(&mut tx, id, true).await?;
    principal.authorize_domain(&ctx.tenant_path, id, Access::Write)?;
    let tenant: Uuid = sqlx::query_scalar("SELECT tenant_id FROM domains WHERE id = $1")
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
    domain_verification::check_not_nested(&mut tx, principal, &name, TenantId(tenant), "name")
        .await?;
    let alias_id = DomainAliasId::new();
    claim_name(&mut tx, principal, &name, id, true, alias_id.0, "name").await?;
    audit::record(
        &mut tx,
        principal,
        "domain_alias.create",
        "domain_alias",
        Some(alias_id.0),
        Place {
            tenant_path: &ctx.tenant_path,
            domain: Some(id),
        },
        serde_json::json!({"name": name.as_str()}),
    )
    .await?;
    let alias: DomainAlias = sqlx::query_as(
        "SELECT id, domain_id, name, verified_at IS NOT NULL AS verified, created_at FROM mail_domain_names WHERE id = $1",
    )
    .bind(alias_id.0)
    .fetch_one(&mut *tx)
    .await?;
    // Names came or went: caches of what a name signs with and answers are read again.
    crate::settings::announce(&mut tx, "domain_names").await?;
    tx.commit().await?;
    crate::settings::changed_here();
    Ok(alias.with_warnings())
}

pub async fn remove_alias(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    alias: DomainAliasId,
) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let ctx = context(&mut tx, id, true).await?;
    principal.authorize_domain(&ctx.tenant_path, id, Access::Write)?;
    let name: Option<String> = sqlx::query_scalar("DELETE FROM mail_domain_names WHERE id = $1 AND domain_id = $2 AND is_alias RETURNING name")
        .bind(alias.0)
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?;
    let name = name.ok_or(CoreError::NotFound {
        kind: "domain alias",
    })?;
    audit::record(
        &mut tx,
        principal,
        "domain_alias.delete",
        "domain_alias",
        Some(alias.0),
        Place {
            tenant_path: &ctx.tenant_path,
            domain: Some(id),
        },
        serde_json::json!({"name": name}),
    )
    .await?;
    // Names came or went: caches of what a name signs with and answers are read again.
    crate::settings::announce(&mut tx, "domain_names").await?;
    tx.commit().await?;
    crate::settings::changed_here();
    Ok(())
}
