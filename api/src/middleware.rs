//! Authentication and `Idempotency-Key` handling, in front of every protected handler.

use std::net::{IpAddr, SocketAddr};

use axum::body::{Body, to_bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use postbay_core::access::Principal;
use postbay_core::{CoreError, api_keys, auth, idempotency};
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::problem::ApiError;

const MAX_IDEMPOTENCY_KEY: usize = 255;

pub fn client_ip(req: &Request) -> Option<IpAddr> {
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

/// Headers on every response of the admin API: nothing is cached (tokens, keys and directory
/// data are in the bodies), sniffed, framed or sent on as a referrer; no content may load.
/// Served over TLS itself, the API tells browsers to use nothing else (HSTS).
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    if state.api_tls {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    for (name, value) in [
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'",
        ),
    ] {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
    response
}

/// Whether the client reached the API over HTTPS (its own TLS, or a proxy that says so):
/// cookies are then marked `Secure`.
pub fn over_https(state: &AppState, headers: &HeaderMap) -> bool {
    state.api_tls
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

/// The credential in `Authorization: Bearer ...`, if any.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
}

/// The caller behind a bearer credential: an API key or a session's access token.
pub async fn principal_for_bearer(
    state: &AppState,
    credential: &str,
    ip: Option<IpAddr>,
) -> Result<Principal, CoreError> {
    if api_keys::is_api_key(credential) {
        api_keys::authenticate(&state.pool, credential, ip).await
    } else {
        auth::authenticate_token(
            &state.pool,
            &state.keys,
            credential,
            ip.map(|i| i.to_string()),
        )
        .await
    }
}

/// Resolves `Authorization: Bearer <token or key>` or `X-Api-Key` into a [`Principal`].
pub async fn authenticate(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let ip = client_ip(&req);
    let bearer = bearer(req.headers()).map(String::from);
    let key = req
        .headers()
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    let result: Result<Principal, CoreError> = match (bearer, key) {
        (_, Some(k)) => api_keys::authenticate(&state.pool, &k, ip).await,
        (Some(t), None) => principal_for_bearer(&state, &t, ip).await,
        (None, None) => Err(CoreError::Unauthenticated(
            "send a session token or an API key".into(),
        )),
    };
    match result {
        Ok(principal) => {
            req.extensions_mut().insert(principal);
            next.run(req).await
        }
        Err(e) => {
            let mut response = ApiError::from(e).into_response();
            if response.status() == StatusCode::UNAUTHORIZED {
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            response
        }
    }
}

/// Marks a response that carries a secret shown once (an API key, an app password, a token, a
/// login link, a TOTP seed, recovery codes): `idempotency` never stores it.
#[derive(Debug, Clone, Copy)]
pub struct HoldsSecret;

/// Replays the first response to a POST with the same `Idempotency-Key` and body; the same
/// key with another body is a 422. Keys are per caller and kept for 24 hours.
pub async fn idempotency(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let Some(key) = req
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(String::from)
    else {
        return next.run(req).await;
    };
    if key.is_empty() || key.len() > MAX_IDEMPOTENCY_KEY {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_idempotency_key",
            "Idempotency-Key must be 1 to 255 characters",
            Some("Idempotency-Key".into()),
        )
        .into_response();
    }
    // Records belong to the account (by id, so a re-created address cannot replay them) or key.
    let Some(principal) = req.extensions().get::<Principal>().map(|p| {
        p.account_id
            .map_or_else(|| p.actor.clone(), |a| format!("account:{a}"))
    }) else {
        return next.run(req).await;
    };
    let (parts, body) = req.into_parts();
    let bytes = match to_bytes(body, state.max_body_bytes).await {
        Ok(b) => b,
        Err(_) => {
            return ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                "the request body is larger than the server accepts",
                None,
            )
            .into_response();
        }
    };
    let mut hasher = Sha256::new();
    hasher.update(parts.uri.path().as_bytes());
    hasher.update([0]);
    hasher.update(parts.uri.query().unwrap_or_default().as_bytes());
    hasher.update([0]);
    hasher.update(&bytes);
    let request_hash = hasher.finalize().to_vec();
    match idempotency::claim(&state.pool, &principal, &key, &request_hash).await {
        Ok(idempotency::Claim::Fresh) => {}
        Ok(idempotency::Claim::Replay(status, body)) => {
            let mut response =
                (StatusCode::from_u16(status).unwrap_or(StatusCode::OK), body).into_response();
            let content_type = if status >= 400 {
                "application/problem+json"
            } else {
                "application/json"
            };
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            response
                .headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
            return response;
        }
        Ok(idempotency::Claim::Mismatch) => {
            return ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                "this Idempotency-Key was used with a different request",
                Some("Idempotency-Key".into()),
            )
            .into_response();
        }
        Ok(idempotency::Claim::InProgress) => {
            return ApiError::new(
                StatusCode::CONFLICT,
                "idempotency_in_progress",
                "a request with this Idempotency-Key is still being processed",
                Some("Idempotency-Key".into()),
            )
            .into_response();
        }
        Err(e) => return ApiError::from(e).into_response(),
    }
    let response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    let status = response.status();
    let (parts, body) = response.into_parts();
    let body = to_bytes(body, usize::MAX).await.unwrap_or_default();
    // A response that carries a new secret is never stored for replay: a retry makes another.
    let stored = if status.is_server_error() || parts.extensions.get::<HoldsSecret>().is_some() {
        idempotency::forget(&state.pool, &principal, &key).await
    } else {
        idempotency::record(&state.pool, &principal, &key, status.as_u16(), &body).await
    };
    if let Err(e) = stored {
        tracing::warn!(error = %e, "could not record an idempotent response");
    }
    Response::from_parts(parts, Body::from(body))
}

/// Reads every request body (up to the limit) before routing. A handler that answers early
/// (a bad path, missing credentials) would otherwise leave the body unread, and the server would
/// close a keep-alive connection the client is about to reuse.
pub async fn buffer_body(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    match to_bytes(body, state.max_body_bytes).await {
        Ok(bytes) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Err(_) => {
            let mut response = ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "body_too_large",
                "the request body is larger than the server accepts",
                None,
            )
            .into_response();
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            response
        }
    }
}

/// Counts and times every request by method, route template (`/api/v1/accounts/{accountId}`,
/// never the ids themselves) and status, for `/metrics`. A no-op unless metrics are on.
pub async fn request_metrics(req: Request, next: Next) -> Response {
    let method = req.method().as_str().to_string();
    let route = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let started = std::time::Instant::now();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("postbay_api_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("postbay_api_request_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}
