//! The SMTP client (RFC 5321) that hands a message to one peer: greeting, EHLO (HELO when the
//! peer knows no EHLO), STARTTLS, AUTH, then one mail transaction for the recipients of one
//! domain — pipelined when the peer offers PIPELINING — with SIZE, 8BITMIME, SMTPUTF8 and DSN
//! parameters as the peer supports them. EHLO replies are read by smtp-proto; other replies by
//! `parse_reply` here, because smtp-proto's reply reader takes enhanced codes (RFC 3463) with
//! one digit per part only and would lose `5.7.23` or `5.7.26`. Every wait has the timeout
//! RFC 5321 section 4.5.3.2 gives it.

use std::net::SocketAddr;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use postbay_core::outbound_settings::TlsMode;
use postbay_listener::DotStuffer;
pub use postbay_listener::client_tls::TlsConfigs;
pub use postbay_listener::peer_timeouts::PeerTimeouts;
use rustls::pki_types::ServerName;
use smtp_proto::{
    AUTH_LOGIN, AUTH_PLAIN, EXT_8BIT_MIME, EXT_DSN, EXT_PIPELINING, EXT_SIZE, EXT_SMTP_UTF8,
    EXT_START_TLS, EhloResponse,
};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const CONNECT: Duration = Duration::from_secs(30);
const GREETING: Duration = Duration::from_secs(5 * 60);
const COMMAND: Duration = Duration::from_secs(5 * 60);
const DATA_START: Duration = Duration::from_secs(2 * 60);
const DATA_BLOCK: Duration = Duration::from_secs(3 * 60);
const DATA_END: Duration = Duration::from_secs(10 * 60);
/// Longest reply line and most lines in one reply accepted from a peer.
const MAX_LINE: usize = 4096;
const MAX_LINES: usize = 200;
/// Bytes of message data written per write.
const CHUNK: usize = 64 * 1024;

/// A peer's reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    /// The enhanced status code (RFC 3463) when the peer gave one, such as `5.1.1`.
    pub enhanced: Option<String>,
    /// The text, lines joined with spaces.
    pub text: String,
}

impl Reply {
    fn is_positive(&self) -> bool {
        (200..400).contains(&self.code)
    }

    pub fn is_permanent(&self) -> bool {
        self.code >= 500
    }

    /// The enhanced status code to report: the peer's, else one derived from the reply code.
    pub fn status(&self) -> String {
        self.enhanced.clone().unwrap_or_else(|| {
            match self.code / 100 {
                2 => "2.0.0",
                4 => "4.0.0",
                _ => "5.0.0",
            }
            .to_string()
        })
    }
}

impl std::fmt::Display for Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.enhanced {
            Some(e) => write!(f, "{} {} {}", self.code, e, self.text),
            None => write!(f, "{} {}", self.code, self.text),
        }
    }
}

/// Why a session with a peer ended before the transaction had an outcome. The worker tries the
/// next address or exchanger, and reports the last of these if none takes the message.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("cannot connect to {0}: {1}")]
    Connect(SocketAddr, std::io::Error),
    #[error("{0} timed out waiting for {1}")]
    Timeout(SocketAddr, &'static str),
    #[error("connection to {0} failed: {1}")]
    Io(SocketAddr, std::io::Error),
    #[error("{0} sent a reply that is not SMTP")]
    Garbled(SocketAddr),
    /// The peer refused the session (greeting, EHLO, STARTTLS or AUTH): another exchanger
    /// may take the mail, or this one later.
    #[error("{host} said: {reply}")]
    Refused { host: String, reply: Reply },
    /// The peer refused the sender (MAIL): permanent when its reply is.
    #[error("{host} refused the sender: {reply}")]
    SenderRefused { host: String, reply: Reply },
    #[error("{0} does not offer STARTTLS, and TLS is required")]
    NoTls(String),
    #[error("TLS with {0} failed: {1}")]
    Tls(String, std::io::Error),
    #[error("{0} does not offer authentication over TLS, which the relay settings require")]
    NoAuth(String),
    /// The peer cannot take this message as it is (size, 8-bit, UTF-8 addresses).
    #[error("{host} cannot take the message: {reason}")]
    Unsuitable {
        host: String,
        status: &'static str,
        reason: &'static str,
    },
    /// The peer is this server (its greeting names our host name).
    #[error("mail for {0} loops back to myself")]
    Loop(String),
}

impl SessionError {
    /// Whether retrying later cannot help (the message is refused as it is).
    pub fn is_permanent(&self) -> bool {
        match self {
            Self::SenderRefused { reply, .. } => reply.is_permanent(),
            Self::Unsuitable { .. } | Self::Loop(_) => true,
            _ => false,
        }
    }

    /// The enhanced status code for a report.
    pub fn status(&self) -> String {
        match self {
            Self::Refused { reply, .. } | Self::SenderRefused { reply, .. } => {
                // A session refusal is retried: report it as temporary.
                let status = reply.status();
                if matches!(self, Self::Refused { .. }) && status.starts_with('5') {
                    format!("4{}", &status[1..])
                } else {
                    status
                }
            }
            Self::Unsuitable { status, .. } => (*status).to_string(),
            Self::Loop(_) => "5.4.6".into(),
            Self::NoTls(_) | Self::Tls(..) => "4.7.5".into(),
            Self::NoAuth(_) => "4.7.8".into(),
            _ => "4.4.1".into(),
        }
    }
}

/// How to talk to the peer.
pub struct Peer<'a> {
    /// For TLS (SNI and certificate checks) and messages.
    pub host: &'a str,
    pub address: SocketAddr,
    pub tls: TlsMode,
    pub verify_certificate: bool,
    /// SMTP AUTH user name and password (a relay host).
    pub auth: Option<(&'a str, &'a str)>,
    /// The operator's cap on the waits below.
    pub timeouts: PeerTimeouts,
}

/// One recipient of the transaction.
pub struct RcptTo<'a> {
    pub address: &'a str,
    /// DSN NOTIFY values (empty: not given).
    pub notify: &'a [String],
    pub orcpt: Option<&'a str>,
}

/// One mail transaction.
pub struct Transaction<'a> {
    /// The reverse path; `None` for `<>`.
    pub from: Option<&'a str>,
    pub recipients: &'a [RcptTo<'a>],
    /// DSN RET and ENVID.
    pub ret: Option<&'a str>,
    pub envid: Option<&'a str>,
    pub content: &'a [u8],
}

/// What the peer said about each recipient (in order): its RCPT reply when refused, else the
/// reply to the end of data; and whether it took the DSN parameters (then it reports success
/// itself when asked to).
#[derive(Debug)]
pub struct Outcome {
    pub replies: Vec<Reply>,
    pub dsn_passed_on: bool,
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

struct Conversation {
    io: BufReader<Box<dyn Stream>>,
    address: SocketAddr,
    timeouts: PeerTimeouts,
}

impl Conversation {
    async fn write(&mut self, bytes: &[u8], wait: Duration) -> Result<(), SessionError> {
        let wait = self.timeouts.bound(wait);
        match tokio::time::timeout(wait, self.io.get_mut().write_all(bytes)).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(SessionError::Io(self.address, e)),
            Err(_) => Err(SessionError::Timeout(self.address, "sending")),
        }
    }

    async fn flush(&mut self) -> Result<(), SessionError> {
        let wait = self.timeouts.bound(DATA_BLOCK);
        match tokio::time::timeout(wait, self.io.get_mut().flush()).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(SessionError::Io(self.address, e)),
            Err(_) => Err(SessionError::Timeout(self.address, "sending")),
        }
    }

    /// Reads one reply, all its lines.
    async fn reply(&mut self, wait: Duration, what: &'static str) -> Result<Vec<u8>, SessionError> {
        let address = self.address;
        let wait = self.timeouts.bound(wait);
        let read = async {
            let mut all = Vec::new();
            for _ in 0..MAX_LINES {
                let mut line = Vec::new();
                let n = (&mut self.io)
                    .take(MAX_LINE as u64)
                    .read_until(b'\n', &mut line)
                    .await
                    .map_err(|e| SessionError::Io(address, e))?;
                if n == 0 {
                    return Err(SessionError::Io(
                        address,
                        std::io::Error::new(
                            std::io::ErrorKind::UnexpectedEof,
                            "the peer closed the connection",
                        ),
                    ));
                }
                if !line.ends_with(b"\n") || line.len() < 4 {
                    return Err(SessionError::Garbled(address));
                }
                let last = line[3] != b'-';
                all.extend_from_slice(&line);
                if last {
                    return Ok(all);
                }
            }
            Err(SessionError::Garbled(address))
        };
        tokio::time::timeout(wait, read)
            .await
            .map_err(|_| SessionError::Timeout(address, what))?
    }

    async fn parsed(&mut self, wait: Duration, what: &'static str) -> Result<Reply, SessionError> {
        let raw = self.reply(wait, what).await?;
        parse_reply(&raw).ok_or(SessionError::Garbled(self.address))
    }

    async fn command(
        &mut self,
        line: &str,
        wait: Duration,
        what: &'static str,
    ) -> Result<Reply, SessionError> {
        self.write(line.as_bytes(), wait).await?;
        self.flush().await?;
        self.parsed(wait, what).await
    }
}

/// A reply's code, enhanced code (RFC 2034, from its first line) and text. Every line must
/// carry the same three-digit code.
fn parse_reply(raw: &[u8]) -> Option<Reply> {
    let text = std::str::from_utf8(raw).ok()?;
    let mut code: Option<u16> = None;
    let mut enhanced: Option<String> = None;
    let mut words: Vec<&str> = Vec::new();
    for (n, line) in text.split("\r\n").filter(|l| !l.is_empty()).enumerate() {
        let line = line.trim_end_matches('\n');
        let digits = line.get(..3)?;
        if !digits.bytes().all(|b| b.is_ascii_digit())
            || !matches!(line.as_bytes().get(3), None | Some(b' ' | b'-'))
        {
            return None;
        }
        let this: u16 = digits.parse().ok()?;
        if code.is_some_and(|c| c != this) {
            return None;
        }
        code = Some(this);
        let mut rest = line.get(4..).unwrap_or("").trim();
        if let Some((first, after)) = rest.split_once(' ').or(Some((rest, "")))
            && is_enhanced(first, this)
        {
            if n == 0 {
                enhanced = Some(first.to_string());
            }
            rest = after.trim();
        }
        if !rest.is_empty() {
            words.push(rest);
        }
    }
    Some(Reply {
        code: code?,
        enhanced,
        text: words.join(" "),
    })
}

/// Whether `word` is an enhanced status code (`class.subject.detail`) of the reply's class.
fn is_enhanced(word: &str, code: u16) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[0] == (code / 100).to_string()
}

/// Capabilities from an EHLO reply.
struct Capabilities {
    flags: u32,
    auth: u64,
    size: usize,
}

fn capabilities(raw: &[u8]) -> Option<Capabilities> {
    let ehlo: EhloResponse<String> = EhloResponse::parse(&mut raw.iter()).ok()?;
    Some(Capabilities {
        flags: ehlo.capabilities,
        auth: ehlo.auth_mechanisms,
        size: ehlo.size,
    })
}

/// Hands the message to `peer` as `hostname`. With opportunistic TLS and no certificate check
/// or credentials asked for, a failed handshake is retried once in plain text (a peer with
/// broken TLS still gets its mail).
pub async fn deliver(
    hostname: &str,
    peer: &Peer<'_>,
    tls: &TlsConfigs,
    transaction: &Transaction<'_>,
) -> Result<Outcome, SessionError> {
    match session(hostname, peer, tls, transaction, peer.tls).await {
        Err(SessionError::Tls(..))
            if peer.tls == TlsMode::Opportunistic
                && peer.auth.is_none()
                && !peer.verify_certificate =>
        {
            session(hostname, peer, tls, transaction, TlsMode::Off).await
        }
        other => other,
    }
}

async fn session(
    hostname: &str,
    peer: &Peer<'_>,
    tls: &TlsConfigs,
    transaction: &Transaction<'_>,
    mode: TlsMode,
) -> Result<Outcome, SessionError> {
    let (mut c, caps, greeting) = open(hostname, peer, tls, mode).await?;
    // A peer greeting with our own name is this server: the mail would go round in a loop.
    if greeting
        .text
        .split_whitespace()
        .next()
        .is_some_and(|name| name.eq_ignore_ascii_case(hostname))
    {
        let _ = c.write(b"QUIT\r\n", COMMAND).await;
        return Err(SessionError::Loop(peer.host.to_string()));
    }
    let outcome = mail(&mut c, &caps, peer, transaction).await;
    let _ = c.write(b"QUIT\r\n", Duration::from_secs(5)).await;
    let _ = c.flush().await;
    outcome
}

/// Asks `peer` with ETRN (RFC 1985) to start delivering the mail it holds for each domain;
/// its reply for each, in order.
pub async fn etrn(
    hostname: &str,
    peer: &Peer<'_>,
    tls: &TlsConfigs,
    domains: &[String],
) -> Result<Vec<Reply>, SessionError> {
    let (mut c, _, _) = open(hostname, peer, tls, peer.tls).await?;
    let mut replies = Vec::with_capacity(domains.len());
    for domain in domains {
        replies.push(
            c.command(&format!("ETRN {domain}\r\n"), COMMAND, "the ETRN reply")
                .await?,
        );
    }
    let _ = c.write(b"QUIT\r\n", Duration::from_secs(5)).await;
    let _ = c.flush().await;
    Ok(replies)
}

/// Connects, reads the greeting, says EHLO, negotiates TLS as `mode` asks and authenticates
/// when the peer has credentials: ready for commands.
async fn open(
    hostname: &str,
    peer: &Peer<'_>,
    tls: &TlsConfigs,
    mode: TlsMode,
) -> Result<(Conversation, Capabilities, Reply), SessionError> {
    let address = peer.address;
    let connect = peer.timeouts.bound(CONNECT);
    let stream = match tokio::time::timeout(connect, TcpStream::connect(address)).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => return Err(SessionError::Connect(address, e)),
        Err(_) => return Err(SessionError::Timeout(address, "the connection")),
    };
    let _ = stream.set_nodelay(true);
    let mut c = Conversation {
        io: BufReader::new(Box::new(stream)),
        address,
        timeouts: peer.timeouts,
    };
    let refused = |reply: Reply| SessionError::Refused {
        host: peer.host.to_string(),
        reply,
    };
    let greeting = c.parsed(GREETING, "the greeting").await?;
    if greeting.code != 220 {
        return Err(refused(greeting));
    }
    let (mut caps, _) = ehlo(&mut c, hostname).await.map_err(|e| match e {
        EhloFailure::Session(e) => e,
        EhloFailure::Refused(r) => refused(r),
    })?;
    let mut secure = false;
    if mode != TlsMode::Off && caps.flags & EXT_START_TLS != 0 {
        let reply = c.command("STARTTLS\r\n", COMMAND, "STARTTLS").await?;
        if reply.code != 220 {
            if mode == TlsMode::Required {
                return Err(refused(reply));
            }
        } else {
            let config = if peer.verify_certificate {
                tls.verified.clone()
            } else {
                tls.any.clone()
            };
            let name = ServerName::try_from(peer.host.to_string())
                .unwrap_or_else(|_| ServerName::IpAddress(address.ip().into()));
            let plain = c.io.into_inner();
            let connector = tokio_rustls::TlsConnector::from(config);
            let handshake = peer.timeouts.bound(COMMAND);
            let stream = match tokio::time::timeout(handshake, connector.connect(name, plain)).await
            {
                Ok(Ok(s)) => s,
                Ok(Err(e)) => return Err(SessionError::Tls(peer.host.to_string(), e)),
                Err(_) => return Err(SessionError::Timeout(address, "the TLS handshake")),
            };
            c = Conversation {
                io: BufReader::new(Box::new(stream)),
                address,
                timeouts: peer.timeouts,
            };
            secure = true;
            caps = ehlo(&mut c, hostname)
                .await
                .map_err(|e| match e {
                    EhloFailure::Session(e) => e,
                    EhloFailure::Refused(r) => refused(r),
                })?
                .0;
        }
    }
    if mode == TlsMode::Required && !secure {
        return Err(SessionError::NoTls(peer.host.to_string()));
    }
    if let Some((user, password)) = peer.auth {
        // Credentials never cross in plain text, whatever the TLS mode says.
        if !secure {
            return Err(SessionError::NoAuth(peer.host.to_string()));
        }
        authenticate(&mut c, &caps, user, password)
            .await
            .map_err(|e| match e {
                EhloFailure::Session(e) => e,
                EhloFailure::Refused(r) => refused(r),
            })?;
    }
    Ok((c, caps, greeting))
}

enum EhloFailure {
    Session(SessionError),
    Refused(Reply),
}

impl From<SessionError> for EhloFailure {
    fn from(e: SessionError) -> Self {
        Self::Session(e)
    }
}

/// EHLO, or HELO when the peer refuses EHLO.
async fn ehlo(c: &mut Conversation, hostname: &str) -> Result<(Capabilities, Reply), EhloFailure> {
    c.write(format!("EHLO {hostname}\r\n").as_bytes(), COMMAND)
        .await?;
    c.flush().await?;
    let raw = c.reply(COMMAND, "the EHLO reply").await?;
    let reply = parse_reply(&raw).ok_or(SessionError::Garbled(c.address))?;
    if reply.code == 250 {
        let caps = capabilities(&raw).unwrap_or(Capabilities {
            flags: 0,
            auth: 0,
            size: 0,
        });
        return Ok((caps, reply));
    }
    let helo = c
        .command(&format!("HELO {hostname}\r\n"), COMMAND, "the HELO reply")
        .await?;
    if helo.code != 250 {
        return Err(EhloFailure::Refused(helo));
    }
    Ok((
        Capabilities {
            flags: 0,
            auth: 0,
            size: 0,
        },
        helo,
    ))
}

/// AUTH PLAIN, else AUTH LOGIN.
async fn authenticate(
    c: &mut Conversation,
    caps: &Capabilities,
    user: &str,
    password: &str,
) -> Result<(), EhloFailure> {
    let reply = if caps.auth & AUTH_PLAIN != 0 {
        let token = BASE64.encode(format!("\0{user}\0{password}"));
        c.command(
            &format!("AUTH PLAIN {token}\r\n"),
            COMMAND,
            "the AUTH reply",
        )
        .await?
    } else if caps.auth & AUTH_LOGIN != 0 {
        let first = c
            .command("AUTH LOGIN\r\n", COMMAND, "the AUTH reply")
            .await?;
        if first.code != 334 {
            return Err(EhloFailure::Refused(first));
        }
        let second = c
            .command(
                &format!("{}\r\n", BASE64.encode(user)),
                COMMAND,
                "the AUTH reply",
            )
            .await?;
        if second.code != 334 {
            return Err(EhloFailure::Refused(second));
        }
        c.command(
            &format!("{}\r\n", BASE64.encode(password)),
            COMMAND,
            "the AUTH reply",
        )
        .await?
    } else {
        return Err(EhloFailure::Session(SessionError::NoAuth(
            c.address.to_string(),
        )));
    };
    if reply.code != 235 {
        // A refused login is the relay settings' fault: retried later, not bounced.
        return Err(EhloFailure::Refused(Reply {
            code: 454,
            enhanced: Some("4.7.0".into()),
            text: format!("authentication failed: {reply}"),
        }));
    }
    Ok(())
}

/// An address as SMTP writes it, with xtext (RFC 3461) for ORCPT and ENVID values.
fn xtext(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if (33..=126).contains(&b) && b != b'+' && b != b'=' {
            out.push(b as char);
        } else {
            out.push_str(&format!("+{b:02X}"));
        }
    }
    out
}

/// MAIL, RCPT for each recipient, DATA and the content.
async fn mail(
    c: &mut Conversation,
    caps: &Capabilities,
    peer: &Peer<'_>,
    t: &Transaction<'_>,
) -> Result<Outcome, SessionError> {
    let host = peer.host.to_string();
    let size = t.content.len();
    if caps.flags & EXT_SIZE != 0 && caps.size > 0 && size > caps.size {
        return Err(SessionError::Unsuitable {
            host,
            status: "5.3.4",
            reason: "the message is larger than the peer accepts",
        });
    }
    let eight_bit = t.content.iter().any(|b| *b >= 0x80);
    if eight_bit && caps.flags & EXT_8BIT_MIME == 0 {
        return Err(SessionError::Unsuitable {
            host,
            status: "5.6.3",
            reason: "the message has 8-bit content and the peer does not take 8BITMIME",
        });
    }
    let utf8 =
        t.from.is_some_and(|f| !f.is_ascii()) || t.recipients.iter().any(|r| !r.address.is_ascii());
    if utf8 && caps.flags & EXT_SMTP_UTF8 == 0 {
        return Err(SessionError::Unsuitable {
            host,
            status: "5.6.7",
            reason: "the addresses are internationalized and the peer does not take SMTPUTF8",
        });
    }
    let dsn = caps.flags & EXT_DSN != 0;
    let mut mail_from = format!("MAIL FROM:<{}>", t.from.unwrap_or(""));
    if caps.flags & EXT_SIZE != 0 {
        mail_from.push_str(&format!(" SIZE={size}"));
    }
    if eight_bit {
        mail_from.push_str(" BODY=8BITMIME");
    }
    if utf8 {
        mail_from.push_str(" SMTPUTF8");
    }
    if dsn {
        if let Some(ret) = t.ret {
            mail_from.push_str(&format!(" RET={ret}"));
        }
        if let Some(envid) = t.envid {
            mail_from.push_str(&format!(" ENVID={}", xtext(envid)));
        }
    }
    mail_from.push_str("\r\n");
    let rcpt_lines: Vec<String> = t
        .recipients
        .iter()
        .map(|r| {
            let mut line = format!("RCPT TO:<{}>", r.address);
            if dsn {
                if !r.notify.is_empty() {
                    line.push_str(&format!(" NOTIFY={}", r.notify.join(",")));
                }
                if let Some(orcpt) = r.orcpt {
                    // RFC 3461 section 4.2: `addr-type ; xtext`; a bare address is RFC 822's.
                    let typed = if orcpt.contains(';') {
                        orcpt.to_string()
                    } else {
                        format!("rfc822;{orcpt}")
                    };
                    line.push_str(&format!(" ORCPT={}", xtext(&typed)));
                }
            }
            line.push_str("\r\n");
            line
        })
        .collect();
    let refused = |reply: Reply| SessionError::SenderRefused {
        host: host.clone(),
        reply,
    };
    let pipelining = caps.flags & EXT_PIPELINING != 0;
    let mut rcpt_replies: Vec<Reply> = Vec::with_capacity(rcpt_lines.len());
    let data_reply: Option<Reply>;
    if pipelining {
        let mut batch = mail_from.clone();
        for line in &rcpt_lines {
            batch.push_str(line);
        }
        batch.push_str("DATA\r\n");
        c.write(batch.as_bytes(), COMMAND).await?;
        c.flush().await?;
        let mail_reply = c.parsed(COMMAND, "the MAIL reply").await?;
        for _ in &rcpt_lines {
            rcpt_replies.push(c.parsed(COMMAND, "a RCPT reply").await?);
        }
        let data = c.parsed(DATA_START, "the DATA reply").await?;
        if !mail_reply.is_positive() {
            return Err(refused(mail_reply));
        }
        data_reply = Some(data);
    } else {
        let mail_reply = c.command(&mail_from, COMMAND, "the MAIL reply").await?;
        if !mail_reply.is_positive() {
            return Err(refused(mail_reply));
        }
        for line in &rcpt_lines {
            rcpt_replies.push(c.command(line, COMMAND, "a RCPT reply").await?);
        }
        data_reply = if rcpt_replies.iter().any(Reply::is_positive) {
            Some(c.command("DATA\r\n", DATA_START, "the DATA reply").await?)
        } else {
            None
        };
    }
    let accepted = rcpt_replies.iter().any(Reply::is_positive);
    let done = |replies: Vec<Reply>| Outcome {
        replies,
        dsn_passed_on: dsn,
    };
    // Accepted recipients get the reply that decided the message (DATA or its end).
    let answered = |replies: Vec<Reply>, decisive: &Reply| {
        replies
            .into_iter()
            .map(|r| if r.is_positive() { decisive.clone() } else { r })
            .collect::<Vec<_>>()
    };
    let Some(data_reply) = data_reply.filter(|_| accepted) else {
        return Ok(done(rcpt_replies));
    };
    if data_reply.code != 354 {
        let _ = c.write(b"RSET\r\n", COMMAND).await;
        return Ok(done(answered(rcpt_replies, &data_reply)));
    }
    let mut stuffer = DotStuffer::new(None);
    for chunk in t.content.chunks(CHUNK) {
        let mut out = Vec::with_capacity(chunk.len() + 64);
        stuffer.push(chunk, &mut out);
        c.write(&out, DATA_BLOCK).await?;
    }
    let mut end = Vec::new();
    stuffer.finish(&mut end);
    c.write(&end, DATA_BLOCK).await?;
    c.flush().await?;
    let final_reply = c.parsed(DATA_END, "the reply to the end of data").await?;
    Ok(done(answered(rcpt_replies, &final_reply)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_parse_with_enhanced_codes() {
        let r = parse_reply(b"550-5.1.1 No such\r\n550 5.1.1 user here\r\n").expect("reply");
        assert_eq!(r.code, 550);
        assert_eq!(r.enhanced.as_deref(), Some("5.1.1"));
        assert!(r.is_permanent());
        assert_eq!(r.status(), "5.1.1");
        let plain = parse_reply(b"451 Try later\r\n").expect("reply");
        assert_eq!((plain.code, plain.status()), (451, "4.0.0".to_string()));
        assert!(parse_reply(b"hello\r\n").is_none());
        let ehlo =
            parse_reply(b"250-smtp-sink\r\n250-8BITMIME\r\n250 PIPELINING\r\n").expect("ehlo");
        assert_eq!((ehlo.code, ehlo.enhanced), (250, None));
        assert!(
            parse_reply(b"250-a\r\n550 b\r\n").is_none(),
            "one code per reply"
        );
        // Two- and three-digit parts (RFC 3463), which smtp-proto's reply reader drops.
        let spf = parse_reply(b"550 5.7.23 SPF validation failed\r\n").expect("reply");
        assert_eq!(
            (spf.status(), spf.text.as_str()),
            ("5.7.23".to_string(), "SPF validation failed")
        );
    }

    #[test]
    fn xtext_escapes() {
        assert_eq!(xtext("rfc822;a+b=c@x"), "rfc822;a+2Bb+3Dc@x");
        assert_eq!(xtext("a b"), "a+20b");
    }
}

#[cfg(test)]
mod wire_tests {
    use super::*;

    #[tokio::test]
    async fn replies_are_read_line_by_line() {
        let (client, mut server) = tokio::io::duplex(4096);
        server
            .write_all(b"220 smtp-sink ESMTP\r\n250-smtp-sink\r\n250-8BITMIME\r\n250 DSN\r\n")
            .await
            .expect("write");
        let mut c = Conversation {
            io: BufReader::new(Box::new(client)),
            address: SocketAddr::from(([127, 0, 0, 1], 25)),
            timeouts: PeerTimeouts::default(),
        };
        let greeting = c.parsed(GREETING, "greeting").await.expect("greeting");
        assert_eq!(greeting.code, 220);
        let raw = c.reply(COMMAND, "ehlo").await.expect("ehlo");
        let caps = capabilities(&raw).expect("caps");
        assert!(caps.flags & EXT_DSN != 0 && caps.flags & EXT_8BIT_MIME != 0);
    }
}
