//! `Idempotency-Key` records: the first response to a key is kept for 24 hours and replayed to
//! a retry with the same request; a different request under the same key is refused. Records
//! belong to the caller (account id or API key), so one caller's keys never answer another.

use sqlx::PgPool;

use crate::CoreResult;

/// What a request with a key finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// First use: the request runs, and its response is then recorded.
    Fresh,
    /// The same request was answered: its status and body.
    Replay(u16, Vec<u8>),
    /// The key was used with a different request.
    Mismatch,
    /// The same request is still running.
    InProgress,
}

/// Claims `key` for a request whose digest is `hash` (a record older than 24 hours is
/// forgotten first).
pub async fn claim(pool: &PgPool, principal: &str, key: &str, hash: &[u8]) -> CoreResult<Claim> {
    sqlx::query("DELETE FROM idempotency_records WHERE principal = $1 AND key = $2 AND created_at < now() - interval '24 hours'")
        .bind(principal)
        .bind(key)
        .execute(pool)
        .await?;
    let inserted = sqlx::query("INSERT INTO idempotency_records (principal, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(principal)
        .bind(key)
        .bind(hash)
        .execute(pool)
        .await?
        .rows_affected();
    if inserted == 1 {
        return Ok(Claim::Fresh);
    }
    let (stored_hash, status, body): (Vec<u8>, Option<i32>, Option<Vec<u8>>) =
        sqlx::query_as("SELECT request_hash, status_code, response_body FROM idempotency_records WHERE principal = $1 AND key = $2")
            .bind(principal)
            .bind(key)
            .fetch_one(pool)
            .await?;
    Ok(match (stored_hash == hash, status) {
        (false, _) => Claim::Mismatch,
        (true, None) => Claim::InProgress,
        (true, Some(s)) => Claim::Replay(u16::try_from(s).unwrap_or(200), body.unwrap_or_default()),
    })
}

/// Records the response to a claimed key, for replays.
pub async fn record(
    pool: &PgPool,
    principal: &str,
    key: &str,
    status: u16,
    body: &[u8],
) -> CoreResult<()> {
    sqlx::query("UPDATE idempotency_records SET status_code = $3, response_body = $4 WHERE principal = $1 AND key = $2")
        .bind(principal)
        .bind(key)
        .bind(i32::from(status))
        .bind(body)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets a claimed key (the request failed on the server's side: a retry runs again).
pub async fn forget(pool: &PgPool, principal: &str, key: &str) -> CoreResult<()> {
    sqlx::query("DELETE FROM idempotency_records WHERE principal = $1 AND key = $2")
        .bind(principal)
        .bind(key)
        .execute(pool)
        .await?;
    Ok(())
}

/// Drops every record older than 24 hours.
pub async fn purge(pool: &PgPool) -> CoreResult<()> {
    sqlx::query("DELETE FROM idempotency_records WHERE created_at < now() - interval '24 hours'")
        .execute(pool)
        .await?;
    Ok(())
}
