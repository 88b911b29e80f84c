//! The audit log (`postbay_core::audit`).

use axum::Json;
use axum::extract::State;
use postbay_core::audit::{self, AuditEventPage, AuditQuery};

use crate::AppState;
use crate::extract::{ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(get, path = "/audit-events", tag = "audit", operation_id = "listAuditEvents", params(AuditQuery),
    responses((status = 200, body = AuditEventPage), Problems))]
pub async fn list_audit_events(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> ApiResult<Json<AuditEventPage>> {
    Ok(Json(audit::list(&s.pool, &p, &query).await?))
}
