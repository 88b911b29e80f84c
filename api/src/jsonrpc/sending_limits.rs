//! Sending limits (`postbay_sending_limits`): `Users.`, `Domains.` and
//! `Tenants.getSendingLimits` / `setSendingLimits`.

use postbay_core::access::Principal;
use postbay_core::ids::{AccountId, DomainId, TenantId};
use postbay_sending_limits::{Scope, SendingLimits, admin};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserSendingLimitsParams {
    pub user_id: AccountId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersSetSendingLimitsParams {
    pub user_id: AccountId,
    pub limits: SendingLimits,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainSendingLimitsParams {
    pub domain_id: DomainId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsSetSendingLimitsParams {
    pub domain_id: DomainId,
    pub limits: SendingLimits,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantSendingLimitsParams {
    pub tenant_id: TenantId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantsSetSendingLimitsParams {
    pub tenant_id: TenantId,
    pub limits: SendingLimits,
}

pub(super) async fn users_get_sending_limits(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserSendingLimitsParams,
) -> Result<SendingLimits, RpcError> {
    Ok(admin::get(&ctx.state.pool, p, Scope::Account(params.user_id)).await?)
}

pub(super) async fn users_set_sending_limits(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersSetSendingLimitsParams,
) -> Result<SendingLimits, RpcError> {
    Ok(admin::put(
        &ctx.state.pool,
        p,
        Scope::Account(params.user_id),
        params.limits,
    )
    .await?)
}

pub(super) async fn domains_get_sending_limits(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainSendingLimitsParams,
) -> Result<SendingLimits, RpcError> {
    Ok(admin::get(&ctx.state.pool, p, Scope::Domain(params.domain_id)).await?)
}

pub(super) async fn domains_set_sending_limits(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsSetSendingLimitsParams,
) -> Result<SendingLimits, RpcError> {
    Ok(admin::put(
        &ctx.state.pool,
        p,
        Scope::Domain(params.domain_id),
        params.limits,
    )
    .await?)
}

pub(super) async fn tenants_get_sending_limits(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantSendingLimitsParams,
) -> Result<SendingLimits, RpcError> {
    Ok(admin::get(&ctx.state.pool, p, Scope::Tenant(params.tenant_id)).await?)
}

pub(super) async fn tenants_set_sending_limits(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsSetSendingLimitsParams,
) -> Result<SendingLimits, RpcError> {
    Ok(admin::put(
        &ctx.state.pool,
        p,
        Scope::Tenant(params.tenant_id),
        params.limits,
    )
    .await?)
}
