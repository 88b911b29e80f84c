//! JSON-RPC methods for the server's network objects: IP address groups, the mail services and
//! the SMTP server's security options. Server administrators only (the core says so).

use postbay_core::access::Principal;
use postbay_core::auth::{self, Lockout};
use postbay_core::ids::IpGroupId;
use postbay_core::ip_groups::{self, IpGroup, IpGroupInput};
use postbay_core::services::{self, Service, ServiceName, ServicePatch};
use postbay_core::settings::{self, SecuritySettings, SmtpSecurity};
use postbay_lifecycle::LifecycleSettings;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::batch::{
    CreateResult, EmptyResult, ErrorList, NoParams, create_each, each_id, prefix_field,
};
use super::{CallContext, RpcError};

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IpGroupList {
    pub list: Vec<IpGroup>,
    pub total_items: i64,
}

pub(super) async fn ip_address_groups_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<IpGroupList, RpcError> {
    let list = ip_groups::list(&ctx.state.pool, p).await?;
    ctx.take_rows(list.len())?;
    Ok(IpGroupList {
        total_items: i64::try_from(list.len()).unwrap_or(i64::MAX),
        list,
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IpAddressGroupsCreateParams {
    /// Each an `IpGroupInput`.
    #[schema(value_type = Vec<IpGroupInput>)]
    pub groups: Vec<Value>,
}

pub(super) async fn ip_address_groups_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: IpAddressGroupsCreateParams,
) -> Result<CreateResult, RpcError> {
    let pool = &ctx.state.pool;
    create_each(ctx, params.groups, "groups", |input: IpGroupInput| async move {
        ip_groups::create(pool, p, input).await.map(|g| g.id.0)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IpAddressGroupsSetParams {
    pub group_ids: Vec<IpGroupId>,
    /// Replaces each group's name, description and every entry.
    pub group: IpGroupInput,
}

pub(super) async fn ip_address_groups_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: IpAddressGroupsSetParams,
) -> Result<ErrorList, RpcError> {
    let (pool, group) = (&ctx.state.pool, &params.group);
    each_id(ctx, params.group_ids, "groupIds", |id| {
        ip_groups::replace(pool, p, id, group.clone())
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IpAddressGroupsRemoveParams {
    pub group_ids: Vec<IpGroupId>,
}

pub(super) async fn ip_address_groups_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: IpAddressGroupsRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.group_ids, "groupIds", |id| {
        ip_groups::delete(pool, p, id)
    })
    .await
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ServiceList {
    pub list: Vec<Service>,
    pub total_items: i64,
}

pub(super) async fn services_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<ServiceList, RpcError> {
    let list = services::list(&ctx.state.pool, p, &ctx.state.services).await?;
    Ok(ServiceList {
        total_items: i64::try_from(list.len()).unwrap_or(i64::MAX),
        list,
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServicesSetParams {
    pub service_ids: Vec<ServiceName>,
    pub pattern: ServicePatch,
}

pub(super) async fn services_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: ServicesSetParams,
) -> Result<ErrorList, RpcError> {
    let (pool, defaults, pattern) = (&ctx.state.pool, &ctx.state.services, &params.pattern);
    let out = each_id(ctx, params.service_ids, "serviceIds", |name| {
        services::update(pool, p, name, pattern.clone(), defaults)
    })
    .await?;
    // Postbay's own names: no Kerio renaming (`addresses` here are listening addresses).
    let mut out = out;
    for e in &mut out.errors {
        prefix_field(&mut e.data, "pattern.");
    }
    Ok(out)
}

pub(super) async fn smtp_server_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<SmtpSecurity, RpcError> {
    Ok(settings::get_smtp_security(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SmtpServerSetParams {
    /// Replaces every option; new connections see it within seconds.
    pub settings: SmtpSecurity,
}

pub(super) async fn smtp_server_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SmtpServerSetParams,
) -> Result<EmptyResult, RpcError> {
    super::batch::set_settings(settings::set_smtp_security(
        &ctx.state.pool,
        p,
        params.settings,
    ))
    .await
}

pub(super) async fn lifecycle_settings_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<LifecycleSettings, RpcError> {
    Ok(postbay_lifecycle::settings::get(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LifecycleSettingsSetParams {
    pub settings: LifecycleSettings,
}

pub(super) async fn lifecycle_settings_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: LifecycleSettingsSetParams,
) -> Result<EmptyResult, RpcError> {
    super::batch::set_settings(postbay_lifecycle::settings::set(
        &ctx.state.pool,
        p,
        params.settings,
    ))
    .await
}

pub(super) async fn security_settings_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<SecuritySettings, RpcError> {
    Ok(settings::get_security(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SecuritySettingsSetParams {
    /// Replaces every setting: lockouts, token lifetimes, the password policy.
    pub settings: SecuritySettings,
}

pub(super) async fn security_settings_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SecuritySettingsSetParams,
) -> Result<EmptyResult, RpcError> {
    super::batch::set_settings(settings::set_security(&ctx.state.pool, p, params.settings)).await
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LockoutList {
    pub list: Vec<Lockout>,
}

pub(super) async fn lockouts_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<LockoutList, RpcError> {
    let list = auth::lockouts(&ctx.state.pool, p).await?;
    Ok(LockoutList { list })
}

pub(super) async fn lockouts_remove_all(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<EmptyResult, RpcError> {
    auth::unlock_all(&ctx.state.pool, p).await?;
    Ok(EmptyResult {})
}
