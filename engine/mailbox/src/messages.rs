//! Message copies in a folder as IMAP sees them: listing with flags and modseqs, flag changes,
//! APPEND and COPY (new uids, usage and references counted in the same transaction).

use chrono::{DateTime, Utc};
use postbay_ids::FolderId;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::{MailboxError, MailboxResult};

/// One copy with what IMAP shows of it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Message {
    pub id: Uuid,
    pub uid: i64,
    pub size: i64,
    pub flags: Vec<String>,
    pub modseq: i64,
    pub internal_date: DateTime<Utc>,
    /// What SORT (DATE) orders by: the Date header, else the internal date (RFC 5256).
    pub sort_date: DateTime<Utc>,
    pub content_id: Uuid,
}

const COLUMNS: &str = "id, uid, size, flags, modseq, internal_date, sort_date, content_id";

/// The folder's messages in uid order.
pub async fn list(pool: &PgPool, folder: FolderId) -> MailboxResult<Vec<Message>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM messages WHERE folder_id = $1 ORDER BY uid"
    ))
    .bind(folder)
    .fetch_all(pool)
    .await?)
}

/// The folder's messages changed after `modseq` (new ones and flag changes), in uid order.
pub async fn changed_since(
    pool: &PgPool,
    folder: FolderId,
    modseq: i64,
) -> MailboxResult<Vec<Message>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM messages WHERE folder_id = $1 AND modseq > $2 ORDER BY uid"
    ))
    .bind(folder)
    .bind(modseq)
    .fetch_all(pool)
    .await?)
}

/// Uids as inclusive ranges, in order and apart: what was expunged, or a client's known uids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UidRanges(Vec<(i64, i64)>);

impl UidRanges {
    /// Ranges in any order, overlapping or not.
    pub fn new(mut ranges: Vec<(i64, i64)>) -> Self {
        ranges.retain(|(lo, hi)| lo <= hi);
        ranges.sort_unstable();
        let mut merged: Vec<(i64, i64)> = Vec::with_capacity(ranges.len());
        for (lo, hi) in ranges {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        Self(merged)
    }

    /// Single uids, sorted.
    pub fn from_sorted(uids: &[i64]) -> Self {
        Self::new(uids.iter().map(|&u| (u, u)).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, uid: i64) -> bool {
        let at = self.0.partition_point(|&(_, hi)| hi < uid);
        self.0.get(at).is_some_and(|&(lo, _)| lo <= uid)
    }

    /// The uids in both.
    pub fn intersect(&self, other: &UidRanges) -> UidRanges {
        let (mut i, mut j) = (0, 0);
        let mut out = Vec::new();
        while i < self.0.len() && j < other.0.len() {
            let (a, b) = (self.0[i], other.0[j]);
            let (lo, hi) = (a.0.max(b.0), a.1.min(b.1));
            if lo <= hi {
                out.push((lo, hi));
            }
            if a.1 < b.1 { i += 1 } else { j += 1 }
        }
        UidRanges(out)
    }
}

impl std::fmt::Display for UidRanges {
    /// IMAP's sequence-set form: `1:3,7`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (k, (lo, hi)) in self.0.iter().enumerate() {
            if k > 0 {
                f.write_str(",")?;
            }
            if lo == hi {
                write!(f, "{lo}")?;
            } else {
                write!(f, "{lo}:{hi}")?;
            }
        }
        Ok(())
    }
}

/// The uids expunged from the folder after `modseq` (for EXPUNGE and VANISHED). When that
/// part of the history has been pruned (see [`prune_expunge_history`]), every uid below the
/// folder's next uid that no message has is named: VANISHED may name uids that never existed
/// (RFC 7162 section 3.2.10), and a session's view only holds uids that did.
pub async fn expunged_since(
    pool: &PgPool,
    folder: FolderId,
    modseq: i64,
) -> MailboxResult<UidRanges> {
    let history_from: Option<(i64, i64)> =
        sqlx::query_as("SELECT expunge_history_from, uid_next FROM folders WHERE id = $1")
            .bind(folder)
            .fetch_optional(pool)
            .await?;
    let Some((history_from, uid_next)) = history_from else {
        return Ok(UidRanges::default());
    };
    if modseq >= history_from {
        let uids: Vec<i64> = sqlx::query_scalar(
            "SELECT uid FROM expunged_messages WHERE folder_id = $1 AND modseq > $2 ORDER BY uid",
        )
        .bind(folder)
        .bind(modseq)
        .fetch_all(pool)
        .await?;
        return Ok(UidRanges::from_sorted(&uids));
    }
    let existing = existing_uids(pool, folder).await?;
    let mut gaps = Vec::new();
    let mut next = 1;
    for uid in existing.into_iter().chain(std::iter::once(uid_next)) {
        if uid > next {
            gaps.push((next, uid - 1));
        }
        next = next.max(uid + 1);
    }
    Ok(UidRanges::new(gaps))
}

/// Records uids expunged from a folder at its next modseq (the caller's transaction also
/// lowers the folder's message count by as many).
pub(crate) async fn record_expunges(
    conn: &mut PgConnection,
    folder: FolderId,
    uids: &[i64],
) -> MailboxResult<()> {
    let count = i64::try_from(uids.len()).unwrap_or(i64::MAX);
    sqlx::query(
        "WITH f AS (UPDATE folders SET highest_modseq = highest_modseq + 1,
                      message_count = message_count - $2 WHERE id = $1 RETURNING highest_modseq)
         INSERT INTO expunged_messages (folder_id, uid, modseq)
         SELECT $1, u, f.highest_modseq FROM f, unnest($3::bigint[]) AS u
         ON CONFLICT (folder_id, uid) DO UPDATE SET modseq = EXCLUDED.modseq, expunged_at = now()",
    )
    .bind(folder)
    .bind(count)
    .bind(uids)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets expunges older than `keep`, a batch at a time, raising each folder's
/// `expunge_history_from` past what was forgotten. Returns how many were forgotten.
pub async fn prune_expunge_history(pool: &PgPool, keep: std::time::Duration) -> MailboxResult<u64> {
    const BATCH: i64 = 10_000;
    let mut total = 0;
    loop {
        let done: i64 = sqlx::query_scalar(
            "WITH gone AS (
                 DELETE FROM expunged_messages WHERE ctid IN (
                     SELECT ctid FROM expunged_messages
                     WHERE expunged_at < now() - make_interval(secs => $1) LIMIT $2)
                 RETURNING folder_id, modseq),
             floors AS (SELECT folder_id, max(modseq) AS modseq FROM gone GROUP BY folder_id),
             raised AS (UPDATE folders f SET expunge_history_from = GREATEST(f.expunge_history_from, floors.modseq)
                        FROM floors WHERE f.id = floors.folder_id)
             SELECT count(*) FROM gone",
        )
        .bind(keep.as_secs_f64())
        .bind(BATCH)
        .fetch_one(pool)
        .await?;
        total += u64::try_from(done).unwrap_or(0);
        if done < BATCH {
            return Ok(total);
        }
    }
}

/// The folder's messages with uids from `first` to `last`, in uid order.
pub async fn by_uid_range(
    pool: &PgPool,
    folder: FolderId,
    first: i64,
    last: i64,
) -> MailboxResult<Vec<Message>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM messages WHERE folder_id = $1 AND uid BETWEEN $2 AND $3 ORDER BY uid"
    ))
    .bind(folder)
    .bind(first)
    .bind(last)
    .fetch_all(pool)
    .await?)
}

/// The folder's messages with these uids, in uid order (uids it does not have are left out).
pub async fn by_uids(pool: &PgPool, folder: FolderId, uids: &[i64]) -> MailboxResult<Vec<Message>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM messages WHERE folder_id = $1 AND uid = ANY($2) ORDER BY uid"
    ))
    .bind(folder)
    .bind(uids)
    .fetch_all(pool)
    .await?)
}

/// Whole contents by id, one query (contents gone meanwhile are left out).
pub async fn contents(
    pool: &PgPool,
    ids: &[Uuid],
) -> MailboxResult<std::collections::HashMap<Uuid, Vec<u8>>> {
    let found: Vec<(Uuid, Vec<u8>)> =
        sqlx::query_as("SELECT id, body FROM message_contents WHERE id = ANY($1)")
            .bind(ids)
            .fetch_all(pool)
            .await?;
    Ok(found.into_iter().collect())
}

/// The subjects SORT (SUBJECT) and THREAD order by, kept on each copy (as the content's
/// summary has it, see [`crate::summary`]), by uid: a folder's own rows, never its contents.
/// `uids` narrows the answer; `None` is the whole folder.
pub async fn sort_subjects(
    pool: &PgPool,
    folder: FolderId,
    uids: Option<&[i64]>,
) -> MailboxResult<Vec<(i64, Option<String>)>> {
    Ok(sqlx::query_as(
        "SELECT uid, sort_subject FROM messages
         WHERE folder_id = $1 AND ($2::bigint[] IS NULL OR uid = ANY($2))",
    )
    .bind(folder)
    .bind(uids)
    .fetch_all(pool)
    .await?)
}

/// What SORT by address (FROM, TO, CC, DISPLAYFROM, DISPLAYTO) reads of a content's summary,
/// taken out of the JSON by PostgreSQL: only these fields travel, and nothing is parsed here.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct FirstAddresses {
    pub id: Uuid,
    /// The first address of each list (summaries from before the first entries were kept).
    pub from_listed: Option<String>,
    pub to_listed: Option<String>,
    pub cc_listed: Option<String>,
    /// Whether the first entry is kept, and its parts.
    pub from_kept: bool,
    pub from_name: Option<String>,
    pub from_mailbox: Option<String>,
    pub from_address: Option<String>,
    pub to_kept: bool,
    pub to_name: Option<String>,
    pub to_mailbox: Option<String>,
    pub to_address: Option<String>,
    pub cc_kept: bool,
    pub cc_name: Option<String>,
    pub cc_mailbox: Option<String>,
    pub cc_address: Option<String>,
}

/// The first addresses of contents by id (contents gone meanwhile are left out).
pub async fn first_addresses(pool: &PgPool, ids: &[Uuid]) -> MailboxResult<Vec<FirstAddresses>> {
    Ok(sqlx::query_as(
        "SELECT id, summary->'from'->>0 AS from_listed, summary->'to'->>0 AS to_listed,
                summary->'cc'->>0 AS cc_listed,
                COALESCE(jsonb_typeof(summary->'firstFrom') = 'object', false) AS from_kept,
                summary->'firstFrom'->>'name' AS from_name,
                summary->'firstFrom'->>'mailbox' AS from_mailbox,
                summary->'firstFrom'->>'address' AS from_address,
                COALESCE(jsonb_typeof(summary->'firstTo') = 'object', false) AS to_kept,
                summary->'firstTo'->>'name' AS to_name,
                summary->'firstTo'->>'mailbox' AS to_mailbox,
                summary->'firstTo'->>'address' AS to_address,
                COALESCE(jsonb_typeof(summary->'firstCc') = 'object', false) AS cc_kept,
                summary->'firstCc'->>'name' AS cc_name,
                summary->'firstCc'->>'mailbox' AS cc_mailbox,
                summary->'firstCc'->>'address' AS cc_address
         FROM message_contents WHERE id = ANY($1)",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?)
}

/// The ids of the folder's messages flagged \Deleted (among `uids`, when given).
pub async fn deleted(
    pool: &PgPool,
    folder: FolderId,
    uids: Option<&[i64]>,
) -> MailboxResult<Vec<Uuid>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM messages WHERE folder_id = $1 AND '\\Deleted' = ANY(flags)
         AND ($2::bigint[] IS NULL OR uid = ANY($2))",
    )
    .bind(folder)
    .bind(uids)
    .fetch_all(pool)
    .await?)
}

/// An account's usage and quotas (0 = no quota).
#[derive(Debug, Clone, Copy, sqlx::FromRow)]
pub struct Usage {
    pub used_bytes: i64,
    pub quota_bytes: i64,
    pub used_messages: i64,
    pub quota_messages: i64,
}

pub async fn usage(pool: &PgPool, account: Uuid) -> MailboxResult<Usage> {
    sqlx::query_as(
        "SELECT used_bytes, quota_bytes, used_messages, quota_messages FROM accounts WHERE id = $1",
    )
    .bind(account)
    .fetch_optional(pool)
    .await?
    .ok_or(MailboxError::NoAccount)
}

/// The folder's uids, in order.
pub async fn existing_uids(pool: &PgPool, folder: FolderId) -> MailboxResult<Vec<i64>> {
    Ok(
        sqlx::query_scalar("SELECT uid FROM messages WHERE folder_id = $1 ORDER BY uid")
            .bind(folder)
            .fetch_all(pool)
            .await?,
    )
}

/// A whole message content.
pub async fn content(pool: &PgPool, content: Uuid) -> MailboxResult<Vec<u8>> {
    let body: Option<Vec<u8>> =
        sqlx::query_scalar("SELECT body FROM message_contents WHERE id = $1")
            .bind(content)
            .fetch_optional(pool)
            .await?;
    body.ok_or(MailboxError::NoMessage)
}

/// How STORE changes flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagChange {
    Add,
    Remove,
    Replace,
}

/// Changes the flags of copies in `folder`; each changed copy gets the folder's next modseq.
/// With `unchanged_since` (CONDSTORE), copies modified later are left alone. Returns the
/// copies as they are now.
pub async fn store_flags(
    pool: &PgPool,
    folder: FolderId,
    ids: &[Uuid],
    change: FlagChange,
    flags: &[String],
    unchanged_since: Option<i64>,
) -> MailboxResult<Vec<Message>> {
    let mut tx = pool.begin().await?;
    let modseq: i64 = sqlx::query_scalar(
        "UPDATE folders SET highest_modseq = highest_modseq + 1 WHERE id = $1 RETURNING highest_modseq",
    )
    .bind(folder)
    .fetch_one(&mut *tx)
    .await?;
    let new_flags = match change {
        FlagChange::Add => "ARRAY(SELECT DISTINCT unnest(flags || $4::text[]) ORDER BY 1)",
        FlagChange::Remove => {
            "ARRAY(SELECT unnest(flags) EXCEPT SELECT unnest($4::text[]) ORDER BY 1)"
        }
        FlagChange::Replace => "ARRAY(SELECT DISTINCT unnest($4::text[]) ORDER BY 1)",
    };
    let changed: Vec<Message> = sqlx::query_as(&format!(
        "UPDATE messages SET flags = {new_flags}, modseq = $3
         WHERE folder_id = $1 AND id = ANY($2) AND flags IS DISTINCT FROM {new_flags}
           AND ($5::bigint IS NULL OR modseq <= $5)
         RETURNING {COLUMNS}"
    ))
    .bind(folder)
    .bind(ids)
    .bind(modseq)
    .bind(flags)
    .bind(unchanged_since)
    .fetch_all(&mut *tx)
    .await?;
    if change != FlagChange::Remove && !changed.is_empty() {
        remember_keywords(&mut tx, folder, flags).await?;
    }
    if changed.is_empty() {
        tx.rollback().await?;
    } else {
        notify(&mut tx, folder.0).await?;
        tx.commit().await?;
    }
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM messages WHERE folder_id = $1 AND id = ANY($2) ORDER BY uid"
    ))
    .bind(folder)
    .bind(ids)
    .fetch_all(pool)
    .await?)
}

/// Keywords one folder may have (each new one is announced to every client that has the
/// folder open).
pub const MAX_KEYWORDS: usize = 256;
/// Longest keyword, bytes (every FLAGS response lists them all).
pub const MAX_KEYWORD_LENGTH: usize = 100;

/// Adds the keywords among `flags` to the folder's list (its row is locked by the caller's
/// change already); more than [`MAX_KEYWORDS`] are refused.
pub(crate) async fn remember_keywords<'a>(
    conn: &mut PgConnection,
    folder: FolderId,
    flags: impl IntoIterator<Item = &'a String>,
) -> MailboxResult<()> {
    let mut keywords: Vec<&str> = flags
        .into_iter()
        .map(String::as_str)
        .filter(|f| !f.starts_with('\\'))
        .collect();
    if keywords.is_empty() {
        return Ok(());
    }
    if keywords.iter().any(|k| k.len() > MAX_KEYWORD_LENGTH) {
        return Err(MailboxError::KeywordTooLong);
    }
    keywords.sort_unstable();
    keywords.dedup();
    let count: Option<i32> = sqlx::query_scalar(
        "UPDATE folders SET keywords = ARRAY(SELECT DISTINCT unnest(keywords || $2::text[]) ORDER BY 1)
         WHERE id = $1 AND NOT keywords @> $2::text[] RETURNING cardinality(keywords)",
    )
    .bind(folder)
    .bind(&keywords)
    .fetch_optional(&mut *conn)
    .await?;
    if count.is_some_and(|n| usize::try_from(n).unwrap_or(usize::MAX) > MAX_KEYWORDS) {
        return Err(MailboxError::TooManyKeywords);
    }
    Ok(())
}

/// Tells every session watching `what` (in any process) that it changed: a folder's id when
/// its messages did, an account's id when its folder list did.
pub(crate) async fn notify(conn: &mut PgConnection, what: Uuid) -> MailboxResult<()> {
    sqlx::query("SELECT pg_notify('postbay_mailbox', $1)")
        .bind(what.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// Locks the account's domain, tenants and the account, in the order every change takes them;
/// returns the domain and the tenant path.
pub(crate) async fn lock_place(
    conn: &mut PgConnection,
    account: Uuid,
) -> MailboxResult<(Uuid, Vec<Uuid>)> {
    let place: Option<(Uuid, Vec<Uuid>)> = sqlx::query_as(
        "SELECT d.id, t.ancestors FROM accounts a JOIN domains d ON d.id = a.domain_id
         JOIN tenants t ON t.id = d.tenant_id WHERE a.id = $1",
    )
    .bind(account)
    .fetch_optional(&mut *conn)
    .await?;
    let (domain, tenants) = place.ok_or(MailboxError::NoAccount)?;
    sqlx::query("SELECT id FROM domains WHERE id = $1 FOR UPDATE")
        .bind(domain)
        .execute(&mut *conn)
        .await?;
    sqlx::query("SELECT id FROM tenants WHERE id = ANY($1) ORDER BY id FOR UPDATE")
        .bind(&tenants)
        .execute(&mut *conn)
        .await?;
    sqlx::query("SELECT id FROM accounts WHERE id = $1 FOR UPDATE")
        .bind(account)
        .execute(&mut *conn)
        .await?;
    Ok((domain, tenants))
}

/// [`lock_place`], then whether the account may take `bytes` and `messages` more (its
/// quotas and every tenant's storage limit).
async fn lock_account(
    conn: &mut PgConnection,
    account: Uuid,
    bytes: i64,
    messages: i64,
) -> MailboxResult<(Uuid, Vec<Uuid>)> {
    let (domain, tenants) = lock_place(conn, account).await?;
    let fits: bool = sqlx::query_scalar(
        "SELECT (a.quota_bytes = 0 OR a.used_bytes + $2 <= a.quota_bytes)
            AND (a.quota_messages = 0 OR a.used_messages + $3 <= a.quota_messages)
            AND NOT EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY($4)
                            AND x.max_storage_bytes > 0 AND x.storage_bytes + $2 > x.max_storage_bytes)
         FROM accounts a WHERE a.id = $1",
    )
    .bind(account)
    .bind(bytes)
    .bind(messages)
    .bind(&tenants)
    .fetch_one(&mut *conn)
    .await?;
    if !fits {
        return Err(MailboxError::OverQuota);
    }
    Ok((domain, tenants))
}

/// Adds stored bytes and messages (negative: takes them away) to the account, its domain and
/// every tenant above; the rows are locked already.
pub(crate) async fn count_usage(
    conn: &mut PgConnection,
    account: Uuid,
    domain: Uuid,
    tenants: &[Uuid],
    bytes: i64,
    messages: i64,
) -> MailboxResult<()> {
    let change = crate::usage::UsageChange {
        account,
        domain,
        tenants,
        bytes,
        messages,
    };
    crate::usage::count(conn, &[change]).await
}

/// Takes `n` uids in `folder` (and as many modseqs); returns the first uid, the first modseq
/// and the folder's uid validity.
async fn take_uids(
    conn: &mut PgConnection,
    folder: FolderId,
    n: i64,
) -> MailboxResult<(i64, i64, i64)> {
    let row: Option<(i64, i64, i64)> = sqlx::query_as(
        "UPDATE folders SET uid_next = uid_next + $2, highest_modseq = highest_modseq + $2,
                message_count = message_count + $2
         WHERE id = $1 RETURNING uid_next - $2, highest_modseq - $2 + 1, uid_validity",
    )
    .bind(folder)
    .bind(n)
    .fetch_optional(&mut *conn)
    .await?;
    row.ok_or(MailboxError::NoFolder)
}

/// Stores a message in `folder` (IMAP APPEND): the quota is enforced, the content stored once.
/// Returns the folder's uid validity and the new uid.
pub async fn append(
    pool: &PgPool,
    account: Uuid,
    folder: FolderId,
    content: &[u8],
    flags: &[String],
    internal_date: Option<DateTime<Utc>>,
) -> MailboxResult<(i64, i64)> {
    let one = [NewMessage {
        content,
        flags,
        internal_date,
    }];
    let (validity, uids) = append_many(pool, account, folder, &one).await?;
    Ok((validity, uids.first().copied().unwrap_or_default()))
}

/// A message to store with [`append_many`].
pub struct NewMessage<'a> {
    pub content: &'a [u8],
    pub flags: &'a [String],
    pub internal_date: Option<DateTime<Utc>>,
}

/// Stores several messages in `folder` in one transaction (IMAP MULTIAPPEND, RFC 3502): all
/// of them or, when one cannot be (quota, a keyword too many), none. Returns the folder's uid
/// validity and the new uids, in order.
pub async fn append_many(
    pool: &PgPool,
    account: Uuid,
    folder: FolderId,
    new: &[NewMessage<'_>],
) -> MailboxResult<(i64, Vec<i64>)> {
    let sizes: Vec<i64> = new
        .iter()
        .map(|m| i64::try_from(m.content.len()).unwrap_or(i64::MAX))
        .collect();
    let total: i64 = sizes.iter().fold(0i64, |a, s| a.saturating_add(*s));
    let n = i64::try_from(new.len()).unwrap_or(i64::MAX);
    let mut tx = pool.begin().await?;
    let (domain, tenants) = lock_account(&mut tx, account, total, n).await?;
    // Contents are shared across accounts by digest: taken in digest order, so two APPENDs
    // of the same contents in another order cannot deadlock.
    let digests: Vec<Vec<u8>> = new
        .iter()
        .map(|m| Sha256::digest(m.content).to_vec())
        .collect();
    let mut order: Vec<usize> = (0..new.len()).collect();
    order.sort_by(|&a, &b| digests[a].cmp(&digests[b]));
    let mut content_ids = vec![Uuid::nil(); new.len()];
    for k in order {
        let (m, size, digest) = (&new[k], &sizes[k], &digests[k]);
        let id: Uuid = sqlx::query_scalar(
            "INSERT INTO message_contents (id, sha256, size, body, summary, refs) VALUES ($1, $2, $3, $4, $5, 1)
             ON CONFLICT (sha256) DO UPDATE SET refs = message_contents.refs + 1 RETURNING id",
        )
        .bind(Uuid::now_v7())
        .bind(digest)
        .bind(size)
        .bind(m.content)
        .bind(crate::summary(m.content))
        .fetch_one(&mut *tx)
        .await?;
        content_ids[k] = id;
    }
    let (first, modseq, validity) = take_uids(&mut tx, folder, n).await?;
    let uids: Vec<i64> = (0..n).map(|k| first + k).collect();
    // One statement for the copies; flags go as one text per message (a 2-D array would
    // need every list the same length).
    let ids: Vec<Uuid> = new.iter().map(|_| Uuid::now_v7()).collect();
    let flags: Vec<String> = new
        .iter()
        .map(|m| serde_json::to_string(m.flags).unwrap_or_else(|_| "[]".into()))
        .collect();
    let dates: Vec<Option<DateTime<Utc>>> = new.iter().map(|m| m.internal_date).collect();
    let modseqs: Vec<i64> = (0..n).map(|k| modseq + k).collect();
    sqlx::query(
        "INSERT INTO messages (id, folder_id, account_id, uid, content_id, size, flags, internal_date,
                               sort_date, sort_subject, modseq, envelope_to)
         SELECT d.id, $1, $2, d.uid, d.content, d.size,
                ARRAY(SELECT jsonb_array_elements_text(d.flags::jsonb)), COALESCE(d.at, now()),
                message_sort_date(c.summary, COALESCE(d.at, now())), c.summary->>'subject',
                d.modseq, ''
         FROM unnest($3::uuid[], $4::bigint[], $5::uuid[], $6::bigint[], $7::text[], $8::timestamptz[], $9::bigint[])
              AS d(id, uid, content, size, flags, at, modseq)
         JOIN message_contents c ON c.id = d.content",
    )
    .bind(folder)
    .bind(account)
    .bind(&ids)
    .bind(&uids)
    .bind(&content_ids)
    .bind(&sizes)
    .bind(&flags)
    .bind(&dates)
    .bind(&modseqs)
    .execute(&mut *tx)
    .await?;
    remember_keywords(&mut tx, folder, new.iter().flat_map(|m| m.flags)).await?;
    count_usage(&mut tx, account, domain, &tenants, total, n).await?;
    notify(&mut tx, folder.0).await?;
    tx.commit().await?;
    Ok((validity, uids))
}

/// Copies messages of the account into `to` (IMAP COPY, and MOVE before its expunge), in uid
/// order. Returns the target's uid validity and (source uid, new uid) pairs.
pub async fn copy(
    pool: &PgPool,
    account: Uuid,
    from: FolderId,
    ids: &[Uuid],
    to: FolderId,
) -> MailboxResult<(i64, Vec<(i64, i64)>)> {
    let mut tx = pool.begin().await?;
    let sources: Vec<Message> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM messages
         WHERE folder_id = $1 AND account_id = $2 AND id = ANY($3) ORDER BY uid"
    ))
    .bind(from)
    .bind(account)
    .bind(ids)
    .fetch_all(&mut *tx)
    .await?;
    let bytes: i64 = sources.iter().map(|s| s.size).sum();
    let n = i64::try_from(sources.len()).unwrap_or(i64::MAX);
    let (domain, tenants) = lock_account(&mut tx, account, bytes, n).await?;
    if sources.is_empty() {
        let validity: i64 = sqlx::query_scalar("SELECT uid_validity FROM folders WHERE id = $1")
            .bind(to)
            .fetch_one(&mut *tx)
            .await?;
        return Ok((validity, Vec::new()));
    }
    let (first, modseq, validity) = take_uids(&mut tx, to, n).await?;
    remember_keywords(&mut tx, to, sources.iter().flat_map(|s| &s.flags)).await?;
    // One statement for every copy: each takes the next uid and modseq of the target and the
    // rest (content, size, flags, internal date) from its source row.
    let offsets = 0..n;
    let new_ids: Vec<Uuid> = offsets.clone().map(|_| Uuid::now_v7()).collect();
    let new_uids: Vec<i64> = offsets.clone().map(|k| first + k).collect();
    let modseqs: Vec<i64> = offsets.map(|k| modseq + k).collect();
    let source_ids: Vec<Uuid> = sources.iter().map(|s| s.id).collect();
    sqlx::query(
        "INSERT INTO messages (id, folder_id, account_id, uid, content_id, size, flags, internal_date,
                               sort_date, sort_subject, modseq, envelope_to)
         SELECT d.id, $1, $2, d.uid, s.content_id, s.size, s.flags, s.internal_date, s.sort_date,
                s.sort_subject, d.modseq, ''
         FROM unnest($3::uuid[], $4::bigint[], $5::bigint[], $6::uuid[]) AS d(id, uid, modseq, source)
         JOIN messages s ON s.id = d.source",
    )
    .bind(to)
    .bind(account)
    .bind(&new_ids)
    .bind(&new_uids)
    .bind(&modseqs)
    .bind(&source_ids)
    .execute(&mut *tx)
    .await?;
    let pairs: Vec<(i64, i64)> = sources.iter().map(|s| s.uid).zip(new_uids).collect();
    let contents: Vec<Uuid> = sources.iter().map(|s| s.content_id).collect();
    sqlx::query(
        "UPDATE message_contents c SET refs = c.refs + d.n
         FROM (SELECT id, count(*) AS n FROM unnest($1::uuid[]) AS id GROUP BY id) d WHERE c.id = d.id",
    )
    .bind(&contents)
    .execute(&mut *tx)
    .await?;
    count_usage(&mut tx, account, domain, &tenants, bytes, n).await?;
    notify(&mut tx, to.0).await?;
    tx.commit().await?;
    Ok((validity, pairs))
}

/// Moves messages of the account from `from` to `to` (IMAP MOVE) in one transaction: the
/// copies change folder and take new uids there, the source records them as expunged, and
/// usage does not change (moving to Deleted Items must work in a full mailbox). Returns the
/// target's uid validity and (old uid, new uid) pairs.
pub async fn move_messages(
    pool: &PgPool,
    account: Uuid,
    from: FolderId,
    ids: &[Uuid],
    to: FolderId,
) -> MailboxResult<(i64, Vec<(i64, i64)>)> {
    let mut tx = pool.begin().await?;
    // Account first (as every change), then both folders in id order, then the messages.
    lock_place(&mut tx, account).await?;
    let mut both = [from, to];
    both.sort();
    sqlx::query(
        "SELECT id FROM folders WHERE id = ANY($1) AND account_id = $2 ORDER BY id FOR UPDATE",
    )
    .bind(&both[..])
    .bind(account)
    .execute(&mut *tx)
    .await?;
    let sources: Vec<(Uuid, i64, Vec<String>)> = sqlx::query_as(
        "SELECT id, uid, flags FROM messages WHERE folder_id = $1 AND account_id = $2 AND id = ANY($3)
         ORDER BY uid FOR UPDATE",
    )
    .bind(from)
    .bind(account)
    .bind(ids)
    .fetch_all(&mut *tx)
    .await?;
    // Into the folder it is in (RFC 6851 allows it): new uids at the end, the old ones
    // expunged, as for any other target — `take_uids` and `record_expunges` leave the count as
    // it was.
    if sources.is_empty() {
        let validity: i64 = sqlx::query_scalar("SELECT uid_validity FROM folders WHERE id = $1")
            .bind(to)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(MailboxError::NoFolder)?;
        return Ok((validity, Vec::new()));
    }
    let n = i64::try_from(sources.len()).unwrap_or(i64::MAX);
    let (first, modseq, validity) = take_uids(&mut tx, to, n).await?;
    remember_keywords(&mut tx, to, sources.iter().flat_map(|(_, _, f)| f)).await?;
    let ids: Vec<Uuid> = sources.iter().map(|(id, _, _)| *id).collect();
    let old_uids: Vec<i64> = sources.iter().map(|(_, u, _)| *u).collect();
    let new_uids: Vec<i64> = (0..n).map(|k| first + k).collect();
    let modseqs: Vec<i64> = (0..n).map(|k| modseq + k).collect();
    sqlx::query(
        "UPDATE messages m SET folder_id = $1, uid = d.uid, modseq = d.modseq
         FROM unnest($2::uuid[], $3::bigint[], $4::bigint[]) AS d(id, uid, modseq) WHERE m.id = d.id",
    )
    .bind(to)
    .bind(&ids)
    .bind(&new_uids)
    .bind(&modseqs)
    .execute(&mut *tx)
    .await?;
    record_expunges(&mut tx, from, &old_uids).await?;
    notify(&mut tx, from.0).await?;
    notify(&mut tx, to.0).await?;
    tx.commit().await?;
    Ok((validity, old_uids.into_iter().zip(new_uids).collect()))
}

#[cfg(test)]
mod tests {
    use super::UidRanges;

    #[test]
    fn uid_ranges_merge_intersect_and_print() {
        let a = UidRanges::new(vec![(5, 7), (1, 2), (3, 3), (10, 12), (9, 8)]);
        assert_eq!(a.to_string(), "1:3,5:7,10:12");
        assert!(a.contains(3) && a.contains(12) && !a.contains(4) && !a.contains(8));
        let b = UidRanges::from_sorted(&[2, 4, 8, 11, 12, 13]);
        assert_eq!(a.intersect(&b).to_string(), "2,11:12");
        assert_eq!(UidRanges::new(vec![(1, 2), (3, 4)]).to_string(), "1:4");
        assert!(a.intersect(&UidRanges::default()).is_empty());
    }
}
