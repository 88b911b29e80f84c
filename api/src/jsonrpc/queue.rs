//! JSON-RPC methods for the outbound queue (Kerio's `Queue` interface, with Postbay's
//! additions), the delivery settings (`Delivery`) and the scheduler (`TimeRanges`,
//! `ScheduledEvents`, `EtrnServers`).

use postbay_core::access::Principal;
use postbay_core::ids::{EtrnServerId, ScheduledEventId, TimeRangeId};
use postbay_core::list::PageParams;
use postbay_core::outbound_settings::{self, DeliverySettings};
use postbay_core::queue::{
    self, QueueActionResult, QueueFilter, QueueFlush, QueuePage, QueueRemoval, QueueSelection,
    QueueStats,
};
use postbay_core::schedule::{
    self, EtrnServer, NewEtrnServer, NewTimeRange, ScheduledEvent, ScheduledEventInput, TimeRange,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::batch::{EmptyResult, NoParams};
use super::{CallContext, RpcError};

/// A page of the queue.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QueueGetParams {
    #[serde(default)]
    pub filter: Option<QueueFilter>,
    /// Entries per page, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The previous page's `nextCursor`.
    #[serde(default)]
    pub cursor: Option<String>,
}

pub(super) async fn queue_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QueueGetParams,
) -> Result<QueuePage, RpcError> {
    let page = PageParams {
        limit: params.limit,
        cursor: params.cursor,
        q: None,
        sort: Some(postbay_core::list::Sort::Created),
    };
    let filter = params.filter.unwrap_or_default();
    Ok(queue::list(&ctx.state.pool, p, &filter, &page).await?)
}

pub(super) async fn queue_get_stats(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<QueueStats, RpcError> {
    Ok(queue::stats(&ctx.state.pool, p).await?)
}

pub(super) async fn queue_try_to_send(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QueueSelection,
) -> Result<QueueActionResult, RpcError> {
    Ok(queue::retry(&ctx.state.pool, p, &params).await?)
}

pub(super) async fn queue_run(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<QueueActionResult, RpcError> {
    Ok(queue::retry(&ctx.state.pool, p, &QueueSelection::default()).await?)
}

pub(super) async fn queue_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QueueRemoval,
) -> Result<QueueActionResult, RpcError> {
    Ok(queue::remove(&ctx.state.pool, p, &params.selection(), params.bounce).await?)
}

pub(super) async fn queue_hold(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QueueSelection,
) -> Result<QueueActionResult, RpcError> {
    Ok(queue::hold(&ctx.state.pool, p, &params).await?)
}

pub(super) async fn queue_release(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QueueSelection,
) -> Result<QueueActionResult, RpcError> {
    Ok(queue::release(&ctx.state.pool, p, &params).await?)
}

pub(super) async fn queue_flush(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QueueFlush,
) -> Result<QueueActionResult, RpcError> {
    Ok(queue::flush(&ctx.state.pool, p, &params.domain).await?)
}

pub(super) async fn delivery_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<DeliverySettings, RpcError> {
    Ok(outbound_settings::get_delivery(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeliverySetParams {
    /// Replaces every setting; relay passwords left out are kept.
    pub settings: DeliverySettings,
}

pub(super) async fn delivery_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DeliverySetParams,
) -> Result<EmptyResult, RpcError> {
    super::batch::set_settings(outbound_settings::set_delivery(
        &ctx.state.pool,
        p,
        &ctx.state.secret_key,
        params.settings,
    ))
    .await
}

/// Every time range.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TimeRangeList {
    pub list: Vec<TimeRange>,
    pub total_items: i64,
}

/// Every scheduled event.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ScheduledEventList {
    pub list: Vec<ScheduledEvent>,
    pub total_items: i64,
}

/// Every ETRN server.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EtrnServerList {
    pub list: Vec<EtrnServer>,
    pub total_items: i64,
}

/// One object, by id.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ObjectIdParams {
    pub id: Uuid,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScheduledEventSetParams {
    pub id: ScheduledEventId,
    /// Replaces the event's definition.
    pub event: ScheduledEventInput,
}

fn count<T>(list: &[T]) -> i64 {
    i64::try_from(list.len()).unwrap_or(i64::MAX)
}

pub(super) async fn time_ranges_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<TimeRangeList, RpcError> {
    let list = schedule::list_time_ranges(&ctx.state.pool, p).await?;
    Ok(TimeRangeList {
        total_items: count(&list),
        list,
    })
}

pub(super) async fn time_ranges_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: NewTimeRange,
) -> Result<TimeRange, RpcError> {
    Ok(schedule::create_time_range(&ctx.state.pool, p, params).await?)
}

pub(super) async fn time_ranges_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ObjectIdParams,
) -> Result<EmptyResult, RpcError> {
    schedule::delete_time_range(&ctx.state.pool, p, TimeRangeId(params.id)).await?;
    Ok(EmptyResult {})
}

pub(super) async fn scheduled_events_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<ScheduledEventList, RpcError> {
    let list = schedule::list_events(&ctx.state.pool, p).await?;
    Ok(ScheduledEventList {
        total_items: count(&list),
        list,
    })
}

pub(super) async fn scheduled_events_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ScheduledEventInput,
) -> Result<ScheduledEvent, RpcError> {
    Ok(schedule::create_event(&ctx.state.pool, p, params).await?)
}

pub(super) async fn scheduled_events_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ScheduledEventSetParams,
) -> Result<ScheduledEvent, RpcError> {
    Ok(schedule::update_event(&ctx.state.pool, p, params.id, params.event).await?)
}

pub(super) async fn scheduled_events_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ObjectIdParams,
) -> Result<EmptyResult, RpcError> {
    schedule::delete_event(&ctx.state.pool, p, ScheduledEventId(params.id)).await?;
    Ok(EmptyResult {})
}

pub(super) async fn etrn_servers_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<EtrnServerList, RpcError> {
    let list = schedule::list_etrn_servers(&ctx.state.pool, p).await?;
    Ok(EtrnServerList {
        total_items: count(&list),
        list,
    })
}

pub(super) async fn etrn_servers_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: NewEtrnServer,
) -> Result<EtrnServer, RpcError> {
    Ok(schedule::create_etrn_server(&ctx.state.pool, p, &ctx.state.secret_key, params).await?)
}

pub(super) async fn etrn_servers_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ObjectIdParams,
) -> Result<EmptyResult, RpcError> {
    schedule::delete_etrn_server(&ctx.state.pool, p, EtrnServerId(params.id)).await?;
    Ok(EmptyResult {})
}
