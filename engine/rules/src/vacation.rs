//! Out-of-office: the settings the API shows (compiled into the generated script), and the
//! state delivery keeps (RFC 5230 4.2): who has had which reply when, in PostgreSQL so every
//! node sharing the database answers a sender once per period.

use std::time::Duration;

use postbay_core::CoreResult;
use postbay_core::access::{Access, Principal};
use postbay_core::accounts;
use postbay_core::error::CoreError;
use postbay_core::ids::AccountId;
use sqlx::PgPool;
use uuid::Uuid;

use crate::generated;

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

/// A handle may be long (a whole reason) and hold any character: it is kept as its digest.
fn handle_key(handle: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(handle.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Forgets that `sender` was answered (the reply recorded could not be sent), so the next
/// message gets one.
pub async fn forget_reply(
    pool: &PgPool,
    account: Uuid,
    handle: &str,
    sender: &str,
) -> CoreResult<()> {
    sqlx::query(
        "DELETE FROM vacation_replies WHERE account_id = $1 AND handle = $2 AND sender = $3",
    )
    .bind(account)
    .bind(handle_key(handle))
    .bind(sender.to_ascii_lowercase())
    .execute(pool)
    .await?;
    Ok(())
}

pub use crate::form::VacationSettings;

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<VacationSettings> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    Ok(generated::load(pool, account)
        .await?
        .vacation
        .unwrap_or_default())
}

/// Sets the out-of-office reply and regenerates the account's script, in one transaction;
/// refused (409 `hand_written_script`) while a hand-written script is active.
pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    settings: VacationSettings,
) -> CoreResult<VacationSettings> {
    let place = accounts::authorize(pool, principal, account, Access::Write).await?;
    let bad = |field: &'static str, code: &'static str, message: &'static str| {
        Err(CoreError::invalid(field, code, message))
    };
    if settings.enabled && settings.text.trim().is_empty() {
        return bad("text", "required", "an enabled reply has a text");
    }
    if settings.text.chars().count() > crate::form::MAX_REPLY || settings.text.contains('\0') {
        return bad(
            "text",
            "invalid_text",
            "at most 10,000 characters, without NUL",
        );
    }
    if let Some(subject) = &settings.subject
        && (subject.chars().count() > 255 || subject.chars().any(char::is_control))
    {
        return bad(
            "subject",
            "invalid_text",
            "at most 255 characters, on one line",
        );
    }
    if !(1..=90).contains(&settings.days) {
        return bad("days", "out_of_range", "1 to 90 days");
    }
    if let (Some(from), Some(to)) = (settings.from_date, settings.to_date)
        && from >= to
    {
        return bad("toDate", "invalid_period", "the end comes after the start");
    }
    generated::save(
        pool,
        principal,
        account,
        &place,
        generated::Part::Vacation(&settings),
        "account.vacation.update",
        serde_json::json!({ "enabled": settings.enabled, "fromDate": settings.from_date, "toDate": settings.to_date }),
    )
    .await?;
    Ok(settings)
}
