//! Client access (`postbay_credentials`): an account's app passwords, bearer tokens for the
//! mail protocols, login links, second factor and login policy; a tenant's login policy.

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use postbay_core::ids::{AccountId, AccountTokenId, AppPasswordId, TenantId};
use postbay_credentials::app_passwords::{self, AppPassword, CreatedAppPassword, NewAppPassword};
use postbay_credentials::login_links::{self, LoginLink};
use postbay_credentials::policy::{self, AccountLoginPolicy, TenantLoginPolicy};
use postbay_credentials::tokens::{self, AccountToken, IssuedAccountToken, NewAccountToken};
use postbay_credentials::totp::{self, TotpCode, TotpEnrolment, TotpRecoveryCodes, TotpStatus};

use crate::AppState;
use crate::extract::{ApiBase, ApiJson, ApiPath, Caller};
use crate::middleware::HoldsSecret;
use crate::problem::{ApiResult, Problems};

/// The account's app passwords (never the passwords themselves), with their last use.
#[utoipa::path(get, path = "/accounts/{accountId}/app-passwords", tag = "credentials", operation_id = "listAppPasswords",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = Vec<AppPassword>), Problems))]
pub async fn list_app_passwords(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<Json<Vec<AppPassword>>> {
    Ok(Json(app_passwords::list(&s.pool, &p, account).await?))
}

/// Makes an app password for the protocols named; the password is in this answer only.
#[utoipa::path(post, path = "/accounts/{accountId}/app-passwords", tag = "credentials", operation_id = "createAppPassword",
    params(("accountId" = AccountId, Path)), request_body = NewAppPassword,
    responses((status = 201, body = CreatedAppPassword), Problems))]
pub async fn create_app_password(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
    ApiJson(body): ApiJson<NewAppPassword>,
) -> ApiResult<(StatusCode, Extension<HoldsSecret>, Json<CreatedAppPassword>)> {
    Ok((
        StatusCode::CREATED,
        Extension(HoldsSecret),
        Json(app_passwords::create(&s.pool, &p, account, body).await?),
    ))
}

/// Revokes an app password: the next login with it fails.
#[utoipa::path(delete, path = "/accounts/{accountId}/app-passwords/{appPasswordId}", tag = "credentials", operation_id = "deleteAppPassword",
    params(("accountId" = AccountId, Path), ("appPasswordId" = AppPasswordId, Path)),
    responses((status = 204, description = "Revoked"), Problems))]
pub async fn delete_app_password(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((account, id)): ApiPath<(AccountId, AppPasswordId)>,
) -> ApiResult<StatusCode> {
    app_passwords::delete(&s.pool, &p, account, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The account's live bearer tokens (never the tokens themselves).
#[utoipa::path(get, path = "/accounts/{accountId}/tokens", tag = "credentials", operation_id = "listAccountTokens",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = Vec<AccountToken>), Problems))]
pub async fn list_account_tokens(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<Json<Vec<AccountToken>>> {
    Ok(Json(tokens::list(&s.pool, &p, account).await?))
}

/// Issues a bearer token for the account's mail protocols (SASL OAUTHBEARER or XOAUTH2 on
/// IMAP, POP3 and SMTP submission): an hour unless `ttlSeconds` says otherwise, a day at most.
#[utoipa::path(post, path = "/accounts/{accountId}/tokens", tag = "credentials", operation_id = "createAccountToken",
    params(("accountId" = AccountId, Path)), request_body = NewAccountToken,
    responses((status = 201, body = IssuedAccountToken), Problems))]
pub async fn create_account_token(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
    ApiJson(body): ApiJson<NewAccountToken>,
) -> ApiResult<(StatusCode, Extension<HoldsSecret>, Json<IssuedAccountToken>)> {
    Ok((
        StatusCode::CREATED,
        Extension(HoldsSecret),
        Json(tokens::create(&s.pool, &p, account, body).await?),
    ))
}

/// Revokes a token: the next login with it fails.
#[utoipa::path(delete, path = "/accounts/{accountId}/tokens/{tokenId}", tag = "credentials", operation_id = "revokeAccountToken",
    params(("accountId" = AccountId, Path), ("tokenId" = AccountTokenId, Path)),
    responses((status = 204, description = "Revoked"), Problems))]
pub async fn revoke_account_token(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((account, id)): ApiPath<(AccountId, AccountTokenId)>,
) -> ApiResult<StatusCode> {
    tokens::revoke(&s.pool, &p, account, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Makes a one-time login link for the account (administrators, for accounts whose rights do
/// not exceed their own): `GET` its `url` within five minutes, once, for a session.
#[utoipa::path(post, path = "/accounts/{accountId}/login-links", tag = "credentials", operation_id = "createLoginLink",
    params(("accountId" = AccountId, Path)), responses((status = 201, body = LoginLink), Problems))]
pub async fn create_login_link(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiBase(base): ApiBase,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<(StatusCode, Extension<HoldsSecret>, Json<LoginLink>)> {
    Ok((
        StatusCode::CREATED,
        Extension(HoldsSecret),
        Json(login_links::create(&s.pool, &p, account, &base).await?),
    ))
}

/// Whether the account has a second factor, and how many recovery codes are left.
#[utoipa::path(get, path = "/accounts/{accountId}/totp", tag = "credentials", operation_id = "getTotp",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = TotpStatus), Problems))]
pub async fn get_totp(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<Json<TotpStatus>> {
    Ok(Json(totp::status(&s.pool, &p, account).await?))
}

/// Starts the enrolment of a second factor (the account itself only): the seed for the
/// authenticator app. Nothing changes at login until `confirmTotp`.
#[utoipa::path(post, path = "/accounts/{accountId}/totp", tag = "credentials", operation_id = "enrolTotp",
    params(("accountId" = AccountId, Path)), responses((status = 201, body = TotpEnrolment), Problems))]
pub async fn enrol_totp(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<(StatusCode, Extension<HoldsSecret>, Json<TotpEnrolment>)> {
    Ok((
        StatusCode::CREATED,
        Extension(HoldsSecret),
        Json(totp::enrol(&s.pool, &s.secret_key, &p, account, &s.hostname).await?),
    ))
}

/// Confirms the enrolment with a first code: every API login of the account needs a code from
/// now on. The ten recovery codes are in this answer only.
#[utoipa::path(post, path = "/accounts/{accountId}/totp/confirm", tag = "credentials", operation_id = "confirmTotp",
    params(("accountId" = AccountId, Path)), request_body = TotpCode,
    responses((status = 200, body = TotpRecoveryCodes), Problems))]
pub async fn confirm_totp(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
    ApiJson(body): ApiJson<TotpCode>,
) -> ApiResult<(Extension<HoldsSecret>, Json<TotpRecoveryCodes>)> {
    Ok((
        Extension(HoldsSecret),
        Json(totp::confirm(&s.pool, &s.secret_key, &p, account, &body).await?),
    ))
}

/// Removes the account's second factor: the account itself, or an administrator (a lost
/// phone).
#[utoipa::path(delete, path = "/accounts/{accountId}/totp", tag = "credentials", operation_id = "deleteTotp",
    params(("accountId" = AccountId, Path)), responses((status = 204, description = "Removed"), Problems))]
pub async fn delete_totp(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<StatusCode> {
    totp::delete(&s.pool, &p, account).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/accounts/{accountId}/login-policy", tag = "credentials", operation_id = "getAccountLoginPolicy",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = AccountLoginPolicy), Problems))]
pub async fn get_account_login_policy(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<Json<AccountLoginPolicy>> {
    Ok(Json(policy::account(&s.pool, &p, account).await?))
}

/// Sets whether the mail protocols refuse the account's main password (app passwords and
/// tokens only).
#[utoipa::path(put, path = "/accounts/{accountId}/login-policy", tag = "credentials", operation_id = "setAccountLoginPolicy",
    params(("accountId" = AccountId, Path)), request_body = AccountLoginPolicy,
    responses((status = 200, body = AccountLoginPolicy), Problems))]
pub async fn set_account_login_policy(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
    ApiJson(body): ApiJson<AccountLoginPolicy>,
) -> ApiResult<Json<AccountLoginPolicy>> {
    Ok(Json(policy::set_account(&s.pool, &p, account, body).await?))
}

#[utoipa::path(get, path = "/tenants/{tenantId}/login-policy", tag = "credentials", operation_id = "getTenantLoginPolicy",
    params(("tenantId" = TenantId, Path)), responses((status = 200, body = TenantLoginPolicy), Problems))]
pub async fn get_tenant_login_policy(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(tenant): ApiPath<TenantId>,
) -> ApiResult<Json<TenantLoginPolicy>> {
    Ok(Json(policy::tenant(&s.pool, &p, tenant).await?))
}

/// Sets whether the administrators in the tenant and below must log in with a second factor.
#[utoipa::path(put, path = "/tenants/{tenantId}/login-policy", tag = "credentials", operation_id = "setTenantLoginPolicy",
    params(("tenantId" = TenantId, Path)), request_body = TenantLoginPolicy,
    responses((status = 200, body = TenantLoginPolicy), Problems))]
pub async fn set_tenant_login_policy(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(tenant): ApiPath<TenantId>,
    ApiJson(body): ApiJson<TenantLoginPolicy>,
) -> ApiResult<Json<TenantLoginPolicy>> {
    Ok(Json(policy::set_tenant(&s.pool, &p, tenant, body).await?))
}
