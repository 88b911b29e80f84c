//! Sending limits (`postbay_sending_limits`) of accounts, domains and tenants.

use axum::Json;
use axum::extract::State;
use postbay_core::ids::{AccountId, DomainId, TenantId};
use postbay_sending_limits::{Scope, SendingLimits, admin};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

/// An account's sending limits (messages and recipients per hour and per day by authenticated
/// submission). Its domain's and tenants' limits apply as well.
#[utoipa::path(get, path = "/accounts/{accountId}/sending-limits", tag = "accounts", operation_id = "getAccountSendingLimits",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = SendingLimits), Problems))]
pub async fn get_account_sending_limits(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<SendingLimits>> {
    Ok(Json(admin::get(&s.pool, &p, Scope::Account(id)).await?))
}

/// Replaces an account's sending limits; an absent limit is lifted. Over one, a submission is
/// answered `451 4.7.1` and the tenant's webhooks hear `account.sending_limit_hit`.
#[utoipa::path(put, path = "/accounts/{accountId}/sending-limits", tag = "accounts", operation_id = "updateAccountSendingLimits",
    params(("accountId" = AccountId, Path)), request_body = SendingLimits,
    responses((status = 200, body = SendingLimits), Problems))]
pub async fn update_account_sending_limits(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiJson(body): ApiJson<SendingLimits>,
) -> ApiResult<Json<SendingLimits>> {
    Ok(Json(
        admin::put(&s.pool, &p, Scope::Account(id), body).await?,
    ))
}

/// A domain's sending limits: what all its accounts together may send.
#[utoipa::path(get, path = "/domains/{domainId}/sending-limits", tag = "domains", operation_id = "getDomainSendingLimits",
    params(("domainId" = DomainId, Path)), responses((status = 200, body = SendingLimits), Problems))]
pub async fn get_domain_sending_limits(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<SendingLimits>> {
    Ok(Json(admin::get(&s.pool, &p, Scope::Domain(id)).await?))
}

/// Replaces a domain's sending limits (tenant and server administrators).
#[utoipa::path(put, path = "/domains/{domainId}/sending-limits", tag = "domains", operation_id = "updateDomainSendingLimits",
    params(("domainId" = DomainId, Path)), request_body = SendingLimits,
    responses((status = 200, body = SendingLimits), Problems))]
pub async fn update_domain_sending_limits(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
    ApiJson(body): ApiJson<SendingLimits>,
) -> ApiResult<Json<SendingLimits>> {
    Ok(Json(
        admin::put(&s.pool, &p, Scope::Domain(id), body).await?,
    ))
}

/// A tenant's sending limits: what its whole subtree together may send.
#[utoipa::path(get, path = "/tenants/{tenantId}/sending-limits", tag = "tenants", operation_id = "getTenantSendingLimits",
    params(("tenantId" = TenantId, Path)), responses((status = 200, body = SendingLimits), Problems))]
pub async fn get_tenant_sending_limits(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TenantId>,
) -> ApiResult<Json<SendingLimits>> {
    Ok(Json(admin::get(&s.pool, &p, Scope::Tenant(id)).await?))
}

/// Replaces a tenant's sending limits (the administrators above it).
#[utoipa::path(put, path = "/tenants/{tenantId}/sending-limits", tag = "tenants", operation_id = "updateTenantSendingLimits",
    params(("tenantId" = TenantId, Path)), request_body = SendingLimits,
    responses((status = 200, body = SendingLimits), Problems))]
pub async fn update_tenant_sending_limits(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TenantId>,
    ApiJson(body): ApiJson<SendingLimits>,
) -> ApiResult<Json<SendingLimits>> {
    Ok(Json(
        admin::put(&s.pool, &p, Scope::Tenant(id), body).await?,
    ))
}
