//! REST handlers for sessions, API keys, lockouts, settings, audit and bulk account calls.

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use postbay_core::access::Role;
use postbay_core::accounts::{self, BulkAccounts};
use postbay_core::aliases::{self, BulkAliases};
use postbay_core::api_keys::{self, ApiKey, CreatedApiKey, NewApiKey};
use postbay_core::audit::{self, AuditEventPage, AuditQuery};
use postbay_core::auth::{self, Lockout, LoginRequest, RefreshRequest, Session};
use postbay_core::ids::{AccountId, ApiKeyId};
use postbay_core::settings::{self, SecuritySettings, SmtpSecurity};
use postbay_core::{CoreError, CoreResult};
use serde::Serialize;
use std::net::SocketAddr;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiError, ApiResult, Problem, Problems};

#[utoipa::path(post, path = "/auth/login", tag = "auth", operation_id = "login", request_body = LoginRequest, security(()),
    responses((status = 200, body = Session), Problems, (status = 429, description = "Too many failed logins from this address", body = Problem)))]
pub async fn login(
    State(s): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    ApiJson(body): ApiJson<LoginRequest>,
) -> ApiResult<Json<Session>> {
    Ok(Json(
        auth::login(&s.pool, &s.keys, &body, &addr.ip().to_string()).await?,
    ))
}

#[utoipa::path(post, path = "/auth/refresh", tag = "auth", operation_id = "refreshSession", request_body = RefreshRequest, security(()),
    responses((status = 200, body = Session), Problems))]
pub async fn refresh(
    State(s): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    ApiJson(body): ApiJson<RefreshRequest>,
) -> ApiResult<Json<Session>> {
    Ok(Json(
        auth::refresh(&s.pool, &s.keys, &body, &addr.ip().to_string()).await?,
    ))
}

#[utoipa::path(post, path = "/auth/logout", tag = "auth", operation_id = "logout", responses((status = 204, description = "Refresh sessions ended"), Problems))]
pub async fn logout(State(s): State<AppState>, Caller(p): Caller) -> ApiResult<StatusCode> {
    auth::logout(&s.pool, &p).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who the caller is.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WhoAmI {
    pub actor: String,
    pub role: Role,
    pub read_only: bool,
    pub account_id: Option<AccountId>,
}

#[utoipa::path(get, path = "/auth/me", tag = "auth", operation_id = "whoAmI", responses((status = 200, body = WhoAmI), Problems))]
pub async fn who_am_i(Caller(p): Caller) -> Json<WhoAmI> {
    Json(WhoAmI {
        actor: p.actor,
        role: p.role,
        read_only: p.read_only,
        account_id: p.account_id,
    })
}

#[utoipa::path(get, path = "/auth/lockouts", tag = "auth", operation_id = "listLockouts", responses((status = 200, body = Vec<Lockout>), Problems))]
pub async fn list_lockouts(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<Vec<Lockout>>> {
    Ok(Json(auth::lockouts(&s.pool, &p).await?))
}

#[utoipa::path(delete, path = "/auth/lockouts", tag = "auth", operation_id = "unlockAll", responses((status = 204, description = "Every address unlocked"), Problems))]
pub async fn unlock_all(State(s): State<AppState>, Caller(p): Caller) -> ApiResult<StatusCode> {
    auth::unlock_all(&s.pool, &p).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/settings/security", tag = "settings", operation_id = "getSecuritySettings", responses((status = 200, body = SecuritySettings), Problems))]
pub async fn get_security_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<SecuritySettings>> {
    Ok(Json(settings::get_security(&s.pool, &p).await?))
}

#[utoipa::path(put, path = "/settings/security", tag = "settings", operation_id = "updateSecuritySettings", request_body = SecuritySettings,
    responses((status = 200, body = SecuritySettings), Problems))]
pub async fn update_security_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<SecuritySettings>,
) -> ApiResult<Json<SecuritySettings>> {
    Ok(Json(settings::set_security(&s.pool, &p, body).await?))
}

#[utoipa::path(get, path = "/settings/smtp", tag = "settings", operation_id = "getSmtpSecurity", responses((status = 200, body = SmtpSecurity), Problems))]
pub async fn get_smtp_security(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<SmtpSecurity>> {
    Ok(Json(settings::get_smtp_security(&s.pool, &p).await?))
}

/// Takes effect for new SMTP connections within seconds, without a restart.
#[utoipa::path(put, path = "/settings/smtp", tag = "settings", operation_id = "updateSmtpSecurity", request_body = SmtpSecurity,
    responses((status = 200, body = SmtpSecurity), Problems))]
pub async fn update_smtp_security(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<SmtpSecurity>,
) -> ApiResult<Json<SmtpSecurity>> {
    Ok(Json(settings::set_smtp_security(&s.pool, &p, body).await?))
}

#[utoipa::path(post, path = "/api-keys", tag = "apiKeys", operation_id = "createApiKey", request_body = NewApiKey,
    responses((status = 201, body = CreatedApiKey), Problems))]
pub async fn create_api_key(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewApiKey>,
) -> ApiResult<(StatusCode, Json<CreatedApiKey>)> {
    Ok((
        StatusCode::CREATED,
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

#[utoipa::path(get, path = "/audit-events", tag = "audit", operation_id = "listAuditEvents", params(AuditQuery),
    responses((status = 200, body = AuditEventPage), Problems))]
pub async fn list_audit_events(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> ApiResult<Json<AuditEventPage>> {
    Ok(Json(audit::list(&s.pool, &p, &query).await?))
}

/// One item's result in a bulk call.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkItemResult {
    /// Position of the item in its input list.
    pub index: usize,
    /// HTTP status the item would have had alone.
    pub status: u16,
    /// The id of the object the item created, changed or deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub id: Option<uuid::Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Problem>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkAccountsResult {
    pub create: Vec<BulkItemResult>,
    pub update: Vec<BulkItemResult>,
    pub delete: Vec<BulkItemResult>,
}

fn item_results<I: Into<uuid::Uuid>>(
    results: Vec<CoreResult<I>>,
    ok_status: StatusCode,
) -> Vec<BulkItemResult> {
    results
        .into_iter()
        .enumerate()
        .map(|(index, r)| match r {
            Ok(id) => BulkItemResult {
                index,
                status: ok_status.as_u16(),
                id: Some(id.into()),
                error: None,
            },
            Err(e) => {
                let problem = *ApiError::from(e).0;
                BulkItemResult {
                    index,
                    status: problem.status,
                    id: None,
                    error: Some(problem),
                }
            }
        })
        .collect()
}

#[utoipa::path(post, path = "/accounts/bulk", tag = "accounts", operation_id = "bulkAccounts", request_body = BulkAccounts,
    params(("Idempotency-Key" = Option<String>, Header, description = "Replays the first response for the same key and body")),
    responses((status = 200, body = BulkAccountsResult, description = "Each item's own result"), Problems))]
pub async fn bulk_accounts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<BulkAccounts>,
) -> ApiResult<Json<BulkAccountsResult>> {
    let outcome = accounts::bulk(&s.pool, &p, body)
        .await
        .map_err(|e: CoreError| ApiError::from(e))?;
    Ok(Json(BulkAccountsResult {
        create: item_results(outcome.create, StatusCode::CREATED),
        update: item_results(outcome.update, StatusCode::OK),
        delete: item_results(outcome.delete, StatusCode::NO_CONTENT),
    }))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkAliasesResult {
    pub create: Vec<BulkItemResult>,
    pub update: Vec<BulkItemResult>,
    pub delete: Vec<BulkItemResult>,
}

#[utoipa::path(post, path = "/aliases/bulk", tag = "aliases", operation_id = "bulkAliases", request_body = BulkAliases,
    params(("Idempotency-Key" = Option<String>, Header, description = "Replays the first response for the same key and body")),
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
