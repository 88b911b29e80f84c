//! Server-wide settings kept in the database, so every `postbay` process sees the same values
//! and a change needs no restart.

use serde::{Deserialize, Serialize, de::DeserializeOwned};
use sqlx::PgPool;

use crate::access::Principal;
use crate::audit::{self, Place};
use crate::error::{CoreError, CoreResult};

/// Login protection and session lifetimes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SecuritySettings {
    /// Failed logins from one address before it is locked out (0 = never lock).
    pub lockout_threshold: i32,
    /// How long a locked-out address stays locked, seconds.
    pub lockout_seconds: i64,
    /// Lifetime of an access token, seconds.
    pub access_token_seconds: i64,
    /// Lifetime of a refresh token, seconds.
    pub refresh_token_seconds: i64,
    /// A JSON-RPC admin session ends after this many seconds without a call.
    #[serde(default = "default_session_idle_seconds")]
    pub session_idle_seconds: i64,
}

fn default_session_idle_seconds() -> i64 {
    1800
}

impl Default for SecuritySettings {
    fn default() -> Self {
        Self {
            lockout_threshold: 10,
            lockout_seconds: 300,
            access_token_seconds: 900,
            refresh_token_seconds: 30 * 24 * 3600,
            session_idle_seconds: default_session_idle_seconds(),
        }
    }
}

impl SecuritySettings {
    fn validate(&self) -> CoreResult<()> {
        let checks: [(bool, &'static str, &'static str); 5] = [
            (
                (0..=1000).contains(&self.lockout_threshold),
                "lockoutThreshold",
                "0 to 1000",
            ),
            (
                (1..=7 * 24 * 3600).contains(&self.lockout_seconds),
                "lockoutSeconds",
                "1 s to 7 days",
            ),
            (
                (60..=24 * 3600).contains(&self.access_token_seconds),
                "accessTokenSeconds",
                "60 s to 1 day",
            ),
            (
                (300..=365 * 24 * 3600).contains(&self.refresh_token_seconds),
                "refreshTokenSeconds",
                "5 min to 365 days",
            ),
            (
                (60..=24 * 3600).contains(&self.session_idle_seconds),
                "sessionIdleSeconds",
                "60 s to 1 day",
            ),
        ];
        for (ok, field, range) in checks {
            if !ok {
                return Err(CoreError::invalid(
                    field,
                    "out_of_range",
                    format!("must be {range}"),
                ));
            }
        }
        Ok(())
    }
}

pub(crate) async fn read<T: DeserializeOwned + Default + Send + Unpin + 'static>(
    pool: &PgPool,
    key: &str,
) -> CoreResult<T> {
    let value: Option<sqlx::types::Json<T>> =
        sqlx::query_scalar("SELECT value FROM server_settings WHERE key = $1")
            .bind(key)
            .fetch_optional(pool)
            .await?;
    Ok(value.map(|v| v.0).unwrap_or_default())
}

pub(crate) async fn write<T: Serialize>(
    conn: &mut sqlx::PgConnection,
    key: &str,
    value: &T,
) -> CoreResult<()> {
    sqlx::query(
        "INSERT INTO server_settings (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
    )
    .bind(key)
    .bind(sqlx::types::Json(value))
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn security(pool: &PgPool) -> CoreResult<SecuritySettings> {
    read(pool, "security").await
}

pub async fn get_security(pool: &PgPool, principal: &Principal) -> CoreResult<SecuritySettings> {
    if !principal.is_server_admin() {
        return Err(CoreError::forbidden(
            "server administrator rights are required",
        ));
    }
    security(pool).await
}

pub async fn set_security(
    pool: &PgPool,
    principal: &Principal,
    value: SecuritySettings,
) -> CoreResult<SecuritySettings> {
    if !principal.is_server_admin() {
        return Err(CoreError::forbidden(
            "server administrator rights are required",
        ));
    }
    principal.require_writable()?;
    value.validate()?;
    let mut tx = pool.begin().await?;
    write(&mut tx, "security", &value).await?;
    let root: Vec<uuid::Uuid> = vec![crate::tenants::root(pool).await?.0];
    audit::record(
        &mut tx,
        principal,
        "settings.update",
        "settings",
        None,
        Place {
            tenant_path: &root,
            domain: None,
        },
        serde_json::json!({"security": value}),
    )
    .await?;
    tx.commit().await?;
    Ok(value)
}
