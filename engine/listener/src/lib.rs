//! The accept loop every protocol server shares: it admits clients by the service's IP group,
//! holds each to one of the service's connection slots, and stops when told. What a
//! connection then says is the protocol crate's business.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use postbay_core::ip_groups::IpMatcher;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tracing::Instrument;

/// How a running listener is steered by the server.
pub struct ListenerControl {
    /// The service's name (`smtp`, `imap`, ...), carried by every log line of its sessions.
    pub service: &'static str,
    /// Turns true when this listener is to stop accepting (its service was changed or turned
    /// off); sessions in progress go on.
    pub stop_accepting: watch::Receiver<bool>,
    /// Turns true when the server stops: sessions in progress are told so and closed.
    pub shutdown: watch::Receiver<bool>,
    /// Only clients in this group are served (`None`: everyone).
    pub allowed: watch::Receiver<Option<Arc<IpMatcher>>>,
}

/// A client admitted to a session.
pub struct Admitted {
    pub stream: TcpStream,
    /// The client, its address in canonical form: an IPv4 client on a dual-stack socket is
    /// its IPv4 address, so every rule and log line sees one form.
    pub peer: SocketAddr,
    /// The server address the client reached (a domain may be bound to it for logins).
    pub local: Option<IpAddr>,
    /// The connection slot, given back when dropped.
    pub slot: OwnedSemaphorePermit,
    /// Tells the session the server is stopping.
    pub shutdown: watch::Receiver<bool>,
}

/// Numbers sessions across all listeners of the process, so the log lines of one connection
/// can be told from those of another (`session{service=imap id=42 peer=...}`).
fn next_session_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Accepts connections until told to stop. A client outside the allowed group is sent
/// `refusal` and closed; at most `max_connections` sessions run at once (more wait for a slot).
/// Each admitted client is handed to `session`, on its own task, inside a `session` span that
/// names the service, a session number and the peer.
pub async fn accept_loop<F, Fut>(
    listener: TcpListener,
    control: ListenerControl,
    max_connections: usize,
    refusal: &'static [u8],
    session: F,
) where
    F: Fn(Admitted) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let ListenerControl {
        service,
        mut stop_accepting,
        shutdown,
        allowed,
    } = control;
    let slots = Arc::new(Semaphore::new(max_connections));
    let mut stop = shutdown.clone();
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = stop.changed() => return,
            _ = stop_accepting.changed() => return,
        };
        // Replies are written whole; waiting to coalesce them (Nagle) only adds latency.
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!(error = %e, "setting TCP_NODELAY");
        }
        let peer = SocketAddr::new(peer.ip().to_canonical(), peer.port());
        let admitted = allowed
            .borrow()
            .as_ref()
            .is_none_or(|group| group.contains(peer.ip()));
        if !admitted {
            tokio::spawn(async move {
                let mut stream = stream;
                let _ = stream.write_all(refusal).await;
                tracing::info!(service, %peer, "refused: not in the service's allowed group");
            });
            continue;
        }
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(s) => s,
                Err(_) => return,
            },
            _ = stop.changed() => return,
            _ = stop_accepting.changed() => return,
        };
        let local = stream.local_addr().ok().map(|a| a.ip().to_canonical());
        let span = tracing::info_span!("session", service, id = next_session_id(), %peer);
        tokio::spawn(
            session(Admitted {
                stream,
                peer,
                local,
                slot,
                shutdown: shutdown.clone(),
            })
            .instrument(span),
        );
    }
}

pub mod client_tls;
mod dot;
pub use dot::DotStuffer;

/// How long a client may take to accept what the server writes.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(120);

/// Writes to a client, giving up on one that stopped reading (it would hold its slot and the
/// reply's memory for ever).
pub async fn send<W: AsyncWrite + Unpin>(writer: &mut W, bytes: &[u8]) -> std::io::Result<()> {
    tokio::time::timeout(WRITE_TIMEOUT, writer.write_all(bytes))
        .await
        .map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::TimedOut, "the client stopped reading")
        })?
}

/// How long a client may take over the TLS handshake.
pub const TLS_HANDSHAKE: Duration = Duration::from_secs(30);

/// The server side of a TLS handshake (implicit TLS, or after STARTTLS/STLS), bounded by
/// `TLS_HANDSHAKE`: `None` when the client took too long.
pub async fn accept_tls<S: AsyncRead + AsyncWrite + Unpin>(
    acceptor: &tokio_rustls::TlsAcceptor,
    stream: S,
) -> Option<std::io::Result<tokio_rustls::server::TlsStream<S>>> {
    tokio::time::timeout(TLS_HANDSHAKE, acceptor.accept(stream))
        .await
        .ok()
}
