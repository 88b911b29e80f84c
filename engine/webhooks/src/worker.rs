//! The delivery worker every node runs: it takes due deliveries from the outbox (each node its
//! own, `SKIP LOCKED`), sends them concurrently, and records what came of them in one
//! statement per batch. A delivery taken by a node that dies is taken again when its claim
//! runs out, so it is sent at least once; receivers deduplicate by `webhook-id`.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, SecondsFormat, Utc};
use futures_util::StreamExt;
use postbay_core::access::Principal;
use postbay_core::audit::{self, Place};
use postbay_core::error::CoreResult;
use postbay_core::secrets::SecretKey;
use sqlx::PgPool;
use tokio::sync::{Notify, watch};
use url::Url;
use uuid::Uuid;

use crate::events;
use crate::send::{ATTEMPT_TIMEOUT, Attempt, Sender};
use crate::signing::{self, SigningSecret};

/// Deliveries taken at once, all sent at once: one wave of attempts, each bounded by
/// `ATTEMPT_TIMEOUT`, so a batch is recorded well within its claim.
const BATCH: i64 = 100;
/// How long a taken delivery stays a node's: three times the longest attempt, so a live
/// node's batch is recorded before another node may take it, and a dead node's goes out
/// again soon. Outcomes are recorded only under the claim that sent them.
const CLAIM: Duration = Duration::from_secs(30);
const _: () = assert!(CLAIM.as_secs() >= 3 * ATTEMPT_TIMEOUT.as_secs());
/// How often the audit trail is fanned out and the outbox looked at when no notification says
/// so (retries come due; audited changes commit without a notification, to cost nothing).
const POLL: Duration = Duration::from_millis(250);
/// Audit rows one fan-out pass takes.
const FAN_OUT_BATCH: i32 = 1000;
/// The waits after each failed attempt (the Standard Webhooks schedule, tightened at the
/// start); the last attempt is made when the event is 24 hours old, then it is failed.
const RETRY_AFTER: [Duration; 8] = [
    Duration::from_secs(2),
    Duration::from_secs(10),
    Duration::from_secs(60),
    Duration::from_secs(5 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(2 * 3600),
    Duration::from_secs(5 * 3600),
    Duration::from_secs(10 * 3600),
];
/// How long deliveries are retried, and how long a subscription may fail throughout before
/// the server turns it off.
const GIVE_UP_AFTER: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// A delivery taken from the outbox, with what sending it needs.
#[derive(sqlx::FromRow)]
struct Due {
    id: Uuid,
    /// The claim this node holds it under.
    claim: Uuid,
    attempts: i32,
    created_at: DateTime<Utc>,
    event_id: Uuid,
    event_type: String,
    data: serde_json::Value,
    at: DateTime<Utc>,
    webhook_id: Uuid,
    url: String,
    secret: String,
    previous_secret: Option<String>,
    server_wide: bool,
}

/// Drains the outbox until `shutdown` turns true.
pub async fn run(pool: PgPool, key: SecretKey, mut shutdown: watch::Receiver<bool>) {
    let sender = match Sender::new() {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "webhooks: no TLS client configuration; not delivering");
            return;
        }
    };
    let wake = Arc::new(Notify::new());
    let listening = {
        let (pool, wake) = (pool.clone(), wake.clone());
        tokio::spawn(async move {
            postbay_database::notifications::follow(pool, "postbay_webhooks", |_| {
                wake.notify_one()
            })
            .await;
        })
    };
    loop {
        if *shutdown.borrow() {
            break;
        }
        if let Err(e) = fan_out(&pool).await {
            tracing::warn!(error = %e, "webhooks: fanning out the audit trail");
        }
        let taken = match deliver_due(&pool, &key, &sender).await {
            Ok(n) => n,
            Err(e) => {
                tracing::warn!(error = %e, "webhooks: delivering");
                0
            }
        };
        if taken as i64 == BATCH {
            continue;
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
            _ = shutdown.changed() => {}
        }
    }
    listening.abort();
}

/// Turns the audit rows of finished transactions into events and deliveries (migration
/// 0050's `webhook_fan_out`), a batch per transaction, until none is left. Every node runs it;
/// the cursor's row lock lets one at a time through.
pub async fn fan_out(pool: &PgPool) -> CoreResult<()> {
    loop {
        let passed: i32 = sqlx::query_scalar("SELECT webhook_fan_out($1)")
            .bind(FAN_OUT_BATCH)
            .fetch_one(pool)
            .await?;
        if passed < FAN_OUT_BATCH {
            return Ok(());
        }
    }
}

/// Takes one batch of due deliveries, sends them and records the outcome. Returns how many
/// it took.
pub async fn deliver_due(pool: &PgPool, key: &SecretKey, sender: &Sender) -> CoreResult<usize> {
    let claim = Uuid::new_v4();
    let due: Vec<Due> = sqlx::query_as(
        "WITH due AS (
             SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
              WHERE d.state = 'pending' AND d.next_attempt_at <= now() AND w.enabled
                AND (d.claimed_until IS NULL OR d.claimed_until < now())
              ORDER BY d.next_attempt_at LIMIT $1
                FOR UPDATE OF d SKIP LOCKED)
         UPDATE webhook_deliveries d
            SET claimed_until = now() + make_interval(secs => $2), claimed_by = $3,
                attempts = d.attempts + 1
           FROM due, webhook_events e, webhooks w
          WHERE d.id = due.id AND e.id = d.event_id AND w.id = d.webhook_id
         RETURNING d.id, d.claimed_by AS claim, d.attempts, d.created_at, e.id AS event_id, e.type AS event_type, e.data, e.at,
                   w.id AS webhook_id, w.url, w.secret,
                   CASE WHEN w.previous_secret_until > now() THEN w.previous_secret END AS previous_secret,
                   (SELECT t.parent_id IS NULL FROM tenants t WHERE t.id = w.tenant_id) AS server_wide",
    )
    .bind(BATCH)
    .bind(CLAIM.as_secs_f64())
    .bind(claim)
    .fetch_all(pool)
    .await?;
    if due.is_empty() {
        return Ok(0);
    }
    let taken = due.len();
    let outcomes: Vec<(Due, Attempt)> = futures_util::stream::iter(due)
        .map(|d| async {
            let attempt = attempt(key, sender, &d).await;
            (d, attempt)
        })
        .buffer_unordered(BATCH as usize)
        .collect()
        .await;
    record(pool, outcomes).await?;
    Ok(taken)
}

/// The body of an event's deliveries: the same bytes on every attempt.
pub(crate) fn body(event_type: &str, at: DateTime<Utc>, data: &serde_json::Value) -> Bytes {
    let body = serde_json::json!({
        "type": event_type,
        "timestamp": at.to_rfc3339_opts(SecondsFormat::Millis, true),
        "data": data,
    });
    Bytes::from(body.to_string())
}

async fn attempt(key: &SecretKey, sender: &Sender, due: &Due) -> Attempt {
    let Ok(url) = Url::parse(&due.url) else {
        return Attempt {
            status: None,
            error: Some("the URL does not parse".into()),
        };
    };
    let mut secrets = Vec::with_capacity(2);
    for sealed in std::iter::once(&due.secret).chain(due.previous_secret.as_ref()) {
        match key.open(sealed).ok().and_then(|s| SigningSecret::parse(&s)) {
            Some(secret) => secrets.push(secret),
            None => {
                return Attempt {
                    status: None,
                    error: Some("the signing secret cannot be opened with this node's key".into()),
                };
            }
        }
    }
    let body = body(&due.event_type, due.at, &due.data);
    let id = due.event_id.to_string();
    let timestamp = Utc::now().timestamp();
    let signature = signing::signature_header(&secrets, &id, timestamp, &body);
    let headers = [
        ("webhook-id", id),
        ("webhook-timestamp", timestamp.to_string()),
        ("webhook-signature", signature),
    ];
    let attempt = sender.post(&url, due.server_wide, &headers, body).await;
    metrics::counter!("postbay_webhook_attempts_total",
        "outcome" => if attempt.delivered() { "delivered" } else { "failed" })
    .increment(1);
    attempt
}

/// When a failed delivery is tried next, or `None` when it is given up: on the schedule,
/// the last attempt when the event is a day old.
fn next_try(attempts: i32, created_at: DateTime<Utc>, now: DateTime<Utc>) -> Option<Duration> {
    let last = created_at + GIVE_UP_AFTER;
    if now >= last {
        return None;
    }
    let wait = RETRY_AFTER
        .get(usize::try_from(attempts - 1).ok()?)
        .copied()
        .unwrap_or(Duration::MAX);
    let until_last = (last - now).to_std().ok()?;
    Some(wait.min(until_last))
}

async fn record(pool: &PgPool, outcomes: Vec<(Due, Attempt)>) -> CoreResult<()> {
    let now = Utc::now();
    let n = outcomes.len();
    let (mut ids, mut states, mut statuses, mut errors, mut waits) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut succeeded, mut failing) = (Vec::new(), Vec::new());
    let mut claims = Vec::with_capacity(n);
    for (due, attempt) in &outcomes {
        ids.push(due.id);
        claims.push(due.claim);
        statuses.push(attempt.status.map(i32::from));
        errors.push(attempt.error.clone());
        if attempt.delivered() {
            states.push("delivered");
            waits.push(0.0);
            succeeded.push(due.webhook_id);
        } else {
            failing.push(due.webhook_id);
            match next_try(due.attempts, due.created_at, now) {
                Some(wait) => {
                    states.push("pending");
                    waits.push(wait.as_secs_f64());
                }
                None => {
                    states.push("failed");
                    waits.push(0.0);
                }
            }
            tracing::info!(webhook = %due.webhook_id, delivery = %due.id, event = due.event_type,
                attempts = due.attempts, error = attempt.error.as_deref().unwrap_or_default(),
                "webhook delivery failed");
        }
    }
    // One state per subscription: any delivery that went through ends its failure.
    failing.retain(|w| !succeeded.contains(w));
    let mut touched: Vec<Uuid> = succeeded.iter().chain(&failing).copied().collect();
    touched.sort();
    touched.dedup();
    let mut tx = pool.begin().await?;
    // Subscriptions first, then their deliveries: the order a deletion's cascade takes.
    sqlx::query("SELECT 1 FROM webhooks WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE")
        .bind(&touched)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "UPDATE webhooks SET failing_since = NULL WHERE id = ANY($1) AND failing_since IS NOT NULL",
    )
    .bind(&succeeded)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE webhooks SET failing_since = now() WHERE id = ANY($1) AND failing_since IS NULL",
    )
    .bind(&failing)
    .execute(&mut *tx)
    .await?;
    // Only under the claim that sent it: a delivery another node took since is that node's.
    sqlx::query(
        "UPDATE webhook_deliveries d
            SET state = u.state, last_attempt_at = now(), last_status = u.status, last_error = u.error,
                delivered_at = CASE WHEN u.state = 'delivered' THEN now() END,
                next_attempt_at = CASE WHEN u.state = 'pending' THEN now() + make_interval(secs => u.wait)
                                       ELSE d.next_attempt_at END,
                claimed_until = NULL, claimed_by = NULL
           FROM UNNEST($1::uuid[], $2::text[], $3::int[], $4::text[], $5::float8[], $6::uuid[])
                AS u(id, state, status, error, wait, claim)
          WHERE d.id = u.id AND d.claimed_by = u.claim AND d.state = 'pending'",
    )
    .bind(&ids)
    .bind(&states)
    .bind(&statuses)
    .bind(&errors)
    .bind(&waits)
    .bind(&claims)
    .execute(&mut *tx)
    .await?;
    if !failing.is_empty() {
        disable_failing(&mut tx, &failing).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Turns off the subscriptions among `webhooks` that have failed for a day without one
/// success, audited as the server's doing, and tells their tenants (`webhook.disabled`). Their
/// pending deliveries are failed: turned on again, a subscription starts afresh.
async fn disable_failing(tx: &mut sqlx::PgConnection, webhooks: &[Uuid]) -> CoreResult<()> {
    let disabled: Vec<(Uuid, Vec<Uuid>, String)> = sqlx::query_as(
        "UPDATE webhooks w SET enabled = false, disabled_reason = 'failing', updated_at = now()
           FROM tenants t
          WHERE w.id = ANY($1) AND t.id = w.tenant_id AND w.enabled
            AND w.failing_since <= now() - make_interval(secs => $2)
         RETURNING w.id, t.ancestors, w.url",
    )
    .bind(webhooks)
    .bind(GIVE_UP_AFTER.as_seconds_f64())
    .fetch_all(&mut *tx)
    .await?;
    for (id, path, url) in disabled {
        settle_pending(tx, id, "the webhook was turned off after a day of failures").await?;
        tracing::warn!(webhook = %id, "webhook turned off: every delivery failed for a day");
        let changes = serde_json::json!({"enabled": false, "disabledReason": "failing"});
        audit::record(
            tx,
            &Principal::system(),
            "webhook.disable",
            "webhook",
            Some(id),
            Place {
                tenant_path: &path,
                domain: None,
            },
            changes,
        )
        .await?;
        let data = serde_json::json!({"id": id, "url": crate::target::url_origin(&url),
                                      "reason": "failing"});
        events::emit(tx, &path, "webhook.disabled", data).await?;
    }
    Ok(())
}

/// Fails the pending deliveries of a subscription that was turned off.
pub(crate) async fn settle_pending(
    conn: &mut sqlx::PgConnection,
    webhook: Uuid,
    why: &str,
) -> CoreResult<()> {
    sqlx::query(
        "UPDATE webhook_deliveries SET state = 'failed', last_error = $2, claimed_until = NULL, claimed_by = NULL
          WHERE webhook_id = $1 AND state = 'pending'",
    )
    .bind(webhook)
    .bind(why)
    .execute(conn)
    .await?;
    Ok(())
}

/// How long settled deliveries stay in the log.
const KEEP_LOG_DAYS: i32 = 30;

/// Forgets deliveries made more than 30 days ago (retries end after one), and the events no
/// delivery refers to any more (an hourly job).
pub async fn purge(pool: &PgPool) -> CoreResult<()> {
    sqlx::query(
        "DELETE FROM webhook_deliveries WHERE created_at < now() - make_interval(days => $1)",
    )
    .bind(KEEP_LOG_DAYS)
    .execute(pool)
    .await?;
    sqlx::query(
        "DELETE FROM webhook_events e WHERE e.at < now() - make_interval(days => $1)
            AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)",
    )
    .bind(KEEP_LOG_DAYS)
    .execute(pool)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_follow_the_schedule_then_stop_after_a_day() {
        let start = Utc::now();
        assert_eq!(next_try(1, start, start), Some(Duration::from_secs(2)));
        assert_eq!(next_try(2, start, start), Some(Duration::from_secs(10)));
        // A wait past the day is cut short: the last attempt is made when the event is a day old.
        let late = start + chrono::TimeDelta::hours(20);
        assert_eq!(
            next_try(8, start, late),
            Some(Duration::from_secs(4 * 3600))
        );
        assert_eq!(
            next_try(12, start, late),
            Some(Duration::from_secs(4 * 3600))
        );
        assert_eq!(next_try(9, start, start + GIVE_UP_AFTER), None);
    }
}
