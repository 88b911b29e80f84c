//! The per-item results of bulk calls.

use axum::http::StatusCode;
use postbay_core::CoreResult;
use serde::Serialize;

use crate::problem::{ApiError, Problem};

/// One item's result in a bulk call.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BulkItemResult {
    /// Position of the item in its input list.
    pub index: usize,
    /// HTTP status the item would have had alone.
    pub status: u16,
    /// The id of the object the item created, changed or deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub id: Option<uuid::Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Problem>,
}

pub(crate) fn item_results<I: Into<uuid::Uuid>>(
    results: Vec<CoreResult<I>>,
    ok_status: StatusCode,
) -> Vec<BulkItemResult> {
    results
        .into_iter()
        .enumerate()
        .map(|(index, r)| match r {
            Ok(id) => BulkItemResult {
                index,
                status: ok_status.as_u16(),
                id: Some(id.into()),
                error: None,
            },
            Err(e) => {
                let problem = *ApiError::from(e).0;
                BulkItemResult {
                    index,
                    status: problem.status,
                    id: None,
                    error: Some(problem),
                }
            }
        })
        .collect()
}
