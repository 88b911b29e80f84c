//! An account's stored mail (`postbay_search`): `Users.searchMessages` and
//! `Users.getSearchIndexStatus`.

use postbay_core::access::Principal;
use postbay_core::ids::AccountId;
use postbay_search::admin::{self, MessageHitPage, MessageSearch, SearchIndexStatus};
use serde::Deserialize;
use utoipa::ToSchema;

use super::filter::UserIdParams;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersSearchMessagesParams {
    pub user_id: AccountId,
    /// The filters and page of searchAccountMessages.
    #[serde(default)]
    pub query: MessageSearch,
}

pub(super) async fn users_search_messages(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersSearchMessagesParams,
) -> Result<MessageHitPage, RpcError> {
    Ok(admin::search_account_messages(&ctx.state.pool, p, params.user_id, &params.query).await?)
}

pub(super) async fn users_get_search_index_status(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserIdParams,
) -> Result<SearchIndexStatus, RpcError> {
    Ok(admin::index_status(&ctx.state.pool, p, params.user_id).await?)
}
