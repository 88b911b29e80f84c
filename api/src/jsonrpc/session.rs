//! `Session`, `Version` and `Server`: logging in and out, who the caller is, what runs.

use postbay_core::CoreError;
use postbay_core::access::Principal;
use postbay_core::access::Role;
use postbay_core::auth::{self, ClientApplication, LoginRequest};
use postbay_core::ids::AccountId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::batch::*;
use super::model::*;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LoginParams {
    /// `user@domain`, or a bare user of the primary domain.
    pub user_name: String,
    pub password: String,
    pub application: ClientApplication,
    /// The second factor, for an account that has one (a current TOTP code or a recovery
    /// code): without it such a login fails with `totp_required`.
    #[serde(default)]
    pub totp_code: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LoginResult {
    /// Send as the `X-Token` header on later calls.
    pub token: String,
    /// The session reaches only the caller's own account: a tenant requires a second factor
    /// of this administrator, who has none yet. Enrol one and log in again.
    pub self_service_only: bool,
}

pub(super) async fn session_login(
    ctx: &mut CallContext<'_>,
    params: LoginParams,
) -> Result<LoginResult, RpcError> {
    let address = ctx
        .ip
        .map(|i| i.to_string())
        .unwrap_or_else(|| "unknown".into());
    let request = LoginRequest {
        user_name: params.user_name,
        password: params.password,
        totp_code: params.totp_code,
    };
    let session = postbay_credentials::login::open_admin_session(
        &ctx.state.pool,
        &ctx.state.secret_key,
        &request,
        &params.application,
        &address,
    )
    .await
    .map_err(|e| match e {
        CoreError::Unauthenticated(m) => RpcError::new(
            super::OPERATION_FAILED,
            m.into_owned(),
            "invalid_credentials",
        ),
        CoreError::SecondFactor { code, message } => {
            RpcError::new(super::OPERATION_FAILED, message.into_owned(), code)
        }
        other => other.into(),
    })?;
    ctx.set_cookie = Some(format!(
        "{}={}; Path=/admin/; HttpOnly; SameSite=Strict{}",
        super::COOKIE,
        session.cookie,
        ctx.secure_cookie()
    ));
    let self_service_only = session.self_service_only;
    Ok(LoginResult {
        token: session.token,
        self_service_only,
    })
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LogoutResult {
    /// Kerio returns where a browser should go next; always empty here.
    pub redirect_url: String,
}

pub(super) async fn session_logout(
    ctx: &mut CallContext<'_>,
    _: NoParams,
) -> Result<LogoutResult, RpcError> {
    let (token, cookie) = (ctx.session_token(), ctx.cookie_token());
    if token.is_some() || cookie.is_some() {
        auth::close_session(&ctx.state.pool, token.as_deref(), cookie.as_deref()).await?;
    }
    ctx.set_cookie = Some(format!(
        "{}=; Path=/admin/; HttpOnly; SameSite=Strict; Max-Age=0{}",
        super::COOKIE,
        ctx.secure_cookie()
    ));
    Ok(LogoutResult {
        redirect_url: String::new(),
    })
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WhoAmIResult {
    /// The account behind the session; absent for API keys.
    pub id: Option<AccountId>,
    /// `account:<address>` or `api-key:<prefix>`.
    pub actor: String,
    pub effective_role: UserRight,
    /// Postbay's role, with the tenant or domain it covers.
    pub role: Role,
    pub read_only: bool,
}

pub(super) async fn session_who_am_i(
    _: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<WhoAmIResult, RpcError> {
    let user_role = match (&p.role, p.read_only) {
        (Role::ServerAdmin, false) => UserRoleType::FullAdmin,
        (Role::ServerAdmin, true) => UserRoleType::Auditor,
        (Role::TenantAdmin { .. }, _) => UserRoleType::TenantAdmin,
        (Role::DomainAdmin { .. }, _) => UserRoleType::AccountAdmin,
        (Role::Account { .. }, _) => UserRoleType::UserRole,
    };
    Ok(WhoAmIResult {
        id: p.account_id,
        actor: p.actor.clone(),
        effective_role: UserRight { user_role },
        role: p.role.clone(),
        read_only: p.read_only,
    })
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApiVersionResult {
    pub api_version: i32,
}

pub(super) async fn version_get_api_version(
    _: &mut CallContext<'_>,
    _: NoParams,
) -> Result<ApiVersionResult, RpcError> {
    Ok(ApiVersionResult { api_version: 1 })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ServerVersionResult {
    pub product: String,
    pub version: String,
    pub major: i32,
    pub minor: i32,
    pub revision: i32,
    pub build: i32,
}

pub(super) async fn server_get_version(
    _: &CallContext<'_>,
    _: &Principal,
    _: NoParams,
) -> Result<ServerVersionResult, RpcError> {
    let part = |s: &str| s.parse().unwrap_or(0);
    Ok(ServerVersionResult {
        product: "Postbay".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        major: part(env!("CARGO_PKG_VERSION_MAJOR")),
        minor: part(env!("CARGO_PKG_VERSION_MINOR")),
        revision: part(env!("CARGO_PKG_VERSION_PATCH")),
        build: 0,
    })
}
