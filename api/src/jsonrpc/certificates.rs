//! The server's TLS certificates (`postbay_certificates`): `Certificates.*`, and the ACME
//! settings: `AcmeSettings.*`. Server administrators only.

use postbay_certificates::acme::{self, AcmeSettings};
use postbay_certificates::store::{
    self, Certificate, CertificateFilter, CertificatePage, RequestCertificateBody,
    SelfSignedCertificateBody, UpdateCertificateBody, UploadCertificateBody,
};
use postbay_core::access::Principal;
use postbay_core::ids::CertificateId;
use postbay_core::list::PageParams;
use serde::Deserialize;
use utoipa::ToSchema;

use super::batch::{EmptyResult, NoParams};
use super::{CallContext, RpcError};

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CertificatesGetParams {
    /// Only certificates whose names cover this host.
    #[serde(default)]
    pub host: Option<String>,
    /// Certificates per page, 1 to 1000 (default 100).
    #[serde(default)]
    pub limit: Option<u32>,
    /// The previous page's `nextCursor`.
    #[serde(default)]
    pub cursor: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CertificateIdParams {
    pub id: CertificateId,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CertificatesSetParams {
    pub id: CertificateId,
    pub pattern: UpdateCertificateBody,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AcmeSettingsSetParams {
    pub settings: AcmeSettings,
}

pub(super) async fn certificates_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: CertificatesGetParams,
) -> Result<CertificatePage, RpcError> {
    let filter = CertificateFilter { host: params.host };
    let page = PageParams {
        limit: params.limit,
        cursor: params.cursor,
        ..PageParams::default()
    };
    Ok(store::list(&ctx.state.pool, p, &filter, &page).await?)
}

pub(super) async fn certificates_get_by_id(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: CertificateIdParams,
) -> Result<Certificate, RpcError> {
    Ok(store::get(&ctx.state.pool, p, params.id).await?)
}

pub(super) async fn certificates_upload(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UploadCertificateBody,
) -> Result<Certificate, RpcError> {
    Ok(store::upload(&ctx.state.pool, &ctx.state.secret_key, p, &params).await?)
}

pub(super) async fn certificates_generate(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SelfSignedCertificateBody,
) -> Result<Certificate, RpcError> {
    Ok(store::create_self_signed(&ctx.state.pool, &ctx.state.secret_key, p, &params).await?)
}

pub(super) async fn certificates_request(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: RequestCertificateBody,
) -> Result<Certificate, RpcError> {
    Ok(store::request(&ctx.state.pool, p, &params).await?)
}

pub(super) async fn certificates_renew(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: CertificateIdParams,
) -> Result<Certificate, RpcError> {
    Ok(store::renew(&ctx.state.pool, p, params.id).await?)
}

pub(super) async fn certificates_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: CertificatesSetParams,
) -> Result<Certificate, RpcError> {
    Ok(store::update(
        &ctx.state.pool,
        &ctx.state.secret_key,
        p,
        params.id,
        &params.pattern,
    )
    .await?)
}

pub(super) async fn certificates_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: CertificateIdParams,
) -> Result<EmptyResult, RpcError> {
    store::delete(&ctx.state.pool, p, params.id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn acme_settings_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<AcmeSettings, RpcError> {
    Ok(acme::get_settings(&ctx.state.pool, p).await?)
}

pub(super) async fn acme_settings_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AcmeSettingsSetParams,
) -> Result<AcmeSettings, RpcError> {
    Ok(acme::update_settings(&ctx.state.pool, p, params.settings).await?)
}
