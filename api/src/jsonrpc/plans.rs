//! Service plans (`postbay_plans`): `Plans.*`. Kerio has none; the names follow its
//! `get`/`create`/`set`/`remove` pattern, and `assign` puts tenants, domains or users on a
//! plan. Tenant and server administrators.

use postbay_core::access::Principal;
use postbay_core::ids::{AccountId, DomainId, PlanId, TenantId};
use postbay_core::list::PageParams;
use postbay_core::tenants::BelowUsage;
use postbay_plans::Plan;
use postbay_plans::PlanLevel;
use postbay_plans::admin::{self, NewPlan, PlanFilter, PlanPage, PlanPatch};
use postbay_plans::apply::{self, Node};
use serde::Deserialize;
use utoipa::ToSchema;

use super::batch::{EmptyResult, ErrorList, each_id};
use super::{CallContext, RpcError};

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlansGetParams {
    /// Only this tenant's plans.
    #[serde(default)]
    pub tenant_id: Option<TenantId>,
    #[serde(default)]
    pub level: Option<PlanLevel>,
    /// Plans per page, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The previous page's `nextCursor`.
    #[serde(default)]
    pub cursor: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanIdParams {
    pub id: PlanId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlansSetParams {
    pub id: PlanId,
    pub pattern: PlanPatch,
    /// Take limits below what a node on the plan already uses (it then cannot grow).
    #[serde(default)]
    pub force: bool,
}

/// What to put on a plan (or take off one, with `planId` null): the ids of one kind.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlansAssignParams {
    pub plan_id: Option<PlanId>,
    #[serde(default)]
    pub tenant_ids: Vec<TenantId>,
    #[serde(default)]
    pub domain_ids: Vec<DomainId>,
    #[serde(default)]
    pub user_ids: Vec<AccountId>,
    /// Take a plan below what a node already uses (it then cannot grow).
    #[serde(default)]
    pub force: bool,
}

fn below(force: bool) -> BelowUsage {
    if force {
        BelowUsage::Accept
    } else {
        BelowUsage::Refuse
    }
}

pub(super) async fn plans_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: PlansGetParams,
) -> Result<PlanPage, RpcError> {
    let filter = PlanFilter {
        tenant_id: params.tenant_id,
        level: params.level,
    };
    let page = PageParams {
        limit: params.limit,
        cursor: params.cursor,
        ..Default::default()
    };
    Ok(admin::list(&ctx.state.pool, p, &filter, &page).await?)
}

pub(super) async fn plans_get_by_id(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: PlanIdParams,
) -> Result<Plan, RpcError> {
    Ok(admin::get(&ctx.state.pool, p, params.id).await?)
}

pub(super) async fn plans_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: NewPlan,
) -> Result<Plan, RpcError> {
    Ok(admin::create(&ctx.state.pool, p, params).await?)
}

pub(super) async fn plans_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: PlansSetParams,
) -> Result<Plan, RpcError> {
    Ok(admin::update(
        &ctx.state.pool,
        p,
        params.id,
        params.pattern,
        below(params.force),
    )
    .await?)
}

pub(super) async fn plans_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: PlanIdParams,
) -> Result<EmptyResult, RpcError> {
    admin::delete(&ctx.state.pool, p, params.id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn plans_assign(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: PlansAssignParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    let how = below(params.force);
    let plan = params.plan_id;
    // The plan is looked up first, so a plan out of reach is an error even for no ids.
    if let Some(id) = plan {
        admin::get(pool, p, id).await?;
    }
    let nodes: Vec<Node> = params
        .tenant_ids
        .into_iter()
        .map(Node::Tenant)
        .chain(params.domain_ids.into_iter().map(Node::Domain))
        .chain(params.user_ids.into_iter().map(Node::Account))
        .collect();
    if nodes.is_empty() {
        return Err(postbay_core::CoreError::invalid(
            "tenantIds",
            "required",
            "name at least one tenant, domain or user",
        )
        .into());
    }
    each_id(ctx, nodes, "tenantIds", |node| {
        apply::assign(pool, p, node, plan, how)
    })
    .await
}
