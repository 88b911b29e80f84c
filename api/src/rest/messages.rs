//! An account's stored mail as support staff and control panels see it (`postbay_search`):
//! searching it, and the search index's progress.

use axum::Json;
use axum::extract::State;
use postbay_core::ids::AccountId;
use postbay_search::admin::{self, MessageHitPage, MessageSearch, SearchIndexStatus};

use crate::AppState;
use crate::extract::{ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// Searches an account's mail, newest first: text anywhere (`q`, IMAP's TEXT), sender,
/// recipient, subject, received dates, size. Server and tenant administrators, the account
/// itself, and its domain's administrators where the domain allows it; every search is audited.
#[utoipa::path(get, path = "/accounts/{accountId}/messages", tag = "messages", operation_id = "searchAccountMessages",
    params(("accountId" = AccountId, Path), MessageSearch), responses((status = 200, body = MessageHitPage), Problems))]
pub async fn search_account_messages(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiQuery(search): ApiQuery<MessageSearch>,
) -> ApiResult<Json<MessageHitPage>> {
    Ok(Json(
        admin::search_account_messages(&s.pool, &p, id, &search).await?,
    ))
}

/// How far the background indexer has come with an account's mail (mail stored before the
/// index existed is indexed after an upgrade; searches are right meanwhile, only slower).
#[utoipa::path(get, path = "/accounts/{accountId}/search-index", tag = "messages", operation_id = "getSearchIndexStatus",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = SearchIndexStatus), Problems))]
pub async fn get_search_index_status(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<SearchIndexStatus>> {
    Ok(Json(admin::index_status(&s.pool, &p, id).await?))
}
