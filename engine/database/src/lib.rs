//! PostgreSQL lifecycle for Postbay: opening the pool, running migrations and, when no database
//! is configured, running a private PostgreSQL cluster under the data directory.
//!
//! This crate knows nothing of mail or of the directory model; it hands a ready [`PgPool`] up.

mod backoff;
mod embedded;
mod log_gate;
pub mod notifications;

use std::time::Duration;

pub use backoff::Backoff;
pub use embedded::{EmbeddedCluster, EmbeddedError};
pub use log_gate::LogGate;
pub use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

/// The migrations in `migrations/`, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot connect to the database: {0}")]
    Connect(#[source] sqlx::Error),
    #[error("cannot migrate the database: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Opens a pool on `options`. `max_connections` bounds what one process asks of the server.
pub async fn connect(
    options: PgConnectOptions,
    max_connections: u32,
) -> Result<PgPool, StoreError> {
    PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(StoreError::Connect)
}

/// Brings the schema up to date. Safe to run from several processes at once (sqlx takes an
/// advisory lock).
pub async fn migrate(pool: &PgPool) -> Result<(), StoreError> {
    MIGRATOR.run(pool).await?;
    Ok(())
}

/// Whether the database serves this process: it answers within `within`, and the newest
/// migration applied is the newest this build has (a node older or newer than the schema is
/// not ready). The reason when not.
pub async fn ready(pool: &PgPool, within: std::time::Duration) -> Result<(), String> {
    let newest = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
    let applied = tokio::time::timeout(
        within,
        sqlx::query_scalar::<_, Option<i64>>(
            "SELECT max(version) FROM _sqlx_migrations WHERE success",
        )
        .fetch_one(pool),
    )
    .await;
    match applied {
        Err(_) => Err("the database does not answer".into()),
        Ok(Err(e)) => Err(format!("the database cannot be read: {e}")),
        Ok(Ok(Some(v))) if v == newest => Ok(()),
        Ok(Ok(v)) => Err(format!(
            "the schema is at migration {}, this build needs {newest}",
            v.unwrap_or(0)
        )),
    }
}
