//! One IMAP connection: reading commands (imap-codec's fragmentizer and command codec),
//! the session states, and each command's handling.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use imap_codec::decode::Decoder;
use imap_codec::fragmentizer::{FragmentInfo, Fragmentizer, LiteralAnnouncement};
use imap_codec::imap_types::IntoStatic;
use imap_codec::imap_types::auth::{AuthMechanism, AuthenticateData};
use imap_codec::imap_types::command::{
    Command, CommandBody, FetchModifier, SelectParameter, StoreModifier,
};
use imap_codec::imap_types::core::{LiteralMode, Tag};
use imap_codec::imap_types::extensions::sort::{SortCriterion, SortKey};
use imap_codec::imap_types::extensions::thread::ThreadingAlgorithm;
use imap_codec::imap_types::fetch::{
    MacroOrMessageDataItemNames, MessageDataItemName, Part, Section,
};
use imap_codec::imap_types::flag::{Flag, StoreResponse, StoreType};
use imap_codec::imap_types::mailbox::{ListMailbox, Mailbox};
use imap_codec::imap_types::search::SearchKey;
use imap_codec::imap_types::sequence::{SeqOrUid, Sequence, SequenceSet};
use imap_codec::imap_types::status::StatusDataItemName;
use imap_codec::{AuthenticateDataCodec, CommandCodec, IdleDoneCodec};
use postbay_core::auth::{self, LoginRequest, MailLoginError};
use postbay_listener::{Admitted, accept_tls, send};
use postbay_mailbox::MailboxError;
use postbay_mailbox::folders::{self, Folder};
use postbay_mailbox::messages::{self, FlagChange, Message, UidRanges};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::{broadcast, watch};
use tokio_rustls::TlsAcceptor;
use uuid::Uuid;

use crate::extended::{self, Extras, SavedSets, SavedUse};
use crate::render::{self, Piece};
use crate::{ImapConfig, ImapKind, ImapShared, mutf7};

/// Messages whose content is read per query when FETCH needs it.
const CONTENT_BATCH: usize = 32;
/// Messages whose content is read per query when SEARCH needs it.
const SEARCH_BATCH: usize = 64;
/// Content bytes read per query at most (beyond a first message larger than this).
const BATCH_BYTES: i64 = 16 * 1024 * 1024;
/// A FETCH response is written out whenever this much has been built.
const FLUSH_AT: usize = 1024 * 1024;
/// Longest LIST pattern, characters.
const MAX_PATTERN: usize = 1024;
/// Largest literal taken before login (a client that has not logged in may not make the
/// server buffer much).
const MAX_LITERAL_BEFORE_LOGIN: u64 = 8 * 1024;

pub(crate) async fn connection(
    client: Admitted,
    kind: ImapKind,
    shared: ImapShared,
    config: Arc<ImapConfig>,
    tls: TlsAcceptor,
) -> std::io::Result<()> {
    let Admitted {
        stream,
        peer,
        local,
        slot,
        shutdown,
    } = client;
    let mut session = Session::new(shared, config, peer, kind == ImapKind::Tls);
    session.local = local;
    let outcome = match kind {
        ImapKind::Tls => {
            let Some(secured) = accept_tls(&tls, stream).await else {
                return Ok(());
            };
            session.run(secured?, shutdown, true).await.map(|_| ())
        }
        ImapKind::Plain => match session.run(stream, shutdown.clone(), true).await {
            Ok(Some(plain)) => {
                let Some(secured) = accept_tls(&tls, plain).await else {
                    return Ok(());
                };
                session.tls = true;
                session.run(secured?, shutdown, false).await.map(|_| ())
            }
            Ok(None) => Ok(()),
            Err(e) => Err(e),
        },
    };
    drop(slot);
    outcome
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
}

enum State {
    NotAuthenticated,
    Authenticated,
    Selected(Box<Selected>),
    Logout,
}

struct Session {
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
}

/// What the connection does after a command.
enum Next {
    Continue,
    Close,
    StartTls,
    /// AUTHENTICATE PLAIN waits for the client's response.
    Authenticate(Tag<'static>),
    Idle(Tag<'static>),
}

/// Whether EXPUNGE responses may be sent after this command (RFC 3501 section 7.4.1).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sync {
    Full,
    NoExpunge,
}

impl Session {
    fn new(shared: ImapShared, config: Arc<ImapConfig>, peer: SocketAddr, tls: bool) -> Self {
        Self {
            shared,
            config,
            peer,
            local: None,
            tls,
            account: None,
            state: State::NotAuthenticated,
            condstore: false,
            qresync: false,
            rev2: false,
            extras: Extras::None,
            checked: std::time::Instant::now(),
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
            "IMAP4rev1 IMAP4rev2 LITERAL+ SASL-IR ID ENABLE IDLE NAMESPACE UIDPLUS MOVE UNSELECT SPECIAL-USE CHILDREN ESEARCH LIST-EXTENDED LIST-STATUS CREATE-SPECIAL-USE CONDSTORE QRESYNC QUOTA QUOTA=RES-STORAGE QUOTA=RES-MESSAGE SORT THREAD=ORDEREDSUBJECT THREAD=REFERENCES BINARY STATUS=SIZE SEARCHRES",
        );
        caps.push_str(&format!(" APPENDLIMIT={}", self.config.max_command));
        if self.account.is_none() {
            if !self.tls {
                caps.push_str(" STARTTLS");
            }
            if self.plain_login_allowed().await {
                caps.push_str(" AUTH=PLAIN");
            } else {
                caps.push_str(" LOGINDISABLED");
            }
        }
        caps
    }

    /// Serves commands until LOGOUT, the client leaves, a timeout, shutdown, or STARTTLS (the
    /// plain stream is handed back for the handshake).
    async fn run<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        mut stream: S,
        mut shutdown: watch::Receiver<bool>,
        greet: bool,
    ) -> std::io::Result<Option<S>> {
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
                let read = tokio::select! {
                    read = tokio::time::timeout(self.config.idle_timeout, stream.read(&mut buf)) => read,
                    _ = shutdown.changed() => {
                        let _ = send(&mut stream, b"* BYE The server is shutting down\r\n").await;
                        return Ok(None);
                    }
                    _ = self.changed(), if matches!(waiting, Some(Next::Idle(_))) => {
                        if !self.still_allowed().await {
                            let _ = send(&mut stream, b"* BYE [UNAVAILABLE] The account may not be used now\r\n").await;
                            return Ok(None);
                        }
                        let mut out = Vec::new();
                        self.sync(&mut out, Sync::Full).await;
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
                Some(Next::Authenticate(tag)) => {
                    let data = match fragments.decode_message(&AuthenticateDataCodec::new()) {
                        Ok(AuthenticateData::Continue(d)) => Some(d.declassify().to_vec()),
                        _ => None,
                    };
                    match data {
                        Some(d) => self.plain(&tag, &d, &mut out).await,
                        None => tagged(&mut out, &tag, "BAD Authentication cancelled"),
                    }
                    Next::Continue
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
                            self.command(command, &mut out, &mut stream).await
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
                Next::Authenticate(tag) => {
                    send(&mut stream, b"+ \r\n").await?;
                    waiting = Some(Next::Authenticate(tag));
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
                Ok(id) if id == folder => {
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
                self.login(&tag, user, password, out).await;
            }
            CommandBody::Authenticate {
                mechanism,
                initial_response,
            } => {
                if mechanism != AuthMechanism::Plain {
                    tagged(out, &tag, "NO Unsupported authentication mechanism");
                } else if let Some(initial) = initial_response {
                    let data = initial.declassify().to_vec();
                    self.plain(&tag, &data, out).await;
                } else {
                    return Next::Authenticate(tag);
                }
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
            CommandBody::Id { .. } => {
                untagged(out, "ID (\"name\" \"Postbay\")");
                tagged(out, &tag, "OK ID completed");
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
                        l.data.into_owned()
                    }
                };
                let date = date.map(|d| d.as_ref().with_timezone(&chrono::Utc));
                self.append(&tag, &mailbox, &flags, date, &bytes, out).await;
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

    /// The command with SEARCHRES's `$` replaced by the saved result, when it names one.
    fn replace_saved(&self, command: &[u8]) -> Option<SavedUse> {
        let selected = self.selected()?;
        if !command.contains(&b'$') {
            return None;
        }
        let mut numbers: Vec<i64> = selected
            .saved
            .iter()
            .filter_map(|u| selected.uids.binary_search(u).ok())
            .map(|i| i as i64 + 1)
            .collect();
        numbers.sort_unstable();
        let uids: Vec<i64> = selected
            .saved
            .iter()
            .copied()
            .filter(|u| selected.uids.binary_search(u).is_ok())
            .collect();
        let (uids, numbers) = (uid_set(&uids), uid_set(&numbers));
        let sets = SavedSets {
            uids: (!uids.is_empty()).then_some(uids.as_str()),
            numbers: (!numbers.is_empty()).then_some(numbers.as_str()),
        };
        extended::replace_saved(command, &sets)
    }

    /// Keeps a search result for `$` (uids, in order).
    fn save_result(&mut self, mut uids: Vec<i64>) {
        if let State::Selected(selected) = &mut self.state {
            uids.sort_unstable();
            selected.saved = uids;
        }
    }

    fn name_of(&self, mailbox: &Mailbox<'_>) -> Option<String> {
        mailbox_name(mailbox, self.rev2)
    }

    fn account_id(&self) -> Uuid {
        self.account.unwrap_or_default()
    }

    async fn plain(&mut self, tag: &Tag<'_>, data: &[u8], out: &mut Vec<u8>) {
        let parts: Vec<&[u8]> = data.split(|&b| b == 0).collect();
        let [authzid, user, password] = parts.as_slice() else {
            return tagged(out, tag, "BAD Malformed PLAIN response");
        };
        if !authzid.is_empty() && authzid != user {
            return tagged(
                out,
                tag,
                "NO [AUTHORIZATIONFAILED] Acting for another user is not allowed",
            );
        }
        let user = String::from_utf8_lossy(user).into_owned();
        let password = String::from_utf8_lossy(password).into_owned();
        self.login(tag, user, password, out).await;
    }

    async fn login(&mut self, tag: &Tag<'_>, user: String, password: String, out: &mut Vec<u8>) {
        let request = LoginRequest {
            user_name: user,
            password,
        };
        let address = self.peer.ip().to_string();
        match auth::mail_login(self.pool(), &request, &address, self.local).await {
            Ok(account) => {
                if let Err(e) = folders::ensure_special(self.pool(), account.id.0).await {
                    tracing::error!(error = %e, "making special-use folders");
                    return tagged(
                        out,
                        tag,
                        "NO [UNAVAILABLE] Temporary failure; try again later",
                    );
                }
                self.account = Some(account.id.0);
                self.state = State::Authenticated;
                let caps = self.capabilities().await;
                tagged(out, tag, &format!("OK [CAPABILITY {caps}] Logged in"));
            }
            Err(MailLoginError::Invalid) => tagged(
                out,
                tag,
                "NO [AUTHENTICATIONFAILED] Wrong user name or password",
            ),
            Err(MailLoginError::LockedOut) => tagged(
                out,
                tag,
                "NO [UNAVAILABLE] Too many failed logins from your address; try again later",
            ),
            Err(MailLoginError::Suspended) => {
                tagged(out, tag, "NO [UNAVAILABLE] The account is suspended")
            }
            Err(MailLoginError::Disabled) => {
                tagged(out, tag, "NO [CONTACTADMIN] The account is disabled")
            }
            Err(MailLoginError::Failed(e)) => {
                tracing::error!(error = %e, "checking an IMAP login");
                tagged(
                    out,
                    tag,
                    "NO [UNAVAILABLE] Temporary failure; try again later",
                );
            }
        }
    }

    async fn folder(&self, mailbox: &Mailbox<'_>) -> Result<Folder, MailboxError> {
        let name = self.name_of(mailbox).ok_or(MailboxError::NoFolder)?;
        folders::by_name(self.pool(), self.account_id(), &name)
            .await?
            .ok_or(MailboxError::NoFolder)
    }

    async fn list(
        &mut self,
        tag: &Tag<'_>,
        reference: &Mailbox<'_>,
        pattern: &ListMailbox<'_>,
        subscribed_only: bool,
        out: &mut Vec<u8>,
    ) {
        let reference = self.name_of(reference).unwrap_or_default();
        let pattern = match pattern {
            ListMailbox::Token(t) => String::from_utf8_lossy(t.as_ref()).into_owned(),
            ListMailbox::String(s) => String::from_utf8_lossy(s.as_ref()).into_owned(),
        };
        let verb = if subscribed_only { "LSUB" } else { "LIST" };
        let (selection, returns, status_items) = match std::mem::take(&mut self.extras) {
            Extras::List {
                selection,
                returns,
                status,
            } => (selection, returns, status),
            _ => (Vec::new(), Vec::new(), Vec::new()),
        };
        let only_subscribed = subscribed_only || selection.iter().any(|s| s == "SUBSCRIBED");
        let only_special = selection.iter().any(|s| s == "SPECIAL-USE");
        let show_subscribed = returns.iter().any(|r| r == "SUBSCRIBED")
            || selection.iter().any(|s| s == "SUBSCRIBED");
        if pattern.is_empty() {
            untagged(out, &format!("{verb} (\\Noselect) \"/\" \"\""));
            return tagged(out, tag, &format!("OK {verb} completed"));
        }
        let joined = format!("{reference}{pattern}");
        let decoded = if self.rev2 {
            Some(joined)
        } else {
            mutf7::decode(&joined)
        };
        let Some(pattern) = decoded else {
            return tagged(out, tag, "BAD Not a valid folder name");
        };
        if pattern.chars().count() > MAX_PATTERN {
            return tagged(out, tag, "BAD Pattern too long");
        }
        let list = match folders::list(self.pool(), self.account_id()).await {
            Ok(l) => l,
            Err(e) => return failed(out, tag, e),
        };
        let names: HashSet<&str> = list.iter().map(|f| f.name.as_str()).collect();
        for folder in &list {
            let shown = if folder.special_use.as_deref() == Some("inbox") {
                "INBOX"
            } else {
                folder.name.as_str()
            };
            if !wildcard(&pattern, shown)
                || (only_subscribed && !folder.subscribed)
                || (only_special && folder.special_use.as_deref().is_none_or(|u| u == "inbox"))
            {
                continue;
            }
            let children = names.iter().any(|n| {
                n.len() > shown.len() + 1
                    && n.starts_with(shown)
                    && n[shown.len()..].starts_with('/')
            });
            let mut attrs = vec![if children {
                "\\HasChildren"
            } else {
                "\\HasNoChildren"
            }];
            attrs.extend(use_attribute(folder.special_use.as_deref()));
            if show_subscribed && folder.subscribed && !subscribed_only {
                attrs.push("\\Subscribed");
            }
            let mut line = format!("* {verb} ({}) \"/\" ", attrs.join(" ")).into_bytes();
            render::string(&mut line, wire_name(folder, self.rev2).as_bytes());
            line.extend_from_slice(b"\r\n");
            out.extend_from_slice(&line);
            if !status_items.is_empty()
                && let Err(e) =
                    status_line(out, self.pool(), folder, &status_items, self.rev2).await
            {
                return failed(out, tag, e);
            }
        }
        tagged(out, tag, &format!("OK {verb} completed"));
    }

    async fn status(
        &mut self,
        tag: &Tag<'_>,
        mailbox: &Mailbox<'_>,
        items: &[StatusDataItemName],
        out: &mut Vec<u8>,
    ) {
        let folder = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let names: Vec<String> = items
            .iter()
            .filter_map(|item| {
                Some(match item {
                    StatusDataItemName::Messages => "MESSAGES",
                    StatusDataItemName::Recent => "RECENT",
                    StatusDataItemName::UidNext => "UIDNEXT",
                    StatusDataItemName::UidValidity => "UIDVALIDITY",
                    StatusDataItemName::Unseen => "UNSEEN",
                    StatusDataItemName::Deleted => "DELETED",
                    StatusDataItemName::Size => "SIZE",
                    StatusDataItemName::HighestModSeq => "HIGHESTMODSEQ",
                    _ => return None,
                })
            })
            .map(str::to_string)
            .collect();
        if let Err(e) = status_line(out, self.pool(), &folder, &names, self.rev2).await {
            return failed(out, tag, e);
        }
        tagged(out, tag, "OK STATUS completed");
    }

    async fn select(
        &mut self,
        tag: &Tag<'_>,
        mailbox: &Mailbox<'_>,
        read_only: bool,
        parameters: &[SelectParameter],
        out: &mut Vec<u8>,
    ) {
        if matches!(self.state, State::Selected(_)) && (self.qresync || self.rev2) {
            // RFC 7162 section 3.2.11, RFC 9051 section 6.3.2.
            untagged(out, "OK [CLOSED] Previous folder closed");
        }
        self.state = State::Authenticated;
        let mut resync = None;
        for parameter in parameters {
            match parameter {
                SelectParameter::CondStore => self.condstore = true,
                SelectParameter::QResync { .. } if !self.qresync => {
                    return tagged(out, tag, "BAD Enable QRESYNC first");
                }
                SelectParameter::QResync {
                    uid_validity,
                    mod_sequence_value,
                    known_uids,
                    ..
                } => resync = Some((*uid_validity, *mod_sequence_value, known_uids.clone())),
            }
        }
        let folder = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let changes = self.shared.changes.subscribe();
        let uids = match messages::existing_uids(self.pool(), folder.id).await {
            Ok(u) => u,
            Err(e) => return failed(out, tag, e),
        };
        out.extend_from_slice(b"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n");
        if read_only {
            out.extend_from_slice(b"* OK [PERMANENTFLAGS ()] Read-only\r\n");
        } else {
            out.extend_from_slice(
                b"* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags\r\n",
            );
        }
        untagged(out, &format!("{} EXISTS", uids.len()));
        if self.rev2 {
            // RFC 9051 section 6.3.2: the folder's LIST response; RECENT is gone.
            let attrs = use_attribute(folder.special_use.as_deref()).unwrap_or_default();
            let mut line = format!("* LIST ({attrs}) \"/\" ").into_bytes();
            render::string(&mut line, wire_name(&folder, true).as_bytes());
            line.extend_from_slice(b"\r\n");
            out.extend_from_slice(&line);
        } else {
            untagged(out, "0 RECENT");
        }
        untagged(
            out,
            &format!("OK [UIDVALIDITY {}] UIDs valid", folder.uid_validity),
        );
        untagged(
            out,
            &format!("OK [UIDNEXT {}] Predicted next UID", folder.uid_next),
        );
        if self.condstore {
            untagged(
                out,
                &format!("OK [HIGHESTMODSEQ {}] Highest", folder.highest_modseq),
            );
        }
        let modseq = folder.highest_modseq;
        let verb = if read_only { "EXAMINE" } else { "SELECT" };
        self.state = State::Selected(Box::new(Selected {
            folder,
            read_only,
            uids,
            modseq,
            expunged_to: modseq,
            changes,
            dirty: false,
            saved: Vec::new(),
        }));
        if let Some((validity, since, known)) = resync
            && i64::from(validity.get()) == self.selected().map_or(0, |s| s.folder.uid_validity)
        {
            let since = i64::try_from(since.get()).unwrap_or(i64::MAX);
            if let Err(e) = self.resync(since, known.as_ref(), out).await {
                return failed(out, tag, e);
            }
        }
        let mode = if read_only { "READ-ONLY" } else { "READ-WRITE" };
        tagged(out, tag, &format!("OK [{mode}] {verb} completed"));
    }

    /// QRESYNC at SELECT: what vanished and what changed since the client's modseq.
    async fn resync(
        &mut self,
        since: i64,
        known: Option<&SequenceSet>,
        out: &mut Vec<u8>,
    ) -> Result<(), MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(());
        };
        let folder = selected.folder.id;
        let largest = selected.folder.uid_next;
        let mut gone = messages::expunged_since(self.pool(), folder, since).await?;
        if let Some(known) = known {
            gone = gone.intersect(&set_ranges(known, largest));
        }
        if !gone.is_empty() {
            untagged(out, &format!("VANISHED (EARLIER) {gone}"));
        }
        let changed = messages::changed_since(self.pool(), folder, since).await?;
        let Some(selected) = self.selected() else {
            return Ok(());
        };
        for m in &changed {
            if let Ok(index) = selected.uids.binary_search(&m.uid) {
                untagged(
                    out,
                    &format!(
                        "{} FETCH (UID {} FLAGS ({}) MODSEQ ({}))",
                        index + 1,
                        m.uid,
                        m.flags.join(" "),
                        m.modseq
                    ),
                );
            }
        }
        Ok(())
    }

    /// Reports what changed in the selected folder since the last report.
    async fn sync(&mut self, out: &mut Vec<u8>, mode: Sync) {
        let State::Selected(selected) = &mut self.state else {
            return;
        };
        // Drain notifications already queued; any change is found by modseq anyway.
        while let Ok(id) = selected.changes.try_recv() {
            if id == selected.folder.id {
                selected.dirty = true;
            }
        }
        let pool = &self.shared.pool;
        let current = folders::highest_modseq(pool, selected.folder.id)
            .await
            .ok()
            .flatten();
        let Some(current) = current else { return };
        let flags_due = current > selected.modseq;
        let expunges_due = mode == Sync::Full && current > selected.expunged_to;
        if !flags_due && !expunges_due {
            selected.dirty = false;
            return;
        }
        if expunges_due {
            let gone = messages::expunged_since(pool, selected.folder.id, selected.expunged_to)
                .await
                .unwrap_or_default();
            let mut vanished = Vec::new();
            let mut removed: HashSet<i64> = HashSet::new();
            // Sequence numbers as each EXPUNGE is sent: earlier removals shift later ones.
            for (index, &uid) in selected.uids.iter().enumerate() {
                if gone.contains(uid) {
                    let seq = index + 1 - removed.len();
                    removed.insert(uid);
                    if self.qresync {
                        vanished.push(uid);
                    } else {
                        untagged(out, &format!("{seq} EXPUNGE"));
                    }
                }
            }
            if !removed.is_empty() {
                selected.uids.retain(|u| !removed.contains(u));
            }
            if !vanished.is_empty() {
                untagged(out, &format!("VANISHED {}", uid_set(&vanished)));
            }
            selected.expunged_to = current;
        }
        if !flags_due {
            selected.dirty = false;
            return;
        }
        let changed = messages::changed_since(pool, selected.folder.id, selected.modseq)
            .await
            .unwrap_or_default();
        let last = selected.uids.last().copied().unwrap_or(0);
        let mut added = false;
        for m in &changed {
            if m.uid > last {
                selected.uids.push(m.uid);
                added = true;
            }
        }
        if added {
            untagged(out, &format!("{} EXISTS", selected.uids.len()));
        }
        for m in &changed {
            if m.uid <= last
                && let Ok(index) = selected.uids.binary_search(&m.uid)
            {
                let modseq = if self.condstore {
                    format!(" MODSEQ ({})", m.modseq)
                } else {
                    String::new()
                };
                out.extend_from_slice(
                    format!(
                        "* {} FETCH (UID {} FLAGS ({}){modseq})\r\n",
                        index + 1,
                        m.uid,
                        m.flags.join(" ")
                    )
                    .as_bytes(),
                );
            }
        }
        selected.modseq = current;
        selected.dirty = false;
    }

    /// This session changed flags at `modseq` and reports them itself: when nothing else
    /// happened in the folder since the last report (each change takes the next modseq), the
    /// next sync need not report them again.
    fn reported_own_change(&mut self, modseq: i64) {
        if let State::Selected(selected) = &mut self.state
            && modseq == selected.modseq + 1
        {
            selected.modseq = modseq;
        }
    }

    /// The (sequence number, uid) pairs a set names in the selected folder.
    fn resolve(&self, set: &SequenceSet, uid: bool) -> Result<Vec<(usize, i64)>, &'static str> {
        let State::Selected(selected) = &self.state else {
            return Ok(Vec::new());
        };
        let uids = &selected.uids;
        // Index ranges [lo, hi), merged before anything is expanded: a set of a million
        // overlapping ranges costs a sort, not a million copies of the folder.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for sequence in set.0.as_ref() {
            let (a, b) = match sequence {
                Sequence::Single(x) => (*x, *x),
                Sequence::Range(x, y) => (*x, *y),
            };
            if uid {
                let value = |v: SeqOrUid| match v {
                    SeqOrUid::Value(n) => i64::from(n.get()),
                    SeqOrUid::Asterisk => uids.last().copied().unwrap_or(0),
                };
                let (x, y) = (value(a), value(b));
                let (lo, hi) = (x.min(y), x.max(y));
                let start = uids.partition_point(|&u| u < lo);
                let end = uids.partition_point(|&u| u <= hi);
                if start < end {
                    ranges.push((start, end));
                }
            } else {
                if uids.is_empty() {
                    return Err("BAD No messages");
                }
                let value = |v: SeqOrUid| match v {
                    SeqOrUid::Value(n) => n.get() as usize,
                    SeqOrUid::Asterisk => uids.len(),
                };
                let (x, y) = (value(a), value(b));
                let (lo, hi) = (x.min(y), x.max(y));
                if hi > uids.len() {
                    return Err("BAD Invalid message sequence number");
                }
                ranges.push((lo - 1, hi));
            }
        }
        ranges.sort_unstable();
        let mut picked: Vec<(usize, i64)> = Vec::new();
        let mut covered = 0;
        for (lo, hi) in ranges {
            let from = lo.max(covered);
            if from < hi {
                picked.extend(
                    uids[from..hi]
                        .iter()
                        .enumerate()
                        .map(|(k, u)| (from + k + 1, *u)),
                );
            }
            covered = covered.max(hi);
        }
        Ok(picked)
    }

    fn selected(&self) -> Option<&Selected> {
        match &self.state {
            State::Selected(s) => Some(s),
            _ => None,
        }
    }

    async fn rows(&self, pairs: &[(usize, i64)]) -> Result<Vec<(usize, Message)>, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(Vec::new());
        };
        let (Some(first), Some(last)) = (pairs.first(), pairs.last()) else {
            return Ok(Vec::new());
        };
        // A contiguous run of uids (`1:*`, most ranges) is read by range, not by a list.
        let contiguous = selected
            .uids
            .binary_search(&first.1)
            .ok()
            .map(|i| i + pairs.len() - 1)
            == selected.uids.binary_search(&last.1).ok();
        let rows: Vec<Message> = if contiguous {
            messages::by_uid_range(self.pool(), selected.folder.id, first.1, last.1).await?
        } else {
            let uids: Vec<i64> = pairs.iter().map(|(_, u)| *u).collect();
            messages::by_uids(self.pool(), selected.folder.id, &uids).await?
        };
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            if let Ok(i) = pairs.binary_search_by_key(&row.uid, |(_, u)| *u) {
                out.push((pairs[i].0, row));
            }
        }
        Ok(out)
    }

    /// The contents of some messages, one query.
    async fn contents(
        &self,
        rows: &[(usize, Message)],
    ) -> Result<HashMap<Uuid, Vec<u8>>, MailboxError> {
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.content_id).collect();
        messages::contents(self.pool(), &ids).await
    }

    async fn fetch<W: AsyncWrite + Unpin>(
        &mut self,
        tag: &Tag<'_>,
        request: FetchRequest<'_, '_>,
        out: &mut Vec<u8>,
        writer: &mut W,
    ) {
        let FetchRequest {
            set,
            names,
            uid,
            modifiers,
        } = request;
        let changed_since = modifiers.iter().find_map(|m| match m {
            FetchModifier::ChangedSince(n) => Some(i64::try_from(n.get()).unwrap_or(i64::MAX)),
            FetchModifier::Vanished => None,
        });
        let vanished = modifiers
            .iter()
            .any(|m| matches!(m, FetchModifier::Vanished));
        if vanished && (!uid || !self.qresync || changed_since.is_none()) {
            return tagged(
                out,
                tag,
                "BAD VANISHED needs UID FETCH, QRESYNC and CHANGEDSINCE",
            );
        }
        if changed_since.is_some() {
            self.condstore = true;
        }
        let pairs = match self.resolve(set, uid) {
            Ok(p) => p,
            Err(e) => return tagged(out, tag, e),
        };
        let mut items: Vec<MessageDataItemName<'_>> = match &names {
            MacroOrMessageDataItemNames::Macro(m) => {
                m.expand().into_iter().map(|i| i.into_static()).collect()
            }
            MacroOrMessageDataItemNames::MessageDataItemNames(list) => list.clone(),
        };
        if uid && !items.iter().any(|i| matches!(i, MessageDataItemName::Uid)) {
            items.insert(0, MessageDataItemName::Uid);
        }
        // An item asked for twice is answered once.
        let mut seen = HashSet::new();
        items.retain(|i| seen.insert(i.clone()));
        if items
            .iter()
            .any(|i| matches!(i, MessageDataItemName::ModSeq))
        {
            self.condstore = true;
        }
        if self.condstore
            && !items
                .iter()
                .any(|i| matches!(i, MessageDataItemName::ModSeq))
        {
            // RFC 7162 section 3.1.4.1: with CONDSTORE in use, FETCH FLAGS carries MODSEQ.
            if changed_since.is_some()
                || items
                    .iter()
                    .any(|i| matches!(i, MessageDataItemName::Flags))
            {
                items.push(MessageDataItemName::ModSeq);
            }
        }
        if vanished && let (Some(since), Some(selected)) = (changed_since, self.selected()) {
            let largest = selected.folder.uid_next;
            let gone = messages::expunged_since(self.pool(), selected.folder.id, since)
                .await
                .unwrap_or_default()
                .intersect(&set_ranges(set, largest));
            if !gone.is_empty() {
                untagged(out, &format!("VANISHED (EARLIER) {gone}"));
            }
        }
        let read_only = self.selected().is_none_or(|s| s.read_only);
        let sets_seen = !read_only
            && items.iter().any(|i| {
                matches!(
                    i,
                    MessageDataItemName::BodyExt { peek: false, .. }
                        | MessageDataItemName::Binary { peek: false, .. }
                        | MessageDataItemName::Rfc822
                        | MessageDataItemName::Rfc822Text
                )
            });
        let needs_content = items.iter().any(|i| {
            matches!(
                i,
                MessageDataItemName::BodyExt { .. }
                    | MessageDataItemName::Binary { .. }
                    | MessageDataItemName::BinarySize { .. }
                    | MessageDataItemName::Body
                    | MessageDataItemName::BodyStructure
                    | MessageDataItemName::Envelope
                    | MessageDataItemName::Rfc822
                    | MessageDataItemName::Rfc822Header
                    | MessageDataItemName::Rfc822Text
            )
        });
        let mut rows = match self.rows(&pairs).await {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        // Messages in this session's view whose rows are gone were expunged meanwhile.
        let mut gone = rows.len() < pairs.len();
        if let Some(since) = changed_since {
            rows.retain(|(_, m)| m.modseq > since);
        }
        if sets_seen {
            let unseen: Vec<Uuid> = rows
                .iter()
                .filter(|(_, m)| !m.flags.iter().any(|f| f == "\\Seen"))
                .map(|(_, m)| m.id)
                .collect();
            if !unseen.is_empty()
                && let Some(folder) = self.selected().map(|s| s.folder.id)
                && let Ok(updated) = messages::store_flags(
                    self.pool(),
                    folder,
                    &unseen,
                    FlagChange::Add,
                    &["\\Seen".to_string()],
                    None,
                )
                .await
            {
                let mut own = None;
                let updated: HashMap<Uuid, &Message> = updated.iter().map(|u| (u.id, u)).collect();
                for (_, row) in &mut rows {
                    if let Some(u) = updated.get(&row.id) {
                        if u.modseq != row.modseq {
                            own = own.max(Some(u.modseq));
                        }
                        row.flags = u.flags.clone();
                        row.modseq = u.modseq;
                    }
                }
                if let Some(modseq) = own {
                    self.reported_own_change(modseq);
                }
            }
        }
        for chunk in batches(&rows, CONTENT_BATCH, needs_content) {
            let contents = if needs_content {
                match self.contents(chunk).await {
                    Ok(c) => c,
                    Err(e) => return failed(out, tag, e),
                }
            } else {
                HashMap::new()
            };
            for (seq, message) in chunk {
                let content = contents.get(&message.content_id).map(Vec::as_slice);
                if needs_content && content.is_none() {
                    // Expunged by another session meanwhile, content and all (RFC 2180 4.1.2).
                    gone = true;
                    continue;
                }
                fetch_one(out, *seq, message, content, &items, sets_seen);
            }
            if out.len() >= FLUSH_AT && send(writer, out).await.is_ok() {
                out.clear();
            }
        }
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        if gone {
            tagged(
                out,
                tag,
                "NO [EXPUNGEISSUED] Some messages were expunged meanwhile",
            );
        } else {
            tagged(out, tag, "OK FETCH completed");
        }
    }

    async fn store(
        &mut self,
        tag: &Tag<'_>,
        set: &SequenceSet,
        request: StoreRequest<'_, '_>,
        out: &mut Vec<u8>,
    ) {
        let StoreRequest {
            kind,
            response,
            flags,
            uid,
            unchanged_since,
        } = request;
        if unchanged_since.is_some() {
            self.condstore = true;
        }
        if self.selected().is_some_and(|s| s.read_only) {
            return tagged(out, tag, "NO The folder is read-only");
        }
        let pairs = match self.resolve(set, uid) {
            Ok(p) => p,
            Err(e) => return tagged(out, tag, e),
        };
        let rows = match self.rows(&pairs).await {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.id).collect();
        let flags: Vec<String> = flags.iter().map(ToString::to_string).collect();
        let change = match kind {
            StoreType::Add => FlagChange::Add,
            StoreType::Remove => FlagChange::Remove,
            StoreType::Replace => FlagChange::Replace,
        };
        let Some(folder) = self.selected().map(|s| s.folder.id) else {
            return;
        };
        let limit = unchanged_since.map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        // RFC 7162 section 3.1.3: copies modified after UNCHANGEDSINCE are left alone and named.
        let modified: Vec<(usize, i64)> = match limit {
            Some(n) => rows
                .iter()
                .filter(|(_, m)| m.modseq > n)
                .map(|(seq, m)| (*seq, m.uid))
                .collect(),
            None => Vec::new(),
        };
        let updated =
            match messages::store_flags(self.pool(), folder, &ids, change, &flags, limit).await {
                Ok(u) => u,
                Err(e) => return failed(out, tag, e),
            };
        let updated: HashMap<Uuid, &Message> = updated.iter().map(|u| (u.id, u)).collect();
        if let Some(modseq) = rows
            .iter()
            .filter_map(|(_, r)| updated.get(&r.id).filter(|u| u.modseq != r.modseq))
            .map(|u| u.modseq)
            .max()
        {
            self.reported_own_change(modseq);
        }
        for (seq, row) in &rows {
            let Some(u) = updated.get(&row.id) else {
                continue;
            };
            let changed = u.modseq != row.modseq;
            // .SILENT still reports a MODSEQ change under CONDSTORE (RFC 7162 section 3.2).
            if response == StoreResponse::Silent && !(self.condstore && changed) {
                continue;
            }
            let uid_part = if uid {
                format!("UID {} ", u.uid)
            } else {
                String::new()
            };
            let modseq = if self.condstore {
                format!(" MODSEQ ({})", u.modseq)
            } else {
                String::new()
            };
            let flags = if response == StoreResponse::Silent {
                String::new()
            } else {
                format!("FLAGS ({})", u.flags.join(" "))
            };
            let body = format!("{uid_part}{flags}{modseq}");
            out.extend_from_slice(format!("* {seq} FETCH ({})\r\n", body.trim()).as_bytes());
        }
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        if modified.is_empty() {
            tagged(out, tag, "OK STORE completed");
        } else {
            let list: Vec<i64> = modified
                .iter()
                .map(|(seq, u)| if uid { *u } else { *seq as i64 })
                .collect();
            tagged(
                out,
                tag,
                &format!("OK [MODIFIED {}] Conditional STORE failed", uid_set(&list)),
            );
        }
    }

    /// The messages of the selected folder that match every key, in sequence order.
    async fn matching(
        &self,
        criteria: &[SearchKey<'_>],
    ) -> Result<Vec<(usize, Message)>, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(Vec::new());
        };
        let all: Vec<(usize, i64)> = selected
            .uids
            .iter()
            .enumerate()
            .map(|(i, u)| (i + 1, *u))
            .collect();
        let rows = self.rows(&all).await?;
        let needs_content = criteria.iter().any(needs_text);
        let needs_subject = criteria.iter().any(mentions_subject);
        let mut hits = Vec::new();
        for chunk in batches(&rows, SEARCH_BATCH, needs_content) {
            let subjects: HashMap<Uuid, String> = if needs_subject {
                self.summaries(chunk)
                    .await?
                    .into_iter()
                    .filter_map(|(id, s)| s.subject.map(|s| (id, s)))
                    .collect()
            } else {
                HashMap::new()
            };
            let contents = if needs_content {
                self.contents(chunk).await?
            } else {
                HashMap::new()
            };
            for (seq, row) in chunk {
                let content = contents.get(&row.content_id).map(Vec::as_slice);
                let parsed = content.and_then(|c| mail_parser::MessageParser::default().parse(c));
                let ctx = Candidate {
                    seq: *seq,
                    row,
                    all: &all,
                    raw: content,
                    parsed: parsed.as_ref(),
                    subject: subjects.get(&row.content_id).map(String::as_str),
                };
                if criteria.iter().all(|k| matches(k, &ctx)) {
                    hits.push((*seq, row.clone()));
                }
            }
        }
        Ok(hits)
    }

    /// SORT (RFC 5256): the matching messages ordered by the criteria, ties by sequence.
    async fn sort(
        &mut self,
        tag: &Tag<'_>,
        criteria: &[SortCriterion],
        search: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let found = match self.matching(search).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let mut summaries = HashMap::new();
        for chunk in found.chunks(SEARCH_BATCH) {
            match self.summaries(chunk).await {
                Ok(s) => summaries.extend(s),
                Err(e) => return failed(out, tag, e),
            }
        }
        let empty = Summary::default();
        let key = |m: &Message, k: &SortKey| -> SortValue {
            let s = summaries.get(&m.content_id).unwrap_or(&empty);
            let first = |list: &[String]| {
                list.first()
                    .map(|a| a.split('@').next().unwrap_or("").to_lowercase())
                    .unwrap_or_default()
            };
            match k {
                SortKey::Arrival => SortValue::Number(m.internal_date.timestamp()),
                SortKey::Date => SortValue::Number(
                    s.date
                        .as_deref()
                        .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
                        .map_or(m.internal_date.timestamp(), |d| d.timestamp()),
                ),
                SortKey::Size => SortValue::Number(m.size),
                SortKey::Subject => {
                    SortValue::Text(base_subject(s.subject.as_deref().unwrap_or("")))
                }
                SortKey::From | SortKey::DisplayFrom => SortValue::Text(first(&s.from)),
                SortKey::To | SortKey::DisplayTo => SortValue::Text(first(&s.to)),
                SortKey::Cc => SortValue::Text(first(&s.cc)),
            }
        };
        let mut ordered = found;
        ordered.sort_by(|(sa, a), (sb, b)| {
            for c in criteria {
                let order = key(a, &c.key).cmp(&key(b, &c.key));
                let order = if c.reverse { order.reverse() } else { order };
                if order != std::cmp::Ordering::Equal {
                    return order;
                }
            }
            sa.cmp(sb)
        });
        let list: Vec<String> = ordered
            .iter()
            .map(|(seq, m)| {
                if uid {
                    m.uid.to_string()
                } else {
                    seq.to_string()
                }
            })
            .collect();
        untagged(out, format!("SORT {}", list.join(" ")).trim_end());
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK SORT completed");
    }

    /// THREAD (RFC 5256): ORDEREDSUBJECT groups by base subject; REFERENCES links each
    /// message to the nearest of its References / In-Reply-To found among the results.
    async fn thread(
        &mut self,
        tag: &Tag<'_>,
        references: bool,
        search: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let found = match self.matching(search).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let mut nodes: Vec<ThreadNode> = Vec::with_capacity(found.len());
        for chunk in found.chunks(SEARCH_BATCH) {
            let summaries = match self.summaries(chunk).await {
                Ok(s) => s,
                Err(e) => return failed(out, tag, e),
            };
            let contents = if references {
                match self.contents(chunk).await {
                    Ok(c) => c,
                    Err(e) => return failed(out, tag, e),
                }
            } else {
                HashMap::new()
            };
            for (seq, m) in chunk {
                let summary = summaries.get(&m.content_id);
                let date = summary
                    .and_then(|s| s.date.as_deref())
                    .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
                    .map_or(m.internal_date.timestamp(), |d| d.timestamp());
                let (message_id, parents) = match contents.get(&m.content_id) {
                    Some(raw) => {
                        let fields = header_fields(raw);
                        let value = |name: &str| {
                            fields
                                .iter()
                                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                                .map(|(_, v)| v.clone())
                                .collect::<Vec<_>>()
                                .join(" ")
                        };
                        let mut parents = message_ids(&value("References"));
                        if parents.is_empty() {
                            parents = message_ids(&value("In-Reply-To"));
                        }
                        (
                            message_ids(&value("Message-ID")).into_iter().next(),
                            parents,
                        )
                    }
                    None => (None, Vec::new()),
                };
                nodes.push(ThreadNode {
                    number: if uid { m.uid } else { *seq as i64 },
                    date,
                    subject: base_subject(summary.and_then(|s| s.subject.as_deref()).unwrap_or("")),
                    message_id,
                    parents,
                });
            }
        }
        let threads = if references {
            thread_by_references(&nodes)
        } else {
            thread_by_subject(&nodes)
        };
        untagged(out, format!("THREAD {threads}").trim_end());
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK THREAD completed");
    }

    /// QUOTA (RFC 9208): one quota root, "", for the whole account.
    async fn quota(
        &mut self,
        tag: &Tag<'_>,
        root_of: Option<&Mailbox<'_>>,
        root: Option<&str>,
        out: &mut Vec<u8>,
    ) {
        if let Some(mailbox) = root_of {
            match self.folder(mailbox).await {
                Ok(folder) => {
                    let mut line = b"* QUOTAROOT ".to_vec();
                    render::string(&mut line, wire_name(&folder, self.rev2).as_bytes());
                    line.extend_from_slice(b" \"\"\r\n");
                    out.extend_from_slice(&line);
                }
                Err(e) => return failed(out, tag, e),
            }
        } else if root.is_some_and(|r| !r.is_empty()) {
            return tagged(out, tag, "NO [NONEXISTENT] No such quota root");
        }
        let messages::Usage {
            used_bytes,
            quota_bytes,
            used_messages,
            quota_messages,
        } = match messages::usage(self.pool(), self.account_id()).await {
            Ok(u) => u,
            Err(e) => return failed(out, tag, e),
        };
        let mut resources = Vec::new();
        if quota_bytes > 0 {
            resources.push(format!(
                "STORAGE {} {}",
                (used_bytes + 1023) / 1024,
                quota_bytes / 1024
            ));
        }
        if quota_messages > 0 {
            resources.push(format!("MESSAGE {used_messages} {quota_messages}"));
        }
        untagged(out, &format!("QUOTA \"\" ({})", resources.join(" ")));
        tagged(out, tag, "OK GETQUOTA completed");
    }

    /// The envelope fields parsed when the messages were stored, by content id.
    async fn summaries(
        &self,
        rows: &[(usize, Message)],
    ) -> Result<HashMap<Uuid, Summary>, MailboxError> {
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.content_id).collect();
        messages::summaries(self.pool(), &ids).await
    }

    async fn search(
        &mut self,
        tag: &Tag<'_>,
        criteria: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let options = match std::mem::take(&mut self.extras) {
            Extras::SearchReturn(options) => Some(options),
            // IMAP4rev2 answers every SEARCH with ESEARCH (RFC 9051 section 6.4.4).
            _ if self.rev2 => Some(Vec::new()),
            _ => None,
        };
        let save = options
            .as_ref()
            .is_some_and(|o| o.iter().any(|x| x == "SAVE"));
        let found = match self.matching(criteria).await {
            Ok(f) => f,
            Err(e) => {
                if save {
                    self.save_result(Vec::new());
                }
                return failed(out, tag, e);
            }
        };
        if save {
            self.save_result(saved_part(options.as_deref().unwrap_or_default(), &found));
        }
        let highest = found.iter().map(|(_, m)| m.modseq).max().unwrap_or(0);
        let hits: Vec<String> = found
            .iter()
            .map(|(seq, m)| {
                if uid {
                    m.uid.to_string()
                } else {
                    seq.to_string()
                }
            })
            .collect();
        let by_modseq = criteria.iter().any(mentions_modseq);
        if by_modseq {
            self.condstore = true;
        }
        if let Some(options) = options {
            // SAVE alone asks for no answer (RFC 5182 section 2.4).
            let options: Vec<String> = options.into_iter().filter(|o| o != "SAVE").collect();
            if !save || !options.is_empty() {
                esearch(
                    out,
                    tag,
                    uid,
                    &options,
                    &found,
                    by_modseq.then_some(highest),
                );
            }
        } else if hits.is_empty() {
            untagged(out, "SEARCH");
        } else if by_modseq {
            untagged(
                out,
                &format!("SEARCH {} (MODSEQ {highest})", hits.join(" ")),
            );
        } else {
            untagged(out, &format!("SEARCH {}", hits.join(" ")));
        }
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK SEARCH completed");
    }

    async fn expunge_deleted(
        &mut self,
        within: Option<&[(usize, i64)]>,
    ) -> Result<usize, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(0);
        };
        let folder = selected.folder.id;
        let uids = within.map(|w| w.iter().map(|(_, u)| *u).collect::<Vec<i64>>());
        let ids = messages::deleted(self.pool(), folder, uids.as_deref()).await?;
        postbay_mailbox::expunge(self.pool(), self.account_id(), &ids).await
    }

    async fn expunge(&mut self, tag: &Tag<'_>, set: Option<&SequenceSet>, out: &mut Vec<u8>) {
        if self.selected().is_some_and(|s| s.read_only) {
            return tagged(out, tag, "NO The folder is read-only");
        }
        let within = match set.map(|s| self.resolve(s, true)) {
            Some(Ok(p)) => Some(p),
            Some(Err(e)) => return tagged(out, tag, e),
            None => None,
        };
        if let Err(e) = self.expunge_deleted(within.as_deref()).await {
            return failed(out, tag, e);
        }
        self.sync(out, Sync::Full).await;
        tagged(out, tag, "OK EXPUNGE completed");
    }

    async fn append(
        &mut self,
        tag: &Tag<'_>,
        mailbox: &Mailbox<'_>,
        flags: &[Flag<'_>],
        date: Option<chrono::DateTime<chrono::Utc>>,
        content: &[u8],
        out: &mut Vec<u8>,
    ) {
        let folder = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(MailboxError::NoFolder) => {
                return tagged(out, tag, "NO [TRYCREATE] No such folder");
            }
            Err(e) => return failed(out, tag, e),
        };
        let flags: Vec<String> = flags.iter().map(ToString::to_string).collect();
        match messages::append(
            self.pool(),
            self.account_id(),
            folder.id,
            content,
            &flags,
            date,
        )
        .await
        {
            Ok((validity, uid)) => {
                self.sync(out, Sync::Full).await;
                tagged(
                    out,
                    tag,
                    &format!("OK [APPENDUID {validity} {uid}] APPEND completed"),
                );
            }
            Err(e) => failed(out, tag, e),
        }
    }

    async fn copy(
        &mut self,
        tag: &Tag<'_>,
        set: &SequenceSet,
        mailbox: &Mailbox<'_>,
        uid: bool,
        moving: bool,
        out: &mut Vec<u8>,
    ) {
        if moving && self.selected().is_some_and(|s| s.read_only) {
            return tagged(out, tag, "NO The folder is read-only");
        }
        let pairs = match self.resolve(set, uid) {
            Ok(p) => p,
            Err(e) => return tagged(out, tag, e),
        };
        let target = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(MailboxError::NoFolder) => {
                return tagged(out, tag, "NO [TRYCREATE] No such folder");
            }
            Err(e) => return failed(out, tag, e),
        };
        let rows = match self.rows(&pairs).await {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.id).collect();
        let Some(source) = self.selected().map(|s| s.folder.id) else {
            return;
        };
        let pool = self.pool();
        let outcome = if moving {
            messages::move_messages(pool, self.account_id(), source, &ids, target.id).await
        } else {
            messages::copy(pool, self.account_id(), source, &ids, target.id).await
        };
        let (validity, mapping) = match outcome {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        let code = if mapping.is_empty() {
            String::new()
        } else {
            let src: Vec<String> = mapping.iter().map(|(s, _)| s.to_string()).collect();
            let dst: Vec<String> = mapping.iter().map(|(_, d)| d.to_string()).collect();
            format!("[COPYUID {validity} {} {}] ", src.join(","), dst.join(","))
        };
        if moving {
            if !code.is_empty() {
                untagged(out, &format!("OK {code}Moved"));
            }
            self.sync(out, Sync::Full).await;
            tagged(out, tag, "OK MOVE completed");
        } else {
            self.sync(out, Sync::Full).await;
            tagged(out, tag, &format!("OK {code}COPY completed"));
        }
    }
}

/// The envelope fields stored with a content (`postbay_mailbox::summary`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct Summary {
    subject: Option<String>,
    date: Option<String>,
    from: Vec<String>,
    to: Vec<String>,
    cc: Vec<String>,
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortValue {
    Number(i64),
    Text(String),
}

/// RFC 5256 base subject, simplified: leading `Re:`, `Fw:`, `Fwd:` and `[list]` tags and a
/// trailing `(fwd)` removed, compared case-insensitively.
fn base_subject(subject: &str) -> String {
    let mut s = subject.trim().to_lowercase();
    loop {
        let before = s.clone();
        for prefix in ["re:", "fwd:", "fw:"] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim_start().to_string();
            }
        }
        if s.starts_with('[')
            && let Some(end) = s.find(']')
        {
            s = s[end + 1..].trim_start().to_string();
        }
        if let Some(rest) = s.strip_suffix("(fwd)") {
            s = rest.trim_end().to_string();
        }
        if s == before {
            return s;
        }
    }
}

/// The SPECIAL-USE attribute (RFC 6154) of a folder's special use, such as `\\Sent`.
fn use_attribute(special_use: Option<&str>) -> Option<&'static str> {
    match special_use? {
        "sent" => Some("\\Sent"),
        "drafts" => Some("\\Drafts"),
        "trash" => Some("\\Trash"),
        "junk" => Some("\\Junk"),
        _ => None,
    }
}

/// The special use an attribute names (`\\Drafts` → `drafts`).
fn special_use_of(attribute: &str) -> Option<&'static str> {
    match attribute.to_ascii_lowercase().as_str() {
        "\\sent" => Some("sent"),
        "\\drafts" => Some("drafts"),
        "\\trash" => Some("trash"),
        "\\junk" => Some("junk"),
        _ => None,
    }
}

/// ESEARCH's answer (RFC 4731): the result options asked for, `ALL` when none were.
fn esearch(
    out: &mut Vec<u8>,
    tag: &Tag<'_>,
    uid: bool,
    options: &[String],
    found: &[(usize, Message)],
    highest: Option<i64>,
) {
    let values: Vec<i64> = found
        .iter()
        .map(|(seq, m)| if uid { m.uid } else { *seq as i64 })
        .collect();
    let mut line = format!("ESEARCH (TAG \"{}\")", tag.inner());
    if uid {
        line.push_str(" UID");
    }
    let wants = |o: &str| options.is_empty() && o == "ALL" || options.iter().any(|x| x == o);
    if wants("MIN")
        && let Some(min) = values.iter().min()
    {
        line.push_str(&format!(" MIN {min}"));
    }
    if wants("MAX")
        && let Some(max) = values.iter().max()
    {
        line.push_str(&format!(" MAX {max}"));
    }
    if wants("ALL") && !values.is_empty() {
        let mut sorted = values.clone();
        sorted.sort_unstable();
        line.push_str(&format!(" ALL {}", uid_set(&sorted)));
    }
    if wants("COUNT") {
        line.push_str(&format!(" COUNT {}", values.len()));
    }
    if let Some(h) = highest.filter(|_| !values.is_empty()) {
        line.push_str(&format!(" MODSEQ {h}"));
    }
    untagged(out, &line);
}

/// What `RETURN (SAVE ...)` keeps (RFC 5182 section 2.4): only the minimum and/or maximum
/// when they are all that was asked for besides SAVE, else every message found.
fn saved_part(options: &[String], found: &[(usize, Message)]) -> Vec<i64> {
    let asked = |o: &str| options.iter().any(|x| x == o);
    let uids = found.iter().map(|(_, m)| m.uid);
    if (asked("MIN") || asked("MAX")) && !asked("ALL") && !asked("COUNT") {
        let mut part: Vec<i64> = Vec::new();
        if asked("MIN") {
            part.extend(uids.clone().min());
        }
        if asked("MAX") {
            part.extend(uids.max());
        }
        part.dedup();
        part
    } else {
        uids.collect()
    }
}

/// A `* STATUS` line (STATUS, and LIST-STATUS of RFC 5819) with the items named.
async fn status_line(
    out: &mut Vec<u8>,
    pool: &sqlx::PgPool,
    folder: &Folder,
    items: &[String],
    utf8: bool,
) -> Result<(), MailboxError> {
    let counts = folders::counts(pool, folder.id).await?;
    let parts: Vec<String> = items
        .iter()
        .filter_map(|item| match item.as_str() {
            "MESSAGES" => Some(format!("MESSAGES {}", folder.message_count)),
            "RECENT" => Some("RECENT 0".to_string()),
            "UIDNEXT" => Some(format!("UIDNEXT {}", folder.uid_next)),
            "UIDVALIDITY" => Some(format!("UIDVALIDITY {}", folder.uid_validity)),
            "UNSEEN" => Some(format!("UNSEEN {}", counts.unseen)),
            "DELETED" => Some(format!("DELETED {}", counts.deleted)),
            "SIZE" => Some(format!("SIZE {}", counts.bytes)),
            "HIGHESTMODSEQ" => Some(format!("HIGHESTMODSEQ {}", folder.highest_modseq)),
            _ => None,
        })
        .collect();
    let mut line = b"* STATUS ".to_vec();
    render::string(&mut line, wire_name(folder, utf8).as_bytes());
    line.extend_from_slice(format!(" ({})\r\n", parts.join(" ")).as_bytes());
    out.extend_from_slice(&line);
    Ok(())
}

/// A folder's name as clients see it: INBOX, or the name in modified UTF-7 (in UTF-8 once
/// IMAP4rev2 is enabled).
fn wire_name(folder: &Folder, utf8: bool) -> String {
    if folder.special_use.as_deref() == Some("inbox") {
        "INBOX".to_string()
    } else if utf8 {
        folder.name.clone()
    } else {
        mutf7::encode(&folder.name)
    }
}

/// A message as threading sees it.
struct ThreadNode {
    number: i64,
    date: i64,
    subject: String,
    message_id: Option<String>,
    /// References, oldest first (or In-Reply-To).
    parents: Vec<String>,
}

/// The `<...>` message ids in a header value.
fn message_ids(value: &str) -> Vec<String> {
    value
        .split('<')
        .skip(1)
        .filter_map(|part| {
            part.split_once('>')
                .map(|(id, _)| id.trim().to_ascii_lowercase())
        })
        .filter(|id| !id.is_empty())
        .collect()
}

/// ORDEREDSUBJECT: one thread per base subject, its first message the parent of the others.
fn thread_by_subject(nodes: &[ThreadNode]) -> String {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&a, &b| {
        (&nodes[a].subject, nodes[a].date, nodes[a].number).cmp(&(
            &nodes[b].subject,
            nodes[b].date,
            nodes[b].number,
        ))
    });
    let mut threads: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match threads.last_mut() {
            Some(t) if nodes[t[0]].subject == nodes[i].subject => t.push(i),
            _ => threads.push(vec![i]),
        }
    }
    threads.sort_by_key(|t| (nodes[t[0]].date, nodes[t[0]].number));
    threads
        .iter()
        .map(|t| {
            let first = nodes[t[0]].number;
            match &t[1..] {
                [] => format!("({first})"),
                [only] => format!("({first} {})", nodes[*only].number),
                rest => format!(
                    "({first} {})",
                    rest.iter()
                        .map(|i| format!("({})", nodes[*i].number))
                        .collect::<String>()
                ),
            }
        })
        .collect()
}

/// REFERENCES, simplified: each message hangs under the latest of its references present in
/// the results (no cycles); roots and children in date order.
fn thread_by_references(nodes: &[ThreadNode]) -> String {
    let by_id: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| n.message_id.as_deref().map(|id| (id, i)))
        .collect();
    let mut parent: Vec<Option<usize>> = vec![None; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        for reference in node.parents.iter().rev() {
            let Some(&p) = by_id.get(reference.as_str()) else {
                continue;
            };
            // Refuse a link that would close a loop.
            if p != i && !would_cycle(&parent, i, p) {
                parent[i] = Some(p);
                break;
            }
        }
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut roots = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    let key = |&i: &usize| (nodes[i].date, nodes[i].number);
    roots.sort_by_key(key);
    for list in &mut children {
        list.sort_by_key(key);
    }
    roots
        .iter()
        .map(|&r| format!("({})", render_thread(nodes, &children, r, 0)))
        .collect()
}

fn would_cycle(parent: &[Option<usize>], child: usize, candidate: usize) -> bool {
    let mut at = Some(candidate);
    let mut steps = 0;
    while let Some(a) = at {
        if a == child || steps > parent.len() {
            return true;
        }
        at = parent[a];
        steps += 1;
    }
    false
}

/// A node and what hangs under it: a single child continues the list, several are each
/// parenthesised. Very deep branching is flattened rather than recursed into.
fn render_thread(
    nodes: &[ThreadNode],
    children: &[Vec<usize>],
    node: usize,
    depth: usize,
) -> String {
    let mut text = nodes[node].number.to_string();
    let mut at = node;
    loop {
        match children[at].as_slice() {
            [] => return text,
            [only] => {
                text.push_str(&format!(" {}", nodes[*only].number));
                at = *only;
            }
            many if depth < 64 => {
                text.push(' ');
                for c in many {
                    text.push_str(&format!(
                        "({})",
                        render_thread(nodes, children, *c, depth + 1)
                    ));
                }
                return text;
            }
            many => {
                for c in many {
                    text.push_str(&format!(" {}", nodes[*c].number));
                }
                return text;
            }
        }
    }
}

/// What a FETCH asks for.
struct FetchRequest<'a, 'b> {
    set: &'a SequenceSet,
    names: MacroOrMessageDataItemNames<'b>,
    uid: bool,
    modifiers: &'a [FetchModifier],
}

/// What a STORE asks for.
struct StoreRequest<'a, 'b> {
    kind: StoreType,
    response: StoreResponse,
    flags: &'a [Flag<'b>],
    uid: bool,
    unchanged_since: Option<u64>,
}

/// A uid set in IMAP's compact form (`1:3,7,9:10`).
fn uid_set(uids: &[i64]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}:{end}")
        });
        i += 1;
    }
    parts.join(",")
}

/// One FETCH response line.
fn fetch_one(
    out: &mut Vec<u8>,
    seq: usize,
    message: &Message,
    content: Option<&[u8]>,
    items: &[MessageDataItemName<'_>],
    seen_set: bool,
) {
    let parsed = content.and_then(|c| mail_parser::MessageParser::default().parse(c));
    let mut line = format!("* {seq} FETCH (").into_bytes();
    let mut first = true;
    let mut flags_sent = false;
    let mut sep = |line: &mut Vec<u8>| {
        if !first {
            line.push(b' ');
        }
        first = false;
    };
    for item in items {
        match item {
            MessageDataItemName::Uid => {
                sep(&mut line);
                line.extend_from_slice(format!("UID {}", message.uid).as_bytes());
            }
            MessageDataItemName::Flags => {
                sep(&mut line);
                flags_sent = true;
                line.extend_from_slice(format!("FLAGS ({})", message.flags.join(" ")).as_bytes());
            }
            MessageDataItemName::InternalDate => {
                sep(&mut line);
                let date = message.internal_date.format("%d-%b-%Y %H:%M:%S +0000");
                line.extend_from_slice(format!("INTERNALDATE \"{date}\"").as_bytes());
            }
            MessageDataItemName::ModSeq => {
                sep(&mut line);
                line.extend_from_slice(format!("MODSEQ ({})", message.modseq).as_bytes());
            }
            MessageDataItemName::Rfc822Size => {
                sep(&mut line);
                line.extend_from_slice(format!("RFC822.SIZE {}", message.size).as_bytes());
            }
            MessageDataItemName::Envelope => {
                sep(&mut line);
                line.extend_from_slice(b"ENVELOPE ");
                match &parsed {
                    Some(p) => render::envelope(&mut line, p),
                    None => line.extend_from_slice(b"(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)"),
                }
            }
            MessageDataItemName::Body | MessageDataItemName::BodyStructure => {
                sep(&mut line);
                let extended = matches!(item, MessageDataItemName::BodyStructure);
                line.extend_from_slice(if extended {
                    b"BODYSTRUCTURE "
                } else {
                    b"BODY "
                });
                match &parsed {
                    Some(p) => render::structure(&mut line, p, extended),
                    None => {
                        line.extend_from_slice(b"(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)")
                    }
                }
            }
            MessageDataItemName::Rfc822
            | MessageDataItemName::Rfc822Header
            | MessageDataItemName::Rfc822Text => {
                sep(&mut line);
                let (name, piece) = match item {
                    MessageDataItemName::Rfc822 => ("RFC822", Piece::Part),
                    MessageDataItemName::Rfc822Header => ("RFC822.HEADER", Piece::Header),
                    _ => ("RFC822.TEXT", Piece::Text),
                };
                line.extend_from_slice(format!("{name} ").as_bytes());
                let bytes = parsed
                    .as_ref()
                    .and_then(|p| render::section(p, &[], &piece));
                match (&piece, content, bytes) {
                    (Piece::Part, Some(c), _) => render::literal(&mut line, c),
                    (_, _, Some(b)) => render::literal(&mut line, &b),
                    _ => line.extend_from_slice(b"NIL"),
                }
            }
            MessageDataItemName::BodyExt {
                section, partial, ..
            } => {
                sep(&mut line);
                let (path, piece, label) = section_spec(section.as_ref());
                let bytes = match (&piece, path.is_empty(), content) {
                    (Piece::Part, true, Some(c)) => Some(c.to_vec()),
                    _ => parsed
                        .as_ref()
                        .and_then(|p| render::section(p, &path, &piece)),
                };
                let bytes = bytes.unwrap_or_default();
                match partial {
                    Some((origin, length)) => {
                        let start = (*origin as usize).min(bytes.len());
                        let end = start.saturating_add(length.get() as usize).min(bytes.len());
                        line.extend_from_slice(format!("BODY[{label}]<{origin}> ").as_bytes());
                        render::literal(&mut line, &bytes[start..end]);
                    }
                    None => {
                        line.extend_from_slice(format!("BODY[{label}] ").as_bytes());
                        render::literal(&mut line, &bytes);
                    }
                }
            }
            MessageDataItemName::Binary {
                section, partial, ..
            } => {
                sep(&mut line);
                let path: Vec<u32> = section.iter().map(|n| n.get()).collect();
                let label = path
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(".");
                let decoded = match (path.is_empty(), content) {
                    (true, Some(c)) => Some(c.to_vec()),
                    _ => parsed.as_ref().and_then(|p| render::binary(p, &path)),
                };
                let bytes = decoded.unwrap_or_default();
                let (origin, slice) = match partial {
                    Some((origin, length)) => {
                        let start = (*origin as usize).min(bytes.len());
                        let end = start.saturating_add(length.get() as usize).min(bytes.len());
                        (Some(*origin), &bytes[start..end])
                    }
                    None => (None, &bytes[..]),
                };
                match origin {
                    Some(o) => line.extend_from_slice(format!("BINARY[{label}]<{o}> ").as_bytes()),
                    None => line.extend_from_slice(format!("BINARY[{label}] ").as_bytes()),
                }
                render::literal8(&mut line, slice);
            }
            MessageDataItemName::BinarySize { section } => {
                sep(&mut line);
                let path: Vec<u32> = section.iter().map(|n| n.get()).collect();
                let label = path
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(".");
                let size = match (path.is_empty(), content) {
                    (true, Some(c)) => c.len(),
                    _ => parsed
                        .as_ref()
                        .and_then(|p| render::binary(p, &path))
                        .map_or(0, |b| b.len()),
                };
                line.extend_from_slice(format!("BINARY.SIZE[{label}] {size}").as_bytes());
            }
        }
    }
    if seen_set && !flags_sent {
        sep(&mut line);
        line.extend_from_slice(format!("FLAGS ({})", message.flags.join(" ")).as_bytes());
    }
    line.extend_from_slice(b")\r\n");
    out.extend_from_slice(&line);
}

/// A section as a part path, the piece it asks for, and its name in the response.
fn section_spec(section: Option<&Section<'_>>) -> (Vec<u32>, Piece, String) {
    let path_of = |part: Option<&Part>| -> Vec<u32> {
        part.map(|p| p.0.as_ref().iter().map(|n| n.get()).collect())
            .unwrap_or_default()
    };
    let label_of = |path: &[u32], suffix: &str| -> String {
        let mut s: Vec<String> = path.iter().map(u32::to_string).collect();
        if !suffix.is_empty() {
            s.push(suffix.to_string());
        }
        s.join(".")
    };
    let names = |list: &[imap_codec::imap_types::core::AString<'_>]| -> Vec<String> {
        list.iter()
            .map(|n| String::from_utf8_lossy(n.as_ref()).to_ascii_uppercase())
            .collect()
    };
    match section {
        None => (Vec::new(), Piece::Part, String::new()),
        Some(Section::Part(p)) => {
            let path = path_of(Some(p));
            let label = label_of(&path, "");
            (path, Piece::Part, label)
        }
        Some(Section::Header(p)) => {
            let path = path_of(p.as_ref());
            let label = label_of(&path, "HEADER");
            (path, Piece::Header, label)
        }
        Some(Section::Text(p)) => {
            let path = path_of(p.as_ref());
            let label = label_of(&path, "TEXT");
            (path, Piece::Text, label)
        }
        Some(Section::Mime(p)) => {
            let path = path_of(Some(p));
            let label = label_of(&path, "MIME");
            (path, Piece::Mime, label)
        }
        Some(Section::HeaderFields(p, list)) | Some(Section::HeaderFieldsNot(p, list)) => {
            let not = matches!(section, Some(Section::HeaderFieldsNot(..)));
            let path = path_of(p.as_ref());
            let list = names(list.as_ref());
            let kind = if not {
                "HEADER.FIELDS.NOT"
            } else {
                "HEADER.FIELDS"
            };
            let label = label_of(&path, &format!("{kind} ({})", list.join(" ")));
            (path, Piece::Fields { names: list, not }, label)
        }
    }
}

/// What a search key is tested against.
struct Candidate<'a> {
    seq: usize,
    row: &'a Message,
    all: &'a [(usize, i64)],
    raw: Option<&'a [u8]>,
    parsed: Option<&'a mail_parser::Message<'a>>,
    /// The decoded Subject, as parsed when the message was stored.
    subject: Option<&'a str>,
}

fn needs_text(key: &SearchKey<'_>) -> bool {
    match key {
        SearchKey::Bcc(_)
        | SearchKey::Body(_)
        | SearchKey::Cc(_)
        | SearchKey::From(_)
        | SearchKey::Header(..)
        | SearchKey::Text(_)
        | SearchKey::To(_)
        | SearchKey::SentBefore(_)
        | SearchKey::SentOn(_)
        | SearchKey::SentSince(_) => true,
        SearchKey::And(keys) => keys.as_ref().iter().any(needs_text),
        SearchKey::Not(k) => needs_text(k),
        SearchKey::Or(a, b) => needs_text(a) || needs_text(b),
        _ => false,
    }
}

fn mentions_modseq(key: &SearchKey<'_>) -> bool {
    match key {
        SearchKey::ModSequence { .. } => true,
        SearchKey::And(keys) => keys.as_ref().iter().any(mentions_modseq),
        SearchKey::Not(k) => mentions_modseq(k),
        SearchKey::Or(a, b) => mentions_modseq(a) || mentions_modseq(b),
        _ => false,
    }
}

fn mentions_subject(key: &SearchKey<'_>) -> bool {
    match key {
        SearchKey::Subject(_) => true,
        SearchKey::And(keys) => keys.as_ref().iter().any(mentions_subject),
        SearchKey::Not(k) => mentions_subject(k),
        SearchKey::Or(a, b) => mentions_subject(a) || mentions_subject(b),
        _ => false,
    }
}

fn contains(haystack: &str, needle: &[u8]) -> bool {
    let needle = String::from_utf8_lossy(needle).to_lowercase();
    haystack.to_lowercase().contains(&needle)
}

fn header_value(c: &Candidate<'_>, name: &str) -> String {
    let Some(raw) = c.raw else {
        return String::new();
    };
    let fields = header_fields(raw);
    fields
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A message's header fields as (name, unfolded value).
fn header_fields(raw: &[u8]) -> Vec<(String, String)> {
    let (fields, _) = postbay_mailbox::message::split_message(raw);
    fields
        .iter()
        .map(|f| (f.name.to_string(), f.value()))
        .collect()
}

fn sent_date(c: &Candidate<'_>) -> Option<chrono::NaiveDate> {
    let date = c.parsed?.date()?;
    chrono::DateTime::from_timestamp(date.to_timestamp(), 0).map(|d| d.date_naive())
}

fn matches(key: &SearchKey<'_>, c: &Candidate<'_>) -> bool {
    let has = |flag: &str| c.row.flags.iter().any(|f| f.eq_ignore_ascii_case(flag));
    let date = c.row.internal_date.date_naive();
    match key {
        SearchKey::All => true,
        SearchKey::And(keys) => keys.as_ref().iter().all(|k| matches(k, c)),
        SearchKey::Or(a, b) => matches(a, c) || matches(b, c),
        SearchKey::Not(k) => !matches(k, c),
        SearchKey::SequenceSet(set) => in_set(set, c.seq as i64, c.all.len() as i64),
        SearchKey::Uid(set) => in_set(set, c.row.uid, c.all.last().map_or(0, |(_, u)| *u)),
        SearchKey::Answered => has("\\Answered"),
        SearchKey::Unanswered => !has("\\Answered"),
        SearchKey::Deleted => has("\\Deleted"),
        SearchKey::Undeleted => !has("\\Deleted"),
        SearchKey::Draft => has("\\Draft"),
        SearchKey::Undraft => !has("\\Draft"),
        SearchKey::Flagged => has("\\Flagged"),
        SearchKey::Unflagged => !has("\\Flagged"),
        SearchKey::Seen => has("\\Seen"),
        SearchKey::Unseen | SearchKey::New => !has("\\Seen"),
        SearchKey::Recent => false,
        SearchKey::ModSequence { modseq, .. } => {
            c.row.modseq >= i64::try_from(*modseq).unwrap_or(i64::MAX)
        }
        SearchKey::Old => true,
        SearchKey::Keyword(k) => has(k.as_ref()),
        SearchKey::Unkeyword(k) => !has(k.as_ref()),
        SearchKey::Larger(n) => c.row.size > i64::from(*n),
        SearchKey::Smaller(n) => c.row.size < i64::from(*n),
        SearchKey::Before(d) => date < *d.as_ref(),
        SearchKey::On(d) => date == *d.as_ref(),
        SearchKey::Since(d) => date >= *d.as_ref(),
        SearchKey::SentBefore(d) => sent_date(c).is_some_and(|s| s < *d.as_ref()),
        SearchKey::SentOn(d) => sent_date(c).is_some_and(|s| s == *d.as_ref()),
        SearchKey::SentSince(d) => sent_date(c).is_some_and(|s| s >= *d.as_ref()),
        SearchKey::Subject(s) => contains(c.subject.unwrap_or(""), s.as_ref()),
        SearchKey::From(s) => contains(&decoded_header(c, "From"), s.as_ref()),
        SearchKey::To(s) => contains(&decoded_header(c, "To"), s.as_ref()),
        SearchKey::Cc(s) => contains(&decoded_header(c, "Cc"), s.as_ref()),
        SearchKey::Bcc(s) => contains(&decoded_header(c, "Bcc"), s.as_ref()),
        SearchKey::Header(name, value) => {
            let name = String::from_utf8_lossy(name.as_ref()).into_owned();
            let present = c
                .raw
                .map(|r| {
                    header_fields(r)
                        .iter()
                        .any(|(n, _)| n.eq_ignore_ascii_case(&name))
                })
                .unwrap_or(false);
            present && contains(&header_value(c, &name), value.as_ref())
        }
        SearchKey::Body(s) => body_text(c).is_some_and(|t| contains(&t, s.as_ref())),
        SearchKey::Text(s) => {
            c.raw.is_some_and(|r| {
                contains(
                    &String::from_utf8_lossy(
                        header_fields(r)
                            .iter()
                            .map(|(n, v)| format!("{n}: {v}\n"))
                            .collect::<String>()
                            .as_bytes(),
                    ),
                    s.as_ref(),
                )
            }) || body_text(c).is_some_and(|t| contains(&t, s.as_ref()))
        }
    }
}

fn decoded_header(c: &Candidate<'_>, name: &str) -> String {
    let Some(p) = c.parsed else {
        return header_value(c, name);
    };
    let addresses = |a: Option<&mail_parser::Address<'_>>| {
        a.map(|a| {
            a.iter()
                .map(|x| format!("{} <{}>", x.name().unwrap_or(""), x.address().unwrap_or("")))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
    };
    match name {
        "Subject" => p.subject().unwrap_or("").to_string(),
        "From" => addresses(p.from()),
        "To" => addresses(p.to()),
        "Cc" => addresses(p.cc()),
        "Bcc" => addresses(p.bcc()),
        _ => header_value(c, name),
    }
}

/// The decoded text of a message's text parts.
fn body_text(c: &Candidate<'_>) -> Option<String> {
    let p = c.parsed?;
    let mut text = String::new();
    for i in 0..p.text_body.len() {
        if let Some(t) = p.body_text(i) {
            text.push_str(&t);
            text.push('\n');
        }
    }
    for i in 0..p.html_body.len() {
        if let Some(t) = p.body_html(i) {
            text.push_str(&t);
        }
    }
    Some(text)
}

/// Consecutive runs of `rows`: at most `count` messages, and when their content is read, at
/// most `BATCH_BYTES` of it (a single larger message is a batch of its own).
fn batches(
    rows: &[(usize, Message)],
    count: usize,
    by_bytes: bool,
) -> impl Iterator<Item = &[(usize, Message)]> {
    let mut rest = rows;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut bytes = 0i64;
        let mut n = 0;
        while n < rest.len() && n < count {
            bytes = bytes.saturating_add(rest[n].1.size);
            if by_bytes && n > 0 && bytes > BATCH_BYTES {
                break;
            }
            n += 1;
        }
        let (batch, tail) = rest.split_at(n);
        rest = tail;
        Some(batch)
    })
}

/// A uid set as ranges; `*` is `largest`.
fn set_ranges(set: &SequenceSet, largest: i64) -> UidRanges {
    let value = |v: SeqOrUid| match v {
        SeqOrUid::Value(n) => i64::from(n.get()),
        SeqOrUid::Asterisk => largest,
    };
    UidRanges::new(
        set.0
            .as_ref()
            .iter()
            .map(|sequence| {
                let (a, b) = match sequence {
                    Sequence::Single(x) => (value(*x), value(*x)),
                    Sequence::Range(x, y) => (value(*x), value(*y)),
                };
                (a.min(b), a.max(b))
            })
            .collect(),
    )
}

fn in_set(set: &SequenceSet, value: i64, largest: i64) -> bool {
    set.0.as_ref().iter().any(|s| {
        let v = |x: &SeqOrUid| match x {
            SeqOrUid::Value(n) => i64::from(n.get()),
            SeqOrUid::Asterisk => largest,
        };
        match s {
            Sequence::Single(x) => v(x) == value,
            Sequence::Range(a, b) => {
                let (lo, hi) = (v(a).min(v(b)), v(a).max(v(b)));
                lo <= value && value <= hi
            }
        }
    })
}

/// A folder name from the client (INBOX in any case; others in modified UTF-7).
/// A folder name as the client sent it: modified UTF-7, or UTF-8 once IMAP4rev2 is enabled.
fn mailbox_name(mailbox: &Mailbox<'_>, utf8: bool) -> Option<String> {
    match mailbox {
        Mailbox::Inbox => Some("INBOX".into()),
        Mailbox::Other(other) => {
            let raw = std::str::from_utf8(other.inner().as_ref()).ok()?;
            if utf8 {
                (!raw.chars().any(char::is_control)).then(|| raw.to_string())
            } else {
                mutf7::decode(raw)
            }
        }
    }
}

/// IMAP LIST wildcards: `*` matches anything, `%` anything but the delimiter. Dynamic
/// programming over (pattern, name) positions: time is bounded by their product, whatever the
/// client sends.
fn wildcard(pattern: &str, name: &str) -> bool {
    let canonical = |s: &str| -> Vec<char> {
        if s.eq_ignore_ascii_case("inbox") {
            "INBOX".chars().collect()
        } else {
            s.chars().collect()
        }
    };
    let (p, n) = (canonical(pattern), canonical(name));
    // reach[j]: the pattern so far matches the first j characters of the name.
    let mut reach = vec![false; n.len() + 1];
    reach[0] = true;
    for &c in &p {
        let mut next = vec![false; n.len() + 1];
        match c {
            '*' => {
                let mut any = false;
                for j in 0..=n.len() {
                    any |= reach[j];
                    next[j] = any;
                }
            }
            '%' => {
                let mut any = false;
                for j in 0..=n.len() {
                    if j > 0 && n[j - 1] == '/' {
                        any = false;
                    }
                    any |= reach[j];
                    next[j] = any;
                }
            }
            c => {
                for j in 1..=n.len() {
                    next[j] = reach[j - 1] && n[j - 1] == c;
                }
            }
        }
        reach = next;
    }
    reach[n.len()]
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
        MailboxError::NoAccount | MailboxError::Database(_) => {
            tracing::error!(error = %error, "imap command failed");
            "NO [UNAVAILABLE] Temporary failure; try again later".to_string()
        }
    };
    tagged(out, tag, &text);
}
