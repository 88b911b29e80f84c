//! One POST to a subscriber. The host is resolved here and each address checked before it is
//! connected to, so a tenant's URL cannot be pointed at the server's own network by a name
//! that resolves there (or comes to, between the check and the connection).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::Request;
use hyper_util::rt::TokioIo;
use postbay_core::net;
use rustls_pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use url::{Host, Url};

/// How long one attempt may take, connection and answer included.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// What one attempt came to.
#[derive(Debug, Clone)]
pub struct Attempt {
    /// The subscriber's HTTP status, when it answered.
    pub status: Option<u16>,
    /// Why it did not count as delivered (no answer, or a status outside 2xx).
    pub error: Option<String>,
}

impl Attempt {
    pub fn delivered(&self) -> bool {
        self.error.is_none()
    }

    fn failed(error: impl Into<String>) -> Self {
        Self {
            status: None,
            error: Some(error.into()),
        }
    }
}

/// Sends webhook requests; cheap to clone.
#[derive(Clone)]
pub struct Sender {
    tls: Arc<rustls::ClientConfig>,
}

impl Sender {
    pub fn new() -> Result<Self, rustls::Error> {
        Ok(Self {
            tls: postbay_listener::client_tls::tls_config(true)?,
        })
    }

    /// POSTs `body` to `url` with `headers`. `server_wide`: the subscription is the server
    /// tenant's, which may reach internal addresses.
    pub async fn post(
        &self,
        url: &Url,
        server_wide: bool,
        headers: &[(&'static str, String)],
        body: Bytes,
    ) -> Attempt {
        match tokio::time::timeout(
            ATTEMPT_TIMEOUT,
            self.exchange(url, server_wide, headers, body),
        )
        .await
        {
            Ok(Ok(status)) if (200..300).contains(&status) => Attempt {
                status: Some(status),
                error: None,
            },
            Ok(Ok(status)) => Attempt {
                status: Some(status),
                error: Some(format!("the subscriber answered {status}")),
            },
            Ok(Err(e)) => Attempt::failed(e),
            Err(_) => Attempt::failed("no answer within 10 seconds"),
        }
    }

    async fn exchange(
        &self,
        url: &Url,
        server_wide: bool,
        headers: &[(&'static str, String)],
        body: Bytes,
    ) -> Result<u16, String> {
        let port = url.port_or_known_default().ok_or("the URL has no port")?;
        let addresses = resolve(url, port).await?;
        let permitted: Vec<SocketAddr> = addresses
            .into_iter()
            .filter(|a| server_wide || net::tenant_may_reach(a.ip()))
            .collect();
        if permitted.is_empty() {
            return Err(
                "the host is an internal address, which only server-wide webhooks may use".into(),
            );
        }
        let tcp = TcpStream::connect(&permitted[..])
            .await
            .map_err(|e| format!("connecting: {e}"))?;
        let _ = tcp.set_nodelay(true);
        let mut request = Request::post(url_path(url));
        let authority = match url.port() {
            Some(p) => format!("{}:{p}", url.host_str().unwrap_or_default()),
            None => url.host_str().unwrap_or_default().to_string(),
        };
        request = request
            .header(hyper::header::HOST, authority)
            .header(hyper::header::CONTENT_TYPE, "application/json")
            .header(hyper::header::USER_AGENT, "Postbay-Webhooks/1");
        for (name, value) in headers {
            request = request.header(*name, value.as_str());
        }
        let request = request
            .body(Full::new(body))
            .map_err(|e| format!("building the request: {e}"))?;
        if url.scheme() == "https" {
            let name = match url.host() {
                Some(Host::Ipv4(ip)) => ServerName::IpAddress(IpAddr::V4(ip).into()),
                Some(Host::Ipv6(ip)) => ServerName::IpAddress(IpAddr::V6(ip).into()),
                _ => ServerName::try_from(url.host_str().unwrap_or_default().to_string())
                    .map_err(|_| "the host is not a valid TLS name")?,
            };
            let tls = tokio_rustls::TlsConnector::from(self.tls.clone())
                .connect(name, tcp)
                .await
                .map_err(|e| format!("TLS: {e}"))?;
            send(tls, request).await
        } else {
            send(tcp, request).await
        }
    }
}

/// The addresses `url`'s host stands for.
async fn resolve(url: &Url, port: u16) -> Result<Vec<SocketAddr>, String> {
    Ok(match url.host() {
        Some(Host::Ipv4(ip)) => vec![SocketAddr::new(IpAddr::V4(ip), port)],
        Some(Host::Ipv6(ip)) => vec![SocketAddr::new(IpAddr::V6(ip), port)],
        Some(Host::Domain(name)) => tokio::net::lookup_host((name, port))
            .await
            .map_err(|e| format!("resolving {name}: {e}"))?
            .map(|a| SocketAddr::new(a.ip().to_canonical(), a.port()))
            .collect(),
        None => return Err("the URL has no host".into()),
    })
}

fn url_path(url: &Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}

/// One request on a fresh HTTP/1.1 connection; only the status is read.
async fn send<S>(io: S, request: Request<Full<Bytes>>) -> Result<u16, String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(|e| format!("HTTP: {e}"))?;
    let driver = tokio::spawn(connection);
    let answer = sender.send_request(request).await;
    driver.abort();
    answer
        .map(|r| r.status().as_u16())
        .map_err(|e| format!("HTTP: {e}"))
}
