//! Learning hooks: what users move into their Junk folder is spam the filter missed, what they
//! move out of it is ham it mistook. Each is reported to the external engine when it can learn
//! (rspamd with its controller port set; spamd through `TELL`) — in the background, so the user's client never
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

/// Lessons under way at once, server-wide; more wait (a user moving mail back and forth
/// costs the engine no more than this).
const CONCURRENT_LESSONS: usize = 4;

fn lessons() -> &'static tokio::sync::Semaphore {
    static LESSONS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    LESSONS.get_or_init(|| tokio::sync::Semaphore::new(CONCURRENT_LESSONS))
}

/// Teaches the engine `lesson` with the messages of `contents`, in the background, one
/// message in memory at a time, none over the engine's size limit.
pub fn teach(pool: PgPool, contents: Vec<Uuid>, lesson: Lesson) {
    tokio::spawn(async move {
        let Ok(_turn) = lessons().acquire().await else {
            return;
        };
        let settings = match crate::settings::spam(&pool).await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "reading the spam settings to teach the engine");
                return;
            }
        };
        let Some(engine) = settings.engine else {
            return;
        };
        // Only an engine that can learn: rspamd with its controller, or spamd (TELL).
        if matches!(
            engine,
            SpamEngine::Rspamd {
                controller_port: None,
                ..
            }
        ) {
            return;
        }
        let (mut learned, mut known, mut failed) = (0, 0, 0);
        for id in contents.into_iter().take(MAX_PER_MOVE) {
            let loaded = match messages::contents(&pool, &[id]).await {
                Ok(c) => c,
                Err(e) => {
                    tracing::warn!(error = %e, "reading a message to teach the engine");
                    failed += 1;
                    continue;
                }
            };
            let Some(content) = loaded.get(&id) else {
                continue;
            };
            if content.len() > settings.engine_max_bytes as usize {
                continue;
            }
            let taught = async {
                match &engine {
                    SpamEngine::Rspamd {
                        host,
                        controller_port: Some(port),
                        ..
                    } => rspamd::learn(host, *port, content, lesson)
                        .await
                        .map(|l| l == Learned::Learned),
                    SpamEngine::Rspamd { .. } => Ok(false),
                    SpamEngine::Spamd { host, port } => {
                        crate::spamd::tell(host, *port, content, lesson).await
                    }
                }
            };
            match tokio::time::timeout(BUDGET, taught).await {
                Ok(Ok(true)) => learned += 1,
                Ok(Ok(false)) => known += 1,
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
