//! The server's logs (`postbay_logs`): searched and exported within the caller's reach, and
//! their settings (retention per family, debug switches).

use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use postbay_counters::{StatsQuery, TrafficStats};
use postbay_logs::search::{self, LogExportParams, LogPage, LogPageParams, LogQuery};
use postbay_logs::settings::{self, LogSettings};

use crate::AppState;
use crate::extract::{ApiJson, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// Log lines, newest first: by family, time, domain, account, or `q` (a Message-ID or an
/// address the line names: "what happened to message <id>"). Administrators only; tenant and
/// domain administrators see the lines naming their domains.
#[utoipa::path(get, path = "/logs", tag = "logs", operation_id = "searchLogs",
    params(LogQuery, LogPageParams), responses((status = 200, body = LogPage), Problems))]
pub async fn search_logs(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(query): ApiQuery<LogQuery>,
    ApiQuery(page): ApiQuery<LogPageParams>,
) -> ApiResult<Json<LogPage>> {
    Ok(Json(search::search(&s.pool, &p, &query, &page).await?))
}

/// The lines `searchLogs` would list, as NDJSON (one object a line, newest first), up to
/// `limit` (default 10000, at most 100000).
#[utoipa::path(get, path = "/logs/export", tag = "logs", operation_id = "exportLogs",
    params(LogQuery, LogExportParams), responses((status = 200, content_type = "application/x-ndjson", body = String), Problems))]
pub async fn export_logs(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(query): ApiQuery<LogQuery>,
    ApiQuery(part): ApiQuery<LogExportParams>,
) -> ApiResult<Response> {
    let lines = search::export(s.pool.clone(), p, query, part).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(lines),
    )
        .into_response())
}

/// Mail traffic per day and in total (`messagesIn`, `bytesIn`: received for the domain's
/// recipients; `messagesOut`, `bytesOut`: accepted by remote servers for its senders), for one
/// domain or every domain the caller reaches. Kept in PostgreSQL: it survives restarts and
/// adds up across nodes.
#[utoipa::path(get, path = "/traffic-stats", tag = "logs", operation_id = "getTrafficStatistics", params(StatsQuery),
    responses((status = 200, body = TrafficStats), Problems))]
pub async fn get_traffic_statistics(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(q): ApiQuery<StatsQuery>,
) -> ApiResult<Json<TrafficStats>> {
    Ok(Json(postbay_counters::traffic(&s.pool, &p, &q).await?))
}

/// How long each family is kept, and which components write debug lines.
#[utoipa::path(get, path = "/settings/logs", tag = "logs", operation_id = "getLogSettings",
    responses((status = 200, body = LogSettings), Problems))]
pub async fn get_log_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<LogSettings>> {
    Ok(Json(settings::get(&s.pool, &p).await?))
}

/// Replaces the log settings; every node applies them within seconds. The audit trail
/// (`listAuditEvents`) keeps its own retention.
#[utoipa::path(put, path = "/settings/logs", tag = "logs", operation_id = "updateLogSettings",
    request_body = LogSettings, responses((status = 200, body = LogSettings), Problems))]
pub async fn update_log_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<LogSettings>,
) -> ApiResult<Json<LogSettings>> {
    Ok(Json(settings::update(&s.pool, &p, body).await?))
}
