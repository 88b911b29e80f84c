//! Users' Sieve scripts (`postbay_rules::scripts`): `SieveScripts.*`; their domain's
//! before/after scripts: `DomainSieveScripts.*`.

use postbay_core::access::Principal;
use postbay_core::ids::{AccountId, DomainId};
use postbay_rules::domain_scripts::{self, DomainSieveScript, DomainSieveScriptBody, SieveStage};
use postbay_rules::scripts::{
    self, SieveCheck, SieveCheckBody, SieveScript, SieveScriptBody, SieveScriptList,
};
use serde::Deserialize;
use utoipa::ToSchema;

use super::batch::EmptyResult;
use super::filter::UserIdParams;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SieveScriptNameParams {
    pub user_id: AccountId,
    pub name: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SieveScriptsPutParams {
    pub user_id: AccountId,
    pub name: String,
    pub script: SieveScriptBody,
}

pub(super) async fn sieve_scripts_list(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserIdParams,
) -> Result<SieveScriptList, RpcError> {
    Ok(scripts::list(&ctx.state.pool, p, params.user_id).await?)
}

pub(super) async fn sieve_scripts_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SieveScriptNameParams,
) -> Result<SieveScript, RpcError> {
    Ok(scripts::get(&ctx.state.pool, p, params.user_id, &params.name).await?)
}

pub(super) async fn sieve_scripts_put(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SieveScriptsPutParams,
) -> Result<SieveScript, RpcError> {
    Ok(scripts::put(
        &ctx.state.pool,
        p,
        params.user_id,
        &params.name,
        &params.script,
    )
    .await?)
}

pub(super) async fn sieve_scripts_activate(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SieveScriptNameParams,
) -> Result<SieveScript, RpcError> {
    Ok(scripts::activate(&ctx.state.pool, p, params.user_id, &params.name).await?)
}

pub(super) async fn sieve_scripts_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SieveScriptNameParams,
) -> Result<EmptyResult, RpcError> {
    scripts::delete(&ctx.state.pool, p, params.user_id, &params.name).await?;
    Ok(EmptyResult {})
}

pub(super) async fn sieve_scripts_check(
    _ctx: &CallContext<'_>,
    _p: &Principal,
    params: SieveCheckBody,
) -> Result<SieveCheck, RpcError> {
    Ok(scripts::check(&params))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainSieveScriptParams {
    pub domain_id: DomainId,
    pub stage: SieveStage,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainSieveScriptSetParams {
    pub domain_id: DomainId,
    pub stage: SieveStage,
    pub script: DomainSieveScriptBody,
}

pub(super) async fn domain_sieve_scripts_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainSieveScriptParams,
) -> Result<DomainSieveScript, RpcError> {
    Ok(domain_scripts::get(&ctx.state.pool, p, params.domain_id, params.stage).await?)
}

pub(super) async fn domain_sieve_scripts_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainSieveScriptSetParams,
) -> Result<DomainSieveScript, RpcError> {
    Ok(domain_scripts::put(
        &ctx.state.pool,
        p,
        params.domain_id,
        params.stage,
        &params.script,
    )
    .await?)
}

pub(super) async fn domain_sieve_scripts_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainSieveScriptParams,
) -> Result<EmptyResult, RpcError> {
    domain_scripts::delete(&ctx.state.pool, p, params.domain_id, params.stage).await?;
    Ok(EmptyResult {})
}
