//! Out-of-office state (RFC 5230 4.2): who has had which reply when, in PostgreSQL so every
//! node sharing the database answers a sender once per period.

use std::time::Duration;

use postbay_core::CoreResult;
use sqlx::PgPool;
use uuid::Uuid;

/// The shortest period between two replies to one sender: `:days 0` or `:seconds 0` would
/// answer every message, which two auto-responders could turn into a storm.
pub const MIN_PERIOD: Duration = Duration::from_secs(60);
/// The longest period, and how long a reply is remembered.
pub const MAX_PERIOD: Duration = Duration::from_secs(90 * 86_400);

/// `period` within [`MIN_PERIOD`] and [`MAX_PERIOD`].
pub fn clamp_period(period: Duration) -> Duration {
    period.clamp(MIN_PERIOD, MAX_PERIOD)
}

/// Records that `account` answers `sender` with the reply `handle` now, unless it did within
/// `period`: true when the reply is to be sent. One statement, so two nodes delivering two
/// messages from one sender at once send one reply. Replies older than [`MAX_PERIOD`] of the
/// account are forgotten on the way.
pub async fn record_reply(
    pool: &PgPool,
    account: Uuid,
    handle: &str,
    sender: &str,
    period: Duration,
) -> CoreResult<bool> {
    let period = clamp_period(period);
    // A handle may be long (a whole reason) and hold any character: kept as its digest.
    let handle = {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(handle.as_bytes());
        digest
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let seconds = i64::try_from(period.as_secs()).unwrap_or(i64::MAX);
    let max_seconds = i64::try_from(MAX_PERIOD.as_secs()).unwrap_or(i64::MAX);
    let sent: Option<(bool,)> = sqlx::query_as(
        "WITH forgotten AS (
             DELETE FROM vacation_replies
             WHERE account_id = $1 AND replied_at < now() - make_interval(secs => $5)
               AND NOT (handle = $2 AND sender = $3))
         INSERT INTO vacation_replies (account_id, handle, sender, replied_at)
         VALUES ($1, $2, $3, now())
         ON CONFLICT (account_id, handle, sender) DO UPDATE SET replied_at = now()
         WHERE vacation_replies.replied_at <= now() - make_interval(secs => $4)
         RETURNING true",
    )
    .bind(account)
    .bind(&handle)
    .bind(sender.to_ascii_lowercase())
    .bind(seconds as f64)
    .bind(max_seconds as f64)
    .fetch_optional(pool)
    .await?;
    Ok(sent.is_some())
}
