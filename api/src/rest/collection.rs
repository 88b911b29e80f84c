//! REST handlers for POP3 collection: remote POP3 accounts, their sorting rules, and runs.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::collection::{
    self, CollectionJob, ConnectionTest, NewPop3Account, NewSortingRule, Pop3Account,
    Pop3AccountFilter, Pop3AccountPage, Pop3AccountPatch, RunCollection, SortingRule,
    SortingRulePatch,
};
use postbay_core::ids::{CollectionJobId, Pop3AccountId, SortingRuleId};
use postbay_core::list::PageParams;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// Server-wide (a server administrator's default), tenant-owned or domain-owned; the
/// password is write-only and stored encrypted.
#[utoipa::path(post, path = "/pop3-accounts", tag = "collection", operation_id = "createPop3Account", request_body = NewPop3Account,
    responses((status = 201, body = Pop3Account), Problems))]
pub async fn create_pop3_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewPop3Account>,
) -> ApiResult<(StatusCode, Json<Pop3Account>)> {
    Ok((
        StatusCode::CREATED,
        Json(collection::create(&s.pool, &p, &s.secret_key, body).await?),
    ))
}

#[utoipa::path(get, path = "/pop3-accounts", tag = "collection", operation_id = "listPop3Accounts", params(Pop3AccountFilter, PageParams),
    responses((status = 200, body = Pop3AccountPage), Problems))]
pub async fn list_pop3_accounts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<Pop3AccountFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<Pop3AccountPage>> {
    Ok(Json(collection::list(&s.pool, &p, &filter, &page).await?))
}

/// With how its runs went (`status`).
#[utoipa::path(get, path = "/pop3-accounts/{pop3AccountId}", tag = "collection", operation_id = "getPop3Account",
    params(("pop3AccountId" = Pop3AccountId, Path)), responses((status = 200, body = Pop3Account), Problems))]
pub async fn get_pop3_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<Pop3AccountId>,
) -> ApiResult<Json<Pop3Account>> {
    Ok(Json(collection::get(&s.pool, &p, id).await?))
}

#[utoipa::path(patch, path = "/pop3-accounts/{pop3AccountId}", tag = "collection", operation_id = "updatePop3Account",
    params(("pop3AccountId" = Pop3AccountId, Path)), request_body = Pop3AccountPatch,
    responses((status = 200, body = Pop3Account), Problems))]
pub async fn update_pop3_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<Pop3AccountId>,
    ApiJson(body): ApiJson<Pop3AccountPatch>,
) -> ApiResult<Json<Pop3Account>> {
    Ok(Json(
        collection::update(&s.pool, &p, &s.secret_key, id, body).await?,
    ))
}

/// With its sorting rules and what it remembers of downloaded messages.
#[utoipa::path(delete, path = "/pop3-accounts/{pop3AccountId}", tag = "collection", operation_id = "deletePop3Account",
    params(("pop3AccountId" = Pop3AccountId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_pop3_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<Pop3AccountId>,
) -> ApiResult<StatusCode> {
    collection::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Connects, negotiates TLS and logs in as the account says, downloading nothing. A failure
/// is a 200 with `ok: false` and the reason.
#[utoipa::path(post, path = "/pop3-accounts/{pop3AccountId}/test", tag = "collection", operation_id = "testPop3Account",
    params(("pop3AccountId" = Pop3AccountId, Path)), responses((status = 200, body = ConnectionTest), Problems))]
pub async fn test_pop3_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<Pop3AccountId>,
) -> ApiResult<Json<ConnectionTest>> {
    let target = collection::test_target(&s.pool, &p, &s.secret_key, id).await?;
    Ok(Json(
        postbay_collector::test_connection(&s.dns, &s.client_tls, s.peer_timeouts, &target).await,
    ))
}

#[utoipa::path(post, path = "/pop3-accounts/{pop3AccountId}/sorting-rules", tag = "collection", operation_id = "createSortingRule",
    params(("pop3AccountId" = Pop3AccountId, Path)), request_body = NewSortingRule,
    responses((status = 201, body = SortingRule), Problems))]
pub async fn create_sorting_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<Pop3AccountId>,
    ApiJson(body): ApiJson<NewSortingRule>,
) -> ApiResult<(StatusCode, Json<SortingRule>)> {
    Ok((
        StatusCode::CREATED,
        Json(collection::create_rule(&s.pool, &p, id, body).await?),
    ))
}

/// In the order they are tried: complete addresses, `*@domain`, then `*`.
#[utoipa::path(get, path = "/pop3-accounts/{pop3AccountId}/sorting-rules", tag = "collection", operation_id = "listSortingRules",
    params(("pop3AccountId" = Pop3AccountId, Path)), responses((status = 200, body = Vec<SortingRule>), Problems))]
pub async fn list_sorting_rules(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<Pop3AccountId>,
) -> ApiResult<Json<Vec<SortingRule>>> {
    Ok(Json(collection::list_rules(&s.pool, &p, id).await?))
}

#[utoipa::path(patch, path = "/pop3-accounts/{pop3AccountId}/sorting-rules/{sortingRuleId}", tag = "collection", operation_id = "updateSortingRule",
    params(("pop3AccountId" = Pop3AccountId, Path), ("sortingRuleId" = SortingRuleId, Path)), request_body = SortingRulePatch,
    responses((status = 200, body = SortingRule), Problems))]
pub async fn update_sorting_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((account, rule)): ApiPath<(Pop3AccountId, SortingRuleId)>,
    ApiJson(body): ApiJson<SortingRulePatch>,
) -> ApiResult<Json<SortingRule>> {
    Ok(Json(
        collection::update_rule(&s.pool, &p, account, rule, body).await?,
    ))
}

#[utoipa::path(delete, path = "/pop3-accounts/{pop3AccountId}/sorting-rules/{sortingRuleId}", tag = "collection", operation_id = "deleteSortingRule",
    params(("pop3AccountId" = Pop3AccountId, Path), ("sortingRuleId" = SortingRuleId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_sorting_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((account, rule)): ApiPath<(Pop3AccountId, SortingRuleId)>,
) -> ApiResult<StatusCode> {
    collection::delete_rule(&s.pool, &p, account, rule).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// "Download now": queues a run of one account (even one backing off) or of every enabled
/// account in the caller's reach, and returns the job; read its progress with
/// `getCollectionJob`.
#[utoipa::path(post, path = "/pop3-collections", tag = "collection", operation_id = "runPop3Collection", request_body = RunCollection,
    responses((status = 202, body = CollectionJob), Problems))]
pub async fn run_pop3_collection(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<RunCollection>,
) -> ApiResult<(StatusCode, Json<CollectionJob>)> {
    Ok((
        StatusCode::ACCEPTED,
        Json(collection::run_collection(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/pop3-collections/{collectionJobId}", tag = "collection", operation_id = "getCollectionJob",
    params(("collectionJobId" = CollectionJobId, Path)), responses((status = 200, body = CollectionJob), Problems))]
pub async fn get_collection_job(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<CollectionJobId>,
) -> ApiResult<Json<CollectionJob>> {
    Ok(Json(collection::get_job(&s.pool, &p, id).await?))
}
