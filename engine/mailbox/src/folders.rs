//! Folders of an account: the special-use ones made on first use, and the ones a user makes,
//! names with `/` as the hierarchy separator.

use postbay_ids::FolderId;
use sqlx::PgPool;
use uuid::Uuid;

use crate::{MailboxError, MailboxResult};

/// The separator of folder levels in names.
pub const DELIMITER: char = '/';
/// Longest folder name, characters.
const MAX_NAME: usize = 512;
/// Folders one account may have.
const MAX_FOLDERS: i64 = 5000;

/// The special-use folders every account has, with their names.
pub const SPECIAL: [(&str, &str); 5] = [
    ("inbox", "INBOX"),
    ("sent", "Sent Items"),
    ("drafts", "Drafts"),
    ("trash", "Deleted Items"),
    ("junk", "Junk E-mail"),
];

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Folder {
    pub id: FolderId,
    pub name: String,
    pub special_use: Option<String>,
    pub uid_validity: i64,
    pub uid_next: i64,
    pub highest_modseq: i64,
    pub message_count: i64,
    pub subscribed: bool,
    /// Keywords (flags without a backslash) used in the folder since it was made.
    pub keywords: Vec<String>,
    /// Messages from this uid on have not been seen by a session yet (\Recent).
    pub recent_uid: i64,
}

const COLUMNS: &str = "id, name, special_use, uid_validity, uid_next, highest_modseq, message_count, subscribed, keywords, recent_uid";

/// Makes the special-use folders the account does not have yet.
pub async fn ensure_special(pool: &PgPool, account: Uuid) -> MailboxResult<()> {
    let (uses, names): (Vec<&str>, Vec<&str>) = SPECIAL.iter().copied().unzip();
    let ids: Vec<Uuid> = SPECIAL.iter().map(|_| Uuid::now_v7()).collect();
    sqlx::query(
        "INSERT INTO folders (id, account_id, name, special_use, uid_validity)
         SELECT i, $1, n, u, next_uid_validity($1)
         FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(i, n, u)
         WHERE NOT EXISTS (SELECT 1 FROM folders f WHERE f.account_id = $1
                           AND (f.name = x.n OR f.special_use = x.u))
         ON CONFLICT DO NOTHING",
    )
    .bind(account)
    .bind(&ids)
    .bind(&names)
    .bind(&uses)
    .execute(pool)
    .await?;
    Ok(())
}

/// Every folder of the account, by name.
pub async fn list(pool: &PgPool, account: Uuid) -> MailboxResult<Vec<Folder>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM folders WHERE account_id = $1 ORDER BY name"
    ))
    .bind(account)
    .fetch_all(pool)
    .await?)
}

/// The folder called `name` (INBOX in any case is the Inbox).
pub async fn by_name(pool: &PgPool, account: Uuid, name: &str) -> MailboxResult<Option<Folder>> {
    let sql = if name.eq_ignore_ascii_case("INBOX") {
        format!("SELECT {COLUMNS} FROM folders WHERE account_id = $1 AND special_use = 'inbox'")
    } else {
        format!("SELECT {COLUMNS} FROM folders WHERE account_id = $1 AND name = $2")
    };
    Ok(sqlx::query_as(&sql)
        .bind(account)
        .bind(name)
        .fetch_optional(pool)
        .await?)
}

/// What STATUS tells of a folder beyond its row: unseen and \\Deleted messages, and bytes.
#[derive(Debug, Clone, Copy, Default, sqlx::FromRow)]
pub struct Counts {
    pub unseen: i64,
    /// Messages no session has seen yet (\Recent).
    pub recent: i64,
    pub deleted: i64,
    pub bytes: i64,
}

/// The folder's highest modseq now (`None` when the folder is gone).
pub async fn highest_modseq(pool: &PgPool, folder: FolderId) -> MailboxResult<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT highest_modseq FROM folders WHERE id = $1")
            .bind(folder)
            .fetch_optional(pool)
            .await?,
    )
}

/// The uid of the folder's first message without \Seen (an index lookup), if any.
pub async fn first_unseen(pool: &PgPool, folder: FolderId) -> MailboxResult<Option<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT min(uid) FROM messages WHERE folder_id = $1 AND NOT ('\\Seen' = ANY (flags))",
    )
    .bind(folder)
    .fetch_one(pool)
    .await?)
}

/// The folder's keywords now (see [`Folder::keywords`]).
pub async fn keywords(pool: &PgPool, folder: FolderId) -> MailboxResult<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT keywords FROM folders WHERE id = $1")
            .bind(folder)
            .fetch_optional(pool)
            .await?
            .unwrap_or_default(),
    )
}

/// The uids `from..to` that are \Recent for a session that knows the folder's messages up to
/// uid `to - 1` (`None`: all of them). With `claim` (a read-write SELECT) the session takes
/// them, so no other session sees them as recent; without (EXAMINE) it only looks.
pub async fn recent(
    pool: &PgPool,
    folder: FolderId,
    upto: Option<i64>,
    claim: bool,
) -> MailboxResult<(i64, i64)> {
    let row: Option<(i64, i64)> = if claim {
        sqlx::query_as(
            "UPDATE folders f SET recent_uid = GREATEST(f.recent_uid, COALESCE($2, f.uid_next))
             FROM (SELECT id, recent_uid FROM folders WHERE id = $1 FOR UPDATE) o
             WHERE f.id = o.id
             RETURNING o.recent_uid, COALESCE($2, f.uid_next)",
        )
    } else {
        sqlx::query_as("SELECT recent_uid, COALESCE($2, uid_next) FROM folders WHERE id = $1")
    }
    .bind(folder)
    .bind(upto)
    .fetch_optional(pool)
    .await?;
    Ok(row.unwrap_or((0, 0)))
}

/// What STATUS reports beyond the folder row: kept counters (moved by the `messages` triggers
/// of migration 0033 with every change), and the recent messages counted through the uid
/// index from the folder's recent mark (a short range once a session has looked).
pub async fn counts(pool: &PgPool, folder: FolderId) -> MailboxResult<Counts> {
    Ok(sqlx::query_as(
        "SELECT f.unseen_count AS unseen,
                (SELECT count(*) FROM messages m WHERE m.folder_id = f.id AND m.uid >= f.recent_uid) AS recent,
                f.deleted_count AS deleted, f.size_bytes AS bytes
         FROM folders f WHERE f.id = $1",
    )
    .bind(folder)
    .fetch_optional(pool)
    .await?
    .unwrap_or_default())
}

/// A folder's row and its uids in order, read in one statement (so they agree): what a
/// SELECT starts from. The uids come from the folder's uid pages (migration 0034), a row per
/// 8,192 uids, not from a row per message.
pub async fn with_uids(
    pool: &PgPool,
    folder: FolderId,
) -> MailboxResult<Option<(Folder, Vec<i64>)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        folder: Folder,
        page: Option<i64>,
        bits: Option<UidPage>,
    }
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {}, p.page, p.bits FROM folders f
         LEFT JOIN folder_uid_pages p ON p.folder_id = f.id
         WHERE f.id = $1 ORDER BY p.page",
        COLUMNS
            .split(", ")
            .map(|c| format!("f.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
    .bind(folder)
    .fetch_all(pool)
    .await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let folder = first.folder.clone();
    let mut uids = Vec::with_capacity(usize::try_from(folder.message_count).unwrap_or(0));
    for row in &rows {
        if let (Some(page), Some(bits)) = (row.page, &row.bits) {
            bits.push_uids(page, &mut uids);
        }
    }
    Ok(Some((folder, uids)))
}

/// Uids per page of `folder_uid_pages`.
const UIDS_PER_PAGE: i64 = 8192;

/// One `bit(8192)` page of a folder's uids, as PostgreSQL sends it (binary: the bit count,
/// then the bits, most significant first).
struct UidPage(Vec<u8>);

impl UidPage {
    fn push_uids(&self, page: i64, out: &mut Vec<i64>) {
        let base = page * UIDS_PER_PAGE;
        for (i, byte) in self.0.iter().enumerate() {
            if *byte == 0 {
                continue;
            }
            for bit in 0..8 {
                if byte & (0x80 >> bit) != 0 {
                    out.push(base + (i * 8 + bit) as i64);
                }
            }
        }
    }
}

impl sqlx::Type<sqlx::Postgres> for UidPage {
    fn type_info() -> sqlx::postgres::PgTypeInfo {
        sqlx::postgres::PgTypeInfo::with_name("bit")
    }
}

impl<'r> sqlx::Decode<'r, sqlx::Postgres> for UidPage {
    fn decode(value: sqlx::postgres::PgValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let raw = value.as_bytes()?;
        let (length, bits) = raw
            .split_first_chunk::<4>()
            .ok_or("a bit string shorter than its length")?;
        let length = usize::try_from(i32::from_be_bytes(*length))?;
        if bits.len() != length.div_ceil(8) {
            return Err("a bit string of the wrong size".into());
        }
        Ok(UidPage(bits.to_vec()))
    }
}

/// A folder's counters, read again.
pub async fn refresh(pool: &PgPool, folder: FolderId) -> MailboxResult<Option<Folder>> {
    Ok(
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM folders WHERE id = $1"))
            .bind(folder)
            .fetch_optional(pool)
            .await?,
    )
}

fn check_name(name: &str) -> MailboxResult<&str> {
    let name = name.trim_end_matches(DELIMITER);
    let bad = name.is_empty()
        || name.chars().count() > MAX_NAME
        || name.starts_with(DELIMITER)
        || name.contains("//")
        || name.chars().any(|c| c.is_control() || c == '*' || c == '%')
        || name.eq_ignore_ascii_case("INBOX")
        // INBOX has no sub-folders here: "inbox/x" would make a second, unselectable INBOX.
        || name
            .split(DELIMITER)
            .next()
            .is_some_and(|top| top.eq_ignore_ascii_case("INBOX"));
    if bad {
        return Err(MailboxError::BadName);
    }
    Ok(name)
}

/// Makes a folder (and the levels above it that are missing).
pub async fn create(pool: &PgPool, account: Uuid, name: &str) -> MailboxResult<Folder> {
    create_with_use(pool, account, name, None).await
}

/// Makes a folder with a special use (`sent`, `drafts`, `trash`, `junk`), which must not be
/// taken by another folder of the account; without one, a plain folder.
pub async fn create_with_use(
    pool: &PgPool,
    account: Uuid,
    name: &str,
    special_use: Option<&str>,
) -> MailboxResult<Folder> {
    let name = check_name(name)?;
    let mut tx = pool.begin().await?;
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM folders WHERE account_id = $1")
        .bind(account)
        .fetch_one(&mut *tx)
        .await?;
    if count >= MAX_FOLDERS {
        return Err(MailboxError::TooMany);
    }
    let exists: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM folders WHERE account_id = $1 AND name = $2)",
    )
    .bind(account)
    .bind(name)
    .fetch_one(&mut *tx)
    .await?;
    if exists {
        return Err(MailboxError::Exists);
    }
    let mut levels: Vec<&str> = name
        .match_indices(DELIMITER)
        .map(|(i, _)| &name[..i])
        .collect();
    levels.push(name);
    for level in levels {
        sqlx::query(
            "INSERT INTO folders (id, account_id, name, uid_validity, subscribed)
             SELECT $1, $2, $3, next_uid_validity($2), false
             WHERE NOT EXISTS (SELECT 1 FROM folders WHERE account_id = $2 AND name = $3)
             ON CONFLICT DO NOTHING",
        )
        .bind(Uuid::now_v7())
        .bind(account)
        .bind(level)
        .execute(&mut *tx)
        .await?;
    }
    if let Some(special) = special_use {
        let taken: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM folders WHERE account_id = $1 AND special_use = $2)",
        )
        .bind(account)
        .bind(special)
        .fetch_one(&mut *tx)
        .await?;
        if taken {
            return Err(MailboxError::UseTaken);
        }
        sqlx::query("UPDATE folders SET special_use = $3 WHERE account_id = $1 AND name = $2")
            .bind(account)
            .bind(name)
            .bind(special)
            .execute(&mut *tx)
            .await?;
    }
    let folder = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM folders WHERE account_id = $1 AND name = $2"
    ))
    .bind(account)
    .bind(name)
    .fetch_one(&mut *tx)
    .await?;
    // Sessions of the account (NOTIFY) hear that its folder list changed.
    crate::messages::notify(&mut tx, account).await?;
    tx.commit().await?;
    Ok(folder)
}

/// Deletes a folder with its messages (counters given back). Special-use folders and folders
/// with sub-folders stay.
pub async fn delete(pool: &PgPool, account: Uuid, name: &str) -> MailboxResult<()> {
    let folder = by_name(pool, account, name)
        .await?
        .ok_or(MailboxError::NoFolder)?;
    if folder.special_use.is_some() {
        return Err(MailboxError::Special);
    }
    let children: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM folders WHERE account_id = $1 AND starts_with(name, $2 || '/'))",
    )
    .bind(account)
    .bind(&folder.name)
    .fetch_one(pool)
    .await?;
    if children {
        return Err(MailboxError::HasChildren);
    }
    // Its messages and the folder go in one transaction: nothing filed into it meanwhile can
    // leave with the folder uncounted.
    let mut tx = pool.begin().await?;
    // The account stays locked until the commit, so an APPEND or COPY into the folder waits
    // and then finds it gone.
    crate::expunge_in(&mut tx, account, crate::Doomed::Folder(folder.id.0)).await?;
    sqlx::query("DELETE FROM folders WHERE id = $1 AND account_id = $2")
        .bind(folder.id)
        .bind(account)
        .execute(&mut *tx)
        .await?;
    // Sessions of the account (NOTIFY) hear that its folder list changed.
    crate::messages::notify(&mut tx, account).await?;
    tx.commit().await?;
    Ok(())
}

/// Renames a folder and every folder below it. Renaming INBOX is not supported.
pub async fn rename(pool: &PgPool, account: Uuid, from: &str, to: &str) -> MailboxResult<()> {
    let to = check_name(to)?;
    let folder = by_name(pool, account, from)
        .await?
        .ok_or(MailboxError::NoFolder)?;
    if folder.special_use.is_some() {
        return Err(MailboxError::Special);
    }
    let mut tx = pool.begin().await?;
    let exists: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM folders WHERE account_id = $1 AND name = $2)",
    )
    .bind(account)
    .bind(to)
    .fetch_one(&mut *tx)
    .await?;
    if exists {
        return Err(MailboxError::Exists);
    }
    let moved = sqlx::query(
        "UPDATE folders SET name = $3 || substr(name, length($2) + 1)
         WHERE account_id = $1 AND (name = $2 OR starts_with(name, $2 || '/'))",
    )
    .bind(account)
    .bind(from)
    .bind(to)
    .execute(&mut *tx)
    .await?;
    if moved.rows_affected() == 0 {
        return Err(MailboxError::NoFolder);
    }
    // Sessions of the account (NOTIFY) hear that its folder list changed.
    crate::messages::notify(&mut tx, account).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn subscribe(
    pool: &PgPool,
    account: Uuid,
    name: &str,
    subscribed: bool,
) -> MailboxResult<()> {
    let folder = by_name(pool, account, name)
        .await?
        .ok_or(MailboxError::NoFolder)?;
    let mut tx = pool.begin().await?;
    let changed = sqlx::query(
        "UPDATE folders SET subscribed = $2 WHERE id = $1 AND subscribed IS DISTINCT FROM $2",
    )
    .bind(folder.id)
    .bind(subscribed)
    .execute(&mut *tx)
    .await?;
    if changed.rows_affected() > 0 {
        // Sessions of the account (NOTIFY) hear that its folder list changed.
        crate::messages::notify(&mut tx, account).await?;
    }
    tx.commit().await?;
    Ok(())
}
