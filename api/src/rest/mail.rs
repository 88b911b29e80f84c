//! REST handlers for the mail server's network objects: IP address groups and services.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::IpGroupId;
use postbay_core::ip_groups::{self, IpGroup, IpGroupInput};
use postbay_core::services::{self, Service, ServiceName, ServicePatch};

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

#[utoipa::path(get, path = "/services", tag = "services", operation_id = "listServices",
    responses((status = 200, body = Vec<Service>), Problems))]
pub async fn list_services(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<Vec<Service>>> {
    Ok(Json(services::list(&s.pool, &p, &s.services).await?))
}

#[utoipa::path(get, path = "/services/{serviceName}", tag = "services", operation_id = "getService",
    params(("serviceName" = ServiceName, Path)), responses((status = 200, body = Service), Problems))]
pub async fn get_service(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(name): ApiPath<ServiceName>,
) -> ApiResult<Json<Service>> {
    Ok(Json(services::get(&s.pool, &p, name, &s.services).await?))
}

/// Changes a service; running processes apply it within seconds, without a restart. Sessions
/// in progress on a removed address finish.
#[utoipa::path(patch, path = "/services/{serviceName}", tag = "services", operation_id = "updateService",
    params(("serviceName" = ServiceName, Path)), request_body = ServicePatch,
    responses((status = 200, body = Service), Problems))]
pub async fn update_service(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(name): ApiPath<ServiceName>,
    ApiJson(body): ApiJson<ServicePatch>,
) -> ApiResult<Json<Service>> {
    Ok(Json(
        services::update(&s.pool, &p, name, body, &s.services).await?,
    ))
}
