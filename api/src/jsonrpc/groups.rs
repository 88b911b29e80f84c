//! `Groups` and their members, over `postbay_core::groups`.

use postbay_core::access::Principal;
use postbay_core::groups::{self, MemberList};
use postbay_core::ids::{AccountId, DomainId, GroupId};
use postbay_core::search::SearchQuery;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::batch::*;
use super::model::*;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupsGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GroupList {
    pub list: Vec<RpcGroup>,
    pub total_items: i64,
}

pub(super) async fn groups_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsGetParams,
) -> Result<Listing<RpcGroup>, RpcError> {
    let page = groups::search(
        &ctx.state.pool,
        p,
        params.domain_id,
        &in_core_terms(&params.query, GROUP_COLUMNS),
    )
    .await?;
    listing::<RpcGroup, _>(ctx, page, &params.query.fields, RpcGroup::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupsCreateParams {
    #[schema(value_type = Vec<RpcGroupPattern>)]
    pub groups: Vec<Value>,
}

pub(super) async fn groups_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsCreateParams,
) -> Result<CreateResult, RpcError> {
    let pool = &ctx.state.pool;
    create_each(
        ctx,
        params.groups,
        "groups",
        |item: RpcGroupPattern| async move {
            let (domain, new) = item.into_new()?;
            groups::create(pool, p, domain, new).await.map(|g| g.id.0)
        },
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupsSetParams {
    pub group_ids: Vec<GroupId>,
    pub pattern: RpcGroupPattern,
}

pub(super) async fn groups_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsSetParams,
) -> Result<ErrorList, RpcError> {
    params
        .pattern
        .to_patch()
        .map_err(|e| in_pattern(e.into()))?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.group_ids, "groupIds", |id| async move {
        let patch = pattern.to_patch()?;
        groups::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupsRemoveParams {
    pub group_ids: Vec<GroupId>,
}

pub(super) async fn groups_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.group_ids, "groupIds", |id| {
        groups::delete(pool, p, id)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupMemberListParams {
    pub group_id: GroupId,
    /// Ids of users in the group's domain.
    pub user_list: Vec<AccountId>,
}

pub(super) async fn groups_add_member_list(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupMemberListParams,
) -> Result<ErrorList, RpcError> {
    let members = MemberList {
        account_ids: params.user_list,
    };
    groups::add_members(&ctx.state.pool, p, params.group_id, members).await?;
    Ok(ErrorList::default())
}

pub(super) async fn groups_remove_member_list(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupMemberListParams,
) -> Result<ErrorList, RpcError> {
    let members = MemberList {
        account_ids: params.user_list,
    };
    groups::remove_members(&ctx.state.pool, p, params.group_id, members).await?;
    Ok(ErrorList::default())
}
