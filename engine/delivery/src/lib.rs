//! The delivery pipeline every inbound path uses (SMTP now; submission, IMAP APPEND, collection
//! and import later): it decides what a recipient address means, and stores a message for its
//! recipients in one transaction — local mailboxes get a copy in their Inbox (content stored
//! once), other recipients go to the outbound queue. Protocol crates call it; it knows no wire
//! format.

use std::collections::{BTreeMap, BTreeSet};

use postbay_core::aliases::{self, Resolution};
use postbay_core::names::EmailAddress;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

/// Why delivery could not go on.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Core(#[from] postbay_core::CoreError),
}

/// What a recipient address means, as far as accepting it at RCPT goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecipientCheck {
    /// A served domain, and the address reaches at least one mailbox or external address.
    Local,
    /// A served domain, but nothing answers to the address.
    Unknown,
    /// A mailbox it reaches is over its quota (a temporary failure).
    OverQuota,
    /// Not one of the server's domains: relaying, which the caller's policy decides.
    NotLocal,
}

/// Checks one recipient the way delivery will route it.
pub async fn check_recipient(
    pool: &PgPool,
    address: &EmailAddress,
) -> Result<RecipientCheck, DeliveryError> {
    let mut conn = pool.acquire().await?;
    let resolution = aliases::resolve(&mut conn, address, None).await?;
    if !resolution.local_domain {
        return Ok(RecipientCheck::NotLocal);
    }
    if resolution.unknown || (resolution.mailboxes.is_empty() && resolution.external.is_empty()) {
        return Ok(RecipientCheck::Unknown);
    }
    let ids: Vec<Uuid> = resolution
        .mailboxes
        .iter()
        .map(|m| m.account_id.0)
        .collect();
    let full: bool = sqlx::query_scalar(
        "SELECT COALESCE(bool_or((quota_bytes > 0 AND used_bytes >= quota_bytes)
                              OR (quota_messages > 0 AND used_messages >= quota_messages)), false)
         FROM accounts WHERE id = ANY($1)",
    )
    .bind(&ids)
    .fetch_one(&mut *conn)
    .await?;
    Ok(if full {
        RecipientCheck::OverQuota
    } else {
        RecipientCheck::Local
    })
}

/// A message's envelope as the protocol received it.
#[derive(Debug, Clone)]
pub struct Envelope {
    /// The reverse path; `None` for the null sender `<>` (bounces).
    pub from: Option<String>,
    /// Recipients as accepted, in order.
    pub recipients: Vec<EmailAddress>,
}

/// What happened to a stored message.
#[derive(Debug, Clone, Default)]
pub struct Delivered {
    /// Distinct mailboxes that received a copy.
    pub mailboxes: usize,
    /// External addresses queued for outbound delivery.
    pub queued: usize,
    /// The content's id (shared by every copy).
    pub content_id: Uuid,
}

/// Envelope fields IMAP and the admin API ask for, parsed once at delivery.
fn summary(content: &[u8]) -> serde_json::Value {
    let Some(message) = mail_parser::MessageParser::default().parse(content) else {
        return serde_json::json!({});
    };
    let addresses = |a: Option<&mail_parser::Address<'_>>| -> Vec<String> {
        a.map(|a| {
            a.iter()
                .filter_map(|addr| addr.address().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
    };
    serde_json::json!({
        "subject": message.subject(),
        "messageId": message.message_id(),
        "date": message.date().map(|d| d.to_rfc3339()),
        "from": addresses(message.from()),
        "to": addresses(message.to()),
        "cc": addresses(message.cc()),
    })
}

/// Stores `content` once and returns its id, taking `refs` references to it.
async fn store_content(
    conn: &mut PgConnection,
    content: &[u8],
    refs: i64,
) -> Result<Uuid, DeliveryError> {
    let digest = Sha256::digest(content).to_vec();
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO message_contents (id, sha256, size, body, summary, refs) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (sha256) DO UPDATE SET refs = message_contents.refs + EXCLUDED.refs
         RETURNING id",
    )
    .bind(Uuid::now_v7())
    .bind(&digest)
    .bind(i64::try_from(content.len()).unwrap_or(i64::MAX))
    .bind(content)
    .bind(summary(content))
    .bind(refs)
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}

/// Puts a copy into an account's Inbox (made on first use) and counts it against the account.
async fn file_into_inbox(
    conn: &mut PgConnection,
    account: Uuid,
    content_id: Uuid,
    size: i64,
    envelope_from: Option<&str>,
    envelope_to: &str,
) -> Result<(), DeliveryError> {
    sqlx::query(
        "INSERT INTO folders (id, account_id, name, special_use, uid_validity)
         VALUES ($1, $2, 'INBOX', 'inbox', extract(epoch FROM now())::bigint)
         ON CONFLICT DO NOTHING",
    )
    .bind(Uuid::now_v7())
    .bind(account)
    .execute(&mut *conn)
    .await?;
    // Taking the next uid locks the folder row: deliveries to one mailbox queue up here.
    let (folder, uid, modseq): (Uuid, i64, i64) = sqlx::query_as(
        "UPDATE folders SET uid_next = uid_next + 1, highest_modseq = highest_modseq + 1,
                message_count = message_count + 1
         WHERE account_id = $1 AND special_use = 'inbox'
         RETURNING id, uid_next - 1, highest_modseq",
    )
    .bind(account)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO messages (id, folder_id, account_id, uid, content_id, size, modseq, envelope_from, envelope_to)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(Uuid::now_v7())
    .bind(folder)
    .bind(account)
    .bind(uid)
    .bind(content_id)
    .bind(size)
    .bind(modseq)
    .bind(envelope_from)
    .bind(envelope_to)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Adds stored bytes and messages to accounts, and stored bytes to their domains and every
/// tenant above them.
async fn count_usage(
    conn: &mut PgConnection,
    accounts: &[Uuid],
    size: i64,
) -> Result<(), DeliveryError> {
    sqlx::query(
        "UPDATE accounts SET used_bytes = used_bytes + $2, used_messages = used_messages + 1 WHERE id = ANY($1)",
    )
    .bind(accounts)
    .bind(size)
    .execute(&mut *conn)
    .await?;
    let per_domain: Vec<(Uuid, i64, Vec<Uuid>)> = sqlx::query_as(
        "SELECT d.id, count(*)::bigint, t.ancestors FROM accounts a JOIN domains d ON d.id = a.domain_id
         JOIN tenants t ON t.id = d.tenant_id WHERE a.id = ANY($1) GROUP BY d.id, t.ancestors ORDER BY d.id",
    )
    .bind(accounts)
    .fetch_all(&mut *conn)
    .await?;
    let mut per_tenant: BTreeMap<Uuid, i64> = BTreeMap::new();
    for (domain, copies, ancestors) in &per_domain {
        let bytes = size.saturating_mul(*copies);
        sqlx::query("UPDATE domains SET storage_bytes = storage_bytes + $2 WHERE id = $1")
            .bind(domain)
            .bind(bytes)
            .execute(&mut *conn)
            .await?;
        for t in ancestors {
            *per_tenant.entry(*t).or_default() += bytes;
        }
    }
    // In id order, as every change of tenant counters, so concurrent changes cannot deadlock.
    for (tenant, bytes) in per_tenant {
        sqlx::query("UPDATE tenants SET storage_bytes = storage_bytes + $2 WHERE id = $1")
            .bind(tenant)
            .bind(bytes)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Delivers `content` (the message as it will be stored, trace headers included) to the
/// envelope's recipients in one transaction: nothing is stored unless everything is. Each
/// mailbox gets one copy however many recipients reach it; external addresses (aliases and
/// forwards that leave the server, or relayed recipients) are queued once.
pub async fn deliver(
    pool: &PgPool,
    envelope: &Envelope,
    content: &[u8],
) -> Result<Delivered, DeliveryError> {
    let size = i64::try_from(content.len()).unwrap_or(i64::MAX);
    let mut tx = pool.begin().await?;
    let mut mailboxes: BTreeMap<Uuid, String> = BTreeMap::new();
    let mut external: BTreeSet<String> = BTreeSet::new();
    for rcpt in &envelope.recipients {
        let Resolution {
            local_domain,
            mailboxes: reached,
            external: forwarded,
            ..
        } = aliases::resolve(&mut tx, rcpt, None).await?;
        if !local_domain {
            external.insert(rcpt.to_string());
            continue;
        }
        for m in reached {
            mailboxes
                .entry(m.account_id.0)
                .or_insert_with(|| rcpt.to_string());
        }
        external.extend(forwarded);
    }
    let refs = i64::try_from(mailboxes.len()).unwrap_or(i64::MAX) + i64::from(!external.is_empty());
    let content_id = store_content(&mut tx, content, refs).await?;
    for (account, rcpt) in &mailboxes {
        file_into_inbox(
            &mut tx,
            *account,
            content_id,
            size,
            envelope.from.as_deref(),
            rcpt,
        )
        .await?;
    }
    let accounts: Vec<Uuid> = mailboxes.keys().copied().collect();
    if !accounts.is_empty() {
        count_usage(&mut tx, &accounts, size).await?;
    }
    if !external.is_empty() {
        sqlx::query(
            "INSERT INTO outbound_queue (id, content_id, envelope_from, recipients) VALUES ($1, $2, $3, $4)",
        )
        .bind(Uuid::now_v7())
        .bind(content_id)
        .bind(envelope.from.as_deref())
        .bind(external.iter().cloned().collect::<Vec<_>>())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Delivered {
        mailboxes: mailboxes.len(),
        queued: external.len(),
        content_id,
    })
}
