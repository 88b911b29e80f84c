//! `Users`: Kerio's name for accounts, over `postbay_core::accounts`.

use postbay_core::access::Principal;
use postbay_core::accounts::{self, BulkAccounts, BulkCreateAccount};
use postbay_core::ids::{AccountId, DomainId};
use postbay_core::search::SearchQuery;
use postbay_lifecycle::{DeleteAccountParams, terminate};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::batch::*;
use super::model::*;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    /// Only users of this domain.
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UserList {
    pub list: Vec<RpcUser>,
    pub total_items: i64,
}

pub(super) async fn users_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersGetParams,
) -> Result<Listing<RpcUser>, RpcError> {
    let page = accounts::search(
        &ctx.state.pool,
        p,
        params.domain_id,
        &in_core_terms(&params.query, USER_COLUMNS),
    )
    .await?;
    listing::<RpcUser, _>(ctx, page, &params.query.fields, RpcUser::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UsersCreateParams {
    #[schema(value_type = Vec<RpcUserPattern>)]
    pub users: Vec<Value>,
}

pub(super) async fn users_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersCreateParams,
) -> Result<CreateResult, RpcError> {
    let pool = &ctx.state.pool;
    create_in_bulk(
        ctx,
        params.users,
        "users",
        |item: RpcUserPattern| {
            let (domain_id, account) = item.into_new()?;
            Ok(BulkCreateAccount { domain_id, account })
        },
        |create| async move {
            let bulk = BulkAccounts {
                create,
                ..Default::default()
            };
            let terminate = move |id| async move {
                terminate::delete_account(pool, p, id, &Default::default()).await
            };
            let outcome = accounts::bulk(pool, p, bulk, terminate).await?;
            Ok(outcome
                .create
                .into_iter()
                .map(|r| r.map(|id| id.0))
                .collect())
        },
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersSetParams {
    pub user_ids: Vec<AccountId>,
    pub pattern: RpcUserPattern,
}

pub(super) async fn users_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersSetParams,
) -> Result<ErrorList, RpcError> {
    params
        .pattern
        .to_patch()
        .map_err(|e| in_pattern(e.into()))?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.user_ids, "userIds", |id| async move {
        let patch = pattern.to_patch()?;
        accounts::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersRemoveParams {
    pub user_ids: Vec<AccountId>,
    /// Postbay: purge at once instead of keeping the users pending deletion for the grace
    /// period (server and tenant administrators only).
    #[serde(default)]
    pub purge: bool,
}

pub(super) async fn users_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    let how = DeleteAccountParams {
        purge: params.purge,
    };
    each_id(ctx, params.user_ids, "userIds", |id| {
        terminate::delete_account(pool, p, id, &how)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersRestoreParams {
    pub user_ids: Vec<AccountId>,
}

pub(super) async fn users_restore(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersRestoreParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.user_ids, "userIds", |id| async move {
        terminate::restore_account(pool, p, id).await.map(|_| ())
    })
    .await
}
