//! A plan as stored, read within the caller's reach: what listing, changing and applying
//! plans share.

use chrono::{DateTime, Utc};
use postbay_core::access::{Principal, Role};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{PlanId, TenantId};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::{Plan, PlanLevel, PlanLimits};

#[derive(sqlx::FromRow)]
pub(crate) struct Row {
    pub(crate) id: Uuid,
    pub(crate) tenant_id: Uuid,
    pub(crate) name: String,
    description: String,
    pub(crate) level: PlanLevel,
    pub(crate) limits: sqlx::types::Json<PlanLimits>,
    pub(crate) assigned: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    /// The owner's path, for reach.
    pub(crate) ancestors: Vec<Uuid>,
}

impl Row {
    pub(crate) fn into_plan(self) -> Plan {
        Plan {
            id: PlanId(self.id),
            tenant_id: TenantId(self.tenant_id),
            name: self.name,
            description: self.description,
            level: self.level,
            limits: self.limits.0,
            assigned: self.assigned,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

pub(crate) const SELECT: &str = "SELECT p.id, p.tenant_id, p.name, p.description, p.level, p.limits, \
    (SELECT count(*) FROM tenants x WHERE x.plan_id = p.id) + (SELECT count(*) FROM domains x WHERE x.plan_id = p.id) \
    + (SELECT count(*) FROM accounts x WHERE x.plan_id = p.id) AS assigned, \
    p.created_at, p.updated_at, t.ancestors FROM plans p JOIN tenants t ON t.id = p.tenant_id";

/// Server administrators reach every plan; tenant administrators those of their subtree.
pub(crate) fn authorize(principal: &Principal, owner_path: &[Uuid]) -> CoreResult<()> {
    principal
        .require_tenant_admin()
        .map_err(|_| CoreError::NotFound { kind: "plan" })?;
    match &principal.role {
        Role::ServerAdmin => Ok(()),
        Role::TenantAdmin { tenant_id } if owner_path.contains(&tenant_id.0) => Ok(()),
        _ => Err(CoreError::NotFound { kind: "plan" }),
    }
}

/// A plan within the caller's reach; `lock` holds it against concurrent changes.
pub(crate) async fn fetch(
    conn: &mut PgConnection,
    principal: &Principal,
    id: PlanId,
    lock: bool,
) -> CoreResult<Row> {
    let sql = format!(
        "{SELECT} WHERE p.id = $1{}",
        if lock { " FOR UPDATE OF p" } else { "" }
    );
    let row: Row = sqlx::query_as(&sql)
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "plan" })?;
    authorize(principal, &row.ancestors)?;
    Ok(row)
}
