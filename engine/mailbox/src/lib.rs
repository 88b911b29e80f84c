//! Mailbox operations over the mail store, shared by the mail access protocols (POP3 now,
//! IMAP next): what an account's folder holds, a message's content, and expunging copies with
//! every counter the delivery pipeline keeps (account, domain, tenants, content references)
//! changed in the same transaction.

pub mod folders;
pub mod inbox;
pub mod maildrop_lock;
pub mod message;
pub mod messages;
pub mod operations_log;
pub mod usage;

use std::collections::BTreeMap;

pub use postbay_ids::FolderId;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, thiserror::Error)]
pub enum MailboxError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the account no longer exists")]
    NoAccount,
    #[error("no such folder")]
    NoFolder,
    /// Delivery found an account without its Inbox: the store is damaged, not the request.
    #[error("account {0} has no Inbox")]
    NoInbox(uuid::Uuid),
    #[error("no such message")]
    NoMessage,
    #[error("a folder of that name exists")]
    Exists,
    #[error("not a valid folder name")]
    BadName,
    #[error("too many folders")]
    TooMany,
    #[error("special-use folders cannot be deleted or renamed")]
    Special,
    #[error("the folder has sub-folders")]
    HasChildren,
    #[error("over quota")]
    OverQuota,
    #[error("another folder has that special use")]
    UseTaken,
    #[error("the folder has as many keywords as it may")]
    TooManyKeywords,
    #[error("a keyword is too long")]
    KeywordTooLong,
}

/// Envelope fields IMAP and the admin API ask for, parsed once when a message is stored.
pub fn summary(content: &[u8]) -> serde_json::Value {
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
        "firstFrom": first_address(message.from()),
        "firstTo": first_address(message.to()),
        "firstCc": first_address(message.cc()),
    })
}

/// The first entry of an address list as IMAP's ENVELOPE shows it, for SORT (RFC 5256, RFC
/// 5957): a group's start counts, with the group's name as its mailbox.
fn first_address(list: Option<&mail_parser::Address<'_>>) -> serde_json::Value {
    let first = match list {
        Some(mail_parser::Address::List(l)) => l.first().map(|a| (a.name(), a.address())),
        Some(mail_parser::Address::Group(groups)) => groups.first().and_then(|g| match &g.name {
            Some(name) => Some((None, Some(name.as_ref()))),
            None => g.addresses.first().map(|a| (a.name(), a.address())),
        }),
        None => None,
    };
    match first {
        Some((name, address)) => serde_json::json!({
            "name": name,
            "mailbox": address.map(|a| a.rsplit_once('@').map_or(a, |(m, _)| m)),
            "address": address,
        }),
        None => serde_json::Value::Null,
    }
}

pub type MailboxResult<T> = Result<T, MailboxError>;

/// One message copy as a list shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageEntry {
    pub id: Uuid,
    pub uid: i64,
    pub size: i64,
    pub content_id: Uuid,
}

/// A folder's messages at one moment, in uid order.
#[derive(Debug, Clone, Default)]
pub struct FolderSnapshot {
    pub uid_validity: i64,
    pub messages: Vec<MessageEntry>,
}

/// The account's Inbox (empty when it has never received mail).
pub async fn inbox(pool: &PgPool, account: Uuid) -> MailboxResult<FolderSnapshot> {
    let folder: Option<(Uuid, i64)> = sqlx::query_as(
        "SELECT id, uid_validity FROM folders WHERE account_id = $1 AND special_use = 'inbox'",
    )
    .bind(account)
    .fetch_optional(pool)
    .await?;
    let Some((folder, uid_validity)) = folder else {
        return Ok(FolderSnapshot::default());
    };
    let messages = sqlx::query_as(
        "SELECT id, uid, size, content_id FROM messages WHERE folder_id = $1 ORDER BY uid",
    )
    .bind(folder)
    .fetch_all(pool)
    .await?;
    Ok(FolderSnapshot {
        uid_validity,
        messages,
    })
}

/// Bytes read from the store per query when a message is streamed.
pub const CHUNK: i64 = 1024 * 1024;

/// A part of a message's content: `len` bytes from `offset` (0-based); shorter at the end.
pub async fn content_chunk(
    pool: &PgPool,
    content: Uuid,
    offset: i64,
    len: i64,
) -> MailboxResult<Vec<u8>> {
    let chunk: Option<Vec<u8>> = sqlx::query_scalar(
        "SELECT substring(body FROM $2::int FOR $3::int) FROM message_contents WHERE id = $1",
    )
    .bind(content)
    .bind(offset + 1)
    .bind(len)
    .fetch_optional(pool)
    .await?;
    Ok(chunk.unwrap_or_default())
}

/// Removes copies of `account` for good: their folders' message counts and modseqs move on
/// (each expunged uid is kept with its modseq, for IMAP's QRESYNC), usage goes down on the
/// account, its domain and every tenant above, and content nobody refers to any more is
/// dropped. Ids that are not the account's, or already gone, are skipped. Returns how many
/// copies went.
pub async fn expunge(pool: &PgPool, account: Uuid, ids: &[Uuid]) -> MailboxResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    let mut tx = pool.begin().await?;
    let gone = expunge_in(&mut tx, account, Doomed::Copies(ids)).await?;
    tx.commit().await?;
    Ok(gone)
}

/// Which copies an expunge removes.
#[derive(Clone, Copy)]
pub(crate) enum Doomed<'a> {
    Copies(&'a [Uuid]),
    /// Every copy in a folder (the folder is being deleted).
    Folder(Uuid),
}

/// Drops `n` references to each content (a copy or a queue entry gone), and the contents no
/// longer referenced.
pub async fn release_contents(
    conn: &mut sqlx::PgConnection,
    per_content: &BTreeMap<Uuid, i64>,
) -> MailboxResult<()> {
    let contents: Vec<Uuid> = per_content.keys().copied().collect();
    let counts: Vec<i64> = per_content.values().copied().collect();
    sqlx::query(
        "UPDATE message_contents c SET refs = c.refs - d.n
         FROM unnest($1::uuid[], $2::bigint[]) AS d(id, n) WHERE c.id = d.id",
    )
    .bind(&contents)
    .bind(&counts)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM message_contents WHERE id = ANY($1) AND refs = 0")
        .bind(&contents)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Gives back what the stored mail of `accounts` (about to be deleted, with their messages, by
/// the caller's transaction) counts: references to shared content, and the bytes on their
/// domain (when it stays) and on every tenant in `tenant_path` (locked here in id order).
pub async fn release_account_mail(
    conn: &mut sqlx::PgConnection,
    accounts: &[Uuid],
    domain: Option<Uuid>,
    tenant_path: &[Uuid],
) -> MailboxResult<()> {
    sqlx::query(
        "UPDATE message_contents c SET refs = c.refs - m.n
         FROM (SELECT content_id, count(*) AS n FROM messages WHERE account_id = ANY($1) GROUP BY content_id) m
         WHERE c.id = m.content_id",
    )
    .bind(accounts)
    .execute(&mut *conn)
    .await?;
    let bytes: i64 = sqlx::query_scalar(
        "SELECT COALESCE(sum(used_bytes), 0)::bigint FROM accounts WHERE id = ANY($1)",
    )
    .bind(accounts)
    .fetch_one(&mut *conn)
    .await?;
    if bytes == 0 {
        return Ok(());
    }
    if let Some(domain) = domain {
        sqlx::query("UPDATE domains SET storage_bytes = storage_bytes - $2 WHERE id = $1")
            .bind(domain)
            .bind(bytes)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("SELECT id FROM tenants WHERE id = ANY($1) ORDER BY id FOR UPDATE")
        .bind(tenant_path)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE tenants SET storage_bytes = storage_bytes - $2 WHERE id = ANY($1)")
        .bind(tenant_path)
        .bind(bytes)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Expunges inside the caller's transaction (see [`expunge`]).
pub(crate) async fn expunge_in(
    tx: &mut sqlx::PgConnection,
    account: Uuid,
    doomed: Doomed<'_>,
) -> MailboxResult<usize> {
    let (ids, folder): (Vec<Uuid>, Option<Uuid>) = match doomed {
        Doomed::Copies(ids) => (ids.to_vec(), None),
        Doomed::Folder(f) => (Vec::new(), Some(f)),
    };
    let (domain, tenants) = messages::lock_place(tx, account).await?;
    // Then the folders, before their messages, as a flag change takes them.
    sqlx::query(
        "SELECT id FROM folders WHERE id IN (
             SELECT folder_id FROM messages WHERE account_id = $1 AND (id = ANY($2) OR folder_id = $3))
         ORDER BY id FOR UPDATE",
    )
    .bind(account)
    .bind(&ids)
    .bind(folder)
    .execute(&mut *tx)
    .await?;
    let gone: Vec<(Uuid, i64, i64, Uuid)> = sqlx::query_as(
        "DELETE FROM messages WHERE account_id = $1 AND (id = ANY($2) OR folder_id = $3)
         RETURNING folder_id, uid, size, content_id",
    )
    .bind(account)
    .bind(&ids)
    .bind(folder)
    .fetch_all(&mut *tx)
    .await?;
    if gone.is_empty() {
        return Ok(0);
    }
    let mut per_folder: BTreeMap<Uuid, Vec<i64>> = BTreeMap::new();
    let mut per_content: BTreeMap<Uuid, i64> = BTreeMap::new();
    let mut bytes = 0i64;
    for (folder, uid, size, content) in &gone {
        per_folder.entry(*folder).or_default().push(*uid);
        *per_content.entry(*content).or_default() += 1;
        bytes += size;
    }
    for (folder, uids) in &per_folder {
        messages::record_expunges(&mut *tx, FolderId(*folder), uids).await?;
    }
    release_contents(&mut *tx, &per_content).await?;
    let copies = i64::try_from(gone.len()).unwrap_or(i64::MAX);
    messages::count_usage(tx, account, domain, &tenants, -bytes, -copies).await?;
    for folder in per_folder.keys() {
        messages::notify(&mut *tx, *folder).await?;
    }
    Ok(gone.len())
}
