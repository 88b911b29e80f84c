//! Content filtering (`postbay_filter`): `AntiSpam`, as Kerio Connect's admin API names the
//! spam filter's settings.

use postbay_core::access::Principal;
use postbay_filter::settings::{self, SpamSettings};
use serde::Deserialize;
use utoipa::ToSchema;

use super::batch::{EmptyResult, NoParams, set_settings};
use super::{CallContext, RpcError};

pub(super) async fn anti_spam_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<SpamSettings, RpcError> {
    Ok(settings::get(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AntiSpamSetParams {
    /// Replaces every setting (getSpamSettings / updateSpamSettings).
    pub settings: SpamSettings,
}

pub(super) async fn anti_spam_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AntiSpamSetParams,
) -> Result<EmptyResult, RpcError> {
    set_settings(settings::set(&ctx.state.pool, p, params.settings)).await
}
