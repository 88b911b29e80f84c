//! POP-before-SMTP: an address that logged in over POP3 may relay over SMTP for the minutes
//! the SMTP settings give (`popBeforeSmtpMinutes`; 0 turns it off). Windows live in the
//! database, so every postbay process honours a login seen by any other.

use std::net::IpAddr;

use sqlx::PgPool;

use crate::error::CoreResult;

/// Opens (or extends) the relay window of `ip` after a successful POP3 login, when the
/// settings ask for one.
pub async fn open_window(pool: &PgPool, ip: IpAddr) -> CoreResult<()> {
    let minutes = crate::settings::smtp_security(pool)
        .await?
        .pop_before_smtp_minutes;
    if minutes == 0 {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO relay_windows (address, expires_at) VALUES ($1::inet, now() + make_interval(mins => $2))
         ON CONFLICT (address) DO UPDATE SET expires_at = EXCLUDED.expires_at",
    )
    .bind(ip.to_canonical().to_string())
    .bind(i32::try_from(minutes).unwrap_or(i32::MAX))
    .execute(pool)
    .await?;
    Ok(())
}

/// Whether `ip` may relay now thanks to a recent POP3 login.
pub async fn window_open(pool: &PgPool, ip: IpAddr) -> CoreResult<bool> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM relay_windows WHERE address = $1::inet AND expires_at > now())",
    )
    .bind(ip.to_canonical().to_string())
    .fetch_one(pool)
    .await?)
}
