//! One IMAP connection: reading commands (imap-codec's fragmentizer and command codec),
//! the session states, and each command's handling.

mod append;
mod esearch;
mod fetch;
mod listing;
mod login;
mod notifications;
mod search;
mod sequence;
mod sort;
mod store;
mod sync;

// Each family's helpers, for the dispatcher and the other families (`use super::*`).
use esearch::*;
use fetch::*;
use listing::*;
use notifications::*;
use sequence::*;
pub(crate) use sort::Addresses;
use store::*;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use imap_codec::decode::Decoder;
use imap_codec::fragmentizer::{FragmentInfo, Fragmentizer, LiteralAnnouncement};
use imap_codec::imap_types::IntoStatic;
use imap_codec::imap_types::auth::{AuthMechanism, AuthenticateData};
use imap_codec::imap_types::command::{Command, CommandBody, StoreModifier};
use imap_codec::imap_types::core::{LiteralMode, Tag};
use imap_codec::imap_types::extensions::thread::ThreadingAlgorithm;
use imap_codec::imap_types::mailbox::Mailbox;
use imap_codec::{AuthenticateDataCodec, CommandCodec, IdleDoneCodec};
use postbay_core::auth;
use postbay_listener::{Client, LiveConnection, TlsSession, send};
use postbay_mailbox::MailboxError;
use postbay_mailbox::folders::{self, Folder};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::{broadcast, watch};
use uuid::Uuid;

use crate::extended::{self, Extras, SavedUse};
use crate::{ImapConfig, ImapShared};

/// Messages whose content is read per query when FETCH needs it.
const CONTENT_BATCH: usize = 32;
/// Messages whose kept ENVELOPE, BODYSTRUCTURE and header block are read per query.
const RENDERED_BATCH: usize = 1024;
/// Contents whose SORT and THREAD keys (subjects, first addresses) are read per query.
const SUMMARY_BATCH: usize = 8192;
/// Messages whose content is read per query when SEARCH needs it.
const SEARCH_BATCH: usize = 64;
/// Content bytes read per query at most (beyond a first message larger than this).
const BATCH_BYTES: i64 = 16 * 1024 * 1024;
/// A FETCH response is written out whenever this much has been built.
const FLUSH_AT: usize = 1024 * 1024;
/// Longest LIST pattern, characters.
const MAX_PATTERN: usize = 1024;
/// Most patterns one LIST may give (RFC 5258 lets a client give several).
const MAX_PATTERNS: usize = 32;
/// Largest literal taken before login (a client that has not logged in may not make the
/// server buffer much).
const MAX_LITERAL_BEFORE_LOGIN: u64 = 8 * 1024;

impl TlsSession for Session {
    /// Serves commands until LOGOUT, the client leaves, a timeout, shutdown, or STARTTLS (the
    /// plain stream is handed back for the handshake).
    async fn serve<S>(
        &mut self,
        mut stream: S,
        mut shutdown: watch::Receiver<bool>,
        greet: bool,
    ) -> std::io::Result<Option<S>>
    where
        S: AsyncRead + AsyncWrite + Unpin + Send,
    {
        if greet {
            let greeting = format!(
                "* OK [CAPABILITY {}] {} IMAP server ready\r\n",
                self.capabilities().await,
                self.config.hostname
            );
            send(&mut stream, greeting.as_bytes()).await?;
        }
        let mut fragments = Fragmentizer::new(self.config.max_command);
        let mut buf = vec![0u8; 16 * 1024];
        let mut waiting: Option<Next> = None;
        loop {
            let Some(info) = fragments.progress() else {
                let idle = matches!(waiting, Some(Next::Idle(_)));
                let read = tokio::select! {
                    read = tokio::time::timeout(self.config.idle_timeout, stream.read(&mut buf)) => read,
                    _ = shutdown.changed() => {
                        let _ = send(&mut stream, b"* BYE The server is shutting down\r\n").await;
                        return Ok(None);
                    }
                    wake = self.wake(idle), if idle || self.notify.is_some() => {
                        if !self.still_allowed().await {
                            let _ = send(&mut stream, b"* BYE [UNAVAILABLE] The account may not be used now\r\n").await;
                            return Ok(None);
                        }
                        let mut out = Vec::new();
                        match wake {
                            Wake::Selected => self.sync(&mut out, Sync::Full).await,
                            Wake::Notified(ids) => self.notifications(&ids, idle, &mut out).await,
                        }
                        send(&mut stream, &out).await?;
                        continue;
                    }
                };
                let Ok(read) = read else {
                    let _ = send(&mut stream, b"* BYE Idle for too long\r\n").await;
                    return Ok(None);
                };
                let n = read?;
                if n == 0 {
                    return Ok(None);
                }
                fragments.enqueue_bytes(&buf[..n]);
                continue;
            };
            if let FragmentInfo::Line {
                announcement: Some(LiteralAnnouncement { mode, length }),
                ..
            } = info
            {
                let limit = if self.account.is_some() {
                    u64::from(self.config.max_command)
                } else {
                    MAX_LITERAL_BEFORE_LOGIN
                };
                let too_big = u64::from(length) + fragments.message_bytes().len() as u64 > limit;
                if too_big && self.account.is_none() {
                    // Before login nothing needs more than a few KB: a larger literal (above
                    // all a non-synchronising one, whose bytes would follow unasked) ends the
                    // connection instead of being read.
                    let _ = send(
                        &mut stream,
                        b"* BYE [TOOBIG] Literal too large before login\r\n",
                    )
                    .await;
                    return Ok(None);
                }
                if mode == LiteralMode::NonSync {
                    if too_big {
                        fragments.poison_message();
                    }
                    continue;
                }
                if too_big {
                    match fragments.decode_tag().map(IntoStatic::into_static) {
                        Some(tag) => {
                            fragments.skip_message();
                            let line = format!("{} NO [TOOBIG] Too large\r\n", tag.inner());
                            send(&mut stream, line.as_bytes()).await?;
                        }
                        None => fragments.poison_message(),
                    }
                    continue;
                }
                send(&mut stream, b"+ Ready\r\n").await?;
                continue;
            }
            if !fragments.is_message_complete() {
                continue;
            }
            let mut out = Vec::new();
            let next = match waiting.take() {
                Some(Next::Authenticate(tag, step, _)) => {
                    let data = match fragments.decode_message(&AuthenticateDataCodec::new()) {
                        Ok(AuthenticateData::Continue(d)) => Some(d.declassify().to_vec()),
                        _ => None,
                    };
                    match data {
                        Some(d) => self.sasl(&tag, step, &d, &mut out).await,
                        None => {
                            tagged(&mut out, &tag, "BAD Authentication cancelled");
                            Next::Continue
                        }
                    }
                }
                Some(Next::Idle(tag)) => {
                    if fragments.decode_message(&IdleDoneCodec::new()).is_ok() {
                        self.sync(&mut out, Sync::Full).await;
                        tagged(&mut out, &tag, "OK IDLE terminated");
                    } else {
                        tagged(&mut out, &tag, "BAD Expected DONE");
                    }
                    Next::Continue
                }
                _ => {
                    let first = fragments
                        .decode_message(&CommandCodec::new())
                        .map(IntoStatic::into_static)
                        .ok();
                    let decoded = match first {
                        Some(command) => Ok(Some((command, Extras::None))),
                        // Syntax imap-codec does not parse is taken off or replaced first (see
                        // `extended`), and the command decoded again.
                        None => match self.replace_saved(fragments.message_bytes()) {
                            Some(SavedUse::Empty) => Ok(None),
                            replaced => {
                                let bytes = match &replaced {
                                    Some(SavedUse::Rewritten(b)) => b.as_slice(),
                                    _ => fragments.message_bytes(),
                                };
                                let retried = match extended::rewrite(bytes) {
                                    Some((bytes, extras)) => CommandCodec::new()
                                        .decode(&bytes)
                                        .ok()
                                        .map(|(_, c)| (c.into_static(), extras)),
                                    None if replaced.is_some() => CommandCodec::new()
                                        .decode(bytes)
                                        .ok()
                                        .map(|(_, c)| (c.into_static(), Extras::None)),
                                    None => None,
                                };
                                retried.map(Some).ok_or_else(|| {
                                    fragments.decode_tag().map(IntoStatic::into_static)
                                })
                            }
                        },
                    };
                    match decoded {
                        Ok(Some((command, extras))) => {
                            self.extras = extras;
                            self.connection.command(command.body.name());
                            let next = self.command(command, &mut out, &mut stream).await;
                            self.connection
                                .folder(self.selected().map(|s| s.folder.name.as_str()));
                            next
                        }
                        Ok(None) => {
                            // `$` named an empty saved result: nothing to act on.
                            if let Some(tag) = fragments.decode_tag() {
                                tagged(
                                    &mut out,
                                    &tag,
                                    "OK Nothing to do: the saved result is empty",
                                );
                            }
                            Next::Continue
                        }
                        Err(Some(tag)) => {
                            tagged(&mut out, &tag, "BAD Command not understood");
                            Next::Continue
                        }
                        Err(None) => {
                            out.extend_from_slice(b"* BAD Command not understood\r\n");
                            Next::Continue
                        }
                    }
                }
            };
            send(&mut stream, &out).await?;
            if !self.still_allowed().await {
                let _ = send(
                    &mut stream,
                    b"* BYE [UNAVAILABLE] The account may not be used now\r\n",
                )
                .await;
                return Ok(None);
            }
            match next {
                Next::Continue => {}
                Next::Close => {
                    stream.flush().await?;
                    return Ok(None);
                }
                Next::StartTls => {
                    stream.flush().await?;
                    if fragments.progress().is_some() {
                        // Commands pipelined after STARTTLS would be taken from plain text.
                        return Ok(None);
                    }
                    return Ok(Some(stream));
                }
                Next::Authenticate(tag, step, challenge) => {
                    send(&mut stream, format!("+ {challenge}\r\n").as_bytes()).await?;
                    waiting = Some(Next::Authenticate(tag, step, String::new()));
                }
                Next::Idle(tag) => {
                    send(&mut stream, b"+ idling\r\n").await?;
                    let mut out = Vec::new();
                    self.sync(&mut out, Sync::Full).await;
                    send(&mut stream, &out).await?;
                    waiting = Some(Next::Idle(tag));
                }
            }
        }
    }

    fn secured(&mut self) {
        self.tls = true;
    }
}

/// The selected folder as this session knows it.
struct Selected {
    folder: Folder,
    read_only: bool,
    /// Uids in order: message sequence number n is `uids[n - 1]`.
    uids: Vec<i64>,
    /// New messages and flag changes up to here have been reported.
    modseq: i64,
    /// Expunges up to here have been reported (they wait while FETCH, STORE or SEARCH is
    /// answered, so this may lag behind `modseq`).
    expunged_to: i64,
    changes: broadcast::Receiver<Uuid>,
    /// A change notification arrived for this folder since the last sync.
    dirty: bool,
    /// The saved search result (RFC 5182 SEARCHRES), as uids; `$` names it.
    saved: Vec<i64>,
    /// The keywords last announced in FLAGS.
    keywords: Vec<String>,
    /// Uid ranges `[from, to)` that are \Recent in this session (RFC 3501 2.3.2).
    recent: Vec<(i64, i64)>,
    /// Live searches (RFC 5267 CONTEXT=SEARCH).
    contexts: Vec<UpdateContext>,
}

impl Selected {
    fn is_recent(&self, uid: i64) -> bool {
        self.recent
            .iter()
            .any(|&(from, to)| from <= uid && uid < to)
    }

    fn recent_count(&self) -> usize {
        if self.recent.is_empty() {
            return 0;
        }
        self.uids.iter().filter(|&&u| self.is_recent(u)).count()
    }
}

enum State {
    NotAuthenticated,
    Authenticated,
    Selected(Box<Selected>),
    Logout,
}

pub(crate) struct Session {
    shared: ImapShared,
    config: Arc<ImapConfig>,
    peer: SocketAddr,
    /// The server address the client reached.
    local: Option<std::net::IpAddr>,
    tls: bool,
    account: Option<Uuid>,
    state: State,
    /// CONDSTORE is in use (enabled, or a command used a modseq): responses carry MODSEQ.
    condstore: bool,
    /// QRESYNC is enabled: expunges are reported as VANISHED.
    qresync: bool,
    /// IMAP4rev2 is enabled (RFC 9051): folder names in UTF-8, SEARCH answered with ESEARCH,
    /// no RECENT.
    rev2: bool,
    /// What `extended` took off the command being handled.
    extras: Extras,
    /// When the account was last found active.
    checked: std::time::Instant,
    /// The name the user logged in with (IMAP URLs name it).
    user: Option<String>,
    /// The logged-in account's address, for the operations log.
    email: Option<String>,
    /// What NOTIFY asked to hear of (RFC 5465).
    notify: Option<Box<NotifyState>>,
    /// The session's entry in the table of live connections.
    connection: LiveConnection,
}

/// What the connection does after a command.
enum Next {
    Continue,
    Close,
    StartTls,
    /// AUTHENTICATE waits for the client's response to the challenge (base64, empty for "+ ").
    Authenticate(Tag<'static>, login::SaslStep, String),
    Idle(Tag<'static>),
}

/// Whether EXPUNGE responses may be sent after this command (RFC 3501 section 7.4.1).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sync {
    Full,
    NoExpunge,
}

impl Session {
    pub(crate) fn new(shared: ImapShared, config: Arc<ImapConfig>, client: Client) -> Self {
        let peer = client.peer;
        Self {
            shared,
            config,
            peer,
            local: client.local,
            tls: client.implicit_tls,
            account: None,
            state: State::NotAuthenticated,
            condstore: false,
            qresync: false,
            rev2: false,
            extras: Extras::None,
            checked: std::time::Instant::now(),
            user: None,
            email: None,
            notify: None,
            connection: client.connection,
        }
    }

    fn pool(&self) -> &sqlx::PgPool {
        &self.shared.pool
    }

    async fn plain_login_allowed(&self) -> bool {
        self.tls
            || match postbay_core::settings::security(self.pool()).await {
                Ok(p) => !p.require_encrypted_login,
                Err(_) => false,
            }
    }

    async fn capabilities(&self) -> String {
        let mut caps = String::from(
            "IMAP4rev1 IMAP4rev2 LITERAL+ SASL-IR ID ENABLE IDLE NAMESPACE UIDPLUS MOVE UNSELECT SPECIAL-USE CHILDREN ESEARCH LIST-EXTENDED LIST-STATUS CREATE-SPECIAL-USE CONDSTORE QRESYNC QUOTA QUOTA=RES-STORAGE QUOTA=RES-MESSAGE SORT THREAD=ORDEREDSUBJECT THREAD=REFERENCES BINARY STATUS=SIZE SEARCHRES ESORT SORT=DISPLAY CONTEXT=SEARCH PARTIAL MULTIAPPEND CATENATE NOTIFY",
        );
        caps.push_str(&format!(" APPENDLIMIT={}", self.config.max_command));
        if self.account.is_none() {
            if !self.tls {
                caps.push_str(" STARTTLS");
            }
            if self.plain_login_allowed().await {
                caps.push_str(" AUTH=PLAIN AUTH=OAUTHBEARER AUTH=XOAUTH2");
            } else {
                caps.push_str(" LOGINDISABLED");
            }
        }
        caps
    }

    /// Whether the logged-in account may go on (checked at most once a minute): a session of
    /// an account suspended or disabled meanwhile is ended.
    async fn still_allowed(&mut self) -> bool {
        self.account_check(false).await
    }

    /// See [`Self::still_allowed`]; `now` checks whatever the time since the last check.
    async fn account_check(&mut self, now: bool) -> bool {
        let Some(account) = self.account else {
            return true;
        };
        if !now && self.checked.elapsed() < ACCOUNT_RECHECK {
            return true;
        }
        self.checked = std::time::Instant::now();
        auth::account_active(self.pool(), postbay_core::ids::AccountId(account))
            .await
            .unwrap_or(true)
    }

    /// Resolves when the selected folder changed (never resolves without one).
    async fn changed(&mut self) {
        let State::Selected(selected) = &mut self.state else {
            std::future::pending::<()>().await;
            return;
        };
        let folder = selected.folder.id;
        loop {
            match selected.changes.recv().await {
                Ok(id) if id == folder.0 => {
                    selected.dirty = true;
                    return;
                }
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    selected.dirty = true;
                    return;
                }
                Err(broadcast::error::RecvError::Closed) => {
                    std::future::pending::<()>().await;
                }
            }
        }
    }

    /// Handles one command. Replies go to `out`; a large FETCH also writes to `writer` as it
    /// goes, so a response is never held whole.
    async fn command<W: AsyncWrite + Unpin>(
        &mut self,
        command: Command<'static>,
        out: &mut Vec<u8>,
        writer: &mut W,
    ) -> Next {
        let Command { tag, body } = command;
        let authenticated = self.account.is_some();
        let selected = matches!(self.state, State::Selected(_));
        match body {
            CommandBody::Capability => {
                let caps = self.capabilities().await;
                untagged(out, &format!("CAPABILITY {caps}"));
                tagged(out, &tag, "OK CAPABILITY completed");
            }
            // A command imap-codec lacks, parsed by `extended` and carried by a NOOP.
            CommandBody::Noop
                if matches!(
                    self.extras,
                    Extras::CancelUpdate(_) | Extras::Notify(_) | Extras::Append(_)
                ) =>
            {
                match std::mem::take(&mut self.extras) {
                    _ if !authenticated => tagged(out, &tag, "BAD Log in first"),
                    Extras::CancelUpdate(tags) if self.cancel_contexts(&tags) => {
                        tagged(out, &tag, "OK CANCELUPDATE completed")
                    }
                    Extras::CancelUpdate(_) => tagged(out, &tag, "BAD No such updating search"),
                    Extras::Notify(request) => self.notify(&tag, request, out).await,
                    Extras::Append(command) => self.append_command(&tag, *command, out).await,
                    _ => {}
                }
            }
            CommandBody::Noop | CommandBody::Check => {
                if !self.account_check(true).await {
                    untagged(out, "BYE [UNAVAILABLE] The account may not be used now");
                    return Next::Close;
                }
                self.sync(out, Sync::Full).await;
                tagged(out, &tag, "OK Done");
            }
            CommandBody::Logout => {
                untagged(out, "BYE Logging out");
                tagged(out, &tag, "OK LOGOUT completed");
                self.state = State::Logout;
                return Next::Close;
            }
            CommandBody::StartTLS if self.tls || authenticated => tagged(
                out,
                &tag,
                "BAD TLS is active or the session is authenticated",
            ),
            CommandBody::StartTLS => {
                tagged(out, &tag, "OK Begin TLS negotiation now");
                return Next::StartTls;
            }
            CommandBody::Login { .. } | CommandBody::Authenticate { .. } if authenticated => {
                tagged(out, &tag, "BAD Already authenticated")
            }
            CommandBody::Login { .. } | CommandBody::Authenticate { .. }
                if !self.plain_login_allowed().await =>
            {
                tagged(
                    out,
                    &tag,
                    "NO [PRIVACYREQUIRED] Passwords are taken over encrypted connections only",
                )
            }
            CommandBody::Login { username, password } => {
                let user = String::from_utf8_lossy(username.as_ref()).into_owned();
                let password = String::from_utf8_lossy(password.declassify().as_ref()).into_owned();
                let credentials = login::MailCredentials::Password { user, password };
                return self.login(&tag, credentials, None, out).await;
            }
            CommandBody::Authenticate {
                mechanism,
                initial_response,
            } => {
                let step = match mechanism {
                    AuthMechanism::Plain => login::SaslStep::Plain,
                    AuthMechanism::OAuthBearer => {
                        login::SaslStep::Bearer(login::BearerMechanism::OAuthBearer)
                    }
                    AuthMechanism::XOAuth2 => {
                        login::SaslStep::Bearer(login::BearerMechanism::XOAuth2)
                    }
                    _ => {
                        tagged(out, &tag, "NO Unsupported authentication mechanism");
                        return Next::Continue;
                    }
                };
                match initial_response {
                    Some(initial) => {
                        let data = initial.declassify().to_vec();
                        return self.sasl(&tag, step, &data, out).await;
                    }
                    None => return Next::Authenticate(tag, step, String::new()),
                }
            }
            // RFC 2971: in every state, so clients can say who they are before logging in.
            CommandBody::Id { .. } => {
                untagged(out, "ID (\"name\" \"Postbay\")");
                tagged(out, &tag, "OK ID completed");
            }
            _ if !authenticated => tagged(out, &tag, "BAD Log in first"),
            CommandBody::Enable { capabilities } => {
                let mut enabled = Vec::new();
                for capability in capabilities.as_ref() {
                    let name = capability.to_string().to_ascii_uppercase();
                    if name == "CONDSTORE" && !self.condstore {
                        self.condstore = true;
                        enabled.push("CONDSTORE");
                    } else if name == "QRESYNC" && !self.qresync {
                        self.qresync = true;
                        self.condstore = true;
                        enabled.push("QRESYNC");
                    } else if name == "IMAP4REV2" && !self.rev2 {
                        self.rev2 = true;
                        enabled.push("IMAP4rev2");
                    }
                }
                untagged(out, format!("ENABLED {}", enabled.join(" ")).trim());
                tagged(out, &tag, "OK ENABLE completed");
            }
            CommandBody::GetQuotaRoot { mailbox } => {
                self.quota(&tag, Some(&mailbox), None, out).await
            }
            CommandBody::GetQuota { root } => {
                let root = String::from_utf8_lossy(root.as_ref()).into_owned();
                self.quota(&tag, None, Some(&root), out).await
            }
            CommandBody::SetQuota { .. } => tagged(
                out,
                &tag,
                "NO [NOPERM] Quotas are set by the administrators",
            ),
            CommandBody::Namespace => {
                untagged(out, "NAMESPACE ((\"\" \"/\")) NIL NIL");
                tagged(out, &tag, "OK NAMESPACE completed");
            }
            CommandBody::List {
                reference,
                mailbox_wildcard,
            } => {
                self.list(&tag, &reference, &mailbox_wildcard, false, out)
                    .await
            }
            CommandBody::Lsub {
                reference,
                mailbox_wildcard,
            } => {
                self.list(&tag, &reference, &mailbox_wildcard, true, out)
                    .await
            }
            CommandBody::Status {
                mailbox,
                item_names,
            } => self.status(&tag, &mailbox, &item_names, out).await,
            CommandBody::Select {
                mailbox,
                parameters,
            } => self.select(&tag, &mailbox, false, &parameters, out).await,
            CommandBody::Examine {
                mailbox,
                parameters,
            } => self.select(&tag, &mailbox, true, &parameters, out).await,
            CommandBody::Create { mailbox } => {
                let special = match std::mem::take(&mut self.extras) {
                    Extras::CreateUse(uses) => match uses.as_slice() {
                        [one] => match special_use_of(one) {
                            Some(u) => Some(u),
                            None => {
                                tagged(out, &tag, "NO [USEATTR] Not a special use this server has");
                                return Next::Continue;
                            }
                        },
                        _ => {
                            tagged(out, &tag, "NO [USEATTR] One special use per folder");
                            return Next::Continue;
                        }
                    },
                    _ => None,
                };
                let outcome = match self.name_of(&mailbox) {
                    Some(name) => {
                        folders::create_with_use(self.pool(), self.account_id(), &name, special)
                            .await
                            .map(|_| ())
                    }
                    None => Err(MailboxError::BadName),
                };
                done(out, &tag, "CREATE", outcome);
            }
            CommandBody::Delete { mailbox } => {
                let outcome = match self.name_of(&mailbox) {
                    Some(name) => folders::delete(self.pool(), self.account_id(), &name).await,
                    None => Err(MailboxError::NoFolder),
                };
                done(out, &tag, "DELETE", outcome);
            }
            CommandBody::Rename { from, to } => {
                let outcome = match (self.name_of(&from), self.name_of(&to)) {
                    (Some(f), Some(t)) => {
                        folders::rename(self.pool(), self.account_id(), &f, &t).await
                    }
                    _ => Err(MailboxError::BadName),
                };
                done(out, &tag, "RENAME", outcome);
            }
            CommandBody::Subscribe { mailbox } => {
                let outcome = match self.name_of(&mailbox) {
                    Some(name) => {
                        folders::subscribe(self.pool(), self.account_id(), &name, true).await
                    }
                    None => Err(MailboxError::NoFolder),
                };
                done(out, &tag, "SUBSCRIBE", outcome);
            }
            CommandBody::Unsubscribe { mailbox } => {
                let outcome = match self.name_of(&mailbox) {
                    Some(name) => {
                        folders::subscribe(self.pool(), self.account_id(), &name, false).await
                    }
                    None => Err(MailboxError::NoFolder),
                };
                done(out, &tag, "UNSUBSCRIBE", outcome);
            }
            CommandBody::Append {
                mailbox,
                flags,
                date,
                message,
            } => {
                let bytes = match message {
                    imap_codec::imap_types::extensions::binary::LiteralOrLiteral8::Literal(l) => {
                        l.into_inner().into_owned()
                    }
                    imap_codec::imap_types::extensions::binary::LiteralOrLiteral8::Literal8(l) => {
                        match crate::binary::without_nul(&l.data) {
                            Some(encoded) => encoded,
                            None => {
                                tagged(
                                    out,
                                    &tag,
                                    "NO [UNKNOWN-CTE] A NUL outside any part's body cannot be stored",
                                );
                                return Next::Continue;
                            }
                        }
                    }
                };
                let date = date.map(|d| d.as_ref().with_timezone(&chrono::Utc));
                self.append(&tag, &mailbox, &flags, date, bytes, out).await;
            }
            CommandBody::Idle => return Next::Idle(tag),
            _ if !selected => tagged(out, &tag, "BAD Select a folder first"),
            CommandBody::Close => {
                // CLOSE removes \Deleted messages silently (no EXPUNGE responses).
                if self.selected().is_some_and(|s| !s.read_only)
                    && let Err(e) = self.expunge_deleted(None).await
                {
                    tracing::warn!(error = %e, "expunging at CLOSE");
                }
                self.state = State::Authenticated;
                tagged(out, &tag, "OK CLOSE completed");
            }
            CommandBody::Unselect => {
                self.state = State::Authenticated;
                tagged(out, &tag, "OK UNSELECT completed");
            }
            CommandBody::Expunge => {
                self.expunge(&tag, None, out).await;
            }
            CommandBody::ExpungeUid { sequence_set } => {
                self.expunge(&tag, Some(&sequence_set), out).await;
            }
            CommandBody::Fetch {
                sequence_set,
                macro_or_item_names,
                uid,
                modifiers,
            } => {
                let request = FetchRequest {
                    set: &sequence_set,
                    names: macro_or_item_names,
                    uid,
                    modifiers: &modifiers,
                };
                self.fetch(&tag, request, out, writer).await
            }
            CommandBody::Store {
                sequence_set,
                kind,
                response,
                flags,
                uid,
                modifiers,
            } => {
                let unchanged_since = modifiers
                    .iter()
                    .map(|StoreModifier::UnchangedSince(n)| *n)
                    .next();
                let store = StoreRequest {
                    kind,
                    response,
                    flags: &flags,
                    uid,
                    unchanged_since,
                };
                self.store(&tag, &sequence_set, store, out).await
            }
            CommandBody::Search {
                charset: Some(charset),
                ..
            } if !["UTF-8", "US-ASCII"]
                .iter()
                .any(|c| c.eq_ignore_ascii_case(charset.as_ref())) =>
            {
                if matches!(&self.extras, Extras::SearchReturn(o) if o.iter().any(|x| x == "SAVE"))
                {
                    self.save_result(Vec::new());
                }
                tagged(
                    out,
                    &tag,
                    "NO [BADCHARSET (UTF-8 US-ASCII)] Search in UTF-8 or US-ASCII",
                )
            }
            CommandBody::Search { criteria, uid, .. } => {
                self.search(&tag, criteria.as_ref(), uid, out).await
            }
            CommandBody::Copy {
                sequence_set,
                mailbox,
                uid,
            } => {
                self.copy(&tag, &sequence_set, &mailbox, uid, false, out)
                    .await
            }
            CommandBody::Move {
                sequence_set,
                mailbox,
                uid,
            } => {
                self.copy(&tag, &sequence_set, &mailbox, uid, true, out)
                    .await
            }
            CommandBody::Thread {
                algorithm,
                search_criteria,
                uid,
                ..
            } => {
                let references = match algorithm {
                    ThreadingAlgorithm::References => true,
                    ThreadingAlgorithm::OrderedSubject => false,
                    ThreadingAlgorithm::Other(_) => {
                        tagged(out, &tag, "NO Unsupported threading algorithm");
                        return Next::Continue;
                    }
                };
                self.thread(&tag, references, search_criteria.as_ref(), uid, out)
                    .await
            }
            CommandBody::Sort {
                sort_criteria,
                search_criteria,
                uid,
                ..
            } => {
                self.sort(
                    &tag,
                    sort_criteria.as_ref(),
                    search_criteria.as_ref(),
                    uid,
                    out,
                )
                .await
            }
            _ => tagged(out, &tag, "BAD Command not supported"),
        }
        Next::Continue
    }

    fn name_of(&self, mailbox: &Mailbox<'_>) -> Option<String> {
        mailbox_name(mailbox, self.rev2)
    }

    fn account_id(&self) -> Uuid {
        self.account.unwrap_or_default()
    }
}

/// How often a session checks that its account is still active.
const ACCOUNT_RECHECK: Duration = Duration::from_secs(60);

fn untagged(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(b"* ");
    out.extend_from_slice(text.as_bytes());
    out.extend_from_slice(b"\r\n");
}

fn tagged(out: &mut Vec<u8>, tag: &Tag<'_>, text: &str) {
    out.extend_from_slice(tag.inner().as_bytes());
    out.push(b' ');
    out.extend_from_slice(text.as_bytes());
    out.extend_from_slice(b"\r\n");
}

fn done(out: &mut Vec<u8>, tag: &Tag<'_>, verb: &str, outcome: Result<(), MailboxError>) {
    match outcome {
        Ok(()) => tagged(out, tag, &format!("OK {verb} completed")),
        Err(e) => failed(out, tag, e),
    }
}

fn failed(out: &mut Vec<u8>, tag: &Tag<'_>, error: MailboxError) {
    let text = match &error {
        MailboxError::NoFolder => "NO [NONEXISTENT] No such folder".to_string(),
        MailboxError::Exists => "NO [ALREADYEXISTS] A folder of that name exists".to_string(),
        MailboxError::BadName => "NO [CANNOT] Not a valid folder name".to_string(),
        MailboxError::TooMany => "NO [LIMIT] Too many folders".to_string(),
        MailboxError::Special => "NO [CANNOT] Special-use folders stay".to_string(),
        MailboxError::HasChildren => "NO [INUSE] The folder has sub-folders".to_string(),
        MailboxError::OverQuota => "NO [OVERQUOTA] The mailbox is full".to_string(),
        MailboxError::NoMessage => "NO [NONEXISTENT] No such message".to_string(),
        MailboxError::UseTaken => "NO [USEATTR] Another folder has that special use".to_string(),
        MailboxError::TooManyKeywords => "NO [LIMIT] The folder has too many keywords".to_string(),
        MailboxError::KeywordTooLong => format!(
            "NO [LIMIT] A keyword may have {} characters at most",
            postbay_mailbox::messages::MAX_KEYWORD_LENGTH
        ),
        MailboxError::NoAccount | MailboxError::NoInbox(_) | MailboxError::Database(_) => {
            // Per-request failures (the database down): one line per window, not per client.
            static FAILURES: postbay_database::LogGate =
                postbay_database::LogGate::new(std::time::Duration::from_secs(10));
            if let Some(held_back) = FAILURES.pass() {
                tracing::error!(error = %error, held_back, "imap command failed");
            }
            "NO [UNAVAILABLE] Temporary failure; try again later".to_string()
        }
    };
    tagged(out, tag, &text);
}
