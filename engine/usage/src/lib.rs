//! Usage for billing: what each account, domain and tenant stored, received and sent, day by
//! day, kept 13 months and surviving the objects themselves (a purge leaves their usage and
//! audit entries, nothing else). Numbers come from the transactional counters — the accounts'
//! usage columns and the `usage.*` per-day counters the pipeline writes as it stores and
//! submits mail — never from a scan of mail.
//!
//! Architecture invariant: this crate owns `usage_snapshots` and `usage_days`; a closed day's
//! rows are never written again.

pub mod report;
pub mod snapshot;

use postbay_core::access::Principal;
use postbay_core::error::CoreResult;
use serde::Serialize;
use sqlx::PgPool;

/// What an on-demand snapshot wrote.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotTaken {
    /// Account rows written for today (yesterday's are closed first if they were not).
    pub accounts: u64,
}

/// Takes today's snapshot now rather than at the next hourly pass (server administrators):
/// before a billing run, or after a migration.
pub async fn take_now(pool: &PgPool, principal: &Principal) -> CoreResult<SnapshotTaken> {
    principal.may_change_server_settings()?;
    let accounts = snapshot::pass(pool).await?;
    Ok(SnapshotTaken { accounts })
}
