//! User templates (`postbay_core::templates`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::TemplateId;
use postbay_core::list::PageParams;
use postbay_core::templates::{
    self, NewUserTemplate, TemplateFilter, UserTemplate, UserTemplatePage, UserTemplatePatch,
};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(post, path = "/user-templates", tag = "templates", operation_id = "createUserTemplate", request_body = NewUserTemplate,
    params(("Idempotency-Key" = Option<String>, Header, min_length = 1, max_length = 255, description = "Replays the first response for the same key and body")),
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
