//! Following a PostgreSQL notification channel (`LISTEN`), the way every process learns of
//! changes made by any other: folder changes, queued collection jobs, changed settings.

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgListener;

/// What the follower hands its callback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notification<'a> {
    /// Listening (again): notifications sent while the connection was down are lost, so
    /// whatever they would have said may have changed.
    Listening,
    /// One notification, with its payload.
    Payload(&'a str),
}

/// Listens on `channel` until the pool is closed, calling `on_note` for each notification.
/// A lost connection is opened again (after a second, then longer while opening keeps
/// failing, up to 5 s: [`crate::Backoff`]) and `Listening` is sent again once it listens, so
/// followers re-read what they may have missed.
pub async fn follow<F>(pool: PgPool, channel: &'static str, mut on_note: F)
where
    F: FnMut(Notification<'_>) + Send,
{
    let mut backoff = crate::Backoff::new(Duration::from_secs(1), Duration::from_secs(5));
    loop {
        let mut listened = false;
        let listening = async {
            let mut listener = PgListener::connect_with(&pool).await?;
            listener.listen(channel).await?;
            listened = true;
            on_note(Notification::Listening);
            // `recv` would reconnect by itself and hide the gap; `try_recv` reports it as
            // `None`, and the outer loop listens again and says so.
            while let Some(note) = listener.try_recv().await? {
                on_note(Notification::Payload(note.payload()));
            }
            Ok::<(), sqlx::Error>(())
        };
        let outcome = listening.await;
        if listened {
            backoff.succeeded();
        }
        match outcome {
            Ok(()) => {
                tracing::info!(channel, "notification connection lost; listening again");
            }
            Err(e) => {
                if pool.is_closed() {
                    return; // the server is stopping
                }
                let (wait, first) = backoff.failed();
                if first {
                    tracing::warn!(channel, error = %e, "listening for notifications failed; retrying");
                } else {
                    tracing::debug!(channel, error = %e, ?wait, "listening for notifications failed again");
                }
                tokio::time::sleep(wait).await;
            }
        }
        if pool.is_closed() {
            return;
        }
    }
}
