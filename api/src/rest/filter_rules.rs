//! The rule form, the out-of-office reply and forwarding of an account
//! (`postbay_rules::{filter_rules, vacation, forwarding}`): what a control panel shows.

use axum::Json;
use axum::extract::State;
use postbay_core::accounts::Forwarding;
use postbay_core::ids::AccountId;
use postbay_rules::filter_rules::{self, FilterRuleList, FilterRulesBody};
use postbay_rules::forwarding::{self, ForwardingBody};
use postbay_rules::vacation::{self, VacationSettings};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

/// The account's filter rules in order; `handWrittenScript` names its active Sieve script
/// when that was written by hand (the rules are then not in effect).
#[utoipa::path(get, path = "/accounts/{accountId}/filter-rules", tag = "rules", operation_id = "listFilterRules",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = FilterRuleList), Problems))]
pub async fn list_filter_rules(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<FilterRuleList>> {
    Ok(Json(filter_rules::list(&s.pool, &p, id).await?))
}

/// Replaces the account's filter rules; they are compiled into its active Sieve script
/// `postbay-filters` at once. Refused (409 `hand_written_script`) while a script written by
/// hand is active; a rule at fault is named in `field` (`items[2].actions[0].folder`).
#[utoipa::path(put, path = "/accounts/{accountId}/filter-rules", tag = "rules", operation_id = "replaceFilterRules",
    params(("accountId" = AccountId, Path)), request_body = FilterRulesBody,
    responses((status = 200, body = FilterRuleList), Problems))]
pub async fn replace_filter_rules(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiJson(body): ApiJson<FilterRulesBody>,
) -> ApiResult<Json<FilterRuleList>> {
    Ok(Json(filter_rules::replace(&s.pool, &p, id, body).await?))
}

/// The account's out-of-office reply.
#[utoipa::path(get, path = "/accounts/{accountId}/vacation", tag = "rules", operation_id = "getVacation",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = VacationSettings), Problems))]
pub async fn get_vacation(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<VacationSettings>> {
    Ok(Json(vacation::get(&s.pool, &p, id).await?))
}

/// Sets the account's out-of-office reply: once per sender per `days`, between `fromDate`
/// and `toDate`, never to lists, robots or the null sender. Compiled into the same script
/// as the filter rules (409 `hand_written_script` as for them).
#[utoipa::path(put, path = "/accounts/{accountId}/vacation", tag = "rules", operation_id = "updateVacation",
    params(("accountId" = AccountId, Path)), request_body = VacationSettings,
    responses((status = 200, body = VacationSettings), Problems))]
pub async fn update_vacation(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiJson(body): ApiJson<VacationSettings>,
) -> ApiResult<Json<VacationSettings>> {
    Ok(Json(vacation::update(&s.pool, &p, id, body).await?))
}

/// Where the account's mail is forwarded (the account's `forwardTo` and `forwardKeepCopy`).
#[utoipa::path(get, path = "/accounts/{accountId}/forwarding", tag = "rules", operation_id = "getForwarding",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = Forwarding), Problems))]
pub async fn get_forwarding(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<Forwarding>> {
    Ok(Json(forwarding::get(&s.pool, &p, id).await?))
}

/// Sets where the account's mail is forwarded, and whether a copy is kept. Forwarded mail
/// leaves with an SRS envelope sender.
#[utoipa::path(put, path = "/accounts/{accountId}/forwarding", tag = "rules", operation_id = "updateForwarding",
    params(("accountId" = AccountId, Path)), request_body = ForwardingBody,
    responses((status = 200, body = Forwarding), Problems))]
pub async fn update_forwarding(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiJson(body): ApiJson<ForwardingBody>,
) -> ApiResult<Json<Forwarding>> {
    Ok(Json(forwarding::update(&s.pool, &p, id, body).await?))
}
