//! Aliases, their bulk calls, and where mail to an address goes (`postbay_core::aliases`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::aliases::{
    self, Alias, AliasFilter, AliasPage, AliasPatch, BulkAliases, NewAlias, Resolution,
    ResolveRequest,
};
use postbay_core::ids::{AliasId, DomainId};
use postbay_core::list::PageParams;
use serde::Serialize;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};
use crate::rest::bulk::{BulkItemResult, item_results};

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkAliasesResult {
    pub create: Vec<BulkItemResult>,
    pub update: Vec<BulkItemResult>,
    pub delete: Vec<BulkItemResult>,
}

#[utoipa::path(post, path = "/aliases/bulk", tag = "aliases", operation_id = "bulkAliases", request_body = BulkAliases,
    params(("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
    responses((status = 200, body = BulkAliasesResult, description = "Each item's own result"), Problems))]
pub async fn bulk_aliases(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<BulkAliases>,
) -> ApiResult<Json<BulkAliasesResult>> {
    let outcome = aliases::bulk(&s.pool, &p, body).await?;
    Ok(Json(BulkAliasesResult {
        create: item_results(outcome.create, StatusCode::CREATED),
        update: item_results(outcome.update, StatusCode::OK),
        delete: item_results(outcome.delete, StatusCode::NO_CONTENT),
    }))
}

#[utoipa::path(post, path = "/domains/{domainId}/aliases", tag = "aliases", operation_id = "createAlias", params(("domainId" = DomainId, Path),
    ("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
    request_body = NewAlias, responses((status = 201, body = Alias), Problems))]
pub async fn create_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(domain): ApiPath<DomainId>,
    ApiJson(body): ApiJson<NewAlias>,
) -> ApiResult<(StatusCode, Json<Alias>)> {
    Ok((
        StatusCode::CREATED,
        Json(aliases::create(&s.pool, &p, domain, body).await?),
    ))
}

#[utoipa::path(get, path = "/aliases", tag = "aliases", operation_id = "listAliases", params(AliasFilter, PageParams),
    responses((status = 200, body = AliasPage), Problems))]
pub async fn list_aliases(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<AliasFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<AliasPage>> {
    Ok(Json(aliases::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/aliases/{aliasId}", tag = "aliases", operation_id = "getAlias", params(("aliasId" = AliasId, Path)),
    responses((status = 200, body = Alias), Problems))]
pub async fn get_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AliasId>,
) -> ApiResult<Json<Alias>> {
    Ok(Json(aliases::get(&s.pool, &p, id).await?))
}

#[utoipa::path(patch, path = "/aliases/{aliasId}", tag = "aliases", operation_id = "updateAlias", params(("aliasId" = AliasId, Path)),
    request_body = AliasPatch, responses((status = 200, body = Alias), Problems))]
pub async fn update_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AliasId>,
    ApiJson(body): ApiJson<AliasPatch>,
) -> ApiResult<Json<Alias>> {
    Ok(Json(aliases::update(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/aliases/{aliasId}", tag = "aliases", operation_id = "deleteAlias", params(("aliasId" = AliasId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AliasId>,
) -> ApiResult<StatusCode> {
    aliases::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/addresses/resolve", tag = "aliases", operation_id = "resolveAddress", request_body = ResolveRequest,
    responses((status = 200, body = Resolution), Problems))]
pub async fn resolve_address(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<ResolveRequest>,
) -> ApiResult<Json<Resolution>> {
    Ok(Json(aliases::resolve_for(&s.pool, &p, &body).await?))
}
