//! The POP3 client (RFC 1939) the collector downloads with: implicit TLS or STLS (RFC 2595),
//! USER/PASS or APOP, STAT, UIDL, LIST, RETR (dot-unstuffed, bounded), DELE and QUIT. Every
//! wait has a timeout; every line and message has a size bound.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use md5::{Digest, Md5};
use postbay_core::collection::{Pop3Authentication, Pop3Security};
pub use postbay_listener::peer_timeouts::PeerTimeouts;
use rustls::pki_types::ServerName;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const CONNECT: Duration = Duration::from_secs(30);
/// A reply to a command, and each read while a message arrives.
const REPLY: Duration = Duration::from_secs(120);
/// Longest reply or message line accepted (RFC 1939 allows 512 for replies; messages may
/// carry long lines, RFC 5322 says 998).
const MAX_LINE: u64 = 64 * 1024;
/// Most entries a UIDL or LIST answer may have.
const MAX_LISTING: usize = 1_000_000;

/// Why a session with the remote server failed.
#[derive(Debug, thiserror::Error)]
pub enum Pop3Error {
    #[error("cannot resolve {0}: {1}")]
    Resolve(String, String),
    #[error("cannot connect to {0}: {1}")]
    Connect(String, std::io::Error),
    #[error("{0} timed out")]
    Timeout(&'static str),
    #[error("TLS with {0} failed: {1}")]
    Tls(String, std::io::Error),
    #[error("the server does not offer STLS")]
    NoStls,
    #[error("the server's greeting has no APOP timestamp")]
    NoApop,
    #[error("login refused: {0}")]
    Auth(String),
    #[error("the server answered {0}: {1}")]
    Refused(&'static str, String),
    #[error("protocol error: {0}")]
    Protocol(String),
    #[error("message {0} is larger than {1} bytes")]
    TooLarge(u32, u64),
    #[error("connection error: {0}")]
    Io(#[from] std::io::Error),
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// Where and how to connect.
pub struct Remote<'a> {
    pub host: &'a str,
    pub port: u16,
    pub security: Pop3Security,
    pub authentication: Pop3Authentication,
    pub username: &'a str,
    pub password: &'a str,
    pub tls: Arc<rustls::ClientConfig>,
    /// The operator's cap on the waits below.
    pub timeouts: PeerTimeouts,
}

/// A logged-in session.
pub struct Session {
    io: BufReader<Box<dyn Stream>>,
    /// Whether the connection is encrypted.
    pub secure: bool,
    /// The address connected to.
    pub peer: SocketAddr,
    timeouts: PeerTimeouts,
}

/// One message in the maildrop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub number: u32,
    pub size: u64,
    /// Its unique id, when the server gives them.
    pub uidl: Option<String>,
}

/// The APOP timestamp of a greeting (`<...>`, RFC 1939 section 7).
fn apop_timestamp(greeting: &str) -> Option<&str> {
    let start = greeting.find('<')?;
    let end = start + greeting[start..].find('>')?;
    let stamp = &greeting[start..=end];
    stamp.contains('@').then_some(stamp)
}

/// The APOP digest: MD5 of the timestamp followed by the password, in lower-case hex.
fn apop_digest(timestamp: &str, password: &str) -> String {
    let digest = Md5::new()
        .chain_update(timestamp.as_bytes())
        .chain_update(password.as_bytes())
        .finalize();
    hex::encode(digest)
}

async fn timed<T>(
    what: &'static str,
    limit: Duration,
    work: impl Future<Output = Result<T, Pop3Error>>,
) -> Result<T, Pop3Error> {
    tokio::time::timeout(limit, work)
        .await
        .map_err(|_| Pop3Error::Timeout(what))?
}

impl Session {
    /// Connects to one of `addresses`, negotiates TLS as the account says and logs in.
    pub async fn open(
        remote: &Remote<'_>,
        addresses: &[std::net::IpAddr],
    ) -> Result<Self, Pop3Error> {
        let mut last = None;
        let mut stream = None;
        for ip in addresses {
            let address = SocketAddr::new(*ip, remote.port);
            match tokio::time::timeout(remote.timeouts.bound(CONNECT), TcpStream::connect(address))
                .await
            {
                Ok(Ok(s)) => {
                    stream = Some((s, address));
                    break;
                }
                Ok(Err(e)) => last = Some(Pop3Error::Connect(address.to_string(), e)),
                Err(_) => last = Some(Pop3Error::Timeout("connecting")),
            }
        }
        let Some((tcp, peer)) = stream else {
            return Err(last.unwrap_or_else(|| {
                Pop3Error::Resolve(remote.host.to_string(), "no address".into())
            }));
        };
        let _ = tcp.set_nodelay(true);
        let name = ServerName::try_from(remote.host.to_string())
            .unwrap_or_else(|_| ServerName::IpAddress(peer.ip().into()));
        let connector = tokio_rustls::TlsConnector::from(remote.tls.clone());
        let mut session = if remote.security == Pop3Security::Tls {
            let tls = timed("the TLS handshake", remote.timeouts.bound(REPLY), async {
                connector
                    .connect(name.clone(), tcp)
                    .await
                    .map_err(|e| Pop3Error::Tls(remote.host.to_string(), e))
            })
            .await?;
            Self {
                io: BufReader::new(Box::new(tls)),
                secure: true,
                peer,
                timeouts: remote.timeouts,
            }
        } else {
            Self {
                io: BufReader::new(Box::new(tcp)),
                secure: false,
                peer,
                timeouts: remote.timeouts,
            }
        };
        let greeting = session.status("the greeting").await?;
        if remote.security == Pop3Security::Stls {
            session.command("STLS").await.map_err(|e| match e {
                Pop3Error::Refused(..) => Pop3Error::NoStls,
                other => other,
            })?;
            let plain = session.io.into_inner();
            let tls = timed("the TLS handshake", remote.timeouts.bound(REPLY), async {
                connector
                    .connect(name, plain)
                    .await
                    .map_err(|e| Pop3Error::Tls(remote.host.to_string(), e))
            })
            .await?;
            session = Self {
                io: BufReader::new(Box::new(tls)),
                secure: true,
                peer,
                timeouts: remote.timeouts,
            };
        }
        let login = match remote.authentication {
            Pop3Authentication::Apop => {
                let stamp = apop_timestamp(&greeting).ok_or(Pop3Error::NoApop)?;
                let digest = apop_digest(stamp, remote.password);
                session
                    .command(&format!("APOP {} {digest}", remote.username))
                    .await
            }
            Pop3Authentication::Plain => {
                match session.command(&format!("USER {}", remote.username)).await {
                    Ok(_) => session.command(&format!("PASS {}", remote.password)).await,
                    Err(e) => Err(e),
                }
            }
        };
        login.map_err(|e| match e {
            Pop3Error::Refused(_, text) => Pop3Error::Auth(text),
            other => other,
        })?;
        Ok(session)
    }

    /// Reads one status line: the text after `+OK`, or `Refused` with the text after `-ERR`.
    async fn status(&mut self, what: &'static str) -> Result<String, Pop3Error> {
        let line = timed(what, self.timeouts.bound(REPLY), self.line()).await?;
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end();
        if let Some(rest) = line.strip_prefix("+OK") {
            Ok(rest.trim().to_string())
        } else if let Some(rest) = line.strip_prefix("-ERR") {
            Err(Pop3Error::Refused(what, rest.trim().to_string()))
        } else {
            Err(Pop3Error::Protocol(format!(
                "unexpected reply to {what}: {}",
                line.chars().take(200).collect::<String>()
            )))
        }
    }

    /// One reply line with its CRLF, bounded.
    async fn line(&mut self) -> Result<Vec<u8>, Pop3Error> {
        self.line_within(MAX_LINE)
            .await?
            .ok_or_else(|| Pop3Error::Protocol("a line is too long".into()))
    }

    /// One line of at most `max` bytes; `None` when it is longer.
    async fn line_within(&mut self, max: u64) -> Result<Option<Vec<u8>>, Pop3Error> {
        let mut line = Vec::new();
        let read = (&mut self.io)
            .take(max)
            .read_until(b'\n', &mut line)
            .await?;
        if read == 0 {
            return Err(Pop3Error::Protocol(
                "the server closed the connection".into(),
            ));
        }
        if line.ends_with(b"\n") {
            return Ok(Some(line));
        }
        if (read as u64) < max {
            return Err(Pop3Error::Protocol(
                "the server closed the connection inside a line".into(),
            ));
        }
        Ok(None)
    }

    async fn send(&mut self, command: &str) -> Result<(), Pop3Error> {
        let io = self.io.get_mut();
        timed("sending a command", self.timeouts.bound(REPLY), async {
            io.write_all(command.as_bytes()).await?;
            io.write_all(b"\r\n").await?;
            io.flush().await?;
            Ok(())
        })
        .await
    }

    /// Sends a command and reads its status line. The command's first word names it in
    /// errors (never its arguments: they may hold the password).
    async fn command(&mut self, command: &str) -> Result<String, Pop3Error> {
        self.send(command).await?;
        let verb = match command.split(' ').next() {
            Some("USER") => "USER",
            Some("PASS") => "PASS",
            Some("APOP") => "APOP",
            Some("STLS") => "STLS",
            Some("STAT") => "STAT",
            Some("UIDL") => "UIDL",
            Some("LIST") => "LIST",
            Some("RETR") => "RETR",
            Some("DELE") => "DELE",
            Some("QUIT") => "QUIT",
            _ => "a command",
        };
        self.status(verb).await
    }

    /// The lines of a multi-line answer, dot-unstuffed, at most `max` bytes in all (a line
    /// may be as long as that: only the whole is bounded).
    async fn multiline(&mut self, max: u64, number: u32) -> Result<Vec<u8>, Pop3Error> {
        let mut out = Vec::new();
        loop {
            // Room for the rest of the message, its dot-stuffing dot and the terminator.
            let room = max.saturating_sub(out.len() as u64) + 3;
            let line = timed(
                "reading a message",
                self.timeouts.bound(REPLY),
                self.line_within(room),
            )
            .await?
            .ok_or(Pop3Error::TooLarge(number, max))?;
            if line == b".\r\n" || line == b".\n" {
                return Ok(out);
            }
            let line = line.strip_prefix(b".").unwrap_or(&line);
            // A bare LF is stored as CRLF: one byte more.
            let stored = line.len() + usize::from(!line.ends_with(b"\r\n"));
            if (out.len() + stored) as u64 > max {
                return Err(Pop3Error::TooLarge(number, max));
            }
            // Bare LF line ends become CRLF, as everything stored here has them.
            if line.ends_with(b"\r\n") {
                out.extend_from_slice(line);
            } else {
                out.extend_from_slice(&line[..line.len() - 1]);
                out.extend_from_slice(b"\r\n");
            }
        }
    }

    /// Messages and bytes in the maildrop.
    pub async fn stat(&mut self) -> Result<(u32, u64), Pop3Error> {
        let text = self.command("STAT").await?;
        let mut parts = text.split_whitespace();
        let count = parts.next().and_then(|n| n.parse().ok());
        let size = parts.next().and_then(|n| n.parse().ok());
        count
            .zip(size)
            .ok_or_else(|| Pop3Error::Protocol(format!("bad STAT answer: {text}")))
    }

    /// Every message with its size and (when the server supports UIDL) its unique id.
    pub async fn listing(&mut self) -> Result<Vec<Listed>, Pop3Error> {
        self.command("LIST").await?;
        let sizes = self.pairs("LIST").await?;
        let mut listed: Vec<Listed> = sizes
            .into_iter()
            .map(|(number, size)| Listed {
                number,
                size: size.parse().unwrap_or(u64::MAX),
                uidl: None,
            })
            .collect();
        match self.command("UIDL").await {
            Ok(_) => {
                let ids: std::collections::HashMap<u32, String> =
                    self.pairs("UIDL").await?.into_iter().collect();
                for message in &mut listed {
                    message.uidl = ids.get(&message.number).cloned();
                }
            }
            Err(Pop3Error::Refused(..)) => {}
            Err(e) => return Err(e),
        }
        Ok(listed)
    }

    /// The `number value` lines of a LIST or UIDL answer.
    async fn pairs(&mut self, what: &'static str) -> Result<Vec<(u32, String)>, Pop3Error> {
        let mut pairs = Vec::new();
        loop {
            let line = timed(what, self.timeouts.bound(REPLY), self.line()).await?;
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end();
            if text == "." {
                return Ok(pairs);
            }
            if pairs.len() >= MAX_LISTING {
                return Err(Pop3Error::Protocol(format!(
                    "{what} lists too many messages"
                )));
            }
            let mut parts = text.split_whitespace();
            match (parts.next().and_then(|n| n.parse().ok()), parts.next()) {
                // RFC 1939: a unique id is 1 to 70 printable characters.
                (Some(n), Some(v)) if v.len() <= 70 => pairs.push((n, v.to_string())),
                _ => return Err(Pop3Error::Protocol(format!("bad {what} line: {text}"))),
            }
        }
    }

    /// One whole message, as the server has it.
    pub async fn retr(&mut self, number: u32, max: u64) -> Result<Vec<u8>, Pop3Error> {
        self.command(&format!("RETR {number}")).await?;
        self.multiline(max, number).await
    }

    /// Marks a message for deletion (done at QUIT).
    pub async fn dele(&mut self, number: u32) -> Result<(), Pop3Error> {
        self.command(&format!("DELE {number}")).await.map(|_| ())
    }

    /// Ends the session: the server now deletes what was marked.
    pub async fn quit(mut self) -> Result<(), Pop3Error> {
        self.command("QUIT").await.map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apop_follows_rfc_1939() {
        // The example of RFC 1939 section 7.
        let greeting = "POP3 server ready <1896.697170952@dbc.mtview.ca.us>";
        let stamp = apop_timestamp(greeting).expect("timestamp");
        assert_eq!(stamp, "<1896.697170952@dbc.mtview.ca.us>");
        assert_eq!(
            apop_digest(stamp, "tanstaaf"),
            "c4c9334bac560ecc979e58001b3e22fb"
        );
        assert_eq!(apop_timestamp("Dovecot ready."), None);
    }
}
