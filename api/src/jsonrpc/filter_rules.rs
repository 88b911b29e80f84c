//! An account's rule form, out-of-office reply and forwarding: `FilterRules.*`,
//! `Vacation.*`, `Forwarding.*`.

use postbay_core::access::Principal;
use postbay_core::accounts::Forwarding;
use postbay_core::ids::AccountId;
use postbay_rules::filter_rules::{self, FilterRule, FilterRuleList, FilterRulesBody};
use postbay_rules::forwarding::{self, ForwardingBody};
use postbay_rules::vacation::{self, VacationSettings};
use serde::Deserialize;
use utoipa::ToSchema;

use super::filter::UserIdParams;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FilterRulesSetParams {
    pub user_id: AccountId,
    pub rules: Vec<FilterRule>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VacationSetParams {
    pub user_id: AccountId,
    pub vacation: VacationSettings,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ForwardingSetParams {
    pub user_id: AccountId,
    pub forwarding: ForwardingBody,
}

pub(super) async fn filter_rules_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserIdParams,
) -> Result<FilterRuleList, RpcError> {
    Ok(filter_rules::list(&ctx.state.pool, p, params.user_id).await?)
}

pub(super) async fn filter_rules_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: FilterRulesSetParams,
) -> Result<FilterRuleList, RpcError> {
    let body = FilterRulesBody {
        items: params.rules,
    };
    Ok(filter_rules::replace(&ctx.state.pool, p, params.user_id, body).await?)
}

pub(super) async fn vacation_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserIdParams,
) -> Result<VacationSettings, RpcError> {
    Ok(vacation::get(&ctx.state.pool, p, params.user_id).await?)
}

pub(super) async fn vacation_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: VacationSetParams,
) -> Result<VacationSettings, RpcError> {
    Ok(vacation::update(&ctx.state.pool, p, params.user_id, params.vacation).await?)
}

pub(super) async fn forwarding_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserIdParams,
) -> Result<Forwarding, RpcError> {
    Ok(forwarding::get(&ctx.state.pool, p, params.user_id).await?)
}

pub(super) async fn forwarding_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ForwardingSetParams,
) -> Result<Forwarding, RpcError> {
    Ok(forwarding::update(&ctx.state.pool, p, params.user_id, params.forwarding).await?)
}
