//! `Aliases`, and where mail to an address goes, over `postbay_core::aliases`.

use postbay_core::CoreError;
use postbay_core::access::Principal;
use postbay_core::aliases::{self, BulkAliases, BulkCreateAlias, ResolveRequest};
use postbay_core::ids::{AliasId, DomainId};
use postbay_core::search::SearchQuery;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use super::batch::*;
use super::model::*;
use super::{CallContext, RpcError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AliasList {
    pub list: Vec<RpcAlias>,
    pub total_items: i64,
}

pub(super) async fn aliases_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesGetParams,
) -> Result<Listing<RpcAlias>, RpcError> {
    let page = aliases::search(
        &ctx.state.pool,
        p,
        params.domain_id,
        &in_core_terms(&params.query, ALIAS_COLUMNS),
    )
    .await?;
    listing::<RpcAlias, _>(ctx, page, &params.query.fields, RpcAlias::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AliasesCreateParams {
    #[schema(value_type = Vec<RpcAliasPattern>)]
    pub aliases: Vec<Value>,
}

pub(super) async fn aliases_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesCreateParams,
) -> Result<CreateResult, RpcError> {
    let pool = &ctx.state.pool;
    create_in_bulk(
        ctx,
        params.aliases,
        "aliases",
        |item: RpcAliasPattern| {
            let (domain_id, alias) = item.into_new()?;
            Ok(BulkCreateAlias { domain_id, alias })
        },
        |create| async move {
            let bulk = BulkAliases {
                create,
                ..Default::default()
            };
            let outcome = aliases::bulk(pool, p, bulk).await?;
            Ok(outcome
                .create
                .into_iter()
                .map(|r| r.map(|id| id.0))
                .collect())
        },
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesSetParams {
    pub alias_ids: Vec<AliasId>,
    pub pattern: RpcAliasPattern,
}

pub(super) async fn aliases_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesSetParams,
) -> Result<ErrorList, RpcError> {
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.alias_ids, "aliasIds", |id| async move {
        let patch = pattern.to_patch();
        aliases::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesRemoveParams {
    pub alias_ids: Vec<AliasId>,
}

pub(super) async fn aliases_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.alias_ids, "aliasIds", |id| {
        aliases::delete(pool, p, id)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesCheckParams {
    /// The address to expand.
    pub check_string: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AliasCheckResult {
    /// Every final address, local mailboxes first (Kerio's list of expansions).
    pub list: Vec<String>,
    /// Postbay: the expansion in detail.
    pub resolution: aliases::Resolution,
}

pub(super) async fn aliases_check(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesCheckParams,
) -> Result<AliasCheckResult, RpcError> {
    let request = ResolveRequest {
        address: params.check_string,
    };
    let resolution = aliases::resolve_for(&ctx.state.pool, p, &request)
        .await
        .map_err(|e| match e {
            CoreError::Invalid { message, code, .. } => CoreError::Invalid {
                field: "checkString".into(),
                code,
                message,
            },
            other => other,
        })?;
    let list = resolution
        .mailboxes
        .iter()
        .map(|m| m.email.clone())
        .chain(resolution.external.iter().cloned())
        .collect();
    Ok(AliasCheckResult { list, resolution })
}
