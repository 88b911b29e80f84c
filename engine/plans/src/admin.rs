//! Plans as the admin API manages them: server and tenant administrators, each for the
//! tenants of their subtree. Every change is audited.

use postbay_core::access::{Principal, Role};
use postbay_core::audit::{self, Place};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{PlanId, TenantId};
use postbay_core::list::PageParams;
use postbay_core::tenants::BelowUsage;
use postbay_core::{names, tenants};
use serde::Deserialize;
use sqlx::PgPool;

use crate::stored::{Row, SELECT, authorize, fetch};
use crate::{Plan, PlanLevel, PlanLimits};

/// Plans one tenant may own.
const MAX_PER_TENANT: i64 = 200;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewPlan {
    /// The owning tenant; defaults to the caller's own (the server tenant for server admins).
    pub tenant_id: Option<TenantId>,
    #[schema(min_length = 1)]
    pub name: String,
    pub description: Option<String>,
    pub level: PlanLevel,
    #[serde(default)]
    pub limits: PlanLimits,
}

/// A change of a plan; what is given replaces what it had. New limits are applied to every
/// node on the plan at once.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanPatch {
    pub name: Option<String>,
    pub description: Option<String>,
    pub limits: Option<PlanLimits>,
}

/// Which plans to list (paged by `PageParams`, by name).
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct PlanFilter {
    /// Only this tenant's plans.
    #[param(value_type = Option<String>, format = Uuid)]
    pub tenant_id: Option<TenantId>,
    pub level: Option<PlanLevel>,
}

/// A below-usage plan change is refused unless forced.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct ForceParams {
    /// Take limits below what a node already uses: it keeps what it has but cannot grow
    /// until it is under them again.
    #[serde(default)]
    pub force: bool,
}

impl ForceParams {
    pub fn below_usage(&self) -> BelowUsage {
        if self.force {
            BelowUsage::Accept
        } else {
            BelowUsage::Refuse
        }
    }
}

postbay_core::page_type!(PlanPage, Plan);

fn check_name(name: &str) -> CoreResult<String> {
    names::display_name(name, "name")
}

fn check_description(description: Option<&str>) -> CoreResult<String> {
    names::free_text(
        description.unwrap_or_default(),
        "description",
        names::MAX_DESCRIPTION,
    )
}

/// The plans within the caller's reach, by name.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &PlanFilter,
    page: &PageParams,
) -> CoreResult<PlanPage> {
    principal.require_tenant_admin()?;
    let (rows, next_cursor) = page
        .fetch::<Row>(
            pool,
            &format!("{SELECT} WHERE true"),
            ("lower(p.name)", "p.id"),
            |qb| {
                principal.filter().push_reach(qb, "t.ancestors", "NULL");
                if let Some(t) = filter.tenant_id {
                    qb.push(" AND p.tenant_id = ").push_bind(t.0);
                }
                if let Some(level) = filter.level {
                    qb.push(" AND p.level = ").push_bind(level.as_str());
                }
                Ok(())
            },
            |r| (r.name.to_lowercase(), r.id),
        )
        .await?;
    Ok(PlanPage {
        items: rows.into_iter().map(Row::into_plan).collect(),
        next_cursor,
    })
}

pub async fn get(pool: &PgPool, principal: &Principal, id: PlanId) -> CoreResult<Plan> {
    let mut conn = pool.acquire().await?;
    Ok(fetch(&mut conn, principal, id, false).await?.into_plan())
}

pub async fn create(pool: &PgPool, principal: &Principal, input: NewPlan) -> CoreResult<Plan> {
    principal.require_tenant_admin()?;
    principal.require_writable()?;
    let name = check_name(&input.name)?;
    let description = check_description(input.description.as_deref())?;
    input.limits.check(input.level)?;
    let mut tx = pool.begin().await?;
    let tenant = match (input.tenant_id, &principal.role) {
        (Some(t), _) => t,
        (None, Role::TenantAdmin { tenant_id }) => *tenant_id,
        (None, _) => tenants::root_in(&mut tx).await?,
    };
    let path = tenants::path_of(&mut tx, tenant).await?;
    authorize(principal, &path).map_err(|_| CoreError::NotFound { kind: "tenant" })?;
    tenants::refuse_pending_in(&mut tx, &path).await?;
    // Serialises creations per tenant, so the count below holds.
    sqlx::query("SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE")
        .bind(tenant.0)
        .execute(&mut *tx)
        .await?;
    let held: i64 = sqlx::query_scalar("SELECT count(*) FROM plans WHERE tenant_id = $1")
        .bind(tenant.0)
        .fetch_one(&mut *tx)
        .await?;
    if held >= MAX_PER_TENANT {
        return Err(CoreError::conflict(
            "limit_reached",
            format!("a tenant may own at most {MAX_PER_TENANT} plans"),
        ));
    }
    let id = PlanId::new();
    sqlx::query(
        "INSERT INTO plans (id, tenant_id, name, description, level, limits) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.0)
    .bind(tenant.0)
    .bind(&name)
    .bind(&description)
    .bind(input.level.as_str())
    .bind(sqlx::types::Json(&input.limits))
    .execute(&mut *tx)
    .await
    .map_err(|e| {
        CoreError::unique_violation(
            e,
            "already_exists",
            "name",
            "the tenant already has a plan of this name",
        )
    })?;
    audit::record(
        &mut tx,
        principal,
        "plan.create",
        "plan",
        Some(id.0),
        Place {
            tenant_path: &path,
            domain: None,
        },
        serde_json::json!({"name": name, "level": input.level, "limits": input.limits}),
    )
    .await?;
    let plan = fetch(&mut tx, principal, id, false).await?.into_plan();
    tx.commit().await?;
    Ok(plan)
}

/// Changes a plan; new limits are applied to every node on it in the same transaction, so
/// either all of them are on the new limits or none (`limit_below_usage` names the first node
/// they do not fit, unless `force`).
pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: PlanId,
    patch: PlanPatch,
    below: BelowUsage,
) -> CoreResult<Plan> {
    principal.require_writable()?;
    let name = patch.name.as_deref().map(check_name).transpose()?;
    let description = patch
        .description
        .as_deref()
        .map(|d| check_description(Some(d)))
        .transpose()?;
    let mut tx = pool.begin().await?;
    let row = fetch(&mut tx, principal, id, true).await?;
    if let Some(limits) = &patch.limits {
        limits.check(row.level)?;
    }
    sqlx::query(
        "UPDATE plans SET name = COALESCE($2, name), description = COALESCE($3, description),
                limits = COALESCE($4, limits), updated_at = now() WHERE id = $1",
    )
    .bind(id.0)
    .bind(&name)
    .bind(&description)
    .bind(patch.limits.as_ref().map(sqlx::types::Json))
    .execute(&mut *tx)
    .await
    .map_err(|e| {
        CoreError::unique_violation(
            e,
            "already_exists",
            "name",
            "the tenant already has a plan of this name",
        )
    })?;
    if patch.limits.is_some() {
        crate::apply::reapply(&mut tx, principal, id, below).await?;
    }
    audit::record(
        &mut tx,
        principal,
        "plan.update",
        "plan",
        Some(id.0),
        Place {
            tenant_path: &row.ancestors,
            domain: None,
        },
        serde_json::json!({"name": name, "description": description, "limits": patch.limits, "force": below == BelowUsage::Accept}),
    )
    .await?;
    let plan = fetch(&mut tx, principal, id, false).await?.into_plan();
    tx.commit().await?;
    Ok(plan)
}

/// Deletes a plan nothing is on (`plan_in_use` otherwise: move them to another plan first).
pub async fn delete(pool: &PgPool, principal: &Principal, id: PlanId) -> CoreResult<()> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let row = fetch(&mut tx, principal, id, true).await?;
    if row.assigned > 0 {
        return Err(CoreError::conflict(
            "plan_in_use",
            format!(
                "{} tenants, domains or accounts are on this plan; move them to another first",
                row.assigned
            ),
        ));
    }
    sqlx::query("DELETE FROM plans WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "plan.delete",
        "plan",
        Some(id.0),
        Place {
            tenant_path: &row.ancestors,
            domain: None,
        },
        serde_json::json!({"name": row.name}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
