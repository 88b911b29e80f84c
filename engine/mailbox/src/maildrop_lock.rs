//! The POP3 maildrop lock (`pop3_locks`): one session per maildrop across processes, as RFC
//! 1939 asks, held as a lease the session keeps extending, so a process that dies loses it.

use sqlx::PgPool;
use uuid::Uuid;

/// Takes the maildrop lock of `account` for `holder` for `lease_seconds`, unless a live
/// session holds it; false when one does.
pub async fn take(
    pool: &PgPool,
    account: Uuid,
    holder: Uuid,
    lease_seconds: i64,
) -> Result<bool, sqlx::Error> {
    let taken: Option<Uuid> = sqlx::query_scalar(
        "INSERT INTO pop3_locks (account_id, holder, expires_at)
         VALUES ($1, $2, now() + make_interval(secs => $3))
         ON CONFLICT (account_id) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
         WHERE pop3_locks.expires_at < now()
         RETURNING holder",
    )
    .bind(account)
    .bind(holder)
    .bind(lease_seconds as f64)
    .fetch_optional(pool)
    .await?;
    Ok(taken == Some(holder))
}

/// Extends `holder`'s lock by `lease_seconds`; false when the lock is no longer its.
pub async fn refresh(
    pool: &PgPool,
    account: Uuid,
    holder: Uuid,
    lease_seconds: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE pop3_locks SET expires_at = now() + make_interval(secs => $3)
         WHERE account_id = $1 AND holder = $2",
    )
    .bind(account)
    .bind(holder)
    .bind(lease_seconds as f64)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives the lock back, if `holder` still has it.
pub async fn release(pool: &PgPool, account: Uuid, holder: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM pop3_locks WHERE account_id = $1 AND holder = $2")
        .bind(account)
        .bind(holder)
        .execute(pool)
        .await?;
    Ok(())
}
