//! Webhooks (`postbay_webhooks`): `Webhooks.*`. Kerio has none; the names follow its
//! `get`/`create`/`set`/`remove` pattern. Tenant and server administrators.

use postbay_core::access::Principal;
use postbay_core::ids::{TenantId, WebhookDeliveryId, WebhookId};
use postbay_webhooks::admin::{
    self, DeliveryQuery, DeliveryState, NewWebhook, Webhook, WebhookDelivery, WebhookDeliveryPage,
    WebhookPage, WebhookPatch, WebhookQuery,
};
use serde::Deserialize;
use utoipa::ToSchema;

use super::batch::EmptyResult;
use super::{CallContext, RpcError};

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhooksGetParams {
    /// Only this tenant's webhooks.
    #[serde(default)]
    pub tenant_id: Option<TenantId>,
    /// Webhooks per page, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The previous page's `nextCursor`.
    #[serde(default)]
    pub cursor: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhookIdParams {
    pub id: WebhookId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhooksSetParams {
    pub id: WebhookId,
    pub pattern: WebhookPatch,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhooksGetDeliveriesParams {
    pub id: WebhookId,
    #[serde(default)]
    pub state: Option<DeliveryState>,
    /// Deliveries per page, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The previous page's `nextCursor`.
    #[serde(default)]
    pub cursor: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhooksRedeliverParams {
    pub id: WebhookId,
    pub delivery_id: WebhookDeliveryId,
}

pub(super) async fn webhooks_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: WebhooksGetParams,
) -> Result<WebhookPage, RpcError> {
    let query = WebhookQuery {
        tenant_id: params.tenant_id,
        limit: params.limit,
        cursor: params.cursor,
    };
    Ok(admin::list(&ctx.state.pool, p, &query).await?)
}

pub(super) async fn webhooks_get_by_id(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: WebhookIdParams,
) -> Result<Webhook, RpcError> {
    Ok(admin::get(&ctx.state.pool, p, params.id).await?)
}

pub(super) async fn webhooks_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: NewWebhook,
) -> Result<Webhook, RpcError> {
    Ok(admin::create(&ctx.state.pool, &ctx.state.secret_key, p, params).await?)
}

pub(super) async fn webhooks_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: WebhooksSetParams,
) -> Result<Webhook, RpcError> {
    Ok(admin::update(
        &ctx.state.pool,
        &ctx.state.secret_key,
        p,
        params.id,
        params.pattern,
    )
    .await?)
}

pub(super) async fn webhooks_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: WebhookIdParams,
) -> Result<EmptyResult, RpcError> {
    admin::delete(&ctx.state.pool, p, params.id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn webhooks_get_deliveries(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: WebhooksGetDeliveriesParams,
) -> Result<WebhookDeliveryPage, RpcError> {
    let query = DeliveryQuery {
        state: params.state,
        limit: params.limit,
        cursor: params.cursor,
    };
    Ok(admin::deliveries(&ctx.state.pool, p, params.id, &query).await?)
}

pub(super) async fn webhooks_redeliver(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: WebhooksRedeliverParams,
) -> Result<WebhookDelivery, RpcError> {
    Ok(admin::redeliver(&ctx.state.pool, p, params.id, params.delivery_id).await?)
}

pub(super) async fn webhooks_ping(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: WebhookIdParams,
) -> Result<WebhookDelivery, RpcError> {
    Ok(admin::ping(&ctx.state.pool, p, params.id).await?)
}
