//! The JSON-RPC 2.0 admin API in the shape of Kerio Connect's (`POST /admin/api/jsonrpc/`,
//! `Interface.method` calls, `Session.login` tokens in `X-Token`). It is a second projection
//! of `postbay_core`: this module parses envelopes, authenticates and maps errors; `methods`
//! translates parameters and results; the rules stay in the core.

mod accounts;
mod aliases;
mod batch;
mod catalogue;
mod certificates;
mod collection;
mod credentials;
mod domains;
mod filter;
mod filter_rules;
#[cfg(test)]
mod fuzz;
mod groups;
mod logs;
mod mail_auth;
mod messages;
mod methods;
pub mod model;
mod network;
mod plans;
mod queue;
mod sending_limits;
mod session;
mod sieve;
mod status;
mod templates;
mod tenants;
mod usage;
mod webhooks;

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::{Body, to_bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use postbay_core::access::Principal;
use postbay_core::{CoreError, ErrorClass, auth};
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::AppState;

pub use catalogue::{document_in_openapi, openrpc};

/// Where Kerio clients find the admin API.
pub const PATH: &str = "/admin/api/jsonrpc/";
/// The session cookie set by `Session.login`.
pub const COOKIE: &str = "SESSION_POSTBAY_ADMIN";
/// Calls in one batch.
pub const MAX_BATCH: usize = 100;
/// Items that create, set and remove calls may name in one HTTP request (one call or a batch).
pub const MAX_ITEMS: usize = 1000;
/// Rows that get calls may return in one HTTP request.
pub const MAX_ROWS: usize = postbay_core::search::MAX_SEARCH_ROWS as usize;

/// What one HTTP request may still ask for: a batch shares one budget, so batching does not
/// multiply the per-call bounds.
pub(crate) struct Budget {
    items: AtomicUsize,
    rows: AtomicUsize,
}

impl Budget {
    fn new() -> Self {
        Self {
            items: AtomicUsize::new(MAX_ITEMS),
            rows: AtomicUsize::new(MAX_ROWS),
        }
    }
}

pub const PARSE_ERROR: i32 = -32700;
pub const INVALID_REQUEST: i32 = -32600;
pub const METHOD_NOT_FOUND: i32 = -32601;
pub const INVALID_PARAMS: i32 = -32602;
pub const INTERNAL_ERROR: i32 = -32603;
pub const SESSION_EXPIRED: i32 = -32001;
pub const OPERATION_FAILED: i32 = 1000;
pub const ALREADY_EXISTS: i32 = 1001;
pub const DOES_NOT_EXIST: i32 = 1002;
pub const ACCESS_DENIED: i32 = 1004;
/// Postbay: a limit of the domain or a tenant above it would be passed.
pub const LIMIT_EXCEEDED: i32 = 1100;
/// Postbay: too many failed logins for the account.
pub const LOCKED_OUT: i32 = 1101;

/// A JSON-RPC error object. `data.code` carries Postbay's stable machine code (the same one
/// the REST API puts in problem+json) and `data.field` the member at fault.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RpcError {
    pub code: i32,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
}

impl RpcError {
    pub fn new(code: i32, message: impl Into<String>, reason: &str) -> Self {
        Self {
            code,
            message: message.into(),
            data: Some(json!({ "code": reason })),
        }
    }

    fn invalid_params(message: impl Into<String>, field: Option<String>) -> Self {
        let mut data = json!({ "code": "invalid_params" });
        if let Some(f) = field {
            data["field"] = Value::String(f);
        }
        Self {
            code: INVALID_PARAMS,
            message: message.into(),
            data: Some(data),
        }
    }
}

impl From<CoreError> for RpcError {
    /// From the core's one table (`CoreError::describe`), in Kerio's error codes; `data.code`
    /// and `data.field` are the same as in problem+json.
    fn from(err: CoreError) -> Self {
        let d = err.describe();
        let code = match d.class {
            ErrorClass::Invalid => INVALID_PARAMS,
            ErrorClass::NotFound => DOES_NOT_EXIST,
            ErrorClass::Forbidden => ACCESS_DENIED,
            ErrorClass::Unauthenticated => SESSION_EXPIRED,
            ErrorClass::Conflict => match d.code {
                "already_exists" => ALREADY_EXISTS,
                "limit_exceeded" | "limit_exceeds_parent" => LIMIT_EXCEEDED,
                _ => OPERATION_FAILED,
            },
            ErrorClass::LockedOut => LOCKED_OUT,
            ErrorClass::Unavailable | ErrorClass::Internal => INTERNAL_ERROR,
        };
        let mut data = json!({ "code": d.code });
        if let Some(field) = d.field {
            data["field"] = Value::String(field);
        }
        if let Some(seconds) = d.retry_after {
            data["retryAfter"] = json!(seconds);
        }
        Self {
            code,
            message: d.message,
            data: Some(data),
        }
    }
}

/// What one call may use: the server state, the caller's credentials and address.
pub(crate) struct CallContext<'a> {
    pub state: &'a AppState,
    pub ip: Option<IpAddr>,
    headers: &'a HeaderMap,
    /// The token in the request envelope, when the header has none.
    envelope_token: Option<String>,
    /// Set by `Session.login`: the cookie to send back.
    pub set_cookie: Option<String>,
    budget: &'a Budget,
}

impl CallContext<'_> {
    /// `; Secure` when the client came over HTTPS (the API's own TLS, or a TLS proxy's
    /// `X-Forwarded-Proto`).
    /// Where the client reached the API, for links back to it (`extract::api_base`).
    pub fn api_base(&self) -> String {
        crate::extract::api_base(self.state, self.headers)
    }

    pub fn secure_cookie(&self) -> &'static str {
        if crate::middleware::over_https(self.state, self.headers) {
            "; Secure"
        } else {
            ""
        }
    }

    /// Takes `n` items (ids or objects named by `field`) from the request's budget.
    pub fn take_items(&self, n: usize, field: &'static str) -> Result<(), RpcError> {
        // Calls of one request run one after another, so load-then-store cannot race.
        let left = self.budget.items.load(Ordering::Relaxed);
        if n > left {
            let message = if n > MAX_ITEMS {
                format!("at most {MAX_ITEMS} items per call")
            } else {
                format!("at most {MAX_ITEMS} items per request, batches included; {left} left")
            };
            return Err(CoreError::invalid(field, "too_many", message).into());
        }
        self.budget.items.store(left - n, Ordering::Relaxed);
        Ok(())
    }

    /// Takes `n` result rows from the request's budget.
    pub fn take_rows(&self, n: usize) -> Result<(), RpcError> {
        let left = self.budget.rows.load(Ordering::Relaxed);
        if n > left {
            return Err(CoreError::invalid(
                "query.limit",
                "too_many_rows",
                format!("get calls may return at most {MAX_ROWS} rows per request, batches included; {left} left"),
            )
            .into());
        }
        self.budget.rows.store(left - n, Ordering::Relaxed);
        Ok(())
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }

    /// The session token the call carries (`X-Token`, else the envelope's `token`).
    pub fn session_token(&self) -> Option<String> {
        self.header("x-token")
            .map(String::from)
            .or_else(|| self.envelope_token.clone())
    }

    /// The session cookie's secret, if the client sends one.
    pub fn cookie_token(&self) -> Option<String> {
        self.headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE)
            .map(|(_, value)| value.to_string())
    }

    /// The caller: a session token (Kerio style; a session cookie sent with it must be that
    /// session's), or an API key or access token in `Authorization: Bearer`. A cookie alone is
    /// not enough: it would make cross-site requests possible.
    pub async fn principal(&self) -> Result<Principal, RpcError> {
        let ip = self.ip.map(|i| i.to_string());
        if let Some(token) = self.session_token() {
            let cookie = self.cookie_token();
            return Ok(
                auth::authenticate_session(&self.state.pool, &token, cookie.as_deref(), ip).await?,
            );
        }
        if let Some(bearer) = crate::middleware::bearer(self.headers) {
            return Ok(crate::middleware::principal_for_bearer(self.state, bearer, self.ip).await?);
        }
        let message = if self.cookie_token().is_some() {
            "send the token from Session.login in the X-Token header"
        } else {
            "the user is not logged in; call Session.login first"
        };
        Err(RpcError::new(SESSION_EXPIRED, message, "unauthenticated"))
    }
}

/// One parsed call: `id` is `None` for a notification (no reply is sent).
struct Call {
    id: Option<Value>,
    method: String,
    params: Value,
    token: Option<String>,
}

/// One reply object as JSON text; `result` is already JSON text.
fn reply(id: Value, outcome: Result<String, RpcError>) -> String {
    match outcome {
        Ok(result) => format!(r#"{{"jsonrpc":"2.0","id":{id},"result":{result}}}"#),
        Err(error) => error_reply(id, error),
    }
}

fn error_reply(id: Value, error: RpcError) -> String {
    json!({ "jsonrpc": "2.0", "id": id, "error": error }).to_string()
}

/// Checks one request object. An invalid one gets an error naming what is wrong, with its id
/// if the id itself could be read; a well-formed notification with bad params gets nothing
/// (`Err(None)`), as notifications are never answered.
fn parse_call(value: Value) -> Result<Call, Option<String>> {
    let Value::Object(mut object) = value else {
        return Err(Some(error_reply(
            Value::Null,
            RpcError::new(
                INVALID_REQUEST,
                "a request must be a JSON object",
                "invalid_request",
            ),
        )));
    };
    let id = match object.remove("id") {
        None => None,
        Some(id @ (Value::Null | Value::String(_) | Value::Number(_))) => Some(id),
        Some(_) => {
            return Err(Some(error_reply(
                Value::Null,
                RpcError::new(
                    INVALID_REQUEST,
                    "id must be a string, a number or null",
                    "invalid_request",
                ),
            )));
        }
    };
    let fail = |message: &str| {
        Err(Some(error_reply(
            id.clone().unwrap_or(Value::Null),
            RpcError::new(INVALID_REQUEST, message, "invalid_request"),
        )))
    };
    if object.get("jsonrpc") != Some(&Value::String("2.0".into())) {
        return fail("jsonrpc must be \"2.0\"");
    }
    let method = match object.remove("method") {
        Some(Value::String(m)) => m,
        _ => return fail("method must be a string"),
    };
    let params = match object.remove("params") {
        None => Value::Object(Map::new()),
        Some(p @ Value::Object(_)) => p,
        Some(Value::Array(_)) => {
            return Err(id.map(|id| {
                error_reply(
                    id,
                    RpcError::invalid_params(
                        "params must be an object of named parameters",
                        Some("params".into()),
                    ),
                )
            }));
        }
        Some(_) => return fail("params must be an object, or left out"),
    };
    let token = match object.remove("token") {
        Some(Value::String(t)) => Some(t),
        _ => None,
    };
    Ok(Call {
        id,
        method,
        params,
        token,
    })
}

async fn run_call(
    state: &AppState,
    headers: &HeaderMap,
    ip: Option<IpAddr>,
    value: Value,
    budget: &Budget,
    set_cookie: &mut Option<String>,
) -> Option<String> {
    let call = match parse_call(value) {
        Ok(call) => call,
        Err(reply) => return reply,
    };
    let mut ctx = CallContext {
        state,
        ip,
        headers,
        envelope_token: call.token,
        set_cookie: None,
        budget,
    };
    let outcome = methods::dispatch(&mut ctx, &call.method, call.params).await;
    if ctx.set_cookie.is_some() {
        *set_cookie = ctx.set_cookie;
    }
    call.id.map(|id| reply(id, outcome))
}

fn client_ip(req: &Request) -> Option<IpAddr> {
    req.extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

fn json_response(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// `POST /admin/api/jsonrpc/`: one call or a batch. Replies are always JSON-RPC objects,
/// never a bare HTTP error; a notification-only request gets `204 No Content`.
pub async fn handle(State(state): State<AppState>, req: Request) -> Response {
    let ip = client_ip(&req);
    let (parts, body): (_, Body) = req.into_parts();
    let bytes = match to_bytes(body, state.max_body_bytes).await {
        Ok(b) => b,
        Err(_) => {
            let mut response = json_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                error_reply(
                    Value::Null,
                    RpcError::new(
                        INVALID_REQUEST,
                        "the request is larger than the server accepts",
                        "request_too_large",
                    ),
                ),
            );
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return response;
        }
    };
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            return json_response(
                StatusCode::OK,
                error_reply(
                    Value::Null,
                    RpcError::new(PARSE_ERROR, format!("not valid JSON: {e}"), "parse_error"),
                ),
            );
        }
    };
    let mut set_cookie = None;
    let budget = Budget::new();
    let body = match value {
        Value::Array(calls) if calls.is_empty() => Some(error_reply(
            Value::Null,
            RpcError::new(INVALID_REQUEST, "an empty batch", "invalid_request"),
        )),
        Value::Array(calls) if calls.len() > MAX_BATCH => Some(error_reply(
            Value::Null,
            RpcError::new(
                INVALID_REQUEST,
                format!("a batch may hold at most {MAX_BATCH} calls"),
                "batch_too_large",
            ),
        )),
        Value::Array(calls) => {
            // Calls run one after another, in order.
            let mut replies = Vec::with_capacity(calls.len());
            for call in calls {
                if let Some(r) =
                    run_call(&state, &parts.headers, ip, call, &budget, &mut set_cookie).await
                {
                    replies.push(r);
                }
            }
            (!replies.is_empty()).then(|| format!("[{}]", replies.join(",")))
        }
        single => run_call(&state, &parts.headers, ip, single, &budget, &mut set_cookie).await,
    };
    let mut response = match body {
        Some(body) => json_response(StatusCode::OK, body),
        None => StatusCode::NO_CONTENT.into_response(),
    };
    if let Some(cookie) = set_cookie
        && let Ok(value) = HeaderValue::from_str(&cookie)
    {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
