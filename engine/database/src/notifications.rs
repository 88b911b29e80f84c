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
/// A lost connection is logged and opened again a second later.
pub async fn follow<F>(pool: PgPool, channel: &'static str, mut on_note: F)
where
    F: FnMut(Notification<'_>) + Send,
{
    loop {
        let listening = async {
            let mut listener = PgListener::connect_with(&pool).await?;
            listener.listen(channel).await?;
            on_note(Notification::Listening);
            loop {
                let note = listener.recv().await?;
                on_note(Notification::Payload(note.payload()));
            }
            #[allow(unreachable_code)]
            Ok::<(), sqlx::Error>(())
        };
        if let Err(e) = listening.await {
            if pool.is_closed() {
                return; // the server is stopping
            }
            tracing::warn!(channel, error = %e, "listening for notifications failed; retrying");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
