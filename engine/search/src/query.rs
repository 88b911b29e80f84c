//! Asking the index: which messages of a folder meet a content condition (IMAP SEARCH), and an
//! account's messages by text, sender, subject, date and size (the admin API).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::SearchResult;
use crate::digest::Digest;

/// A condition on a message's content, with IMAP's meaning (RFC 9051 6.4.4): a
/// case-insensitive substring of the decoded text. Needles are kept lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Condition {
    /// The header field `name` holds `needle` (raw or decoded value); an empty needle asks
    /// only that the field be there. SUBJECT, FROM, TO, CC, BCC and HEADER.
    Field {
        name: String,
        needle: String,
    },
    /// BODY: the decoded body text holds it.
    Body(String),
    /// TEXT: the header lines or the body text hold it.
    Text(String),
    /// The Date field's day (as written) is before, on, or since this day.
    SentBefore(NaiveDate),
    SentOn(NaiveDate),
    SentSince(NaiveDate),
}

impl Condition {
    pub fn field(name: &str, needle: &[u8]) -> Condition {
        Condition::Field {
            name: crate::digest::fold(name),
            needle: lower(needle),
        }
    }

    pub fn body(needle: &[u8]) -> Condition {
        Condition::Body(lower(needle))
    }

    pub fn text(needle: &[u8]) -> Condition {
        Condition::Text(lower(needle))
    }

    /// Decides the condition for one content's digest: what SQL decides for indexed ones.
    pub fn test(&self, digest: &Digest) -> bool {
        match self {
            Condition::Field { name, needle } => digest.field_contains(name, needle),
            Condition::Body(n) => digest.body_contains(n),
            Condition::Text(n) => digest.text_contains(n),
            Condition::SentBefore(d) => digest.sent_on.is_some_and(|s| s < *d),
            Condition::SentOn(d) => digest.sent_on == Some(*d),
            Condition::SentSince(d) => digest.sent_on.is_some_and(|s| s >= *d),
        }
    }

    /// Appends the SQL test on `content_index i`.
    fn push_sql(&self, q: &mut QueryBuilder<'_, Postgres>) {
        match self {
            Condition::Field { name, needle } => {
                if !crate::digest::field_name_and_needle_fit(name, needle) {
                    q.push("false");
                    return;
                }
                // The LIKE lets the trigram index narrow; the expression decides.
                let narrow = if needle.is_empty() {
                    format!("{name}: ")
                } else {
                    needle.clone()
                };
                q.push("i.header_text LIKE ")
                    .push_bind(like_pattern(&narrow))
                    .push(" AND i.header_text ~ ")
                    .push_bind(format!(
                        "(^|\n){}: [^\n]*{}",
                        regex_escape(name),
                        regex_escape(needle)
                    ));
            }
            Condition::Body(n) => {
                q.push("i.body_text LIKE ").push_bind(like_pattern(n));
            }
            Condition::Text(n) => {
                let pattern = like_pattern(n);
                q.push("(i.header_text LIKE ")
                    .push_bind(pattern.clone())
                    .push(" OR i.body_text LIKE ")
                    .push_bind(pattern)
                    .push(")");
            }
            Condition::SentBefore(d) => {
                q.push("i.sent_on < ").push_bind(*d);
            }
            Condition::SentOn(d) => {
                q.push("i.sent_on = ").push_bind(*d);
            }
            Condition::SentSince(d) => {
                q.push("i.sent_on >= ").push_bind(*d);
            }
        }
    }
}

fn lower(needle: &[u8]) -> String {
    crate::digest::fold(&String::from_utf8_lossy(needle))
}

/// `%needle%` with LIKE's own characters escaped.
fn like_pattern(needle: &str) -> String {
    let mut out = String::with_capacity(needle.len() + 2);
    out.push('%');
    for c in needle.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// A literal for PostgreSQL's regular expressions: every ASCII character that is not a letter
/// or digit escaped (an escaped non-alphanumeric is always itself).
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_ascii() && !c.is_ascii_alphanumeric() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Contents not indexed yet whose bodies the admin search reads per query.
const UNINDEXED_BATCH: usize = 16;

/// The indexer's backlog read as a list up to this size; beyond it (a store being indexed
/// after an upgrade) the folder's copies are joined with the backlog instead.
const BACKLOG_PROBE: i64 = 20_000;

/// The indexed messages of `folder` that meet `condition`, in uid order. Read the copies not
/// indexed yet ([`unindexed_in`]) first, then the hits: a content the indexer reaches in
/// between is then in both (and decided by its digest), and none can be in neither, since a
/// content only ever goes from not indexed to indexed.
pub async fn hits_in(
    pool: &PgPool,
    folder: postbay_mailbox::FolderId,
    condition: &Condition,
) -> SearchResult<Vec<i64>> {
    let mut q = QueryBuilder::new(
        "SELECT m.uid FROM messages m JOIN content_index i ON i.content_id = m.content_id
         WHERE m.folder_id = ",
    );
    q.push_bind(folder).push(" AND ");
    condition.push_sql(&mut q);
    let mut hits: Vec<i64> = q.build_query_scalar().fetch_all(pool).await?;
    hits.sort_unstable();
    Ok(hits)
}

/// The uids of the folder's copies whose content is not indexed yet, in uid order. Driven from the backlog's
/// partial index (empty once the indexer has caught up), never from the folder's messages,
/// whatever the planner's statistics say.
pub async fn unindexed_in(
    pool: &PgPool,
    folder: postbay_mailbox::FolderId,
) -> SearchResult<Vec<i64>> {
    let backlog: Vec<Uuid> =
        sqlx::query_scalar("SELECT id FROM message_contents WHERE NOT indexed LIMIT $1")
            .bind(BACKLOG_PROBE + 1)
            .fetch_all(pool)
            .await?;
    let mut uids: Vec<i64> = if backlog.is_empty() {
        Vec::new()
    } else if backlog.len() as i64 <= BACKLOG_PROBE {
        sqlx::query_scalar("SELECT uid FROM messages WHERE content_id = ANY($1) AND folder_id = $2")
            .bind(&backlog)
            .bind(folder)
            .fetch_all(pool)
            .await?
    } else {
        sqlx::query_scalar(
            "SELECT m.uid FROM message_contents c JOIN messages m ON m.content_id = c.id
             WHERE NOT c.indexed AND m.folder_id = $1",
        )
        .bind(folder)
        .fetch_all(pool)
        .await?
    };
    uids.sort_unstable();
    Ok(uids)
}

/// Which of the kept pieces a FETCH needs (the others are not read).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pieces {
    pub header: bool,
    pub envelope: bool,
    pub body_structure: bool,
    pub body_structure_ext: bool,
}

/// The kept IMAP pieces of indexed contents, by content id, those asked for filled and the
/// others empty (contents not indexed yet are left out: FETCH parses those).
pub async fn rendered(
    pool: &PgPool,
    contents: &[Uuid],
    pieces: Pieces,
) -> SearchResult<std::collections::HashMap<Uuid, crate::digest::Rendered>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        content_id: Uuid,
        #[sqlx(flatten)]
        rendered: crate::digest::Rendered,
    }
    // A column not asked for is not read (nor taken out of TOAST).
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT content_id,
                CASE WHEN $2 THEN header ELSE ''::bytea END AS header,
                CASE WHEN $3 THEN envelope ELSE ''::bytea END AS envelope,
                CASE WHEN $4 THEN body_structure ELSE ''::bytea END AS body_structure,
                CASE WHEN $5 THEN body_structure_ext ELSE ''::bytea END AS body_structure_ext
         FROM content_index WHERE content_id = ANY($1)",
    )
    .bind(contents)
    .bind(pieces.header)
    .bind(pieces.envelope)
    .bind(pieces.body_structure)
    .bind(pieces.body_structure_ext)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.content_id, r.rendered))
        .collect())
}

/// What the admin API's message search asks for; every part optional but the account.
#[derive(Debug, Clone, Default)]
pub struct MessageQuery {
    pub account: Uuid,
    pub folder: Option<postbay_mailbox::FolderId>,
    /// Anywhere in the header lines or the body (TEXT).
    pub text: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub subject: Option<String>,
    /// Received at or after / before (the internal date).
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub min_size: Option<i64>,
    pub limit: i64,
    /// Continue after this message (received, id) of the previous page.
    pub after: Option<(DateTime<Utc>, Uuid)>,
}

impl MessageQuery {
    fn conditions(&self) -> Vec<Condition> {
        let mut out = Vec::new();
        if let Some(t) = &self.text {
            out.push(Condition::text(t.as_bytes()));
        }
        for (name, value) in [
            ("from", &self.from),
            ("to", &self.to),
            ("subject", &self.subject),
        ] {
            if let Some(v) = value {
                out.push(Condition::field(name, v.as_bytes()));
            }
        }
        out
    }
}

/// One message the admin API's search found.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FoundMessage {
    pub id: Uuid,
    pub folder_id: Uuid,
    pub folder: String,
    pub uid: i64,
    pub size: i64,
    pub received_at: DateTime<Utc>,
    pub subject: Option<String>,
    pub from: Option<String>,
}

/// A page of an account's messages meeting the query, newest first, and where the next page
/// starts (a page can hold fewer than `limit` when messages not indexed yet were checked and
/// did not match; follow the cursor all the same).
pub async fn account_messages(
    pool: &PgPool,
    query: &MessageQuery,
) -> SearchResult<(Vec<FoundMessage>, Option<(DateTime<Utc>, Uuid)>)> {
    let conditions = query.conditions();
    let mut q = QueryBuilder::new(
        "SELECT m.id, m.folder_id, f.name AS folder, m.uid, m.size, m.internal_date AS received_at,
                c.summary->>'subject' AS subject, c.summary->'from'->>0 AS \"from\",
                m.content_id, c.indexed
         FROM messages m JOIN folders f ON f.id = m.folder_id
         JOIN message_contents c ON c.id = m.content_id
         LEFT JOIN content_index i ON i.content_id = m.content_id
         WHERE m.account_id = ",
    );
    q.push_bind(query.account);
    if let Some(folder) = query.folder {
        q.push(" AND m.folder_id = ").push_bind(folder);
    }
    if let Some(since) = query.since {
        q.push(" AND m.internal_date >= ").push_bind(since);
    }
    if let Some(until) = query.until {
        q.push(" AND m.internal_date < ").push_bind(until);
    }
    if let Some(min) = query.min_size {
        q.push(" AND m.size >= ").push_bind(min);
    }
    if let Some((at, id)) = query.after {
        q.push(" AND (m.internal_date, m.id) < (")
            .push_bind(at)
            .push(", ")
            .push_bind(id)
            .push(")");
    }
    if !conditions.is_empty() {
        q.push(" AND (NOT c.indexed OR (");
        for (n, c) in conditions.iter().enumerate() {
            if n > 0 {
                q.push(" AND ");
            }
            c.push_sql(&mut q);
        }
        q.push("))");
    }
    q.push(" ORDER BY m.internal_date DESC, m.id DESC LIMIT ")
        .push_bind(query.limit);
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        found: FoundMessage,
        content_id: Uuid,
        indexed: bool,
    }
    let rows: Vec<Row> = q.build_query_as().fetch_all(pool).await?;
    let next = (rows.len() as i64 == query.limit)
        .then(|| rows.last().map(|r| (r.found.received_at, r.found.id)))
        .flatten();
    // Contents not indexed yet are decided by their digests, a few at a time (a page may
    // hold a thousand, each as large as a message may be).
    let unindexed: Vec<Uuid> = rows
        .iter()
        .filter(|r| !r.indexed)
        .map(|r| r.content_id)
        .collect();
    let mut meets = std::collections::HashSet::new();
    for chunk in unindexed.chunks(UNINDEXED_BATCH) {
        let found: Vec<(Uuid, Vec<u8>)> =
            sqlx::query_as("SELECT id, body FROM message_contents WHERE id = ANY($1)")
                .bind(chunk)
                .fetch_all(pool)
                .await?;
        for (id, digest) in crate::digest::of_all(found).await? {
            if conditions.iter().all(|c| c.test(&digest)) {
                meets.insert(id);
            }
        }
    }
    let found = rows
        .into_iter()
        .filter(|r| r.indexed || meets.contains(&r.content_id))
        .map(|r| r.found)
        .collect();
    Ok((found, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_escape_what_they_must() {
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
        assert_eq!(regex_escape("a.b*c(d)é"), "a\\.b\\*c\\(d\\)é");
    }
}
