//! Sender authentication of hosted domains (`postbay_domainauth`): the mail-auth settings,
//! each domain's DKIM keys, the DNS records a domain publishes and their check, and the
//! MTA-STS policy file.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use postbay_core::ids::{DkimKeyId, DomainId};
use postbay_domainauth::keys::{self, DkimKey, DkimKeyUpdate, NewDkimKey};
use postbay_domainauth::records::{self, DomainDnsCheck, DomainDnsRecords};
use postbay_domainauth::settings::{self, DomainMailAuthPolicy, MailAuthSettings};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(get, path = "/settings/mail-auth", tag = "mailAuth", operation_id = "getMailAuthSettings",
    responses((status = 200, body = MailAuthSettings), Problems))]
pub async fn get_mail_auth_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<MailAuthSettings>> {
    Ok(Json(settings::get(&s.pool, &p).await?))
}

/// Replaces the mail-auth settings; every process applies them at once.
#[utoipa::path(put, path = "/settings/mail-auth", tag = "mailAuth", operation_id = "updateMailAuthSettings", request_body = MailAuthSettings,
    responses((status = 200, body = MailAuthSettings), Problems))]
pub async fn update_mail_auth_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<MailAuthSettings>,
) -> ApiResult<Json<MailAuthSettings>> {
    Ok(Json(settings::set(&s.pool, &p, body).await?))
}

/// The domain's own answers to failed checks of mail sent to it (empty: the server's).
#[utoipa::path(get, path = "/domains/{domainId}/mail-auth-policy", tag = "mailAuth", operation_id = "getDomainMailAuthPolicy", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = DomainMailAuthPolicy), Problems))]
pub async fn get_domain_mail_auth_policy(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<DomainMailAuthPolicy>> {
    Ok(Json(settings::get_domain_policy(&s.pool, &p, id).await?))
}

/// Replaces the domain's policy. It applies to a message whose recipients are all in this
/// domain; one for several domains that answer differently follows the server's settings.
#[utoipa::path(put, path = "/domains/{domainId}/mail-auth-policy", tag = "mailAuth", operation_id = "updateDomainMailAuthPolicy", params(("domainId" = DomainId, Path)),
    request_body = DomainMailAuthPolicy, responses((status = 200, body = DomainMailAuthPolicy), Problems))]
pub async fn update_domain_mail_auth_policy(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
    ApiJson(body): ApiJson<DomainMailAuthPolicy>,
) -> ApiResult<Json<DomainMailAuthPolicy>> {
    Ok(Json(
        settings::set_domain_policy(&s.pool, &p, id, body).await?,
    ))
}

#[utoipa::path(get, path = "/domains/{domainId}/dkim-keys", tag = "mailAuth", operation_id = "listDkimKeys", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = Vec<DkimKey>), Problems))]
pub async fn list_dkim_keys(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<Vec<DkimKey>>> {
    Ok(Json(keys::list(&s.pool, &p, id).await?))
}

/// Makes a key (or imports one given as `privateKey`). The domain's first key of an
/// algorithm signs at once; a later one is `pending` until it is activated.
#[utoipa::path(post, path = "/domains/{domainId}/dkim-keys", tag = "mailAuth", operation_id = "createDkimKey", params(("domainId" = DomainId, Path)),
    request_body = NewDkimKey, responses((status = 201, body = DkimKey), Problems))]
pub async fn create_dkim_key(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
    ApiJson(body): ApiJson<NewDkimKey>,
) -> ApiResult<(StatusCode, Json<DkimKey>)> {
    Ok((
        StatusCode::CREATED,
        Json(keys::create(&s.pool, &p, &s.secret_key, id, body).await?),
    ))
}

/// Activates a key (the active key of its algorithm retires) or retires it.
#[utoipa::path(patch, path = "/domains/{domainId}/dkim-keys/{dkimKeyId}", tag = "mailAuth", operation_id = "updateDkimKey",
    params(("domainId" = DomainId, Path), ("dkimKeyId" = DkimKeyId, Path)),
    request_body = DkimKeyUpdate, responses((status = 200, body = DkimKey), Problems))]
pub async fn update_dkim_key(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, key)): ApiPath<(DomainId, DkimKeyId)>,
    ApiJson(body): ApiJson<DkimKeyUpdate>,
) -> ApiResult<Json<DkimKey>> {
    Ok(Json(keys::update(&s.pool, &p, id, key, body).await?))
}

/// Deletes a pending or retired key; an active one is refused with 409 `dkim_key_active`.
#[utoipa::path(delete, path = "/domains/{domainId}/dkim-keys/{dkimKeyId}", tag = "mailAuth", operation_id = "deleteDkimKey",
    params(("domainId" = DomainId, Path), ("dkimKeyId" = DkimKeyId, Path)),
    responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_dkim_key(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, key)): ApiPath<(DomainId, DkimKeyId)>,
) -> ApiResult<StatusCode> {
    keys::delete(&s.pool, &p, id, key).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The DNS records the domain should publish, as data and as a zone-file fragment.
#[utoipa::path(get, path = "/domains/{domainId}/dns-records", tag = "mailAuth", operation_id = "getDomainDnsRecords", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = DomainDnsRecords), Problems))]
pub async fn get_domain_dns_records(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<DomainDnsRecords>> {
    Ok(Json(
        records::records(&s.pool, &p, &s.records_server(), id).await?,
    ))
}

/// Looks each record up through the server's name servers: `ok`, `missing`, `different`
/// (with what was `found`) or `lookupFailed`; and the reverse DNS of the outbound addresses.
#[utoipa::path(get, path = "/domains/{domainId}/dns-check", tag = "mailAuth", operation_id = "checkDomainDns", params(("domainId" = DomainId, Path)),
    responses((status = 200, body = DomainDnsCheck), Problems))]
pub async fn check_domain_dns(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<DomainDnsCheck>> {
    Ok(Json(
        postbay_domainauth::monitor::check(&s.pool, &p, &s.dns, &s.records_server(), id).await?,
    ))
}

/// The MTA-STS policy of the domain whose `mta-sts.<domain>` host was asked (RFC 8461
/// section 3.3): public, plain text, 404 for any other host.
pub async fn mta_sts_policy(State(s): State<AppState>, headers: HeaderMap) -> Response {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    match records::mta_sts_policy(&s.pool, &s.hostname, host).await {
        Ok(Some(policy)) => (
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            policy,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "reading an MTA-STS policy");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
