//! Live status (`postbay_status`): Kerio's `Server.getConnections`, and the open folders.

use postbay_core::access::Principal;
use postbay_status::list::{
    self, ConnectionPage, ConnectionQuery, OpenFolderList, OpenFolderQuery,
};

use super::{CallContext, RpcError};

pub(super) async fn server_get_connections(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ConnectionQuery,
) -> Result<ConnectionPage, RpcError> {
    Ok(list::connections(&ctx.state.pool, p, &ctx.state.node, &params).await?)
}

pub(super) async fn server_get_open_folders(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: OpenFolderQuery,
) -> Result<OpenFolderList, RpcError> {
    Ok(list::open_folders(&ctx.state.pool, p, &ctx.state.node, &params).await?)
}
