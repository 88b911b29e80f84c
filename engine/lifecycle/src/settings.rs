//! The server's lifecycle setting: how long a deleted node waits for its purge.

use postbay_core::access::Principal;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::settings;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

const KEY: &str = "lifecycle";

/// How termination works on this server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct LifecycleSettings {
    /// Days a deleted tenant, domain or account can still be restored before it is purged;
    /// 0 purges at the job's next pass (within seconds).
    #[schema(minimum = 0, maximum = 3650)]
    pub deletion_grace_days: i64,
}

impl Default for LifecycleSettings {
    fn default() -> Self {
        Self {
            deletion_grace_days: 30,
        }
    }
}

/// The settings in force.
pub async fn read(pool: &PgPool) -> CoreResult<LifecycleSettings> {
    settings::read(pool, KEY).await
}

pub async fn get(pool: &PgPool, principal: &Principal) -> CoreResult<LifecycleSettings> {
    principal.require_server_admin()?;
    read(pool).await
}

pub async fn set(
    pool: &PgPool,
    principal: &Principal,
    value: LifecycleSettings,
) -> CoreResult<LifecycleSettings> {
    principal.may_change_server_settings()?;
    if !(0..=3650).contains(&value.deletion_grace_days) {
        return Err(CoreError::invalid(
            "deletionGraceDays",
            "out_of_range",
            "is 0 to 3650 days",
        ));
    }
    settings::store(pool, principal, KEY, value).await
}
