//! User templates: named account defaults, owned by a tenant (usable in all its domains) or by
//! one domain. A template is copied when an account is created; later changes do not propagate.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::{Access, Principal, Role};
use crate::accounts::AccountDefaults;
use crate::audit::{self, Place};
use crate::domains;
use crate::error::{CoreError, CoreResult};
use crate::ids::{DomainId, TemplateId, TenantId};
use crate::list::{PageParams, page_type};
use crate::names;
use crate::search::{self, Kind, SearchPage, SearchQuery, Searchable, col, quick};

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UserTemplate {
    pub id: TemplateId,
    pub tenant_id: TenantId,
    /// Set when the template belongs to one domain; absent for a tenant-wide template.
    pub domain_id: Option<DomainId>,
    pub name: String,
    /// Copied into the description of accounts made from the template.
    pub description: String,
    pub defaults: AccountDefaults,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewUserTemplate {
    /// A domain-scoped template; leave out for a tenant-wide one.
    pub domain_id: Option<DomainId>,
    /// The owning tenant of a tenant-wide template; defaults to the caller's own.
    pub tenant_id: Option<TenantId>,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub defaults: AccountDefaults,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatePatch {
    pub name: Option<String>,
    pub description: Option<String>,
    /// Replaces all defaults.
    pub defaults: Option<AccountDefaults>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct TemplateFilter {
    /// Templates usable in this domain (its own and its tenants').
    pub domain_id: Option<Uuid>,
}

page_type!(UserTemplatePage, UserTemplate);

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    tenant_id: Uuid,
    domain_id: Option<Uuid>,
    name: String,
    description: String,
    defaults: sqlx::types::Json<AccountDefaults>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    tenant_path: Vec<Uuid>,
}

const SELECT: &str = "SELECT u.id, u.tenant_id, u.domain_id, u.name, u.description, u.defaults, u.created_at, u.updated_at, \
    t.ancestors AS tenant_path FROM user_templates u JOIN tenants t ON t.id = u.tenant_id";

impl Row {
    fn into_template(self) -> UserTemplate {
        UserTemplate {
            id: TemplateId(self.id),
            tenant_id: TenantId(self.tenant_id),
            domain_id: self.domain_id.map(DomainId),
            name: self.name,
            description: self.description,
            defaults: self.defaults.0,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }

    /// Domain admins read the templates of their tenants but change only their domain's.
    /// `caller_path` is the ancestors path of a domain admin's tenant (empty for others).
    fn authorize(
        &self,
        principal: &Principal,
        access: Access,
        caller_path: &[Uuid],
    ) -> CoreResult<()> {
        match (self.domain_id, &principal.role) {
            (Some(d), _) => principal.authorize_in_domain(
                &self.tenant_path,
                DomainId(d),
                None,
                "template",
                access,
            ),
            // A domain admin reads the templates of its domain's tenant and the tenants above it.
            (None, Role::DomainAdmin { .. })
                if access == Access::Read && caller_path.contains(&self.tenant_id) =>
            {
                Ok(())
            }
            (None, Role::DomainAdmin { .. }) if access == Access::Write => {
                Err(CoreError::NotFound { kind: "template" })
            }
            (None, _) => principal
                .authorize_tenant(&self.tenant_path, Access::Read)
                .and_then(|_| {
                    if access == Access::Write {
                        principal.require_writable()
                    } else {
                        Ok(())
                    }
                })
                .map_err(|e| match e {
                    CoreError::NotFound { .. } => CoreError::NotFound { kind: "template" },
                    other => other,
                }),
        }
    }
}

fn check_defaults(principal: &Principal, defaults: &AccountDefaults) -> CoreResult<()> {
    if defaults
        .admin_role
        .is_some_and(|r| r != crate::admin_roles::AdminRole::None)
        && !principal.is_server_admin()
    {
        return Err(CoreError::invalid(
            "defaults.adminRole",
            "cannot_grant",
            "only server administrators grant server administration rights",
        ));
    }
    for (v, f) in [
        (defaults.quota_bytes, "defaults.quotaBytes"),
        (defaults.quota_messages, "defaults.quotaMessages"),
        (
            defaults.max_outgoing_message_size,
            "defaults.maxOutgoingMessageSize",
        ),
    ] {
        if let Some(v) = v {
            crate::counters::bounded(v, f)?;
        }
    }
    Ok(())
}

async fn fetch(
    pool: &PgPool,
    principal: &Principal,
    id: TemplateId,
    access: Access,
) -> CoreResult<Row> {
    principal
        .require_admin()
        .map_err(|_| CoreError::NotFound { kind: "template" })?;
    let row: Row = sqlx::query_as(&format!("{SELECT} WHERE u.id = $1"))
        .bind(id.0)
        .fetch_optional(pool)
        .await?
        .ok_or(CoreError::NotFound { kind: "template" })?;
    let caller_path: Vec<Uuid> = match &principal.role {
        Role::DomainAdmin { tenant_id, .. } => {
            sqlx::query_scalar("SELECT ancestors FROM tenants WHERE id = $1")
                .bind(tenant_id.0)
                .fetch_optional(pool)
                .await?
                .unwrap_or_default()
        }
        _ => Vec::new(),
    };
    row.authorize(principal, access, &caller_path)?;
    Ok(row)
}

pub async fn get(pool: &PgPool, principal: &Principal, id: TemplateId) -> CoreResult<UserTemplate> {
    Ok(fetch(pool, principal, id, Access::Read)
        .await?
        .into_template())
}

/// Narrows a template query (whose WHERE clause is open) to the caller's reach and `filter`.
fn push_scope(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    filter: &TemplateFilter,
) -> CoreResult<()> {
    principal.require_admin()?;
    match &principal.role {
        Role::ServerAdmin => {}
        Role::TenantAdmin { tenant_id } => {
            qb.push(" AND (t.ancestors @> ARRAY[")
                .push_bind(tenant_id.0)
                .push("]::uuid[])");
        }
        Role::DomainAdmin {
            domain_id,
            tenant_id,
        }
        | Role::Account {
            domain_id,
            tenant_id,
            ..
        } => {
            // Their domain's templates and those of the tenants above it.
            qb.push(" AND (u.domain_id = ").push_bind(domain_id.0);
            qb.push(" OR (u.domain_id IS NULL AND u.tenant_id = ANY((SELECT ancestors FROM tenants WHERE id = ").push_bind(tenant_id.0).push(")::uuid[])))");
        }
    }
    if let Some(d) = filter.domain_id {
        qb.push(" AND (u.domain_id = ").push_bind(d);
        qb.push(" OR (u.domain_id IS NULL AND u.tenant_id = ANY((SELECT t2.ancestors FROM domains d2 JOIN tenants t2 ON t2.id = d2.tenant_id WHERE d2.id = ")
            .push_bind(d)
            .push(")::uuid[])))");
    }
    Ok(())
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &TemplateFilter,
    page: &PageParams,
) -> CoreResult<UserTemplatePage> {
    let (rows, next_cursor) = page
        .fetch::<Row>(
            pool,
            &format!("{SELECT} WHERE true"),
            ("lower(u.name)", "u.id"),
            |qb| push_scope(qb, principal, filter),
            |r| (r.name.to_lowercase(), r.id),
        )
        .await?;
    Ok(UserTemplatePage {
        items: rows.into_iter().map(Row::into_template).collect(),
        next_cursor,
    })
}

const SEARCH: Searchable = Searchable {
    columns: &[
        col("id", "u.id", Kind::Id),
        col("tenantId", "u.tenant_id", Kind::Id),
        col("domainId", "u.domain_id", Kind::Id),
        quick("name", "u.name", Kind::Text),
        quick("description", "u.description", Kind::Text),
        col("createdAt", "u.created_at", Kind::Time),
        col("updatedAt", "u.updated_at", Kind::Time),
    ],
    default_order: "lower(u.name)",
    id: "u.id",
};

/// The column names [`search`] understands.
pub fn search_columns() -> impl Iterator<Item = &'static str> {
    SEARCH.column_names()
}

/// Templates matching a query object: those the caller may use, optionally those usable in one
/// domain.
pub async fn search(
    pool: &PgPool,
    principal: &Principal,
    domain: Option<DomainId>,
    query: &SearchQuery,
) -> CoreResult<SearchPage<UserTemplate>> {
    let filter = TemplateFilter {
        domain_id: domain.map(|d| d.0),
    };
    let page = search::run::<Row>(pool, SELECT, &SEARCH, query, |qb| {
        push_scope(qb, principal, &filter)
    })
    .await?;
    Ok(page.map(Row::into_template))
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    input: NewUserTemplate,
) -> CoreResult<UserTemplate> {
    principal.require_admin()?;
    principal.require_writable()?;
    let name = names::display_name(&input.name, "name")?;
    let description = names::free_text(&input.description, "description", names::MAX_DESCRIPTION)?;
    check_defaults(principal, &input.defaults)?;
    let mut tx = pool.begin().await?;
    let (tenant_id, tenant_path) = match (input.domain_id, input.tenant_id) {
        (Some(_), Some(_)) => {
            return Err(CoreError::invalid(
                "tenantId",
                "conflicting_fields",
                "give domainId or tenantId, not both",
            ));
        }
        (Some(d), None) => {
            let ctx = domains::context(&mut tx, d, false).await?;
            principal.authorize_in_domain(&ctx.tenant_path, d, None, "domain", Access::Write)?;
            let tenant = *ctx
                .tenant_path
                .last()
                .ok_or(CoreError::NotFound { kind: "domain" })?;
            (TenantId(tenant), ctx.tenant_path)
        }
        (None, t) => {
            principal.require_tenant_admin()?;
            let t = match (t, &principal.role) {
                (Some(t), _) => t,
                (None, Role::TenantAdmin { tenant_id }) => *tenant_id,
                (None, _) => crate::tenants::root(pool).await?,
            };
            let path = crate::tenants::path_of(&mut tx, t).await?;
            principal.authorize_tenant(&path, Access::Read)?;
            (t, path)
        }
    };
    let id = TemplateId::new();
    sqlx::query("INSERT INTO user_templates (id, tenant_id, domain_id, name, description, defaults) VALUES ($1,$2,$3,$4,$5,$6)")
        .bind(id.0)
        .bind(tenant_id.0)
        .bind(input.domain_id.map(|d| d.0))
        .bind(&name)
        .bind(&description)
        .bind(sqlx::types::Json(&input.defaults))
        .execute(&mut *tx)
        .await
        .map_err(|e| CoreError::unique_violation(e, "already_exists", "name", "a template with this name already exists here"))?;
    audit::record(
        &mut tx,
        principal,
        "template.create",
        "template",
        Some(id.0),
        Place {
            tenant_path: &tenant_path,
            domain: input.domain_id,
        },
        serde_json::json!({"name": name, "description": description, "defaults": input.defaults}),
    )
    .await?;
    tx.commit().await?;
    get(pool, principal, id).await
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: TemplateId,
    patch: UserTemplatePatch,
) -> CoreResult<UserTemplate> {
    let row = fetch(pool, principal, id, Access::Write).await?;
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
    if let Some(d) = &patch.defaults {
        check_defaults(principal, d)?;
    }
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE user_templates SET name = COALESCE($2, name), description = COALESCE($3, description), defaults = COALESCE($4, defaults), updated_at = now() WHERE id = $1")
        .bind(id.0)
        .bind(&name)
        .bind(&description)
        .bind(patch.defaults.as_ref().map(sqlx::types::Json))
        .execute(&mut *tx)
        .await
        .map_err(|e| CoreError::unique_violation(e, "already_exists", "name", "a template with this name already exists here"))?;
    audit::record(
        &mut tx,
        principal,
        "template.update",
        "template",
        Some(id.0),
        Place {
            tenant_path: &row.tenant_path,
            domain: row.domain_id.map(DomainId),
        },
        serde_json::json!({"name": name, "description": description, "defaults": patch.defaults}),
    )
    .await?;
    tx.commit().await?;
    get(pool, principal, id).await
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: TemplateId) -> CoreResult<()> {
    let row = fetch(pool, principal, id, Access::Write).await?;
    let mut tx = pool.begin().await?;
    sqlx::query("DELETE FROM user_templates WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "template.delete",
        "template",
        Some(id.0),
        Place {
            tenant_path: &row.tenant_path,
            domain: row.domain_id.map(DomainId),
        },
        serde_json::json!({"name": row.name}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
