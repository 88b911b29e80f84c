//! Domains, their usage and domain aliases (`postbay_core::domains`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::domain_verification::{self, DomainVerification};
use postbay_core::domains::{
    self, Domain, DomainAlias, DomainFilter, DomainPage, DomainPatch, DomainUsage, NewDomain,
    NewDomainAlias,
};
use postbay_core::ids::{DomainAliasId, DomainId};
use postbay_core::list::PageParams;
use postbay_lifecycle::DeleteParams;

use postbay_plans::admin::ForceParams;
use postbay_plans::apply;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(post, path = "/domains", tag = "domains", operation_id = "createDomain", request_body = NewDomain,
    params(("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
    responses((status = 201, body = Domain), Problems))]
pub async fn create_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewDomain>,
) -> ApiResult<(StatusCode, Json<Domain>)> {
    Ok((
        StatusCode::CREATED,
        Json(apply::create_domain(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/domains", tag = "domains", operation_id = "listDomains", params(DomainFilter, PageParams),
    responses((status = 200, body = DomainPage), Problems))]
pub async fn list_domains(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<DomainFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<DomainPage>> {
    Ok(Json(domains::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/domains/{domainId}", tag = "domains", operation_id = "getDomain", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = Domain), Problems))]
pub async fn get_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<Domain>> {
    Ok(Json(domains::get(&s.pool, &p, id).await?))
}

/// `planId` puts it on a service plan: its limits become the plan's in the same transaction.
#[utoipa::path(patch, path = "/domains/{domainId}", tag = "domains", operation_id = "updateDomain", params(("domainId" = DomainId, Path), ForceParams),
    request_body = DomainPatch, responses((status = 200, body = Domain), Problems))]
pub async fn update_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
    ApiQuery(force): ApiQuery<ForceParams>,
    ApiJson(body): ApiJson<DomainPatch>,
) -> ApiResult<Json<Domain>> {
    Ok(Json(
        apply::update_domain(&s.pool, &p, id, body, force.below_usage()).await?,
    ))
}

#[utoipa::path(delete, path = "/domains/{domainId}", tag = "domains", operation_id = "deleteDomain", params(("domainId" = DomainId, Path), DeleteParams),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
    ApiQuery(params): ApiQuery<DeleteParams>,
) -> ApiResult<StatusCode> {
    postbay_lifecycle::terminate::delete_domain(&s.pool, &p, id, &params).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Brings back a domain pending deletion, with everything in it.
#[utoipa::path(post, path = "/domains/{domainId}/restore", tag = "domains", operation_id = "restoreDomain",
    params(("domainId" = DomainId, Path)), responses((status = 200, body = Domain), Problems))]
pub async fn restore_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<Domain>> {
    Ok(Json(
        postbay_lifecycle::terminate::restore_domain(&s.pool, &p, id).await?,
    ))
}

#[utoipa::path(get, path = "/domains/{domainId}/usage", tag = "domains", operation_id = "getDomainUsage", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = DomainUsage), Problems))]
pub async fn get_domain_usage(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<DomainUsage>> {
    Ok(Json(domains::usage(&s.pool, &p, id).await?))
}

#[utoipa::path(post, path = "/domains/{domainId}/primary", tag = "domains", operation_id = "setPrimaryDomain", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = Domain), Problems))]
pub async fn set_primary_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<Domain>> {
    Ok(Json(domains::set_primary(&s.pool, &p, id).await?))
}

/// Checks the TXT records `_postbay-verify.<name>` of the domain and its aliases; a 409
/// `verification_failed` says which record was not found.
#[utoipa::path(post, path = "/domains/{domainId}/verify", tag = "domains", operation_id = "verifyDomain", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = DomainVerification), Problems))]
pub async fn verify_domain(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<DomainVerification>> {
    Ok(Json(
        domain_verification::verify(&s.pool, &s.dns, &p, id).await?,
    ))
}

#[utoipa::path(get, path = "/domains/{domainId}/domain-aliases", tag = "domains", operation_id = "listDomainAliases", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = Vec<DomainAlias>), Problems))]
pub async fn list_domain_aliases(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<Vec<DomainAlias>>> {
    Ok(Json(domains::list_aliases(&s.pool, &p, id).await?))
}

#[utoipa::path(post, path = "/domains/{domainId}/domain-aliases", tag = "domains", operation_id = "createDomainAlias", params(("domainId" = DomainId, Path)),
    request_body = NewDomainAlias, responses((status = 201, body = DomainAlias), Problems))]
pub async fn create_domain_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
    ApiJson(body): ApiJson<NewDomainAlias>,
) -> ApiResult<(StatusCode, Json<DomainAlias>)> {
    Ok((
        StatusCode::CREATED,
        Json(domains::add_alias(&s.pool, &p, id, body).await?),
    ))
}

#[utoipa::path(delete, path = "/domains/{domainId}/domain-aliases/{domainAliasId}", tag = "domains", operation_id = "deleteDomainAlias",
    params(("domainId" = DomainId, Path), ("domainAliasId" = DomainAliasId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_domain_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, alias)): ApiPath<(DomainId, DomainAliasId)>,
) -> ApiResult<StatusCode> {
    domains::remove_alias(&s.pool, &p, id, alias).await?;
    Ok(StatusCode::NO_CONTENT)
}
