//! The plan a message becomes, and the batch writer that stores many plans in one
//! transaction: the mail store's part through `postbay_mailbox::inbox`, the queue entries
//! through `postbay_queue::enqueue`.

use std::collections::{BTreeMap, BTreeSet};

use postbay_mailbox::inbox;
use sqlx::{PgConnection, PgPool};
use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use crate::plan::{Plan, PlannedContent, RuleCopy};
use crate::{Delivered, DeliveryError};

/// Messages written in one transaction at most.
pub(crate) const MAX_BATCH: usize = 64;
/// Bytes of content after which a batch takes no more messages.
const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;

pub(crate) struct Job {
    pub(crate) plan: Plan,
    pub(crate) done: oneshot::Sender<Result<Delivered, DeliveryError>>,
}

pub(crate) async fn write_batches(pool: PgPool, mut queue: mpsc::Receiver<Job>) {
    while let Some(first) = queue.recv().await {
        let mut bytes = first.plan.bytes();
        let mut jobs = vec![first];
        // A batch stays well inside what one PostgreSQL statement takes; a large message
        // goes alone.
        while jobs.len() < MAX_BATCH && bytes < MAX_BATCH_BYTES {
            match queue.try_recv() {
                Ok(job) => {
                    bytes += job.plan.bytes();
                    jobs.push(job);
                }
                Err(_) => break,
            }
        }
        let plans: Vec<&Plan> = jobs.iter().map(|j| &j.plan).collect();
        match write_batch(&pool, &plans).await {
            Ok(delivered) => {
                for (job, d) in jobs.into_iter().zip(delivered) {
                    let _ = job.done.send(Ok(d));
                }
            }
            // One bad message must not fail the others: write each on its own.
            Err(e) if jobs.len() > 1 => {
                tracing::warn!(error = %e, size = jobs.len(), "batch failed; writing its messages one by one");
                for job in jobs {
                    let outcome = write_batch(&pool, &[&job.plan])
                        .await
                        .map(|mut d| d.remove(0));
                    let _ = job.done.send(outcome);
                }
            }
            Err(e) => {
                // At most one job here: it gets the error itself, with its database class.
                let mut e = Some(e);
                for job in jobs {
                    let error = e
                        .take()
                        .unwrap_or_else(|| DeliveryError::Batch("batch failed".into()));
                    let _ = job.done.send(Err(error));
                }
            }
        }
    }
}

/// Writes a batch of planned messages in one transaction, with the quota warnings they cause.
async fn write_batch(pool: &PgPool, plans: &[&Plan]) -> Result<Vec<Delivered>, DeliveryError> {
    let mut tx = pool.begin().await?;
    let delivered = write_plans(&mut tx, plans).await?;
    count_received(&mut tx, plans).await?;
    record_collected(&mut tx, plans).await?;
    announce_bounces(&mut tx, plans).await?;
    let warnings = quota_warnings(&mut tx, plans).await?;
    if !warnings.is_empty() {
        let warnings: Vec<&Plan> = warnings.iter().collect();
        write_plans(&mut tx, &warnings).await?;
    }
    tx.commit().await?;
    Ok(delivered)
}

/// Counts what each account received, for its usage (`usage.*` per-day counters), in the
/// batch's transaction: the billed numbers are exactly what was stored.
async fn count_received(conn: &mut PgConnection, plans: &[&Plan]) -> Result<(), DeliveryError> {
    let mut counts = Vec::new();
    for p in plans {
        for (account, (_, index)) in &p.mailboxes {
            let bytes = p.contents.get(*index).map_or(0, |c| c.size());
            counts.push((*account, postbay_counters::usage::MESSAGES_RECEIVED, 1));
            counts.push((*account, postbay_counters::usage::BYTES_RECEIVED, bytes));
        }
    }
    postbay_counters::add_in(conn, &counts).await?;
    Ok(())
}

/// Records the collected messages of a batch as downloaded from their remote mailboxes.
async fn record_collected(conn: &mut PgConnection, plans: &[&Plan]) -> Result<(), DeliveryError> {
    let collected: Vec<postbay_core::collection::CollectedDownload<'_>> = plans
        .iter()
        .filter_map(|p| p.collected.as_ref())
        .map(|c| postbay_core::collection::CollectedDownload {
            account: c.account,
            process: c.process,
            uidl: &c.uidl,
            sha256: &c.sha256,
        })
        .collect();
    if !postbay_core::collection::record_downloads_in(conn, &collected).await? {
        return Err(DeliveryError::Batch(
            "the collecting process no longer holds the POP3 account".into(),
        ));
    }
    Ok(())
}

/// Announces the bounces of a batch to their local senders' tenants (`account.message_bounced`),
/// in the transaction that stores them.
async fn announce_bounces(conn: &mut PgConnection, plans: &[&Plan]) -> Result<(), DeliveryError> {
    let bounces: Vec<(Uuid, i64)> = plans
        .iter()
        .filter(|p| p.bounced > 0)
        .flat_map(|p| {
            let failed = i64::try_from(p.bounced).unwrap_or(i64::MAX);
            p.mailboxes.keys().map(move |account| (*account, failed))
        })
        .collect();
    postbay_webhooks::events::bounces(conn, &bounces).await?;
    Ok(())
}

/// The share of a quota at which the user is warned, in percent.
const QUOTA_WARNING_PERCENT: i64 = 90;

/// Warnings for the accounts of `plans` that have reached 90 % of a quota and were not warned
/// in the last 24 hours (marked as warned in the same transaction).
async fn quota_warnings(
    conn: &mut PgConnection,
    plans: &[&Plan],
) -> Result<Vec<Plan>, DeliveryError> {
    let accounts: BTreeSet<Uuid> = plans
        .iter()
        .flat_map(|p| p.mailboxes.keys().copied())
        .collect();
    if accounts.is_empty() {
        return Ok(Vec::new());
    }
    let accounts: Vec<Uuid> = accounts.into_iter().collect();
    let due =
        postbay_mailbox::usage::quota_warnings_due(conn, &accounts, QUOTA_WARNING_PERCENT).await?;
    let warned: Vec<Uuid> = due.iter().map(|w| w.account).collect();
    use postbay_webhooks::events::{QuotaEvent, quota_events as announce};
    announce(conn, QuotaEvent::Warning, &warned).await?;
    let full = postbay_mailbox::usage::quota_full_due(conn, &accounts).await?;
    announce(conn, QuotaEvent::Full, &full).await?;
    Ok(due
        .into_iter()
        .map(|w| {
            let (id, login, domain) = (w.account, w.login, w.domain);
            let (used_bytes, quota_bytes) = (w.used_bytes, w.quota_bytes);
            let (used_messages, quota_messages) = (w.used_messages, w.quota_messages);
            let to = format!("{login}@{domain}");
            let limit = |used: i64, quota: i64, unit: &str| {
                if quota > 0 {
                    format!(
                        "{used} of {quota} {unit} ({} %)",
                        i128::from(used) * 100 / i128::from(quota)
                    )
                } else {
                    format!("{used} {unit} (no limit)")
                }
            };
            let content = format!(
                "From: Mail Server <postmaster@{domain}>\r\nTo: <{to}>\r\nSubject: Your mailbox is almost full\r\n\
                 Date: {}\r\nMessage-ID: <{}@quota-warning.postbay>\r\nMIME-Version: 1.0\r\n\
                 Content-Type: text/plain; charset=utf-8\r\nAuto-Submitted: auto-generated\r\n\r\n\
                 Your mailbox {to} is almost full:\r\n\r\n  messages: {}\r\n  size: {}\r\n\r\n\
                 When it is full, new mail is refused. Please delete messages you no longer need.\r\n",
                chrono::Utc::now().to_rfc2822(),
                Uuid::now_v7().simple(),
                limit(used_messages, quota_messages, "messages"),
                limit(used_bytes, quota_bytes, "bytes"),
            )
            .into_bytes();
            let mut plan = Plan::single(None, content);
            plan.mailboxes = BTreeMap::from([(id, (to, 0))]);
            plan
        })
        .collect())
}

/// Writes planned messages inside `tx` with a fixed number of statements: the mail store's
/// part through `postbay_mailbox::inbox`, the queue entries for external recipients through
/// `postbay_queue::enqueue`.
async fn write_plans(
    tx: &mut PgConnection,
    plans: &[&Plan],
) -> Result<Vec<Delivered>, DeliveryError> {
    let wanted: BTreeSet<Uuid> = plans
        .iter()
        .flat_map(|p| p.mailboxes.keys().copied())
        .collect();
    let locked = inbox::lock_mailboxes(tx, &wanted).await?;

    // Content, once per distinct digest, with one reference per copy filed and queue entry.
    let mut contents: BTreeMap<&[u8], (&PlannedContent, i64)> = BTreeMap::new();
    for p in plans {
        for (index, content) in p.contents.iter().enumerate() {
            let filed: usize = p
                .mailboxes
                .iter()
                .filter(|(a, (_, i))| *i == index && locked.is_live(a))
                .map(|(a, _)| p.rule_copies.get(a).map_or(1, Vec::len))
                .sum();
            let queued = p.queued.iter().filter(|q| q.content == index).count();
            let refs = i64::try_from(filed + queued).unwrap_or(i64::MAX);
            contents
                .entry(content.sha256.as_slice())
                .or_insert((content, 0))
                .1 += refs;
        }
    }
    // A content nothing refers to (a forwarded message's unsealed form, a copy whose mailbox
    // went meanwhile) is not stored: it would never be released.
    let new: Vec<inbox::NewContent<'_>> = contents
        .values()
        .filter(|(_, refs)| *refs > 0)
        .map(|(c, refs)| inbox::NewContent {
            sha256: &c.sha256,
            body: &c.content,
            summary: &c.summary,
            refs: *refs,
        })
        .collect();
    let content_ids = inbox::store_contents(tx, &new).await?;

    let mut copies = Vec::new();
    let mut delivered = Vec::with_capacity(plans.len());
    let mut queued = Vec::new();
    for p in plans {
        let content_id_of = |index: usize| {
            p.contents
                .get(index)
                .and_then(|c| content_ids.get(&c.sha256).copied())
                .ok_or_else(|| {
                    DeliveryError::Batch("stored content missing from its own insert".into())
                })
        };
        let content_id = content_id_of(0)
            .or_else(|e| match p.queued.first() {
                Some(q) => content_id_of(q.content),
                None => Err(e),
            })
            .unwrap_or_default();
        let mut filed = 0;
        for (account, (rcpt, index)) in &p.mailboxes {
            if !locked.is_live(account) {
                continue;
            }
            let arrival = if p.inbox_accounts.contains(account) {
                inbox::Arrival::Inbox
            } else {
                p.folder
            };
            let default = [RuleCopy {
                folder: inbox::Filing::Arrival(arrival),
                flags: Vec::new(),
            }];
            let wanted = p
                .rule_copies
                .get(account)
                .map_or(&default[..], Vec::as_slice);
            for copy in wanted {
                copies.push(inbox::InboxCopy {
                    account: *account,
                    content_id: content_id_of(*index)?,
                    size: p.contents.get(*index).map_or(0, PlannedContent::size),
                    envelope_from: p.envelope_from.clone(),
                    envelope_to: rcpt.clone(),
                    folder: copy.folder.clone(),
                    flags: copy.flags.clone(),
                });
                filed += 1;
            }
        }
        for q in &p.queued {
            queued.push(postbay_queue::NewEntry {
                id: postbay_core::ids::QueueId::new(),
                content_id: content_id_of(q.content)?,
                envelope_from: q.envelope_from.clone(),
                dsn: p.dsn.clone(),
                size: p.contents.get(q.content).map_or(0, PlannedContent::size),
                dkim_domain: p.dkim_domain.clone(),
                recipients: q
                    .recipients
                    .iter()
                    .map(|(address, dsn)| postbay_queue::NewRecipient {
                        address: address.clone(),
                        domain: address
                            .rsplit_once('@')
                            .map(|(_, d)| d.to_ascii_lowercase())
                            .unwrap_or_default(),
                        notify: dsn.notify.clone(),
                        orcpt: dsn.orcpt.clone(),
                    })
                    .collect(),
            });
        }
        delivered.push(Delivered {
            mailboxes: filed,
            queued: p.queued_recipients(),
            content_id,
        });
    }
    inbox::file_in_inboxes(tx, &locked, copies).await?;
    postbay_queue::enqueue(tx, &queued).await?;
    Ok(delivered)
}
