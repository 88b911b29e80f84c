//! The audit log: every change made through the API, written in the transaction of the change.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::Principal;
use crate::error::{CoreError, CoreResult};
use crate::ids::DomainId;

/// Where a changed object sits, so the event is visible to the admins above it.
pub struct Place<'a> {
    pub tenant_path: &'a [Uuid],
    pub domain: Option<DomainId>,
}

/// Records one change. `changes` holds the fields as given (secrets never included).
pub async fn record(
    conn: &mut PgConnection,
    principal: &Principal,
    action: &str,
    object_kind: &str,
    object_id: Option<Uuid>,
    place: Place<'_>,
    changes: serde_json::Value,
) -> CoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_events (actor, actor_ip, action, object_kind, object_id, tenant_path, domain_id, changes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&principal.actor)
    .bind(&principal.ip)
    .bind(action)
    .bind(object_kind)
    .bind(object_id)
    .bind(place.tenant_path)
    .bind(place.domain.map(|d| d.0))
    .bind(changes)
    .execute(conn)
    .await?;
    Ok(())
}

/// One recorded change.
#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// `account:<address>`, `api-key:<prefix>` or `system`.
    pub actor: String,
    pub actor_ip: Option<String>,
    /// `<kind>.<verb>`, e.g. `account.create`.
    pub action: String,
    pub object_kind: String,
    pub object_id: Option<Uuid>,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub domain_id: Option<Uuid>,
    /// The fields the change set (passwords and keys are never recorded).
    #[schema(value_type = Object)]
    pub changes: serde_json::Value,
}

/// Filters for the audit log. Events come newest first.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Rows per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// Only events older than this event id (the `nextCursor` of the previous page).
    pub cursor: Option<String>,
    pub object_id: Option<Uuid>,
    pub domain_id: Option<Uuid>,
    /// Exact action, e.g. `account.create`.
    pub action: Option<String>,
    /// Exact actor, e.g. `account:admin@example.com`.
    pub actor: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

crate::list::page_type!(AuditEventPage, AuditEvent);

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    query: &AuditQuery,
) -> CoreResult<AuditEventPage> {
    principal.require_admin()?;
    let limit = i64::from(crate::list::limit(query.limit, 100, 1000)?);
    let scope = principal.filter();
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT id, at, actor, actor_ip, action, object_kind, object_id, domain_id, changes FROM audit_events WHERE true",
    );
    if let Some(t) = scope.tenant {
        qb.push(" AND tenant_path @> ARRAY[")
            .push_bind(t)
            .push("]::uuid[]");
    }
    if let Some(d) = scope.domain {
        qb.push(" AND domain_id = ").push_bind(d);
    }
    if let Some(cursor) = query.cursor.as_deref().filter(|c| !c.is_empty()) {
        let before: i64 = cursor.parse().map_err(|_| {
            CoreError::invalid(
                "cursor",
                "invalid_cursor",
                "the cursor is not one this server issued",
            )
        })?;
        qb.push(" AND id < ").push_bind(before);
    }
    if let Some(v) = query.object_id {
        qb.push(" AND object_id = ").push_bind(v);
    }
    if let Some(v) = query.domain_id {
        qb.push(" AND domain_id = ").push_bind(v);
    }
    if let Some(v) = &query.action {
        qb.push(" AND action = ").push_bind(v.clone());
    }
    if let Some(v) = &query.actor {
        qb.push(" AND actor = ").push_bind(v.clone());
    }
    if let Some(v) = query.since {
        qb.push(" AND at >= ").push_bind(v);
    }
    if let Some(v) = query.until {
        qb.push(" AND at < ").push_bind(v);
    }
    qb.push(" ORDER BY id DESC LIMIT ").push_bind(limit + 1);
    let mut items: Vec<AuditEvent> = qb.build_query_as().fetch_all(pool).await?;
    let next_cursor = if items.len() as i64 > limit {
        items.truncate(limit as usize);
        items.last().map(|e| e.id.to_string())
    } else {
        None
    };
    Ok(AuditEventPage { items, next_cursor })
}
