//! Errors as `application/problem+json` (RFC 9457) with a stable machine `code` and, where a
//! field is at fault, its JSON path in `field`.

use std::collections::BTreeMap;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use postbay_core::{CoreError, ErrorClass};
use serde::Serialize;
use utoipa::openapi::{ContentBuilder, RefOr, ResponseBuilder};

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// `urn:postbay:problem:<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Stable machine code, e.g. `limit_exceeded`, `invalid_domain_name`, `not_found`.
    pub code: String,
    /// JSON path of the field at fault, e.g. `limits.maxAccounts`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Seconds to wait before retrying (lockouts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<i64>,
}

/// An error on its way to the client.
#[derive(Debug)]
pub struct ApiError(pub Box<Problem>);

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: &str,
        detail: impl Into<String>,
        field: Option<String>,
    ) -> Self {
        Self(Box::new(Problem {
            kind: format!("urn:postbay:problem:{code}"),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: detail.into(),
            code: code.to_string(),
            field,
            retry_after: None,
        }))
    }
}

impl From<CoreError> for ApiError {
    fn from(err: CoreError) -> Self {
        let d = err.describe();
        let status = match d.class {
            ErrorClass::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorClass::NotFound => StatusCode::NOT_FOUND,
            ErrorClass::Forbidden => StatusCode::FORBIDDEN,
            ErrorClass::Unauthenticated => StatusCode::UNAUTHORIZED,
            ErrorClass::Conflict => StatusCode::CONFLICT,
            ErrorClass::LockedOut => StatusCode::TOO_MANY_REQUESTS,
            ErrorClass::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorClass::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let mut e = Self::new(status, d.code, d.message, d.field);
        e.0.retry_after = d.retry_after;
        e
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status =
            StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry = self.0.retry_after;
        let mut response = (status, Json(*self.0)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(r) = retry.and_then(|r| HeaderValue::from_str(&r.to_string()).ok()) {
            response.headers_mut().insert(header::RETRY_AFTER, r);
        }
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// The error responses every authenticated operation may give, declared once for OpenAPI.
pub struct Problems;

impl utoipa::IntoResponses for Problems {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::response::Response>> {
        let problem = |description: &str| {
            RefOr::T(
                ResponseBuilder::new()
                    .description(description)
                    .content(
                        "application/problem+json",
                        ContentBuilder::new()
                            .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                                "Problem",
                            ))))
                            .build(),
                    )
                    .build(),
            )
        };
        [
            (
                "400",
                "Malformed request (not JSON, bad query or path parameter)",
            ),
            ("401", "Missing, invalid or expired credentials"),
            (
                "403",
                "Visible to the caller but not changeable by it (read-only, role)",
            ),
            ("404", "No such object within the caller's reach"),
            (
                "409",
                "Conflicts with the current state: duplicate, limit, guarded delete",
            ),
            ("413", "Request body too large"),
            ("422", "A field failed validation; `field` names it"),
            ("503", "The database is unavailable"),
        ]
        .into_iter()
        .map(|(status, description)| (status.to_string(), problem(description)))
        .collect()
    }
}
