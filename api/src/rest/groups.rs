//! Groups and their members (`postbay_core::groups`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::groups::{
    self, Group, GroupFilter, GroupMember, GroupPage, GroupPatch, MemberList, NewGroup,
};
use postbay_core::ids::{AccountId, DomainId, GroupId};
use postbay_core::list::PageParams;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(post, path = "/domains/{domainId}/groups", tag = "groups", operation_id = "createGroup", params(("domainId" = DomainId, Path),
    ("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
    request_body = NewGroup, responses((status = 201, body = Group), Problems))]
pub async fn create_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(domain): ApiPath<DomainId>,
    ApiJson(body): ApiJson<NewGroup>,
) -> ApiResult<(StatusCode, Json<Group>)> {
    Ok((
        StatusCode::CREATED,
        Json(groups::create(&s.pool, &p, domain, body).await?),
    ))
}

#[utoipa::path(get, path = "/groups", tag = "groups", operation_id = "listGroups", params(GroupFilter, PageParams),
    responses((status = 200, body = GroupPage), Problems))]
pub async fn list_groups(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<GroupFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<GroupPage>> {
    Ok(Json(groups::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/groups/{groupId}", tag = "groups", operation_id = "getGroup", params(("groupId" = GroupId, Path)),
    responses((status = 200, body = Group), Problems))]
pub async fn get_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<GroupId>,
) -> ApiResult<Json<Group>> {
    Ok(Json(groups::get(&s.pool, &p, id).await?))
}

#[utoipa::path(patch, path = "/groups/{groupId}", tag = "groups", operation_id = "updateGroup", params(("groupId" = GroupId, Path)),
    request_body = GroupPatch, responses((status = 200, body = Group), Problems))]
pub async fn update_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<GroupId>,
    ApiJson(body): ApiJson<GroupPatch>,
) -> ApiResult<Json<Group>> {
    Ok(Json(groups::update(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/groups/{groupId}", tag = "groups", operation_id = "deleteGroup", params(("groupId" = GroupId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_group(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<GroupId>,
) -> ApiResult<StatusCode> {
    groups::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/groups/{groupId}/members", tag = "groups", operation_id = "listGroupMembers", params(("groupId" = GroupId, Path)),
    responses((status = 200, body = Vec<GroupMember>), Problems))]
pub async fn list_group_members(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<GroupId>,
) -> ApiResult<Json<Vec<GroupMember>>> {
    Ok(Json(groups::members(&s.pool, &p, id).await?))
}

#[utoipa::path(post, path = "/groups/{groupId}/members", tag = "groups", operation_id = "addGroupMembers", params(("groupId" = GroupId, Path)),
    request_body = MemberList, responses((status = 204, description = "Added"), Problems))]
pub async fn add_group_members(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<GroupId>,
    ApiJson(body): ApiJson<MemberList>,
) -> ApiResult<StatusCode> {
    groups::add_members(&s.pool, &p, id, body).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/groups/{groupId}/members/{accountId}", tag = "groups", operation_id = "removeGroupMember",
    params(("groupId" = GroupId, Path), ("accountId" = AccountId, Path)), responses((status = 204, description = "Removed"), Problems))]
pub async fn remove_group_member(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, account)): ApiPath<(GroupId, AccountId)>,
) -> ApiResult<StatusCode> {
    groups::remove_members(
        &s.pool,
        &p,
        id,
        MemberList {
            account_ids: vec![account],
        },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
