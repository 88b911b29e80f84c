//! The SMTP server: a thin protocol adapter. It parses commands (smtp-proto), enforces the
//! session rules (order, limits, timeouts) and hands each message with its envelope to the
//! delivery pipeline. It answers 250 only after the pipeline has committed the message.
//!
//! Three kinds of listener: MX (port 25: STARTTLS offered, no relaying), submission (587:
//! STARTTLS, AUTH required before MAIL) and submissions (465: TLS from the first byte). AUTH
//! PLAIN and LOGIN are offered only under TLS; an authenticated sender may relay, and may send
//! only as an address that reaches its own mailbox.
//!
//! The security options (`core::settings::SmtpSecurity`, managed through the admin API) apply
//! to every session: see `limits`. The sender-domain check asks DNS (`postbay-dns`).

mod authentication;
mod data;
mod envelope;
mod etrn;
#[cfg(test)]
mod fuzz;
mod limits;
mod numbers;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use postbay_core::aliases::SenderPermission;
use postbay_core::ids::AccountId;
use postbay_core::names::{DomainName, EmailAddress};
use postbay_core::settings::SmtpSecurity;
use postbay_database::LogGate;
use postbay_delivery::{
    DeliveryError, Envelope, Origin, Pipeline, Recipient, RecipientCheck, SmtpPeer,
};
use postbay_dns::{Dns, MailDomain};
use postbay_filter::Screening;
use postbay_filter::greylist::Greylisting;
pub use postbay_listener::ListenerControl;
use postbay_listener::ServerTls;
use postbay_listener::{Admitted, LiveConnection, Security, TlsSession, serve_secured};
use smtp_proto::request::receiver::{BdatReceiver, DataReceiver};
use smtp_proto::{Error as ProtoError, Request};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// Longest command line accepted, CRLF included (RFC 5321 allows 512; extensions' parameters
/// need more).
pub const MAX_COMMAND_LINE: usize = 4096;

/// What a listener is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListenerKind {
    /// Mail from other servers (port 25): STARTTLS offered, relaying refused.
    Mx,
    /// Mail from users (port 587): STARTTLS, AUTH before MAIL.
    Submission,
    /// Mail from users over TLS from the first byte (port 465).
    Submissions,
}

impl ListenerKind {
    /// How its connections get TLS: submissions from the first byte, the others by STARTTLS.
    pub fn security(self) -> Security {
        match self {
            Self::Submissions => Security::Implicit,
            Self::Mx | Self::Submission => Security::StartTls,
        }
    }
}

/// What a listener is set up with at start; the limits clients meet come from the database
/// (`SmtpSecurity`) and change without a restart.
#[derive(Debug, Clone)]
pub struct SmtpConfig {
    /// Announced in the banner, EHLO and Received headers.
    pub hostname: String,
    /// Connections served at once by this listener; more wait for a free slot.
    pub max_connections: usize,
    /// How long to wait for a command (RFC 5321 suggests 5 minutes).
    pub command_timeout: Duration,
    /// How long to wait for more message data (RFC 5321 suggests 3 to 10 minutes).
    pub data_timeout: Duration,
}

impl SmtpConfig {
    pub fn new(hostname: impl Into<String>) -> Self {
        Self {
            hostname: hostname.into(),
            max_connections: 2000,
            command_timeout: Duration::from_secs(300),
            data_timeout: Duration::from_secs(600),
        }
    }
}

/// Shared by the listeners of one server: the per-address counters, the settings cache and
/// the DNS resolver.
#[derive(Clone)]
pub struct SmtpShared {
    guard: Arc<limits::Guard>,
    dns: Dns,
}

impl SmtpShared {
    pub fn new(pipeline: &Pipeline, dns: Dns) -> Self {
        Self {
            guard: limits::Guard::new(pipeline.pool().clone()),
            dns,
        }
    }
}

/// Accepts connections on `listener` until told to stop (see [`ListenerControl`]). `tls` is
/// the server's TLS identity (required for submissions).
pub async fn serve(
    listener: TcpListener,
    kind: ListenerKind,
    pipeline: Pipeline,
    shared: SmtpShared,
    config: SmtpConfig,
    tls: Option<ServerTls>,
    control: ListenerControl,
) {
    let config = Arc::new(config);
    let max = config.max_connections;
    postbay_listener::accept_loop(
        listener,
        control,
        max,
        postbay_listener::Refusals {
            not_allowed: b"554 5.7.1 Your address may not use this service\r\n",
            too_many: b"421 4.7.0 Too many connections from your address\r\n",
        },
        move |client: Admitted| {
            let (pipeline, config, shared) = (pipeline.clone(), config.clone(), shared.clone());
            let tls = tls.clone();
            session(client, kind, pipeline, config, shared, tls)
        },
    )
    .await;
}

/// One client's session, from its admission to its end.
async fn session(
    client: Admitted,
    kind: ListenerKind,
    pipeline: Pipeline,
    config: Arc<SmtpConfig>,
    shared: SmtpShared,
    tls: Option<ServerTls>,
) {
    let Admitted {
        stream,
        peer,
        local,
        slot,
        shutdown,
        connection: live,
    } = client;
    let policy = shared.guard.policy().await;
    let ip = peer.ip();
    let ticket = match shared.guard.open(ip, &policy) {
        Ok(ticket) => ticket,
        Err(refusal) => {
            let line: &[u8] = match refusal {
                limits::Refusal::TooManyConnections => {
                    b"421 4.7.0 Too many connections from your address\r\n"
                }
                limits::Refusal::Blocked => b"421 4.7.1 Your address is blocked for a while\r\n",
            };
            let mut stream = stream;
            let _ = stream.write_all(line).await;
            return;
        }
    };
    // Mail from other servers is screened by the filter (greeting delay, greylisting); users
    // on the submission ports and the trusted relays are not.
    let screening = if kind == ListenerKind::Mx && !policy.relay.contains(ip) {
        match pipeline.filter().screening(pipeline.pool(), ip).await {
            Ok(screening) => screening,
            Err(e) => {
                tracing::warn!(error = %e, "reading the spam filter's settings; not screening");
                Screening::default()
            }
        }
    } else {
        Screening::default()
    };
    let mut session = Session::new(
        pipeline,
        config,
        peer,
        kind,
        tls.is_some(),
        &shared,
        &policy,
    );
    session.local = local;
    session.screening = screening;
    session.live = live;
    tracing::debug!(peer = %peer, kind = ?kind, tls = tls.is_some(), "smtp session started");
    // A session may last an hour at most, however slowly its client drips.
    match tokio::time::timeout(MAX_SESSION, connection(session, stream, tls, shutdown)).await {
        Ok(Err(e)) => tracing::debug!(peer = %peer, error = %e, "smtp session ended"),
        Ok(Ok(())) => tracing::debug!(peer = %peer, "smtp session ended"),
        Err(_) => tracing::info!(peer = %peer, "smtp session closed after an hour"),
    }
    drop(ticket);
    drop(slot);
}

/// A command's name for the table of live connections (never its arguments: AUTH carries
/// credentials).
fn command_name(request: &Request<String>) -> &'static str {
    match request {
        Request::Ehlo { .. } => "EHLO",
        Request::Lhlo { .. } => "LHLO",
        Request::Helo { .. } => "HELO",
        Request::Mail { .. } => "MAIL",
        Request::Rcpt { .. } => "RCPT",
        Request::Bdat { .. } => "BDAT",
        Request::Auth { .. } => "AUTH",
        Request::Noop { .. } => "NOOP",
        Request::Vrfy { .. } => "VRFY",
        Request::Expn { .. } => "EXPN",
        Request::Help { .. } => "HELP",
        Request::Etrn { .. } => "ETRN",
        Request::Atrn { .. } => "ATRN",
        Request::Burl { .. } => "BURL",
        Request::StartTls => "STARTTLS",
        Request::Data => "DATA",
        Request::Rset => "RSET",
        Request::Quit => "QUIT",
    }
}

/// The longest an SMTP session may last (a slow-drip client holds a connection slot no longer).
const MAX_SESSION: Duration = Duration::from_secs(3600);

/// Per-request failures (the database down): one line per window, not one per client.
static RECIPIENT_ERRORS: LogGate = LogGate::new(Duration::from_secs(10));
static STORING_ERRORS: LogGate = LogGate::new(Duration::from_secs(10));

async fn connection(
    mut session: Session,
    stream: TcpStream,
    tls: Option<ServerTls>,
    shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let security = session.kind.security();
    session.tls = security == Security::Implicit;
    let live = session.live.clone();
    serve_secured(
        &mut session,
        stream,
        security,
        tls.as_ref(),
        shutdown,
        &live,
    )
    .await
}

impl TlsSession for Session {
    /// Runs the session on `stream`. Returns the stream when the client asked for STARTTLS.
    async fn serve<S>(
        &mut self,
        mut stream: S,
        mut shutdown: watch::Receiver<bool>,
        greet: bool,
    ) -> std::io::Result<Option<S>>
    where
        S: AsyncRead + AsyncWrite + Unpin + Send,
    {
        if greet && let Some(delay) = self.screening.greeting_delay {
            // The spam repellent: a client that talks before the banner is spamware.
            let mut early = [0u8; 512];
            tokio::select! {
                waited = tokio::time::timeout(delay, stream.read(&mut early)) => match waited {
                    Err(_) => {}
                    Ok(Ok(0)) | Ok(Err(_)) => return Ok(None),
                    Ok(Ok(_)) => {
                        tracing::info!(peer = %self.peer, "dropped a client that talked before the greeting");
                        stream.write_all(b"554 5.5.0 You talked before the greeting; goodbye\r\n").await?;
                        return Ok(None);
                    }
                },
                _ = shutdown.changed() => {
                    stream.write_all(b"421 4.3.2 Service shutting down\r\n").await?;
                    return Ok(None);
                }
            }
        }
        if greet {
            let banner = format!("220 {} ESMTP Postbay\r\n", self.config.hostname);
            stream.write_all(banner.as_bytes()).await?;
        }
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let wait = match self.receiving {
                Receiving::Data(_) | Receiving::Bdat(_) => self.config.data_timeout,
                _ => self.config.command_timeout,
            };
            let read = tokio::select! {
                r = tokio::time::timeout(wait, stream.read(&mut buf)) => r,
                _ = shutdown.changed() => {
                    stream.write_all(b"421 4.3.2 Service shutting down\r\n").await?;
                    return Ok(None);
                }
            };
            let n = match read {
                Ok(Ok(0)) => return Ok(None),
                Ok(Ok(n)) => n,
                Ok(Err(e)) => return Err(e),
                Err(_) => {
                    stream
                        .write_all(b"421 4.4.2 Timeout waiting for the client\r\n")
                        .await?;
                    return Ok(None);
                }
            };
            let mut out = Vec::new();
            let next = self.ingest(&buf[..n], &mut out).await;
            if !out.is_empty() {
                stream.write_all(&out).await?;
                stream.flush().await?;
            }
            match next {
                Next::Continue => {}
                Next::Close => return Ok(None),
                // Anything the client sent after STARTTLS in the same packet is dropped.
                Next::StartTls => return Ok(Some(stream)),
            }
        }
    }

    /// STARTTLS: everything known before it is forgotten (RFC 3207 section 4.2).
    fn secured(&mut self) {
        self.restart_after_tls();
    }
}

/// What [`Session::gather_line`] made of a read.
enum Gathered {
    /// The line goes on in the next read.
    Incomplete,
    /// Longer than a command may be: dropped.
    TooLong,
    /// `Session::line` holds it, CRLF included.
    Complete,
}

/// The transaction being built: MAIL FROM, then RCPT TO.
struct Transaction {
    from: Option<String>,
    recipients: Vec<Recipient>,
    /// The size the client declared with MAIL (0 = none).
    declared_size: usize,
    /// The smallest size limit among the sender's and the recipients' domains (0 = none).
    size_limit: u64,
    /// DSN RET and ENVID (RFC 3461), kept with queued mail.
    ret: Option<&'static str>,
    envid: Option<String>,
    smtputf8: bool,
    /// The domain with custom spam rules of its own whose recipients this transaction holds
    /// (mail from outside only; see [`Session::rules_domain`]).
    rules_domain: Option<postbay_core::ids::DomainId>,
}

enum Receiving {
    Commands,
    Data(DataReceiver),
    Bdat(BdatReceiver),
    /// AUTH PLAIN without an initial response: the next line is the response.
    AuthPlain,
    /// AUTH LOGIN: the next line is the user name.
    AuthLoginUser,
    /// AUTH LOGIN: the next line is the password.
    AuthLoginPassword(String),
    /// AUTH OAUTHBEARER or XOAUTH2 without an initial response: the next line is the token
    /// message.
    AuthBearer(postbay_credentials::sasl::BearerMechanism),
    /// A token was refused and the error challenge sent: the next line (the client's dummy
    /// answer) ends the exchange with 535 (RFC 7628 §3.2.3).
    AuthBearerRefused,
}

/// The account an AUTH proved.
struct Authenticated {
    account: AccountId,
    login: String,
    /// Largest message this user may send (its own limit, else its domain's); 0 = none.
    max_message_size: u64,
    /// The user's tenant: what it sends counts as that tenant's (unverified domains).
    tenant: postbay_core::ids::TenantId,
}

struct Session {
    pipeline: Pipeline,
    config: Arc<SmtpConfig>,
    guard: Arc<limits::Guard>,
    /// The security options as they were when the client connected.
    limits: Arc<SmtpSecurity>,
    /// The client is in the exemption group: no per-address limits.
    exempt: bool,
    /// The client is in the trusted relay group (or the server is an open relay): it may
    /// relay without AUTH.
    trusted: bool,
    /// The client is in the trusted relay group itself.
    in_relay_group: bool,
    /// The server address the client reached (bare AUTH names of a domain bound to it).
    local: Option<IpAddr>,
    /// The login policy lets passwords cross an unencrypted connection.
    plain_login: bool,
    dns: Dns,
    peer: SocketAddr,
    kind: ListenerKind,
    /// The listener has a TLS identity (STARTTLS can be offered).
    tls_available: bool,
    /// The session runs over TLS.
    tls: bool,
    authenticated: Option<Authenticated>,
    helo: Option<String>,
    esmtp: bool,
    transaction: Option<Transaction>,
    /// The command line read so far.
    line: Vec<u8>,
    /// The current line is too long: its rest is being skipped.
    overlong: bool,
    /// The transaction has received BDAT chunks (DATA may not follow).
    bdat_started: bool,
    receiving: Receiving,
    message: Vec<u8>,
    too_big: bool,
    failures: usize,
    /// Set when the session must end after the pending replies are sent.
    closing: bool,
    /// The greeting delay and greylisting that apply to this client.
    screening: Screening,
    /// The session's entry in the table of live connections.
    live: LiveConnection,
}

/// Whether the session goes on after a command.
enum Next {
    Continue,
    Close,
    /// Reply sent; hand the connection to TLS.
    StartTls,
}

impl Session {
    fn new(
        pipeline: Pipeline,
        config: Arc<SmtpConfig>,
        peer: SocketAddr,
        kind: ListenerKind,
        tls_available: bool,
        shared: &SmtpShared,
        policy: &limits::Policy,
    ) -> Self {
        let ip = peer.ip();
        let in_relay_group = policy.relay.contains(ip);
        Self {
            pipeline,
            config,
            guard: shared.guard.clone(),
            limits: policy.settings.clone(),
            exempt: policy.exempt.contains(ip),
            trusted: policy.settings.open_relay || in_relay_group,
            in_relay_group,
            local: None,
            plain_login: policy.plain_login,
            dns: shared.dns.clone(),
            peer,
            kind,
            tls_available,
            tls: false,
            authenticated: None,
            helo: None,
            esmtp: false,
            transaction: None,
            line: Vec::new(),
            overlong: false,
            bdat_started: false,
            receiving: Receiving::Commands,
            message: Vec::new(),
            too_big: false,
            failures: 0,
            closing: false,
            screening: Screening::default(),
            live: LiveConnection::detached("smtp", peer),
        }
    }

    /// After STARTTLS: the session starts over, as if newly connected, but secured.
    fn restart_after_tls(&mut self) {
        self.tls = true;
        self.helo = None;
        self.esmtp = false;
        self.reset_transaction();
        self.authenticated = None;
        self.line.clear();
        self.overlong = false;
        self.receiving = Receiving::Commands;
    }

    /// Gathers a client line in `self.line` across reads, at most `MAX_COMMAND_LINE` bytes
    /// (a longer one is dropped whole and reported once it ends).
    fn gather_line(&mut self, iter: &mut std::slice::Iter<'_, u8>) -> Gathered {
        let rest = iter.as_slice();
        let Some(end) = rest.iter().position(|&b| b == b'\n') else {
            if self.line.len() + rest.len() > MAX_COMMAND_LINE {
                self.overlong = true;
                self.line.clear();
            } else {
                self.line.extend_from_slice(rest);
            }
            *iter = [].iter();
            return Gathered::Incomplete;
        };
        let (head, tail) = rest.split_at(end + 1);
        *iter = tail.iter();
        if self.overlong || self.line.len() + head.len() > MAX_COMMAND_LINE {
            self.overlong = false;
            self.line.clear();
            return Gathered::TooLong;
        }
        self.line.extend_from_slice(head);
        Gathered::Complete
    }

    /// Works through one read's bytes, appending every reply to `out` (so pipelined commands
    /// get their replies in one write).
    async fn ingest(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Next {
        let mut iter = bytes.iter();
        loop {
            match &mut self.receiving {
                Receiving::Commands => {
                    match self.gather_line(&mut iter) {
                        Gathered::Incomplete => return Next::Continue,
                        Gathered::TooLong => {
                            self.refuse(out, "500 5.5.2 Line too long");
                            if self.closing {
                                return Next::Close;
                            }
                            continue;
                        }
                        Gathered::Complete => {}
                    }
                    match numbers::oversized(&self.line) {
                        Some(numbers::Oversized::MailSize) => {
                            self.line.clear();
                            let line = format!(
                                "552 5.3.4 Message size exceeds the limit of {} bytes",
                                self.max_size()
                            );
                            self.refuse(out, &line);
                            if self.closing {
                                return Next::Close;
                            }
                            continue;
                        }
                        Some(numbers::Oversized::ChunkSize) => {
                            // The chunk cannot be read past, so nothing after it can be read.
                            reply(out, "501 5.5.4 Chunk size out of range; closing");
                            return Next::Close;
                        }
                        None => {}
                    }
                    let parsed = match bare_postmaster(&self.line) {
                        Some(request) => Ok(request),
                        None => Request::parse(&mut self.line.iter()).map(Request::into_owned),
                    };
                    self.line.clear();
                    let request = match parsed {
                        Ok(request) => request,
                        Err(e) => {
                            self.refuse(out, reply_to_error(&e));
                            if self.closing {
                                return Next::Close;
                            }
                            continue;
                        }
                    };
                    match self.command(request, out).await {
                        Next::Continue => {}
                        other => return other,
                    }
                }
                Receiving::AuthPlain
                | Receiving::AuthLoginUser
                | Receiving::AuthLoginPassword(_)
                | Receiving::AuthBearer(_)
                | Receiving::AuthBearerRefused => {
                    let Some(line) = self.auth_line(&mut iter) else {
                        return Next::Continue;
                    };
                    let state = std::mem::replace(&mut self.receiving, Receiving::Commands);
                    self.auth_step(state, line, out).await;
                    if self.closing {
                        return Next::Close;
                    }
                }
                Receiving::Data(data) => {
                    let done = data.ingest(&mut iter, &mut self.message);
                    self.check_size();
                    if !done {
                        return Next::Continue;
                    }
                    self.receiving = Receiving::Commands;
                    self.finish_message(out).await;
                }
                Receiving::Bdat(chunk) => {
                    let done = chunk.ingest(&mut iter, &mut self.message);
                    let last = chunk.is_last;
                    self.check_size();
                    if !done {
                        return Next::Continue;
                    }
                    self.receiving = Receiving::Commands;
                    if self.transaction.is_none() {
                        // BDAT without a usable transaction: the chunk was read and dropped.
                        self.reset_transaction();
                        self.refuse(out, "503 5.5.1 No valid recipients; chunk discarded");
                        if self.closing {
                            return Next::Close;
                        }
                    } else if self.too_big {
                        // Refused at once, and the transaction with it: no later chunk can
                        // complete a message that lost bytes.
                        self.reset_transaction();
                        let line = format!(
                            "552 5.3.4 Message size exceeds the limit of {} bytes",
                            self.max_size()
                        );
                        reply(out, &line);
                    } else if last {
                        self.finish_message(out).await;
                    } else {
                        reply(out, "250 2.0.0 Chunk accepted");
                    }
                }
            }
        }
    }

    /// Ends the mail transaction and forgets every byte received for it.
    fn reset_transaction(&mut self) {
        self.transaction = None;
        self.message.clear();
        self.too_big = false;
        self.bdat_started = false;
    }

    fn max_size(&self) -> usize {
        usize::try_from(self.limits.max_message_size).unwrap_or(usize::MAX)
    }

    /// Stops keeping message bytes once the message is too big; the rest is read and dropped.
    fn check_size(&mut self) {
        if self.message.len() > self.max_size() {
            self.too_big = true;
            self.message.clear();
        }
    }

    fn refuse(&mut self, out: &mut Vec<u8>, line: &str) {
        self.failures += 1;
        reply(out, line);
        if self.failures >= self.limits.max_failed_commands as usize {
            reply(out, "421 4.7.0 Too many failed commands, closing");
            self.closing = true;
        }
    }

    async fn command(&mut self, request: Request<String>, out: &mut Vec<u8>) -> Next {
        self.live.command(command_name(&request));
        match request {
            Request::Ehlo { host } => {
                self.helo = Some(host);
                self.esmtp = true;
                self.reset_transaction();
                let host = &self.config.hostname;
                let size = self.max_size();
                let mut ehlo = format!(
                    "250-{host}\r\n250-PIPELINING\r\n250-SIZE {size}\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-ENHANCEDSTATUSCODES\r\n"
                );
                if self.tls_available && !self.tls {
                    ehlo.push_str("250-STARTTLS\r\n");
                }
                // Passwords cross an encrypted connection only, unless the policy allows more.
                if (self.tls || self.plain_login) && self.authenticated.is_none() {
                    ehlo.push_str("250-AUTH PLAIN LOGIN OAUTHBEARER XOAUTH2\r\n");
                }
                ehlo.push_str("250-DSN\r\n250-ETRN\r\n250 CHUNKING\r\n");
                out.extend_from_slice(ehlo.as_bytes());
            }
            Request::Helo { host } => {
                self.helo = Some(host);
                self.esmtp = false;
                self.reset_transaction();
                reply(out, &format!("250 {}", self.config.hostname));
            }
            Request::Lhlo { .. } => self.refuse(out, "500 5.5.1 LHLO is for LMTP"),
            Request::Mail { from } => self.mail(from, out).await,
            Request::Rcpt { to } => self.rcpt(to, out).await,
            Request::Data => {
                if self
                    .transaction
                    .as_ref()
                    .is_none_or(|t| t.recipients.is_empty())
                {
                    self.refuse(
                        out,
                        "503 5.5.1 Need MAIL and at least one accepted RCPT first",
                    );
                } else if self.bdat_started {
                    self.refuse(out, "503 5.5.1 DATA cannot follow BDAT in one transaction");
                } else {
                    self.message.clear();
                    self.too_big = false;
                    // The 354 ends a line: a '.' right after it starts one (end or stuffing).
                    let mut data = DataReceiver::new();
                    data.ingest(&mut b"\r\n".iter(), &mut self.message);
                    self.message.clear();
                    self.receiving = Receiving::Data(data);
                    reply(out, "354 Start mail input; end with <CRLF>.<CRLF>");
                }
            }
            Request::Bdat {
                chunk_size,
                is_last,
            } => {
                if self
                    .transaction
                    .as_ref()
                    .is_none_or(|t| t.recipients.is_empty())
                {
                    // The chunk follows anyway: read it, then refuse.
                    self.failures += 1;
                    self.reset_transaction();
                } else {
                    self.bdat_started = true;
                }
                self.receiving = Receiving::Bdat(BdatReceiver::new(chunk_size, is_last));
            }
            Request::Rset => {
                self.reset_transaction();
                reply(out, "250 2.0.0 OK");
            }
            Request::Noop { .. } => reply(out, "250 2.0.0 OK"),
            // Answering would tell harvesters which addresses exist.
            Request::Vrfy { .. } => reply(
                out,
                "252 2.5.2 Cannot VRFY user, but will accept message and attempt delivery",
            ),
            Request::Expn { .. } => self.refuse(out, "502 5.5.1 EXPN is not available"),
            Request::Help { .. } => reply(out, "214 2.0.0 See RFC 5321"),
            Request::Quit => {
                reply(out, "221 2.0.0 Bye");
                return Next::Close;
            }
            Request::StartTls => {
                if self.transaction.is_some() {
                    self.refuse(
                        out,
                        "503 5.5.1 STARTTLS is not allowed during a mail transaction",
                    );
                } else if self.tls {
                    self.refuse(out, "503 5.5.1 TLS is already active");
                } else if !self.tls_available {
                    self.refuse(out, "502 5.5.1 STARTTLS is not available on this listener");
                } else {
                    reply(out, "220 2.0.0 Ready to start TLS");
                    return Next::StartTls;
                }
            }
            Request::Auth {
                mechanism,
                initial_response,
            } => self.auth(mechanism, initial_response, out).await,
            Request::Etrn { name } => self.etrn(&name, out).await,
            Request::Atrn { .. } | Request::Burl { .. } => {
                self.refuse(out, "502 5.5.1 Command not implemented")
            }
        }
        if self.closing {
            Next::Close
        } else {
            Next::Continue
        }
    }
}

/// `RCPT TO:<Postmaster>` without a domain, which RFC 5321 section 4.5.1 requires servers
/// to accept and smtp-proto reads as an empty address (parameters are not allowed with it
/// here).
fn bare_postmaster(line: &[u8]) -> Option<Request<String>> {
    let text = std::str::from_utf8(line).ok()?.trim_end();
    let rest = text
        .get(..8)?
        .eq_ignore_ascii_case("RCPT TO:")
        .then(|| &text[8..])?;
    rest.trim_start()
        .eq_ignore_ascii_case("<postmaster>")
        .then(|| Request::Rcpt {
            to: smtp_proto::RcptTo {
                address: "Postmaster".to_string(),
                orcpt: None,
                rrvs: 0,
                flags: 0,
            },
        })
}

/// The DSN NOTIFY values in RCPT flags.
fn notify(flags: u64) -> Vec<&'static str> {
    [
        (smtp_proto::RCPT_NOTIFY_SUCCESS, "SUCCESS"),
        (smtp_proto::RCPT_NOTIFY_FAILURE, "FAILURE"),
        (smtp_proto::RCPT_NOTIFY_DELAY, "DELAY"),
        (smtp_proto::RCPT_NOTIFY_NEVER, "NEVER"),
    ]
    .into_iter()
    .filter(|(bit, _)| flags & bit != 0)
    .map(|(_, name)| name)
    .collect()
}

/// Received headers in a message's header section.
fn received_headers(message: &[u8]) -> usize {
    let (fields, _) = postbay_delivery::message::split_message(message);
    fields.iter().filter(|f| f.is("received")).count()
}

/// The reply counters by class, looked up once (several replies a message): the handles are
/// taken at the first reply, after the process set its metrics recorder (it does before any
/// listener starts).
static REPLY_CLASSES: std::sync::LazyLock<[metrics::Counter; 4]> = std::sync::LazyLock::new(|| {
    ["2xx", "3xx", "4xx", "5xx"]
        .map(|class| metrics::counter!("postbay_smtp_replies_total", "class" => class))
});

fn reply(out: &mut Vec<u8>, line: &str) {
    let class = match line.as_bytes().first() {
        Some(b'2') => 0,
        Some(b'3') => 1,
        Some(b'4') => 2,
        _ => 3,
    };
    REPLY_CLASSES[class].increment(1);
    out.extend_from_slice(line.as_bytes());
    out.extend_from_slice(b"\r\n");
}

fn reply_to_error(e: &ProtoError) -> &'static str {
    match e {
        ProtoError::UnknownCommand => "500 5.5.1 Command unrecognised",
        ProtoError::InvalidSenderAddress => "501 5.1.7 The sender address is not valid",
        ProtoError::InvalidRecipientAddress => "501 5.1.3 The recipient address is not valid",
        ProtoError::SyntaxError { .. } => "501 5.5.2 Syntax error",
        ProtoError::InvalidParameter { .. } => "501 5.5.4 Invalid parameter",
        ProtoError::UnsupportedParameter { .. } => "555 5.5.4 Unsupported parameter",
        ProtoError::ResponseTooLong => "500 5.5.2 Line too long",
        ProtoError::NeedsMoreData { .. } | ProtoError::InvalidResponse { .. } => {
            "500 5.5.2 Syntax error"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_postmaster_is_a_recipient() {
        let line = b"RCPT TO:<Postmaster>\r\n";
        assert!(matches!(
            bare_postmaster(line),
            Some(Request::Rcpt { to }) if to.address == "Postmaster"
        ));
        assert!(bare_postmaster(b"RCPT TO:<Postmaster> NOTIFY=NEVER\r\n").is_none());
        assert!(bare_postmaster(b"MAIL FROM:<Postmaster>\r\n").is_none());
    }
}
