//! Sender authentication of hosted domains (`postbay_domainauth`): `MailAuth` (the
//! settings), `DkimKeys` (a domain's keys) and the DNS records of `Domains`. Kerio had no
//! such interface; the names follow its style and the REST operations they mirror.

use postbay_core::access::Principal;
use postbay_core::ids::{DkimKeyId, DomainId};
use postbay_domainauth::keys::{self, DkimKey, DkimKeyStatus, DkimKeyUpdate, NewDkimKey};
use postbay_domainauth::records::{self, DomainDnsCheck, DomainDnsRecords};
use postbay_domainauth::settings::{self, DomainMailAuthPolicy, MailAuthSettings};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::batch::{EmptyResult, NoParams, under};
use super::{CallContext, RpcError};

pub(super) async fn mail_auth_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<MailAuthSettings, RpcError> {
    Ok(settings::get(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MailAuthSetParams {
    /// Replaces every setting (getMailAuthSettings / updateMailAuthSettings).
    pub settings: MailAuthSettings,
}

pub(super) async fn mail_auth_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: MailAuthSetParams,
) -> Result<EmptyResult, RpcError> {
    super::batch::set_settings(settings::set(&ctx.state.pool, p, params.settings)).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainIdParams {
    pub domain_id: DomainId,
}

pub(super) async fn mail_auth_get_domain_policy(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainIdParams,
) -> Result<DomainMailAuthPolicy, RpcError> {
    Ok(settings::get_domain_policy(&ctx.state.pool, p, params.domain_id).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MailAuthSetDomainPolicyParams {
    pub domain_id: DomainId,
    pub policy: DomainMailAuthPolicy,
}

pub(super) async fn mail_auth_set_domain_policy(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: MailAuthSetDomainPolicyParams,
) -> Result<DomainMailAuthPolicy, RpcError> {
    under(
        "policy.",
        settings::set_domain_policy(&ctx.state.pool, p, params.domain_id, params.policy),
    )
    .await
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DkimKeyList {
    pub list: Vec<DkimKey>,
}

pub(super) async fn dkim_keys_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainIdParams,
) -> Result<DkimKeyList, RpcError> {
    let list = keys::list(&ctx.state.pool, p, params.domain_id).await?;
    Ok(DkimKeyList { list })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DkimKeysCreateParams {
    pub domain_id: DomainId,
    pub key: NewDkimKey,
}

pub(super) async fn dkim_keys_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DkimKeysCreateParams,
) -> Result<DkimKey, RpcError> {
    under(
        "key.",
        keys::create(
            &ctx.state.pool,
            p,
            &ctx.state.secret_key,
            params.domain_id,
            params.key,
        ),
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DkimKeysSetParams {
    pub domain_id: DomainId,
    pub dkim_key_id: DkimKeyId,
    /// `active` (it signs from now on; the active key of its algorithm retires) or `retired`.
    pub status: DkimKeyStatus,
}

pub(super) async fn dkim_keys_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DkimKeysSetParams,
) -> Result<DkimKey, RpcError> {
    let change = DkimKeyUpdate {
        status: params.status,
    };
    Ok(keys::update(
        &ctx.state.pool,
        p,
        params.domain_id,
        params.dkim_key_id,
        change,
    )
    .await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DkimKeyIdParams {
    pub domain_id: DomainId,
    pub dkim_key_id: DkimKeyId,
}

pub(super) async fn dkim_keys_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DkimKeyIdParams,
) -> Result<EmptyResult, RpcError> {
    keys::delete(&ctx.state.pool, p, params.domain_id, params.dkim_key_id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn domains_get_dns_records(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainIdParams,
) -> Result<DomainDnsRecords, RpcError> {
    Ok(records::records(
        &ctx.state.pool,
        p,
        &ctx.state.records_server(),
        params.domain_id,
    )
    .await?)
}

pub(super) async fn domains_check_dns(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainIdParams,
) -> Result<DomainDnsCheck, RpcError> {
    Ok(postbay_domainauth::monitor::check(
        &ctx.state.pool,
        p,
        &ctx.state.dns,
        &ctx.state.records_server(),
        params.domain_id,
    )
    .await?)
}
