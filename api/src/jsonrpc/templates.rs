//! `UserTemplates`, over `postbay_core::templates`.

use postbay_core::CoreError;
use postbay_core::access::Principal;
use postbay_core::ids::{DomainId, TemplateId};
use postbay_core::search::SearchQuery;
use postbay_core::templates::{self, NewUserTemplate, UserTemplate, UserTemplatePatch};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::batch::*;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    /// Only templates usable in this domain (its own and its tenants').
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UserTemplateList {
    pub list: Vec<UserTemplate>,
    pub total_items: i64,
}

pub(super) async fn user_templates_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesGetParams,
) -> Result<Listing<UserTemplate>, RpcError> {
    let page = templates::search(&ctx.state.pool, p, params.domain_id, &params.query).await?;
    listing::<UserTemplate, _>(ctx, page, &params.query.fields, |t| t)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesCreateParams {
    #[schema(value_type = Vec<NewUserTemplate>)]
    pub user_templates: Vec<Value>,
}

pub(super) async fn user_templates_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesCreateParams,
) -> Result<CreateResult, RpcError> {
    let pool = &ctx.state.pool;
    create_each(
        ctx,
        params.user_templates,
        "userTemplates",
        |item: NewUserTemplate| async move {
            templates::create(pool, p, item).await.map(|t| t.id.0)
        },
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesSetParams {
    pub user_template_ids: Vec<TemplateId>,
    #[schema(value_type = UserTemplatePatch)]
    pub pattern: Value,
}

pub(super) async fn user_templates_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesSetParams,
) -> Result<ErrorList, RpcError> {
    decode::<UserTemplatePatch>(params.pattern.clone()).map_err(in_pattern)?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(
        ctx,
        params.user_template_ids,
        "userTemplateIds",
        |id| async move {
            let patch = decode::<UserTemplatePatch>(pattern.clone())
                .map_err(|e| CoreError::invalid("pattern", "invalid_params", e.message))?;
            templates::update(pool, p, id, patch).await
        },
    )
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesRemoveParams {
    pub user_template_ids: Vec<TemplateId>,
}

pub(super) async fn user_templates_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.user_template_ids, "userTemplateIds", |id| {
        templates::delete(pool, p, id)
    })
    .await
}
