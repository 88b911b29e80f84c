//! The snapshot job. On every hour the current day's rows are written again (storage as it stands,
//! the day's peak, the day's traffic so far); once a day has ended it is written a last time
//! and closed (`usage_days`), after which its rows never change. Account rows come from one
//! statement over `accounts` and the day's `usage.*` counters; domain and tenant rows are sums
//! of the day's account rows, so they include accounts deleted since the day began.

use std::time::Duration;

use chrono::{NaiveDate, Utc};
use postbay_core::error::CoreResult;
use sqlx::{PgConnection, PgPool};
use tokio::sync::watch;

use postbay_counters::usage as names;

/// How often the current day is written again.
const EVERY: Duration = Duration::from_secs(3600);
/// Snapshots kept: 13 months.
const KEEP_DAYS: i32 = 396;

/// Writes the day's snapshots: account rows, then the domain and tenant roll-ups. `closing`:
/// the day has ended — storage is taken as it is now (minutes after midnight) unless it was
/// already recorded, and the day is closed.
pub async fn write_day(conn: &mut PgConnection, day: NaiveDate, closing: bool) -> CoreResult<u64> {
    let accounts = sqlx::query(&format!(
        "INSERT INTO usage_snapshots AS u (day, scope_kind, scope_id, tenant_path, domain_id, name,
             storage_bytes, storage_messages, peak_storage_bytes, messages_received, bytes_received,
             messages_sent, bytes_sent, recipients_sent, active_mailboxes)
         SELECT $1, 'account', a.id, t.ancestors, a.domain_id, a.login || '@' || d.name,
                a.used_bytes, a.used_messages,
                GREATEST(a.used_bytes, CASE WHEN a.peak_day = $1 THEN a.peak_bytes ELSE 0 END),
                COALESCE(c.mr, 0), COALESCE(c.br, 0), COALESCE(c.ms, 0), COALESCE(c.bs, 0), COALESCE(c.rs, 0),
                CASE WHEN a.status IN ('disabled', 'pending_deletion') THEN 0 ELSE 1 END
           FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
           LEFT JOIN (SELECT scope,
                             sum(value) FILTER (WHERE name = '{mr}') AS mr, sum(value) FILTER (WHERE name = '{br}') AS br,
                             sum(value) FILTER (WHERE name = '{ms}') AS ms, sum(value) FILTER (WHERE name = '{bs}') AS bs,
                             sum(value) FILTER (WHERE name = '{rs}') AS rs
                        FROM daily_counters WHERE day = $1 AND name LIKE 'usage.%' GROUP BY scope) c ON c.scope = a.id
         ON CONFLICT (day, scope_id) DO UPDATE SET
             tenant_path = EXCLUDED.tenant_path, name = EXCLUDED.name,
             storage_bytes = CASE WHEN $2 THEN u.storage_bytes ELSE EXCLUDED.storage_bytes END,
             storage_messages = CASE WHEN $2 THEN u.storage_messages ELSE EXCLUDED.storage_messages END,
             peak_storage_bytes = GREATEST(u.peak_storage_bytes,
                 CASE WHEN $2 THEN 0 ELSE EXCLUDED.peak_storage_bytes END),
             messages_received = EXCLUDED.messages_received, bytes_received = EXCLUDED.bytes_received,
             messages_sent = EXCLUDED.messages_sent, bytes_sent = EXCLUDED.bytes_sent,
             recipients_sent = EXCLUDED.recipients_sent,
             active_mailboxes = CASE WHEN $2 THEN u.active_mailboxes ELSE EXCLUDED.active_mailboxes END",
        mr = names::MESSAGES_RECEIVED,
        br = names::BYTES_RECEIVED,
        ms = names::MESSAGES_SENT,
        bs = names::BYTES_SENT,
        rs = names::RECIPIENTS_SENT,
    ))
    .bind(day)
    .bind(closing)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    const SUMS: &str = "sum(a.storage_bytes), sum(a.storage_messages), sum(a.peak_storage_bytes),
        sum(a.messages_received), sum(a.bytes_received), sum(a.messages_sent), sum(a.bytes_sent),
        sum(a.recipients_sent), sum(a.active_mailboxes)";
    const UPDATE: &str = "ON CONFLICT (day, scope_id) DO UPDATE SET tenant_path = EXCLUDED.tenant_path,
        name = EXCLUDED.name, storage_bytes = EXCLUDED.storage_bytes,
        storage_messages = EXCLUDED.storage_messages, peak_storage_bytes = EXCLUDED.peak_storage_bytes,
        messages_received = EXCLUDED.messages_received, bytes_received = EXCLUDED.bytes_received,
        messages_sent = EXCLUDED.messages_sent, bytes_sent = EXCLUDED.bytes_sent,
        recipients_sent = EXCLUDED.recipients_sent, active_mailboxes = EXCLUDED.active_mailboxes";
    const COLUMNS: &str = "(day, scope_kind, scope_id, tenant_path, domain_id, name, storage_bytes,
        storage_messages, peak_storage_bytes, messages_received, bytes_received, messages_sent,
        bytes_sent, recipients_sent, active_mailboxes)";
    sqlx::query(&format!(
        "INSERT INTO usage_snapshots {COLUMNS}
         SELECT $1, 'domain', a.domain_id, min(a.tenant_path), a.domain_id,
                split_part(min(a.name), '@', 2), {SUMS}
           FROM usage_snapshots a WHERE a.day = $1 AND a.scope_kind = 'account'
          GROUP BY a.domain_id
         {UPDATE}"
    ))
    .bind(day)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!(
        "INSERT INTO usage_snapshots {COLUMNS}
         SELECT $1, 'tenant', p.tenant, min(a.tenant_path[1:p.depth]), NULL,
                COALESCE((SELECT x.name FROM tenants x WHERE x.id = p.tenant), ''), {SUMS}
           FROM usage_snapshots a, unnest(a.tenant_path) WITH ORDINALITY AS p(tenant, depth)
          WHERE a.day = $1 AND a.scope_kind = 'account'
          GROUP BY p.tenant
         {UPDATE}"
    ))
    .bind(day)
    .execute(&mut *conn)
    .await?;
    if closing {
        sqlx::query("INSERT INTO usage_days (day) VALUES ($1) ON CONFLICT DO NOTHING")
            .bind(day)
            .execute(&mut *conn)
            .await?;
    }
    Ok(accounts)
}

/// One pass asked for now (`takeUsageSnapshot`): yesterday closed if it is not yet, today
/// written again. A pass another node is running is waited for. Returns today's account rows.
pub async fn pass(pool: &PgPool) -> CoreResult<u64> {
    Ok(scheduled_pass(pool, true, true).await?.unwrap_or(0))
}

/// A pass: `wait` for another node's to end (else skip when one is running); `today`: write
/// the current day too, not only close yesterday. `None` when skipped.
async fn scheduled_pass(pool: &PgPool, wait: bool, today: bool) -> CoreResult<Option<u64>> {
    let mut tx = pool.begin().await?;
    let lock = if wait {
        "SELECT pg_advisory_xact_lock(hashtext('postbay_usage')) IS NOT NULL"
    } else {
        "SELECT pg_try_advisory_xact_lock(hashtext('postbay_usage'))"
    };
    let ours: bool = sqlx::query_scalar(lock).fetch_one(&mut *tx).await?;
    if !ours {
        return Ok(None);
    }
    let now = Utc::now().date_naive();
    if let Some(yesterday) = now.pred_opt() {
        let closed: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM usage_days WHERE day = $1)")
                .bind(yesterday)
                .fetch_one(&mut *tx)
                .await?;
        if !closed {
            write_day(&mut tx, yesterday, true).await?;
        }
    }
    let accounts = if today {
        write_day(&mut tx, now, false).await?
    } else {
        0
    };
    sqlx::query("DELETE FROM usage_snapshots WHERE day < current_date - $1")
        .bind(KEEP_DAYS)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(accounts))
}

/// Until `stop` turns true: at start, closes yesterday if no node has; then on the hour, every
/// hour. Every node runs this at the same clock time and the first to take the lock does the
/// pass, so it is done once per hour however many nodes there are (and a restart costs nothing
/// but the check).
pub async fn run(pool: PgPool, mut stop: watch::Receiver<bool>) {
    let mut today = false;
    loop {
        if let Err(e) = scheduled_pass(&pool, false, today).await {
            tracing::warn!(error = %e, "usage snapshots failed; tried again within the hour");
        }
        today = true;
        let into_hour = Utc::now().timestamp().rem_euclid(EVERY.as_secs() as i64) as u64;
        let wait = EVERY.saturating_sub(Duration::from_secs(into_hour)) + Duration::from_secs(1);
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = stop.changed() => return,
        }
    }
}
