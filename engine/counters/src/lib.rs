//! Per-day counters, the one table family for statistics (`daily_counters`): the content
//! filter's now, the traffic of the operations work and the ISP kit's usage snapshots later.
//! Counting happens on hot paths (every message, every RCPT), so [`Counters::add`] only bumps
//! a number in memory; a background task writes the sums every few seconds in one statement,
//! resolving domain names to domains there. A crash loses at most those seconds of counts —
//! statistics, never mail. Counts persist across restarts and add up across processes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDate;
use postbay_core::access::Principal;
use postbay_core::ids::DomainId;
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

/// How often the sums are written.
const FLUSH_EVERY: Duration = Duration::from_secs(5);
/// Most distinct (domain, counter) pairs held between writes; more are dropped with a
/// warning (a flood of unknown domains must not grow memory without bound).
const MAX_PENDING: usize = 100_000;
/// The longest span a statistics query covers.
const MAX_DAYS: i64 = 366;

/// Counts not yet written, by (domain name, counter name).
#[derive(Default)]
pub struct Counters {
    pending: Mutex<HashMap<(String, &'static str), i64>>,
}

impl Counters {
    /// Adds `n` to counter `name` of the mail domain `domain` (a name the server may not
    /// host: it then counts server-wide only).
    pub fn add(&self, domain: &str, name: &'static str, n: i64) {
        let Ok(mut pending) = self.pending.lock() else {
            return;
        };
        let key = (domain.to_ascii_lowercase(), name);
        if pending.len() >= MAX_PENDING && !pending.contains_key(&key) {
            tracing::warn!(
                name,
                "too many counters waiting to be written; dropping a count"
            );
            return;
        }
        *pending.entry(key).or_default() += n;
    }

    /// Writes what was counted, adding to what is stored. On failure the counts are kept
    /// for the next write.
    pub async fn flush(&self, pool: &PgPool) -> CoreResult<()> {
        let taken = match self.pending.lock() {
            Ok(mut pending) => std::mem::take(&mut *pending),
            Err(_) => return Ok(()),
        };
        if taken.is_empty() {
            return Ok(());
        }
        let mut domains = Vec::with_capacity(taken.len());
        let mut names = Vec::with_capacity(taken.len());
        let mut values = Vec::with_capacity(taken.len());
        for ((domain, name), value) in &taken {
            domains.push(domain.clone());
            names.push(name.to_string());
            values.push(*value);
        }
        let written = sqlx::query(
            "INSERT INTO daily_counters (day, scope, name, value)
             SELECT current_date, coalesce(n.domain_id, '00000000-0000-0000-0000-000000000000'),
                    c.name, sum(c.value)
             FROM unnest($1::text[], $2::text[], $3::bigint[]) AS c(domain, name, value)
             LEFT JOIN mail_domain_names n ON n.name = c.domain
             GROUP BY 1, 2, 3
             ON CONFLICT (day, scope, name) DO UPDATE SET value = daily_counters.value + EXCLUDED.value",
        )
        .bind(&domains)
        .bind(&names)
        .bind(&values)
        .execute(pool)
        .await;
        if let Err(e) = written {
            if let Ok(mut pending) = self.pending.lock() {
                for (key, value) in taken {
                    *pending.entry(key).or_default() += value;
                }
            }
            return Err(e.into());
        }
        Ok(())
    }

    /// Writes the sums every few seconds until `stop` turns true, then once more.
    pub async fn run(self: Arc<Self>, pool: PgPool, mut stop: tokio::sync::watch::Receiver<bool>) {
        let mut backoff =
            postbay_database::Backoff::new(Duration::from_millis(500), Duration::from_secs(30));
        loop {
            tokio::select! {
                _ = tokio::time::sleep(FLUSH_EVERY) => {}
                _ = stop.changed() => break,
            }
            match self.flush(&pool).await {
                Ok(()) => {
                    if backoff.succeeded() {
                        tracing::info!("writing counters works again");
                    }
                }
                Err(e) => {
                    let (wait, first) = backoff.failed();
                    if first {
                        tracing::warn!(error = %e, "writing counters failed; they are kept for the next try");
                    }
                    tokio::time::sleep(wait).await;
                }
            }
        }
        if let Err(e) = self.flush(&pool).await {
            tracing::warn!(error = %e, "writing the last counters failed");
        }
    }
}

/// The names of an account's usage counters (scope: the account).
pub mod usage {
    pub const MESSAGES_RECEIVED: &str = "usage.messages_received";
    pub const BYTES_RECEIVED: &str = "usage.bytes_received";
    pub const MESSAGES_SENT: &str = "usage.messages_sent";
    pub const BYTES_SENT: &str = "usage.bytes_sent";
    pub const RECIPIENTS_SENT: &str = "usage.recipients_sent";
}

/// Adds to per-day counters of any scope (an account's usage) in the caller's transaction:
/// exact, for numbers that are billed, where [`Counters::add`] is for statistics. Rows are
/// taken in one order, so concurrent writers do not deadlock.
pub async fn add_in(
    conn: &mut sqlx::PgConnection,
    counts: &[(uuid::Uuid, &'static str, i64)],
) -> CoreResult<()> {
    if counts.is_empty() {
        return Ok(());
    }
    let scopes: Vec<uuid::Uuid> = counts.iter().map(|c| c.0).collect();
    let names: Vec<&str> = counts.iter().map(|c| c.1).collect();
    let values: Vec<i64> = counts.iter().map(|c| c.2).collect();
    sqlx::query(
        "INSERT INTO daily_counters (day, scope, name, value)
         SELECT current_date, c.scope, c.name, sum(c.value)
           FROM unnest($1::uuid[], $2::text[], $3::bigint[]) AS c(scope, name, value)
          GROUP BY c.scope, c.name ORDER BY c.scope, c.name
         ON CONFLICT (day, scope, name) DO UPDATE SET value = daily_counters.value + EXCLUDED.value",
    )
    .bind(&scopes)
    .bind(&names)
    .bind(&values)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets every counter of `scopes` (accounts, domains, tenants being purged), in the
/// caller's transaction. What was billed of them is in their usage snapshots already.
pub async fn forget(conn: &mut sqlx::PgConnection, scopes: &[uuid::Uuid]) -> CoreResult<()> {
    sqlx::query("DELETE FROM daily_counters WHERE scope = ANY($1)")
        .bind(scopes)
        .execute(conn)
        .await?;
    Ok(())
}

/// Mail traffic per day: `messagesIn`/`bytesIn` (received for the domain's recipients, one
/// per recipient domain), `messagesOut`/`bytesOut` (accepted by remote servers, per recipient,
/// for the sender's domain).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TrafficStats {
    pub days: Vec<DayCounts>,
    /// The same, summed over the days.
    pub totals: std::collections::BTreeMap<String, i64>,
}

/// The traffic counters (`traffic.*`) for one domain or every domain the caller reaches.
pub async fn traffic(
    pool: &PgPool,
    principal: &Principal,
    q: &StatsQuery,
) -> CoreResult<TrafficStats> {
    let (days, totals) = query(pool, principal, "traffic.", q).await?;
    Ok(TrafficStats { days, totals })
}

/// Counts a message received for `domain` (once per recipient domain).
pub fn received(counters: &Counters, domain: &str, bytes: usize) {
    counters.add(domain, "traffic.messagesIn", 1);
    counters.add(domain, "traffic.bytesIn", bytes as i64);
}

/// Counts a recipient accepted by a remote server, for the sender's `domain`.
pub fn sent(counters: &Counters, domain: &str, bytes: usize) {
    counters.add(domain, "traffic.messagesOut", 1);
    counters.add(domain, "traffic.bytesOut", bytes as i64);
}

/// Which days a statistics query covers, and for which domain.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct StatsQuery {
    /// One domain; none: every domain the caller reaches (the server administrator's
    /// figures include mail for no hosted domain).
    pub domain_id: Option<DomainId>,
    /// First day (UTC), default 30 days before `to`.
    pub from: Option<NaiveDate>,
    /// Last day (UTC), default today; at most 366 days after `from`.
    pub to: Option<NaiveDate>,
}

/// One day's counters, by name.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DayCounts {
    pub day: NaiveDate,
    pub counts: std::collections::BTreeMap<String, i64>,
}

/// The counters whose names start with `prefix` (`spam.`), per day and in total, for the
/// domains the caller reaches.
pub async fn query(
    pool: &PgPool,
    principal: &Principal,
    prefix: &str,
    q: &StatsQuery,
) -> CoreResult<(Vec<DayCounts>, std::collections::BTreeMap<String, i64>)> {
    principal.require_admin()?;
    let to = q.to.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let from = q.from.unwrap_or(to - chrono::Duration::days(30));
    if from > to || (to - from).num_days() > MAX_DAYS {
        return Err(CoreError::invalid(
            "from",
            "out_of_range",
            "from must be on or before to, at most 366 days before it",
        ));
    }
    if let Some(domain) = q.domain_id {
        // Out of reach reads as not found, as everywhere.
        postbay_core::domains::get(pool, principal, domain).await?;
    }
    let scope = principal.filter();
    let rows: Vec<(NaiveDate, String, i64)> = sqlx::query_as(
        "SELECT c.day, c.name, sum(c.value)::bigint
         FROM daily_counters c
         LEFT JOIN domains d ON d.id = c.scope
         LEFT JOIN tenants t ON t.id = d.tenant_id
         WHERE c.day BETWEEN $1 AND $2 AND starts_with(c.name, $3)
           AND ($4::uuid IS NULL OR c.scope = $4)
           AND ($5::uuid IS NULL OR c.scope = $5)
           AND ($6::uuid IS NULL OR t.ancestors @> ARRAY[$6::uuid])
         GROUP BY 1, 2 ORDER BY 1, 2",
    )
    .bind(from)
    .bind(to)
    .bind(prefix)
    .bind(q.domain_id.map(|d| d.0))
    .bind(scope.domain)
    .bind(scope.tenant)
    .fetch_all(pool)
    .await?;
    let mut days: Vec<DayCounts> = Vec::new();
    let mut totals = std::collections::BTreeMap::new();
    for (day, name, value) in rows {
        let name = name.strip_prefix(prefix).unwrap_or(&name).to_string();
        *totals.entry(name.clone()).or_default() += value;
        match days.last_mut() {
            Some(last) if last.day == day => {
                last.counts.insert(name, value);
            }
            _ => days.push(DayCounts {
                day,
                counts: [(name, value)].into_iter().collect(),
            }),
        }
    }
    Ok((days, totals))
}
