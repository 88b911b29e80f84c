//! The outbound queue (`outbound_queue`, `outbound_recipients`, `outbound_attempts`) and its
//! one writer, as Postfix has one queue manager: the delivery pipeline enqueues through
//! [`enqueue`], administrators' actions change recipients through [`change_recipients`] and
//! the flushes, and the delivery workers claim due recipients (grouped by message and domain)
//! with `FOR UPDATE SKIP LOCKED`, record outcomes, take back the claims of processes that
//! stopped, and find what the senders must be told. Each worker step is one short
//! transaction; none is held while a peer is talked to.
//!
//! Architecture invariant: no other crate writes these tables.

use chrono::{DateTime, Utc};
use postbay_ids::{DeliveryProcessId, QueueId};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

/// One message to queue for external recipients.
pub struct NewEntry {
    pub id: QueueId,
    pub content_id: Uuid,
    pub envelope_from: Option<String>,
    /// DSN parameters of the message (`ret`, `envid`).
    pub dsn: serde_json::Value,
    pub size: i64,
    pub recipients: Vec<NewRecipient>,
    /// The hosted name it is DKIM-signed as when it leaves.
    pub dkim_domain: Option<String>,
}

/// One external recipient of a queued message.
pub struct NewRecipient {
    pub address: String,
    /// Lower-case domain of the address, what routing and flushes go by.
    pub domain: String,
    /// The recipient's DSN NOTIFY values joined with commas; empty for the default.
    pub notify: String,
    /// The recipient's ORCPT, `type;address`.
    pub orcpt: Option<String>,
}

/// Queues `entries` inside the caller's transaction (the pipeline's batch) with two
/// statements. A recipient of a domain forwarded in ETRN or scheduled mode is held for its
/// flush; in offline mode every recipient waits for the scheduled one.
pub async fn enqueue(conn: &mut PgConnection, entries: &[NewEntry]) -> Result<(), sqlx::Error> {
    if entries.is_empty() {
        return Ok(());
    }
    let ids: Vec<Uuid> = entries.iter().map(|e| e.id.0).collect();
    let contents: Vec<Uuid> = entries.iter().map(|e| e.content_id).collect();
    let from: Vec<Option<&str>> = entries.iter().map(|e| e.envelope_from.as_deref()).collect();
    let dsn: Vec<&serde_json::Value> = entries.iter().map(|e| &e.dsn).collect();
    let sizes: Vec<i64> = entries.iter().map(|e| e.size).collect();
    let signing: Vec<Option<&str>> = entries.iter().map(|e| e.dkim_domain.as_deref()).collect();
    sqlx::query(
        "INSERT INTO outbound_queue (id, content_id, envelope_from, dsn, size, dkim_domain)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::bigint[], $6::text[])",
    )
    .bind(&ids)
    .bind(&contents)
    .bind(&from)
    .bind(&dsn)
    .bind(&sizes)
    .bind(&signing)
    .execute(&mut *conn)
    .await?;
    let (mut r_entries, mut r_positions, mut r_addresses, mut r_domains, mut r_notify, mut r_orcpt) = (
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    );
    for e in entries {
        for (position, r) in e.recipients.iter().enumerate() {
            r_entries.push(e.id);
            r_positions.push(i32::try_from(position).unwrap_or(i32::MAX));
            r_addresses.push(r.address.as_str());
            r_domains.push(r.domain.as_str());
            r_notify.push(r.notify.as_str());
            r_orcpt.push(r.orcpt.as_deref());
        }
    }
    sqlx::query(
        "INSERT INTO outbound_recipients (queue_id, position, address, domain, notify, orcpt, status, held_for)
         SELECT q, p, a, d, string_to_array(n, ','), o,
                CASE WHEN hold IS NULL THEN 'queued' ELSE 'held' END, hold
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
              AS x(q, p, a, d, n, o),
         -- A domain forwarded in ETRN or scheduled mode waits for its flush; in offline
         -- mode everything waits for the scheduled one.
         LATERAL (SELECT CASE
             WHEN f.mode = 'etrn' THEN 'etrn'
             WHEN f.mode = 'scheduled' THEN 'schedule'
             WHEN (SELECT (value->>'offline')::boolean FROM server_settings WHERE key = 'delivery') THEN 'schedule'
             END AS hold
             FROM (SELECT (SELECT dd.mail_settings->'forwarding'->>'mode' FROM mail_domain_names m
                           JOIN domains dd ON dd.id = m.domain_id WHERE m.name = x.d) AS mode) f) h",
    )
    .bind(&r_entries)
    .bind(&r_positions)
    .bind(&r_addresses)
    .bind(&r_domains)
    .bind(&r_notify)
    .bind(&r_orcpt)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What an administrator does to waiting recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientChange {
    /// Queued and deferred recipients become due now.
    RetryNow,
    /// No attempt until released.
    Hold,
    /// Held recipients become due now.
    Release,
    /// Waiting recipients fail; `bounce` says whether the sender is told.
    Remove { bounce: bool },
}

impl RecipientChange {
    /// The assignment, and the states it applies to.
    fn sql(self) -> (&'static str, &'static str) {
        match self {
            Self::RetryNow => ("next_attempt_at = now()", "('queued', 'deferred')"),
            Self::Hold => (
                "status = 'held', held_for = 'admin'",
                "('queued', 'deferred', 'held')",
            ),
            Self::Release => (
                "status = 'queued', held_for = NULL, next_attempt_at = now()",
                "('held')",
            ),
            Self::Remove { bounce: true } => (
                "status = 'failed', held_for = NULL, status_code = '5.0.0', reported = false,
                 last_reply = 'Removed from the queue by the administrator'",
                "('queued', 'deferred', 'held')",
            ),
            Self::Remove { bounce: false } => (
                "status = 'failed', held_for = NULL, status_code = '5.0.0', reported = true,
                 last_reply = 'Removed from the queue by the administrator'",
                "('queued', 'deferred', 'held')",
            ),
        }
    }
}

/// Which recipients of the selected entries a change applies to (each `None`: any).
#[derive(Debug, Clone, Default)]
pub struct RecipientFilter {
    /// A `LIKE` pattern on the lower-case address.
    pub address_like: Option<String>,
    pub domain: Option<String>,
    /// A recipient state (`queued`, `deferred`, ...).
    pub state: Option<&'static str>,
}

/// Applies `change` to the recipients of `entries` that `filter` picks, inside the caller's
/// transaction (with its audit event); returns how many changed. A recipient being delivered
/// at this moment finishes its attempt.
pub async fn change_recipients(
    conn: &mut PgConnection,
    entries: &[QueueId],
    change: RecipientChange,
    filter: &RecipientFilter,
) -> Result<u64, sqlx::Error> {
    let (assignment, from) = change.sql();
    let mut qb: QueryBuilder<'_, Postgres> = QueryBuilder::new(format!(
        "UPDATE outbound_recipients r SET {assignment} WHERE r.queue_id = ANY("
    ));
    qb.push_bind(entries.iter().map(|e| e.0).collect::<Vec<Uuid>>());
    qb.push(format!(") AND r.status IN {from}"));
    if let Some(like) = &filter.address_like {
        qb.push(" AND lower(r.address) LIKE ");
        qb.push_bind(like);
    }
    if let Some(domain) = &filter.domain {
        qb.push(" AND r.domain = ");
        qb.push_bind(domain);
    }
    if let Some(state) = filter.state {
        qb.push(" AND r.status = ");
        qb.push_bind(state);
    }
    Ok(qb.build().execute(conn).await?.rows_affected())
}

/// Flushes a domain: its deferred and queued recipients, and those held for ETRN or the
/// schedule, become due now. With `subdomains`, theirs too. What an administrator holds stays
/// held. `domain` is lower case without a trailing dot.
pub async fn flush_domain(
    pool: &PgPool,
    domain: &str,
    subdomains: bool,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbound_recipients SET status = 'queued', held_for = NULL, next_attempt_at = now()
         WHERE (domain = $1 OR ($2 AND domain LIKE '%.' || $1))
           AND (status IN ('queued', 'deferred') OR (status = 'held' AND held_for <> 'admin'))",
    )
    .bind(domain)
    .bind(subdomains)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// The scheduled flush: what waits for the schedule and every deferred recipient become due.
pub async fn flush_scheduled(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbound_recipients SET status = 'queued', held_for = NULL, next_attempt_at = now()
         WHERE status = 'deferred' OR (status = 'held' AND held_for = 'schedule')",
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// How long a process may go without a heartbeat before its claims are taken back.
pub const STALE_AFTER_SECONDS: f64 = 15.0;

/// A recipient claimed for an attempt.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub queue_id: QueueId,
    pub position: i32,
    pub address: String,
    pub domain: String,
    pub notify: Vec<String>,
    pub orcpt: Option<String>,
}

/// A queued message, as an attempt needs it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Entry {
    pub content_id: Uuid,
    pub envelope_from: Option<String>,
    pub dsn: sqlx::types::Json<serde_json::Value>,
    pub created_at: DateTime<Utc>,
    /// The hosted name it is DKIM-signed as; `None`: not signed.
    pub dkim_domain: Option<String>,
    /// The message's Message-ID as parsed when it was stored (for the mail log).
    pub message_id: Option<String>,
}

impl Entry {
    pub fn ret(&self) -> Option<String> {
        self.dsn
            .0
            .get("ret")
            .and_then(|v| v.as_str())
            .map(str::to_string)
    }

    pub fn envid(&self) -> Option<String> {
        self.dsn
            .0
            .get("envid")
            .and_then(|v| v.as_str())
            .map(str::to_string)
    }
}

/// Marks this process alive (and registers it).
pub async fn heartbeat(pool: &PgPool, process: DeliveryProcessId) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO delivery_processes (id, heartbeat_at) VALUES ($1, now())
         ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()",
    )
    .bind(process)
    .execute(pool)
    .await?;
    Ok(())
}

/// Takes back the claims of processes whose heartbeat stopped (a crash): those recipients are
/// due again. Returns how many; they may reach their peer twice if it had already accepted.
pub async fn recover(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbound_recipients r SET status = 'deferred', claimed_by = NULL
         WHERE r.status = 'sending' AND NOT EXISTS (
             SELECT 1 FROM delivery_processes p WHERE p.id = r.claimed_by
             AND p.heartbeat_at > now() - make_interval(secs => $1))",
    )
    .bind(STALE_AFTER_SECONDS)
    .execute(pool)
    .await?;
    sqlx::query("DELETE FROM delivery_processes WHERE heartbeat_at < now() - interval '1 day'")
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// Gives back this process's claims that no attempt of its holds any more (an outcome that
/// could not be recorded, an attempt that panicked): due again at once.
pub async fn release_orphans(
    pool: &PgPool,
    process: DeliveryProcessId,
    in_flight: &[(QueueId, i32)],
) -> Result<u64, sqlx::Error> {
    let (queues, positions): (Vec<Uuid>, Vec<i32>) =
        in_flight.iter().map(|(q, p)| (q.0, *p)).unzip();
    let done = sqlx::query(
        "UPDATE outbound_recipients r SET status = 'deferred', claimed_by = NULL
         WHERE r.status = 'sending' AND r.claimed_by = $1
           AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::int[]) AS f(q, p)
                           WHERE f.q = r.queue_id AND f.p = r.position)",
    )
    .bind(process)
    .bind(&queues)
    .bind(&positions)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// This process stops: what it had claimed is due again at once, and it is forgotten.
pub async fn resign(pool: &PgPool, process: DeliveryProcessId) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbound_recipients SET status = 'deferred', claimed_by = NULL
         WHERE status = 'sending' AND claimed_by = $1",
    )
    .bind(process)
    .execute(pool)
    .await?;
    sqlx::query("DELETE FROM delivery_processes WHERE id = $1")
        .bind(process)
        .execute(pool)
        .await?;
    Ok(())
}

/// Recipients in one SMTP transaction at most (RFC 5321 section 4.5.3.1.8 asks peers to take
/// 100); the rest of a (message, domain) pair goes in the next.
pub const MAX_RCPTS: i64 = 100;

/// Claims the due recipients of up to `groups` (message, domain) pairs for `process`, at most
/// `MAX_RCPTS` each: each pair is one SMTP transaction. Every lock is taken with SKIP LOCKED,
/// so processes claiming at once never wait for each other (nor deadlock); a pair another
/// process holds part of is shared between them, recipient by recipient.
pub async fn claim(
    pool: &PgPool,
    process: DeliveryProcessId,
    groups: i64,
) -> Result<Vec<Vec<Claimed>>, sqlx::Error> {
    let rows: Vec<Claimed> = sqlx::query_as(
        "WITH due AS (
             SELECT queue_id, domain FROM outbound_recipients
             WHERE status IN ('queued', 'deferred') AND next_attempt_at <= now()
             ORDER BY next_attempt_at
             LIMIT $1 * 4
             FOR UPDATE SKIP LOCKED),
         pairs AS (SELECT DISTINCT queue_id, domain FROM due LIMIT $1),
         firsts AS (
             SELECT queue_id, position FROM (
                 SELECT r.queue_id, r.position,
                        row_number() OVER (PARTITION BY r.queue_id, r.domain ORDER BY r.position) AS n
                 FROM outbound_recipients r JOIN pairs p ON p.queue_id = r.queue_id AND p.domain = r.domain
                 WHERE r.status IN ('queued', 'deferred') AND r.next_attempt_at <= now()) x
             WHERE n <= $3),
         locked AS (
             SELECT r.queue_id, r.position FROM outbound_recipients r
             JOIN firsts f ON f.queue_id = r.queue_id AND f.position = r.position
             WHERE r.status IN ('queued', 'deferred') AND r.next_attempt_at <= now()
             FOR UPDATE OF r SKIP LOCKED)
         UPDATE outbound_recipients r
         SET status = 'sending', claimed_by = $2, attempts = r.attempts + 1, last_attempt_at = now()
         FROM locked
         WHERE r.queue_id = locked.queue_id AND r.position = locked.position
         RETURNING r.queue_id, r.position, r.address, r.domain, r.notify, r.orcpt",
    )
    .bind(groups)
    .bind(process)
    .bind(MAX_RCPTS)
    .fetch_all(pool)
    .await?;
    let mut grouped: Vec<Vec<Claimed>> = Vec::new();
    let mut sorted = rows;
    sorted.sort_by(|a, b| {
        (a.queue_id, &a.domain, a.position).cmp(&(b.queue_id, &b.domain, b.position))
    });
    for row in sorted {
        match grouped.last_mut() {
            Some(g) if g[0].queue_id == row.queue_id && g[0].domain == row.domain => g.push(row),
            _ => grouped.push(vec![row]),
        }
    }
    Ok(grouped)
}

pub async fn entry(pool: &PgPool, id: QueueId) -> Result<Option<Entry>, sqlx::Error> {
    sqlx::query_as(
        "SELECT q.content_id, q.envelope_from, q.dsn, q.created_at, q.dkim_domain,
                c.summary->>'messageId' AS message_id
         FROM outbound_queue q JOIN message_contents c ON c.id = q.content_id WHERE q.id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// What became of one recipient's attempt.
#[derive(Debug, Clone)]
pub struct AttemptResult {
    pub position: i32,
    pub state: Final,
    /// The reply or error, as the queue view and a report show it.
    pub reply: String,
    /// Enhanced status code.
    pub status: String,
    pub remote_host: Option<String>,
    /// For a success: whether the sender asked to hear of it (NOTIFY=SUCCESS).
    pub report: bool,
}

/// An attempt's outcome for a recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Final {
    Delivered,
    /// Retried after the retry interval.
    Deferred,
    /// Waits for the next flush: `etrn` or `schedule` (see `held_for`).
    Held(&'static str),
    Failed,
}

impl Final {
    fn as_str(self) -> &'static str {
        match self {
            Self::Delivered => "delivered",
            Self::Deferred => "deferred",
            Self::Held(_) => "held",
            Self::Failed => "failed",
        }
    }
}

/// Records the outcomes of one attempt (only for recipients this process still holds: one an
/// administrator removed meanwhile stays removed), with the attempt history, in one
/// transaction.
pub async fn record(
    pool: &PgPool,
    process: DeliveryProcessId,
    queue_id: QueueId,
    results: &[AttemptResult],
    retry_minutes: u32,
) -> Result<(), sqlx::Error> {
    let positions: Vec<i32> = results.iter().map(|r| r.position).collect();
    let states: Vec<&str> = results.iter().map(|r| r.state.as_str()).collect();
    let replies: Vec<&str> = results.iter().map(|r| r.reply.as_str()).collect();
    let statuses: Vec<&str> = results.iter().map(|r| r.status.as_str()).collect();
    let hosts: Vec<Option<&str>> = results.iter().map(|r| r.remote_host.as_deref()).collect();
    let held_for: Vec<Option<&str>> = results
        .iter()
        .map(|r| match r.state {
            Final::Held(kind) => Some(kind),
            _ => None,
        })
        .collect();
    // A delivered recipient needs a report only when the sender asked for one.
    let reported: Vec<bool> = results
        .iter()
        .map(|r| r.state == Final::Delivered && !r.report)
        .collect();
    let mut tx = pool.begin().await?;
    sqlx::query(
        "UPDATE outbound_recipients r SET status = d.state, last_reply = d.reply,
             status_code = d.status, remote_host = d.host, reported = d.reported, claimed_by = NULL,
             held_for = d.held_for,
             next_attempt_at = CASE WHEN d.state = 'deferred'
                 THEN now() + make_interval(mins => $8) ELSE r.next_attempt_at END
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $10::text[])
              AS d(position, state, reply, status, host, reported, held_for)
         WHERE r.queue_id = $1 AND r.position = d.position AND r.status = 'sending' AND r.claimed_by = $9",
    )
    .bind(queue_id)
    .bind(&positions)
    .bind(&states)
    .bind(&replies)
    .bind(&statuses)
    .bind(&hosts)
    .bind(&reported)
    .bind(i32::try_from(retry_minutes).unwrap_or(i32::MAX))
    .bind(process)
    .bind(&held_for)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO outbound_attempts (queue_id, position, remote_host, reply, outcome)
         SELECT $1, d.position, d.host, d.reply, d.state
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS d(position, state, reply, host)",
    )
    .bind(queue_id)
    .bind(&positions)
    .bind(&states)
    .bind(&replies)
    .bind(&hosts)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// A recipient the sender is to be told about.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ToReport {
    pub position: i32,
    pub address: String,
    pub status: String,
    pub status_code: Option<String>,
    pub last_reply: Option<String>,
    pub notify: Vec<String>,
    pub orcpt: Option<String>,
}

/// Claims up to `limit` messages with outcomes the sender has not been told of (for two
/// minutes: a process that stops meanwhile leaves them to another).
pub async fn claim_reports(pool: &PgPool, limit: i64) -> Result<Vec<(QueueId, i32)>, sqlx::Error> {
    sqlx::query_as(
        "UPDATE outbound_queue q SET report_claimed_until = now() + interval '2 minutes',
             report_attempts = q.report_attempts + 1
         WHERE q.id IN (
             SELECT q2.id FROM outbound_queue q2
             WHERE (q2.report_claimed_until IS NULL OR q2.report_claimed_until < now())
               AND EXISTS (SELECT 1 FROM outbound_recipients r WHERE r.queue_id = q2.id
                           AND r.status IN ('delivered', 'failed') AND NOT r.reported)
             LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING q.id, q.report_attempts",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
}

pub async fn unreported(pool: &PgPool, queue_id: QueueId) -> Result<Vec<ToReport>, sqlx::Error> {
    sqlx::query_as(
        "SELECT position, address, status, status_code, last_reply, notify, orcpt
         FROM outbound_recipients
         WHERE queue_id = $1 AND status IN ('delivered', 'failed') AND NOT reported ORDER BY position",
    )
    .bind(queue_id)
    .fetch_all(pool)
    .await
}

/// The sender has been told (or needs not be) of these recipients.
pub async fn mark_reported(
    pool: &PgPool,
    queue_id: QueueId,
    positions: &[i32],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbound_recipients SET reported = true WHERE queue_id = $1 AND position = ANY($2)",
    )
    .bind(queue_id)
    .bind(positions)
    .execute(pool)
    .await?;
    sqlx::query(
        "UPDATE outbound_queue SET report_claimed_until = NULL, report_attempts = 0 WHERE id = $1",
    )
    .bind(queue_id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Claims up to `limit` messages queued more than `minutes` ago that still wait for a
/// recipient and whose sender has not been warned: marked warned now (a warning lost to a
/// crash is not sent again; it is only a courtesy).
pub async fn claim_warnings(
    pool: &PgPool,
    minutes: u32,
    limit: i64,
) -> Result<Vec<QueueId>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE outbound_queue q SET warned_at = now()
         WHERE q.id IN (
             SELECT q2.id FROM outbound_queue q2
             WHERE q2.warned_at IS NULL AND q2.created_at < now() - make_interval(mins => $1)
               AND EXISTS (SELECT 1 FROM outbound_recipients r WHERE r.queue_id = q2.id
                           AND (r.status IN ('deferred', 'sending')
                                OR (r.status = 'held' AND r.held_for <> 'admin')))
             LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING q.id",
    )
    .bind(i32::try_from(minutes).unwrap_or(i32::MAX))
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// The recipients of a message still being retried (for a delay warning).
pub async fn delayed(pool: &PgPool, queue_id: QueueId) -> Result<Vec<ToReport>, sqlx::Error> {
    sqlx::query_as(
        "SELECT position, address, status, status_code, last_reply, notify, orcpt
         FROM outbound_recipients
         WHERE queue_id = $1 AND (status IN ('deferred', 'sending') OR (status = 'held' AND held_for <> 'admin'))
         ORDER BY position",
    )
    .bind(queue_id)
    .fetch_all(pool)
    .await
}

/// Recipients still waiting past the lifetime fail now (5.4.7), held ones too unless an
/// administrator holds them; the sender hears of it with the last reply they got.
pub async fn expire(pool: &PgPool, lifetime_minutes: u32) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbound_recipients r SET status = 'failed', held_for = NULL, reported = false, status_code = '5.4.7',
             last_reply = 'Delivery time expired; last reply: ' || coalesce(r.last_reply, 'none')
         FROM outbound_queue q
         WHERE q.id = r.queue_id
           AND (r.status IN ('queued', 'deferred') OR (r.status = 'held' AND r.held_for <> 'admin'))
           AND q.created_at < now() - make_interval(mins => $1)",
    )
    .bind(i32::try_from(lifetime_minutes).unwrap_or(i32::MAX))
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Drops messages with nothing left to deliver or report, and their content references.
pub async fn clean(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let gone: Vec<Uuid> = sqlx::query_scalar(
        "DELETE FROM outbound_queue q WHERE q.id IN (
             SELECT q2.id FROM outbound_queue q2 WHERE NOT EXISTS (
                 SELECT 1 FROM outbound_recipients r WHERE r.queue_id = q2.id
                 AND (r.status IN ('queued', 'deferred', 'sending', 'held') OR NOT r.reported))
             LIMIT 1000 FOR UPDATE SKIP LOCKED)
         RETURNING q.content_id",
    )
    .fetch_all(&mut *tx)
    .await?;
    let mut per_content = std::collections::BTreeMap::new();
    for content in &gone {
        *per_content.entry(*content).or_insert(0i64) += 1;
    }
    if !per_content.is_empty() {
        postbay_mailbox::release_contents(&mut tx, &per_content)
            .await
            .map_err(|e| match e {
                postbay_mailbox::MailboxError::Database(e) => e,
                other => sqlx::Error::Protocol(other.to_string()),
            })?;
    }
    tx.commit().await?;
    Ok(gone.len() as u64)
}
