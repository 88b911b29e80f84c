//! Remote POP3 accounts: what they connect to, where they deliver, how long mail stays, and
//! the checks that keep each inside its owner's reach.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::{Access, Principal};
use crate::audit::{self};
use crate::error::{CoreError, CoreResult};
use crate::ids::{DomainId, Pop3AccountId, TenantId};
use crate::list::{PageParams, page_type};
use crate::names::{self, DomainName, EmailAddress};
use crate::secrets::SecretKey;

use super::{GONE, MAX_PASSWORD, Owner};

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

crate::stored_as_text!(Pop3Security { None => "none", Tls => "tls", Stls => "stls" });

impl Pop3Security {
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

crate::stored_as_text!(Pop3Authentication { Plain => "plain", Apop => "apop" });

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
    pub(super) fn keep_days(self) -> Option<i32> {
        match self {
            Self::Delete => None,
            Self::Keep => Some(0),
            Self::KeepDays { days } => Some(days),
        }
    }

    pub(super) fn from_keep_days(days: Option<i32>) -> Self {
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

pub(super) fn yes() -> bool {
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
    #[schema(min_length = 1, max_length = 119)]
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
pub(super) fn check_domain(
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

pub(super) fn check_header_name(value: &str) -> CoreResult<String> {
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

pub(super) fn check_retention(retention: Pop3Retention) -> CoreResult<Pop3Retention> {
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

pub(super) fn check_password(password: &str) -> CoreResult<()> {
    check_credential(password, "password", MAX_PASSWORD)
}

#[derive(sqlx::FromRow)]
pub(super) struct AccountRow {
    id: Uuid,
    tenant_id: Uuid,
    domain_id: Option<Uuid>,
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
    pub(super) fn owner(&self) -> Owner {
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
            security: self.security,
            authentication: self.authentication,
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

pub(super) async fn authorized(
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
    scope.push_reach(qb, "t.ancestors", "p.domain_id");
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
