//! REST handlers for the scheduler: time ranges, scheduled events and ETRN servers.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::{EtrnServerId, ScheduledEventId, TimeRangeId};
use postbay_core::schedule::{
    self, EtrnServer, NewEtrnServer, NewTimeRange, ScheduledEvent, ScheduledEventInput, TimeRange,
};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(post, path = "/time-ranges", tag = "scheduler", operation_id = "createTimeRange", request_body = NewTimeRange,
    responses((status = 201, body = TimeRange), Problems))]
pub async fn create_time_range(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewTimeRange>,
) -> ApiResult<(StatusCode, Json<TimeRange>)> {
    Ok((
        StatusCode::CREATED,
        Json(schedule::create_time_range(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/time-ranges", tag = "scheduler", operation_id = "listTimeRanges",
    responses((status = 200, body = Vec<TimeRange>), Problems))]
pub async fn list_time_ranges(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<Vec<TimeRange>>> {
    Ok(Json(schedule::list_time_ranges(&s.pool, &p).await?))
}

/// Deletes a time range no scheduled event uses.
#[utoipa::path(delete, path = "/time-ranges/{timeRangeId}", tag = "scheduler", operation_id = "deleteTimeRange", params(("timeRangeId" = Uuid, Path)),
    responses((status = 204), Problems))]
pub async fn delete_time_range(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TimeRangeId>,
) -> ApiResult<StatusCode> {
    schedule::delete_time_range(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An interval event runs first at once; a daily one at its next time (UTC).
#[utoipa::path(post, path = "/scheduled-events", tag = "scheduler", operation_id = "createScheduledEvent", request_body = ScheduledEventInput,
    responses((status = 201, body = ScheduledEvent), Problems))]
pub async fn create_scheduled_event(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<ScheduledEventInput>,
) -> ApiResult<(StatusCode, Json<ScheduledEvent>)> {
    Ok((
        StatusCode::CREATED,
        Json(schedule::create_event(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/scheduled-events", tag = "scheduler", operation_id = "listScheduledEvents",
    responses((status = 200, body = Vec<ScheduledEvent>), Problems))]
pub async fn list_scheduled_events(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<Vec<ScheduledEvent>>> {
    Ok(Json(schedule::list_events(&s.pool, &p).await?))
}

/// Replaces an event's definition.
#[utoipa::path(put, path = "/scheduled-events/{eventId}", tag = "scheduler", operation_id = "updateScheduledEvent", params(("eventId" = Uuid, Path)),
    request_body = ScheduledEventInput, responses((status = 200, body = ScheduledEvent), Problems))]
pub async fn update_scheduled_event(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<ScheduledEventId>,
    ApiJson(body): ApiJson<ScheduledEventInput>,
) -> ApiResult<Json<ScheduledEvent>> {
    Ok(Json(schedule::update_event(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/scheduled-events/{eventId}", tag = "scheduler", operation_id = "deleteScheduledEvent", params(("eventId" = Uuid, Path)),
    responses((status = 204), Problems))]
pub async fn delete_scheduled_event(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<ScheduledEventId>,
) -> ApiResult<StatusCode> {
    schedule::delete_event(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A server that holds mail for some of our domains; it is sent ETRN at start-up and by the
/// scheduled events that ask for it.
#[utoipa::path(post, path = "/etrn-servers", tag = "scheduler", operation_id = "createEtrnServer", request_body = NewEtrnServer,
    responses((status = 201, body = EtrnServer), Problems))]
pub async fn create_etrn_server(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewEtrnServer>,
) -> ApiResult<(StatusCode, Json<EtrnServer>)> {
    Ok((
        StatusCode::CREATED,
        Json(schedule::create_etrn_server(&s.pool, &p, &s.secret_key, body).await?),
    ))
}

#[utoipa::path(get, path = "/etrn-servers", tag = "scheduler", operation_id = "listEtrnServers",
    responses((status = 200, body = Vec<EtrnServer>), Problems))]
pub async fn list_etrn_servers(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<Vec<EtrnServer>>> {
    Ok(Json(schedule::list_etrn_servers(&s.pool, &p).await?))
}

#[utoipa::path(delete, path = "/etrn-servers/{etrnServerId}", tag = "scheduler", operation_id = "deleteEtrnServer", params(("etrnServerId" = Uuid, Path)),
    responses((status = 204), Problems))]
pub async fn delete_etrn_server(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<EtrnServerId>,
) -> ApiResult<StatusCode> {
    schedule::delete_etrn_server(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
