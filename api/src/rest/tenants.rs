//! Tenants, the reseller tree (`postbay_core::tenants`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::TenantId;
use postbay_core::list::PageParams;
use postbay_core::tenants::{self, NewTenant, Tenant, TenantFilter, TenantPage, TenantPatch};
use postbay_lifecycle::DeleteParams;

use postbay_plans::admin::ForceParams;
use postbay_plans::apply;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(post, path = "/tenants", tag = "tenants", operation_id = "createTenant", request_body = NewTenant,
    params(("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
    responses((status = 201, body = Tenant), Problems))]
pub async fn create_tenant(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewTenant>,
) -> ApiResult<(StatusCode, Json<Tenant>)> {
    Ok((
        StatusCode::CREATED,
        Json(apply::create_tenant(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/tenants", tag = "tenants", operation_id = "listTenants", params(TenantFilter, PageParams),
    responses((status = 200, body = TenantPage), Problems))]
pub async fn list_tenants(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<TenantFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<TenantPage>> {
    Ok(Json(tenants::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/tenants/{tenantId}", tag = "tenants", operation_id = "getTenant", params(("tenantId" = TenantId, Path)),
    responses((status = 200, body = Tenant), Problems))]
pub async fn get_tenant(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TenantId>,
) -> ApiResult<Json<Tenant>> {
    Ok(Json(tenants::get(&s.pool, &p, id).await?))
}

/// `planId` puts it on a service plan: its limits become the plan's in the same transaction.
#[utoipa::path(patch, path = "/tenants/{tenantId}", tag = "tenants", operation_id = "updateTenant", params(("tenantId" = TenantId, Path), ForceParams),
    request_body = TenantPatch, responses((status = 200, body = Tenant), Problems))]
pub async fn update_tenant(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TenantId>,
    ApiQuery(force): ApiQuery<ForceParams>,
    ApiJson(body): ApiJson<TenantPatch>,
) -> ApiResult<Json<Tenant>> {
    Ok(Json(
        apply::update_tenant(&s.pool, &p, id, body, force.below_usage()).await?,
    ))
}

/// Terminates the tenant with everything below it: `pendingDeletion` (nothing reachable, mail
/// refused, names kept) until the grace period ends and it is purged; `restoreTenant` brings it
/// back until then.
#[utoipa::path(delete, path = "/tenants/{tenantId}", tag = "tenants", operation_id = "deleteTenant",
    params(("tenantId" = TenantId, Path), DeleteParams),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_tenant(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TenantId>,
    ApiQuery(params): ApiQuery<DeleteParams>,
) -> ApiResult<StatusCode> {
    postbay_lifecycle::terminate::delete_tenant(&s.pool, &p, id, &params).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Brings back a tenant pending deletion, with everything below it.
#[utoipa::path(post, path = "/tenants/{tenantId}/restore", tag = "tenants", operation_id = "restoreTenant",
    params(("tenantId" = TenantId, Path)), responses((status = 200, body = Tenant), Problems))]
pub async fn restore_tenant(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TenantId>,
) -> ApiResult<Json<Tenant>> {
    Ok(Json(
        postbay_lifecycle::terminate::restore_tenant(&s.pool, &p, id).await?,
    ))
}
