//! The IMAP server (IMAP4rev2, RFC 9051, once enabled, and IMAP4rev1, RFC 3501, with IDLE,
//! NAMESPACE, UIDPLUS, MOVE, UNSELECT, SPECIAL-USE, CHILDREN, ENABLE, ID, SASL-IR, LITERAL+,
//! ESEARCH, SEARCHRES, CONDSTORE/QRESYNC, SORT and THREAD, ESORT, SORT=DISPLAY,
//! CONTEXT=SEARCH, PARTIAL, MULTIAPPEND, CATENATE, NOTIFY, BINARY and more): a thin adapter
//! over the mailbox operations. Commands are parsed by imap-codec; responses are written here.
//!
//! A selected folder is a list of uids (message sequence number = position + 1) and the
//! highest modseq this session has reported. Changes made elsewhere (other sessions, deliveries,
//! other processes) arrive as PostgreSQL notifications and are reported as EXISTS, EXPUNGE and
//! FETCH FLAGS when the RFC allows: never an EXPUNGE while answering FETCH, STORE or SEARCH.

mod append;
mod binary;
mod extended;
#[cfg(test)]
mod fuzz;
mod mutf7;
mod notify;
pub(crate) use postbay_mime as render;
mod session;
mod summary_cache;
mod thread;
mod uid_cache;

use std::sync::Arc;
use std::time::Duration;

use postbay_database::notifications::Notification;
use postbay_listener::ListenerControl;
pub use postbay_listener::Security;
use postbay_listener::ServerTls;
use sqlx::PgPool;
use tokio::sync::broadcast;
use uuid::Uuid;

/// A listener's fixed setup.
#[derive(Debug, Clone)]
pub struct ImapConfig {
    pub hostname: String,
    pub max_connections: usize,
    /// RFC 3501 section 5.4: an inactivity timer of at least 30 minutes.
    pub idle_timeout: Duration,
    /// Largest command with its literals (APPEND included), bytes.
    pub max_command: u32,
}

impl ImapConfig {
    pub fn new(hostname: impl Into<String>) -> Self {
        Self {
            hostname: hostname.into(),
            max_connections: 5000,
            idle_timeout: Duration::from_secs(31 * 60),
            max_command: 64 * 1024 * 1024,
        }
    }
}

/// Shared by every IMAP listener of a process: the pool and the stream of folder changes.
#[derive(Clone)]
pub struct ImapShared {
    pool: PgPool,
    changes: broadcast::Sender<Uuid>,
    uids: std::sync::Arc<uid_cache::UidCache>,
    addresses: std::sync::Arc<summary_cache::SummaryCache<session::Addresses>>,
}

impl ImapShared {
    /// Starts listening for folder changes (`pg_notify('postbay_mailbox', folder id)`), which
    /// every process that changes a folder sends.
    pub fn start(pool: PgPool) -> Self {
        let (changes, _) = broadcast::channel(4096);
        tokio::spawn(forward_changes(pool.clone(), changes.clone()));
        Self {
            pool,
            changes,
            uids: Default::default(),
            addresses: Default::default(),
        }
    }
}

async fn forward_changes(pool: PgPool, changes: broadcast::Sender<Uuid>) {
    postbay_database::notifications::follow(pool, "postbay_mailbox", |note| {
        if let Notification::Payload(payload) = note
            && let Ok(folder) = payload.parse::<Uuid>()
        {
            let _ = changes.send(folder);
        }
    })
    .await;
}

/// Accepts IMAP connections until told to stop.
pub async fn serve(
    listener: tokio::net::TcpListener,
    security: Security,
    shared: ImapShared,
    config: ImapConfig,
    tls: ServerTls,
    control: ListenerControl,
) {
    let max = config.max_connections;
    let config = Arc::new(config);
    let refusals = postbay_listener::Refusals {
        not_allowed: b"* BYE Your address may not use this service\r\n",
        too_many: b"* BYE [UNAVAILABLE] Too many connections from your address\r\n",
    };
    postbay_listener::serve_sessions(
        listener,
        control,
        security,
        tls,
        max,
        refusals,
        move |client| session::Session::new(shared.clone(), config.clone(), client),
    )
    .await;
}
