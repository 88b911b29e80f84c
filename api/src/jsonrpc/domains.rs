//! `Domains`, over `postbay_core::domains`.

use postbay_core::access::Principal;
use postbay_core::domain_verification::{self, DomainVerification};
use postbay_core::domains;
use postbay_core::ids::DomainId;
use postbay_core::search::SearchQuery;
use postbay_lifecycle::{DeleteParams, terminate};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::batch::*;
use super::model::*;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainsGetParams {
    #[serde(default)]
    pub query: SearchQuery,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainList {
    pub list: Vec<RpcDomain>,
    pub total_items: i64,
}

pub(super) async fn domains_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsGetParams,
) -> Result<Listing<RpcDomain>, RpcError> {
    let page = domains::search(
        &ctx.state.pool,
        p,
        &in_core_terms(&params.query, DOMAIN_COLUMNS),
    )
    .await?;
    listing::<RpcDomain, _>(ctx, page, &params.query.fields, RpcDomain::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainsCreateParams {
    #[schema(value_type = Vec<RpcDomainPattern>)]
    pub domains: Vec<Value>,
}

pub(super) async fn domains_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsCreateParams,
) -> Result<CreateResult, RpcError> {
    let pool = &ctx.state.pool;
    create_each(
        ctx,
        params.domains,
        "domains",
        |item: RpcDomainPattern| async move {
            domains::create(pool, p, item.into_new()?)
                .await
                .map(|d| d.id.0)
        },
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsSetParams {
    pub domain_ids: Vec<DomainId>,
    pub pattern: RpcDomainPattern,
}

pub(super) async fn domains_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsSetParams,
) -> Result<ErrorList, RpcError> {
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.domain_ids, "domainIds", |id| {
        domains::update_with(pool, p, id, |limits, mail| pattern.to_patch(limits, mail))
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsRemoveParams {
    pub domain_ids: Vec<DomainId>,
    /// Postbay: also remove the domains' users, groups, aliases and templates. Without it a
    /// domain that still has any is not removed (`has_accounts`, ...).
    #[serde(default)]
    pub cascade: bool,
    /// Postbay: purge at once instead of keeping the domains pending deletion for the grace
    /// period (server and tenant administrators only).
    #[serde(default)]
    pub purge: bool,
}

pub(super) async fn domains_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsRemoveParams,
) -> Result<ErrorList, RpcError> {
    let how = DeleteParams {
        cascade: params.cascade,
        purge: params.purge,
    };
    let pool = &ctx.state.pool;
    each_id(ctx, params.domain_ids, "domainIds", |id| {
        terminate::delete_domain(pool, p, id, &how)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsRestoreParams {
    pub domain_ids: Vec<DomainId>,
}

pub(super) async fn domains_restore(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsRestoreParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.domain_ids, "domainIds", |id| async move {
        terminate::restore_domain(pool, p, id).await.map(|_| ())
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsSetPrimaryParams {
    pub domain_id: DomainId,
}

pub(super) async fn domains_set_primary(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsSetPrimaryParams,
) -> Result<EmptyResult, RpcError> {
    domains::set_primary(&ctx.state.pool, p, params.domain_id).await?;
    Ok(EmptyResult {})
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsVerifyParams {
    pub domain_id: DomainId,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainsVerifyResult {
    pub verification: DomainVerification,
}

pub(super) async fn domains_verify(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsVerifyParams,
) -> Result<DomainsVerifyResult, RpcError> {
    let verification =
        domain_verification::verify(&ctx.state.pool, &ctx.state.dns, p, params.domain_id).await?;
    Ok(DomainsVerifyResult { verification })
}
