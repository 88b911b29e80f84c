//! IP address groups (`postbay_core::ip_groups`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::IpGroupId;
use postbay_core::ip_groups::{self, IpGroup, IpGroupInput};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(get, path = "/ip-groups", tag = "ipGroups", operation_id = "listIpGroups",
    responses((status = 200, body = Vec<IpGroup>), Problems))]
pub async fn list_ip_groups(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<Vec<IpGroup>>> {
    Ok(Json(ip_groups::list(&s.pool, &p).await?))
}

#[utoipa::path(post, path = "/ip-groups", tag = "ipGroups", operation_id = "createIpGroup", request_body = IpGroupInput,
    responses((status = 201, body = IpGroup), Problems))]
pub async fn create_ip_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<IpGroupInput>,
) -> ApiResult<(StatusCode, Json<IpGroup>)> {
    Ok((
        StatusCode::CREATED,
        Json(ip_groups::create(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/ip-groups/{ipGroupId}", tag = "ipGroups", operation_id = "getIpGroup", params(("ipGroupId" = IpGroupId, Path)),
    responses((status = 200, body = IpGroup), Problems))]
pub async fn get_ip_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<IpGroupId>,
) -> ApiResult<Json<IpGroup>> {
    Ok(Json(ip_groups::get(&s.pool, &p, id).await?))
}

/// Replaces the group's name, description and every member.
#[utoipa::path(put, path = "/ip-groups/{ipGroupId}", tag = "ipGroups", operation_id = "replaceIpGroup", params(("ipGroupId" = IpGroupId, Path)),
    request_body = IpGroupInput, responses((status = 200, body = IpGroup), Problems))]
pub async fn replace_ip_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<IpGroupId>,
    ApiJson(body): ApiJson<IpGroupInput>,
) -> ApiResult<Json<IpGroup>> {
    Ok(Json(ip_groups::replace(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/ip-groups/{ipGroupId}", tag = "ipGroups", operation_id = "deleteIpGroup", params(("ipGroupId" = IpGroupId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_ip_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<IpGroupId>,
) -> ApiResult<StatusCode> {
    ip_groups::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
