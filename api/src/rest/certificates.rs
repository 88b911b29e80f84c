//! The server's TLS certificates (`postbay_certificates`): uploaded, self-signed or ordered
//! from the ACME CA, renewed, served by SNI on every TLS listener. Server administrators only.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use postbay_certificates::acme::{self, AcmeSettings};
use postbay_certificates::store::{
    self, Certificate, CertificateFilter, CertificatePage, RequestCertificateBody,
    SelfSignedCertificateBody, UpdateCertificateBody, UploadCertificateBody,
};
use postbay_core::ids::CertificateId;
use postbay_core::list::PageParams;

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

/// The certificates, by name; `host` narrows to those served for a host name.
#[utoipa::path(get, path = "/certificates", tag = "certificates", operation_id = "listCertificates",
    params(CertificateFilter, PageParams), responses((status = 200, body = CertificatePage), Problems))]
pub async fn list_certificates(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<CertificateFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<CertificatePage>> {
    Ok(Json(store::list(&s.pool, &p, &filter, &page).await?))
}

/// One certificate (its chain, dates and renewal state; never its key).
#[utoipa::path(get, path = "/certificates/{certificateId}", tag = "certificates", operation_id = "getCertificate",
    params(("certificateId" = CertificateId, Path)), responses((status = 200, body = Certificate), Problems))]
pub async fn get_certificate(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<CertificateId>,
) -> ApiResult<Json<Certificate>> {
    Ok(Json(store::get(&s.pool, &p, id).await?))
}

/// Adds an operator's certificate. The chain must be in order (leaf first, each followed by
/// its issuer), every certificate within its dates, and the key the leaf's; otherwise 422 with
/// `certificate_chain_order`, `certificate_expired`, `certificate_not_yet_valid`,
/// `certificate_key_mismatch`, `certificate_no_names`, `invalid_certificate` or `invalid_key`.
#[utoipa::path(post, path = "/certificates", tag = "certificates", operation_id = "uploadCertificate",
    request_body = UploadCertificateBody, responses((status = 201, body = Certificate), Problems))]
pub async fn upload_certificate(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<UploadCertificateBody>,
) -> ApiResult<(StatusCode, Json<Certificate>)> {
    let created = store::upload(&s.pool, &s.secret_key, &p, &body).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Makes a self-signed certificate for some names (made again before it expires).
#[utoipa::path(post, path = "/certificates/self-signed", tag = "certificates", operation_id = "createSelfSignedCertificate",
    request_body = SelfSignedCertificateBody, responses((status = 201, body = Certificate), Problems))]
pub async fn create_self_signed_certificate(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<SelfSignedCertificateBody>,
) -> ApiResult<(StatusCode, Json<Certificate>)> {
    let created = store::create_self_signed(&s.pool, &s.secret_key, &p, &body).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Orders a certificate from the ACME CA (see `getAcmeSettings`). Answers 202 with the
/// certificate `pending`; it turns `valid` once issued, or `failed` with `renewal.lastError`
/// (and is retried). Each name must reach this server's HTTP listener for HTTP-01.
#[utoipa::path(post, path = "/certificates/acme", tag = "certificates", operation_id = "requestCertificate",
    request_body = RequestCertificateBody, responses((status = 202, body = Certificate), Problems))]
pub async fn request_certificate(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<RequestCertificateBody>,
) -> ApiResult<(StatusCode, Json<Certificate>)> {
    let created = store::request(&s.pool, &p, &body).await?;
    Ok((StatusCode::ACCEPTED, Json(created)))
}

/// Renews now, whatever the expiry (ACME: ordered again; self-signed: made again); the
/// certificate served now stays until its successor is stored. Uploaded ones: 409
/// `certificate_not_renewable`.
#[utoipa::path(post, path = "/certificates/{certificateId}/renew", tag = "certificates", operation_id = "renewCertificate",
    params(("certificateId" = CertificateId, Path)), responses((status = 202, body = Certificate), Problems))]
pub async fn renew_certificate(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<CertificateId>,
) -> ApiResult<(StatusCode, Json<Certificate>)> {
    Ok((
        StatusCode::ACCEPTED,
        Json(store::renew(&s.pool, &p, id).await?),
    ))
}

/// Renames a certificate, makes it the default, or gives an uploaded one a new chain and key
/// (checked as on upload).
#[utoipa::path(patch, path = "/certificates/{certificateId}", tag = "certificates", operation_id = "updateCertificate",
    params(("certificateId" = CertificateId, Path)), request_body = UpdateCertificateBody,
    responses((status = 200, body = Certificate), Problems))]
pub async fn update_certificate(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<CertificateId>,
    ApiJson(body): ApiJson<UpdateCertificateBody>,
) -> ApiResult<Json<Certificate>> {
    Ok(Json(
        store::update(&s.pool, &s.secret_key, &p, id, &body).await?,
    ))
}

/// Deletes a certificate; its names are answered by the default one from the next handshake.
#[utoipa::path(delete, path = "/certificates/{certificateId}", tag = "certificates", operation_id = "deleteCertificate",
    params(("certificateId" = CertificateId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_certificate(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<CertificateId>,
) -> ApiResult<StatusCode> {
    store::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How certificates are ordered: the ACME directory, contact, a private CA to trust, and
/// how long before expiry they are renewed.
#[utoipa::path(get, path = "/settings/acme", tag = "certificates", operation_id = "getAcmeSettings",
    responses((status = 200, body = AcmeSettings), Problems))]
pub async fn get_acme_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<AcmeSettings>> {
    Ok(Json(acme::get_settings(&s.pool, &p).await?))
}

#[utoipa::path(put, path = "/settings/acme", tag = "certificates", operation_id = "updateAcmeSettings",
    request_body = AcmeSettings, responses((status = 200, body = AcmeSettings), Problems))]
pub async fn update_acme_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<AcmeSettings>,
) -> ApiResult<Json<AcmeSettings>> {
    Ok(Json(acme::update_settings(&s.pool, &p, body).await?))
}

/// RFC 8555 8.3: the key authorization of an HTTP-01 challenge in flight, public.
pub async fn acme_challenge(
    State(s): State<AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
) -> Response {
    match acme::challenge_answer(&s.pool, &token).await {
        Ok(Some(answer)) => {
            ([(header::CONTENT_TYPE, "application/octet-stream")], answer).into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}
