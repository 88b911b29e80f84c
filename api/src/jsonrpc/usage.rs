//! Usage for billing (`postbay_usage`): `Usage.get` and `Usage.takeSnapshot`. The CSV and
//! NDJSON export is REST's (`GET /usage/export`): a file, streamed.

use chrono::NaiveDate;
use postbay_core::access::Principal;
use postbay_usage::SnapshotTaken;
use postbay_usage::report::{self, UsageLevel, UsagePage, UsagePaging, UsageQuery};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::batch::NoParams;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsageGetParams {
    #[schema(value_type = String, format = Date)]
    pub from: NaiveDate,
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub to: Option<NaiveDate>,
    #[serde(default)]
    pub account_id: Option<Uuid>,
    #[serde(default)]
    pub domain_id: Option<Uuid>,
    #[serde(default)]
    pub tenant_id: Option<Uuid>,
    #[serde(default)]
    pub level: Option<UsageLevel>,
    #[serde(default)]
    pub limit: Option<u32>,
    #[serde(default)]
    pub cursor: Option<String>,
}

pub(super) async fn usage_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsageGetParams,
) -> Result<UsagePage, RpcError> {
    let q = UsageQuery {
        from: Some(params.from),
        to: params.to,
        account_id: params.account_id,
        domain_id: params.domain_id,
        tenant_id: params.tenant_id,
        level: params.level,
    };
    let paging = UsagePaging {
        limit: params.limit,
        cursor: params.cursor,
    };
    Ok(report::get(&ctx.state.pool, p, &q, &paging).await?)
}

pub(super) async fn usage_take_snapshot(
    ctx: &CallContext<'_>,
    p: &Principal,
    _params: NoParams,
) -> Result<SnapshotTaken, RpcError> {
    Ok(postbay_usage::take_now(&ctx.state.pool, p).await?)
}
