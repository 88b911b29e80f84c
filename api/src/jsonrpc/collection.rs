//! JSON-RPC methods for POP3 collection (Kerio's POP3 Download): `Pop3Accounts`,
//! `SortingRules` and `Pop3Collection`, over the same core functions as the REST handlers.

use postbay_core::access::Principal;
use postbay_core::collection::{
    self, CollectionJob, ConnectionTest, NewPop3Account, NewSortingRule, Pop3Account,
    Pop3AccountFilter, Pop3AccountPatch, RunCollection, SortingRule, SortingRulePatch,
};
use postbay_core::ids::{CollectionJobId, Pop3AccountId, SortingRuleId};
use postbay_core::list::PageParams;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::batch::EmptyResult;
use super::{CallContext, RpcError};

/// A page of POP3 accounts, optionally of one domain or tenant.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pop3AccountsGetParams {
    #[schema(value_type = Option<String>, format = Uuid)]
    pub domain_id: Option<uuid::Uuid>,
    #[schema(value_type = Option<String>, format = Uuid)]
    pub tenant_id: Option<uuid::Uuid>,
    /// Accounts per page, 1 to 1000 (default 100).
    pub limit: Option<u32>,
    /// The previous page's `nextCursor`.
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Pop3AccountList {
    pub list: Vec<Pop3Account>,
    /// Accounts in all pages.
    pub total_items: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// One POP3 account, by id.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pop3AccountIdParams {
    pub id: Pop3AccountId,
}

/// No `Debug`: the pattern may hold a password.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pop3AccountSetParams {
    pub id: Pop3AccountId,
    /// The fields to change; absent ones keep their value.
    pub pattern: Pop3AccountPatch,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SortingRuleList {
    pub list: Vec<SortingRule>,
    pub total_items: i64,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortingRulesGetParams {
    pub account_id: Pop3AccountId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortingRuleCreateParams {
    pub account_id: Pop3AccountId,
    pub rule: NewSortingRule,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortingRuleSetParams {
    pub account_id: Pop3AccountId,
    pub id: SortingRuleId,
    pub pattern: SortingRulePatch,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortingRuleRemoveParams {
    pub account_id: Pop3AccountId,
    pub id: SortingRuleId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CollectionJobParams {
    pub id: CollectionJobId,
}

pub(super) async fn pop3_accounts_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: Pop3AccountsGetParams,
) -> Result<Pop3AccountList, RpcError> {
    let filter = Pop3AccountFilter {
        domain_id: params.domain_id,
        tenant_id: params.tenant_id,
    };
    let page = PageParams {
        limit: params.limit,
        cursor: params.cursor,
        ..PageParams::default()
    };
    let total_items = collection::count(&ctx.state.pool, p, &filter).await?;
    let page = collection::list(&ctx.state.pool, p, &filter, &page).await?;
    Ok(Pop3AccountList {
        list: page.items,
        total_items,
        next_cursor: page.next_cursor,
    })
}

pub(super) async fn pop3_accounts_get_one(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: Pop3AccountIdParams,
) -> Result<Pop3Account, RpcError> {
    Ok(collection::get(&ctx.state.pool, p, params.id).await?)
}

pub(super) async fn pop3_accounts_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: NewPop3Account,
) -> Result<Pop3Account, RpcError> {
    Ok(collection::create(&ctx.state.pool, p, &ctx.state.secret_key, params).await?)
}

pub(super) async fn pop3_accounts_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: Pop3AccountSetParams,
) -> Result<Pop3Account, RpcError> {
    Ok(collection::update(
        &ctx.state.pool,
        p,
        &ctx.state.secret_key,
        params.id,
        params.pattern,
    )
    .await?)
}

pub(super) async fn pop3_accounts_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: Pop3AccountIdParams,
) -> Result<EmptyResult, RpcError> {
    collection::delete(&ctx.state.pool, p, params.id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn pop3_accounts_test(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: Pop3AccountIdParams,
) -> Result<ConnectionTest, RpcError> {
    let target =
        collection::test_target(&ctx.state.pool, p, &ctx.state.secret_key, params.id).await?;
    Ok(postbay_collector::test_connection(
        &ctx.state.dns,
        &ctx.state.client_tls,
        ctx.state.peer_timeouts,
        &target,
    )
    .await)
}

pub(super) async fn sorting_rules_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SortingRulesGetParams,
) -> Result<SortingRuleList, RpcError> {
    let list = collection::list_rules(&ctx.state.pool, p, params.account_id).await?;
    Ok(SortingRuleList {
        total_items: i64::try_from(list.len()).unwrap_or(i64::MAX),
        list,
    })
}

pub(super) async fn sorting_rules_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SortingRuleCreateParams,
) -> Result<SortingRule, RpcError> {
    Ok(collection::create_rule(&ctx.state.pool, p, params.account_id, params.rule).await?)
}

pub(super) async fn sorting_rules_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SortingRuleSetParams,
) -> Result<SortingRule, RpcError> {
    Ok(collection::update_rule(
        &ctx.state.pool,
        p,
        params.account_id,
        params.id,
        params.pattern,
    )
    .await?)
}

pub(super) async fn sorting_rules_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SortingRuleRemoveParams,
) -> Result<EmptyResult, RpcError> {
    collection::delete_rule(&ctx.state.pool, p, params.account_id, params.id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn pop3_collection_run(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: RunCollection,
) -> Result<CollectionJob, RpcError> {
    Ok(collection::run_collection(&ctx.state.pool, p, params).await?)
}

pub(super) async fn pop3_collection_get_job(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: CollectionJobParams,
) -> Result<CollectionJob, RpcError> {
    Ok(collection::get_job(&ctx.state.pool, p, params.id).await?)
}
