//! `Tenants`: the reseller tree, over `postbay_core::tenants`.

use postbay_core::CoreError;
use postbay_core::access::Principal;
use postbay_core::ids::TenantId;
use postbay_core::search::SearchQuery;
use postbay_core::tenants::{self, NewTenant, Tenant, TenantPatch};
use postbay_lifecycle::{DeleteParams, terminate};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::batch::*;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantsGetParams {
    #[serde(default)]
    pub query: SearchQuery,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TenantList {
    pub list: Vec<Tenant>,
    /// Matches before `start` and `limit`.
    pub total_items: i64,
}

pub(super) async fn tenants_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsGetParams,
) -> Result<Listing<Tenant>, RpcError> {
    let page = tenants::search(&ctx.state.pool, p, &params.query).await?;
    listing::<Tenant, _>(ctx, page, &params.query.fields, |t| t)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantsCreateParams {
    #[schema(value_type = Vec<NewTenant>)]
    pub tenants: Vec<Value>,
}

pub(super) async fn tenants_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsCreateParams,
) -> Result<CreateResult, RpcError> {
    let pool = &ctx.state.pool;
    create_each(
        ctx,
        params.tenants,
        "tenants",
        |item: NewTenant| async move { tenants::create(pool, p, item).await.map(|t| t.id.0) },
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantsSetParams {
    pub tenant_ids: Vec<TenantId>,
    #[schema(value_type = TenantPatch)]
    pub pattern: Value,
}

pub(super) async fn tenants_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsSetParams,
) -> Result<ErrorList, RpcError> {
    decode::<TenantPatch>(params.pattern.clone()).map_err(in_pattern)?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.tenant_ids, "tenantIds", |id| async move {
        let patch = decode::<TenantPatch>(pattern.clone())
            .map_err(|e| CoreError::invalid("pattern", "invalid_params", e.message))?;
        tenants::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantsRemoveParams {
    pub tenant_ids: Vec<TenantId>,
    /// Postbay: also remove the tenants and domains below (with everything in them).
    /// Without it a tenant that has any is not removed (`has_tenants`, `has_domains`).
    #[serde(default)]
    pub cascade: bool,
    /// Postbay: purge at once instead of keeping the tenants pending deletion for the grace
    /// period (server and tenant administrators only).
    #[serde(default)]
    pub purge: bool,
}

pub(super) async fn tenants_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    let how = DeleteParams {
        cascade: params.cascade,
        purge: params.purge,
    };
    each_id(ctx, params.tenant_ids, "tenantIds", |id| {
        terminate::delete_tenant(pool, p, id, &how)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantsRestoreParams {
    pub tenant_ids: Vec<TenantId>,
}

pub(super) async fn tenants_restore(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsRestoreParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.tenant_ids, "tenantIds", |id| async move {
        terminate::restore_tenant(pool, p, id).await.map(|_| ())
    })
    .await
}
