//! Collecting mail from remote POP3 mailboxes (Kerio's "POP3 Download"): the accounts with
//! their sorting rules, the runs ("jobs") asked for through the API or by the scheduler, and
//! the bookkeeping the collector (`postbay-collector`) does through them.
//!
//! An account belongs to a tenant (the server tenant for a server-wide one) or to one domain;
//! the administrators of its owner manage it. What it delivers to must be outside the server
//! or inside its owner's reach, so no administrator can drop mail into another tenant's
//! mailboxes. Kerio shares one set of sorting rules among all accounts; here each account has
//! its own, since accounts of different tenants cannot share them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::{Access, Principal, Role};
use crate::audit::{self, Place};
use crate::domains;
use crate::error::{CoreError, CoreResult};
use crate::ids::{CollectionJobId, DomainId, Pop3AccountId, SortingRuleId, TenantId};
use crate::list::{PageParams, page_type};
use crate::names::{self, DomainName, EmailAddress};
use crate::secrets::SecretKey;

/// Kerio stores POP3 passwords of at most 119 characters; we keep its limit.
pub const MAX_PASSWORD: usize = 119;
/// Most sorting rules one account has.
pub const MAX_RULES: i64 = 1000;
/// How long a collected message's digest is remembered after it left the remote server (for
/// dropping duplicates that arrive later).
pub const DIGEST_MEMORY_DAYS: i32 = 30;
/// Finished jobs are kept this long.
const JOB_DAYS: i32 = 7;

/// How the connection to the remote server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Pop3Security {
    /// Plain text.
    None,
    /// TLS from the start, on a port of its own (usually 995).
    Tls,
    /// Plain text upgraded with `STLS` (RFC 2595); a server that does not offer it fails.
    Stls,
}

impl Pop3Security {
    fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Tls => "tls",
            Self::Stls => "stls",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "tls" => Self::Tls,
            "stls" => Self::Stls,
            _ => Self::None,
        }
    }

    fn default_port(self) -> i32 {
        if self == Self::Tls { 995 } else { 110 }
    }
}

/// How the collector logs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Pop3Authentication {
    /// `USER` and `PASS`: the password crosses as it is (use TLS).
    Plain,
    /// `APOP`: an MD5 digest of the server's greeting timestamp and the password.
    Apop,
}

impl Pop3Authentication {
    fn as_str(self) -> &'static str {
        match self {
            Self::Plain => "plain",
            Self::Apop => "apop",
        }
    }

    fn parse(text: &str) -> Self {
        if text == "apop" {
            Self::Apop
        } else {
            Self::Plain
        }
    }
}

/// Where collected messages go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "mode", rename_all = "camelCase", deny_unknown_fields)]
pub enum Pop3Delivery {
    /// Every message to one address: a local account, group or alias, or an external address.
    Address { address: String },
    /// Each message by the account's sorting rules.
    SortingRules,
}

/// What happens to a message on the remote server once it is stored here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "mode", rename_all = "camelCase", deny_unknown_fields)]
pub enum Pop3Retention {
    /// Deleted in the session that downloaded it.
    Delete,
    /// Left there; its UIDL is remembered so it is never downloaded again.
    Keep,
    /// Left there, and deleted this many days after it was downloaded.
    KeepDays { days: i32 },
}

impl Pop3Retention {
    fn keep_days(self) -> Option<i32> {
        match self {
            Self::Delete => None,
            Self::Keep => Some(0),
            Self::KeepDays { days } => Some(days),
        }
    }

    fn from_keep_days(days: Option<i32>) -> Self {
        match days {
            None => Self::Delete,
            Some(0) => Self::Keep,
            Some(days) => Self::KeepDays { days },
        }
    }
}

/// How the account's runs went.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Pop3AccountStatus {
    pub last_run_at: Option<DateTime<Utc>>,
    pub last_success_at: Option<DateTime<Utc>>,
    /// Why the last run failed; absent when it succeeded.
    pub last_error: Option<String>,
    /// Messages and bytes the last run stored.
    pub last_messages: i32,
    pub last_bytes: i64,
    pub total_messages: i64,
    pub total_bytes: i64,
    /// Runs that failed in a row; scheduled runs skip the account until `retryAfter`.
    pub consecutive_failures: i32,
    pub retry_after: Option<DateTime<Utc>>,
    /// A process is collecting it now.
    pub running: bool,
}

/// A remote POP3 mailbox the server collects mail from.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Pop3Account {
    pub id: Pop3AccountId,
    /// The owning tenant (the server tenant for a server-wide account).
    pub tenant_id: TenantId,
    /// Set when the account belongs to one domain.
    pub domain_id: Option<DomainId>,
    pub host: String,
    pub port: i32,
    pub security: Pop3Security,
    pub authentication: Pop3Authentication,
    /// With TLS, the server's certificate must be valid for `host` and issued by a trusted
    /// authority.
    pub verify_certificate: bool,
    pub username: String,
    pub description: String,
    pub enabled: bool,
    pub delivery: Pop3Delivery,
    /// The header searched first for sorting addresses (empty: none).
    pub preferred_header: String,
    /// Each mailbox gets one copy of identical messages (a domain mailbox stores a message
    /// once per recipient).
    pub drop_duplicates: bool,
    /// Most bytes downloaded in one session; 0 = no limit.
    pub max_session_bytes: i64,
    /// Most messages downloaded in one session; 0 = no limit.
    pub max_session_messages: i32,
    pub retention: Pop3Retention,
    pub status: Pop3AccountStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn default_preferred_header() -> String {
    "X-Envelope-To".into()
}

fn yes() -> bool {
    true
}

fn delete_after_download() -> Pop3Retention {
    Pop3Retention::Delete
}

/// No `Debug`: it holds the password.
#[derive(Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewPop3Account {
    /// A domain-owned account; leave out for a tenant-owned one.
    pub domain_id: Option<DomainId>,
    /// The owning tenant; defaults to the caller's own (the server tenant for a server
    /// administrator).
    pub tenant_id: Option<TenantId>,
    pub host: String,
    /// Defaults to 995 with `tls`, else 110.
    pub port: Option<i32>,
    #[serde(default = "no_security")]
    pub security: Pop3Security,
    #[serde(default = "plain")]
    pub authentication: Pop3Authentication,
    #[serde(default = "yes")]
    pub verify_certificate: bool,
    pub username: String,
    /// Write-only; at most 119 characters; stored encrypted.
    pub password: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "yes")]
    pub enabled: bool,
    pub delivery: Pop3Delivery,
    /// `X-Envelope-To` (the default), `Delivered-To`, `Received`, another header name, or
    /// empty for none.
    #[serde(default = "default_preferred_header")]
    pub preferred_header: String,
    #[serde(default)]
    pub drop_duplicates: bool,
    #[serde(default)]
    pub max_session_bytes: i64,
    #[serde(default)]
    pub max_session_messages: i32,
    #[serde(default = "delete_after_download")]
    pub retention: Pop3Retention,
}

fn no_security() -> Pop3Security {
    Pop3Security::None
}

fn plain() -> Pop3Authentication {
    Pop3Authentication::Plain
}

/// Changes to an account; absent fields keep their value. No `Debug`: it may hold the
/// password.
#[derive(Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pop3AccountPatch {
    pub host: Option<String>,
    pub port: Option<i32>,
    pub security: Option<Pop3Security>,
    pub authentication: Option<Pop3Authentication>,
    pub verify_certificate: Option<bool>,
    pub username: Option<String>,
    /// Write-only: a new password.
    pub password: Option<String>,
    pub description: Option<String>,
    pub enabled: Option<bool>,
    pub delivery: Option<Pop3Delivery>,
    pub preferred_header: Option<String>,
    pub drop_duplicates: Option<bool>,
    pub max_session_bytes: Option<i64>,
    pub max_session_messages: Option<i32>,
    pub retention: Option<Pop3Retention>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct Pop3AccountFilter {
    /// Only the accounts of this domain.
    pub domain_id: Option<Uuid>,
    /// Only the accounts of this tenant and the tenants and domains below it.
    pub tenant_id: Option<Uuid>,
}

page_type!(Pop3AccountPage, Pop3Account);

/// Who owns an account (or asked for a job), with the tenant path its authorization needs.
#[derive(Debug, Clone)]
struct Owner {
    tenant: Uuid,
    tenant_path: Vec<Uuid>,
    domain: Option<DomainId>,
}

impl Owner {
    /// Access to an object this owner holds: its domain's administrators for a domain-owned
    /// one, the administrators of the tenant or above it for a tenant-owned one.
    fn authorize(
        &self,
        principal: &Principal,
        access: Access,
        kind: &'static str,
    ) -> CoreResult<()> {
        principal
            .require_admin()
            .map_err(|_| CoreError::NotFound { kind })?;
        if let Some(domain) = self.domain {
            return principal.authorize_in_domain(&self.tenant_path, domain, None, kind, access);
        }
        let reached = match &principal.role {
            Role::ServerAdmin => true,
            Role::TenantAdmin { tenant_id } => self.tenant_path.contains(&tenant_id.0),
            _ => false,
        };
        if !reached {
            return Err(CoreError::NotFound { kind });
        }
        if access == Access::Write {
            principal.require_writable()?;
        }
        Ok(())
    }

    fn place(&self) -> Place<'_> {
        Place {
            tenant_path: &self.tenant_path,
            domain: self.domain,
        }
    }

    /// Which of `names` are domains of this server (or their aliases), each with whether the
    /// owner's accounts may deliver there; one query however many.
    async fn local_reach(
        &self,
        conn: &mut PgConnection,
        names: &[&str],
    ) -> CoreResult<HashMap<String, bool>> {
        let rows: Vec<(String, Uuid, Vec<Uuid>)> = sqlx::query_as(
            "SELECT n.name, n.domain_id, t.ancestors FROM mail_domain_names n
             JOIN domains d ON d.id = n.domain_id JOIN tenants t ON t.id = d.tenant_id
             WHERE n.name = ANY($1)",
        )
        .bind(names)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(name, domain, path)| {
                let reached = match self.domain {
                    Some(own) => own.0 == domain,
                    None => path.contains(&self.tenant),
                };
                (name, reached)
            })
            .collect())
    }

    /// The owner a new account or job of `principal` gets from what it asked for.
    async fn for_new(
        conn: &mut PgConnection,
        principal: &Principal,
        tenant: Option<TenantId>,
        domain: Option<DomainId>,
    ) -> CoreResult<Self> {
        let domain = domain.or(match (&principal.role, tenant) {
            (Role::DomainAdmin { domain_id, .. }, None) => Some(*domain_id),
            _ => None,
        });
        let owner = if let Some(domain) = domain {
            let ctx = domains::context(conn, domain, false).await?;
            let tenant = *ctx
                .tenant_path
                .last()
                .ok_or(CoreError::NotFound { kind: "domain" })?;
            Self {
                tenant,
                tenant_path: ctx.tenant_path,
                domain: Some(domain),
            }
        } else {
            let tenant = match (tenant, &principal.role) {
                (Some(t), _) => t.0,
                (None, Role::TenantAdmin { tenant_id }) => tenant_id.0,
                (None, _) => crate::tenants::root_in(conn).await?.0,
            };
            let path: Vec<Uuid> = sqlx::query_scalar("SELECT ancestors FROM tenants WHERE id = $1")
                .bind(tenant)
                .fetch_optional(&mut *conn)
                .await?
                .ok_or(CoreError::NotFound { kind: "tenant" })?;
            Self {
                tenant,
                tenant_path: path,
                domain: None,
            }
        };
        owner.authorize(principal, Access::Write, "tenant")?;
        Ok(owner)
    }
}

/// Checks a delivery target: an address outside the server, or in a domain the owner reaches.
async fn check_target(
    conn: &mut PgConnection,
    owner: &Owner,
    address: &str,
    field: &'static str,
) -> CoreResult<String> {
    let address = EmailAddress::parse(address, field)?;
    let reach = owner
        .local_reach(conn, &[address.domain().as_str()])
        .await?;
    check_domain(&reach, address.domain(), field, false)?;
    Ok(address.to_string())
}

/// Refuses a domain of this server the owner does not reach (`reach` from
/// [`Owner::local_reach`]); `must_be_local` also refuses one that is not the server's.
fn check_domain(
    reach: &HashMap<String, bool>,
    domain: &DomainName,
    field: &'static str,
    must_be_local: bool,
) -> CoreResult<()> {
    match reach.get(domain.as_str()) {
        Some(false) => Err(CoreError::invalid(
            field,
            "not_in_scope",
            "a domain of this server outside the reach of the account's owner",
        )),
        None if must_be_local => Err(CoreError::invalid(
            field,
            "not_local",
            "must be a domain of this server",
        )),
        _ => Ok(()),
    }
}

fn check_credential(value: &str, field: &'static str, max: usize) -> CoreResult<()> {
    if value.is_empty() {
        return Err(CoreError::invalid(field, "required", "must not be empty"));
    }
    if value.chars().count() > max {
        return Err(CoreError::invalid(
            field,
            "too_long",
            format!("at most {max} characters"),
        ));
    }
    // It is sent as a command argument: a line break would start a command of its own.
    if value.chars().any(char::is_control) {
        return Err(CoreError::invalid(
            field,
            "invalid_characters",
            "control characters are not allowed",
        ));
    }
    Ok(())
}

fn check_header_name(value: &str) -> CoreResult<String> {
    let value = value.trim().trim_end_matches(':');
    if value.len() > 76 || !value.bytes().all(|b| b.is_ascii_graphic() && b != b':') {
        return Err(CoreError::invalid(
            "preferredHeader",
            "invalid_header_name",
            "a header field name without the colon, such as X-Envelope-To",
        ));
    }
    Ok(value.to_string())
}

/// The checked values of an account, as stored.
struct Settings {
    host: String,
    port: i32,
    security: Pop3Security,
    authentication: Pop3Authentication,
    verify_certificate: bool,
    username: String,
    description: String,
    enabled: bool,
    deliver_to: Option<String>,
    preferred_header: String,
    drop_duplicates: bool,
    max_session_bytes: i64,
    max_session_messages: i32,
    keep_days: Option<i32>,
}

impl Settings {
    async fn check(mut self, conn: &mut PgConnection, owner: &Owner) -> CoreResult<Self> {
        self.host = names::host(&self.host, "host")?;
        if !(1..=65535).contains(&self.port) {
            return Err(CoreError::invalid(
                "port",
                "out_of_range",
                "must be 1 to 65535",
            ));
        }
        check_credential(&self.username, "username", 255)?;
        self.description =
            names::free_text(&self.description, "description", names::MAX_DESCRIPTION)?;
        self.preferred_header = check_header_name(&self.preferred_header)?;
        if self.max_session_bytes < 0 {
            return Err(CoreError::invalid(
                "maxSessionBytes",
                "out_of_range",
                "0 (no limit) or more",
            ));
        }
        if self.max_session_messages < 0 {
            return Err(CoreError::invalid(
                "maxSessionMessages",
                "out_of_range",
                "0 (no limit) or more",
            ));
        }
        if let Some(address) = &self.deliver_to {
            self.deliver_to = Some(check_target(conn, owner, address, "delivery.address").await?);
        }
        Ok(self)
    }
}

type PgQuery<'q> = sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments>;

impl Settings {
    /// Binds the settings in column order: `host` to `keep_days`, fourteen values.
    fn bind<'q>(&'q self, query: PgQuery<'q>) -> PgQuery<'q> {
        query
            .bind(&self.host)
            .bind(self.port)
            .bind(self.security.as_str())
            .bind(self.authentication.as_str())
            .bind(self.verify_certificate)
            .bind(&self.username)
            .bind(&self.description)
            .bind(self.enabled)
            .bind(&self.deliver_to)
            .bind(&self.preferred_header)
            .bind(self.drop_duplicates)
            .bind(self.max_session_bytes)
            .bind(self.max_session_messages)
            .bind(self.keep_days)
    }
}

fn check_retention(retention: Pop3Retention) -> CoreResult<Pop3Retention> {
    if let Pop3Retention::KeepDays { days } = retention
        && !(1..=3650).contains(&days)
    {
        return Err(CoreError::invalid(
            "retention.days",
            "out_of_range",
            "1 to 3650 days",
        ));
    }
    Ok(retention)
}

fn check_password(password: &str) -> CoreResult<()> {
    check_credential(password, "password", MAX_PASSWORD)
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: Uuid,
    tenant_id: Uuid,
    domain_id: Option<Uuid>,
    host: String,
    port: i32,
    security: String,
    authentication: String,
    verify_certificate: bool,
    username: String,
    description: String,
    enabled: bool,
    deliver_to: Option<String>,
    preferred_header: String,
    drop_duplicates: bool,
    max_session_bytes: i64,
    max_session_messages: i32,
    keep_days: Option<i32>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    running: bool,
    consecutive_failures: i32,
    retry_after: Option<DateTime<Utc>>,
    last_run_at: Option<DateTime<Utc>>,
    last_success_at: Option<DateTime<Utc>>,
    last_error: Option<String>,
    last_messages: i32,
    last_bytes: i64,
    total_messages: i64,
    total_bytes: i64,
    tenant_path: Vec<Uuid>,
}

const SELECT: &str = "SELECT p.id, p.tenant_id, p.domain_id, p.host, p.port, p.security, p.authentication, \
    p.verify_certificate, p.username, p.description, p.enabled, p.deliver_to, p.preferred_header, p.drop_duplicates, \
    p.max_session_bytes, p.max_session_messages, p.keep_days, p.created_at, p.updated_at, \
    COALESCE(p.running_until > now(), false) AS running, p.consecutive_failures, p.retry_after, p.last_run_at, \
    p.last_success_at, p.last_error, p.last_messages, p.last_bytes, p.total_messages, p.total_bytes, \
    t.ancestors AS tenant_path FROM pop3_accounts p JOIN tenants t ON t.id = p.tenant_id";

impl AccountRow {
    fn owner(&self) -> Owner {
        Owner {
            tenant: self.tenant_id,
            tenant_path: self.tenant_path.clone(),
            domain: self.domain_id.map(DomainId),
        }
    }

    fn into_account(self) -> Pop3Account {
        Pop3Account {
            id: Pop3AccountId(self.id),
            tenant_id: TenantId(self.tenant_id),
            domain_id: self.domain_id.map(DomainId),
            host: self.host,
            port: self.port,
            security: Pop3Security::parse(&self.security),
            authentication: Pop3Authentication::parse(&self.authentication),
            verify_certificate: self.verify_certificate,
            username: self.username,
            description: self.description,
            enabled: self.enabled,
            delivery: match self.deliver_to {
                Some(address) => Pop3Delivery::Address { address },
                None => Pop3Delivery::SortingRules,
            },
            preferred_header: self.preferred_header,
            drop_duplicates: self.drop_duplicates,
            max_session_bytes: self.max_session_bytes,
            max_session_messages: self.max_session_messages,
            retention: Pop3Retention::from_keep_days(self.keep_days),
            status: Pop3AccountStatus {
                last_run_at: self.last_run_at,
                last_success_at: self.last_success_at,
                last_error: self.last_error,
                last_messages: self.last_messages,
                last_bytes: self.last_bytes,
                total_messages: self.total_messages,
                total_bytes: self.total_bytes,
                consecutive_failures: self.consecutive_failures,
                retry_after: self.retry_after,
                running: self.running,
            },
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

const ACCOUNT: &str = "POP3 account";

async fn authorized(
    conn: &mut PgConnection,
    principal: &Principal,
    id: Pop3AccountId,
    access: Access,
) -> CoreResult<AccountRow> {
    let row: AccountRow = sqlx::query_as(&format!("{SELECT} WHERE p.id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound { kind: ACCOUNT })?;
    row.owner().authorize(principal, access, ACCOUNT)?;
    Ok(row)
}

async fn fetch(conn: &mut PgConnection, id: Uuid) -> CoreResult<Pop3Account> {
    let row: AccountRow = sqlx::query_as(&format!("{SELECT} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound { kind: ACCOUNT })?;
    Ok(row.into_account())
}

fn audited(account: &Pop3Account) -> serde_json::Value {
    // Everything but the password.
    serde_json::json!({
        "host": account.host, "port": account.port, "security": account.security,
        "authentication": account.authentication, "username": account.username,
        "delivery": account.delivery, "enabled": account.enabled, "retention": account.retention,
    })
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    key: &SecretKey,
    new: NewPop3Account,
) -> CoreResult<Pop3Account> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let owner = Owner::for_new(&mut tx, principal, new.tenant_id, new.domain_id).await?;
    check_password(&new.password)?;
    let retention = check_retention(new.retention)?;
    let settings = Settings {
        host: new.host,
        port: new.port.unwrap_or(new.security.default_port()),
        security: new.security,
        authentication: new.authentication,
        verify_certificate: new.verify_certificate,
        username: new.username,
        description: new.description,
        enabled: new.enabled,
        deliver_to: match new.delivery {
            Pop3Delivery::Address { address } => Some(address),
            Pop3Delivery::SortingRules => None,
        },
        preferred_header: new.preferred_header,
        drop_duplicates: new.drop_duplicates,
        max_session_bytes: new.max_session_bytes,
        max_session_messages: new.max_session_messages,
        keep_days: retention.keep_days(),
    }
    .check(&mut tx, &owner)
    .await?;
    let sealed = key.seal(&new.password)?;
    let id = Pop3AccountId::new();
    let insert = sqlx::query(
        "INSERT INTO pop3_accounts (id, tenant_id, domain_id, password_sealed, host, port, security, authentication,
             verify_certificate, username, description, enabled, deliver_to, preferred_header, drop_duplicates,
             max_session_bytes, max_session_messages, keep_days)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
    )
    .bind(id.0)
    .bind(owner.tenant)
    .bind(owner.domain.map(|d| d.0))
    .bind(sealed);
    settings.bind(insert).execute(&mut *tx).await?;
    let account = fetch(&mut tx, id.0).await?;
    audit::record(
        &mut tx,
        principal,
        "pop3_account.create",
        "pop3_account",
        Some(id.0),
        owner.place(),
        audited(&account),
    )
    .await?;
    tx.commit().await?;
    Ok(account)
}

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    id: Pop3AccountId,
) -> CoreResult<Pop3Account> {
    let mut conn = pool.acquire().await?;
    Ok(authorized(&mut conn, principal, id, Access::Read)
        .await?
        .into_account())
}

/// The accounts in the caller's reach, by host then id.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &Pop3AccountFilter,
    page: &PageParams,
) -> CoreResult<Pop3AccountPage> {
    let mut qb = QueryBuilder::<Postgres>::new(format!("{SELECT} WHERE true"));
    push_scope(&mut qb, principal)?;
    push_filter(&mut qb, filter);
    if let Some(p) = page.prefix_pattern()? {
        qb.push(" AND (p.host LIKE ")
            .push_bind(p.clone())
            .push(" OR lower(p.username) LIKE ")
            .push_bind(p)
            .push(")");
    }
    page.push_page(&mut qb, "p.host", "p.id")?;
    let rows: Vec<AccountRow> = qb.build_query_as().fetch_all(pool).await?;
    let (rows, next_cursor) = page.finish(rows, |r| (r.host.clone(), r.id))?;
    Ok(Pop3AccountPage {
        items: rows.into_iter().map(AccountRow::into_account).collect(),
        next_cursor,
    })
}

/// How many accounts [`list`] would page through.
pub async fn count(
    pool: &PgPool,
    principal: &Principal,
    filter: &Pop3AccountFilter,
) -> CoreResult<i64> {
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT count(*) FROM pop3_accounts p JOIN tenants t ON t.id = p.tenant_id WHERE true",
    );
    push_scope(&mut qb, principal)?;
    push_filter(&mut qb, filter);
    Ok(qb.build_query_scalar().fetch_one(pool).await?)
}

fn push_filter(qb: &mut QueryBuilder<'_, Postgres>, filter: &Pop3AccountFilter) {
    if let Some(d) = filter.domain_id {
        qb.push(" AND p.domain_id = ").push_bind(d);
    }
    if let Some(t) = filter.tenant_id {
        qb.push(" AND t.ancestors @> ARRAY[")
            .push_bind(t)
            .push("]::uuid[]");
    }
}

/// Narrows a query over `pop3_accounts p JOIN tenants t` (WHERE open) to the caller's reach.
fn push_scope(qb: &mut QueryBuilder<'_, Postgres>, principal: &Principal) -> CoreResult<()> {
    principal.require_admin()?;
    let scope = principal.filter();
    if let Some(t) = scope.tenant {
        qb.push(" AND t.ancestors @> ARRAY[")
            .push_bind(t)
            .push("]::uuid[]");
    }
    if let Some(d) = scope.domain {
        qb.push(" AND p.domain_id = ").push_bind(d);
    }
    Ok(())
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    key: &SecretKey,
    id: Pop3AccountId,
    patch: Pop3AccountPatch,
) -> CoreResult<Pop3Account> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    let owner = row.owner();
    let current = row.into_account();
    let retention = check_retention(patch.retention.unwrap_or(current.retention))?;
    let security = patch.security.unwrap_or(current.security);
    // A new security without a port moves a default port along.
    let port = patch.port.unwrap_or(
        if patch.security.is_some() && current.port == current.security.default_port() {
            security.default_port()
        } else {
            current.port
        },
    );
    let delivery = patch.delivery.clone().unwrap_or(current.delivery.clone());
    let settings = Settings {
        host: patch.host.clone().unwrap_or(current.host.clone()),
        port,
        security,
        authentication: patch.authentication.unwrap_or(current.authentication),
        verify_certificate: patch
            .verify_certificate
            .unwrap_or(current.verify_certificate),
        username: patch.username.clone().unwrap_or(current.username.clone()),
        description: patch
            .description
            .clone()
            .unwrap_or(current.description.clone()),
        enabled: patch.enabled.unwrap_or(current.enabled),
        deliver_to: match delivery {
            Pop3Delivery::Address { address } => Some(address),
            Pop3Delivery::SortingRules => None,
        },
        preferred_header: patch
            .preferred_header
            .clone()
            .unwrap_or(current.preferred_header.clone()),
        drop_duplicates: patch.drop_duplicates.unwrap_or(current.drop_duplicates),
        max_session_bytes: patch.max_session_bytes.unwrap_or(current.max_session_bytes),
        max_session_messages: patch
            .max_session_messages
            .unwrap_or(current.max_session_messages),
        keep_days: retention.keep_days(),
    }
    .check(&mut tx, &owner)
    .await?;
    let sealed = match &patch.password {
        Some(p) => {
            check_password(p)?;
            Some(key.seal(p)?)
        }
        None => None,
    };
    let update = sqlx::query(
        "UPDATE pop3_accounts SET password_sealed = COALESCE($2, password_sealed), host = $3, port = $4,
             security = $5, authentication = $6, verify_certificate = $7, username = $8, description = $9,
             enabled = $10, deliver_to = $11, preferred_header = $12, drop_duplicates = $13,
             max_session_bytes = $14, max_session_messages = $15, keep_days = $16, updated_at = now(),
             -- New settings deserve a run at once, not the end of a back-off.
             retry_after = NULL
         WHERE id = $1",
    )
    .bind(id.0)
    .bind(sealed);
    settings.bind(update).execute(&mut *tx).await?;
    if (&settings.host, &settings.username) != (&current.host, &current.username) {
        // Another mailbox: its UIDLs say nothing of the old one's (the digests still count
        // for duplicates).
        sqlx::query(&format!(
            "UPDATE pop3_downloads SET {GONE} WHERE account_id = $1 AND uidl NOT LIKE 'gone %'"
        ))
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    }
    let account = fetch(&mut tx, id.0).await?;
    let mut changes = audited(&account);
    if patch.password.is_some() {
        changes["password"] = serde_json::json!("(changed)");
    }
    audit::record(
        &mut tx,
        principal,
        "pop3_account.update",
        "pop3_account",
        Some(id.0),
        owner.place(),
        changes,
    )
    .await?;
    tx.commit().await?;
    Ok(account)
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: Pop3AccountId) -> CoreResult<()> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    sqlx::query("DELETE FROM pop3_accounts WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "pop3_account.delete",
        "pop3_account",
        Some(id.0),
        row.owner().place(),
        serde_json::json!({ "host": row.host, "username": row.username }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Which addresses a sorting rule takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SortAddress {
    /// One complete address (compared case-insensitively).
    Exact(EmailAddress),
    /// `*@domain`: every address in the domain.
    Domain(DomainName),
    /// `*`: a message no other rule took.
    Any,
}

/// Where a sorting rule delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleTarget {
    Address(EmailAddress),
    /// `*@domain`: the matched address's local part in this (local) domain.
    SameLocalPart(DomainName),
}

impl SortAddress {
    pub fn parse(text: &str, field: &'static str) -> CoreResult<Self> {
        let text = text.trim();
        if text == "*" {
            return Ok(Self::Any);
        }
        if let Some(domain) = text.strip_prefix("*@") {
            return Ok(Self::Domain(DomainName::parse(domain, field)?));
        }
        if text.contains('*') {
            return Err(CoreError::invalid(
                field,
                "invalid_sort_address",
                "a complete address, *@domain or *",
            ));
        }
        Ok(Self::Exact(EmailAddress::parse(text, field)?))
    }
}

impl std::fmt::Display for SortAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Exact(a) => write!(f, "{a}"),
            Self::Domain(d) => write!(f, "*@{}", d.as_str()),
            Self::Any => f.write_str("*"),
        }
    }
}

impl RuleTarget {
    pub fn parse(text: &str, field: &'static str) -> CoreResult<Self> {
        match text.trim().strip_prefix("*@") {
            Some(domain) => Ok(Self::SameLocalPart(DomainName::parse(domain, field)?)),
            None => Ok(Self::Address(EmailAddress::parse(text, field)?)),
        }
    }
}

impl RuleTarget {
    fn domain(&self) -> &DomainName {
        match self {
            Self::Address(a) => a.domain(),
            Self::SameLocalPart(d) => d,
        }
    }

    /// An address may be outside the server; `*@domain` must be one of its domains; either
    /// must be in the owner's reach when it is the server's.
    fn check_reach(&self, reach: &HashMap<String, bool>) -> CoreResult<()> {
        let local = matches!(self, Self::SameLocalPart(_));
        check_domain(reach, self.domain(), "deliverTo", local)
    }
}

impl std::fmt::Display for RuleTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Address(a) => write!(f, "{a}"),
            Self::SameLocalPart(d) => write!(f, "*@{}", d.as_str()),
        }
    }
}

/// A sorting rule: messages with `sortAddress` in the searched headers go to `deliverTo`.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SortingRule {
    pub id: SortingRuleId,
    pub account_id: Pop3AccountId,
    /// A complete address, `*@domain` (every address in the domain), or `*` (a message no
    /// other rule took; without such a rule it is discarded).
    pub sort_address: String,
    /// A local account, group or alias, an external address, or `*@domain` (with a
    /// `*@domain` sort address: the same local part in that domain of this server).
    pub deliver_to: String,
    pub description: String,
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewSortingRule {
    pub sort_address: String,
    pub deliver_to: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "yes")]
    pub enabled: bool,
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortingRulePatch {
    pub sort_address: Option<String>,
    pub deliver_to: Option<String>,
    pub description: Option<String>,
    pub enabled: Option<bool>,
}

const RULE: &str = "sorting rule";
const RULE_COLUMNS: &str =
    "id, account_id, sort_address, deliver_to, description, enabled, created_at";

/// Checks a rule's pair; returns them as stored.
async fn check_rule(
    conn: &mut PgConnection,
    owner: &Owner,
    sort_address: &str,
    deliver_to: &str,
) -> CoreResult<(String, String)> {
    let (sort, target) = parse_rule(sort_address, deliver_to)?;
    let reach = owner.local_reach(conn, &[target.domain().as_str()]).await?;
    target.check_reach(&reach)?;
    Ok((sort.to_string(), target.to_string()))
}

/// A rule's pair, parsed; `*@domain` delivers only for a `*@domain` sort address.
fn parse_rule(sort_address: &str, deliver_to: &str) -> CoreResult<(SortAddress, RuleTarget)> {
    let sort = SortAddress::parse(sort_address, "sortAddress")?;
    let target = RuleTarget::parse(deliver_to, "deliverTo")?;
    if matches!(target, RuleTarget::SameLocalPart(_)) && !matches!(sort, SortAddress::Domain(_)) {
        return Err(CoreError::invalid(
            "deliverTo",
            "invalid_rule",
            "*@domain delivers only for a *@domain sort address",
        ));
    }
    Ok((sort, target))
}

pub async fn create_rule(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
    new: NewSortingRule,
) -> CoreResult<SortingRule> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    // The account row is locked so the rule count holds.
    let row = authorized(&mut tx, principal, account, Access::Write).await?;
    sqlx::query("SELECT 1 FROM pop3_accounts WHERE id = $1 FOR UPDATE")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    let owner = row.owner();
    let (sort, target) = check_rule(&mut tx, &owner, &new.sort_address, &new.deliver_to).await?;
    let description = names::free_text(&new.description, "description", names::MAX_DESCRIPTION)?;
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM pop3_sorting_rules WHERE account_id = $1")
            .bind(account.0)
            .fetch_one(&mut *tx)
            .await?;
    if count >= MAX_RULES {
        return Err(CoreError::conflict(
            "limit_reached",
            "an account has at most 1000 sorting rules",
        ));
    }
    let rule: SortingRule = sqlx::query_as(&format!(
        "INSERT INTO pop3_sorting_rules (id, account_id, sort_address, deliver_to, description, enabled)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {RULE_COLUMNS}"
    ))
    .bind(SortingRuleId::new().0)
    .bind(account.0)
    .bind(&sort)
    .bind(&target)
    .bind(&description)
    .bind(new.enabled)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| {
        CoreError::unique_violation(e, "already_exists", "sortAddress", "the account has a rule for this sort address")
    })?;
    audit::record(
        &mut tx,
        principal,
        "sorting_rule.create",
        "sorting_rule",
        Some(rule.id.0),
        owner.place(),
        serde_json::json!({ "accountId": account, "sortAddress": sort, "deliverTo": target }),
    )
    .await?;
    tx.commit().await?;
    Ok(rule)
}

/// An account's rules in the order they are tried: complete addresses, then `*@domain`,
/// then `*`.
pub async fn list_rules(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
) -> CoreResult<Vec<SortingRule>> {
    let mut conn = pool.acquire().await?;
    authorized(&mut conn, principal, account, Access::Read).await?;
    rules_of(&mut conn, account.0).await
}

async fn rules_of(conn: &mut PgConnection, account: Uuid) -> CoreResult<Vec<SortingRule>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {RULE_COLUMNS} FROM pop3_sorting_rules WHERE account_id = $1
         ORDER BY CASE WHEN sort_address = '*' THEN 2 WHEN sort_address LIKE '*@%' THEN 1 ELSE 0 END, sort_address"
    ))
    .bind(account)
    .fetch_all(conn)
    .await?)
}

async fn rule_of(
    conn: &mut PgConnection,
    principal: &Principal,
    account: Pop3AccountId,
    rule: SortingRuleId,
) -> CoreResult<(AccountRow, SortingRule)> {
    let row = authorized(conn, principal, account, Access::Write).await?;
    let found: SortingRule = sqlx::query_as(&format!(
        "SELECT {RULE_COLUMNS} FROM pop3_sorting_rules WHERE id = $1 AND account_id = $2"
    ))
    .bind(rule.0)
    .bind(account.0)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(CoreError::NotFound { kind: RULE })?;
    Ok((row, found))
}

pub async fn update_rule(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
    rule: SortingRuleId,
    patch: SortingRulePatch,
) -> CoreResult<SortingRule> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let (row, current) = rule_of(&mut tx, principal, account, rule).await?;
    let owner = row.owner();
    let (sort, target) = check_rule(
        &mut tx,
        &owner,
        patch
            .sort_address
            .as_deref()
            .unwrap_or(&current.sort_address),
        patch.deliver_to.as_deref().unwrap_or(&current.deliver_to),
    )
    .await?;
    let description = names::free_text(
        patch.description.as_deref().unwrap_or(&current.description),
        "description",
        names::MAX_DESCRIPTION,
    )?;
    let updated: SortingRule = sqlx::query_as(&format!(
        "UPDATE pop3_sorting_rules SET sort_address = $2, deliver_to = $3, description = $4, enabled = $5
         WHERE id = $1 RETURNING {RULE_COLUMNS}"
    ))
    .bind(rule.0)
    .bind(&sort)
    .bind(&target)
    .bind(&description)
    .bind(patch.enabled.unwrap_or(current.enabled))
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| {
        CoreError::unique_violation(e, "already_exists", "sortAddress", "the account has a rule for this sort address")
    })?;
    audit::record(
        &mut tx,
        principal,
        "sorting_rule.update",
        "sorting_rule",
        Some(rule.0),
        owner.place(),
        serde_json::json!({ "accountId": account, "sortAddress": sort, "deliverTo": target, "enabled": updated.enabled }),
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

pub async fn delete_rule(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
    rule: SortingRuleId,
) -> CoreResult<()> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let (row, current) = rule_of(&mut tx, principal, account, rule).await?;
    sqlx::query("DELETE FROM pop3_sorting_rules WHERE id = $1")
        .bind(rule.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "sorting_rule.delete",
        "sorting_rule",
        Some(rule.0),
        row.owner().place(),
        serde_json::json!({ "accountId": account, "sortAddress": current.sort_address }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

// ---- What the collector uses ----

/// An account as the collector needs it: connection details with the password opened, and
/// how to sort and keep what it downloads.
#[derive(Clone)]
pub struct CollectTarget {
    pub id: Uuid,
    pub host: String,
    pub port: u16,
    pub security: Pop3Security,
    pub authentication: Pop3Authentication,
    pub verify_certificate: bool,
    pub username: String,
    pub password: String,
    pub delivery: Pop3Delivery,
    pub preferred_header: String,
    pub drop_duplicates: bool,
    pub max_session_bytes: u64,
    pub max_session_messages: u32,
    pub retention: Pop3Retention,
    /// The enabled rules, parsed, in the order they are tried.
    pub rules: Vec<(SortAddress, RuleTarget)>,
    /// Only public addresses may be connected to: the account belongs to a tenant or domain,
    /// whose administrators must not reach the server's own network through it.
    pub public_only: bool,
}

impl std::fmt::Debug for CollectTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password.
        f.debug_struct("CollectTarget")
            .field("id", &self.id)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

type TargetRow = (
    Uuid,
    String,
    i32,
    String,
    String,
    bool,
    String,
    String,
    Option<String>,
    String,
    bool,
    i64,
    i32,
    Option<i32>,
);

const TARGET_COLUMNS: &str = "id, host, port, security, authentication, verify_certificate, username, password_sealed, \
    deliver_to, preferred_header, drop_duplicates, max_session_bytes, max_session_messages, keep_days";

/// The account as the collector uses it. What it delivers to is checked again against its
/// owner's reach: a domain that became another tenant's since the rule was written is not
/// delivered to.
async fn target(
    conn: &mut PgConnection,
    key: &SecretKey,
    row: TargetRow,
) -> CoreResult<CollectTarget> {
    let owner_row: (Uuid, Option<Uuid>, Vec<Uuid>, bool) = sqlx::query_as(
        "SELECT p.tenant_id, p.domain_id, t.ancestors, t.parent_id IS NULL AND p.domain_id IS NULL
         FROM pop3_accounts p JOIN tenants t ON t.id = p.tenant_id WHERE p.id = $1",
    )
    .bind(row.0)
    .fetch_one(&mut *conn)
    .await?;
    let owner = Owner {
        tenant: owner_row.0,
        domain: owner_row.1.map(DomainId),
        tenant_path: owner_row.2,
    };
    let deliver_to = row
        .8
        .as_deref()
        .map(|a| EmailAddress::parse(a, "delivery.address"))
        .transpose()?;
    let mut parsed = Vec::new();
    for r in rules_of(conn, row.0).await? {
        match parse_rule(&r.sort_address, &r.deliver_to) {
            Ok(rule) if r.enabled => parsed.push((r.id, rule)),
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(rule = %r.id, error = %e, "a stored sorting rule does not parse; skipped")
            }
        }
    }
    let names: Vec<&str> = parsed
        .iter()
        .map(|(_, (_, to))| to.domain().as_str())
        .chain(deliver_to.iter().map(|a| a.domain().as_str()))
        .collect();
    let reach = owner.local_reach(conn, &names).await?;
    if let Some(address) = &deliver_to {
        check_domain(&reach, address.domain(), "delivery.address", false)?;
    }
    let mut rules = Vec::new();
    for (id, (sort, to)) in parsed {
        match to.check_reach(&reach) {
            Ok(()) => rules.push((sort, to)),
            Err(e) => {
                tracing::warn!(rule = %id, error = %e, "a sorting rule is no longer valid; skipped")
            }
        }
    }
    Ok(CollectTarget {
        public_only: !owner_row.3,
        id: row.0,
        host: row.1,
        port: u16::try_from(row.2).unwrap_or(110),
        security: Pop3Security::parse(&row.3),
        authentication: Pop3Authentication::parse(&row.4),
        verify_certificate: row.5,
        username: row.6,
        password: key.open(&row.7)?,
        delivery: match row.8 {
            Some(address) => Pop3Delivery::Address { address },
            None => Pop3Delivery::SortingRules,
        },
        preferred_header: row.9,
        drop_duplicates: row.10,
        max_session_bytes: u64::try_from(row.11).unwrap_or(0),
        max_session_messages: u32::try_from(row.12).unwrap_or(0),
        retention: Pop3Retention::from_keep_days(row.13),
        rules,
    })
}

/// Where a rule sends a matched address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matched {
    /// The rule's own target.
    Target(EmailAddress),
    /// The address's local part in another domain (`*@a > *@b`): it counts only if that
    /// address exists here.
    SameLocalPart(EmailAddress),
}

/// The rule that takes `address`: a complete address first, then `*@domain`. The `*` rule is
/// not consulted here (it applies to the message as a whole).
pub fn rule_for(rules: &[(SortAddress, RuleTarget)], address: &EmailAddress) -> Option<Matched> {
    let exact = rules
        .iter()
        .find(|(sort, _)| matches!(sort, SortAddress::Exact(a) if a == address));
    let by_domain = || {
        rules
            .iter()
            .find(|(sort, _)| matches!(sort, SortAddress::Domain(d) if d == address.domain()))
    };
    let (_, target) = exact.or_else(by_domain)?;
    match target {
        RuleTarget::Address(a) => Some(Matched::Target(a.clone())),
        RuleTarget::SameLocalPart(domain) => {
            EmailAddress::parse(&format!("{}@{}", address.local(), domain.as_str()), "rule")
                .ok()
                .map(Matched::SameLocalPart)
        }
    }
}

/// The target of the `*` rule, if the account has one.
pub fn catch_all(rules: &[(SortAddress, RuleTarget)]) -> Option<EmailAddress> {
    rules
        .iter()
        .find_map(|(sort, target)| match (sort, target) {
            (SortAddress::Any, RuleTarget::Address(a)) => Some(a.clone()),
            _ => None,
        })
}

impl CollectTarget {
    /// Whether a message downloaded at `downloaded_at` goes from the server now.
    pub fn deletes(&self, downloaded_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        match self.retention {
            Pop3Retention::Delete => true,
            Pop3Retention::Keep => false,
            Pop3Retention::KeepDays { days } => {
                downloaded_at + chrono::Duration::days(i64::from(days)) <= now
            }
        }
    }

    /// Whether a session that took `taken` messages of `bytes` in all may take one of `size`
    /// more. A message alone larger than the byte limit still comes, on a session of its own.
    pub fn has_room(&self, taken: u32, bytes: u64, size: u64) -> bool {
        let counted_out = self.max_session_messages > 0 && taken >= self.max_session_messages;
        let sized_out =
            self.max_session_bytes > 0 && taken > 0 && bytes + size > self.max_session_bytes;
        !(counted_out || sized_out)
    }
}

/// An account's connection details for a connection test by an administrator who may
/// change it (the test uses its password).
pub async fn test_target(
    pool: &PgPool,
    principal: &Principal,
    key: &SecretKey,
    id: Pop3AccountId,
) -> CoreResult<CollectTarget> {
    principal.require_writable()?;
    let mut conn = pool.acquire().await?;
    authorized(&mut conn, principal, id, Access::Write).await?;
    let row: TargetRow = sqlx::query_as(&format!(
        "SELECT {TARGET_COLUMNS} FROM pop3_accounts WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_one(&mut *conn)
    .await?;
    target(&mut conn, key, row).await
}

/// What testing an account's connection found.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionTest {
    /// Connected, negotiated TLS as the account says and logged in.
    pub ok: bool,
    /// The connection was encrypted.
    pub secure: bool,
    /// Messages and bytes waiting in the remote mailbox.
    pub messages: Option<u32>,
    pub bytes: Option<u64>,
    /// What failed: resolving, connecting, TLS (with the certificate's fault), or the login.
    pub error: Option<String>,
}

/// How long a claim on an account or a job lasts unless its process extends it.
pub const LEASE_SECONDS: i64 = 120;

/// Why an account was not collected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotLeased {
    /// Another process (or run) is collecting it.
    Busy,
    Disabled,
    Gone,
    /// Its settings cannot be used now (the password cannot be opened with this server's key,
    /// its delivery address is outside its owner's reach): recorded as a failed run.
    Unusable(String),
}

/// Takes the account for `process` unless someone else holds it: no account is collected by
/// two processes (or two runs) at once.
pub async fn lease(
    pool: &PgPool,
    key: &SecretKey,
    account: Uuid,
    process: Uuid,
) -> CoreResult<Result<CollectTarget, NotLeased>> {
    let mut tx = pool.begin().await?;
    let state: Option<(bool, bool)> = sqlx::query_as(
        "SELECT enabled, COALESCE(running_until > now(), false) FROM pop3_accounts WHERE id = $1 FOR UPDATE",
    )
    .bind(account)
    .fetch_optional(&mut *tx)
    .await?;
    match state {
        None => return Ok(Err(NotLeased::Gone)),
        Some((false, _)) => return Ok(Err(NotLeased::Disabled)),
        Some((_, true)) => return Ok(Err(NotLeased::Busy)),
        Some(_) => {}
    }
    let row: TargetRow = sqlx::query_as(&format!(
        "UPDATE pop3_accounts SET running_by = $2, running_until = now() + make_interval(secs => $3)
         WHERE id = $1 RETURNING {TARGET_COLUMNS}"
    ))
    .bind(account)
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    let mut conn = pool.acquire().await?;
    match target(&mut conn, key, row).await {
        Ok(target) => Ok(Ok(target)),
        Err(e) => {
            let why = format!("the account cannot be used: {e}");
            let failed = AccountRunResult {
                error: Some(why.clone()),
                ..AccountRunResult::default()
            };
            finish_run(pool, account, process, &failed).await?;
            Ok(Err(NotLeased::Unusable(why)))
        }
    }
}

/// Extends the claims of `process` on the accounts and jobs it is still at (only those: a
/// claim a failed run could not give back ends by itself).
pub async fn extend_leases(
    pool: &PgPool,
    process: Uuid,
    accounts: &[Uuid],
    jobs: &[Uuid],
) -> CoreResult<()> {
    sqlx::query(
        "UPDATE pop3_accounts SET running_until = now() + make_interval(secs => $2)
         WHERE id IN (SELECT id FROM pop3_accounts WHERE id = ANY($3) AND running_by = $1
                      AND running_until IS NOT NULL ORDER BY id FOR UPDATE)",
    )
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .bind(accounts)
    .execute(pool)
    .await?;
    sqlx::query(
        "UPDATE collection_jobs SET claimed_until = now() + make_interval(secs => $2)
         WHERE claimed_by = $1 AND state = 'running' AND id = ANY($3)",
    )
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .bind(jobs)
    .execute(pool)
    .await?;
    Ok(())
}

/// What one collection of an account did.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccountRunResult {
    pub account_id: Option<Pop3AccountId>,
    pub host: String,
    pub username: String,
    /// Messages stored here (delivered to at least one recipient).
    pub messages: i32,
    /// Bytes downloaded.
    pub bytes: i64,
    /// Messages dropped as duplicates of one already collected.
    pub duplicates: i32,
    /// Messages no rule took (no `*` rule): logged and dropped.
    pub discarded: i32,
    /// Messages left for a later session by the per-session limits or a temporary failure.
    pub deferred: i32,
    /// Messages deleted on the remote server.
    pub deleted: i32,
    /// Why the run failed or was skipped; absent when it succeeded.
    pub error: Option<String>,
    /// A run that worked but left a message on the server (a full mailbox, a target that takes
    /// no mail, a message over the size bound): shown as the account's last error without
    /// counting as a failure.
    pub warning: Option<String>,
    /// The run did not happen: the account was busy, disabled or backing off.
    pub skipped: bool,
}

/// Back-off after `failures` failed runs in a row: 1, 2, 4 ... minutes, at most an hour.
fn back_off(failures: i32) -> i64 {
    let exponent = u32::try_from(failures.clamp(1, 7) - 1).unwrap_or(0);
    (1_i64 << exponent).min(60) * 60
}

/// Records how a run of `process` went and gives the account back (unless its lease was lost
/// meanwhile: then it is another run's).
pub async fn finish_run(
    pool: &PgPool,
    account: Uuid,
    process: Uuid,
    result: &AccountRunResult,
) -> CoreResult<()> {
    match &result.error {
        None => {
            sqlx::query(
                "UPDATE pop3_accounts SET running_by = NULL, running_until = NULL, last_run_at = now(),
                     last_success_at = now(), last_error = $4, consecutive_failures = 0, retry_after = NULL,
                     last_messages = $2, last_bytes = $3, total_messages = total_messages + $2,
                     total_bytes = total_bytes + $3
                 WHERE id = $1 AND running_by = $5",
            )
            .bind(account)
            .bind(result.messages)
            .bind(result.bytes)
            .bind(&result.warning)
            .bind(process)
            .execute(pool)
            .await?;
        }
        Some(error) => {
            let failures: Option<i32> = sqlx::query_scalar(
                "UPDATE pop3_accounts SET running_by = NULL, running_until = NULL, last_run_at = now(),
                     last_error = $2, consecutive_failures = consecutive_failures + 1,
                     last_messages = $3, last_bytes = $4, total_messages = total_messages + $3,
                     total_bytes = total_bytes + $4
                 WHERE id = $1 AND running_by = $5 RETURNING consecutive_failures",
            )
            .bind(account)
            .bind(error)
            .bind(result.messages)
            .bind(result.bytes)
            .bind(process)
            .fetch_optional(pool)
            .await?;
            if let Some(failures) = failures {
                sqlx::query(
                    "UPDATE pop3_accounts SET retry_after = now() + make_interval(secs => $2) WHERE id = $1",
                )
                .bind(account)
                .bind(back_off(failures) as f64)
                .execute(pool)
                .await?;
            }
        }
    }
    Ok(())
}

/// The messages of `uidls` already collected for the account, with when.
pub async fn downloaded(
    pool: &PgPool,
    account: Uuid,
    uidls: &[String],
) -> CoreResult<Vec<(String, DateTime<Utc>)>> {
    Ok(sqlx::query_as(
        "SELECT uidl, downloaded_at FROM pop3_downloads WHERE account_id = $1 AND uidl = ANY($2)",
    )
    .bind(account)
    .bind(uidls)
    .fetch_all(pool)
    .await?)
}

/// Whether a message with this digest was collected for the account before.
pub async fn seen_digest(pool: &PgPool, account: Uuid, sha256: &[u8]) -> CoreResult<bool> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pop3_downloads WHERE account_id = $1 AND sha256 = $2)",
    )
    .bind(account)
    .bind(sha256)
    .fetch_one(pool)
    .await?)
}

/// Records a message taken without storing it (a duplicate, or one no rule took). Stored
/// messages are recorded by the delivery pipeline, in the transaction that stores them.
pub async fn record_download(
    pool: &PgPool,
    account: Uuid,
    uidl: &str,
    sha256: &[u8],
) -> CoreResult<()> {
    sqlx::query(
        "INSERT INTO pop3_downloads (account_id, uidl, sha256) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(account)
    .bind(uidl)
    .bind(sha256)
    .execute(pool)
    .await?;
    Ok(())
}

/// Marks a download as no longer on the server: a space cannot be in a UIDL (RFC 1939: 0x21 to
/// 0x7E), so the row matches no UIDL again; its digest counts for duplicates for another 30
/// days from now.
const GONE: &str = "uidl = 'gone ' || gen_random_uuid() || ' ' || uidl, downloaded_at = now()";

/// Downloads whose UIDL the server no longer lists keep only their digest (a new message that
/// gets a reused UIDL is not taken for them), and are forgotten once too old to matter for
/// duplicates. `present` is the server's whole UIDL list.
pub async fn forget_downloads(pool: &PgPool, account: Uuid, present: &[String]) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "DELETE FROM pop3_downloads WHERE account_id = $1 AND uidl LIKE 'gone %'
         AND downloaded_at < now() - make_interval(days => $2)",
    )
    .bind(account)
    .bind(DIGEST_MEMORY_DAYS)
    .execute(&mut *tx)
    .await?;
    sqlx::query(&format!(
        "UPDATE pop3_downloads SET {GONE} WHERE account_id = $1 AND uidl <> ALL($2)
         AND uidl NOT LIKE 'gone %' AND uidl NOT LIKE 'content %'"
    ))
    .bind(account)
    .bind(present)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

// ---- Jobs ----

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    Queued,
    Running,
    Finished,
}

/// A run of the collector: one account, or every enabled account in the requester's reach.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CollectionJob {
    pub id: CollectionJobId,
    pub state: JobState,
    /// The one account collected; absent for a run of all.
    pub account_id: Option<Pop3AccountId>,
    pub all_accounts: bool,
    /// Started by the scheduler (such runs skip accounts that are backing off).
    pub scheduled: bool,
    pub requested_by: String,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    /// One entry per account, as each finished.
    pub results: Vec<AccountRunResult>,
    /// Sums over `results`.
    pub messages: i64,
    pub bytes: i64,
    /// Accounts whose run failed.
    pub failed: i32,
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunCollection {
    /// One account; leave out for every enabled account in the caller's reach.
    pub account_id: Option<Pop3AccountId>,
}

type JobRow = (
    Uuid,
    String,
    Option<Uuid>,
    bool,
    bool,
    String,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    sqlx::types::Json<Vec<AccountRunResult>>,
    Uuid,
    Option<Uuid>,
    Vec<Uuid>,
);

const JOB_SELECT: &str = "SELECT j.id, j.state, j.account_id, j.all_accounts, j.scheduled, j.requested_by, j.created_at, \
    j.started_at, j.finished_at, j.results, j.tenant_id, j.domain_id, t.ancestors \
    FROM collection_jobs j JOIN tenants t ON t.id = j.tenant_id";

fn job(row: JobRow) -> (CollectionJob, Owner) {
    let results = row.9.0;
    let owner = Owner {
        tenant: row.10,
        tenant_path: row.12,
        domain: row.11.map(DomainId),
    };
    (
        CollectionJob {
            id: CollectionJobId(row.0),
            state: match row.1.as_str() {
                "queued" => JobState::Queued,
                "running" => JobState::Running,
                _ => JobState::Finished,
            },
            account_id: row.2.map(Pop3AccountId),
            all_accounts: row.3,
            scheduled: row.4,
            requested_by: row.5,
            created_at: row.6,
            started_at: row.7,
            finished_at: row.8,
            messages: results.iter().map(|r| i64::from(r.messages)).sum(),
            bytes: results.iter().map(|r| r.bytes).sum(),
            failed: i32::try_from(
                results
                    .iter()
                    .filter(|r| r.error.is_some() && !r.skipped)
                    .count(),
            )
            .unwrap_or(i32::MAX),
            results,
        },
        owner,
    )
}

async fn job_by_id(conn: &mut PgConnection, id: Uuid) -> CoreResult<(CollectionJob, Owner)> {
    let row: JobRow = sqlx::query_as(&format!("{JOB_SELECT} WHERE j.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound {
            kind: "collection job",
        })?;
    Ok(job(row))
}

/// Asks for a run ("download now"): of one account the caller may change, or of every enabled
/// account in its reach. Returns the queued job; any process's collector takes it up.
pub async fn run_collection(
    pool: &PgPool,
    principal: &Principal,
    input: RunCollection,
) -> CoreResult<CollectionJob> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let (owner, account) = match input.account_id {
        Some(id) => (
            authorized(&mut tx, principal, id, Access::Write)
                .await?
                .owner(),
            Some(id.0),
        ),
        None => {
            let domain = match &principal.role {
                Role::DomainAdmin { domain_id, .. } => Some(*domain_id),
                _ => None,
            };
            (
                Owner::for_new(&mut tx, principal, None, domain).await?,
                None,
            )
        }
    };
    // A run of the same thing that has not started yet is that run: asking again and again
    // queues no more than one behind the one running.
    let key = match account {
        Some(a) => a.to_string(),
        None => format!("all:{}:{:?}", owner.tenant, owner.domain),
    };
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))")
        .bind(&key)
        .execute(&mut *tx)
        .await?;
    let waiting: Option<Uuid> = sqlx::query_scalar(
        "SELECT id FROM collection_jobs WHERE state = 'queued' AND NOT scheduled
           AND account_id IS NOT DISTINCT FROM $1 AND all_accounts = $2 AND tenant_id = $3
           AND domain_id IS NOT DISTINCT FROM $4
         ORDER BY created_at LIMIT 1",
    )
    .bind(account)
    .bind(account.is_none())
    .bind(owner.tenant)
    .bind(owner.domain.map(|d| d.0))
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(waiting) = waiting {
        let (job, _) = job_by_id(&mut tx, waiting).await?;
        tx.commit().await?;
        return Ok(job);
    }
    let id = CollectionJobId::new();
    sqlx::query(
        "INSERT INTO collection_jobs (id, account_id, all_accounts, tenant_id, domain_id, requested_by, state)
         VALUES ($1, $2, $3, $4, $5, $6, 'queued')",
    )
    .bind(id.0)
    .bind(account)
    .bind(account.is_none())
    .bind(owner.tenant)
    .bind(owner.domain.map(|d| d.0))
    .bind(&principal.actor)
    .execute(&mut *tx)
    .await?;
    announce(&mut tx).await?;
    let (job, _) = job_by_id(&mut tx, id.0).await?;
    tx.commit().await?;
    Ok(job)
}

pub async fn get_job(
    pool: &PgPool,
    principal: &Principal,
    id: CollectionJobId,
) -> CoreResult<CollectionJob> {
    let mut conn = pool.acquire().await?;
    let (job, owner) = job_by_id(&mut conn, id.0).await?;
    owner.authorize(principal, Access::Read, "collection job")?;
    Ok(job)
}

/// Queues the scheduler's run of every enabled account, unless one is still waiting or
/// running (runs do not pile up behind a slow server).
pub async fn enqueue_scheduled(pool: &PgPool) -> CoreResult<Option<CollectionJobId>> {
    let mut tx = pool.begin().await?;
    let root = crate::tenants::root_in(&mut tx).await?;
    let id = CollectionJobId::new();
    let queued = sqlx::query(
        "INSERT INTO collection_jobs (id, all_accounts, tenant_id, scheduled, requested_by, state)
         SELECT $1, true, $2, true, 'scheduler', 'queued'
         WHERE NOT EXISTS (SELECT 1 FROM collection_jobs WHERE scheduled AND state <> 'finished')",
    )
    .bind(id.0)
    .bind(root.0)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    announce(&mut tx).await?;
    tx.commit().await?;
    Ok((queued > 0).then_some(id))
}

/// Tells the collectors of every process that a job is waiting (delivered at commit).
async fn announce(conn: &mut PgConnection) -> CoreResult<()> {
    sqlx::query("SELECT pg_notify('postbay_collection', '')")
        .execute(conn)
        .await?;
    Ok(())
}

/// A job a collector took, with the accounts it covers.
#[derive(Debug, Clone)]
pub struct ClaimedJob {
    pub id: Uuid,
    pub scheduled: bool,
    pub accounts: Vec<Uuid>,
}

/// Takes the oldest waiting job (or one whose process died) for `process`.
pub async fn claim_job(pool: &PgPool, process: Uuid) -> CoreResult<Option<ClaimedJob>> {
    let mut tx = pool.begin().await?;
    // id, account, all accounts, scheduled, tenant, domain
    type Waiting = (Uuid, Option<Uuid>, bool, bool, Uuid, Option<Uuid>);
    let found: Option<Waiting> = sqlx::query_as(
        "SELECT id, account_id, all_accounts, scheduled, tenant_id, domain_id FROM collection_jobs
         WHERE state = 'queued' OR (state = 'running' AND claimed_until < now())
         ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED",
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some((id, account, all, scheduled, tenant, domain)) = found else {
        return Ok(None);
    };
    sqlx::query(
        "UPDATE collection_jobs SET state = 'running', claimed_by = $2, started_at = COALESCE(started_at, now()),
             claimed_until = now() + make_interval(secs => $3)
         WHERE id = $1",
    )
    .bind(id)
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .execute(&mut *tx)
    .await?;
    // A job taken up again does not redo the accounts it has results for.
    let accounts: Vec<Uuid> = if all {
        sqlx::query_scalar(
            "SELECT p.id FROM pop3_accounts p JOIN tenants t ON t.id = p.tenant_id
             WHERE p.enabled AND t.ancestors @> ARRAY[$1]::uuid[] AND ($2::uuid IS NULL OR p.domain_id = $2)
               AND (NOT $3 OR p.retry_after IS NULL OR p.retry_after <= now())
               AND NOT EXISTS (SELECT 1 FROM collection_jobs j, jsonb_array_elements(j.results) r
                               WHERE j.id = $4 AND r->>'accountId' = p.id::text)
             ORDER BY p.id",
        )
        .bind(tenant)
        .bind(domain)
        .bind(scheduled)
        .bind(id)
        .fetch_all(&mut *tx)
        .await?
    } else {
        account.into_iter().collect()
    };
    tx.commit().await?;
    Ok(Some(ClaimedJob {
        id,
        scheduled,
        accounts,
    }))
}

/// Adds one account's result to a job (as soon as it is known, so progress can be read).
pub async fn add_job_result(pool: &PgPool, job: Uuid, result: &AccountRunResult) -> CoreResult<()> {
    sqlx::query("UPDATE collection_jobs SET results = results || jsonb_build_array($2::jsonb) WHERE id = $1")
        .bind(job)
        .bind(sqlx::types::Json(result))
        .execute(pool)
        .await?;
    Ok(())
}

/// Marks a job finished and drops finished jobs older than a week.
pub async fn finish_job(pool: &PgPool, job: Uuid) -> CoreResult<()> {
    sqlx::query(
        "UPDATE collection_jobs SET state = 'finished', finished_at = now(), claimed_by = NULL, claimed_until = NULL
         WHERE id = $1",
    )
    .bind(job)
    .execute(pool)
    .await?;
    sqlx::query(
        "DELETE FROM collection_jobs WHERE state = 'finished' AND finished_at < now() - make_interval(days => $1)",
    )
    .bind(JOB_DAYS)
    .execute(pool)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_addresses_parse_into_their_forms() {
        assert_eq!(SortAddress::parse("*", "f").ok(), Some(SortAddress::Any));
        assert!(matches!(
            SortAddress::parse("*@Company.com", "f"),
            Ok(SortAddress::Domain(d)) if d.as_str() == "company.com"
        ));
        assert!(matches!(
            SortAddress::parse("Bob@Company.com", "f"),
            Ok(SortAddress::Exact(a)) if a.to_string() == "bob@company.com"
        ));
        assert!(SortAddress::parse("bob*@company.com", "f").is_err());
        assert!(SortAddress::parse("company.com", "f").is_err());
        assert!(matches!(
            RuleTarget::parse("*@other.org", "f"),
            Ok(RuleTarget::SameLocalPart(d)) if d.as_str() == "other.org"
        ));
    }

    #[test]
    fn a_complete_address_wins_over_its_domain() {
        let rules = vec![
            rule("*", "admin@company.com"),
            rule("*@company.com", "*@company.com"),
            rule("alice@company.com", "carol@company.com"),
        ];
        assert_eq!(
            rule_for(&rules, &address("Alice@company.com")),
            Some(Matched::Target(address("carol@company.com")))
        );
        assert_eq!(
            rule_for(&rules, &address("bob@company.com")),
            Some(Matched::SameLocalPart(address("bob@company.com")))
        );
        assert_eq!(rule_for(&rules, &address("bob@else.org")), None);
        assert_eq!(catch_all(&rules), Some(address("admin@company.com")));
        assert_eq!(catch_all(&rules[1..]), None);
    }

    fn rule(sort: &str, target: &str) -> (SortAddress, RuleTarget) {
        (
            SortAddress::parse(sort, "s").expect("sort"),
            RuleTarget::parse(target, "t").expect("target"),
        )
    }

    fn address(text: &str) -> EmailAddress {
        EmailAddress::parse(text, "a").expect("address")
    }

    #[test]
    fn back_off_doubles_to_an_hour() {
        assert_eq!(back_off(1), 60);
        assert_eq!(back_off(2), 120);
        assert_eq!(back_off(6), 32 * 60);
        assert_eq!(back_off(7), 60 * 60);
        assert_eq!(back_off(50), 60 * 60);
    }

    #[test]
    fn retention_round_trips_through_keep_days() {
        for r in [
            Pop3Retention::Delete,
            Pop3Retention::Keep,
            Pop3Retention::KeepDays { days: 14 },
        ] {
            assert_eq!(Pop3Retention::from_keep_days(r.keep_days()), r);
        }
        assert!(check_retention(Pop3Retention::KeepDays { days: 0 }).is_err());
    }

    #[test]
    fn credentials_refuse_line_breaks_and_long_passwords() {
        assert!(check_password(&"x".repeat(119)).is_ok());
        assert!(check_password(&"x".repeat(120)).is_err());
        assert!(check_password("a\r\nDELE 1").is_err());
        assert!(check_header_name("X-Envelope-To:").is_ok());
        assert!(check_header_name("Bad Header").is_err());
    }
}
