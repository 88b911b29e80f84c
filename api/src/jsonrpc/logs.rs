//! The server's logs (`postbay_logs`): `Logs.search` and the log settings. (An export is a
//! stream: REST's `exportLogs`.)

use chrono::{DateTime, Utc};
use postbay_core::access::Principal;
use postbay_core::ids::DomainId;
use postbay_logs::Family;
use postbay_logs::search::{self, LogPage, LogPageParams, LogQuery};
use postbay_logs::settings::{self, LogSettings};
use serde::Deserialize;
use utoipa::ToSchema;

use super::batch::NoParams;
use super::{CallContext, RpcError};

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogsSearchParams {
    #[serde(default)]
    pub family: Option<Family>,
    #[serde(default)]
    pub since: Option<DateTime<Utc>>,
    #[serde(default)]
    pub until: Option<DateTime<Utc>>,
    #[serde(default)]
    pub domain_id: Option<DomainId>,
    #[serde(default)]
    pub account: Option<String>,
    /// A Message-ID or an address the line names.
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub cursor: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LogSettingsSetParams {
    pub settings: LogSettings,
}

pub(super) async fn logs_search(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: LogsSearchParams,
) -> Result<LogPage, RpcError> {
    let query = LogQuery {
        family: params.family,
        since: params.since,
        until: params.until,
        domain_id: params.domain_id,
        account: params.account,
        q: params.q,
    };
    let page = LogPageParams {
        limit: params.limit,
        cursor: params.cursor,
    };
    Ok(search::search(&ctx.state.pool, p, &query, &page).await?)
}

pub(super) async fn statistics_get_traffic(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: postbay_counters::StatsQuery,
) -> Result<postbay_counters::TrafficStats, RpcError> {
    Ok(postbay_counters::traffic(&ctx.state.pool, p, &params).await?)
}

pub(super) async fn logs_get_settings(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<LogSettings, RpcError> {
    Ok(settings::get(&ctx.state.pool, p).await?)
}

pub(super) async fn logs_set_settings(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: LogSettingsSetParams,
) -> Result<LogSettings, RpcError> {
    Ok(settings::update(&ctx.state.pool, p, params.settings).await?)
}
