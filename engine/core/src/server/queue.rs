//! The outbound queue as an administrator sees and steers it: entries with each recipient's
//! state and history, retry now, hold and release, remove (with or without a bounce), flush a
//! domain, and counters. The delivery workers (`postbay-outbound`) do the delivering; this
//! only changes recipients' states, which they pick up.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::ids::QueueId;

use postbay_queue::{RecipientChange, RecipientFilter};

use crate::access::Principal;
use crate::list::{PageParams, page_type, prefix_like};
use crate::settings::record;
use crate::{CoreError, CoreResult};

/// Where a recipient stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RecipientState {
    /// Waiting for its first attempt.
    Queued,
    /// A temporary failure; retried at `nextAttemptAt`.
    Deferred,
    /// Being delivered now.
    Sending,
    /// Held by an administrator, ETRN or the schedule.
    Held,
    Delivered,
    Failed,
}

crate::stored_as_text!(RecipientState {
    Queued => "queued",
    Deferred => "deferred",
    Sending => "sending",
    Held => "held",
    Delivered => "delivered",
    Failed => "failed",
});

/// One delivery attempt.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QueueAttempt {
    pub attempted_at: DateTime<Utc>,
    pub remote_host: Option<String>,
    /// The peer's reply, or what went wrong before one came.
    pub reply: String,
    /// `delivered`, `deferred` or `failed`.
    pub outcome: String,
}

/// A recipient of a queued message.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QueueRecipient {
    pub address: String,
    pub state: RecipientState,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub last_reply: Option<String>,
    pub remote_host: Option<String>,
    /// Every attempt, oldest first (only in `getQueueEntry`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<QueueAttempt>,
}

/// A queued message.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QueueEntry {
    pub id: QueueId,
    /// The envelope sender; absent for the null sender `<>` (bounces).
    pub sender: Option<String>,
    pub size: i64,
    pub created_at: DateTime<Utc>,
    /// When the sender was told delivery is delayed.
    pub warned_at: Option<DateTime<Utc>>,
    pub recipients: Vec<QueueRecipient>,
}

page_type!(QueuePage, QueueEntry);

/// Which entries a list or an action is about; every condition given must hold. Only entries
/// with recipients still to deliver are in the queue.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct QueueFilter {
    /// Envelope sender starts with this (case-insensitive).
    pub sender: Option<String>,
    /// A pending recipient starts with this (case-insensitive).
    pub recipient: Option<String>,
    /// A pending recipient is in this domain.
    pub domain: Option<String>,
    /// A recipient is in this state.
    #[param(value_type = Option<RecipientState>)]
    pub state: Option<RecipientState>,
    /// Queued at least this many minutes ago.
    pub older_than_minutes: Option<u32>,
    /// At least this many bytes.
    pub min_size: Option<i64>,
    /// At most this many bytes.
    pub max_size: Option<i64>,
}

/// The entries an action applies to: those listed, or those matching the filter (no filter
/// is every entry).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QueueSelection {
    pub ids: Option<Vec<QueueId>>,
    pub filter: Option<QueueFilter>,
}

/// Entries to remove, and whether their senders get a bounce.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QueueRemoval {
    pub ids: Option<Vec<QueueId>>,
    pub filter: Option<QueueFilter>,
    /// Tell the senders (an RFC 3464 bounce) rather than drop their mail silently.
    #[serde(default)]
    pub bounce: bool,
}

impl QueueRemoval {
    pub fn selection(&self) -> QueueSelection {
        QueueSelection {
            ids: self.ids.clone(),
            filter: self.filter.clone(),
        }
    }
}

/// A domain to flush.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QueueFlush {
    pub domain: String,
}

/// What an action did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QueueActionResult {
    /// Recipients whose state changed.
    pub recipients: u64,
}

/// Counters for the status page.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QueueStats {
    /// Messages with recipients still to deliver.
    pub messages: i64,
    /// Their bytes.
    pub bytes: i64,
    pub queued: i64,
    pub deferred: i64,
    pub sending: i64,
    pub held: i64,
    /// When the oldest of them was queued.
    pub oldest: Option<DateTime<Utc>>,
}

/// Recipient states still to deliver.
const PENDING: &str = "('queued', 'deferred', 'sending', 'held')";
/// Ids one action may name.
const MAX_IDS: usize = 10_000;

/// Appends the filter's conditions on `outbound_queue q` to a WHERE clause that is open.
fn push_filter(qb: &mut QueryBuilder<'_, Postgres>, filter: &QueueFilter) -> CoreResult<()> {
    qb.push(format!(
        " AND EXISTS (SELECT 1 FROM outbound_recipients r WHERE r.queue_id = q.id AND r.status IN {PENDING}"
    ));
    if let Some(recipient) = filter.recipient.as_deref().filter(|s| !s.is_empty()) {
        qb.push(" AND lower(r.address) LIKE ");
        qb.push_bind(prefix_like(recipient, "recipient")?);
    }
    if let Some(domain) = filter.domain.as_deref().filter(|s| !s.is_empty()) {
        qb.push(" AND r.domain = ");
        qb.push_bind(domain.trim().trim_end_matches('.').to_lowercase());
    }
    qb.push(")");
    if let Some(state) = filter.state {
        qb.push(" AND EXISTS (SELECT 1 FROM outbound_recipients s WHERE s.queue_id = q.id AND s.status = ");
        qb.push_bind(state.as_str());
        qb.push(")");
    }
    if let Some(sender) = filter.sender.as_deref().filter(|s| !s.is_empty()) {
        qb.push(" AND lower(q.envelope_from) LIKE ");
        qb.push_bind(prefix_like(sender, "sender")?);
    }
    if let Some(minutes) = filter.older_than_minutes {
        qb.push(" AND q.created_at < now() - make_interval(mins => ");
        qb.push_bind(i32::try_from(minutes).unwrap_or(i32::MAX));
        qb.push(")");
    }
    if let Some(min) = filter.min_size {
        qb.push(" AND q.size >= ");
        qb.push_bind(min);
    }
    if let Some(max) = filter.max_size {
        qb.push(" AND q.size <= ");
        qb.push_bind(max);
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: QueueId,
    envelope_from: Option<String>,
    size: i64,
    created_at: DateTime<Utc>,
    warned_at: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct RecipientRow {
    queue_id: QueueId,
    address: String,
    status: RecipientState,
    attempts: i32,
    next_attempt_at: DateTime<Utc>,
    last_attempt_at: Option<DateTime<Utc>>,
    last_reply: Option<String>,
    remote_host: Option<String>,
}

#[derive(sqlx::FromRow)]
struct AttemptRow {
    address: String,
    attempted_at: DateTime<Utc>,
    remote_host: Option<String>,
    reply: String,
    outcome: String,
}

/// The recipients of `entries`, one query, attached in envelope order.
async fn with_recipients(pool: &PgPool, entries: Vec<EntryRow>) -> CoreResult<Vec<QueueEntry>> {
    let ids: Vec<Uuid> = entries.iter().map(|e| e.id.0).collect();
    let rows: Vec<RecipientRow> = sqlx::query_as(
        "SELECT queue_id, address, status, attempts, next_attempt_at, last_attempt_at,
                last_reply, remote_host
         FROM outbound_recipients WHERE queue_id = ANY($1) ORDER BY queue_id, position",
    )
    .bind(&ids)
    .fetch_all(pool)
    .await?;
    let mut by_entry: std::collections::HashMap<QueueId, Vec<QueueRecipient>> =
        std::collections::HashMap::new();
    for r in rows {
        by_entry
            .entry(r.queue_id)
            .or_default()
            .push(QueueRecipient {
                address: r.address,
                state: r.status,
                attempts: r.attempts,
                next_attempt_at: r.next_attempt_at,
                last_attempt_at: r.last_attempt_at,
                last_reply: r.last_reply,
                remote_host: r.remote_host,
                history: Vec::new(),
            });
    }
    Ok(entries
        .into_iter()
        .map(|e| QueueEntry {
            recipients: by_entry.remove(&e.id).unwrap_or_default(),
            id: e.id,
            sender: e.envelope_from,
            size: e.size,
            created_at: e.created_at,
            warned_at: e.warned_at,
        })
        .collect())
}

/// A page of the queue.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &QueueFilter,
    page: &PageParams,
) -> CoreResult<QueuePage> {
    principal.require_server_admin()?;
    let mut qb = QueryBuilder::new(
        "SELECT q.id, q.envelope_from, q.size, q.created_at, q.warned_at FROM outbound_queue q WHERE true",
    );
    push_filter(&mut qb, filter)?;
    if let Some(q) = page.prefix_pattern()? {
        qb.push(" AND lower(coalesce(q.envelope_from, '')) LIKE ");
        qb.push_bind(q);
    }
    page.push_page(&mut qb, "coalesce(q.envelope_from, '')", "q.id")?;
    let rows: Vec<EntryRow> = qb.build_query_as().fetch_all(pool).await?;
    let (rows, next_cursor) = page.finish(rows, |r| {
        (r.envelope_from.clone().unwrap_or_default(), r.id.0)
    })?;
    Ok(QueuePage {
        items: with_recipients(pool, rows).await?,
        next_cursor,
    })
}

/// One entry with every recipient's history.
pub async fn get(pool: &PgPool, principal: &Principal, id: QueueId) -> CoreResult<QueueEntry> {
    principal.require_server_admin()?;
    let row: Option<EntryRow> = sqlx::query_as(
        "SELECT id, envelope_from, size, created_at, warned_at FROM outbound_queue WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let row = row.ok_or(CoreError::NotFound {
        kind: "queue entry",
    })?;
    let mut entry = with_recipients(pool, vec![row])
        .await?
        .pop()
        .ok_or(CoreError::NotFound {
            kind: "queue entry",
        })?;
    let attempts: Vec<AttemptRow> = sqlx::query_as(
        "SELECT r.address, a.attempted_at, a.remote_host, a.reply, a.outcome
         FROM outbound_attempts a
         JOIN outbound_recipients r ON r.queue_id = a.queue_id AND r.position = a.position
         WHERE a.queue_id = $1 ORDER BY a.attempted_at",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    for a in attempts {
        if let Some(recipient) = entry.recipients.iter_mut().find(|r| r.address == a.address) {
            recipient.history.push(QueueAttempt {
                attempted_at: a.attempted_at,
                remote_host: a.remote_host,
                reply: a.reply,
                outcome: a.outcome,
            });
        }
    }
    Ok(entry)
}

/// The ids of the entries a selection names.
async fn selected(pool: &PgPool, selection: &QueueSelection) -> CoreResult<Vec<QueueId>> {
    if let Some(ids) = &selection.ids {
        if ids.len() > MAX_IDS {
            return Err(CoreError::invalid(
                "ids",
                "too_many",
                "at most 10000 ids at once",
            ));
        }
        if selection.filter.is_some() {
            return Err(CoreError::invalid(
                "filter",
                "ids_or_filter",
                "give ids or a filter, not both",
            ));
        }
        return Ok(ids.clone());
    }
    let mut qb = QueryBuilder::new("SELECT q.id FROM outbound_queue q WHERE true");
    push_filter(&mut qb, &selection.filter.clone().unwrap_or_default())?;
    Ok(qb.build_query_scalar().fetch_all(pool).await?)
}

/// Changes the recipients of the selected entries, with the audit event, in one transaction.
/// A filter on recipients (domain, address, state) also picks which recipients of the
/// selected messages change: "remove the mail for spam.example" leaves their other recipients
/// alone.
async fn act(
    pool: &PgPool,
    principal: &Principal,
    selection: &QueueSelection,
    action: &'static str,
    change: RecipientChange,
) -> CoreResult<QueueActionResult> {
    principal.may_change_server_settings()?;
    let ids = selected(pool, selection).await?;
    let mut filter = RecipientFilter::default();
    if let Some(f) = &selection.filter {
        if let Some(recipient) = f.recipient.as_deref().filter(|s| !s.is_empty()) {
            filter.address_like = Some(prefix_like(recipient, "recipient")?);
        }
        if let Some(domain) = f.domain.as_deref().filter(|s| !s.is_empty()) {
            filter.domain = Some(domain.trim().trim_end_matches('.').to_lowercase());
        }
        filter.state = f.state.map(|s| s.as_str());
    }
    let mut tx = pool.begin().await?;
    let recipients = postbay_queue::change_recipients(&mut tx, &ids, change, &filter).await?;
    record(
        &mut tx,
        principal,
        action,
        serde_json::json!({ "messages": ids.len(), "recipients": recipients }),
    )
    .await?;
    tx.commit().await?;
    Ok(QueueActionResult { recipients })
}

/// Retry now: deferred and queued recipients become due.
pub async fn retry(
    pool: &PgPool,
    principal: &Principal,
    selection: &QueueSelection,
) -> CoreResult<QueueActionResult> {
    act(
        pool,
        principal,
        selection,
        "queue.retry",
        RecipientChange::RetryNow,
    )
    .await
}

/// Hold: no attempt until released.
pub async fn hold(
    pool: &PgPool,
    principal: &Principal,
    selection: &QueueSelection,
) -> CoreResult<QueueActionResult> {
    act(
        pool,
        principal,
        selection,
        "queue.hold",
        RecipientChange::Hold,
    )
    .await
}

/// Release held recipients: due at once.
pub async fn release(
    pool: &PgPool,
    principal: &Principal,
    selection: &QueueSelection,
) -> CoreResult<QueueActionResult> {
    act(
        pool,
        principal,
        selection,
        "queue.release",
        RecipientChange::Release,
    )
    .await
}

/// Remove: waiting recipients fail; with `bounce` the sender is told (an RFC 3464 report),
/// without it silently. The workers then drop the entries. A recipient being delivered at
/// this moment finishes its attempt (its outcome is what the peer said).
pub async fn remove(
    pool: &PgPool,
    principal: &Principal,
    selection: &QueueSelection,
    bounce: bool,
) -> CoreResult<QueueActionResult> {
    let action = if bounce {
        "queue.remove_with_bounce"
    } else {
        "queue.remove"
    };
    act(
        pool,
        principal,
        selection,
        action,
        RecipientChange::Remove { bounce },
    )
    .await
}

/// Flush a domain: its deferred and queued recipients, and those held for ETRN or the
/// schedule, become due now (the backup-MX case: the domain's own server is back). With
/// `subdomains`, theirs too (ETRN `@domain`). What an administrator holds stays held.
pub async fn flush_domain(pool: &PgPool, domain: &str, subdomains: bool) -> CoreResult<u64> {
    let domain = domain.trim().trim_end_matches('.').to_lowercase();
    Ok(postbay_queue::flush_domain(pool, &domain, subdomains).await?)
}

/// Whether a client may ask for a domain's mail with ETRN (RFC 1985): a trusted client or a
/// read-write server administrator for any domain, with its subdomains (`@domain`, which reach
/// other customers' domains too); for the domain alone, a user of that domain or the host the
/// domain is forwarded to (`from_forwarding_host`, awaited only when it decides: it asks DNS).
pub async fn may_etrn(
    pool: &PgPool,
    domain: &crate::names::DomainName,
    subdomains: bool,
    trusted: bool,
    account: Option<crate::ids::AccountId>,
    from_forwarding_host: impl std::future::Future<Output = bool>,
) -> CoreResult<bool> {
    if trusted {
        return Ok(true);
    }
    let (admin, own_domain) = match account {
        Some(account) => sqlx::query_as::<_, (bool, bool)>(
            "SELECT a.admin_role = 'server_read_write', EXISTS (
                 SELECT 1 FROM mail_domain_names n WHERE n.domain_id = a.domain_id AND n.name = $2)
             FROM accounts a WHERE a.id = $1 AND a.status = 'active'",
        )
        .bind(account.0)
        .bind(domain.as_str())
        .fetch_optional(pool)
        .await?
        .unwrap_or_default(),
        None => (false, false),
    };
    if admin {
        return Ok(true);
    }
    Ok(!subdomains && (own_domain || from_forwarding_host.await))
}

/// The scheduled "send mail in the outgoing queue": what waits for the schedule (offline mode,
/// domains forwarded on schedule) and every deferred recipient become due now.
pub async fn flush_scheduled(pool: &PgPool) -> CoreResult<u64> {
    Ok(postbay_queue::flush_scheduled(pool).await?)
}

/// `flush_domain` as an administrator asks for it.
pub async fn flush(
    pool: &PgPool,
    principal: &Principal,
    domain: &str,
) -> CoreResult<QueueActionResult> {
    principal.may_change_server_settings()?;
    if domain.trim().is_empty() || !domain.contains('.') {
        return Err(CoreError::invalid(
            "domain",
            "invalid_domain",
            "must be a domain name such as example.com",
        ));
    }
    let recipients = flush_domain(pool, domain, false).await?;
    let mut tx = pool.begin().await?;
    record(
        &mut tx,
        principal,
        "queue.flush",
        serde_json::json!({ "domain": domain, "recipients": recipients }),
    )
    .await?;
    tx.commit().await?;
    Ok(QueueActionResult { recipients })
}

/// Counters of what is still to deliver.
pub async fn stats(pool: &PgPool, principal: &Principal) -> CoreResult<QueueStats> {
    principal.require_server_admin()?;
    let (messages, bytes, oldest): (i64, Option<i64>, Option<DateTime<Utc>>) = sqlx::query_as(
        &format!(
            "SELECT count(*), sum(q.size)::bigint, min(q.created_at) FROM outbound_queue q
             WHERE EXISTS (SELECT 1 FROM outbound_recipients r WHERE r.queue_id = q.id AND r.status IN {PENDING})"
        ),
    )
    .fetch_one(pool)
    .await?;
    let states: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT status, count(*) FROM outbound_recipients WHERE status IN {PENDING} GROUP BY status"
    ))
    .fetch_all(pool)
    .await?;
    let of = |s: &str| states.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
    Ok(QueueStats {
        messages,
        bytes: bytes.unwrap_or(0),
        queued: of("queued"),
        deferred: of("deferred"),
        sending: of("sending"),
        held: of("held"),
        oldest,
    })
}
