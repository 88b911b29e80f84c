//! The POP3 server (RFC 1939, with CAPA and RESP-CODES of RFC 2449, STLS of RFC 2595, SASL
//! PLAIN of RFC 5034): a thin adapter over the mailbox operations. The maildrop is the Inbox,
//! as it was when the session logged in; deletions happen at QUIT only, so an interrupted
//! session deletes nothing; one session per maildrop at a time, across processes.
//!
//! Passwords are taken only over TLS unless the server's login policy allows otherwise. A
//! successful login opens the POP-before-SMTP relay window for the client's address when the
//! SMTP settings ask for one.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use postbay_core::auth::MailLoginError;
use postbay_core::ids::AccountId;
use postbay_credentials::Protocol;
use postbay_credentials::login::{self, MailCredentials};
use postbay_credentials::sasl::{self, BearerMechanism};
pub use postbay_listener::Security;
use postbay_listener::ServerTls;
use postbay_listener::{Client, DotStuffer, ListenerControl, LiveConnection, TlsSession, send};
use postbay_mailbox::maildrop_lock;
use postbay_mailbox::{CHUNK, MessageEntry};
use sqlx::PgPool;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::watch;
use uuid::Uuid;

use crate::parse::{CommandLine, LineRead, command_line, plain_response, read_line};

#[cfg(test)]
mod fuzz;
mod parse;

/// A listener's fixed setup.
#[derive(Debug, Clone)]
pub struct Pop3Config {
    pub hostname: String,
    pub max_connections: usize,
    /// RFC 1939 section 3: at least ten minutes of inactivity before a session is closed.
    pub idle_timeout: Duration,
}

impl Pop3Config {
    pub fn new(hostname: impl Into<String>) -> Self {
        Self {
            hostname: hostname.into(),
            max_connections: 2000,
            idle_timeout: Duration::from_secs(600),
        }
    }
}

/// How long a session holds its maildrop lock without refreshing it.
const LOCK_LEASE_SECONDS: i64 = 660;
/// How often a session refreshes its lock (and checks its account is still usable).
const LOCK_REFRESH: Duration = Duration::from_secs(60);

/// Accepts POP3 connections until told to stop.
pub async fn serve(
    listener: tokio::net::TcpListener,
    security: Security,
    pool: PgPool,
    config: Pop3Config,
    tls: ServerTls,
    control: ListenerControl,
) {
    let max = config.max_connections;
    let config = Arc::new(config);
    let refusals = postbay_listener::Refusals {
        not_allowed: b"-ERR [SYS/PERM] Your address may not use this service\r\n",
        too_many: b"-ERR [SYS/TEMP] Too many connections from your address\r\n",
    };
    postbay_listener::serve_sessions(
        listener,
        control,
        security,
        tls,
        max,
        refusals,
        move |client| Session::new(pool.clone(), config.clone(), client),
    )
    .await;
}

impl TlsSession for Session {
    /// Serves commands until QUIT, the client leaves, a timeout, shutdown, or STLS (then the
    /// plain stream is handed back for the handshake).
    async fn serve<S>(
        &mut self,
        stream: S,
        mut shutdown: watch::Receiver<bool>,
        greet: bool,
    ) -> std::io::Result<Option<S>>
    where
        S: AsyncRead + AsyncWrite + Unpin + Send,
    {
        let mut reader = BufReader::new(stream);
        if greet {
            let banner = format!("+OK {} POP3 server ready\r\n", self.config.hostname);
            send(reader.get_mut(), banner.as_bytes()).await?;
        }
        let mut line = Vec::with_capacity(256);
        loop {
            line.clear();
            let read = tokio::select! {
                read = tokio::time::timeout(self.config.idle_timeout, read_line(&mut reader, &mut line)) => read,
                _ = shutdown.changed() => {
                    let _ = reader.get_mut().write_all(b"-ERR [SYS/TEMP] The server is shutting down\r\n").await;
                    return Ok(None);
                }
            };
            let Ok(read) = read else {
                let _ = reader
                    .get_mut()
                    .write_all(b"-ERR Idle too long; closing\r\n")
                    .await;
                return Ok(None);
            };
            match read? {
                LineRead::Closed => return Ok(None),
                LineRead::TooLong => {
                    reader
                        .get_mut()
                        .write_all(b"-ERR Line too long\r\n")
                        .await?;
                    continue;
                }
                LineRead::Line => {}
            }
            let mut out: Vec<u8> = Vec::new();
            let next = self.command(&line, &mut out, reader.get_mut()).await?;
            send(reader.get_mut(), &out).await?;
            match next {
                Next::Continue => {}
                Next::Close => {
                    reader.get_mut().flush().await?;
                    return Ok(None);
                }
                Next::StartTls => {
                    reader.get_mut().flush().await?;
                    if !reader.buffer().is_empty() {
                        // Commands pipelined after STLS would be read in plain text: refuse.
                        return Ok(None);
                    }
                    return Ok(Some(reader.into_inner()));
                }
            }
        }
    }

    /// After STLS the user named in the clear is forgotten (RFC 2595 section 4).
    fn secured(&mut self) {
        self.tls = true;
        self.user = None;
    }

    /// The maildrop lock is given back at once, not left to its lease.
    async fn ended(&mut self) {
        self.release().await;
    }
}

/// A message of the maildrop, numbered from 1 by its position.
struct Entry {
    message: MessageEntry,
    deleted: bool,
}

/// A logged-in session's hold on its maildrop.
struct Maildrop {
    account: Uuid,
    /// The account's address, for the operations log.
    email: String,
    /// This session's lock holder id.
    holder: Uuid,
    /// Keeps the lock alive while the session lives, however long a command takes.
    keeper: LockKeeper,
    uid_validity: i64,
    entries: Vec<Entry>,
}

/// Why a session must end while logged in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ended {
    /// Another session took the maildrop over (this one's lease ran out).
    TakenOver,
    /// The account was suspended or disabled meanwhile (or its domain or a tenant above it).
    AccountUnusable,
}

/// A task that extends the maildrop lease every `LOCK_REFRESH` and checks the account is still
/// usable; it stops when the session drops it.
struct LockKeeper {
    task: tokio::task::JoinHandle<()>,
    ended: Arc<std::sync::OnceLock<Ended>>,
}

impl LockKeeper {
    fn start(pool: PgPool, account: Uuid, holder: Uuid) -> Self {
        let ended = Arc::new(std::sync::OnceLock::new());
        let flag = ended.clone();
        let task = tokio::spawn(async move {
            let mut tick = tokio::time::interval(LOCK_REFRESH);
            tick.tick().await;
            loop {
                tick.tick().await;
                match maildrop_lock::refresh(&pool, account, holder, LOCK_LEASE_SECONDS).await {
                    Ok(false) => {
                        let _ = flag.set(Ended::TakenOver);
                        return;
                    }
                    Ok(true) => {}
                    // The lease outlasts a few failed refreshes; the next tick tries again.
                    Err(e) => tracing::warn!(error = %e, "refreshing a maildrop lock"),
                }
                match postbay_core::auth::account_active(&pool, AccountId(account)).await {
                    Ok(false) => {
                        let _ = flag.set(Ended::AccountUnusable);
                        return;
                    }
                    Ok(true) => {}
                    Err(e) => tracing::warn!(error = %e, "checking a POP3 account"),
                }
            }
        });
        Self { task, ended }
    }

    fn ended(&self) -> Option<Ended> {
        self.ended.get().copied()
    }
}

impl Drop for LockKeeper {
    fn drop(&mut self) {
        self.task.abort();
    }
}

struct Session {
    pool: PgPool,
    config: Arc<Pop3Config>,
    peer: SocketAddr,
    /// The server address the client reached.
    local: Option<IpAddr>,
    tls: bool,
    /// The name given with USER, waiting for PASS.
    user: Option<String>,
    /// An AUTH exchange waiting for the client's next line.
    awaiting_sasl: Option<SaslStep>,
    maildrop: Option<Maildrop>,
    /// The session's entry in the table of live connections.
    connection: LiveConnection,
}

/// The SASL mechanisms AUTH takes (RFC 5034): a password, or a token the API issued.
const MECHANISMS: [&str; 3] = ["PLAIN", "OAUTHBEARER", "XOAUTH2"];

/// Where an AUTH exchange stands.
#[derive(Debug, Clone, Copy)]
enum SaslStep {
    Plain,
    Bearer(BearerMechanism),
    /// The token was refused and the error challenge sent: the exchange fails whatever the
    /// client answers (RFC 7628 §3.2.3).
    BearerRefused,
}

impl SaslStep {
    fn of(mechanism: &str) -> Option<Self> {
        match mechanism.to_ascii_uppercase().as_str() {
            "PLAIN" => Some(Self::Plain),
            "OAUTHBEARER" => Some(Self::Bearer(BearerMechanism::OAuthBearer)),
            "XOAUTH2" => Some(Self::Bearer(BearerMechanism::XOAuth2)),
            _ => None,
        }
    }
}

/// The commands this server knows (RFC 1939, 2449, 2595, 5034), as the live status shows
/// them.
const VERBS: [&str; 15] = [
    "USER", "PASS", "APOP", "AUTH", "STLS", "CAPA", "STAT", "LIST", "UIDL", "RETR", "DELE", "RSET",
    "TOP", "NOOP", "QUIT",
];

/// What the connection does after a command.
enum Next {
    Continue,
    Close,
    StartTls,
}

impl Session {
    fn new(pool: PgPool, config: Arc<Pop3Config>, client: Client) -> Self {
        Self {
            pool,
            config,
            peer: client.peer,
            local: client.local,
            tls: client.implicit_tls,
            user: None,
            awaiting_sasl: None,
            maildrop: None,
            connection: client.connection,
        }
    }

    fn ip(&self) -> IpAddr {
        self.peer.ip()
    }

    async fn command<W: AsyncWrite + Unpin>(
        &mut self,
        line: &[u8],
        out: &mut Vec<u8>,
        writer: &mut W,
    ) -> std::io::Result<Next> {
        let text = String::from_utf8_lossy(line);
        let text = text.trim_end_matches(['\r', '\n']);
        if let Some(step) = self.awaiting_sasl.take() {
            self.sasl(step, text.trim(), out).await;
            return Ok(Next::Continue);
        }
        let CommandLine { verb, rest, args } = command_line(text);
        self.connection.command_among(&verb, &VERBS);
        if let Some(drop) = &self.maildrop {
            let mut ended = drop.keeper.ended();
            // NOOP checks the account at once rather than at the next tick.
            if ended.is_none()
                && verb == "NOOP"
                && matches!(
                    postbay_core::auth::account_active(&self.pool, AccountId(drop.account)).await,
                    Ok(false)
                )
            {
                ended = Some(Ended::AccountUnusable);
            }
            // The session ends deleting nothing.
            match ended {
                Some(Ended::TakenOver) => {
                    self.maildrop = None;
                    reply(
                        out,
                        "-ERR [IN-USE] The mailbox was taken over by another session",
                    );
                    return Ok(Next::Close);
                }
                Some(Ended::AccountUnusable) => {
                    self.release().await;
                    reply(out, "-ERR [SYS/PERM] The account may not be used now");
                    return Ok(Next::Close);
                }
                None => {}
            }
            return self.transaction(&verb, &args, out, writer).await;
        }
        match verb.as_str() {
            "CAPA" => self.capa(out).await,
            "QUIT" => {
                reply(out, "+OK Bye");
                return Ok(Next::Close);
            }
            "NOOP" => reply(out, "+OK"),
            "STLS" if self.tls => reply(out, "-ERR TLS is already active"),
            "STLS" => {
                self.user = None;
                reply(out, "+OK Begin TLS negotiation");
                return Ok(Next::StartTls);
            }
            "USER" | "PASS" | "AUTH" if !self.may_send_password().await => reply(
                out,
                "-ERR [AUTH] Passwords are taken over encrypted connections only; use STLS",
            ),
            "USER" => match args.as_slice() {
                [name] => {
                    self.user = Some((*name).to_string());
                    reply(out, "+OK Send your password");
                }
                _ => reply(out, "-ERR Usage: USER name"),
            },
            "PASS" => match self.user.take() {
                // The password is the rest of the line: it may contain spaces.
                Some(user) if !rest.is_empty() => {
                    let password = rest.to_string();
                    self.login(MailCredentials::Password { user, password }, None, out)
                        .await
                }
                Some(_) => reply(out, "-ERR Usage: PASS password"),
                None => reply(out, "-ERR Send USER first"),
            },
            "AUTH" => match args.as_slice() {
                [] => {
                    reply(out, "+OK");
                    for mechanism in MECHANISMS {
                        reply(out, mechanism);
                    }
                    reply(out, ".");
                }
                [mechanism, rest @ ..] if rest.len() <= 1 => match SaslStep::of(mechanism) {
                    None => reply(out, "-ERR Unsupported authentication mechanism"),
                    Some(step) => match rest {
                        [initial] => self.sasl(step, initial, out).await,
                        _ => {
                            self.awaiting_sasl = Some(step);
                            reply(out, "+ ");
                        }
                    },
                },
                _ => reply(out, "-ERR Usage: AUTH mechanism [initial-response]"),
            },
            "STAT" | "LIST" | "UIDL" | "RETR" | "DELE" | "RSET" | "TOP" => {
                reply(out, "-ERR Log in first")
            }
            _ => reply(out, "-ERR Unknown command"),
        }
        Ok(Next::Continue)
    }

    async fn capa(&self, out: &mut Vec<u8>) {
        reply(out, "+OK Capability list follows");
        for cap in ["TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE", "PIPELINING"] {
            reply(out, cap);
        }
        if self.maildrop.is_none() {
            if !self.tls {
                reply(out, "STLS");
            }
            // RFC 2595: no password mechanisms where passwords would be refused.
            if self.may_send_password().await {
                reply(out, "USER");
                reply(out, &format!("SASL {}", MECHANISMS.join(" ")));
            }
        }
        reply(out, "IMPLEMENTATION Postbay");
        reply(out, ".");
    }

    /// Whether the login policy lets this connection carry a password.
    async fn may_send_password(&self) -> bool {
        if self.tls {
            return true;
        }
        match postbay_core::settings::security(&self.pool).await {
            Ok(policy) => !policy.require_encrypted_login,
            Err(e) => {
                tracing::warn!(error = %e, "reading the login policy");
                false
            }
        }
    }

    /// One client line of an AUTH exchange.
    async fn sasl(&mut self, step: SaslStep, response: &str, out: &mut Vec<u8>) {
        if response == "*" {
            return reply(out, "-ERR Authentication cancelled");
        }
        let mechanism = match step {
            SaslStep::Plain => {
                return match plain_response(response) {
                    Ok((user, password)) => {
                        self.login(MailCredentials::Password { user, password }, None, out)
                            .await
                    }
                    Err(refusal) => reply(out, refusal),
                };
            }
            SaslStep::BearerRefused => {
                return reply(
                    out,
                    "-ERR [AUTH] The token is invalid, expired or not for POP3",
                );
            }
            SaslStep::Bearer(mechanism) => mechanism,
        };
        let parsed = BASE64
            .decode(response)
            .ok()
            .and_then(|decoded| sasl::parse(mechanism, &decoded));
        match parsed {
            Some(bearer) => {
                self.login(MailCredentials::Bearer(bearer), Some(mechanism), out)
                    .await
            }
            None => reply(out, "-ERR [AUTH] Malformed bearer token message"),
        }
    }

    /// Logs in. A token refused in a bearer exchange is answered with the mechanism's error
    /// challenge first (one more line is read); every other refusal at once.
    async fn login(
        &mut self,
        credentials: MailCredentials,
        bearer: Option<BearerMechanism>,
        out: &mut Vec<u8>,
    ) {
        let address = self.ip().to_string();
        let account = match login::mail_login(
            &self.pool,
            Protocol::Pop3,
            credentials,
            &address,
            self.local,
        )
        .await
        {
            Ok(account) => account,
            Err(MailLoginError::Invalid) => {
                if let Some(mechanism) = bearer {
                    self.awaiting_sasl = Some(SaslStep::BearerRefused);
                    let challenge = BASE64.encode(sasl::error_challenge(mechanism, "pop3"));
                    return reply(out, &format!("+ {challenge}"));
                }
                return reply(out, "-ERR [AUTH] Wrong user name or password");
            }
            Err(MailLoginError::LockedOut) => {
                return reply(
                    out,
                    "-ERR [AUTH] Too many failed logins for this account; try again later",
                );
            }
            Err(MailLoginError::Suspended) => {
                return reply(out, "-ERR [SYS/TEMP] The account is suspended");
            }
            Err(MailLoginError::Disabled) => {
                return reply(out, "-ERR [SYS/PERM] The account is disabled");
            }
            Err(MailLoginError::Failed(e)) => {
                tracing::error!(error = %e, "checking a POP3 login");
                return reply(out, "-ERR [SYS/TEMP] Temporary failure; try again later");
            }
        };
        let holder = Uuid::now_v7();
        match maildrop_lock::take(&self.pool, account.id.0, holder, LOCK_LEASE_SECONDS).await {
            Ok(true) => {}
            Ok(false) => {
                return reply(out, "-ERR [IN-USE] Another session is using this mailbox");
            }
            Err(e) => {
                tracing::error!(error = %e, "locking a maildrop");
                return reply(out, "-ERR [SYS/TEMP] Temporary failure; try again later");
            }
        }
        let snapshot = match postbay_mailbox::inbox(&self.pool, account.id.0).await {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "reading a maildrop");
                let _ = maildrop_lock::release(&self.pool, account.id.0, holder).await;
                return reply(out, "-ERR [SYS/TEMP] Temporary failure; try again later");
            }
        };
        if let Err(e) = postbay_core::pop_before_smtp::open_window(&self.pool, self.ip()).await {
            tracing::warn!(error = %e, "opening the POP-before-SMTP window");
        }
        let count = snapshot.messages.len();
        let octets: i64 = snapshot.messages.iter().map(|m| m.size).sum();
        // A POP3 session holds the inbox (locked) until it ends.
        self.connection.logged_in(account.id, &account.email);
        self.connection.folder(Some("INBOX"));
        self.maildrop = Some(Maildrop {
            account: account.id.0,
            email: account.email.clone(),
            holder,
            keeper: LockKeeper::start(self.pool.clone(), account.id.0, holder),
            uid_validity: snapshot.uid_validity,
            entries: snapshot
                .messages
                .into_iter()
                .map(|message| Entry {
                    message,
                    deleted: false,
                })
                .collect(),
        });
        reply(
            out,
            &format!("+OK Logged in; {count} messages ({octets} octets)"),
        );
    }

    /// QUIT in the transaction state: removes the messages marked deleted, gives the lock back,
    /// then answers (so a client that reconnects at once finds the maildrop free).
    async fn quit(&mut self, out: &mut Vec<u8>) -> Next {
        let Some(drop) = &self.maildrop else {
            return Next::Close;
        };
        let doomed: Vec<Uuid> = drop
            .entries
            .iter()
            .filter(|e| e.deleted)
            .map(|e| e.message.id)
            .collect();
        let described = postbay_mailbox::operations_log::describe(&self.pool, &doomed).await;
        let outcome = postbay_mailbox::expunge(&self.pool, drop.account, &doomed).await;
        if outcome.is_ok() {
            let actor = postbay_mailbox::operations_log::Actor {
                protocol: "pop3",
                account: &drop.email,
                client: self.peer.ip().to_string(),
            };
            postbay_mailbox::operations_log::removed(
                &actor,
                "INBOX",
                &described,
                doomed.len(),
                None,
            );
        }
        self.release().await;
        match outcome {
            Ok(_) => reply(out, &format!("+OK Bye; {} messages deleted", doomed.len())),
            Err(e) => {
                tracing::error!(error = %e, "expunging at POP3 QUIT");
                reply(
                    out,
                    "-ERR [SYS/TEMP] Some deleted messages were not removed",
                );
            }
        }
        Next::Close
    }

    /// Gives the maildrop lock back (end of session, with or without QUIT).
    async fn release(&mut self) {
        if let Some(drop) = self.maildrop.take()
            && let Err(e) = maildrop_lock::release(&self.pool, drop.account, drop.holder).await
        {
            tracing::warn!(error = %e, "releasing a maildrop lock");
        }
    }

    async fn transaction<W: AsyncWrite + Unpin>(
        &mut self,
        verb: &str,
        args: &[&str],
        out: &mut Vec<u8>,
        writer: &mut W,
    ) -> std::io::Result<Next> {
        let Some(drop) = &mut self.maildrop else {
            return Ok(Next::Continue);
        };
        match verb {
            "STAT" => {
                let live = drop.entries.iter().filter(|e| !e.deleted);
                let (n, octets) =
                    live.fold((0usize, 0i64), |(n, o), e| (n + 1, o + e.message.size));
                reply(out, &format!("+OK {n} {octets}"));
            }
            "LIST" | "UIDL" => {
                let uidl = verb == "UIDL";
                let show = |i: usize, e: &Entry| {
                    if uidl {
                        format!("{} {}.{}", i + 1, drop.uid_validity, e.message.uid)
                    } else {
                        format!("{} {}", i + 1, e.message.size)
                    }
                };
                match args {
                    [] => {
                        reply(out, "+OK");
                        for (i, e) in drop.entries.iter().enumerate().filter(|(_, e)| !e.deleted) {
                            reply(out, &show(i, e));
                        }
                        reply(out, ".");
                    }
                    [n] => match message(&drop.entries, n) {
                        Ok(i) => reply(out, &format!("+OK {}", show(i, &drop.entries[i]))),
                        Err(e) => reply(out, e),
                    },
                    _ => reply(out, "-ERR Too many arguments"),
                }
            }
            "RETR" | "TOP" => {
                let (n, lines) = match (verb, args) {
                    ("RETR", [n]) => (*n, None),
                    ("TOP", [n, l]) => match l.parse::<usize>() {
                        Ok(l) => (*n, Some(l)),
                        Err(_) => {
                            reply(out, "-ERR The line count is not a number");
                            return Ok(Next::Continue);
                        }
                    },
                    _ => {
                        reply(out, "-ERR Usage: RETR msg | TOP msg lines");
                        return Ok(Next::Continue);
                    }
                };
                match message(&drop.entries, n) {
                    Ok(i) => {
                        let entry = &drop.entries[i].message;
                        send(writer, out).await?;
                        out.clear();
                        send_message(&self.pool, entry, lines, writer).await?;
                    }
                    Err(e) => reply(out, e),
                }
            }
            "DELE" => match args {
                [n] => match message(&drop.entries, n) {
                    Ok(i) => {
                        drop.entries[i].deleted = true;
                        reply(out, &format!("+OK Message {} deleted", i + 1));
                    }
                    Err(e) => reply(out, e),
                },
                _ => reply(out, "-ERR Usage: DELE msg"),
            },
            "RSET" => {
                for e in &mut drop.entries {
                    e.deleted = false;
                }
                reply(out, "+OK");
            }
            "NOOP" => reply(out, "+OK"),
            "CAPA" => self.capa(out).await,
            "QUIT" => return Ok(self.quit(out).await),
            "USER" | "PASS" | "AUTH" | "STLS" => reply(out, "-ERR Already logged in"),
            _ => reply(out, "-ERR Unknown command"),
        }
        Ok(Next::Continue)
    }
}

/// The index of message number `n` (1-based), if it exists and is not deleted.
fn message(entries: &[Entry], n: &str) -> Result<usize, &'static str> {
    let Ok(n) = n.parse::<usize>() else {
        return Err("-ERR Not a message number");
    };
    match n
        .checked_sub(1)
        .and_then(|i| entries.get(i).map(|e| (i, e)))
    {
        Some((_, e)) if e.deleted => Err("-ERR Message already deleted"),
        Some((i, _)) => Ok(i),
        None => Err("-ERR No such message"),
    }
}

/// Sends a message (or its header and first `lines` body lines) as a multi-line reply:
/// read from the store in chunks, dot-stuffed on the way.
async fn send_message<W: AsyncWrite + Unpin>(
    pool: &PgPool,
    entry: &MessageEntry,
    lines: Option<usize>,
    writer: &mut W,
) -> std::io::Result<()> {
    let mut stuffer = DotStuffer::new(lines);
    let mut offset = 0i64;
    let mut first = true;
    while offset < entry.size && !stuffer.done() {
        let chunk =
            match postbay_mailbox::content_chunk(pool, entry.content_id, offset, CHUNK).await {
                Ok(c) => c,
                Err(e) => {
                    tracing::error!(error = %e, "reading a message");
                    if first {
                        return writer
                            .write_all(b"-ERR [SYS/TEMP] Cannot read the message now\r\n")
                            .await;
                    }
                    // The reply has begun: end the connection rather than send a wrong message.
                    return Err(std::io::Error::other("message read failed mid-reply"));
                }
            };
        if chunk.is_empty() {
            break;
        }
        if first {
            let head = match lines {
                None => format!("+OK {} octets\r\n", entry.size),
                Some(_) => "+OK\r\n".to_string(),
            };
            send(writer, head.as_bytes()).await?;
            first = false;
        }
        offset += i64::try_from(chunk.len()).unwrap_or(i64::MAX);
        let mut out = Vec::with_capacity(chunk.len() + 64);
        stuffer.push(&chunk, &mut out);
        send(writer, &out).await?;
    }
    if first {
        return writer
            .write_all(b"-ERR [SYS/TEMP] The message is no longer there\r\n")
            .await;
    }
    let mut out = Vec::new();
    stuffer.finish(&mut out);
    send(writer, &out).await
}

fn reply(out: &mut Vec<u8>, line: &str) {
    out.extend_from_slice(line.as_bytes());
    out.extend_from_slice(b"\r\n");
}
