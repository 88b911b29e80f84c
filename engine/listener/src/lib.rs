//! The accept loop every protocol server shares: it admits clients by the service's IP group,
//! holds each to one of the service's connection slots, and stops when told. What a
//! connection then says is the protocol crate's business.

pub mod live;
pub mod sasl;
pub mod server_tls;

pub use live::{LiveConnection, LiveConnections};
pub use server_tls::ServerTls;

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
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
    /// Connections one client address may hold at once; more are refused (0: no limit).
    pub max_per_address: usize,
    /// The process's table of live connections, where each admitted client is entered.
    pub live: LiveConnections,
}

/// What a client that is not served is told before the connection closes.
#[derive(Debug, Clone, Copy)]
pub struct Refusals {
    /// Its address is outside the service's allowed group.
    pub not_allowed: &'static [u8],
    /// Its address holds as many connections as it may.
    pub too_many: &'static [u8],
}

/// A session's hold on the service: one of its connection slots and one of its client
/// address's. Both are given back when it is dropped.
pub struct Slot {
    _connection: OwnedSemaphorePermit,
    _address: Option<AddressSlot>,
}

/// Connections open per client address, counted by one listener.
type AddressCounts = Arc<Mutex<HashMap<IpAddr, usize>>>;

struct AddressSlot {
    counts: AddressCounts,
    ip: IpAddr,
}

impl AddressSlot {
    /// Takes a slot for `ip` when it holds fewer than `max` connections.
    fn take(counts: &AddressCounts, ip: IpAddr, max: usize) -> Option<Self> {
        let mut map = counts.lock().ok()?;
        let held = map.entry(ip).or_insert(0);
        if *held >= max {
            return None;
        }
        *held += 1;
        Some(Self {
            counts: counts.clone(),
            ip,
        })
    }
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        if let Ok(mut map) = self.counts.lock()
            && let Some(held) = map.get_mut(&self.ip)
        {
            *held = held.saturating_sub(1);
            if *held == 0 {
                map.remove(&self.ip);
            }
        }
    }
}

/// A client admitted to a session.
pub struct Admitted {
    pub stream: TcpStream,
    /// The client, its address in canonical form: an IPv4 client on a dual-stack socket is
    /// its IPv4 address, so every rule and log line sees one form.
    pub peer: SocketAddr,
    /// The server address the client reached (a domain may be bound to it for logins).
    pub local: Option<IpAddr>,
    /// The connection slots (the service's and the address's), given back when dropped.
    pub slot: Slot,
    /// Tells the session the server is stopping.
    pub shutdown: watch::Receiver<bool>,
    /// Its entry in the table of live connections, which the session keeps current.
    pub connection: LiveConnection,
}

/// Numbers sessions across all listeners of the process, so the log lines of one connection
/// can be told from those of another (`session{service=imap id=42 peer=...}`).
fn next_session_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Accepts connections until told to stop. A client outside the allowed group, or whose
/// address holds `max_per_address` connections already, is sent the matching refusal and
/// closed; at most `max_connections` sessions run at once (more wait for a slot).
/// Each admitted client is handed to `session`, on its own task, inside a `session` span that
/// names the service, a session number and the peer.
pub async fn accept_loop<F, Fut>(
    listener: TcpListener,
    control: ListenerControl,
    max_connections: usize,
    refusals: Refusals,
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
        max_per_address,
        live,
    } = control;
    let slots = Arc::new(Semaphore::new(max_connections));
    let per_address: AddressCounts = Arc::default();
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
        let refuse = |stream: TcpStream, text: &'static [u8], why: &'static str| {
            tokio::spawn(async move {
                let mut stream = stream;
                let _ = tokio::time::timeout(WRITE_TIMEOUT, stream.write_all(text)).await;
                tracing::info!(service, %peer, why, "connection refused");
                metrics::counter!("postbay_connections_refused_total", "service" => service, "reason" => why).increment(1);
            });
        };
        if !admitted {
            refuse(
                stream,
                refusals.not_allowed,
                "not in the service's allowed group",
            );
            continue;
        }
        let address_slot = match max_per_address {
            0 => None,
            max => match AddressSlot::take(&per_address, peer.ip(), max) {
                Some(taken) => Some(taken),
                None => {
                    refuse(
                        stream,
                        refusals.too_many,
                        "too many connections from the address",
                    );
                    continue;
                }
            },
        };
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(s) => Slot { _connection: s, _address: address_slot },
                Err(_) => return,
            },
            _ = stop.changed() => return,
            _ = stop_accepting.changed() => return,
        };
        let local = stream.local_addr().ok().map(|a| a.ip().to_canonical());
        let id = next_session_id();
        let span = tracing::info_span!("session", service, id, %peer);
        metrics::counter!("postbay_connections_total", "service" => service).increment(1);
        let active = metrics::gauge!("postbay_sessions_active", "service" => service);
        active.increment(1.0);
        let running = session(Admitted {
            stream,
            peer,
            local,
            slot,
            shutdown: shutdown.clone(),
            connection: live.open(id, service, peer),
        });
        tokio::spawn(
            async move {
                running.await;
                active.decrement(1.0);
            }
            .instrument(span),
        );
    }
}

pub mod client_tls;
mod dot;
pub mod peer_timeouts;
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

/// How a listener's connections get TLS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, POP3S 995, submissions 465).
    Implicit,
    /// In the clear until the client asks (STARTTLS, STLS): ports 143, 110, 25 and 587.
    StartTls,
}

/// A protocol session that [`serve_secured`] runs over plain TCP or TLS.
pub trait TlsSession {
    /// Serves commands on `stream` until the session ends; when the client asks for TLS, the
    /// plain stream is handed back for the handshake. `greet`: send the greeting first.
    fn serve<S>(
        &mut self,
        stream: S,
        shutdown: watch::Receiver<bool>,
        greet: bool,
    ) -> impl Future<Output = std::io::Result<Option<S>>> + Send
    where
        S: AsyncRead + AsyncWrite + Unpin + Send;

    /// TLS is up after STARTTLS: what the client said in the clear is forgotten (RFC 3207
    /// 4.2, RFC 2595 3.1).
    fn secured(&mut self);

    /// The connection is over, however it ended: what the session holds beyond it (a POP3
    /// maildrop lock) is given back here.
    fn ended(&mut self) -> impl Future<Output = ()> + Send {
        std::future::ready(())
    }
}

/// Who a session is opened for: what [`serve_sessions`] tells a protocol's session maker.
pub struct Client {
    /// The client, in canonical form (see [`Admitted::peer`]).
    pub peer: SocketAddr,
    /// The server address the client reached.
    pub local: Option<IpAddr>,
    /// TLS from the first byte (the session starts secured).
    pub implicit_tls: bool,
    /// Its entry in the table of live connections.
    pub connection: LiveConnection,
}

/// Accepts connections and runs one protocol session per admitted client under
/// [`serve_secured`]: the one serve loop of IMAP, POP3 and ManageSieve. `open` makes the
/// session; its errors end only that connection and are logged at debug level.
pub async fn serve_sessions<T, F>(
    listener: TcpListener,
    control: ListenerControl,
    security: Security,
    tls: ServerTls,
    max_connections: usize,
    refusals: Refusals,
    open: F,
) where
    T: TlsSession + Send + 'static,
    F: Fn(Client) -> T + Send + Sync + 'static,
{
    let service = control.service;
    let open = Arc::new(open);
    accept_loop(
        listener,
        control,
        max_connections,
        refusals,
        move |client| {
            let (open, tls) = (open.clone(), tls.clone());
            async move {
                let Admitted {
                    stream,
                    peer,
                    local,
                    slot,
                    shutdown,
                    connection,
                } = client;
                let mut session = open(Client {
                    peer,
                    local,
                    implicit_tls: security == Security::Implicit,
                    connection: connection.clone(),
                });
                let outcome = serve_secured(
                    &mut session,
                    stream,
                    security,
                    Some(&tls),
                    shutdown,
                    &connection,
                )
                .await;
                session.ended().await;
                drop(slot);
                if let Err(e) = outcome {
                    tracing::debug!(service, %peer, error = %e, "session ended");
                }
            }
        },
    )
    .await;
}

/// Runs `session` on a connection as `security` says: the handshake first for implicit TLS;
/// for STARTTLS the plain session, then the handshake and the secured session when the
/// client asks. Without an acceptor, implicit TLS ends at once and STARTTLS is not honoured.
pub async fn serve_secured<T: TlsSession + Send>(
    session: &mut T,
    stream: TcpStream,
    security: Security,
    tls: Option<&ServerTls>,
    shutdown: watch::Receiver<bool>,
    connection: &LiveConnection,
) -> std::io::Result<()> {
    let peer = stream.peer_addr().ok().map(|a| a.ip().to_canonical());
    let Some(plain) = (match security {
        Security::Implicit => Some(stream),
        Security::StartTls => session.serve(stream, shutdown.clone(), true).await?,
    }) else {
        return Ok(());
    };
    let Some(acceptor) = tls else {
        return Ok(());
    };
    // A failed handshake is the security log's (a scanner, an old client, a wrong port).
    let secured = match acceptor.accept(plain).await {
        None => {
            tracing::info!(target: "postbay::security", client = %peer.map(|p| p.to_string()).unwrap_or_default(), reason = "timed out", "TLS handshake failed");
            return Ok(());
        }
        Some(Err(e)) => {
            tracing::info!(target: "postbay::security", client = %peer.map(|p| p.to_string()).unwrap_or_default(), reason = %e, "TLS handshake failed");
            return Err(e);
        }
        Some(Ok(secured)) => secured,
    };
    connection.secured();
    if security == Security::StartTls {
        session.secured();
    }
    // A client cannot ask for TLS twice: a stream handed back now is simply closed.
    session
        .serve(secured, shutdown, security == Security::Implicit)
        .await
        .map(|_| ())
}
