//! Logging in and out, who the caller is, and login lockouts (`postbay_core::auth`).

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use postbay_core::access::Role;
use postbay_core::auth::{self, Lockout, LoginRequest, RefreshRequest, Session};
use postbay_core::ids::AccountId;
use serde::Serialize;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problem, Problems};

/// Logs in with a password (the main one, or an app password for `api`) and, for an account
/// with a second factor, `totpCode`: without it 401 `totp_required`, a wrong or used one 401
/// `totp_invalid`. An administrator a tenant requires a second factor of, who has none yet,
/// gets a session with `selfServiceOnly` to enrol one.
#[utoipa::path(post, path = "/auth/login", tag = "auth", operation_id = "login", request_body = LoginRequest, security(()),
    responses((status = 200, body = Session), Problems, (status = 429, description = "Too many failed logins (or wrong codes) for this account: it is locked for a while", body = Problem)))]
pub async fn login(
    State(s): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    ApiJson(body): ApiJson<LoginRequest>,
) -> ApiResult<Json<Session>> {
    Ok(Json(
        postbay_credentials::login::api_login(
            &s.pool,
            &s.keys,
            &s.secret_key,
            &body,
            &addr.ip().to_string(),
        )
        .await?,
    ))
}

/// Redeems a one-time login link (`createLoginLink`) for a session of its account. Single
/// use; an unknown, used or expired link is 401.
#[utoipa::path(get, path = "/auth/login-links/{token}", tag = "auth", operation_id = "redeemLoginLink", security(()),
    params(("token" = String, Path, description = "The link's token")),
    responses((status = 200, body = Session), Problems))]
pub async fn redeem_login_link(
    State(s): State<AppState>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    ApiPath(token): ApiPath<String>,
) -> ApiResult<([(axum::http::HeaderName, &'static str); 1], Json<Session>)> {
    let session =
        postbay_credentials::login_links::redeem(&s.pool, &s.keys, &token, &addr.ip().to_string())
            .await?;
    Ok((
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        Json(session),
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
        postbay_credentials::login::refresh(&s.pool, &s.keys, &body, &addr.ip().to_string())
            .await?,
    ))
}

#[utoipa::path(post, path = "/auth/logout", tag = "auth", operation_id = "logout", responses((status = 204, description = "Every session of the account ended: its refresh tokens, and its access tokens at once"), Problems))]
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
