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
use postbay_core::auth::{self, LoginRequest};
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
use postbay_listener::{Admitted, accept_tls};
use smtp_proto::request::receiver::{BdatReceiver, DataReceiver};
use smtp_proto::{Error as ProtoError, Request};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

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
    tls: Option<TlsAcceptor>,
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
    tls: Option<TlsAcceptor>,
) {
    let Admitted {
        stream,
        peer,
        local,
        slot,
        shutdown,
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
    // A session may last an hour at most, however slowly its client drips.
    match tokio::time::timeout(MAX_SESSION, connection(session, stream, tls, shutdown)).await {
        Ok(Err(e)) => tracing::debug!(peer = %peer, error = %e, "smtp session ended"),
        Ok(Ok(())) => {}
        Err(_) => tracing::info!(peer = %peer, "smtp session closed after an hour"),
    }
    drop(ticket);
    drop(slot);
}

/// The longest an SMTP session may last (a slow-drip client holds a connection slot no longer).
const MAX_SESSION: Duration = Duration::from_secs(3600);

/// Per-request failures (the database down): one line per window, not one per client.
static RECIPIENT_ERRORS: LogGate = LogGate::new(Duration::from_secs(10));
static STORING_ERRORS: LogGate = LogGate::new(Duration::from_secs(10));

async fn connection(
    mut session: Session,
    stream: TcpStream,
    tls: Option<TlsAcceptor>,
    shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    if session.kind == ListenerKind::Submissions {
        let Some(acceptor) = tls else {
            return Ok(());
        };
        let Some(secured) = accept_tls(&acceptor, stream).await else {
            return Ok(());
        };
        session.tls = true;
        session.run(secured?, shutdown, true).await?;
        return Ok(());
    }
    let Some(plain) = session.run(stream, shutdown.clone(), true).await? else {
        return Ok(());
    };
    // STARTTLS: everything known before it is forgotten (RFC 3207 section 4.2).
    let Some(acceptor) = tls else {
        return Ok(());
    };
    let Some(secured) = accept_tls(&acceptor, plain).await else {
        return Ok(());
    };
    session.restart_after_tls();
    session.run(secured?, shutdown, false).await?;
    Ok(())
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

    /// Runs the session on `stream`. Returns the stream when the client asked for STARTTLS.
    async fn run<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        mut stream: S,
        mut shutdown: watch::Receiver<bool>,
        greet: bool,
    ) -> std::io::Result<Option<S>> {
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

    /// Takes one line of an AUTH exchange from `iter`; `None` until the line is complete.
    fn auth_line(&mut self, iter: &mut std::slice::Iter<'_, u8>) -> Option<Result<String, ()>> {
        let rest = iter.as_slice();
        let Some(end) = rest.iter().position(|&b| b == b'\n') else {
            if self.line.len() + rest.len() > MAX_COMMAND_LINE {
                self.overlong = true;
                self.line.clear();
            } else {
                self.line.extend_from_slice(rest);
            }
            *iter = [].iter();
            return None;
        };
        let (head, tail) = rest.split_at(end + 1);
        *iter = tail.iter();
        let too_long = self.overlong || self.line.len() + head.len() > MAX_COMMAND_LINE;
        self.line.extend_from_slice(head);
        let line = String::from_utf8(std::mem::take(&mut self.line)).map_err(|_| ());
        self.overlong = false;
        Some(if too_long {
            Err(())
        } else {
            line.map(|l| l.trim_end_matches(['\r', '\n']).to_string())
        })
    }

    /// Works through one read's bytes, appending every reply to `out` (so pipelined commands
    /// get their replies in one write).
    async fn ingest(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Next {
        let mut iter = bytes.iter();
        loop {
            match &mut self.receiving {
                Receiving::Commands => {
                    let rest = iter.as_slice();
                    let Some(end) = rest.iter().position(|&b| b == b'\n') else {
                        if self.line.len() + rest.len() > MAX_COMMAND_LINE {
                            self.overlong = true;
                            self.line.clear();
                        } else {
                            self.line.extend_from_slice(rest);
                        }
                        return Next::Continue;
                    };
                    let (head, tail) = rest.split_at(end + 1);
                    iter = tail.iter();
                    if self.overlong || self.line.len() + head.len() > MAX_COMMAND_LINE {
                        self.overlong = false;
                        self.line.clear();
                        self.refuse(out, "500 5.5.2 Line too long");
                        if self.closing {
                            return Next::Close;
                        }
                        continue;
                    }
                    self.line.extend_from_slice(head);
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
                | Receiving::AuthLoginPassword(_) => {
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
                    ehlo.push_str("250-AUTH PLAIN LOGIN\r\n");
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

    /// ETRN (RFC 1985): starts delivery of the mail queued for a domain (`@domain`: and its
    /// subdomains). Asked by a trusted client, a server administrator or a user of that
    /// domain (authenticated), or the host the domain's mail is forwarded to (its primary
    /// server coming back).
    async fn etrn(&mut self, name: &str, out: &mut Vec<u8>) {
        if self.helo.is_none() {
            return self.refuse(out, "503 5.5.1 Send EHLO or HELO first");
        }
        if self.transaction.is_some() {
            return self.refuse(
                out,
                "503 5.5.1 ETRN is not allowed during a mail transaction",
            );
        }
        if name.starts_with('#') {
            return self.refuse(
                out,
                "458 4.5.0 Queue names are not supported; give a domain",
            );
        }
        let (name, subdomains) = match name.strip_prefix('@') {
            Some(d) => (d, true),
            None => (name, false),
        };
        let Ok(parsed) = DomainName::parse(name, "domain") else {
            return self.refuse(out, "501 5.5.4 Syntax: ETRN <domain>");
        };
        let domain = parsed.as_str().to_string();
        let allowed = postbay_core::queue::may_etrn(
            self.pipeline.pool(),
            &parsed,
            subdomains,
            self.trusted,
            self.authenticated.as_ref().map(|user| user.account),
            self.is_forwarding_host(&domain),
        )
        .await
        .unwrap_or(false);
        if !allowed {
            return self.refuse(
                out,
                &format!("459 4.7.1 {domain}: not allowed from your address"),
            );
        }
        match postbay_core::queue::flush_domain(self.pipeline.pool(), &domain, subdomains).await {
            Ok(0) => reply(
                out,
                &format!("251 2.0.0 OK, no messages waiting for node {domain}"),
            ),
            Ok(_) => reply(out, &format!("250 2.0.0 Queuing for node {domain} started")),
            Err(e) => {
                tracing::error!(error = %e, "ETRN");
                reply(
                    out,
                    &format!("458 4.3.0 Unable to queue messages for node {domain}"),
                );
            }
        }
    }

    /// Whether the client's address is one of the addresses of `domain`'s forwarding host.
    async fn is_forwarding_host(&self, domain: &str) -> bool {
        let Ok(Some(forwarding)) =
            postbay_core::domains::forwarding_of(self.pipeline.pool(), domain).await
        else {
            return false;
        };
        let client = self.peer.ip();
        match self.dns.addresses(&forwarding.host).await {
            Ok(ips) => ips.into_iter().any(|ip| ip.to_canonical() == client),
            Err(_) => false,
        }
    }

    async fn mail(&mut self, from: smtp_proto::MailFrom<String>, out: &mut Vec<u8>) {
        if self.helo.is_none() {
            return self.refuse(out, "503 5.5.1 Send EHLO or HELO first");
        }
        if self.transaction.is_some() {
            return self.refuse(out, "503 5.5.1 Nested MAIL command");
        }
        if from.size > self.max_size() {
            return self.refuse(
                out,
                &format!(
                    "552 5.3.4 Message size exceeds the limit of {} bytes",
                    self.max_size()
                ),
            );
        }
        if self.kind != ListenerKind::Mx && self.authenticated.is_none() {
            return self.refuse(out, "530 5.7.0 Authentication required");
        }
        let address = from.address.trim();
        let sender = if address.is_empty() {
            if self.authenticated.is_some() {
                return self.refuse(out, "553 5.7.1 Users send with their own address, not <>");
            }
            None
        } else if let Ok(parsed) = EmailAddress::parse(address, "from") {
            if let Some(user) = &self.authenticated {
                let pool = self.pipeline.pool();
                match postbay_delivery::may_send_as(pool, &parsed, user.account.0).await {
                    Ok(SenderPermission::Allowed) => {}
                    Ok(SenderPermission::NotTheirs) => {
                        let line = format!("553 5.7.1 {} may not send as <{address}>", user.login);
                        return self.refuse(out, &line);
                    }
                    Ok(SenderPermission::NameUnverified) => {
                        let line = format!(
                            "553 5.7.1 <{address}>: {} is not verified yet; its users may send once it is",
                            parsed.domain().as_str()
                        );
                        return self.refuse(out, &line);
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "checking a sender address");
                        return reply(out, "451 4.3.0 Temporary failure; try again later");
                    }
                }
            }
            if self.limits.check_sender_domain_in_dns
                && self.authenticated.is_none()
                && !self.trusted
                && !self.exempt
            {
                match self.dns.mail_domain(parsed.domain().as_str()).await {
                    Ok(MailDomain::Exists) => {}
                    Ok(MailDomain::Missing) => {
                        return self
                            .refuse(out, "550 5.1.8 The sender's domain does not exist in DNS");
                    }
                    Ok(MailDomain::NullMx) => {
                        return self.refuse(
                            out,
                            "550 5.7.27 The sender's domain does not accept mail (null MX)",
                        );
                    }
                    Err(e) => {
                        tracing::info!(error = %e, "sender domain lookup failed");
                        return reply(
                            out,
                            "451 4.4.3 Cannot look up the sender's domain; try again later",
                        );
                    }
                }
            }
            Some(parsed.to_string())
        } else {
            return self.refuse(out, "553 5.1.7 The sender address is not valid");
        };
        let size_limit = self
            .authenticated
            .as_ref()
            .map_or(0, |user| user.max_message_size);
        if size_limit > 0 && from.size as u64 > size_limit {
            let line = format!("552 5.3.4 You may send messages of at most {size_limit} bytes");
            return self.refuse(out, &line);
        }
        self.reset_transaction();
        self.transaction = Some(Transaction {
            from: sender,
            recipients: Vec::new(),
            smtputf8: from.flags & smtp_proto::MAIL_SMTPUTF8 != 0,
            rules_domain: None,
            declared_size: from.size,
            size_limit,
            ret: if from.flags & smtp_proto::MAIL_RET_FULL != 0 {
                Some("FULL")
            } else if from.flags & smtp_proto::MAIL_RET_HDRS != 0 {
                Some("HDRS")
            } else {
                None
            },
            envid: from.env_id.clone(),
        });
        reply(out, "250 2.1.0 Sender OK");
    }

    async fn rcpt(&mut self, to: smtp_proto::RcptTo<String>, out: &mut Vec<u8>) {
        let Some(transaction) = &self.transaction else {
            return self.refuse(out, "503 5.5.1 Need MAIL before RCPT");
        };
        if transaction.recipients.len() >= self.limits.max_recipients as usize {
            return reply(out, "452 4.5.3 Too many recipients");
        }
        let address = if to.address.trim().eq_ignore_ascii_case("postmaster") {
            // RFC 5321 section 4.5.1: the bare Postmaster is the primary domain's.
            match postbay_delivery::primary_postmaster(self.pipeline.pool()).await {
                Ok(Some(address)) => address,
                Ok(None) => return self.refuse(out, "550 5.1.1 No such user here"),
                Err(e) => {
                    tracing::error!(error = %e, "finding the postmaster");
                    return reply(out, "451 4.3.0 Temporary failure; try again later");
                }
            }
        } else {
            let Ok(address) = EmailAddress::parse(&to.address, "to") else {
                return self.refuse(out, "501 5.1.3 The recipient address is not valid");
            };
            address
        };
        // Mail from outside has no origin. An authenticated user's counts as its tenant's; a
        // trusted network's relay is the server's own users, of no tenant known here, so no
        // tenant's unverified names are local for it.
        let origin = match &self.authenticated {
            Some(user) => Some(user.tenant),
            None if self.trusted => Some(postbay_core::ids::TenantId(uuid::Uuid::nil())),
            None => None,
        };
        match postbay_delivery::check_recipient(self.pipeline.pool(), &address, origin).await {
            Ok(RecipientCheck::Local(route)) => {
                let limit = route.max_message_size;
                let declared = transaction.declared_size as u64;
                if limit > 0 && declared > limit {
                    let line =
                        format!("552 5.3.4 <{address}> accepts messages of at most {limit} bytes");
                    return self.refuse(out, &line);
                }
                let rules_domain = self.rules_domain(&address).await;
                if let Some(t) = &self.transaction
                    && !t.recipients.is_empty()
                    && t.rules_domain != rules_domain
                {
                    // One filter verdict per message: a domain's own rules judge its mail
                    // alone. RFC 5321 4.5.3.1.10: the client sends these in another
                    // transaction.
                    return reply(
                        out,
                        "452 4.5.3 Too many recipients: send those of this domain in another transaction",
                    );
                }
                if let Some(wait) = self.greylisted(&address).await {
                    let line = format!(
                        "451 4.7.1 Greylisted: please try again in {} seconds",
                        wait.as_secs()
                    );
                    return reply(out, &line);
                }
                if let Some(t) = &mut self.transaction {
                    if limit > 0 && (t.size_limit == 0 || limit < t.size_limit) {
                        t.size_limit = limit;
                    }
                    t.rules_domain = rules_domain;
                    t.recipients.push(Recipient {
                        address,
                        route,
                        notify: notify(to.flags),
                        orcpt: to.orcpt.clone(),
                    });
                }
                reply(out, "250 2.1.5 Recipient OK");
            }
            Ok(RecipientCheck::Disabled) => self.refuse(out, "550 5.2.1 The mailbox is disabled"),
            Ok(RecipientCheck::OverQuota) => {
                reply(out, "452 4.2.2 The mailbox is full; try again later")
            }
            Ok(RecipientCheck::Unknown) => {
                self.refuse(out, "550 5.1.1 No such user here");
                if !self.exempt
                    && !self.trusted
                    && self.authenticated.is_none()
                    && self.guard.unknown_recipient(self.peer.ip(), &self.limits)
                {
                    reply(
                        out,
                        "421 4.7.1 Too many unknown recipients; your address is blocked for an hour",
                    );
                    self.closing = true;
                }
            }
            Ok(RecipientCheck::NotLocal)
                if self.authenticated.is_some() || self.trusted || self.pop_window().await =>
            {
                let route = postbay_delivery::Route::relayed(to.address.trim());
                if let Some(t) = &mut self.transaction {
                    t.recipients.push(Recipient {
                        address,
                        route,
                        notify: notify(to.flags),
                        orcpt: to.orcpt.clone(),
                    });
                }
                reply(out, "250 2.1.5 Recipient OK, relaying");
            }
            Ok(RecipientCheck::NotLocal) => self.refuse(out, "550 5.7.1 Relaying denied"),
            Err(e) => {
                if let Some(held_back) = RECIPIENT_ERRORS.pass() {
                    tracing::error!(error = %e, held_back, "checking a recipient");
                }
                reply(out, "451 4.3.0 Temporary failure; try again later");
            }
        }
    }

    /// The domain with custom spam rules of its own that `recipient` is in, for mail the
    /// filter judges (from another server, neither logged in nor a trusted relay). A failure
    /// to ask counts as none: the server's rules still apply.
    async fn rules_domain(&self, recipient: &EmailAddress) -> Option<postbay_core::ids::DomainId> {
        if self.authenticated.is_some() || self.trusted {
            return None;
        }
        self.pipeline
            .filter()
            .rules_domain(self.pipeline.pool(), recipient.domain().as_str())
            .await
            .unwrap_or_default()
    }

    /// How long the client must wait before this recipient is accepted, when greylisting
    /// applies to it (another server, neither logged in nor a trusted relay) and the triplet
    /// is new. A failure to ask lets the recipient through: greylisting never loses mail.
    async fn greylisted(&self, recipient: &EmailAddress) -> Option<Duration> {
        let delay = self.screening.greylist_delay?;
        if self.authenticated.is_some() || self.trusted {
            return None;
        }
        let sender = self.transaction.as_ref().and_then(|t| t.from.as_deref());
        let recipient = recipient.to_string();
        match self
            .pipeline
            .filter()
            .greylist(
                self.pipeline.pool(),
                self.peer.ip(),
                sender,
                &recipient,
                delay,
            )
            .await
        {
            Ok(Greylisting::Pass) => None,
            Ok(Greylisting::Wait(left)) => Some(left),
            Err(e) => {
                if let Some(held_back) = RECIPIENT_ERRORS.pass() {
                    tracing::error!(error = %e, held_back, "greylisting a recipient; letting it through");
                }
                None
            }
        }
    }

    /// Whether the client's address logged in over POP3 recently enough to relay
    /// (POP-before-SMTP); asked only when the SMTP settings turn it on.
    async fn pop_window(&self) -> bool {
        if self.limits.pop_before_smtp_minutes == 0 {
            return false;
        }
        let open =
            postbay_core::pop_before_smtp::window_open(self.pipeline.pool(), self.peer.ip()).await;
        open.unwrap_or_else(|e| {
            tracing::warn!(error = %e, "reading the POP-before-SMTP windows");
            false
        })
    }

    async fn auth(&mut self, mechanism: u64, initial: String, out: &mut Vec<u8>) {
        if !self.tls && !self.plain_login {
            return self.refuse(
                out,
                "538 5.7.11 Encryption required for requested authentication mechanism",
            );
        }
        if self.authenticated.is_some() {
            return self.refuse(out, "503 5.5.1 Already authenticated");
        }
        if self.transaction.is_some() {
            return self.refuse(
                out,
                "503 5.5.1 AUTH is not allowed during a mail transaction",
            );
        }
        let initial = if initial.trim() == "=" {
            String::new()
        } else {
            initial
        };
        match mechanism {
            smtp_proto::AUTH_PLAIN if initial.is_empty() => {
                self.receiving = Receiving::AuthPlain;
                reply(out, "334 ");
            }
            smtp_proto::AUTH_LOGIN if initial.is_empty() => {
                self.receiving = Receiving::AuthLoginUser;
                reply(out, "334 VXNlcm5hbWU6");
            }
            smtp_proto::AUTH_PLAIN => self.auth_step(Receiving::AuthPlain, Ok(initial), out).await,
            smtp_proto::AUTH_LOGIN => {
                self.auth_step(Receiving::AuthLoginUser, Ok(initial), out)
                    .await
            }
            _ => self.refuse(out, "504 5.5.4 Unrecognised authentication mechanism"),
        }
    }

    /// One client response in an AUTH exchange.
    async fn auth_step(&mut self, state: Receiving, line: Result<String, ()>, out: &mut Vec<u8>) {
        let Ok(line) = line else {
            return self.refuse(out, "500 5.5.6 Authentication line too long");
        };
        if line == "*" {
            return self.refuse(out, "501 5.0.0 Authentication cancelled");
        }
        let Ok(decoded) = BASE64.decode(line.trim()) else {
            return self.refuse(out, "501 5.5.2 Cannot decode the response");
        };
        match state {
            // SASL PLAIN: authzid NUL authcid NUL password; acting for someone else is refused.
            Receiving::AuthPlain => {
                let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
                let [authzid, user, password] = parts.as_slice() else {
                    return self.refuse(out, "501 5.5.2 Malformed PLAIN response");
                };
                if !authzid.is_empty() && authzid != user {
                    return self.refuse(out, "535 5.7.8 Authentication credentials invalid");
                }
                let user = String::from_utf8_lossy(user).into_owned();
                let password = String::from_utf8_lossy(password).into_owned();
                self.login(user, password, out).await;
            }
            Receiving::AuthLoginUser => {
                self.receiving =
                    Receiving::AuthLoginPassword(String::from_utf8_lossy(&decoded).into_owned());
                reply(out, "334 UGFzc3dvcmQ6");
            }
            Receiving::AuthLoginPassword(user) => {
                let password = String::from_utf8_lossy(&decoded).into_owned();
                self.login(user, password, out).await;
            }
            _ => {}
        }
    }

    async fn login(&mut self, user: String, password: String, out: &mut Vec<u8>) {
        let request = LoginRequest {
            user_name: user,
            password,
        };
        let address = self.peer.ip().to_string();
        match auth::check_password(self.pipeline.pool(), &request, &address, self.local).await {
            Ok(principal) => match principal.account_id {
                Some(account) => {
                    let login = principal.actor.trim_start_matches("account:").to_string();
                    let submitter =
                        match postbay_delivery::submitter(self.pipeline.pool(), account.0).await {
                            Ok(submitter) => submitter,
                            Err(e) => {
                                tracing::error!(error = %e, "reading a sender's limits");
                                return reply(out, "454 4.7.0 Temporary authentication failure");
                            }
                        };
                    self.authenticated = Some(Authenticated {
                        account,
                        login,
                        max_message_size: submitter.max_message_size,
                        tenant: submitter.tenant,
                    });
                    reply(out, "235 2.7.0 Authentication successful");
                }
                None => self.refuse(out, "535 5.7.8 Authentication credentials invalid"),
            },
            Err(postbay_core::CoreError::LockedOut { .. }) => self.refuse(
                out,
                "454 4.7.0 Too many failed logins for this account; try again later",
            ),
            Err(postbay_core::CoreError::Unauthenticated(_)) => {
                self.refuse(out, "535 5.7.8 Authentication credentials invalid")
            }
            Err(e) => {
                tracing::error!(error = %e, "checking SMTP AUTH");
                reply(out, "454 4.7.0 Temporary authentication failure");
            }
        }
    }

    /// End of DATA or of the last BDAT chunk: store, then answer.
    async fn finish_message(&mut self, out: &mut Vec<u8>) {
        let body = std::mem::take(&mut self.message);
        let Some(transaction) = self.transaction.take() else {
            return reply(out, "503 5.5.1 No valid recipients");
        };
        if self.too_big {
            self.too_big = false;
            return reply(
                out,
                &format!(
                    "552 5.3.4 Message size exceeds the limit of {} bytes",
                    self.max_size()
                ),
            );
        }
        if transaction.size_limit > 0 && body.len() as u64 > transaction.size_limit {
            let line = format!(
                "552 5.3.4 Message size exceeds the limit of {} bytes",
                transaction.size_limit
            );
            return reply(out, &line);
        }
        if received_headers(&body) >= self.limits.max_received_hops as usize {
            return reply(out, "554 5.4.6 Too many Received headers: a mail loop?");
        }
        if !self.exempt && !self.guard.take_message(self.peer.ip(), &self.limits) {
            return reply(
                out,
                "450 4.7.1 Too many messages from your address this hour; try later",
            );
        }
        let id = uuid::Uuid::now_v7().simple().to_string();
        let mut content = self.received_header(&transaction, &id).into_bytes();
        content.extend_from_slice(&body);
        // Mail from other servers has its sender checked; users' submissions and the
        // operator's own relays (the trusted relay group) do not.
        let checked =
            self.kind == ListenerKind::Mx && self.authenticated.is_none() && !self.in_relay_group;
        let envelope = Envelope {
            from: transaction.from,
            recipients: transaction.recipients,
            ret: transaction.ret,
            envid: transaction.envid,
            origin: match &self.authenticated {
                Some(user) => Origin::Submitted(user.account),
                None if checked => Origin::Remote(SmtpPeer {
                    ip: self.peer.ip(),
                    helo: self.helo.clone().unwrap_or_default(),
                }),
                None => Origin::Trusted,
            },
        };
        match self.pipeline.deliver(&envelope, content).await {
            Ok(_) => reply(out, &format!("250 2.0.0 Message accepted as {id}")),
            Err(DeliveryError::Refused(line) | DeliveryError::Deferred(line)) => reply(out, &line),
            Err(e) => {
                if let Some(held_back) = STORING_ERRORS.pass() {
                    match &e {
                        DeliveryError::Core(_)
                        | DeliveryError::Stopped
                        | DeliveryError::MailboxFull(_)
                        | DeliveryError::Refused(_)
                        | DeliveryError::Deferred(_)
                        | DeliveryError::Filter(_) => {
                            tracing::warn!(error = %e, held_back, "storing a message")
                        }
                        DeliveryError::Database(_)
                        | DeliveryError::Mailbox(_)
                        | DeliveryError::Batch(_) => {
                            tracing::error!(error = %e, held_back, "storing a message")
                        }
                    }
                }
                if e.is_storage_full() {
                    reply(
                        out,
                        "452 4.3.1 Insufficient system storage; try again later",
                    );
                } else {
                    reply(
                        out,
                        "451 4.3.0 Temporary failure storing the message; try again later",
                    );
                }
            }
        }
    }

    /// The trace header added to every message (RFC 5321 section 4.4).
    fn received_header(&self, transaction: &Transaction, id: &str) -> String {
        let helo = self.helo.as_deref().unwrap_or("unknown");
        // The listener gives the peer in canonical form: an IPv6 address here is a real one.
        let ip = match self.peer.ip() {
            IpAddr::V6(v6) => format!("IPv6:{v6}"),
            IpAddr::V4(v4) => v4.to_string(),
        };
        // Protocol types of RFC 3848 and RFC 6531.
        let with = if self.esmtp {
            format!(
                "{}{}{}",
                if transaction.smtputf8 {
                    "UTF8SMTP"
                } else {
                    "ESMTP"
                },
                if self.tls { "S" } else { "" },
                if self.authenticated.is_some() {
                    "A"
                } else {
                    ""
                }
            )
        } else {
            "SMTP".to_string()
        };
        let date = chrono::Utc::now().to_rfc2822();
        let helo: String = helo
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(255)
            .collect();
        let hidden = self.limits.hide_trusted_ips_in_received
            && (self.in_relay_group || self.authenticated.is_some());
        let from = if hidden {
            helo
        } else {
            format!("{helo} ([{ip}])")
        };
        let mut header = format!(
            "Received: from {from}\r\n\tby {} (Postbay) with {with} id {id}",
            self.config.hostname
        );
        if let [only] = transaction.recipients.as_slice() {
            header.push_str(&format!("\r\n\tfor <{}>", only.address));
        }
        header.push_str(&format!(";\r\n\t{date}\r\n"));
        header
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

fn reply(out: &mut Vec<u8>, line: &str) {
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
