//! Live status (`postbay_status`): the connections of every node and the folders they hold
//! open, within the caller's reach.

use axum::Json;
use axum::extract::State;
use postbay_status::list::{
    self, ConnectionPage, ConnectionQuery, OpenFolderList, OpenFolderQuery,
};

use crate::AppState;
use crate::extract::{ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// Clients connected to any node now (Kerio's *Active connections*), oldest first: service,
/// client address, since when, TLS, the account logged in, the last command's name and the
/// folder selected. This node's are current; another node's are at most about 5 seconds old.
/// Server administrators see every connection; tenant and domain administrators those
/// logged in to their accounts.
#[utoipa::path(get, path = "/connections", tag = "status", operation_id = "listConnections",
    params(ConnectionQuery), responses((status = 200, body = ConnectionPage), Problems))]
pub async fn list_connections(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(query): ApiQuery<ConnectionQuery>,
) -> ApiResult<Json<ConnectionPage>> {
    Ok(Json(list::connections(&s.pool, &p, &s.node, &query).await?))
}

/// The IMAP folders (and POP3 inboxes) sessions hold open on any node, per account and
/// folder, with how many sessions hold each (Kerio's *Opened folders*).
#[utoipa::path(get, path = "/open-folders", tag = "status", operation_id = "listOpenFolders",
    params(OpenFolderQuery), responses((status = 200, body = OpenFolderList), Problems))]
pub async fn list_open_folders(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(query): ApiQuery<OpenFolderQuery>,
) -> ApiResult<Json<OpenFolderList>> {
    Ok(Json(
        list::open_folders(&s.pool, &p, &s.node, &query).await?,
    ))
}
