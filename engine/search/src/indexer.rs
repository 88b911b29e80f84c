//! The background indexer: contents stored without their index row (new deliveries, mail
//! stored before the index existed) get it, a batch at a time, after their own commit — never
//! in the SMTP 250 path. Every node runs one; `SKIP LOCKED` shares the work out.

use std::time::Duration;

use sqlx::PgPool;
use uuid::Uuid;

use crate::SearchResult;
use crate::digest::Digest;

/// Contents indexed per transaction.
pub const BATCH: i64 = 64;

/// How often an idle indexer looks for new contents. A content not indexed yet is still found
/// by searches (they read it), so this only decides how soon searches get fast for it.
const IDLE_POLL: Duration = Duration::from_millis(500);

/// Indexes contents until `stopped` says so.
pub async fn run(pool: PgPool, mut stopped: tokio::sync::watch::Receiver<bool>) {
    loop {
        let pause = match index_batch(&pool).await {
            Ok(n) if n as i64 == BATCH => Duration::ZERO,
            Ok(_) => IDLE_POLL,
            Err(e) => {
                tracing::warn!(error = %e, "search indexing failed; retrying");
                IDLE_POLL * 10
            }
        };
        if *stopped.borrow() {
            return;
        }
        if !pause.is_zero() {
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                _ = stopped.changed() => return,
            }
        } else {
            tokio::task::yield_now().await;
        }
    }
}

/// Indexes one batch of contents waiting for it (oldest first); returns how many. The batch's
/// rows stay locked only while their digests are computed (no network I/O), so a delivery
/// sharing one of them waits milliseconds.
pub async fn index_batch(pool: &PgPool) -> SearchResult<usize> {
    let mut tx = pool.begin().await?;
    let batch: Vec<(Uuid, Vec<u8>)> = sqlx::query_as(
        "SELECT id, body FROM message_contents WHERE NOT indexed
         ORDER BY created_at LIMIT $1 FOR NO KEY UPDATE SKIP LOCKED",
    )
    .bind(BATCH)
    .fetch_all(&mut *tx)
    .await?;
    if batch.is_empty() {
        return Ok(0);
    }
    let digests = crate::digest::of_all(batch).await?;
    write(&mut tx, &digests).await?;
    tx.commit().await?;
    Ok(digests.len())
}

/// Writes index rows and marks their contents indexed, in the caller's transaction.
pub(crate) async fn write(
    conn: &mut sqlx::PgConnection,
    digests: &[(Uuid, Digest)],
) -> SearchResult<()> {
    let mut ids = Vec::with_capacity(digests.len());
    let mut header = Vec::with_capacity(digests.len());
    let mut envelope = Vec::with_capacity(digests.len());
    let mut body_structure = Vec::with_capacity(digests.len());
    let mut body_structure_ext = Vec::with_capacity(digests.len());
    let mut header_text = Vec::with_capacity(digests.len());
    let mut body_text = Vec::with_capacity(digests.len());
    let mut sent_on = Vec::with_capacity(digests.len());
    for (id, d) in digests {
        ids.push(*id);
        header.push(d.header.as_slice());
        envelope.push(d.envelope.as_slice());
        body_structure.push(d.body_structure.as_slice());
        body_structure_ext.push(d.body_structure_ext.as_slice());
        // Folded text holds no NUL (`digest::fold`), which PostgreSQL text could not.
        header_text.push(d.header_text.as_str());
        body_text.push(d.body_text.as_str());
        sent_on.push(d.sent_on);
    }
    sqlx::query(
        "INSERT INTO content_index (content_id, header, envelope, body_structure, body_structure_ext,
                                    header_text, body_text, sent_on)
         SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::bytea[], $5::bytea[],
                              $6::text[], $7::text[], $8::date[])
         ON CONFLICT (content_id) DO NOTHING",
    )
    .bind(&ids)
    .bind(&header)
    .bind(&envelope)
    .bind(&body_structure)
    .bind(&body_structure_ext)
    .bind(&header_text)
    .bind(&body_text)
    .bind(&sent_on)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE message_contents SET indexed = true WHERE id = ANY($1)")
        .bind(&ids)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// How far indexing has come for one account's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct Progress {
    pub indexed_messages: i64,
    pub pending_messages: i64,
    /// Contents waiting in the whole store (every account's), the indexer's backlog.
    pub pending_contents: i64,
}

/// The indexing progress of `account`'s messages (one pass over its messages; an operator's
/// question, not a hot path).
pub async fn progress(pool: &PgPool, account: Uuid) -> SearchResult<Progress> {
    Ok(sqlx::query_as(
        "SELECT count(*) FILTER (WHERE c.indexed) AS indexed_messages,
                count(*) FILTER (WHERE NOT c.indexed) AS pending_messages,
                (SELECT count(*) FROM message_contents WHERE NOT indexed) AS pending_contents
         FROM messages m JOIN message_contents c ON c.id = m.content_id
         WHERE m.account_id = $1",
    )
    .bind(account)
    .fetch_one(pool)
    .await?)
}
