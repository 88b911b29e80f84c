//! Accounts, their bulk calls and CSV import (`postbay_core::accounts`, `postbay_core::import`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::accounts::{
    Account, AccountFilter, AccountPage, AccountPatch, BulkAccounts, NewAccount,
};
use postbay_core::ids::{AccountId, DomainId};
use postbay_core::import::{ImportParams, ImportReport};
use postbay_core::list::PageParams;
use postbay_core::{CoreError, accounts, import};
use postbay_lifecycle::DeleteAccountParams;
use serde::Serialize;

use postbay_plans::admin::ForceParams;
use postbay_plans::apply;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiError, ApiResult, Problems};
use crate::rest::bulk::{BulkItemResult, item_results};

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkAccountsResult {
    pub create: Vec<BulkItemResult>,
    pub update: Vec<BulkItemResult>,
    pub delete: Vec<BulkItemResult>,
}

#[utoipa::path(post, path = "/accounts/bulk", tag = "accounts", operation_id = "bulkAccounts", request_body = BulkAccounts,
    params(("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
    responses((status = 200, body = BulkAccountsResult, description = "Each item's own result"), Problems))]
pub async fn bulk_accounts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<BulkAccounts>,
) -> ApiResult<Json<BulkAccountsResult>> {
    let (pool, principal) = (&s.pool, &p);
    let terminate = move |id| async move {
        postbay_lifecycle::terminate::delete_account(pool, principal, id, &Default::default()).await
    };
    let outcome = accounts::bulk(pool, principal, body, terminate)
        .await
        .map_err(|e: CoreError| ApiError::from(e))?;
    Ok(Json(BulkAccountsResult {
        create: item_results(outcome.create, StatusCode::CREATED),
        update: item_results(outcome.update, StatusCode::OK),
        delete: item_results(outcome.delete, StatusCode::NO_CONTENT),
    }))
}

#[utoipa::path(post, path = "/domains/{domainId}/accounts", tag = "accounts", operation_id = "createAccount", params(("domainId" = DomainId, Path),
    ("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
    request_body = NewAccount, responses((status = 201, body = Account), Problems))]
pub async fn create_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(domain): ApiPath<DomainId>,
    ApiJson(body): ApiJson<NewAccount>,
) -> ApiResult<(StatusCode, Json<Account>)> {
    Ok((
        StatusCode::CREATED,
        Json(apply::create_account(&s.pool, &p, domain, body).await?),
    ))
}

#[utoipa::path(get, path = "/accounts", tag = "accounts", operation_id = "listAccounts", params(AccountFilter, PageParams),
    responses((status = 200, body = AccountPage), Problems))]
pub async fn list_accounts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<AccountFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<AccountPage>> {
    Ok(Json(accounts::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/accounts/{accountId}", tag = "accounts", operation_id = "getAccount", params(("accountId" = AccountId, Path)),
    responses((status = 200, body = Account), Problems))]
pub async fn get_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<Account>> {
    Ok(Json(accounts::get(&s.pool, &p, id).await?))
}

/// `planId` puts it on a service plan: its limits become the plan's in the same transaction.
#[utoipa::path(patch, path = "/accounts/{accountId}", tag = "accounts", operation_id = "updateAccount", params(("accountId" = AccountId, Path), ForceParams),
    request_body = AccountPatch, responses((status = 200, body = Account), Problems))]
pub async fn update_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiQuery(force): ApiQuery<ForceParams>,
    ApiJson(body): ApiJson<AccountPatch>,
) -> ApiResult<Json<Account>> {
    Ok(Json(
        apply::update_account(&s.pool, &p, id, body, force.below_usage()).await?,
    ))
}

/// Terminates the account: it is `pendingDeletion` (no login, its mail refused, its name kept)
/// until the grace period ends and it is purged; `restoreAccount` brings it back until then.
#[utoipa::path(delete, path = "/accounts/{accountId}", tag = "accounts", operation_id = "deleteAccount",
    params(("accountId" = AccountId, Path), DeleteAccountParams),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiQuery(params): ApiQuery<DeleteAccountParams>,
) -> ApiResult<StatusCode> {
    postbay_lifecycle::terminate::delete_account(&s.pool, &p, id, &params).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Brings back an account pending deletion, in the state it had, with all its mail.
#[utoipa::path(post, path = "/accounts/{accountId}/restore", tag = "accounts", operation_id = "restoreAccount",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = Account), Problems))]
pub async fn restore_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<Account>> {
    Ok(Json(
        postbay_lifecycle::terminate::restore_account(&s.pool, &p, id).await?,
    ))
}

/// A CSV file, sent as the raw request body (UTF-8).
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct CsvBody(#[allow(dead_code)] Vec<u8>);

#[utoipa::path(post, path = "/domains/{domainId}/accounts/import", tag = "accounts", operation_id = "importAccounts",
    params(("domainId" = DomainId, Path), ImportParams),
    request_body(content = CsvBody, content_type = "text/csv", description = "Header row, then one account per row"),
    responses((status = 200, body = ImportReport, description = "Every row's result"), Problems))]
pub async fn import_accounts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(domain): ApiPath<DomainId>,
    ApiQuery(params): ApiQuery<ImportParams>,
    body: axum::body::Bytes,
) -> ApiResult<Json<ImportReport>> {
    let text = std::str::from_utf8(&body).map_err(|_| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_csv",
            "the file must be UTF-8 text",
            Some("body".into()),
        )
    })?;
    Ok(Json(
        import::import(&s.pool, &p, domain, &params, text).await?,
    ))
}
