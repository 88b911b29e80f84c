//! The outbound queue as administrators see and steer it (`postbay_core::queue`).

use axum::Json;
use axum::extract::State;
use postbay_core::ids::QueueId;
use postbay_core::list::PageParams;
use postbay_core::queue::{
    self, QueueActionResult, QueueEntry, QueueFilter, QueueFlush, QueuePage, QueueRemoval,
    QueueSelection, QueueStats,
};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// Entries with recipients still to deliver, with each recipient's state.
#[utoipa::path(get, path = "/queue", tag = "queue", operation_id = "listQueue", params(QueueFilter, PageParams),
    responses((status = 200, body = QueuePage), Problems))]
pub async fn list_queue(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<QueueFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<QueuePage>> {
    Ok(Json(queue::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/queue/stats", tag = "queue", operation_id = "getQueueStats",
    responses((status = 200, body = QueueStats), Problems))]
pub async fn get_queue_stats(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<QueueStats>> {
    Ok(Json(queue::stats(&s.pool, &p).await?))
}

/// One entry with every recipient's attempts.
#[utoipa::path(get, path = "/queue/{queueId}", tag = "queue", operation_id = "getQueueEntry", params(("queueId" = Uuid, Path)),
    responses((status = 200, body = QueueEntry), Problems))]
pub async fn get_queue_entry(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<QueueId>,
) -> ApiResult<Json<QueueEntry>> {
    Ok(Json(queue::get(&s.pool, &p, id).await?))
}

/// Retry now: the selected entries' waiting recipients are due at once.
#[utoipa::path(post, path = "/queue/retry", tag = "queue", operation_id = "retryQueue", request_body = QueueSelection,
    responses((status = 200, body = QueueActionResult), Problems))]
pub async fn retry_queue(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<QueueSelection>,
) -> ApiResult<Json<QueueActionResult>> {
    Ok(Json(queue::retry(&s.pool, &p, &body).await?))
}

/// Removes entries, with or without a bounce to their senders.
#[utoipa::path(post, path = "/queue/delete", tag = "queue", operation_id = "deleteQueueEntries", request_body = QueueRemoval,
    responses((status = 200, body = QueueActionResult), Problems))]
pub async fn delete_queue_entries(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<QueueRemoval>,
) -> ApiResult<Json<QueueActionResult>> {
    Ok(Json(
        queue::remove(&s.pool, &p, &body.selection(), body.bounce).await?,
    ))
}

/// Holds entries: no attempt until they are released.
#[utoipa::path(post, path = "/queue/hold", tag = "queue", operation_id = "holdQueueEntries", request_body = QueueSelection,
    responses((status = 200, body = QueueActionResult), Problems))]
pub async fn hold_queue_entries(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<QueueSelection>,
) -> ApiResult<Json<QueueActionResult>> {
    Ok(Json(queue::hold(&s.pool, &p, &body).await?))
}

#[utoipa::path(post, path = "/queue/release", tag = "queue", operation_id = "releaseQueueEntries", request_body = QueueSelection,
    responses((status = 200, body = QueueActionResult), Problems))]
pub async fn release_queue_entries(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<QueueSelection>,
) -> ApiResult<Json<QueueActionResult>> {
    Ok(Json(queue::release(&s.pool, &p, &body).await?))
}

/// Delivers a domain's queued, deferred and held mail now.
#[utoipa::path(post, path = "/queue/flush", tag = "queue", operation_id = "flushQueueDomain", request_body = QueueFlush,
    responses((status = 200, body = QueueActionResult), Problems))]
pub async fn flush_queue_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<QueueFlush>,
) -> ApiResult<Json<QueueActionResult>> {
    Ok(Json(queue::flush(&s.pool, &p, &body.domain).await?))
}
