//! REST handlers for accounts, groups, aliases and user templates.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::accounts::{self, Account, AccountFilter, AccountPage, AccountPatch, NewAccount};
use postbay_core::aliases::{
    self, Alias, AliasFilter, AliasPage, AliasPatch, NewAlias, Resolution, ResolveRequest,
};
use postbay_core::groups::{
    self, Group, GroupFilter, GroupMember, GroupPage, GroupPatch, MemberList, NewGroup,
};
use postbay_core::ids::{AccountId, AliasId, DomainId, GroupId, TemplateId};
use postbay_core::import::{self, ImportParams, ImportReport};
use postbay_core::list::PageParams;
use postbay_core::templates::{
    self, NewUserTemplate, TemplateFilter, UserTemplate, UserTemplatePage, UserTemplatePatch,
};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiError, ApiResult, Problems};

#[utoipa::path(post, path = "/domains/{domainId}/accounts", tag = "accounts", operation_id = "createAccount", params(("domainId" = DomainId, Path),
    ("Idempotency-Key" = Option<String>, Header, description = "Replays the first response for the same key and body")),
    request_body = NewAccount, responses((status = 201, body = Account), Problems))]
pub async fn create_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(domain): ApiPath<DomainId>,
    ApiJson(body): ApiJson<NewAccount>,
) -> ApiResult<(StatusCode, Json<Account>)> {
    Ok((
        StatusCode::CREATED,
        Json(accounts::create(&s.pool, &p, domain, body).await?),
    ))
}

#[utoipa::path(get, path = "/accounts", tag = "accounts", operation_id = "listAccounts", params(AccountFilter, PageParams),
    responses((status = 200, body = AccountPage), Problems))]
pub async fn list_accounts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<AccountFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<AccountPage>> {
    Ok(Json(accounts::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/accounts/{accountId}", tag = "accounts", operation_id = "getAccount", params(("accountId" = AccountId, Path)),
    responses((status = 200, body = Account), Problems))]
pub async fn get_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<Account>> {
    Ok(Json(accounts::get(&s.pool, &p, id).await?))
}

#[utoipa::path(patch, path = "/accounts/{accountId}", tag = "accounts", operation_id = "updateAccount", params(("accountId" = AccountId, Path)),
    request_body = AccountPatch, responses((status = 200, body = Account), Problems))]
pub async fn update_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiJson(body): ApiJson<AccountPatch>,
) -> ApiResult<Json<Account>> {
    Ok(Json(accounts::update(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/accounts/{accountId}", tag = "accounts", operation_id = "deleteAccount", params(("accountId" = AccountId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_account(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<StatusCode> {
    accounts::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/domains/{domainId}/groups", tag = "groups", operation_id = "createGroup", params(("domainId" = DomainId, Path),
    ("Idempotency-Key" = Option<String>, Header, description = "Replays the first response for the same key and body")),
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

#[utoipa::path(post, path = "/domains/{domainId}/aliases", tag = "aliases", operation_id = "createAlias", params(("domainId" = DomainId, Path),
    ("Idempotency-Key" = Option<String>, Header, description = "Replays the first response for the same key and body")),
    request_body = NewAlias, responses((status = 201, body = Alias), Problems))]
pub async fn create_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(domain): ApiPath<DomainId>,
    ApiJson(body): ApiJson<NewAlias>,
) -> ApiResult<(StatusCode, Json<Alias>)> {
    Ok((
        StatusCode::CREATED,
        Json(aliases::create(&s.pool, &p, domain, body).await?),
    ))
}

#[utoipa::path(get, path = "/aliases", tag = "aliases", operation_id = "listAliases", params(AliasFilter, PageParams),
    responses((status = 200, body = AliasPage), Problems))]
pub async fn list_aliases(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<AliasFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<AliasPage>> {
    Ok(Json(aliases::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/aliases/{aliasId}", tag = "aliases", operation_id = "getAlias", params(("aliasId" = AliasId, Path)),
    responses((status = 200, body = Alias), Problems))]
pub async fn get_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AliasId>,
) -> ApiResult<Json<Alias>> {
    Ok(Json(aliases::get(&s.pool, &p, id).await?))
}

#[utoipa::path(patch, path = "/aliases/{aliasId}", tag = "aliases", operation_id = "updateAlias", params(("aliasId" = AliasId, Path)),
    request_body = AliasPatch, responses((status = 200, body = Alias), Problems))]
pub async fn update_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AliasId>,
    ApiJson(body): ApiJson<AliasPatch>,
) -> ApiResult<Json<Alias>> {
    Ok(Json(aliases::update(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/aliases/{aliasId}", tag = "aliases", operation_id = "deleteAlias", params(("aliasId" = AliasId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_alias(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AliasId>,
) -> ApiResult<StatusCode> {
    aliases::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/addresses/resolve", tag = "aliases", operation_id = "resolveAddress", request_body = ResolveRequest,
    responses((status = 200, body = Resolution), Problems))]
pub async fn resolve_address(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<ResolveRequest>,
) -> ApiResult<Json<Resolution>> {
    Ok(Json(aliases::resolve_for(&s.pool, &p, &body).await?))
}

#[utoipa::path(post, path = "/user-templates", tag = "templates", operation_id = "createUserTemplate", request_body = NewUserTemplate,
    params(("Idempotency-Key" = Option<String>, Header, description = "Replays the first response for the same key and body")),
    responses((status = 201, body = UserTemplate), Problems))]
pub async fn create_user_template(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewUserTemplate>,
) -> ApiResult<(StatusCode, Json<UserTemplate>)> {
    Ok((
        StatusCode::CREATED,
        Json(templates::create(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(get, path = "/user-templates", tag = "templates", operation_id = "listUserTemplates", params(TemplateFilter, PageParams),
    responses((status = 200, body = UserTemplatePage), Problems))]
pub async fn list_user_templates(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<TemplateFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<UserTemplatePage>> {
    Ok(Json(templates::list(&s.pool, &p, &filter, &page).await?))
}

#[utoipa::path(get, path = "/user-templates/{templateId}", tag = "templates", operation_id = "getUserTemplate", params(("templateId" = TemplateId, Path)),
    responses((status = 200, body = UserTemplate), Problems))]
pub async fn get_user_template(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TemplateId>,
) -> ApiResult<Json<UserTemplate>> {
    Ok(Json(templates::get(&s.pool, &p, id).await?))
}

#[utoipa::path(patch, path = "/user-templates/{templateId}", tag = "templates", operation_id = "updateUserTemplate", params(("templateId" = TemplateId, Path)),
    request_body = UserTemplatePatch, responses((status = 200, body = UserTemplate), Problems))]
pub async fn update_user_template(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TemplateId>,
    ApiJson(body): ApiJson<UserTemplatePatch>,
) -> ApiResult<Json<UserTemplate>> {
    Ok(Json(templates::update(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/user-templates/{templateId}", tag = "templates", operation_id = "deleteUserTemplate", params(("templateId" = TemplateId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_user_template(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<TemplateId>,
) -> ApiResult<StatusCode> {
    templates::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A CSV file, sent as the raw request body (UTF-8).
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct CsvBody(#[allow(dead_code)] Vec<u8>);

#[utoipa::path(post, path = "/domains/{domainId}/accounts/import", tag = "accounts", operation_id = "importAccounts",
    params(("domainId" = DomainId, Path), ImportParams),
    request_body(content = CsvBody, content_type = "text/csv", description = "Header row, then one account per row"),
    responses((status = 200, body = ImportReport, description = "Every row's result"), Problems))]
pub async fn import_accounts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(domain): ApiPath<DomainId>,
    ApiQuery(params): ApiQuery<ImportParams>,
    body: axum::body::Bytes,
) -> ApiResult<Json<ImportReport>> {
    let text = std::str::from_utf8(&body).map_err(|_| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_csv",
            "the file must be UTF-8 text",
            Some("body".into()),
        )
    })?;
    Ok(Json(
        import::import(&s.pool, &p, domain, &params, text).await?,
    ))
}
