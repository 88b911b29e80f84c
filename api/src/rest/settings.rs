//! Server-wide security settings and the SMTP server's options (`postbay_core::settings`).

use axum::Json;
use axum::extract::State;
use postbay_core::settings::{self, SecuritySettings, SmtpSecurity};
use postbay_lifecycle::LifecycleSettings;

use crate::AppState;
use crate::extract::{ApiJson, Caller};
use crate::problem::{ApiResult, Problems};

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

#[utoipa::path(get, path = "/settings/lifecycle", tag = "settings", operation_id = "getLifecycleSettings",
    responses((status = 200, body = LifecycleSettings), Problems))]
pub async fn get_lifecycle_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<LifecycleSettings>> {
    Ok(Json(postbay_lifecycle::settings::get(&s.pool, &p).await?))
}

/// How long a deleted tenant, domain or account can be restored before it is purged.
#[utoipa::path(put, path = "/settings/lifecycle", tag = "settings", operation_id = "updateLifecycleSettings",
    request_body = LifecycleSettings, responses((status = 200, body = LifecycleSettings), Problems))]
pub async fn update_lifecycle_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<LifecycleSettings>,
) -> ApiResult<Json<LifecycleSettings>> {
    Ok(Json(
        postbay_lifecycle::settings::set(&s.pool, &p, body).await?,
    ))
}
