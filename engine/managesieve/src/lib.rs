//! The ManageSieve server (RFC 5804): users manage their Sieve scripts from their mail client
//! (Thunderbird, Roundcube, sieve-connect). A thin adapter over `postbay_rules::scripts`,
//! which checks, stores and audits as the admin API does: one set of scripts, two ways in.
//!
//! STARTTLS first; SASL PLAIN and LOGIN only over TLS unless the login policy allows
//! otherwise, with the lockout the other protocols have (`postbay_credentials::login::mail_login`).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use postbay_core::access::Principal;
use postbay_core::auth::{self, MailLoginError};
use postbay_core::error::CoreError;
use postbay_core::ids::AccountId;
pub use postbay_listener::Security;
use postbay_listener::ServerTls;
use postbay_listener::{ListenerControl, LiveConnection, TlsSession, send};
use postbay_rules::scripts::{self, SieveScriptBody, Space};
use postbay_sieve::{Extension, Limits};
use sqlx::PgPool;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::watch;

use crate::wire::{ReadError, Token, read_command, reply, string};

mod wire;

/// A listener's fixed setup.
#[derive(Debug, Clone)]
pub struct ManageSieveConfig {
    pub hostname: String,
    pub max_connections: usize,
    /// A session idle this long is closed.
    pub idle_timeout: Duration,
}

impl ManageSieveConfig {
    pub fn new(hostname: impl Into<String>) -> Self {
        Self {
            hostname: hostname.into(),
            max_connections: 500,
            idle_timeout: Duration::from_secs(600),
        }
    }
}

/// Failed authentications a connection may make before it is closed.
const MAX_FAILED_LOGINS: u32 = 3;

/// Accepts ManageSieve connections until told to stop: STARTTLS only, as RFC 5804 has it.
pub async fn serve(
    listener: tokio::net::TcpListener,
    pool: PgPool,
    config: ManageSieveConfig,
    tls: ServerTls,
    control: ListenerControl,
) {
    let max = config.max_connections;
    let config = Arc::new(config);
    let refusals = postbay_listener::Refusals {
        not_allowed: b"BYE \"Your address may not use this service\"\r\n",
        too_many: b"BYE (TRYLATER) \"Too many connections from your address\"\r\n",
    };
    let security = Security::StartTls;
    postbay_listener::serve_sessions(
        listener,
        control,
        security,
        tls,
        max,
        refusals,
        move |client| Session {
            pool: pool.clone(),
            config: config.clone(),
            peer: client.peer,
            local: client.local,
            tls: false,
            just_secured: false,
            user: None,
            failures: 0,
            live: client.connection,
        },
    )
    .await;
}

/// The account a session logged in as.
struct User {
    account: AccountId,
    email: String,
    principal: Principal,
}

struct Session {
    pool: PgPool,
    config: Arc<ManageSieveConfig>,
    peer: SocketAddr,
    local: Option<IpAddr>,
    tls: bool,
    /// TLS came up after STARTTLS: the capabilities are sent again (RFC 5804 2.2).
    just_secured: bool,
    user: Option<User>,
    failures: u32,
    /// The session's entry in the table of live connections.
    live: LiveConnection,
}

/// The commands of RFC 5804, as the live status shows them.
const VERBS: [&str; 14] = [
    "AUTHENTICATE",
    "STARTTLS",
    "LOGOUT",
    "CAPABILITY",
    "HAVESPACE",
    "PUTSCRIPT",
    "LISTSCRIPTS",
    "SETACTIVE",
    "GETSCRIPT",
    "DELETESCRIPT",
    "RENAMESCRIPT",
    "CHECKSCRIPT",
    "NOOP",
    "UNAUTHENTICATE",
];

enum Next {
    Continue,
    Close,
    StartTls,
}

impl TlsSession for Session {
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
        if greet || std::mem::take(&mut self.just_secured) {
            let mut out = self.capabilities().await;
            reply(&mut out, "OK", None, "Postbay ManageSieve ready");
            send(reader.get_mut(), &out).await?;
        }
        loop {
            let read = tokio::select! {
                read = tokio::time::timeout(self.config.idle_timeout, read_command(&mut reader)) => read,
                _ = shutdown.changed() => {
                    let _ = reader.get_mut().write_all(b"BYE (TRYLATER) \"The server is shutting down\"\r\n").await;
                    return Ok(None);
                }
            };
            let Ok(read) = read else {
                let _ = reader
                    .get_mut()
                    .write_all(b"BYE \"Idle too long; closing\"\r\n")
                    .await;
                return Ok(None);
            };
            let tokens = match read {
                Ok(tokens) if tokens.is_empty() => continue,
                Ok(tokens) => tokens,
                Err(ReadError::Closed) => return Ok(None),
                Err(ReadError::Io(e)) => return Err(e),
                Err(ReadError::TooLong) => {
                    // The rest of an oversized command cannot be told from a new one.
                    let mut out = Vec::new();
                    reply(&mut out, "BYE", None, "Command too long");
                    send(reader.get_mut(), &out).await?;
                    return Ok(None);
                }
                Err(ReadError::Broken(why)) => {
                    let mut out = Vec::new();
                    reply(&mut out, "BYE", None, &format!("Syntax error: {why}"));
                    send(reader.get_mut(), &out).await?;
                    return Ok(None);
                }
                Err(ReadError::Syntax(why)) => {
                    let mut out = Vec::new();
                    reply(&mut out, "NO", None, &format!("Syntax error: {why}"));
                    send(reader.get_mut(), &out).await?;
                    continue;
                }
            };
            let mut out = Vec::new();
            // A command waiting on the client (a SASL answer) is bounded like idleness.
            let idle = self.config.idle_timeout;
            let command = self.command(tokens, &mut reader, &mut out);
            let Ok(next) = tokio::time::timeout(idle, command).await else {
                let _ = reader
                    .get_mut()
                    .write_all(b"BYE \"Idle too long; closing\"\r\n")
                    .await;
                return Ok(None);
            };
            let next = next?;
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
                        return Ok(None);
                    }
                    return Ok(Some(reader.into_inner()));
                }
            }
        }
    }

    fn secured(&mut self) {
        self.tls = true;
        self.just_secured = true;
    }
}

/// The Sieve extensions the engine runs, as `SIEVE` announces them.
fn sieve_extensions() -> String {
    Extension::ALL
        .iter()
        .map(|e| e.name())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Session {
    async fn capabilities(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut line = |name: &str, value: Option<&str>| {
            out.extend_from_slice(&string(name.as_bytes()));
            if let Some(value) = value {
                out.push(b' ');
                out.extend_from_slice(&string(value.as_bytes()));
            }
            out.extend_from_slice(b"\r\n");
        };
        line("IMPLEMENTATION", Some("Postbay"));
        line("SIEVE", Some(&sieve_extensions()));
        let sasl = if self.may_send_password().await {
            "PLAIN LOGIN"
        } else {
            ""
        };
        line("SASL", Some(sasl));
        if !self.tls && self.user.is_none() {
            line("STARTTLS", None);
        }
        line("MAXREDIRECTS", Some("4"));
        if self.user.is_some() {
            line("UNAUTHENTICATE", None);
        }
        if let Some(user) = &self.user {
            line("OWNER", Some(&user.email));
        }
        line("VERSION", Some("1.0"));
        out
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

    async fn command<S>(
        &mut self,
        tokens: Vec<Token>,
        reader: &mut BufReader<S>,
        out: &mut Vec<u8>,
    ) -> std::io::Result<Next>
    where
        S: AsyncRead + AsyncWrite + Unpin + Send,
    {
        let mut tokens = tokens.into_iter();
        let Some(Token::Atom(name)) = tokens.next() else {
            reply(out, "NO", None, "A command starts with its name");
            return Ok(Next::Continue);
        };
        let args: Vec<Token> = tokens.collect();
        self.live.command_among(&name, &VERBS);
        match name.as_str() {
            "CAPABILITY" if args.is_empty() => {
                out.extend_from_slice(&self.capabilities().await);
                reply(out, "OK", None, "Capability completed");
            }
            "NOOP" => match args.as_slice() {
                [] => reply(out, "OK", None, "Done"),
                [Token::String(tag)] => {
                    let tag = String::from_utf8_lossy(tag);
                    let code = format!("TAG {}", String::from_utf8_lossy(&string(tag.as_bytes())));
                    reply(out, "OK", Some(&code), "Done");
                }
                _ => reply(out, "NO", None, "Usage: NOOP [tag]"),
            },
            "LOGOUT" => {
                reply(out, "OK", None, "Logout completed");
                return Ok(Next::Close);
            }
            "STARTTLS" if args.is_empty() => {
                if self.tls || self.user.is_some() {
                    reply(out, "NO", None, "TLS is not available now");
                } else {
                    reply(out, "OK", None, "Begin TLS negotiation now");
                    return Ok(Next::StartTls);
                }
            }
            "AUTHENTICATE" => {
                if self.user.is_some() {
                    reply(out, "NO", None, "Already authenticated");
                } else {
                    self.authenticate(&args, reader, out).await?;
                    if self.failures >= MAX_FAILED_LOGINS {
                        reply(out, "BYE", None, "Too many failed logins");
                        return Ok(Next::Close);
                    }
                }
            }
            "UNAUTHENTICATE" if args.is_empty() => {
                if self.user.take().is_some() {
                    reply(out, "OK", None, "Unauthenticated");
                } else {
                    reply(out, "NO", None, "Not authenticated");
                }
            }
            _ => match &self.user {
                None => reply(out, "NO", None, "Authenticate first"),
                Some(user) => scripts_command(&self.pool, user, &name, &args, out).await,
            },
        }
        Ok(Next::Continue)
    }

    async fn authenticate<S>(
        &mut self,
        args: &[Token],
        reader: &mut BufReader<S>,
        out: &mut Vec<u8>,
    ) -> std::io::Result<()>
    where
        S: AsyncRead + AsyncWrite + Unpin + Send,
    {
        let (mechanism, initial) = match args {
            [Token::String(m)] => (m.to_ascii_uppercase(), None),
            [Token::String(m), Token::String(i)] => (m.to_ascii_uppercase(), Some(i.clone())),
            _ => {
                reply(
                    out,
                    "NO",
                    None,
                    "Usage: AUTHENTICATE \"PLAIN\" [initial-response]",
                );
                return Ok(());
            }
        };
        if !self.may_send_password().await {
            reply(
                out,
                "NO",
                Some("ENCRYPT-NEEDED"),
                "Passwords are taken over encrypted connections only; use STARTTLS",
            );
            return Ok(());
        }
        let credentials = match mechanism.as_slice() {
            b"PLAIN" => {
                let response = match initial {
                    Some(i) => Some(i),
                    None => challenge(reader, b"").await?,
                };
                match response.as_deref().map(decode) {
                    None => None,
                    Some(Some(decoded)) => match postbay_listener::sasl::plain(&decoded) {
                        Ok(credentials) => Some(credentials),
                        Err(_) => {
                            self.failures += 1;
                            reply(out, "NO", None, "Malformed PLAIN response");
                            return Ok(());
                        }
                    },
                    Some(None) => {
                        reply(out, "NO", None, "Cannot decode the response");
                        return Ok(());
                    }
                }
            }
            b"LOGIN" => {
                let user = challenge(reader, b"Username:").await?;
                let password = match user {
                    Some(_) => challenge(reader, b"Password:").await?,
                    None => None,
                };
                match (user.as_deref().map(decode), password.as_deref().map(decode)) {
                    (Some(Some(u)), Some(Some(p))) => Some((
                        String::from_utf8_lossy(&u).into_owned(),
                        String::from_utf8_lossy(&p).into_owned(),
                    )),
                    (None, _) | (_, None) => None,
                    _ => {
                        reply(out, "NO", None, "Cannot decode the response");
                        return Ok(());
                    }
                }
            }
            _ => {
                reply(out, "NO", None, "Mechanisms: PLAIN, LOGIN");
                return Ok(());
            }
        };
        let Some((user_name, password)) = credentials else {
            reply(out, "NO", None, "Authentication cancelled");
            return Ok(());
        };
        self.login(user_name, password, out).await;
        Ok(())
    }

    async fn login(&mut self, user_name: String, password: String, out: &mut Vec<u8>) {
        let address = self.peer.ip().to_canonical().to_string();
        let credentials = postbay_credentials::login::MailCredentials::Password {
            user: user_name,
            password,
        };
        let account = match postbay_credentials::login::mail_login(
            &self.pool,
            postbay_credentials::Protocol::Managesieve,
            credentials,
            &address,
            self.local,
        )
        .await
        {
            Ok(account) => account,
            Err(MailLoginError::Invalid) => {
                self.failures += 1;
                return reply(out, "NO", None, "Wrong user name or password");
            }
            Err(MailLoginError::LockedOut) => {
                self.failures += 1;
                return reply(
                    out,
                    "NO",
                    None,
                    "Too many failed logins for this account; try again later",
                );
            }
            Err(MailLoginError::Suspended) => {
                return reply(out, "NO", None, "The account is suspended");
            }
            Err(MailLoginError::Disabled) => {
                return reply(out, "NO", None, "The account is disabled");
            }
            Err(MailLoginError::Failed(e)) => {
                tracing::error!(error = %e, "checking a ManageSieve login");
                return reply(out, "NO", Some("TRYLATER"), "Temporary failure");
            }
        };
        let ip = Some(address);
        match auth::principal_for_account(&self.pool, account.id, ip).await {
            Ok(principal) => {
                tracing::info!(account = %account.email, "managesieve login");
                self.live.logged_in(account.id, &account.email);
                self.user = Some(User {
                    account: account.id,
                    email: account.email,
                    principal,
                });
                reply(out, "OK", None, "Logged in");
            }
            Err(e) => {
                tracing::warn!(error = %e, "a ManageSieve login without rights");
                reply(out, "NO", None, "The account may not log in");
            }
        }
    }
}

/// Sends a SASL challenge and reads the client's answer: `None` when it cancels (`"*"`).
async fn challenge<S>(reader: &mut BufReader<S>, text: &[u8]) -> std::io::Result<Option<Vec<u8>>>
where
    S: AsyncRead + AsyncWrite + Unpin + Send,
{
    let mut line = string(BASE64.encode(text).as_bytes());
    line.extend_from_slice(b"\r\n");
    send(reader.get_mut(), &line).await?;
    match read_command(reader).await {
        Ok(tokens) => Ok(match tokens.as_slice() {
            [Token::String(answer)] if answer.as_slice() != b"*" => Some(answer.clone()),
            _ => None,
        }),
        Err(ReadError::Io(e)) => Err(e),
        Err(ReadError::Closed) => Err(std::io::ErrorKind::UnexpectedEof.into()),
        // An answer that cannot be read leaves the stream out of step: the session ends.
        Err(ReadError::TooLong | ReadError::Broken(_) | ReadError::Syntax(_)) => Err(
            std::io::Error::new(std::io::ErrorKind::InvalidData, "an unreadable SASL answer"),
        ),
    }
}

fn decode(response: &[u8]) -> Option<Vec<u8>> {
    BASE64.decode(response.trim_ascii()).ok()
}

/// The commands of the authenticated state, on the user's own scripts.
async fn scripts_command(
    pool: &PgPool,
    user: &User,
    name: &str,
    args: &[Token],
    out: &mut Vec<u8>,
) {
    let (p, account) = (&user.principal, user.account);
    let text = |i: usize| args.get(i).and_then(Token::text);
    match (name, args.len()) {
        ("LISTSCRIPTS", 0) => match scripts::list(pool, p, account).await {
            Ok(list) => {
                for script in list.items {
                    out.extend_from_slice(&string(script.name.as_bytes()));
                    if script.active {
                        out.extend_from_slice(b" ACTIVE");
                    }
                    out.extend_from_slice(b"\r\n");
                }
                reply(out, "OK", None, "Listscripts completed");
            }
            Err(e) => refuse(out, &e),
        },
        ("GETSCRIPT", 1) => match text(0) {
            Some(script) => match scripts::get(pool, p, account, &script).await {
                Ok(found) => {
                    out.extend_from_slice(format!("{{{}}}\r\n", found.content.len()).as_bytes());
                    out.extend_from_slice(found.content.as_bytes());
                    out.extend_from_slice(b"\r\n");
                    reply(out, "OK", None, "Getscript completed");
                }
                Err(e) => refuse(out, &e),
            },
            None => reply(out, "NO", None, "Usage: GETSCRIPT name"),
        },
        ("PUTSCRIPT", 2) => match (text(0), text(1)) {
            (Some(_), Some(content)) if content.len() > Limits::default().script_bytes => {
                reply(out, "NO", Some("QUOTA/MAXSIZE"), "The script is too large");
            }
            (Some(script), Some(content)) => {
                // Stored as it is; activity is kept as it was (SETACTIVE changes it).
                let body = SieveScriptBody {
                    content,
                    active: None,
                };
                match scripts::put(pool, p, account, &script, &body).await {
                    Ok(_) => reply(out, "OK", None, "Putscript completed"),
                    Err(e) => refuse(out, &e),
                }
            }
            _ => reply(out, "NO", None, "Usage: PUTSCRIPT name script (UTF-8)"),
        },
        ("CHECKSCRIPT", 1) => match text(0) {
            Some(content) => {
                let checked = scripts::check(&scripts::SieveCheckBody { content });
                match checked.error {
                    None => reply(out, "OK", None, "The script is valid"),
                    Some(e) => reply(
                        out,
                        "NO",
                        None,
                        &format!("line {}, column {}: {}", e.line, e.column, e.message),
                    ),
                }
            }
            None => reply(out, "NO", None, "Usage: CHECKSCRIPT script (UTF-8)"),
        },
        ("SETACTIVE", 1) => match text(0) {
            Some(script) if script.is_empty() => {
                match scripts::deactivate_all(pool, p, account).await {
                    Ok(()) => reply(out, "OK", None, "No script is active"),
                    Err(e) => refuse(out, &e),
                }
            }
            Some(script) => match scripts::activate(pool, p, account, &script).await {
                Ok(_) => reply(out, "OK", None, "Setactive completed"),
                Err(e) => refuse(out, &e),
            },
            None => reply(out, "NO", None, "Usage: SETACTIVE name"),
        },
        ("DELETESCRIPT", 1) => match text(0) {
            Some(script) => match scripts::delete(pool, p, account, &script).await {
                Ok(()) => reply(out, "OK", None, "Deletescript completed"),
                Err(e) => refuse(out, &e),
            },
            None => reply(out, "NO", None, "Usage: DELETESCRIPT name"),
        },
        ("RENAMESCRIPT", 2) => match (text(0), text(1)) {
            (Some(old), Some(new)) => match scripts::rename(pool, p, account, &old, &new).await {
                Ok(_) => reply(out, "OK", None, "Renamescript completed"),
                Err(e) => refuse(out, &e),
            },
            _ => reply(out, "NO", None, "Usage: RENAMESCRIPT old new"),
        },
        ("HAVESPACE", 2) => match (text(0), args.get(1)) {
            (Some(script), Some(Token::Number(size))) => {
                match scripts::space(pool, p, account, &script, *size).await {
                    Ok(Space::Enough) => reply(out, "OK", None, "Putscript would succeed"),
                    Ok(Space::TooManyScripts) => reply(
                        out,
                        "NO",
                        Some("QUOTA/MAXSCRIPTS"),
                        &format!("At most {} scripts", scripts::MAX_SCRIPTS),
                    ),
                    Ok(Space::TooLarge) => {
                        reply(out, "NO", Some("QUOTA/MAXSIZE"), "The script is too large")
                    }
                    Err(e) => refuse(out, &e),
                }
            }
            _ => reply(out, "NO", None, "Usage: HAVESPACE name size"),
        },
        _ => reply(out, "NO", None, "Unknown command or wrong arguments"),
    }
}

/// A refusal with RFC 5804's response code for what went wrong.
fn refuse(out: &mut Vec<u8>, error: &CoreError) {
    let (code, text) = match error {
        CoreError::NotFound { .. } => (Some("NONEXISTENT"), "There is no such script".to_string()),
        CoreError::Conflict { code, .. } => (
            match *code {
                "script_active" => Some("ACTIVE"),
                "too_many_scripts" => Some("QUOTA/MAXSCRIPTS"),
                "script_exists" => Some("ALREADYEXISTS"),
                _ => None,
            },
            error.to_string(),
        ),
        CoreError::Invalid { message, .. } => (None, message.to_string()),
        other => {
            tracing::warn!(error = %other, "a ManageSieve command failed");
            (
                Some("TRYLATER"),
                "Temporary failure; try again later".into(),
            )
        }
    };
    reply(out, "NO", code, &text);
}
