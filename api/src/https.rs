//! The admin API over TLS of its own (`POSTBAY_API_TLS=on`), for an operator who runs no TLS
//! proxy in front of it: the certificate is the server's (see `tls`). Handshakes run beside
//! the accept loop, each with a deadline and a bounded number at once, so a client that
//! connects and says nothing holds up no one.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use postbay_listener::ServerTls;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio_rustls::server::TlsStream;

/// Longest a client may take to finish its TLS handshake.
const HANDSHAKE: Duration = Duration::from_secs(10);
/// Handshakes in progress at once; connections beyond are closed at once.
const MAX_HANDSHAKES: usize = 256;
/// Finished handshakes waiting for the HTTP server to take them.
const READY: usize = 64;

/// A listener whose connections arrive with their TLS handshake done.
pub struct TlsListener {
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    /// Starts accepting on `tcp`; the accept loop ends when this listener is dropped.
    pub fn new(tcp: TcpListener, acceptor: ServerTls) -> std::io::Result<Self> {
        let local = tcp.local_addr()?;
        let (sender, ready) = mpsc::channel(READY);
        tokio::spawn(accept_loop(tcp, acceptor, sender));
        Ok(Self { ready, local })
    }
}

async fn accept_loop(
    tcp: TcpListener,
    acceptor: ServerTls,
    ready: mpsc::Sender<(TlsStream<TcpStream>, SocketAddr)>,
) {
    let handshakes = Arc::new(Semaphore::new(MAX_HANDSHAKES));
    loop {
        let accepted = tokio::select! {
            accepted = tcp.accept() => accepted,
            () = ready.closed() => return,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(e) => {
                // Out of file descriptors and the like: wait rather than spin.
                tracing::warn!(error = %e, "cannot accept an API connection");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let Ok(permit) = handshakes.clone().try_acquire_owned() else {
            tracing::debug!(%peer, "too many TLS handshakes in progress; connection closed");
            continue;
        };
        let (acceptor, ready) = (acceptor.clone(), ready.clone());
        tokio::spawn(async move {
            let _permit = permit;
            let _ = stream.set_nodelay(true);
            match tokio::time::timeout(HANDSHAKE, acceptor.accept(stream)).await {
                Ok(Some(Ok(tls))) => {
                    let _ = ready.send((tls, peer)).await;
                }
                Ok(Some(Err(e))) => tracing::debug!(%peer, error = %e, "API TLS handshake failed"),
                Ok(None) | Err(_) => tracing::debug!(%peer, "API TLS handshake timed out"),
            }
        });
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(accepted) => accepted,
            // The accept loop only ends once this listener is gone.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}
