//! API keys for automation (`postbay_core::api_keys`).

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use postbay_core::api_keys::{self, ApiKey, CreatedApiKey, NewApiKey};
use postbay_core::ids::ApiKeyId;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::middleware::HoldsSecret;
use crate::problem::{ApiResult, Problems};

#[utoipa::path(post, path = "/api-keys", tag = "apiKeys", operation_id = "createApiKey", request_body = NewApiKey,
    responses((status = 201, body = CreatedApiKey), Problems))]
pub async fn create_api_key(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewApiKey>,
) -> ApiResult<(StatusCode, Extension<HoldsSecret>, Json<CreatedApiKey>)> {
    Ok((
        StatusCode::CREATED,
        Extension(HoldsSecret),
        Json(api_keys::create(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/api-keys", tag = "apiKeys", operation_id = "listApiKeys", responses((status = 200, body = Vec<ApiKey>), Problems))]
pub async fn list_api_keys(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<Vec<ApiKey>>> {
    Ok(Json(api_keys::list(&s.pool, &p).await?))
}

#[utoipa::path(delete, path = "/api-keys/{apiKeyId}", tag = "apiKeys", operation_id = "deleteApiKey", params(("apiKeyId" = ApiKeyId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_api_key(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<ApiKeyId>,
) -> ApiResult<StatusCode> {
    api_keys::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
