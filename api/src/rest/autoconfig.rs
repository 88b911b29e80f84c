//! Mail client autoconfiguration (`postbay_autoconfig`): Thunderbird's autoconfig file and
//! Outlook's Autodiscover, public as clients ask for them (outside `/api/v1`), and an account's
//! Apple profile under `/api/v1`, after authentication.

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use postbay_autoconfig::{autodiscover, mobileconfig, thunderbird};
use postbay_core::ids::AccountId;
use serde::Deserialize;

use crate::AppState;
use crate::extract::{ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

const XML: &str = "text/xml; charset=utf-8";

#[derive(Debug, Deserialize)]
pub struct AutoconfigQuery {
    emailaddress: Option<String>,
}

/// `config-v1.1.xml` for the domain of `?emailaddress=`, or of the `autoconfig.<domain>` host
/// asked; 404 for a domain the server does not host.
pub async fn thunderbird_config(
    State(s): State<AppState>,
    Query(query): Query<AutoconfigQuery>,
    headers: HeaderMap,
) -> Response {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let Some(domain) = thunderbird::domain_asked(query.emailaddress.as_deref(), host) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match postbay_autoconfig::for_domain(&s.pool, &s.hostname, &s.services, &domain).await {
        Ok(Some(settings)) => (
            [(header::CONTENT_TYPE, XML)],
            thunderbird::config_v1_1(&settings),
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "answering an autoconfig request");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Outlook's POX Autodiscover: the settings for the address the request names, or the
/// protocol's error for a bad request, another schema or a domain the server does not host.
pub async fn outlook_autodiscover(State(s): State<AppState>, body: Bytes) -> Response {
    let answer = async {
        let Some(request) = autodiscover::parse(&body) else {
            return Ok(None);
        };
        if request
            .schema
            .as_deref()
            .is_some_and(|schema| schema != autodiscover::OUTLOOK_SCHEMA)
        {
            return Ok(None);
        }
        let Some((local, domain)) = request.email.rsplit_once('@') else {
            return Ok(None);
        };
        Ok(
            postbay_autoconfig::for_domain(&s.pool, &s.hostname, &s.services, domain)
                .await?
                .map(|settings| autodiscover::response(&settings, local)),
        )
    };
    match answer.await {
        Ok(Some(xml)) => ([(header::CONTENT_TYPE, XML)], xml).into_response(),
        Ok(None) => ([(header::CONTENT_TYPE, XML)], autodiscover::error()).into_response(),
        Err::<_, postbay_core::CoreError>(e) => {
            tracing::warn!(error = %e, "answering an Autodiscover request");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// An Apple configuration profile (`.mobileconfig`) that sets the account up in Apple Mail:
/// for the account itself and the administrators reaching it. It holds no password.
#[utoipa::path(get, path = "/accounts/{accountId}/mobileconfig", tag = "credentials", operation_id = "getAccountMobileConfig",
    params(("accountId" = AccountId, Path)),
    responses((status = 200, description = "The profile, an XML property list", content_type = "application/x-apple-aspen-config", body = String), Problems))]
pub async fn account_mobileconfig(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(account): ApiPath<AccountId>,
) -> ApiResult<Response> {
    let (profile, file) =
        mobileconfig::for_account(&s.pool, &p, &s.hostname, &s.services, account).await?;
    let disposition = format!("attachment; filename=\"{}\"", file.replace('"', ""));
    Ok((
        [
            (header::CONTENT_TYPE, mobileconfig::CONTENT_TYPE.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        profile,
    )
        .into_response())
}
