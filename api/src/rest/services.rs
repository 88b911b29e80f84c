//! The mail services, the listeners as a resource (`postbay_core::services`).

use axum::Json;
use axum::extract::State;
use postbay_core::services::{self, Service, ServiceName, ServicePatch};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

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
