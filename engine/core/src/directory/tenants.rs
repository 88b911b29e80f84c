//! Tenants: the server root, resellers and customers, in a tree. Limits are carved: the
//! explicit limits of a tenant's children together may not exceed the tenant's own.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::{Access, Principal, Role};
use crate::audit::{self, Place};
use crate::counters::normalise_limit;
use crate::error::{CoreError, CoreResult};
use crate::ids::{PlanId, TenantId};
use crate::list::{PageParams, page_type};
use crate::names;
use crate::patch::present;
use crate::search::{self, Kind, SearchPage, SearchQuery, Searchable, col, quick};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum TenantKind {
    Server,
    Reseller,
    Customer,
}

crate::stored_as_text!(TenantKind {
    Server => "server",
    Reseller => "reseller",
    Customer => "customer",
});

pub use crate::counters::BelowUsage;
pub use crate::status::{Status, StatusReason};

/// Limits of a tenant's whole subtree. Null (or 0 on input) means unlimited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantLimits {
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_domains: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_accounts: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_aliases: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_groups: Option<i64>,
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_storage_bytes: Option<i64>,
}

impl TenantLimits {
    fn normalised(&self) -> CoreResult<Self> {
        Ok(Self {
            max_domains: normalise_limit(self.max_domains, "limits.maxDomains")?,
            max_accounts: normalise_limit(self.max_accounts, "limits.maxAccounts")?,
            max_aliases: normalise_limit(self.max_aliases, "limits.maxAliases")?,
            max_groups: normalise_limit(self.max_groups, "limits.maxGroups")?,
            max_storage_bytes: normalise_limit(self.max_storage_bytes, "limits.maxStorageBytes")?,
        })
    }

    fn fields(&self) -> [(&'static str, &'static str, Option<i64>); 5] {
        [
            ("max_domains", "limits.maxDomains", self.max_domains),
            ("max_accounts", "limits.maxAccounts", self.max_accounts),
            ("max_aliases", "limits.maxAliases", self.max_aliases),
            ("max_groups", "limits.maxGroups", self.max_groups),
            (
                "max_storage_bytes",
                "limits.maxStorageBytes",
                self.max_storage_bytes,
            ),
        ]
    }
}

/// What a tenant's subtree uses now.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TenantUsage {
    pub domains: i64,
    pub accounts: i64,
    pub aliases: i64,
    pub groups: i64,
    pub storage_bytes: i64,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Tenant {
    pub id: TenantId,
    /// Absent only for the server root.
    pub parent_id: Option<TenantId>,
    pub kind: TenantKind,
    pub name: String,
    pub status: Status,
    /// Why it is suspended; present exactly when `status` is `suspended`.
    pub status_reason: Option<StatusReason>,
    /// When a tenant pending deletion is purged with everything below it.
    pub purge_after: Option<DateTime<Utc>>,
    pub external_id: Option<String>,
    pub limits: TenantLimits,
    /// The service plan its limits come from, if any.
    pub plan_id: Option<PlanId>,
    pub usage: TenantUsage,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewTenant {
    /// The parent tenant; defaults to the caller's own tenant (the server root for server admins).
    pub parent_id: Option<TenantId>,
    /// `reseller` (only directly under the server) or `customer`.
    pub kind: TenantKind,
    #[schema(min_length = 1)]
    pub name: String,
    #[serde(default)]
    pub status: Status,
    /// With status `suspended`: `billing`, `abuse` or `admin` (the default).
    pub status_reason: Option<StatusReason>,
    pub external_id: Option<String>,
    #[serde(default)]
    pub limits: TenantLimits,
    /// A service plan to provision it on: its limits come from the plan.
    pub plan_id: Option<PlanId>,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantPatch {
    pub name: Option<String>,
    pub status: Option<Status>,
    /// With status `suspended`: `billing`, `abuse` or `admin` (the default).
    pub status_reason: Option<StatusReason>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub external_id: Option<Option<String>>,
    /// Replaces the limits given; absent limits keep their value.
    pub limits: Option<TenantLimitsPatch>,
    /// Puts it on a service plan (its limits become the plan's, atomically), or takes it off
    /// one (null; the limits stay). A plan below current usage is refused unless `force`.
    #[serde(default, deserialize_with = "crate::patch::present")]
    #[schema(value_type = Option<PlanId>)]
    pub plan_id: Option<Option<PlanId>>,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantLimitsPatch {
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_domains: Option<Option<i64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_accounts: Option<Option<i64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_aliases: Option<Option<i64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_groups: Option<Option<i64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub max_storage_bytes: Option<Option<i64>>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct TenantFilter {
    /// Only direct children of this tenant.
    pub parent_id: Option<Uuid>,
    pub status: Option<Status>,
    pub kind: Option<TenantKind>,
    pub external_id: Option<String>,
}

page_type!(TenantPage, Tenant);

#[derive(sqlx::FromRow)]
struct TenantRow {
    id: Uuid,
    parent_id: Option<Uuid>,
    ancestors: Vec<Uuid>,
    kind: TenantKind,
    name: String,
    status: Status,
    status_reason: Option<StatusReason>,
    purge_after: Option<DateTime<Utc>>,
    external_id: Option<String>,
    max_domains: Option<i64>,
    max_accounts: Option<i64>,
    max_aliases: Option<i64>,
    max_groups: Option<i64>,
    max_storage_bytes: Option<i64>,
    domain_count: i64,
    account_count: i64,
    alias_count: i64,
    group_count: i64,
    storage_bytes: i64,
    plan_id: Option<Uuid>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

const COLUMNS: &str = "plan_id, id, parent_id, ancestors, kind, name, status, status_reason, purge_after, external_id, max_domains, max_accounts, \
    max_aliases, max_groups, max_storage_bytes, domain_count, account_count, alias_count, group_count, \
    storage_bytes, created_at, updated_at";

impl TenantRow {
    fn limits(&self) -> TenantLimits {
        TenantLimits {
            max_domains: self.max_domains,
            max_accounts: self.max_accounts,
            max_aliases: self.max_aliases,
            max_groups: self.max_groups,
            max_storage_bytes: self.max_storage_bytes,
        }
    }

    fn into_tenant(self) -> Tenant {
        Tenant {
            id: TenantId(self.id),
            parent_id: self.parent_id.map(TenantId),
            kind: self.kind,
            status: self.status,
            status_reason: self.status_reason,
            purge_after: self.purge_after,
            limits: self.limits(),
            plan_id: self.plan_id.map(PlanId),
            usage: TenantUsage {
                domains: self.domain_count,
                accounts: self.account_count,
                aliases: self.alias_count,
                groups: self.group_count,
                storage_bytes: self.storage_bytes,
            },
            name: self.name,
            external_id: self.external_id,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }

    fn usage_of(&self, column: &str) -> i64 {
        match column {
            "max_domains" => self.domain_count,
            "max_accounts" => self.account_count,
            "max_aliases" => self.alias_count,
            "max_groups" => self.group_count,
            _ => self.storage_bytes,
        }
    }
}

async fn fetch_row(conn: &mut PgConnection, id: Uuid, lock: bool) -> CoreResult<TenantRow> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tenants WHERE id = $1{}",
        if lock { " FOR UPDATE" } else { "" }
    );
    sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "tenant" })
}

/// The ancestors path (root first, the tenant last) of a tenant.
pub async fn path_of(conn: &mut PgConnection, id: TenantId) -> CoreResult<Vec<Uuid>> {
    sqlx::query_scalar("SELECT ancestors FROM tenants WHERE id = $1")
        .bind(id.0)
        .fetch_optional(conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "tenant" })
}

/// Refuses a change below a tenant of `tenant_path` that is pending deletion.
pub async fn refuse_pending_in(conn: &mut PgConnection, tenant_path: &[Uuid]) -> CoreResult<()> {
    let pending: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM tenants WHERE id = ANY($1) AND status = 'pending_deletion')",
    )
    .bind(tenant_path)
    .fetch_one(conn)
    .await?;
    if pending {
        return Err(CoreError::conflict(
            "pending_deletion",
            "the tenant is deleted and waiting for its purge; restore it first",
        ));
    }
    Ok(())
}

/// The server root tenant.
pub async fn root(pool: &PgPool) -> CoreResult<TenantId> {
    let mut conn = pool.acquire().await?;
    root_in(&mut conn).await
}

/// The server tenant, read on a connection already in use (inside a transaction).
pub async fn root_in(conn: &mut PgConnection) -> CoreResult<TenantId> {
    sqlx::query_scalar("SELECT id FROM tenants WHERE parent_id IS NULL")
        .fetch_optional(conn)
        .await?
        .map(TenantId)
        .ok_or(CoreError::Internal(
            "the server tenant is missing; run bootstrap".into(),
        ))
}

/// The tenant a principal works in by default.
async fn home_tenant(pool: &PgPool, principal: &Principal) -> CoreResult<TenantId> {
    let mut conn = pool.acquire().await?;
    home_in(&mut conn, principal).await
}

/// The tenant a principal works in by default, read on a connection in use.
pub async fn home_in(conn: &mut PgConnection, principal: &Principal) -> CoreResult<TenantId> {
    match &principal.role {
        Role::ServerAdmin => root_in(conn).await,
        Role::TenantAdmin { tenant_id }
        | Role::DomainAdmin { tenant_id, .. }
        | Role::Account { tenant_id, .. } => Ok(*tenant_id),
    }
}

pub async fn get(pool: &PgPool, principal: &Principal, id: TenantId) -> CoreResult<Tenant> {
    let mut conn = pool.acquire().await?;
    get_in(&mut conn, principal, id).await
}

/// [`get`] on a connection in use (what a transaction changed, before its commit).
pub async fn get_in(
    conn: &mut PgConnection,
    principal: &Principal,
    id: TenantId,
) -> CoreResult<Tenant> {
    principal
        .require_tenant_admin()
        .map_err(|_| CoreError::NotFound { kind: "tenant" })?;
    let row = fetch_row(conn, id.0, false).await?;
    principal.authorize_tenant(&row.ancestors, Access::Read)?;
    Ok(row.into_tenant())
}

/// Narrows a tenant query (whose WHERE clause is open) to the caller's reach and `filter`.
fn push_scope(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    filter: &TenantFilter,
    all_states: bool,
) -> CoreResult<()> {
    principal.require_tenant_admin()?;
    if let Some(t) = principal.filter().tenant {
        qb.push(" AND ancestors @> ARRAY[")
            .push_bind(t)
            .push("]::uuid[]");
    }
    if let Some(p) = filter.parent_id {
        qb.push(" AND parent_id = ").push_bind(p);
    }
    // What is pending deletion is left out unless asked for by status (or by a query on it).
    match filter.status {
        Some(s) => {
            qb.push(" AND status = ").push_bind(s.as_str());
        }
        None if !all_states => {
            qb.push(" AND status <> 'pending_deletion'");
        }
        None => {}
    }
    if let Some(k) = filter.kind {
        qb.push(" AND kind = ").push_bind(k.as_str());
    }
    if let Some(e) = &filter.external_id {
        qb.push(" AND external_id = ").push_bind(e.clone());
    }
    Ok(())
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &TenantFilter,
    page: &PageParams,
) -> CoreResult<TenantPage> {
    let (rows, next_cursor) = page
        .fetch::<TenantRow>(
            pool,
            &format!("SELECT {COLUMNS} FROM tenants WHERE true"),
            ("lower(name)", "id"),
            |qb| push_scope(qb, principal, filter, false),
            |r| (r.name.to_lowercase(), r.id),
        )
        .await?;
    Ok(TenantPage {
        items: rows.into_iter().map(TenantRow::into_tenant).collect(),
        next_cursor,
    })
}

const SEARCH: Searchable = Searchable {
    columns: &[
        col("id", "id", Kind::Id),
        col("parentId", "parent_id", Kind::Id),
        col("kind", "kind", Kind::Folded),
        quick("name", "name", Kind::Text),
        col("status", "status", Kind::Folded),
        col("externalId", "external_id", Kind::Text),
        col("createdAt", "created_at", Kind::Time),
        col("updatedAt", "updated_at", Kind::Time),
    ],
    default_order: "lower(name)",
    id: "id",
};

/// The column names [`search`] understands.
pub fn search_columns() -> impl Iterator<Item = &'static str> {
    SEARCH.column_names()
}

/// Tenants matching a query object, within the caller's subtree.
pub async fn search(
    pool: &PgPool,
    principal: &Principal,
    query: &SearchQuery,
) -> CoreResult<SearchPage<Tenant>> {
    let filter = TenantFilter::default();
    let select = format!("SELECT {COLUMNS} FROM tenants");
    let page = search::run::<TenantRow>(pool, &select, &SEARCH, query, |qb| {
        push_scope(qb, principal, &filter, query.mentions("status"))
    })
    .await?;
    Ok(page.map(TenantRow::into_tenant))
}

/// Checks that explicit limits of `parent`'s children (with `child` at `limits`) fit the parent.
async fn check_carving(
    conn: &mut PgConnection,
    parent: &TenantRow,
    child: Option<Uuid>,
    limits: &TenantLimits,
) -> CoreResult<()> {
    for (column, field, value) in limits.fields() {
        let Some(value) = value else { continue };
        let parent_limit = match column {
            "max_domains" => parent.max_domains,
            "max_accounts" => parent.max_accounts,
            "max_aliases" => parent.max_aliases,
            "max_groups" => parent.max_groups,
            _ => parent.max_storage_bytes,
        };
        let Some(parent_limit) = parent_limit else {
            continue;
        };
        let sql = format!(
            "SELECT LEAST(COALESCE(SUM({column}), 0), 9000000000000000000)::bigint FROM tenants WHERE parent_id = $1 AND id IS DISTINCT FROM $2"
        );
        let siblings: i64 = sqlx::query_scalar(&sql)
            .bind(parent.id)
            .bind(child)
            .fetch_one(&mut *conn)
            .await?;
        if siblings.saturating_add(value) > parent_limit {
            return Err(CoreError::conflict_on(
                "limit_exceeds_parent",
                field,
                format!(
                    "tenant {} has {} left to give (limit {parent_limit}, {siblings} given to other tenants)",
                    parent.name,
                    parent_limit - siblings
                ),
            ));
        }
    }
    Ok(())
}

pub async fn create(pool: &PgPool, principal: &Principal, input: NewTenant) -> CoreResult<Tenant> {
    if input.plan_id.is_some() {
        return Err(CoreError::Internal(
            "a plan is applied through postbay-plans".into(),
        ));
    }
    principal.require_tenant_admin()?;
    principal.require_writable()?;
    let name = names::display_name(&input.name, "name")?;
    let external_id = names::external_id(input.external_id.as_deref(), "externalId")?;
    let limits = input.limits.normalised()?;
    let (status, status_reason) = crate::status::initial(input.status, input.status_reason)?;
    let parent_id = match input.parent_id {
        Some(p) => p,
        None => home_tenant(pool, principal).await?,
    };
    let mut tx = pool.begin().await?;
    let parent = fetch_row(&mut tx, parent_id.0, true).await?;
    refuse_pending_in(&mut tx, &parent.ancestors).await?;
    // Creating below a tenant is a write inside it; tenant admins may create below their own.
    match &principal.role {
        Role::ServerAdmin => {}
        Role::TenantAdmin { tenant_id } if parent.ancestors.contains(&tenant_id.0) => {}
        _ => return Err(CoreError::NotFound { kind: "tenant" }),
    }
    let parent_kind = parent.kind;
    match (parent_kind, input.kind) {
        (_, TenantKind::Server) => {
            return Err(CoreError::invalid(
                "kind",
                "invalid_kind",
                "there is exactly one server tenant",
            ));
        }
        (TenantKind::Server, _) | (TenantKind::Reseller, TenantKind::Customer) => {}
        (TenantKind::Reseller, TenantKind::Reseller) => {
            return Err(CoreError::invalid(
                "kind",
                "invalid_kind",
                "a reseller can only be created under the server",
            ));
        }
        (TenantKind::Customer, _) => {
            return Err(CoreError::invalid(
                "parentId",
                "invalid_parent",
                "a customer cannot have tenants below it",
            ));
        }
    }
    check_carving(&mut tx, &parent, None, &limits).await?;
    let id = TenantId::new();
    let mut ancestors = parent.ancestors.clone();
    ancestors.push(id.0);
    let sql = format!(
        "INSERT INTO tenants (id, parent_id, ancestors, kind, name, status, external_id, max_domains, max_accounts, \
         max_aliases, max_groups, max_storage_bytes, status_reason) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING {COLUMNS}"
    );
    let row: TenantRow = sqlx::query_as(&sql)
        .bind(id.0)
        .bind(parent.id)
        .bind(&ancestors)
        .bind(input.kind.as_str())
        .bind(&name)
        .bind(status.as_str())
        .bind(&external_id)
        .bind(limits.max_domains)
        .bind(limits.max_accounts)
        .bind(limits.max_aliases)
        .bind(limits.max_groups)
        .bind(limits.max_storage_bytes)
        .bind(status_reason.map(StatusReason::as_str))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| {
            CoreError::unique_violation(
                e,
                "already_exists",
                "name",
                "a tenant with this name already exists under this parent",
            )
        })?;
    audit::record(
        &mut tx,
        principal,
        "tenant.create",
        "tenant",
        Some(id.0),
        Place { tenant_path: &ancestors, domain: None },
        serde_json::json!({"name": name, "kind": input.kind, "parentId": parent.id, "limits": limits, "status": status, "statusReason": status_reason, "externalId": external_id}),
    )
    .await?;
    tx.commit().await?;
    Ok(row.into_tenant())
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: TenantId,
    patch: TenantPatch,
) -> CoreResult<Tenant> {
    let mut tx = pool.begin().await?;
    let tenant = update_in(&mut tx, principal, id, patch, BelowUsage::Refuse).await?;
    tx.commit().await?;
    Ok(tenant)
}

/// Changes a tenant inside the caller's transaction; `below` says whether limits under what
/// the tenant already uses are taken (a forced plan change: growth stops until usage is under
/// them again).
pub async fn update_in(
    conn: &mut PgConnection,
    principal: &Principal,
    id: TenantId,
    patch: TenantPatch,
    below: BelowUsage,
) -> CoreResult<Tenant> {
    principal
        .require_tenant_admin()
        .map_err(|_| CoreError::NotFound { kind: "tenant" })?;
    if patch.plan_id.is_some() {
        return Err(CoreError::Internal(
            "a plan is applied through postbay-plans".into(),
        ));
    }
    let row = fetch_row(&mut *conn, id.0, true).await?;
    principal.authorize_tenant(&row.ancestors, Access::Write)?;
    let (status, status_reason) = crate::status::resolve(
        row.status,
        row.status_reason,
        patch.status,
        patch.status_reason,
    )?;
    if row.parent_id.is_none() && status != Status::Active {
        return Err(CoreError::conflict_on(
            "is_server",
            "status",
            "the server tenant is always active; suspend the tenants below it instead",
        ));
    }
    let name = patch
        .name
        .as_deref()
        .map(|n| names::display_name(n, "name"))
        .transpose()?;
    let external_id = match &patch.external_id {
        Some(v) => Some(names::external_id(v.as_deref(), "externalId")?),
        None => None,
    };
    let mut limits = row.limits();
    if let Some(lp) = &patch.limits {
        let set = |cur: &mut Option<i64>, v: &Option<Option<i64>>| {
            if let Some(v) = v {
                *cur = *v;
            }
        };
        set(&mut limits.max_domains, &lp.max_domains);
        set(&mut limits.max_accounts, &lp.max_accounts);
        set(&mut limits.max_aliases, &lp.max_aliases);
        set(&mut limits.max_groups, &lp.max_groups);
        set(&mut limits.max_storage_bytes, &lp.max_storage_bytes);
        limits = limits.normalised()?;
        for (column, field, value) in limits.fields() {
            if let Some(v) = value
                && v < row.usage_of(column)
                && below == BelowUsage::Refuse
            {
                let used = row.usage_of(column);
                return Err(CoreError::conflict_on(
                    "limit_below_usage",
                    field,
                    format!(
                        "{v} is below the {used} the tenant already uses ({} over); pass force=true to accept it and stop growth",
                        used - v
                    ),
                ));
            }
        }
        if let Some(parent) = row.parent_id {
            let parent = fetch_row(&mut *conn, parent, true).await?;
            check_carving(&mut *conn, &parent, Some(row.id), &limits).await?;
        }
        // The children's explicit limits must still fit under the new ones.
        for (column, field, value) in limits.fields() {
            let Some(v) = value else { continue };
            let sql = format!(
                "SELECT LEAST(COALESCE(SUM({column}), 0), 9000000000000000000)::bigint FROM tenants WHERE parent_id = $1"
            );
            let given: i64 = sqlx::query_scalar(&sql)
                .bind(row.id)
                .fetch_one(&mut *conn)
                .await?;
            if given > v {
                return Err(CoreError::conflict_on(
                    "limit_below_children",
                    field,
                    format!("the tenant's children already hold {given}"),
                ));
            }
        }
    }
    let sql = format!(
        "UPDATE tenants SET name = COALESCE($2, name), status = $3, status_reason = $11,
         external_id = CASE WHEN $4 THEN $5 ELSE external_id END,
         max_domains = $6, max_accounts = $7, max_aliases = $8, max_groups = $9, max_storage_bytes = $10,
         updated_at = now() WHERE id = $1 RETURNING {COLUMNS}"
    );
    let updated: TenantRow = sqlx::query_as(&sql)
        .bind(row.id)
        .bind(&name)
        .bind(status.as_str())
        .bind(external_id.is_some())
        .bind(external_id.clone().flatten())
        .bind(limits.max_domains)
        .bind(limits.max_accounts)
        .bind(limits.max_aliases)
        .bind(limits.max_groups)
        .bind(limits.max_storage_bytes)
        .bind(status_reason.map(StatusReason::as_str))
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| {
            CoreError::unique_violation(
                e,
                "already_exists",
                "name",
                "a tenant with this name already exists under this parent",
            )
        })?;
    if patch.status.is_some() {
        crate::admin_roles::ensure_server_admin_remains(&mut *conn).await?;
    }
    audit::record(
        &mut *conn,
        principal,
        "tenant.update",
        "tenant",
        Some(row.id),
        Place { tenant_path: &row.ancestors, domain: None },
        serde_json::json!({"name": name, "status": patch.status, "statusReason": (patch.status.is_some() || patch.status_reason.is_some()).then_some(status_reason).flatten(), "externalId": external_id, "limits": patch.limits.as_ref().map(|_| &limits)}),
    )
    .await?;
    Ok(updated.into_tenant())
}

/// Locks a tenant for a lifecycle change and checks the caller may remove it: a writer of it,
/// and never the server tenant. Without `cascade`, a tenant with tenants or domains below it
/// is refused.
pub async fn lock_for_removal(
    conn: &mut PgConnection,
    principal: &Principal,
    id: TenantId,
    cascade: bool,
) -> CoreResult<crate::status::Removal> {
    principal
        .require_tenant_admin()
        .map_err(|_| CoreError::NotFound { kind: "tenant" })?;
    let row = fetch_row(&mut *conn, id.0, true).await?;
    principal.authorize_tenant(&row.ancestors, Access::Write)?;
    if row.parent_id.is_none() {
        return Err(CoreError::conflict(
            "is_server",
            "the server tenant cannot be deleted",
        ));
    }
    if !cascade {
        // What below is deleted already does not count: it goes with this tenant's purge.
        let (children, domains): (bool, bool) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM tenants WHERE parent_id = $1 AND status <> 'pending_deletion'),
                    EXISTS (SELECT 1 FROM domains WHERE tenant_id = $1 AND status <> 'pending_deletion')",
        )
        .bind(row.id)
        .fetch_one(&mut *conn)
        .await?;
        if children {
            return Err(CoreError::conflict(
                "has_tenants",
                "delete the tenants below this one first, or pass cascade=true",
            ));
        }
        if domains {
            return Err(CoreError::conflict(
                "has_domains",
                "delete the tenant's domains first, or pass cascade=true",
            ));
        }
    }
    Ok(crate::status::Removal {
        kind: crate::status::NodeKind::Tenant,
        id: row.id,
        name: row.name,
        tenant_path: row.ancestors,
        domain: None,
        status: row.status,
        status_reason: row.status_reason,
    })
}

/// The domains of a tenant's whole subtree, and its tenants deepest first: the order in which
/// a purge removes them.
pub async fn subtree(conn: &mut PgConnection, id: TenantId) -> CoreResult<(Vec<Uuid>, Vec<Uuid>)> {
    let domains: Vec<Uuid> = sqlx::query_scalar(
        "SELECT d.id FROM domains d JOIN tenants t ON t.id = d.tenant_id WHERE t.ancestors @> ARRAY[$1]::uuid[] ORDER BY d.id",
    )
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    let tenants: Vec<Uuid> = sqlx::query_scalar(
        "SELECT id FROM tenants WHERE ancestors @> ARRAY[$1]::uuid[] ORDER BY cardinality(ancestors) DESC, id",
    )
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    Ok((domains, tenants))
}

/// Deletes a tenant for good once nothing is below it (its domains and child tenants purged
/// first, [`subtree`]). The caller has locked it ([`lock_for_removal`]) and audits.
pub async fn purge_in(conn: &mut PgConnection, id: TenantId) -> CoreResult<()> {
    sqlx::query("UPDATE accounts SET tenant_admin_of = NULL WHERE tenant_admin_of = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM user_templates WHERE tenant_id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM tenants WHERE id = $1")
        .bind(id.0)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
