//! Groups: members, addresses (none by default) and rights that members inherit.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::{Access, Principal};
use crate::admin_roles::{AdminRole, ensure_server_admin_remains};
use crate::audit::{self, Place};
use crate::counters::{Counter, bump};
use crate::domains;
use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, DomainId, GroupId};
use crate::list::{PageParams, page_type};
use crate::names::{self, LocalPart};
use crate::search::{self, Kind, SearchPage, SearchQuery, Searchable, col, quick};

const MAX_MEMBERS_PER_CALL: usize = 1000;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    pub id: GroupId,
    pub domain_id: DomainId,
    pub name: String,
    pub description: String,
    /// Local parts in the group's domain that deliver to every member.
    pub addresses: Vec<String>,
    pub admin_role: AdminRole,
    pub domain_admin: bool,
    pub publish_in_address_list: bool,
    pub local_only: bool,
    pub member_count: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewGroup {
    #[schema(min_length = 1)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub addresses: Vec<String>,
    #[serde(default)]
    pub members: Vec<AccountId>,
    #[serde(default)]
    pub admin_role: AdminRole,
    #[serde(default)]
    pub domain_admin: bool,
    #[serde(default)]
    pub publish_in_address_list: bool,
    #[serde(default)]
    pub local_only: bool,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupPatch {
    pub name: Option<String>,
    pub description: Option<String>,
    /// Replaces the addresses.
    pub addresses: Option<Vec<String>>,
    pub admin_role: Option<AdminRole>,
    pub domain_admin: Option<bool>,
    pub publish_in_address_list: Option<bool>,
    pub local_only: Option<bool>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct GroupFilter {
    pub domain_id: Option<Uuid>,
    pub tenant_id: Option<Uuid>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MemberList {
    pub account_ids: Vec<AccountId>,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GroupMember {
    pub account_id: AccountId,
    pub email: String,
    pub full_name: String,
}

page_type!(GroupPage, Group);

#[derive(sqlx::FromRow)]
struct GroupRow {
    id: Uuid,
    domain_id: Uuid,
    name: String,
    description: String,
    addresses: Vec<String>,
    admin_role: AdminRole,
    domain_admin: bool,
    publish_in_address_list: bool,
    local_only: bool,
    member_count: i64,
    tenant_path: Vec<Uuid>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

const SELECT: &str = "SELECT g.id, g.domain_id, g.name, g.description, \
    COALESCE((SELECT array_agg(o.local_part ORDER BY o.local_part) FROM owned_addresses o WHERE o.group_id = g.id), '{}') AS addresses, \
    g.admin_role, g.domain_admin, g.publish_in_address_list, g.local_only, \
    (SELECT count(*) FROM group_members m WHERE m.group_id = g.id) AS member_count, \
    t.ancestors AS tenant_path, g.created_at, g.updated_at \
    FROM groups g JOIN domains d ON d.id = g.domain_id JOIN tenants t ON t.id = d.tenant_id";

impl GroupRow {
    fn into_group(self) -> Group {
        Group {
            id: GroupId(self.id),
            domain_id: DomainId(self.domain_id),
            name: self.name,
            description: self.description,
            addresses: self.addresses,
            admin_role: self.admin_role,
            domain_admin: self.domain_admin,
            publish_in_address_list: self.publish_in_address_list,
            local_only: self.local_only,
            member_count: self.member_count,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

async fn fetch_row(conn: &mut PgConnection, id: GroupId) -> CoreResult<GroupRow> {
    sqlx::query_as(&format!("{SELECT} WHERE g.id = $1"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "group" })
}

/// Loads a group and checks the caller's access (admins of its domain and above).
async fn authorized(
    conn: &mut PgConnection,
    principal: &Principal,
    id: GroupId,
    access: Access,
) -> CoreResult<GroupRow> {
    let row = fetch_row(conn, id).await?;
    principal.authorize_in_domain(
        &row.tenant_path,
        DomainId(row.domain_id),
        None,
        "group",
        access,
    )?;
    // Membership of a group with server rights is a server grant: only server admins change it.
    if access == Access::Write && row.admin_role != AdminRole::None && !principal.is_server_admin()
    {
        return Err(CoreError::forbidden(
            "only server administrators change groups with server administration rights",
        ));
    }
    Ok(row)
}
pub async fn get(pool: &PgPool, principal: &Principal, id: GroupId) -> CoreResult<Group> {
    let mut conn = pool.acquire().await?;
    Ok(authorized(&mut conn, principal, id, Access::Read)
        .await?
        .into_group())
}

/// Narrows a group query (whose WHERE clause is open) to the caller's reach and `filter`.
fn push_scope(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    filter: &GroupFilter,
) -> CoreResult<()> {
    principal.require_admin()?;
    super::push_in_domain(
        qb,
        principal,
        "g.domain_id",
        filter.domain_id,
        filter.tenant_id,
    );
    Ok(())
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &GroupFilter,
    page: &PageParams,
) -> CoreResult<GroupPage> {
    let (rows, next_cursor) = page
        .fetch::<GroupRow>(
            pool,
            &format!("{SELECT} WHERE true"),
            ("lower(g.name)", "g.id"),
            |qb| push_scope(qb, principal, filter),
            |r| (r.name.to_lowercase(), r.id),
        )
        .await?;
    Ok(GroupPage {
        items: rows.into_iter().map(GroupRow::into_group).collect(),
        next_cursor,
    })
}

const SEARCH: Searchable = Searchable {
    columns: &[
        col("id", "g.id", Kind::Id),
        col("domainId", "g.domain_id", Kind::Id),
        quick("name", "g.name", Kind::Text),
        quick("description", "g.description", Kind::Text),
        col(
            "publishInAddressList",
            "g.publish_in_address_list",
            Kind::Boolean,
        ),
        col("localOnly", "g.local_only", Kind::Boolean),
        col(
            "memberCount",
            "(SELECT count(*) FROM group_members m WHERE m.group_id = g.id)",
            Kind::Integer,
        ),
        col("createdAt", "g.created_at", Kind::Time),
        col("updatedAt", "g.updated_at", Kind::Time),
    ],
    default_order: "lower(g.name)",
    id: "g.id",
};

/// The column names [`search`] understands.
pub fn search_columns() -> impl Iterator<Item = &'static str> {
    SEARCH.column_names()
}

/// Groups matching a query object, within the caller's reach and, if given, one domain.
pub async fn search(
    pool: &PgPool,
    principal: &Principal,
    domain: Option<DomainId>,
    query: &SearchQuery,
) -> CoreResult<SearchPage<Group>> {
    let filter = GroupFilter {
        domain_id: domain.map(|d| d.0),
        tenant_id: None,
    };
    let page = search::run::<GroupRow>(pool, SELECT, &SEARCH, query, |qb| {
        push_scope(qb, principal, &filter)
    })
    .await?;
    Ok(page.map(GroupRow::into_group))
}

async fn set_addresses(
    conn: &mut PgConnection,
    domain: DomainId,
    group: GroupId,
    addresses: &[String],
) -> CoreResult<()> {
    if addresses.len() > crate::accounts::MAX_ADDRESSES {
        return Err(CoreError::invalid(
            "addresses",
            "too_many",
            "at most 50 addresses",
        ));
    }
    sqlx::query("DELETE FROM owned_addresses WHERE group_id = $1")
        .bind(group.0)
        .execute(&mut *conn)
        .await?;
    for (i, a) in addresses.iter().enumerate() {
        let local = LocalPart::parse(a, format!("addresses[{i}]"))?;
        sqlx::query("INSERT INTO owned_addresses (domain_id, local_part, group_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1")
            .bind(domain.0)
            .bind(local.as_str())
            .bind(group.0)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(|| CoreError::conflict_on("already_exists", format!("addresses[{i}]"), "the address is already taken in this domain"))?;
    }
    Ok(())
}

async fn add_members_in(
    conn: &mut PgConnection,
    domain: DomainId,
    group: GroupId,
    members: &[AccountId],
) -> CoreResult<()> {
    if members.len() > MAX_MEMBERS_PER_CALL {
        return Err(CoreError::invalid(
            "accountIds",
            "too_many",
            "at most 1000 members per call",
        ));
    }
    let ids: Vec<Uuid> = members.iter().map(|m| m.0).collect();
    let found: i64 =
        sqlx::query_scalar("SELECT count(*) FROM accounts WHERE domain_id = $1 AND id = ANY($2)")
            .bind(domain.0)
            .bind(&ids)
            .fetch_one(&mut *conn)
            .await?;
    let distinct = ids.iter().collect::<std::collections::HashSet<_>>().len() as i64;
    if found != distinct {
        return Err(CoreError::invalid(
            "accountIds",
            "unknown_account",
            "every member must be an account of the group's domain",
        ));
    }
    sqlx::query("INSERT INTO group_members (group_id, account_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING")
        .bind(group.0)
        .bind(&ids)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

fn check_role(principal: &Principal, role: AdminRole) -> CoreResult<()> {
    if role != AdminRole::None && !principal.is_server_admin() {
        return Err(CoreError::invalid(
            "adminRole",
            "cannot_grant",
            "only server administrators grant server administration rights",
        ));
    }
    Ok(())
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    input: NewGroup,
) -> CoreResult<Group> {
    principal.require_admin()?;
    let name = names::display_name(&input.name, "name")?;
    let description = names::free_text(&input.description, "description", names::MAX_DESCRIPTION)?;
    check_role(principal, input.admin_role)?;
    let mut tx = pool.begin().await?;
    let ctx = domains::context(&mut tx, domain, true).await?;
    principal.authorize_in_domain(&ctx.tenant_path, domain, None, "domain", Access::Write)?;
    ctx.refuse_pending()?;
    let id = GroupId::new();
    sqlx::query(
        "INSERT INTO groups (id, domain_id, name, description, admin_role, domain_admin, publish_in_address_list, local_only)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
    )
    .bind(id.0)
    .bind(domain.0)
    .bind(&name)
    .bind(&description)
    .bind(input.admin_role.as_str())
    .bind(input.domain_admin)
    .bind(input.publish_in_address_list)
    .bind(input.local_only)
    .execute(&mut *tx)
    .await
    .map_err(|e| CoreError::unique_violation(e, "already_exists", "name", "a group with this name already exists in the domain"))?;
    set_addresses(&mut tx, domain, id, &input.addresses).await?;
    add_members_in(&mut tx, domain, id, &input.members).await?;
    bump(&mut tx, &ctx.tenant_path, Some(domain), Counter::Groups, 1).await?;
    audit::record(&mut tx, principal, "group.create", "group", Some(id.0), Place { tenant_path: &ctx.tenant_path, domain: Some(domain) },
        serde_json::json!({"name": name, "description": description, "addresses": input.addresses, "members": input.members, "adminRole": input.admin_role, "domainAdmin": input.domain_admin, "localOnly": input.local_only})).await?;
    let row = fetch_row(&mut tx, id).await?;
    tx.commit().await?;
    Ok(row.into_group())
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: GroupId,
    patch: GroupPatch,
) -> CoreResult<Group> {
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    let domain = DomainId(row.domain_id);
    let name = patch
        .name
        .as_deref()
        .map(|n| names::display_name(n, "name"))
        .transpose()?;
    let description = patch
        .description
        .as_deref()
        .map(|d| names::free_text(d, "description", names::MAX_DESCRIPTION))
        .transpose()?;
    if let Some(role) = patch.admin_role.filter(|r| *r != row.admin_role) {
        check_role(principal, role)?;
        if !principal.is_server_admin() {
            return Err(CoreError::invalid(
                "adminRole",
                "cannot_grant",
                "only server administrators change server administration rights",
            ));
        }
    }
    if let Some(addresses) = &patch.addresses {
        set_addresses(&mut tx, domain, id, addresses).await?;
    }
    sqlx::query(
        "UPDATE groups SET name = COALESCE($2, name), description = COALESCE($3, description), admin_role = COALESCE($4, admin_role),
         domain_admin = COALESCE($5, domain_admin), publish_in_address_list = COALESCE($6, publish_in_address_list),
         local_only = COALESCE($7, local_only), updated_at = now() WHERE id = $1",
    )
    .bind(id.0)
    .bind(&name)
    .bind(&description)
    .bind(patch.admin_role.map(AdminRole::as_str))
    .bind(patch.domain_admin)
    .bind(patch.publish_in_address_list)
    .bind(patch.local_only)
    .execute(&mut *tx)
    .await
    .map_err(|e| CoreError::unique_violation(e, "already_exists", "name", "a group with this name already exists in the domain"))?;
    ensure_server_admin_remains(&mut tx).await?;
    audit::record(&mut tx, principal, "group.update", "group", Some(id.0), Place { tenant_path: &row.tenant_path, domain: Some(domain) },
        serde_json::json!({"name": name, "description": description, "addresses": patch.addresses, "adminRole": patch.admin_role, "domainAdmin": patch.domain_admin, "localOnly": patch.local_only})).await?;
    let row = fetch_row(&mut tx, id).await?;
    tx.commit().await?;
    Ok(row.into_group())
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: GroupId) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    let domain = DomainId(row.domain_id);
    // Inside a domain pending deletion nothing changes: its counts went with it.
    domains::context(&mut tx, domain, true)
        .await?
        .refuse_pending()?;
    let deleted = sqlx::query("DELETE FROM groups WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if deleted == 0 {
        return Err(CoreError::NotFound { kind: "group" });
    }
    ensure_server_admin_remains(&mut tx).await?;
    bump(&mut tx, &row.tenant_path, Some(domain), Counter::Groups, -1).await?;
    audit::record(
        &mut tx,
        principal,
        "group.delete",
        "group",
        Some(id.0),
        Place {
            tenant_path: &row.tenant_path,
            domain: Some(domain),
        },
        serde_json::json!({"name": row.name}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn members(
    pool: &PgPool,
    principal: &Principal,
    id: GroupId,
) -> CoreResult<Vec<GroupMember>> {
    let mut conn = pool.acquire().await?;
    authorized(&mut conn, principal, id, Access::Read).await?;
    Ok(sqlx::query_as(
        "SELECT a.id AS account_id, a.login || '@' || d.name AS email, a.full_name FROM group_members m
         JOIN accounts a ON a.id = m.account_id JOIN domains d ON d.id = a.domain_id WHERE m.group_id = $1 ORDER BY a.login",
    )
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?)
}

pub async fn add_members(
    pool: &PgPool,
    principal: &Principal,
    id: GroupId,
    input: MemberList,
) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    add_members_in(&mut tx, DomainId(row.domain_id), id, &input.account_ids).await?;
    audit::record(
        &mut tx,
        principal,
        "group.add_members",
        "group",
        Some(id.0),
        Place {
            tenant_path: &row.tenant_path,
            domain: Some(DomainId(row.domain_id)),
        },
        serde_json::json!({"accountIds": input.account_ids}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove_members(
    pool: &PgPool,
    principal: &Principal,
    id: GroupId,
    input: MemberList,
) -> CoreResult<()> {
    if input.account_ids.len() > MAX_MEMBERS_PER_CALL {
        return Err(CoreError::invalid(
            "accountIds",
            "too_many",
            "at most 1000 members per call",
        ));
    }
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    let ids: Vec<Uuid> = input.account_ids.iter().map(|a| a.0).collect();
    sqlx::query("DELETE FROM group_members WHERE group_id = $1 AND account_id = ANY($2)")
        .bind(id.0)
        .bind(&ids)
        .execute(&mut *tx)
        .await?;
    ensure_server_admin_remains(&mut tx).await?;
    audit::record(
        &mut tx,
        principal,
        "group.remove_members",
        "group",
        Some(id.0),
        Place {
            tenant_path: &row.tenant_path,
            domain: Some(DomainId(row.domain_id)),
        },
        serde_json::json!({"accountIds": input.account_ids}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
