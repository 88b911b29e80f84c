//! Usage for billing (`postbay_usage`): daily snapshots read, exported and taken.

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use postbay_usage::SnapshotTaken;
use postbay_usage::report::{self, ExportFormat, ExportParams, UsagePage, UsagePaging, UsageQuery};

use crate::AppState;
use crate::extract::{ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// Daily usage for a period (`from`..`to`, UTC days): storage at the end of the day and its
/// peak, messages and bytes received and sent, recipients sent to, active mailboxes. Name one
/// account, domain or tenant for its own days, and `level` for every account, domain or
/// tenant under it. Rows of a day that is over are final (`closed`).
#[utoipa::path(get, path = "/usage", tag = "usage", operation_id = "getUsage", params(UsageQuery, UsagePaging),
    responses((status = 200, body = UsagePage), Problems))]
pub async fn get_usage(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(q): ApiQuery<UsageQuery>,
    ApiQuery(paging): ApiQuery<UsagePaging>,
) -> ApiResult<Json<UsagePage>> {
    Ok(Json(report::get(&s.pool, &p, &q, &paging).await?))
}

/// The same rows, all of them, as CSV (default) or NDJSON, streamed: a closed period's export
/// is byte for byte the same however often it is fetched.
#[utoipa::path(get, path = "/usage/export", tag = "usage", operation_id = "exportUsage", params(UsageQuery, ExportParams),
    responses((status = 200, description = "CSV or NDJSON rows", content_type = "text/csv", body = String), Problems))]
pub async fn export_usage(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(q): ApiQuery<UsageQuery>,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> ApiResult<Response> {
    let format = params.format.unwrap_or_default();
    let rows = report::export(s.pool.clone(), p, q, format).await?;
    let kind = match format {
        ExportFormat::Csv => "text/csv; charset=utf-8",
        ExportFormat::Ndjson => "application/x-ndjson",
    };
    Ok(([(header::CONTENT_TYPE, kind)], Body::from_stream(rows)).into_response())
}

/// Takes today's snapshot now instead of at the next hourly pass (closing yesterday first if
/// it is not yet); server administrators.
#[utoipa::path(post, path = "/usage/snapshot", tag = "usage", operation_id = "takeUsageSnapshot",
    responses((status = 200, body = SnapshotTaken), Problems))]
pub async fn take_usage_snapshot(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<SnapshotTaken>> {
    Ok(Json(postbay_usage::take_now(&s.pool, &p).await?))
}
