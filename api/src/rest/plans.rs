//! Service plans (`postbay_plans`): named sets of limits a tenant sells. A node's plan is its
//! `planId` (set with `updateTenant`, `updateDomain`, `updateAccount` or at creation).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::PlanId;
use postbay_core::list::PageParams;
use postbay_plans::Plan;
use postbay_plans::admin::{self, ForceParams, NewPlan, PlanFilter, PlanPage, PlanPatch};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// Makes a plan for one level (`tenant`, `domain` or `account`), owned by a tenant (the
/// caller's by default) and given to what is below it.
#[utoipa::path(post, path = "/plans", tag = "plans", operation_id = "createPlan", request_body = NewPlan,
    responses((status = 201, body = Plan), Problems))]
pub async fn create_plan(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewPlan>,
) -> ApiResult<(StatusCode, Json<Plan>)> {
    Ok((
        StatusCode::CREATED,
        Json(admin::create(&s.pool, &p, body).await?),
    ))
}

/// The plans within the caller's reach.
#[utoipa::path(get, path = "/plans", tag = "plans", operation_id = "listPlans", params(PlanFilter, PageParams),
    responses((status = 200, body = PlanPage), Problems))]
pub async fn list_plans(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<PlanFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<PlanPage>> {
    Ok(Json(admin::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/plans/{planId}", tag = "plans", operation_id = "getPlan",
    params(("planId" = PlanId, Path)), responses((status = 200, body = Plan), Problems))]
pub async fn get_plan(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<PlanId>,
) -> ApiResult<Json<Plan>> {
    Ok(Json(admin::get(&s.pool, &p, id).await?))
}

/// Changes a plan; new limits apply to every tenant, domain or account on it at once, or to
/// none (`limit_below_usage` with the overage, unless `force`).
#[utoipa::path(patch, path = "/plans/{planId}", tag = "plans", operation_id = "updatePlan",
    params(("planId" = PlanId, Path), ForceParams), request_body = PlanPatch,
    responses((status = 200, body = Plan), Problems))]
pub async fn update_plan(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<PlanId>,
    ApiQuery(force): ApiQuery<ForceParams>,
    ApiJson(patch): ApiJson<PlanPatch>,
) -> ApiResult<Json<Plan>> {
    Ok(Json(
        admin::update(&s.pool, &p, id, patch, force.below_usage()).await?,
    ))
}

/// Deletes a plan nothing is on (`plan_in_use` otherwise).
#[utoipa::path(delete, path = "/plans/{planId}", tag = "plans", operation_id = "deletePlan",
    params(("planId" = PlanId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_plan(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<PlanId>,
) -> ApiResult<StatusCode> {
    admin::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
