//! Content filtering (`postbay_filter`): the spam filter's settings.

use axum::Json;
use axum::extract::State;
use postbay_filter::settings::{self, SpamSettings};

use crate::AppState;
use crate::extract::{ApiJson, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(get, path = "/settings/spam", tag = "filtering", operation_id = "getSpamSettings",
    responses((status = 200, body = SpamSettings), Problems))]
pub async fn get_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<SpamSettings>> {
    Ok(Json(settings::get(&s.pool, &p).await?))
}

/// Replaces the spam filter's settings; every process applies them within seconds.
#[utoipa::path(put, path = "/settings/spam", tag = "filtering", operation_id = "updateSpamSettings", request_body = SpamSettings,
    responses((status = 200, body = SpamSettings), Problems))]
pub async fn update_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<SpamSettings>,
) -> ApiResult<Json<SpamSettings>> {
    Ok(Json(settings::set(&s.pool, &p, body).await?))
}
