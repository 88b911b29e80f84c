//! Accounts (mailboxes). One creation path serves single creates, bulk creates and CSV import:
//! items are validated, checked against names already taken and against the limits of the
//! domain and every tenant above it, then written with one statement per table.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

pub use super::account_reach::{
    AccountPlace, authorize, authorize_mail_search, authorize_on_behalf,
};
use super::account_reach::{authorized_row, guard_target};
use crate::access::{Access, Principal, Role};
use crate::admin_roles::{AdminRole, ensure_server_admin_remains};
use crate::audit::{self, Place};
use crate::counters::{Counter, bump};
use crate::domains::{self, DomainContext};
use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, DomainId, GroupId, PlanId, TemplateId, TenantId};
use crate::list::{PageParams, page_type};
use crate::names::{self, EmailAddress, LocalPart};
use crate::passwords;
use crate::search::{self, Kind, SearchPage, SearchQuery, Searchable, col, quick};
use crate::status::{Status, StatusReason};

pub const MAX_ADDRESSES: usize = 50;
pub const MAX_FORWARDS: usize = 50;
pub const MAX_GROUPS: usize = 100;
pub const MAX_BULK: usize = 1000;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Quota {
    /// Bytes; 0 = unlimited.
    pub bytes: i64,
    /// Messages; 0 = unlimited.
    pub messages: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MailboxUsage {
    pub bytes: i64,
    pub messages: i64,
    /// Percent of the tighter limited quota; null when both are unlimited.
    pub percent: Option<f64>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Forwarding {
    pub targets: Vec<String>,
    /// Also deliver to the account's own mailbox.
    pub keep_copy: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub id: AccountId,
    pub domain_id: DomainId,
    /// The local part used to log in (case-insensitive).
    pub login_name: String,
    /// `loginName@domain`.
    pub email: String,
    pub full_name: String,
    pub description: String,
    pub status: Status,
    /// Why it is suspended; present exactly when `status` is `suspended`.
    pub status_reason: Option<StatusReason>,
    /// When an account pending deletion is purged.
    pub purge_after: Option<DateTime<Utc>>,
    pub has_password: bool,
    pub quota: Quota,
    /// The service plan its limits come from, if any.
    pub plan_id: Option<PlanId>,
    pub usage: MailboxUsage,
    pub admin_role: AdminRole,
    pub domain_admin: bool,
    pub tenant_admin_of: Option<TenantId>,
    pub publish_in_address_list: bool,
    pub local_only: bool,
    /// Largest message the account may send, bytes; 0 = the domain's limit applies.
    pub max_outgoing_message_size: i64,
    /// Extra local parts in the account's domain.
    pub addresses: Vec<String>,
    pub forwarding: Forwarding,
    pub external_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A new account. Fields left out come from the template, if one is named, else defaults.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewAccount {
    #[schema(min_length = 1)]
    pub login_name: String,
    /// Plain password, hashed with Argon2id. Write-only.
    pub password: Option<String>,
    /// An already-hashed password (Argon2 PHC string), for migrations. Write-only.
    pub password_hash: Option<String>,
    #[serde(default)]
    pub full_name: String,
    pub description: Option<String>,
    #[serde(default)]
    pub status: Status,
    /// With status `suspended`: `billing`, `abuse` or `admin` (the default).
    pub status_reason: Option<StatusReason>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub quota_bytes: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub quota_messages: Option<i64>,
    pub admin_role: Option<AdminRole>,
    pub domain_admin: Option<bool>,
    pub tenant_admin_of: Option<TenantId>,
    pub publish_in_address_list: Option<bool>,
    pub local_only: Option<bool>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_outgoing_message_size: Option<i64>,
    #[serde(default)]
    pub addresses: Vec<String>,
    #[serde(default)]
    pub forward_to: Vec<String>,
    pub forward_keep_copy: Option<bool>,
    /// Groups (of the same domain) to join.
    #[serde(default)]
    pub groups: Vec<GroupId>,
    pub template_id: Option<TemplateId>,
    pub external_id: Option<String>,
    /// A service plan to provision it on: its limits come from the plan.
    pub plan_id: Option<PlanId>,
}

/// Account defaults a template carries.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AccountDefaults {
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub quota_bytes: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub quota_messages: Option<i64>,
    pub admin_role: Option<AdminRole>,
    pub domain_admin: Option<bool>,
    pub publish_in_address_list: Option<bool>,
    pub local_only: Option<bool>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_outgoing_message_size: Option<i64>,
    pub forward_keep_copy: Option<bool>,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AccountPatch {
    pub password: Option<String>,
    pub password_hash: Option<String>,
    pub full_name: Option<String>,
    pub description: Option<String>,
    pub status: Option<Status>,
    /// With status `suspended`: `billing`, `abuse` or `admin` (the default).
    pub status_reason: Option<StatusReason>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub quota_bytes: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub quota_messages: Option<i64>,
    pub admin_role: Option<AdminRole>,
    pub domain_admin: Option<bool>,
    #[serde(default, deserialize_with = "crate::patch::present")]
    #[schema(value_type = Option<TenantId>)]
    pub tenant_admin_of: Option<Option<TenantId>>,
    pub publish_in_address_list: Option<bool>,
    pub local_only: Option<bool>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_outgoing_message_size: Option<i64>,
    /// Replaces the extra addresses.
    pub addresses: Option<Vec<String>>,
    /// Replaces the forwarding targets.
    pub forward_to: Option<Vec<String>>,
    pub forward_keep_copy: Option<bool>,
    #[serde(default, deserialize_with = "crate::patch::present")]
    #[schema(value_type = Option<String>)]
    pub external_id: Option<Option<String>>,
    /// Puts it on a service plan (its limits become the plan's, atomically), or takes it off
    /// one (null; the limits stay). A plan below current usage is refused unless `force`.
    #[serde(default, deserialize_with = "crate::patch::present")]
    #[schema(value_type = Option<PlanId>)]
    pub plan_id: Option<Option<PlanId>>,
}

impl AccountPatch {
    /// The fields an account may change on itself.
    fn is_self_service(&self) -> bool {
        self.description.is_none()
            && self.status.is_none()
            && self.status_reason.is_none()
            && self.quota_bytes.is_none()
            && self.quota_messages.is_none()
            && self.admin_role.is_none()
            && self.domain_admin.is_none()
            && self.tenant_admin_of.is_none()
            && self.publish_in_address_list.is_none()
            && self.local_only.is_none()
            && self.max_outgoing_message_size.is_none()
            && self.addresses.is_none()
            && self.external_id.is_none()
            && self.plan_id.is_none()
    }
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct AccountFilter {
    pub domain_id: Option<Uuid>,
    /// Accounts of this tenant's whole subtree.
    pub tenant_id: Option<Uuid>,
    pub status: Option<Status>,
    pub external_id: Option<String>,
    /// Case-insensitive prefix of the full name.
    pub full_name: Option<String>,
}

page_type!(AccountPage, Account);

#[derive(sqlx::FromRow)]
pub(super) struct AccountRow {
    id: Uuid,
    pub(super) domain_id: Uuid,
    domain_name: String,
    login: String,
    full_name: String,
    description: String,
    has_password: bool,
    pub(super) status: Status,
    status_reason: Option<StatusReason>,
    purge_after: Option<DateTime<Utc>>,
    quota_bytes: i64,
    quota_messages: i64,
    plan_id: Option<Uuid>,
    used_bytes: i64,
    used_messages: i64,
    admin_role: AdminRole,
    domain_admin: bool,
    tenant_admin_of: Option<Uuid>,
    publish_in_address_list: bool,
    local_only: bool,
    max_outgoing_message_size: i64,
    forward_to: Vec<String>,
    forward_keep_copy: bool,
    addresses: Vec<String>,
    external_id: Option<String>,
    pub(super) tenant_path: Vec<Uuid>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

const SELECT: &str = "SELECT a.id, a.domain_id, d.name AS domain_name, a.login, a.full_name, a.description, \
    a.password_hash IS NOT NULL AS has_password, a.status, a.status_reason, a.purge_after, a.quota_bytes, a.quota_messages, a.plan_id, a.used_bytes, a.used_messages, \
    a.admin_role, a.domain_admin, a.tenant_admin_of, a.publish_in_address_list, a.local_only, a.max_outgoing_message_size, \
    a.forward_to, a.forward_keep_copy, \
    COALESCE((SELECT array_agg(o.local_part ORDER BY o.local_part) FROM owned_addresses o WHERE o.account_id = a.id AND NOT o.is_login), '{}') AS addresses, \
    a.external_id, t.ancestors AS tenant_path, a.created_at, a.updated_at \
    FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id";

fn percent(used: i64, limit: i64) -> Option<f64> {
    (limit > 0).then(|| (used as f64 * 100.0 / limit as f64 * 10.0).round() / 10.0)
}

impl AccountRow {
    fn into_account(self) -> Account {
        let percent = match (
            percent(self.used_bytes, self.quota_bytes),
            percent(self.used_messages, self.quota_messages),
        ) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        Account {
            id: AccountId(self.id),
            domain_id: DomainId(self.domain_id),
            email: format!("{}@{}", self.login, self.domain_name),
            login_name: self.login,
            full_name: self.full_name,
            description: self.description,
            status: self.status,
            status_reason: self.status_reason,
            purge_after: self.purge_after,
            has_password: self.has_password,
            quota: Quota {
                bytes: self.quota_bytes,
                messages: self.quota_messages,
            },
            plan_id: self.plan_id.map(PlanId),
            usage: MailboxUsage {
                bytes: self.used_bytes,
                messages: self.used_messages,
                percent,
            },
            admin_role: self.admin_role,
            domain_admin: self.domain_admin,
            tenant_admin_of: self.tenant_admin_of.map(TenantId),
            publish_in_address_list: self.publish_in_address_list,
            local_only: self.local_only,
            max_outgoing_message_size: self.max_outgoing_message_size,
            addresses: self.addresses,
            forwarding: Forwarding {
                targets: self.forward_to,
                keep_copy: self.forward_keep_copy,
            },
            external_id: self.external_id,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

pub(super) async fn fetch_row(conn: &mut PgConnection, id: AccountId) -> CoreResult<AccountRow> {
    sqlx::query_as(&format!("{SELECT} WHERE a.id = $1"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "account" })
}

pub async fn get(pool: &PgPool, principal: &Principal, id: AccountId) -> CoreResult<Account> {
    Ok(authorized_row(pool, principal, id, Access::Read)
        .await?
        .into_account())
}

/// [`get`] on a connection in use (what a transaction changed, before its commit).
pub async fn get_in(
    conn: &mut PgConnection,
    principal: &Principal,
    id: AccountId,
) -> CoreResult<Account> {
    let row = fetch_row(conn, id).await?;
    principal.authorize_in_domain(
        &row.tenant_path,
        DomainId(row.domain_id),
        Some(id),
        "account",
        Access::Read,
    )?;
    Ok(row.into_account())
}

/// Narrows an account query (whose WHERE clause is open) to the caller's reach and `filter`.
fn push_scope(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    filter: &AccountFilter,
    all_states: bool,
) -> CoreResult<()> {
    super::push_in_domain(
        qb,
        principal,
        "a.domain_id",
        filter.domain_id,
        filter.tenant_id,
    );
    if let Some(a) = principal.filter().account {
        qb.push(" AND a.id = ").push_bind(a);
    }
    // What is pending deletion is left out unless asked for by status (or by a query on it).
    match filter.status {
        Some(s) => {
            qb.push(" AND a.status = ").push_bind(s.as_str());
        }
        None if !all_states => {
            qb.push(" AND a.status <> 'pending_deletion'");
        }
        None => {}
    }
    if let Some(e) = &filter.external_id {
        qb.push(" AND a.external_id = ").push_bind(e.clone());
    }
    if let Some(name) = filter.full_name.as_deref() {
        qb.push(" AND lower(a.full_name) LIKE ")
            .push_bind(crate::list::prefix_like(name, "fullName")?);
    }
    Ok(())
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &AccountFilter,
    page: &PageParams,
) -> CoreResult<AccountPage> {
    // `q` is a login prefix: with the C collation the login index serves filter and order.
    let (rows, next_cursor) = page
        .fetch::<AccountRow>(
            pool,
            &format!("{SELECT} WHERE true"),
            ("a.login", "a.id"),
            |qb| push_scope(qb, principal, filter, false),
            |r| (r.login.clone(), r.id),
        )
        .await?;
    Ok(AccountPage {
        items: rows.into_iter().map(AccountRow::into_account).collect(),
        next_cursor,
    })
}

const SEARCH: Searchable = Searchable {
    columns: &[
        col("id", "a.id", Kind::Id),
        col("domainId", "a.domain_id", Kind::Id),
        quick("loginName", "a.login", Kind::Folded),
        quick("fullName", "a.full_name", Kind::Text),
        quick("description", "a.description", Kind::Text),
        col("isEnabled", "(a.status = 'active')", Kind::Boolean),
        col("status", "a.status", Kind::Folded),
        col("quotaBytes", "a.quota_bytes", Kind::Integer),
        col("quotaMessages", "a.quota_messages", Kind::Integer),
        col("usedBytes", "a.used_bytes", Kind::Integer),
        col("usedMessages", "a.used_messages", Kind::Integer),
        col(
            "publishInAddressList",
            "a.publish_in_address_list",
            Kind::Boolean,
        ),
        col("localOnly", "a.local_only", Kind::Boolean),
        col("externalId", "a.external_id", Kind::Text),
        col("createdAt", "a.created_at", Kind::Time),
        col("updatedAt", "a.updated_at", Kind::Time),
    ],
    default_order: "a.login",
    id: "a.id",
};

/// The column names [`search`] understands.
pub fn search_columns() -> impl Iterator<Item = &'static str> {
    SEARCH.column_names()
}

/// Accounts matching a query object, within the caller's reach and, if given, one domain.
pub async fn search(
    pool: &PgPool,
    principal: &Principal,
    domain: Option<DomainId>,
    query: &SearchQuery,
) -> CoreResult<SearchPage<Account>> {
    let filter = AccountFilter {
        domain_id: domain.map(|d| d.0),
        ..Default::default()
    };
    let page = search::run::<AccountRow>(pool, SELECT, &SEARCH, query, |qb| {
        push_scope(qb, principal, &filter, query.mentions("status"))
    })
    .await?;
    Ok(page.map(AccountRow::into_account))
}

/// A validated account ready to insert.
struct Prepared {
    id: AccountId,
    login: LocalPart,
    addresses: Vec<LocalPart>,
    password_hash: Option<String>,
    full_name: String,
    description: String,
    status: Status,
    status_reason: Option<StatusReason>,
    quota_bytes: i64,
    quota_messages: i64,
    admin_role: AdminRole,
    domain_admin: bool,
    tenant_admin_of: Option<TenantId>,
    publish_in_address_list: bool,
    local_only: bool,
    max_outgoing_message_size: i64,
    forward_to: Vec<String>,
    forward_keep_copy: bool,
    groups: Vec<GroupId>,
    external_id: Option<String>,
}

fn parse_addresses(list: &[String], field: &'static str) -> CoreResult<Vec<LocalPart>> {
    if list.len() > MAX_ADDRESSES {
        return Err(CoreError::invalid(
            field,
            "too_many",
            format!("at most {MAX_ADDRESSES} addresses"),
        ));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(list.len());
    for (i, a) in list.iter().enumerate() {
        let local = LocalPart::parse(a, format!("{field}[{i}]"))?;
        if seen.insert(local.as_str().to_string()) {
            out.push(local);
        }
    }
    Ok(out)
}

fn parse_forwards(list: &[String], field: &'static str) -> CoreResult<Vec<String>> {
    if list.len() > MAX_FORWARDS {
        return Err(CoreError::invalid(
            field,
            "too_many",
            format!("at most {MAX_FORWARDS} targets"),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for (i, a) in list.iter().enumerate() {
        let address = EmailAddress::parse(a, format!("{field}[{i}]"))?.to_string();
        if !out.contains(&address) {
            out.push(address);
        }
    }
    Ok(out)
}

fn check_size(value: i64, field: &'static str) -> CoreResult<i64> {
    crate::counters::bounded(value, field)
}

fn check_quota(ctx: &DomainContext, bytes: i64) -> CoreResult<()> {
    if let Some(max) = ctx.max_quota_bytes
        && (bytes == 0 || bytes > max)
    {
        return Err(CoreError::invalid(
            "quotaBytes",
            "exceeds_max_quota",
            format!(
                "the domain allows quotas of at most {max} bytes (0 = unlimited is not allowed)"
            ),
        ));
    }
    Ok(())
}

/// Rights only some principals may grant.
fn check_grants(
    principal: &Principal,
    ctx: &DomainContext,
    admin_role: AdminRole,
    tenant_admin_of: Option<TenantId>,
) -> CoreResult<()> {
    if admin_role != AdminRole::None && !principal.is_server_admin() {
        return Err(CoreError::invalid(
            "adminRole",
            "cannot_grant",
            "only server administrators grant server administration rights",
        ));
    }
    if let Some(t) = tenant_admin_of {
        if !ctx.tenant_path.contains(&t.0) {
            return Err(CoreError::invalid(
                "tenantAdminOf",
                "invalid_tenant",
                "an account can administer only a tenant its domain belongs to",
            ));
        }
        if let Role::TenantAdmin { tenant_id } = principal.role {
            let pos = |id: Uuid| ctx.tenant_path.iter().position(|x| *x == id);
            if pos(t.0) < pos(tenant_id.0) {
                return Err(CoreError::invalid(
                    "tenantAdminOf",
                    "cannot_grant",
                    "a tenant administrator grants rights only within its own tenant",
                ));
            }
        } else if !principal.is_server_admin() {
            return Err(CoreError::invalid(
                "tenantAdminOf",
                "cannot_grant",
                "only tenant and server administrators grant tenant administration",
            ));
        }
    }
    Ok(())
}

async fn template_defaults(
    conn: &mut PgConnection,
    ctx: &DomainContext,
    id: TemplateId,
) -> CoreResult<(AccountDefaults, String)> {
    let row: Option<(
        Option<Uuid>,
        Uuid,
        sqlx::types::Json<AccountDefaults>,
        String,
    )> = sqlx::query_as(
        "SELECT domain_id, tenant_id, defaults, description FROM user_templates WHERE id = $1",
    )
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    match row {
        Some((domain, tenant, defaults, description))
            if domain.map_or(ctx.tenant_path.contains(&tenant), |d| d == ctx.id.0) =>
        {
            Ok((defaults.0, description))
        }
        _ => Err(CoreError::invalid(
            "templateId",
            "unknown_template",
            "no such template for this domain",
        )),
    }
}

async fn prepare(
    conn: &mut PgConnection,
    principal: &Principal,
    ctx: &DomainContext,
    input: NewAccount,
) -> CoreResult<Prepared> {
    if input.plan_id.is_some() {
        return Err(CoreError::Internal(
            "a plan is applied through postbay-plans".into(),
        ));
    }
    let login = LocalPart::parse(&input.login_name, "loginName")?;
    let (defaults, template_description) = match input.template_id {
        Some(t) => template_defaults(conn, ctx, t).await?,
        None => (AccountDefaults::default(), String::new()),
    };
    let password_hash = match (input.password, input.password_hash) {
        (Some(_), Some(_)) => {
            return Err(CoreError::invalid(
                "passwordHash",
                "conflicting_fields",
                "give either password or passwordHash, not both",
            ));
        }
        (Some(p), None) => {
            // Still in clear: `hash_passwords` left it, so the policy (or hashing) refuses it.
            let policy = crate::settings::read_in::<crate::settings::SecuritySettings>(
                &mut *conn, "security",
            )
            .await?
            .password_policy;
            policy.check(&p, login.as_str(), "password")?;
            Some(passwords::hash(p, "password").await?)
        }
        (None, Some(h)) => Some(passwords::check_imported(&h, "passwordHash")?),
        (None, None) => None,
    };
    let (status, status_reason) = crate::status::initial(input.status, input.status_reason)?;
    let quota_bytes = check_size(
        input
            .quota_bytes
            .or(defaults.quota_bytes)
            .unwrap_or(ctx.default_quota_bytes),
        "quotaBytes",
    )?;
    check_quota(ctx, quota_bytes)?;
    let admin_role = input.admin_role.or(defaults.admin_role).unwrap_or_default();
    check_grants(principal, ctx, admin_role, input.tenant_admin_of)?;
    if input.groups.len() > MAX_GROUPS {
        return Err(CoreError::invalid(
            "groups",
            "too_many",
            format!("at most {MAX_GROUPS} groups"),
        ));
    }
    Ok(Prepared {
        id: AccountId::new(),
        addresses: parse_addresses(&input.addresses, "addresses")?
            .into_iter()
            .filter(|a| a != &login)
            .collect(),
        login,
        password_hash,
        full_name: names::free_text(&input.full_name, "fullName", names::MAX_NAME)?,
        description: names::free_text(
            input
                .description
                .as_deref()
                .unwrap_or(&template_description),
            "description",
            names::MAX_DESCRIPTION,
        )?,
        status,
        status_reason,
        quota_bytes,
        quota_messages: check_size(
            input
                .quota_messages
                .or(defaults.quota_messages)
                .unwrap_or(0),
            "quotaMessages",
        )?,
        admin_role,
        domain_admin: input
            .domain_admin
            .or(defaults.domain_admin)
            .unwrap_or(false),
        tenant_admin_of: input.tenant_admin_of,
        publish_in_address_list: input
            .publish_in_address_list
            .or(defaults.publish_in_address_list)
            .unwrap_or(true),
        local_only: input.local_only.or(defaults.local_only).unwrap_or(false),
        max_outgoing_message_size: check_size(
            input
                .max_outgoing_message_size
                .or(defaults.max_outgoing_message_size)
                .unwrap_or(0),
            "maxOutgoingMessageSize",
        )?,
        forward_to: parse_forwards(&input.forward_to, "forwardTo")?,
        forward_keep_copy: input
            .forward_keep_copy
            .or(defaults.forward_keep_copy)
            .unwrap_or(true),
        groups: input.groups,
        external_id: names::external_id(input.external_id.as_deref(), "externalId")?,
    })
}

/// Locks the tenants of `path` and returns how many more `counter` items the domain and
/// all its tenants allow (None = unlimited).
async fn capacity(conn: &mut PgConnection, ctx: &DomainContext) -> CoreResult<Option<i64>> {
    let (max, count): (Option<i64>, i64) =
        sqlx::query_as("SELECT max_accounts, account_count FROM domains WHERE id = $1")
            .bind(ctx.id.0)
            .fetch_one(&mut *conn)
            .await?;
    let mut room = max.map(|m| m - count);
    let tenants: Vec<(Option<i64>, i64)> = sqlx::query_as(
        "SELECT max_accounts, account_count FROM tenants WHERE id = ANY($1) ORDER BY id FOR UPDATE",
    )
    .bind(&ctx.tenant_path)
    .fetch_all(&mut *conn)
    .await?;
    for (max, count) in tenants {
        if let Some(m) = max {
            room = Some(room.map_or(m - count, |r| r.min(m - count)));
        }
    }
    Ok(room.map(|r| r.max(0)))
}

/// Creates accounts in one domain. Each item gets its own result; valid items are created even
/// when others fail. The whole call is one transaction.
pub async fn create_many(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    items: Vec<NewAccount>,
) -> CoreResult<Vec<CoreResult<AccountId>>> {
    if items.len() > MAX_BULK {
        return Err(CoreError::invalid(
            "items",
            "too_many",
            format!("at most {MAX_BULK} items per call"),
        ));
    }
    let items = hash_passwords(pool, items).await?;
    let mut tx = pool.begin().await?;
    let results = create_in(&mut tx, principal, domain, items, Access::Write).await?;
    tx.commit().await?;
    Ok(results)
}

/// The creation path inside a caller's transaction (bulk and import share it).
pub(crate) async fn create_in(
    tx: &mut PgConnection,
    principal: &Principal,
    domain: DomainId,
    items: Vec<NewAccount>,
    access: Access,
) -> CoreResult<Vec<CoreResult<AccountId>>> {
    let ctx = domains::context(&mut *tx, domain, true).await?;
    principal.authorize_in_domain(&ctx.tenant_path, domain, None, "domain", access)?;
    principal.require_admin()?;
    ctx.refuse_pending()?;
    let mut results: Vec<CoreResult<Prepared>> = Vec::with_capacity(items.len());
    for item in items {
        results.push(prepare(&mut *tx, principal, &ctx, item).await);
    }
    // Names taken inside the batch or already in the domain.
    let wanted: Vec<String> = results
        .iter()
        .flatten()
        .flat_map(|p| std::iter::once(&p.login).chain(&p.addresses))
        .map(|l| l.as_str().to_string())
        .collect();
    let taken: HashSet<String> = sqlx::query_scalar(
        "SELECT local_part FROM owned_addresses WHERE domain_id = $1 AND local_part = ANY($2)",
    )
    .bind(domain.0)
    .bind(&wanted)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .collect();
    let group_ids: Vec<Uuid> = results
        .iter()
        .flatten()
        .flat_map(|p| p.groups.iter().map(|g| g.0))
        .collect();
    let known_groups: HashSet<Uuid> = if group_ids.is_empty() {
        HashSet::new()
    } else {
        // Joining a group with server rights is a server grant: only server admins may.
        sqlx::query_scalar("SELECT id FROM groups WHERE domain_id = $1 AND id = ANY($2) AND (admin_role = 'none' OR $3)")
            .bind(domain.0)
            .bind(&group_ids)
            .bind(principal.is_server_admin())
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect()
    };
    let mut room = capacity(&mut *tx, &ctx).await?;
    let mut claimed: HashSet<String> = HashSet::new();
    for result in &mut results {
        let Ok(p) = result else { continue };
        let names: Vec<&str> = std::iter::once(&p.login)
            .chain(&p.addresses)
            .map(LocalPart::as_str)
            .collect();
        let error = if let Some(n) = names
            .iter()
            .find(|n| taken.contains(**n) || claimed.contains(**n))
        {
            let field = if *n == p.login.as_str() {
                "loginName"
            } else {
                "addresses"
            };
            Some(CoreError::conflict_on(
                "already_exists",
                field,
                format!("the address {n}@{} is already taken", ctx.name),
            ))
        } else if let Some(g) = p.groups.iter().find(|g| !known_groups.contains(&g.0)) {
            Some(CoreError::invalid(
                "groups",
                "unknown_group",
                format!("no group {g} in this domain"),
            ))
        } else if room == Some(0) {
            Some(CoreError::conflict_on(
                "limit_exceeded",
                "maxAccounts",
                "the domain or a tenant above it has no room for more accounts",
            ))
        } else {
            None
        };
        match error {
            Some(e) => *result = Err(e),
            None => {
                claimed.extend(names.iter().map(|n| n.to_string()));
                room = room.map(|r| r - 1);
            }
        }
    }
    let ok: Vec<&Prepared> = results.iter().flatten().collect();
    if !ok.is_empty() {
        insert(&mut *tx, principal, &ctx, &ok).await?;
    }
    Ok(results.into_iter().map(|r| r.map(|p| p.id)).collect())
}

async fn insert(
    conn: &mut PgConnection,
    principal: &Principal,
    ctx: &DomainContext,
    items: &[&Prepared],
) -> CoreResult<()> {
    let col = |f: fn(&Prepared) -> String| items.iter().map(|p| f(p)).collect::<Vec<String>>();
    let ids: Vec<Uuid> = items.iter().map(|p| p.id.0).collect();
    let i64s = |f: fn(&Prepared) -> i64| items.iter().map(|p| f(p)).collect::<Vec<i64>>();
    let bools = |f: fn(&Prepared) -> bool| items.iter().map(|p| f(p)).collect::<Vec<bool>>();
    let hashes: Vec<Option<String>> = items.iter().map(|p| p.password_hash.clone()).collect();
    let tenant_admins: Vec<Option<Uuid>> = items
        .iter()
        .map(|p| p.tenant_admin_of.map(|t| t.0))
        .collect();
    let externals: Vec<Option<String>> = items.iter().map(|p| p.external_id.clone()).collect();
    // Arrays of arrays must be rectangular in PostgreSQL; pass forwards as JSON.
    let forwards: Vec<sqlx::types::Json<&Vec<String>>> = items
        .iter()
        .map(|p| sqlx::types::Json(&p.forward_to))
        .collect();
    sqlx::query(
        "INSERT INTO accounts (id, domain_id, login, full_name, description, password_hash, status, quota_bytes, quota_messages,
            admin_role, domain_admin, tenant_admin_of, publish_in_address_list, local_only, max_outgoing_message_size,
            forward_to, forward_keep_copy, external_id, status_reason)
         SELECT u.id, $1, u.login, u.full_name, u.description, u.password_hash, u.status, u.quota_bytes, u.quota_messages,
            u.admin_role, u.domain_admin, u.tenant_admin_of, u.publish, u.local_only, u.max_out,
            ARRAY(SELECT jsonb_array_elements_text(u.forwards)), u.keep_copy, u.external_id, NULLIF(u.status_reason, '')
         FROM UNNEST($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::bigint[],
            $10::text[], $11::bool[], $12::uuid[], $13::bool[], $14::bool[], $15::bigint[], $16::jsonb[], $17::bool[], $18::text[],
            $19::text[])
         AS u(id, login, full_name, description, password_hash, status, quota_bytes, quota_messages, admin_role, domain_admin,
            tenant_admin_of, publish, local_only, max_out, forwards, keep_copy, external_id, status_reason)",
    )
    .bind(ctx.id.0)
    .bind(&ids)
    .bind(col(|p| p.login.as_str().to_string()))
    .bind(col(|p| p.full_name.clone()))
    .bind(col(|p| p.description.clone()))
    .bind(&hashes)
    .bind(col(|p| p.status.as_str().to_string()))
    .bind(i64s(|p| p.quota_bytes))
    .bind(i64s(|p| p.quota_messages))
    .bind(col(|p| p.admin_role.as_str().to_string()))
    .bind(bools(|p| p.domain_admin))
    .bind(&tenant_admins)
    .bind(bools(|p| p.publish_in_address_list))
    .bind(bools(|p| p.local_only))
    .bind(i64s(|p| p.max_outgoing_message_size))
    .bind(&forwards)
    .bind(bools(|p| p.forward_keep_copy))
    .bind(&externals)
    .bind(col(|p| p.status_reason.map(StatusReason::as_str).unwrap_or_default().to_string()))
    .execute(&mut *conn)
    .await?;
    let mut owners: Vec<Uuid> = Vec::new();
    let mut locals: Vec<String> = Vec::new();
    let mut is_login: Vec<bool> = Vec::new();
    for p in items {
        for (i, local) in std::iter::once(&p.login).chain(&p.addresses).enumerate() {
            owners.push(p.id.0);
            locals.push(local.as_str().to_string());
            is_login.push(i == 0);
        }
    }
    sqlx::query(
        "INSERT INTO owned_addresses (domain_id, local_part, account_id, is_login)
         SELECT $1, u.local_part, u.account_id, u.is_login FROM UNNEST($2::text[], $3::uuid[], $4::bool[]) AS u(local_part, account_id, is_login)",
    )
    .bind(ctx.id.0)
    .bind(&locals)
    .bind(&owners)
    .bind(&is_login)
    .execute(&mut *conn)
    .await
    .map_err(|e| CoreError::unique_violation(e, "already_exists", "loginName", "the address was taken concurrently; retry"))?;
    let (members, groups): (Vec<Uuid>, Vec<Uuid>) = items
        .iter()
        .flat_map(|p| p.groups.iter().map(|g| (p.id.0, g.0)))
        .unzip();
    if !members.is_empty() {
        sqlx::query("INSERT INTO group_members (group_id, account_id) SELECT * FROM UNNEST($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING")
            .bind(&groups)
            .bind(&members)
            .execute(&mut *conn)
            .await?;
    }
    bump(
        conn,
        &ctx.tenant_path,
        Some(ctx.id),
        Counter::Accounts,
        items.len() as i64,
    )
    .await?;
    let changes: Vec<serde_json::Value> = items
        .iter()
        .map(|p| {
            serde_json::json!({"loginName": p.login.as_str(), "fullName": p.full_name, "status": p.status, "quotaBytes": p.quota_bytes,
                "quotaMessages": p.quota_messages, "adminRole": p.admin_role, "domainAdmin": p.domain_admin, "tenantAdminOf": p.tenant_admin_of,
                "addresses": p.addresses.iter().map(LocalPart::as_str).collect::<Vec<_>>(), "forwardTo": p.forward_to,
                "passwordSet": p.password_hash.is_some(), "externalId": p.external_id})
        })
        .collect();
    sqlx::query(
        "INSERT INTO audit_events (actor, actor_ip, action, object_kind, object_id, tenant_path, domain_id, changes)
         SELECT $1, $2, 'account.create', 'account', u.id, $3, $4, u.changes FROM UNNEST($5::uuid[], $6::jsonb[]) AS u(id, changes)",
    )
    .bind(&principal.actor)
    .bind(&principal.ip)
    .bind(&ctx.tenant_path)
    .bind(ctx.id.0)
    .bind(&ids)
    .bind(&changes)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    input: NewAccount,
) -> CoreResult<Account> {
    let items = hash_passwords(pool, vec![input]).await?;
    let mut tx = pool.begin().await?;
    let id = create_in(&mut tx, principal, domain, items, Access::Write)
        .await?
        .pop()
        .ok_or(CoreError::Internal("no result".into()))??;
    let account = fetch_row(&mut tx, id).await?.into_account();
    tx.commit().await?;
    Ok(account)
}

/// Hashes the plain passwords of `items` on the blocking pool, in parallel, before any lock
/// is taken. An item whose password the policy refuses, or that cannot be hashed, keeps it in
/// clear, so validation reports it for that item.
pub(crate) async fn hash_passwords(
    pool: &PgPool,
    items: Vec<NewAccount>,
) -> CoreResult<Vec<NewAccount>> {
    let policy = crate::settings::security(pool).await?.password_policy;
    let mut tasks = tokio::task::JoinSet::new();
    let mut items: Vec<Option<NewAccount>> = items.into_iter().map(Some).collect();
    for (i, slot) in items.iter_mut().enumerate() {
        if let Some(item) = slot.as_mut().filter(|a| {
            a.password_hash.is_none()
                && a.password
                    .as_deref()
                    .is_some_and(|p| policy.check(p, &a.login_name, "password").is_ok())
        }) {
            let password = item.password.clone().unwrap_or_default();
            tasks.spawn(async move { (i, passwords::hash(password, "password").await) });
        }
    }
    while let Some(done) = tasks.join_next().await {
        if let Ok((i, Ok(hash))) = done
            && let Some(item) = items[i].as_mut()
        {
            item.password = None;
            item.password_hash = Some(hash);
        }
    }
    Ok(items.into_iter().flatten().collect())
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
    mut patch: AccountPatch,
) -> CoreResult<Account> {
    let imports_hash = patch.password_hash.is_some();
    if let Some(p) = &patch.password {
        // The policy is checked (against the login name) by one that may change the account,
        // before the slow hashing and before any lock.
        let mut conn = pool.acquire().await?;
        let row = fetch_row(&mut conn, id).await?;
        drop(conn);
        let domain = DomainId(row.domain_id);
        principal.authorize_in_domain(
            &row.tenant_path,
            domain,
            Some(id),
            "account",
            Access::Write,
        )?;
        crate::settings::security(pool)
            .await?
            .password_policy
            .check(p, &row.login, "password")?;
    }
    // Hash before any lock is taken: Argon2 is slow on purpose.
    let password_hash = match (patch.password.take(), patch.password_hash.take()) {
        (Some(_), Some(_)) => {
            return Err(CoreError::invalid(
                "passwordHash",
                "conflicting_fields",
                "give either password or passwordHash, not both",
            ));
        }
        (Some(p), None) => Some(passwords::hash(p, "password").await?),
        (None, Some(h)) => Some(passwords::check_imported(&h, "passwordHash")?),
        (None, None) => None,
    };
    let mut tx = pool.begin().await?;
    let account = update_locked(&mut tx, principal, id, patch, password_hash, imports_hash).await?;
    tx.commit().await?;
    Ok(account)
}

/// Changes an account inside the caller's transaction (a plan applied with the rest of a
/// change); passwords are set through [`update`], which hashes them before any lock.
pub async fn update_in(
    conn: &mut PgConnection,
    principal: &Principal,
    id: AccountId,
    patch: AccountPatch,
) -> CoreResult<Account> {
    if patch.password.is_some() || patch.password_hash.is_some() {
        return Err(CoreError::Internal(
            "passwords are changed through accounts::update".into(),
        ));
    }
    update_locked(conn, principal, id, patch, None, false).await
}

async fn update_locked(
    conn: &mut PgConnection,
    principal: &Principal,
    id: AccountId,
    patch: AccountPatch,
    password_hash: Option<String>,
    imports_hash: bool,
) -> CoreResult<Account> {
    if patch.plan_id.is_some() {
        return Err(CoreError::Internal(
            "a plan is applied through postbay-plans".into(),
        ));
    }
    let (ctx, row) = lock_account(&mut *conn, id).await?;
    let domain = DomainId(row.domain_id);
    principal.authorize_in_domain(&row.tenant_path, domain, Some(id), "account", Access::Write)?;
    if matches!(principal.role, Role::Account { .. }) && (imports_hash || !patch.is_self_service())
    {
        return Err(CoreError::forbidden(
            "an account may change only its password, full name and forwarding",
        ));
    }
    guard_target(&mut *conn, principal, &ctx, id).await?;
    ctx.refuse_pending()?;
    let (status, status_reason) = crate::status::resolve(
        row.status,
        row.status_reason,
        patch.status,
        patch.status_reason,
    )?;
    let full_name = patch
        .full_name
        .as_deref()
        .map(|v| names::free_text(v, "fullName", names::MAX_NAME))
        .transpose()?;
    let description = patch
        .description
        .as_deref()
        .map(|v| names::free_text(v, "description", names::MAX_DESCRIPTION))
        .transpose()?;
    if let Some(q) = patch.quota_bytes {
        check_size(q, "quotaBytes")?;
        check_quota(&ctx, q)?;
    }
    for (v, f) in [
        (patch.quota_messages, "quotaMessages"),
        (patch.max_outgoing_message_size, "maxOutgoingMessageSize"),
    ] {
        if let Some(v) = v {
            check_size(v, f)?;
        }
    }
    if patch.admin_role.is_some_and(|r| r != row.admin_role)
        || matches!(patch.tenant_admin_of, Some(Some(_)))
    {
        check_grants(
            principal,
            &ctx,
            patch.admin_role.unwrap_or(AdminRole::None),
            patch.tenant_admin_of.flatten(),
        )?;
    }
    let forward_to = patch
        .forward_to
        .as_deref()
        .map(|f| parse_forwards(f, "forwardTo"))
        .transpose()?;
    let external_id = match &patch.external_id {
        Some(v) => Some(names::external_id(v.as_deref(), "externalId")?),
        None => None,
    };
    if let Some(addresses) = &patch.addresses {
        let login = LocalPart::parse(&row.login, "loginName")?;
        let addresses: Vec<LocalPart> = parse_addresses(addresses, "addresses")?
            .into_iter()
            .filter(|a| *a != login)
            .collect();
        sqlx::query("DELETE FROM owned_addresses WHERE account_id = $1 AND NOT is_login")
            .bind(id.0)
            .execute(&mut *conn)
            .await?;
        for a in &addresses {
            sqlx::query("INSERT INTO owned_addresses (domain_id, local_part, account_id) VALUES ($1, $2, $3)")
                .bind(domain.0)
                .bind(a.as_str())
                .bind(id.0)
                .execute(&mut *conn)
                .await
                .map_err(|e| CoreError::unique_violation(e, "already_exists", "addresses", "the address is already taken in this domain"))?;
        }
    }
    sqlx::query(
        "UPDATE accounts SET password_hash = COALESCE($2, password_hash), full_name = COALESCE($3, full_name),
         description = COALESCE($4, description), status = $5, status_reason = $19, quota_bytes = COALESCE($6, quota_bytes),
         quota_messages = COALESCE($7, quota_messages), admin_role = COALESCE($8, admin_role), domain_admin = COALESCE($9, domain_admin),
         tenant_admin_of = CASE WHEN $10 THEN $11 ELSE tenant_admin_of END,
         publish_in_address_list = COALESCE($12, publish_in_address_list), local_only = COALESCE($13, local_only),
         max_outgoing_message_size = COALESCE($14, max_outgoing_message_size), forward_to = COALESCE($15, forward_to),
         forward_keep_copy = COALESCE($16, forward_keep_copy),
         external_id = CASE WHEN $17 THEN $18 ELSE external_id END, updated_at = now()
         WHERE id = $1",
    )
    .bind(id.0)
    .bind(&password_hash)
    .bind(&full_name)
    .bind(&description)
    .bind(status.as_str())
    .bind(patch.quota_bytes)
    .bind(patch.quota_messages)
    .bind(patch.admin_role.map(AdminRole::as_str))
    .bind(patch.domain_admin)
    .bind(patch.tenant_admin_of.is_some())
    .bind(patch.tenant_admin_of.flatten().map(|t| t.0))
    .bind(patch.publish_in_address_list)
    .bind(patch.local_only)
    .bind(patch.max_outgoing_message_size)
    .bind(&forward_to)
    .bind(patch.forward_keep_copy)
    .bind(external_id.is_some())
    .bind(external_id.clone().flatten())
    .bind(status_reason.map(StatusReason::as_str))
    .execute(&mut *conn)
    .await?;
    if password_hash.is_some() || patch.status.is_some_and(|s| s != Status::Active) {
        // A new password, or an account that may no longer log in, ends its sessions.
        crate::auth::end_sessions(&mut *conn, id).await?;
    }
    ensure_server_admin_remains(&mut *conn).await?;
    audit::record(
        &mut *conn,
        principal,
        "account.update",
        "account",
        Some(id.0),
        Place { tenant_path: &row.tenant_path, domain: Some(domain) },
        serde_json::json!({"passwordSet": password_hash.is_some(), "fullName": full_name, "description": description, "status": patch.status,
            "statusReason": (patch.status.is_some() || patch.status_reason.is_some()).then_some(status_reason).flatten(),
            "quotaBytes": patch.quota_bytes, "quotaMessages": patch.quota_messages, "adminRole": patch.admin_role, "domainAdmin": patch.domain_admin,
            "tenantAdminOf": patch.tenant_admin_of, "publishInAddressList": patch.publish_in_address_list, "localOnly": patch.local_only,
            "maxOutgoingMessageSize": patch.max_outgoing_message_size, "addresses": patch.addresses, "forwardTo": forward_to,
            "forwardKeepCopy": patch.forward_keep_copy, "externalId": external_id}),
    )
    .await?;
    Ok(fetch_row(&mut *conn, id).await?.into_account())
}

/// Takes the lock of the account's domain, then reads the account again: a concurrent change or
/// delete has either finished or not begun.
async fn lock_account(
    conn: &mut PgConnection,
    id: AccountId,
) -> CoreResult<(DomainContext, AccountRow)> {
    let domain = DomainId(fetch_row(&mut *conn, id).await?.domain_id);
    let ctx = domains::context(&mut *conn, domain, true).await?;
    let row = fetch_row(&mut *conn, id).await?;
    Ok((ctx, row))
}

/// Locks an account for a lifecycle change and checks the caller may remove it: an
/// administrator of its domain, and not an account with rights beyond the caller's.
pub async fn lock_for_removal(
    conn: &mut PgConnection,
    principal: &Principal,
    id: AccountId,
) -> CoreResult<crate::status::Removal> {
    let (ctx, row) = lock_account(conn, id).await?;
    let domain = DomainId(row.domain_id);
    principal.authorize_in_domain(&row.tenant_path, domain, None, "account", Access::Write)?;
    principal.require_admin()?;
    guard_target(conn, principal, &ctx, id).await?;
    Ok(crate::status::Removal {
        kind: crate::status::NodeKind::Account,
        id: id.0,
        name: format!("{}@{}", row.login, row.domain_name),
        tenant_path: row.tenant_path,
        domain: Some(domain),
        status: row.status,
        status_reason: row.status_reason,
    })
}

/// Deletes an account pending deletion and everything it owns for good, releasing the storage
/// of its mail (its place was given back when it was terminated, `status::uncount`); the bytes
/// it freed. The caller has locked it ([`lock_for_removal`]) and audits.
pub async fn purge_in(conn: &mut PgConnection, id: AccountId) -> CoreResult<i64> {
    let (_, row) = lock_account(conn, id).await?;
    let domain = DomainId(row.domain_id);
    crate::counters::release_mail(conn, &[id.0], Some(domain), &row.tenant_path).await?;
    sqlx::query("DELETE FROM accounts WHERE id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    Ok(row.used_bytes)
}

/// One account to create in a bulk call.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BulkCreateAccount {
    pub domain_id: DomainId,
    pub account: NewAccount,
}

/// One account to change in a bulk call.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BulkUpdateAccount {
    pub id: AccountId,
    pub patch: AccountPatch,
}

/// Creates, changes and deletes many accounts; at most 1000 items in all.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BulkAccounts {
    #[serde(default)]
    pub create: Vec<BulkCreateAccount>,
    #[serde(default)]
    pub update: Vec<BulkUpdateAccount>,
    #[serde(default)]
    pub delete: Vec<AccountId>,
}

/// Each item's result, in input order.
pub struct BulkOutcome {
    pub create: Vec<CoreResult<AccountId>>,
    pub update: Vec<CoreResult<AccountId>>,
    pub delete: Vec<CoreResult<AccountId>>,
}

/// Runs a bulk call. Creates are grouped by domain (one transaction per domain); each change
/// and delete is its own transaction, so one item's failure never undoes another's success.
/// Deletes go through `delete_one`, the lifecycle's termination (which lives above core).
pub async fn bulk<F, Fut>(
    pool: &PgPool,
    principal: &Principal,
    input: BulkAccounts,
    delete_one: F,
) -> CoreResult<BulkOutcome>
where
    F: Fn(AccountId) -> Fut,
    Fut: std::future::Future<Output = CoreResult<()>>,
{
    principal.require_writable()?;
    if input.create.len() + input.update.len() + input.delete.len() > MAX_BULK {
        return Err(CoreError::invalid(
            "create",
            "too_many",
            format!("at most {MAX_BULK} items per call"),
        ));
    }
    let mut create: Vec<Option<CoreResult<AccountId>>> =
        (0..input.create.len()).map(|_| None).collect();
    let mut by_domain: Vec<(DomainId, Vec<(usize, NewAccount)>)> = Vec::new();
    for (i, item) in input.create.into_iter().enumerate() {
        match by_domain.iter_mut().find(|(d, _)| *d == item.domain_id) {
            Some((_, list)) => list.push((i, item.account)),
            None => by_domain.push((item.domain_id, vec![(i, item.account)])),
        }
    }
    for (domain, items) in by_domain {
        let (indexes, accounts): (Vec<usize>, Vec<NewAccount>) = items.into_iter().unzip();
        match create_many(pool, principal, domain, accounts).await {
            Ok(results) => {
                for (i, r) in indexes.into_iter().zip(results) {
                    create[i] = Some(r);
                }
            }
            Err(e) => {
                for i in indexes {
                    create[i] = Some(Err(e.replicate()));
                }
            }
        }
    }
    let mut update = Vec::with_capacity(input.update.len());
    for item in input.update {
        update.push(
            self::update(pool, principal, item.id, item.patch)
                .await
                .map(|a| a.id),
        );
    }
    let mut delete = Vec::with_capacity(input.delete.len());
    for id in input.delete {
        delete.push(delete_one(id).await.map(|_| id));
    }
    Ok(BulkOutcome {
        create: create
            .into_iter()
            .map(|r| r.unwrap_or(Err(CoreError::Internal("item not processed".into()))))
            .collect(),
        update,
        delete,
    })
}
