//! The operations log's lines (events for `postbay_logs`): messages removed or moved out of a
//! folder, one line each (up to 200 a command, then a count), with who did it, over which
//! protocol, from where, and the message's Message-ID and subject, so "where did my mail go"
//! has an answer. Emitted after the change is committed.

use sqlx::PgPool;
use uuid::Uuid;

const MAX_LINES: usize = 200;

/// Who changed a mailbox, for its lines.
pub struct Actor<'a> {
    /// `imap`, `pop3`, `api`.
    pub protocol: &'static str,
    /// The account's address.
    pub account: &'a str,
    pub client: String,
}

/// Lines for messages (`ids`, read before they went) leaving `folder`: deleted, or moved to
/// `moved_to`.
pub fn removed(
    actor: &Actor<'_>,
    folder: &str,
    described: &[(String, String)],
    total: usize,
    moved_to: Option<&str>,
) {
    let (operation, to) = match moved_to {
        Some(target) => ("MOVE", target),
        None => ("DELETE", ""),
    };
    for (message_id, subject) in described.iter().take(MAX_LINES) {
        tracing::info!(
            target: "postbay::operations",
            protocol = actor.protocol,
            account = actor.account,
            client = actor.client.as_str(),
            folder,
            moved_to = to,
            message_id = message_id.as_str(),
            subject = subject.as_str(),
            "{{{operation}}}"
        );
    }
    if total > MAX_LINES {
        tracing::info!(
            target: "postbay::operations",
            protocol = actor.protocol,
            account = actor.account,
            client = actor.client.as_str(),
            folder,
            moved_to = to,
            more = total - MAX_LINES,
            "{{{operation}}} and more"
        );
    }
}

/// Message-ID and subject of copies about to be removed (at most 200), for [`removed`].
pub async fn describe(pool: &PgPool, ids: &[Uuid]) -> Vec<(String, String)> {
    if ids.is_empty() {
        return Vec::new();
    }
    sqlx::query_as(
        "SELECT coalesce(c.summary->>'messageId', ''), coalesce(c.summary->>'subject', '')
         FROM messages m JOIN message_contents c ON c.id = m.content_id
         WHERE m.id = ANY($1) LIMIT 200",
    )
    .bind(ids)
    .fetch_all(pool)
    .await
    .unwrap_or_default()
}
