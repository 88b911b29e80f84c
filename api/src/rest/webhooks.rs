//! Webhooks (`postbay_webhooks`): subscriptions, their delivery log, redelivery and a ping.

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use postbay_core::ids::{WebhookDeliveryId, WebhookId};
use postbay_webhooks::admin::{
    self, DeliveryQuery, NewWebhook, Webhook, WebhookDelivery, WebhookDeliveryPage, WebhookPage,
    WebhookPatch, WebhookQuery,
};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::middleware::HoldsSecret;
use crate::problem::{ApiResult, Problems};

/// Subscribes a URL to event types. The answer carries the signing secret (`whsec_…`), shown
/// this once. A tenant's webhook receives its subtree's events and may not point at an
/// internal address; the server tenant's receives every event.
#[utoipa::path(post, path = "/webhooks", tag = "webhooks", operation_id = "createWebhook", request_body = NewWebhook,
    responses((status = 201, body = Webhook), Problems))]
pub async fn create_webhook(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewWebhook>,
) -> ApiResult<(StatusCode, Extension<HoldsSecret>, Json<Webhook>)> {
    Ok((
        StatusCode::CREATED,
        Extension(HoldsSecret),
        Json(admin::create(&s.pool, &s.secret_key, &p, body).await?),
    ))
}

/// The webhooks within the caller's reach.
#[utoipa::path(get, path = "/webhooks", tag = "webhooks", operation_id = "listWebhooks", params(WebhookQuery),
    responses((status = 200, body = WebhookPage), Problems))]
pub async fn list_webhooks(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(query): ApiQuery<WebhookQuery>,
) -> ApiResult<Json<WebhookPage>> {
    Ok(Json(admin::list(&s.pool, &p, &query).await?))
}

#[utoipa::path(get, path = "/webhooks/{webhookId}", tag = "webhooks", operation_id = "getWebhook",
    params(("webhookId" = WebhookId, Path)), responses((status = 200, body = Webhook), Problems))]
pub async fn get_webhook(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<WebhookId>,
) -> ApiResult<Json<Webhook>> {
    Ok(Json(admin::get(&s.pool, &p, id).await?))
}

/// Changes a webhook; `rotateSecret` answers with a new secret, the old one signing beside it
/// for 24 hours.
#[utoipa::path(patch, path = "/webhooks/{webhookId}", tag = "webhooks", operation_id = "updateWebhook",
    params(("webhookId" = WebhookId, Path)), request_body = WebhookPatch,
    responses((status = 200, body = Webhook), Problems))]
pub async fn update_webhook(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<WebhookId>,
    ApiJson(patch): ApiJson<WebhookPatch>,
) -> ApiResult<Json<Webhook>> {
    Ok(Json(
        admin::update(&s.pool, &s.secret_key, &p, id, patch).await?,
    ))
}

#[utoipa::path(delete, path = "/webhooks/{webhookId}", tag = "webhooks", operation_id = "deleteWebhook",
    params(("webhookId" = WebhookId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_webhook(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<WebhookId>,
) -> ApiResult<StatusCode> {
    admin::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The delivery log, newest first: attempts, the last HTTP status and error.
#[utoipa::path(get, path = "/webhooks/{webhookId}/deliveries", tag = "webhooks", operation_id = "listWebhookDeliveries",
    params(("webhookId" = WebhookId, Path), DeliveryQuery),
    responses((status = 200, body = WebhookDeliveryPage), Problems))]
pub async fn list_webhook_deliveries(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<WebhookId>,
    ApiQuery(query): ApiQuery<DeliveryQuery>,
) -> ApiResult<Json<WebhookDeliveryPage>> {
    Ok(Json(admin::deliveries(&s.pool, &p, id, &query).await?))
}

/// Sends a logged event again, as a new delivery with the same `webhook-id`.
#[utoipa::path(post, path = "/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", tag = "webhooks",
    operation_id = "redeliverWebhook",
    params(("webhookId" = WebhookId, Path), ("deliveryId" = WebhookDeliveryId, Path)),
    responses((status = 202, body = WebhookDelivery), Problems))]
pub async fn redeliver_webhook(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, delivery)): ApiPath<(WebhookId, WebhookDeliveryId)>,
) -> ApiResult<(StatusCode, Json<WebhookDelivery>)> {
    Ok((
        StatusCode::ACCEPTED,
        Json(admin::redeliver(&s.pool, &p, id, delivery).await?),
    ))
}

/// Sends the webhook a `webhook.ping` event; the delivery answered shows how it went.
#[utoipa::path(post, path = "/webhooks/{webhookId}/ping", tag = "webhooks", operation_id = "pingWebhook",
    params(("webhookId" = WebhookId, Path)), responses((status = 202, body = WebhookDelivery), Problems))]
pub async fn ping_webhook(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<WebhookId>,
) -> ApiResult<(StatusCode, Json<WebhookDelivery>)> {
    Ok((
        StatusCode::ACCEPTED,
        Json(admin::ping(&s.pool, &p, id).await?),
    ))
}
