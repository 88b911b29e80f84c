//! Client access (`postbay_credentials`) in Kerio's shape: `Users.getAppPasswords`,
//! `createAppPassword`, `removeAppPassword`, `getTokens`, `createToken`, `revokeToken`,
//! `createLoginLink`, `getTotp`, `enrolTotp`, `confirmTotp`, `removeTotp`, `getLoginPolicy`,
//! `setLoginPolicy`, `getMobileConfig`; `Tenants.getLoginPolicy` and `setLoginPolicy`.

use postbay_core::access::Principal;
use postbay_core::ids::{AccountId, AccountTokenId, AppPasswordId, TenantId};
use postbay_credentials::Protocol;
use postbay_credentials::app_passwords::{self, AppPassword, CreatedAppPassword, NewAppPassword};
use postbay_credentials::login_links::{self, LoginLink};
use postbay_credentials::policy::{self, AccountLoginPolicy, TenantLoginPolicy};
use postbay_credentials::tokens::{self, AccountToken, IssuedAccountToken, NewAccountToken};
use postbay_credentials::totp::{self, TotpCode, TotpEnrolment, TotpRecoveryCodes, TotpStatus};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::batch::EmptyResult;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserCredentialsParams {
    pub user_id: AccountId,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AppPasswordList {
    pub items: Vec<AppPassword>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountTokenList {
    pub items: Vec<AccountToken>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersCreateAppPasswordParams {
    pub user_id: AccountId,
    pub name: String,
    pub protocols: Vec<Protocol>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersRemoveAppPasswordParams {
    pub user_id: AccountId,
    pub app_password_id: AppPasswordId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersCreateTokenParams {
    pub user_id: AccountId,
    pub protocols: Vec<Protocol>,
    pub ttl_seconds: Option<i64>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersRevokeTokenParams {
    pub user_id: AccountId,
    pub token_id: AccountTokenId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersConfirmTotpParams {
    pub user_id: AccountId,
    pub code: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersSetLoginPolicyParams {
    pub user_id: AccountId,
    pub policy: AccountLoginPolicy,
}

/// An account's Apple configuration profile, as `getAccountMobileConfig` serves it.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MobileConfig {
    /// `<address>.mobileconfig`.
    pub file_name: String,
    /// The profile: an XML property list (`application/x-apple-aspen-config`).
    pub content: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantLoginPolicyParams {
    pub tenant_id: TenantId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantsSetLoginPolicyParams {
    pub tenant_id: TenantId,
    pub policy: TenantLoginPolicy,
}

pub(super) async fn users_get_app_passwords(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<AppPasswordList, RpcError> {
    Ok(AppPasswordList {
        items: app_passwords::list(&ctx.state.pool, p, params.user_id).await?,
    })
}

pub(super) async fn users_create_app_password(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersCreateAppPasswordParams,
) -> Result<CreatedAppPassword, RpcError> {
    let input = NewAppPassword {
        name: params.name,
        protocols: params.protocols,
    };
    Ok(app_passwords::create(&ctx.state.pool, p, params.user_id, input).await?)
}

pub(super) async fn users_remove_app_password(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersRemoveAppPasswordParams,
) -> Result<EmptyResult, RpcError> {
    app_passwords::delete(&ctx.state.pool, p, params.user_id, params.app_password_id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn users_get_tokens(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<AccountTokenList, RpcError> {
    Ok(AccountTokenList {
        items: tokens::list(&ctx.state.pool, p, params.user_id).await?,
    })
}

pub(super) async fn users_create_token(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersCreateTokenParams,
) -> Result<IssuedAccountToken, RpcError> {
    let input = NewAccountToken {
        protocols: params.protocols,
        ttl_seconds: params.ttl_seconds,
    };
    Ok(tokens::create(&ctx.state.pool, p, params.user_id, input).await?)
}

pub(super) async fn users_revoke_token(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersRevokeTokenParams,
) -> Result<EmptyResult, RpcError> {
    tokens::revoke(&ctx.state.pool, p, params.user_id, params.token_id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn users_create_login_link(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<LoginLink, RpcError> {
    let base = ctx.api_base();
    Ok(login_links::create(&ctx.state.pool, p, params.user_id, &base).await?)
}

pub(super) async fn users_get_totp(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<TotpStatus, RpcError> {
    Ok(totp::status(&ctx.state.pool, p, params.user_id).await?)
}

pub(super) async fn users_enrol_totp(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<TotpEnrolment, RpcError> {
    let s = ctx.state;
    Ok(totp::enrol(&s.pool, &s.secret_key, p, params.user_id, &s.hostname).await?)
}

pub(super) async fn users_confirm_totp(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersConfirmTotpParams,
) -> Result<TotpRecoveryCodes, RpcError> {
    let s = ctx.state;
    let code = TotpCode { code: params.code };
    Ok(totp::confirm(&s.pool, &s.secret_key, p, params.user_id, &code).await?)
}

pub(super) async fn users_remove_totp(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<EmptyResult, RpcError> {
    totp::delete(&ctx.state.pool, p, params.user_id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn users_get_login_policy(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<AccountLoginPolicy, RpcError> {
    Ok(policy::account(&ctx.state.pool, p, params.user_id).await?)
}

pub(super) async fn users_set_login_policy(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersSetLoginPolicyParams,
) -> Result<AccountLoginPolicy, RpcError> {
    Ok(policy::set_account(&ctx.state.pool, p, params.user_id, params.policy).await?)
}

pub(super) async fn tenants_get_login_policy(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantLoginPolicyParams,
) -> Result<TenantLoginPolicy, RpcError> {
    Ok(policy::tenant(&ctx.state.pool, p, params.tenant_id).await?)
}

pub(super) async fn tenants_set_login_policy(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsSetLoginPolicyParams,
) -> Result<TenantLoginPolicy, RpcError> {
    Ok(policy::set_tenant(&ctx.state.pool, p, params.tenant_id, params.policy).await?)
}

pub(super) async fn users_get_mobile_config(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserCredentialsParams,
) -> Result<MobileConfig, RpcError> {
    let s = ctx.state;
    let (content, file_name) = postbay_autoconfig::mobileconfig::for_account(
        &s.pool,
        p,
        &s.hostname,
        &s.services,
        params.user_id,
    )
    .await?;
    Ok(MobileConfig { file_name, content })
}
