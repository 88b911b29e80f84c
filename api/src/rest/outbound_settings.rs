//! Outbound delivery settings (`postbay_core::outbound_settings`).

use axum::Json;
use axum::extract::State;
use postbay_core::outbound_settings::{self, DeliverySettings};

use crate::AppState;
use crate::extract::{ApiJson, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(get, path = "/settings/delivery", tag = "settings", operation_id = "getDeliverySettings",
    responses((status = 200, body = DeliverySettings), Problems))]
pub async fn get_delivery_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<DeliverySettings>> {
    Ok(Json(outbound_settings::get_delivery(&s.pool, &p).await?))
}

/// Replaces the delivery settings; workers use them within seconds. Relay passwords are
/// write-only: leave one out to keep it.
#[utoipa::path(put, path = "/settings/delivery", tag = "settings", operation_id = "updateDeliverySettings", request_body = DeliverySettings,
    responses((status = 200, body = DeliverySettings), Problems))]
pub async fn update_delivery_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<DeliverySettings>,
) -> ApiResult<Json<DeliverySettings>> {
    Ok(Json(
        outbound_settings::set_delivery(&s.pool, &p, &s.secret_key, body).await?,
    ))
}
