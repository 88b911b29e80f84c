//! Learning hooks: what users move into their Junk folder is spam the filter missed, what they
//! move out of it is ham it mistook. Each is reported to the external engine when it can learn
//! (rspamd with its controller port set) — in the background, so the user's client never
//! waits on the engine; a failure is logged, never the user's problem.

use std::time::Duration;

use postbay_mailbox::messages;
use sqlx::PgPool;
use uuid::Uuid;

use crate::rspamd::{self, Learned, Lesson};
use crate::settings::SpamEngine;

/// Most messages of one move taught: a user cleaning out a folder is not a training run.
const MAX_PER_MOVE: usize = 50;
/// How long one lesson may take.
const BUDGET: Duration = Duration::from_secs(30);

/// What a move between folders teaches, by the folders' special uses.
pub fn lesson(source: Option<&str>, target: Option<&str>) -> Option<Lesson> {
    let junk = |u: Option<&str>| u.is_some_and(|u| u.eq_ignore_ascii_case("junk"));
    let trash = |u: Option<&str>| u.is_some_and(|u| u.eq_ignore_ascii_case("trash"));
    match (junk(source), junk(target)) {
        (false, true) => Some(Lesson::Spam),
        // Out of Junk, unless into the Trash (deleting spam is no verdict).
        (true, false) if !trash(target) => Some(Lesson::Ham),
        _ => None,
    }
}

/// Teaches the engine `lesson` with the messages of `contents`, in the background.
pub fn teach(pool: PgPool, contents: Vec<Uuid>, lesson: Lesson) {
    tokio::spawn(async move {
        let settings = match crate::settings::spam(&pool).await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "reading the spam settings to teach the engine");
                return;
            }
        };
        let Some(SpamEngine::Rspamd {
            host,
            controller_port: Some(port),
            ..
        }) = settings.engine
        else {
            return;
        };
        let ids: Vec<Uuid> = contents.into_iter().take(MAX_PER_MOVE).collect();
        let loaded = match messages::contents(&pool, &ids).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "reading messages to teach the engine");
                return;
            }
        };
        let (mut learned, mut known, mut failed) = (0, 0, 0);
        for content in loaded.values() {
            match tokio::time::timeout(BUDGET, rspamd::learn(&host, port, content, lesson)).await {
                Ok(Ok(Learned::Learned)) => learned += 1,
                Ok(Ok(Learned::AlreadyKnown | Learned::Declined)) => known += 1,
                Ok(Err(e)) => {
                    failed += 1;
                    tracing::warn!(error = %e, "teaching the spam engine");
                }
                Err(_) => {
                    failed += 1;
                    tracing::warn!("teaching the spam engine took longer than its budget");
                }
            }
        }
        tracing::info!(?lesson, learned, known, failed, "taught the spam engine");
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_into_junk_teach_spam_and_out_of_it_ham() {
        assert_eq!(lesson(None, Some("junk")), Some(Lesson::Spam));
        assert_eq!(lesson(Some("inbox"), Some("junk")), Some(Lesson::Spam));
        assert_eq!(lesson(Some("junk"), None), Some(Lesson::Ham));
        assert_eq!(lesson(Some("junk"), Some("inbox")), Some(Lesson::Ham));
        assert_eq!(lesson(Some("junk"), Some("trash")), None);
        assert_eq!(lesson(Some("junk"), Some("junk")), None);
        assert_eq!(lesson(Some("inbox"), Some("archive")), None);
    }
}
