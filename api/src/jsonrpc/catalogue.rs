//! The JSON-RPC method catalogue as documentation: an `x-jsonrpc` extension and component
//! schemas in the OpenAPI document, and an OpenRPC 1.3 document, both made from the one
//! `methods!` table so neither can drift from what is served.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use utoipa::openapi::extensions::Extensions;
use utoipa::openapi::{OpenApi, RefOr, Schema};

use super::methods::catalogue;
use super::{
    ACCESS_DENIED, ALREADY_EXISTS, DOES_NOT_EXIST, INTERNAL_ERROR, INVALID_PARAMS, INVALID_REQUEST,
    LIMIT_EXCEEDED, LOCKED_OUT, METHOD_NOT_FOUND, OPERATION_FAILED, PARSE_ERROR, PATH, RpcError,
    SESSION_EXPIRED,
};

/// Every error code the endpoint uses, with its meaning.
const ERRORS: [(i32, &str); 12] = [
    (PARSE_ERROR, "Parse error: the body is not JSON"),
    (
        INVALID_REQUEST,
        "Invalid request (also: an empty or too large batch, or a request too large)",
    ),
    (METHOD_NOT_FOUND, "Method not found"),
    (
        INVALID_PARAMS,
        "Invalid params: data.field names the member at fault",
    ),
    (INTERNAL_ERROR, "Internal error"),
    (
        SESSION_EXPIRED,
        "Session expired: the user is not logged in",
    ),
    (
        OPERATION_FAILED,
        "Operation failed (data.code says why; wrong credentials at Session.login)",
    ),
    (ALREADY_EXISTS, "Already exists"),
    (
        DOES_NOT_EXIST,
        "Does not exist (or is outside the caller's reach)",
    ),
    (
        ACCESS_DENIED,
        "Access denied: insufficient rights to perform the requested operation",
    ),
    (
        LIMIT_EXCEEDED,
        "Postbay: a limit of the domain or a tenant above it would be passed",
    ),
    (
        LOCKED_OUT,
        "Postbay: too many failed logins for this account; data.retryAfter seconds",
    ),
];

fn schemas() -> BTreeMap<String, RefOr<Schema>> {
    let mut out = Vec::new();
    for method in catalogue() {
        (method.schemas)(&mut out);
    }
    let mut error = Vec::new();
    <RpcError as utoipa::ToSchema>::schemas(&mut error);
    out.push((
        "RpcError".into(),
        <RpcError as utoipa::PartialSchema>::schema(),
    ));
    out.into_iter().collect()
}

fn reference(name: &str, prefix: &str) -> Value {
    json!({ "$ref": format!("{prefix}{name}") })
}

/// Adds the catalogue to the OpenAPI document: its schemas under `components/schemas` and the
/// method list as the `x-jsonrpc` extension.
pub fn document_in_openapi(api: &mut OpenApi) {
    let components = api.components.get_or_insert_with(Default::default);
    for (name, schema) in schemas() {
        components.schemas.entry(name).or_insert(schema);
    }
    let prefix = "#/components/schemas/";
    let methods: Vec<Value> = catalogue()
        .iter()
        .map(|m| {
            json!({
                "name": m.name,
                "summary": m.summary,
                "requiresSession": m.session,
                "params": reference(m.params, prefix),
                "result": reference(m.result, prefix),
            })
        })
        .collect();
    let errors: Vec<Value> = ERRORS
        .iter()
        .map(|(code, message)| json!({ "code": code, "message": message }))
        .collect();
    let extension = json!({
        "endpoint": PATH,
        "description": "JSON-RPC 2.0 in the shape of the Kerio Connect administration API. \
            Log in with Session.login and send the returned token as X-Token (an API key in \
            Authorization: Bearer works too). Errors carry data.code, the same stable code the \
            REST API uses. The OpenRPC document is at openapi/postbay.openrpc.json.",
        "methods": methods,
        "errors": errors,
    });
    let mut extensions = api.extensions.take().unwrap_or_default();
    extensions.merge(Extensions::from_iter([("x-jsonrpc", extension)]));
    api.extensions = Some(extensions);
}

/// The catalogue as an OpenRPC 1.3 document. Methods take named parameters (by-name), each
/// a member of the method's params schema.
pub fn openrpc() -> Value {
    let prefix = "#/components/schemas/";
    let all = schemas();
    let methods: Vec<Value> = catalogue()
        .iter()
        .map(|m| {
            let params_schema = serde_json::to_value(all.get(m.params)).unwrap_or(Value::Null);
            let required: Vec<String> = params_schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| {
                    r.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default();
            let params: Vec<Value> = params_schema
                .get("properties")
                .and_then(Value::as_object)
                .map(|props| {
                    props
                        .iter()
                        .map(|(name, schema)| {
                            json!({
                                "name": name,
                                "required": required.contains(name),
                                "schema": schema,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            json!({
                "name": m.name,
                "summary": m.summary,
                "paramStructure": "by-name",
                "params": params,
                "result": { "name": "result", "schema": reference(m.result, prefix) },
                "x-requires-session": m.session,
            })
        })
        .collect();
    let errors: BTreeMap<String, Value> = ERRORS
        .iter()
        .map(|(code, message)| {
            (
                format!("E{}", code.unsigned_abs()),
                json!({ "code": code, "message": message }),
            )
        })
        .collect();
    json!({
        "openrpc": "1.3.2",
        "info": {
            "title": "Postbay admin JSON-RPC API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Kerio Connect-shaped JSON-RPC 2.0 administration API.",
            "license": { "name": "Apache-2.0" },
        },
        "servers": [{ "name": "admin", "url": PATH }],
        "methods": methods,
        "components": {
            "schemas": serde_json::to_value(&all).unwrap_or(Value::Null),
            "errors": errors,
        },
    })
}
