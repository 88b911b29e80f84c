//! The server side of TLS for every listener: the process's configuration (its certificates
//! chosen by SNI), and, for a client that offers only ACME's `acme-tls/1` protocol (a CA
//! checking a TLS-ALPN-01 challenge, RFC 8737), the challenge's own certificate. The
//! ClientHello is read first, so the choice is made before any certificate is sent; a mail
//! client never sees the ACME configuration, and an ACME validator never the mail one.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use rustls::ServerConfig;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::LazyConfigAcceptor;
use tokio_rustls::server::TlsStream;

use crate::TLS_HANDSHAKE;

/// The ALPN protocol of TLS-ALPN-01 (RFC 8737 section 6.2).
pub const ACME_TLS_ALPN: &[u8] = b"acme-tls/1";

/// Whether a ClientHello's ALPN list is `acme-tls/1` and nothing else (an empty list is not).
fn offers_only_acme<'a>(offered: Option<impl Iterator<Item = &'a [u8]>>) -> bool {
    let Some(mut offered) = offered else {
        return false;
    };
    offered.next() == Some(ACME_TLS_ALPN) && offered.all(|p| p == ACME_TLS_ALPN)
}

/// Answers TLS-ALPN-01 challenges: the configuration presenting the challenge certificate
/// for a name, when an order is proving it now.
pub trait AcmeTlsAnswer: Send + Sync {
    fn config_for<'a>(
        &'a self,
        server_name: &'a str,
    ) -> Pin<Box<dyn Future<Output = Option<Arc<ServerConfig>>> + Send + 'a>>;
}

/// What a listener's TLS handshakes are made with; clones share it.
#[derive(Clone)]
pub struct ServerTls {
    config: Arc<ServerConfig>,
    acme: Option<Arc<dyn AcmeTlsAnswer>>,
}

impl ServerTls {
    pub fn new(config: Arc<ServerConfig>, acme: Option<Arc<dyn AcmeTlsAnswer>>) -> Self {
        Self { config, acme }
    }

    /// The server side of a handshake, bounded by `TLS_HANDSHAKE`: `None` when the client
    /// took too long.
    pub async fn accept<S: AsyncRead + AsyncWrite + Unpin>(
        &self,
        stream: S,
    ) -> Option<std::io::Result<TlsStream<S>>> {
        tokio::time::timeout(TLS_HANDSHAKE, self.handshake(stream))
            .await
            .ok()
    }

    async fn handshake<S: AsyncRead + AsyncWrite + Unpin>(
        &self,
        stream: S,
    ) -> std::io::Result<TlsStream<S>> {
        let start = LazyConfigAcceptor::new(rustls::server::Acceptor::default(), stream).await?;
        let hello = start.client_hello();
        let challenge = match (&self.acme, hello.server_name()) {
            // RFC 8737 3: the validator offers acme-tls/1 and nothing else.
            (Some(acme), Some(name)) if offers_only_acme(hello.alpn()) => {
                Some((acme.clone(), name.to_ascii_lowercase()))
            }
            _ => None,
        };
        let config = match challenge {
            Some((acme, name)) => match acme.config_for(&name).await {
                Some(config) => config,
                None => {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "no TLS-ALPN-01 challenge for the name",
                    ));
                }
            },
            None => self.config.clone(),
        };
        start.into_stream(config).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_list_of_acme_tls_alone_is_a_validator() {
        let list = |l: &'static [&'static [u8]]| Some(l.iter().copied());
        assert!(offers_only_acme(list(&[ACME_TLS_ALPN])));
        assert!(!offers_only_acme(list(&[])));
        assert!(!offers_only_acme(list(&[b"imap", ACME_TLS_ALPN])));
        assert!(!offers_only_acme(list(&[ACME_TLS_ALPN, b"h2"])));
        assert!(!offers_only_acme(None::<std::iter::Empty<&[u8]>>));
    }
}
