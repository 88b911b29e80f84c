//! The delivery pipeline every inbound path uses (SMTP now; submission, IMAP APPEND, collection
//! and import later): it decides what a recipient address means, and stores a message for its
//! recipients in one transaction — local mailboxes get a copy in their Inbox (content stored
//! once), other recipients go to the outbound queue. Protocol crates call it; it knows no wire
//! format.

mod batch;
pub mod dsn;
pub use quarantine::Released;
mod footer;
mod mail_log;
mod plan;
mod quarantine;
mod responses;
mod rules;
mod sender_auth;
mod user_controls;

pub use postbay_mailbox::message;
pub use sender_auth::SmtpPeer;

use std::collections::BTreeSet;

use postbay_core::aliases;
use postbay_core::domains::DomainFooter;
use postbay_core::ids::{AccountId, TenantId};
use postbay_core::names::EmailAddress;
use postbay_core::status::MAIL_ACCESS;
use sqlx::PgPool;
use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

/// Why delivery could not go on.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Core(#[from] postbay_core::CoreError),
    #[error("{0}")]
    Mailbox(#[from] postbay_mailbox::MailboxError),
    /// The batch writer is gone (the server is stopping).
    #[error("the delivery pipeline is stopping")]
    Stopped,
    /// Writing the batch that held the message failed.
    #[error("storing failed: {0}")]
    Batch(String),
    /// A collected message reaches a full mailbox: it stays on the remote server (a bounce
    /// would go to a sender who did not send it here).
    #[error("the mailbox of {0} is full")]
    MailboxFull(String),
    /// The message is refused for good (its sender's DMARC policy asks so): the SMTP reply
    /// to give, such as `550 5.7.1 ...`.
    #[error("refused: {0}")]
    Refused(String),
    /// The message is not accepted now (the spam engine could not scan it): the SMTP reply
    /// to give, such as `451 4.7.1 ...`.
    #[error("deferred: {0}")]
    Deferred(String),
    #[error("{0}")]
    Filter(#[from] postbay_filter::FilterError),
}

impl DeliveryError {
    /// Whether the database refused for want of disk space (SQLSTATE 53100): SMTP answers
    /// `452 4.3.1` (RFC 3463: mail system full) and the sender retries later.
    pub fn is_storage_full(&self) -> bool {
        let db = match self {
            Self::Database(e)
            | Self::Mailbox(postbay_mailbox::MailboxError::Database(e))
            | Self::Core(postbay_core::CoreError::Database(e)) => e,
            _ => return false,
        };
        db.as_database_error()
            .and_then(|d| d.code())
            .is_some_and(|c| c == "53100")
    }
}

/// Where one accepted recipient's copies go, as resolved when it was accepted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Route {
    /// Local mailboxes (account ids) that get a copy.
    pub mailboxes: Vec<Uuid>,
    /// External addresses (forwards, aliases leaving the server, relayed recipients).
    pub external: Vec<String>,
    /// Largest message the recipient's domain accepts, bytes; 0 = no limit of its own.
    pub max_message_size: u64,
    /// The recipient is in one of the server's domains (for the footer's "internal only").
    pub internal: bool,
    /// `external` are forwards of this hosted address (an alias or `forwardTo` leading
    /// out), not relayed recipients: they leave with the envelope sender rewritten into the
    /// recipient's domain (SRS), so they pass SPF where they arrive.
    pub forwards: bool,
    /// Copies for this recipient carry `X-Envelope-To` (it reached its mailboxes through a
    /// pattern alias or the catch-all of a domain that asks for the header).
    pub x_envelope_to: bool,
}

impl Route {
    /// A recipient outside the server's domains, relayed as it is.
    pub fn relayed(address: &str) -> Self {
        Self {
            external: vec![address.to_string()],
            ..Self::default()
        }
    }
}

/// What a recipient address means, as far as accepting it at RCPT goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecipientCheck {
    /// A served domain, and the address reaches at least one mailbox or external address.
    Local(Route),
    /// A served domain, but nothing answers to the address.
    Unknown,
    /// A mailbox it reaches is over its quota (a temporary failure).
    OverQuota,
    /// Everything it reaches is a disabled account.
    Disabled,
    /// Not one of the server's domains: relaying, which the caller's policy decides.
    NotLocal,
}

/// Checks one recipient and works out its route, the way delivery will use it. `origin` is
/// the tenant of the account submitting the message (`None`: mail from outside); a domain not
/// yet proven to be its tenant's is not local for other tenants' mail.
pub async fn check_recipient(
    pool: &PgPool,
    address: &EmailAddress,
    origin: Option<TenantId>,
) -> Result<RecipientCheck, DeliveryError> {
    let mut conn = pool.acquire().await?;
    let resolution = aliases::resolve(&mut conn, address, origin).await?;
    if !resolution.local_domain {
        return Ok(RecipientCheck::NotLocal);
    }
    let mut resolution = resolution;
    if resolution.unknown
        && postbay_core::domains::forwarding_of(pool, address.domain().as_str())
            .await?
            .is_some()
    {
        // A domain forwarded elsewhere (backup MX, split domain): what it does not have here,
        // the forwarding host may (the outbound queue routes it there).
        return Ok(RecipientCheck::Local(Route::relayed(&address.to_string())));
    }
    if resolution.unknown && address.local() == "postmaster" {
        // RFC 5321 section 4.5.1: every domain takes mail for postmaster. A domain without
        // its own gives it to the server's first administrator.
        let admin: Option<(Uuid, String)> = sqlx::query_as(
            "SELECT a.id, a.login || '@' || d.name FROM accounts a JOIN domains d ON d.id = a.domain_id
             WHERE a.admin_role = 'server_read_write' AND a.status NOT IN ('disabled', 'pending_deletion') ORDER BY a.id LIMIT 1",
        )
        .fetch_optional(&mut *conn)
        .await?;
        if let Some((id, email)) = admin {
            resolution.unknown = false;
            resolution.mailboxes = vec![aliases::ResolvedMailbox {
                account_id: AccountId(id),
                email,
            }];
        }
    }
    if resolution.unknown || (resolution.mailboxes.is_empty() && resolution.external.is_empty()) {
        return Ok(RecipientCheck::Unknown);
    }
    let reached: Vec<Uuid> = resolution
        .mailboxes
        .iter()
        .map(|m| m.account_id.0)
        .collect();
    // Disabled accounts get no mail, nor those in a disabled domain or tenant or pending
    // deletion (suspended ones still do). A recipient whose every mailbox is full is a
    // temporary failure; a full mailbox among others (a group's member) is bounced at delivery
    // instead, so it does not hold up the rest.
    let states: Vec<(Uuid, bool, bool)> = sqlx::query_as(&format!(
        "SELECT a.id, {MAIL_ACCESS} = 'disabled', {FULL} FROM {ACCOUNT_PLACE} WHERE a.id = ANY($1)"
    ))
    .bind(&reached)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<Uuid> = states
        .iter()
        .filter(|(_, disabled, _)| !disabled)
        .map(|(id, _, _)| *id)
        .collect();
    if ids.is_empty() && resolution.external.is_empty() {
        return Ok(RecipientCheck::Disabled);
    }
    if resolution.external.is_empty() && states.iter().all(|(_, disabled, full)| *disabled || *full)
    {
        return Ok(RecipientCheck::OverQuota);
    }
    let domain: Option<(i64, bool)> = sqlx::query_as(
        "SELECT d.max_message_size, COALESCE((d.mail_settings->>'insertXEnvelopeTo')::boolean, false)
         FROM mail_domain_names n JOIN domains d ON d.id = n.domain_id WHERE n.name = $1",
    )
    .bind(address.domain().as_str())
    .fetch_optional(&mut *conn)
    .await?;
    let (limit, x_envelope_to) = domain.unwrap_or((0, false));
    Ok(RecipientCheck::Local(Route {
        mailboxes: ids,
        forwards: !resolution.external.is_empty(),
        external: resolution.external,
        max_message_size: u64::try_from(limit).unwrap_or(0),
        internal: true,
        x_envelope_to: x_envelope_to && resolution.via_pattern,
    }))
}

/// `accounts a` with its domain `d` and tenant `t`, for [`FULL`].
const ACCOUNT_PLACE: &str =
    "accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id";

/// Whether account `a` may take no more mail: over its own byte or message quota, or a tenant
/// above it has used all the storage it is allowed.
const FULL: &str = "((a.quota_bytes > 0 AND a.used_bytes >= a.quota_bytes)
     OR (a.quota_messages > 0 AND a.used_messages >= a.quota_messages)
     OR EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY(t.ancestors)
                AND x.max_storage_bytes > 0 AND x.storage_bytes >= x.max_storage_bytes))";

/// What the pipeline needs of `account` when it submits mail: its size limit and its tenant.
pub async fn submitter(pool: &PgPool, account: Uuid) -> Result<Submitter, DeliveryError> {
    let row: Option<(i64, Uuid)> = sqlx::query_as(
        "SELECT COALESCE(NULLIF(a.max_outgoing_message_size, 0), d.max_message_size), d.tenant_id
         FROM accounts a JOIN domains d ON d.id = a.domain_id WHERE a.id = $1",
    )
    .bind(account)
    .fetch_optional(pool)
    .await?;
    let (limit, tenant) = row.ok_or(postbay_core::CoreError::NotFound { kind: "account" })?;
    Ok(Submitter {
        max_message_size: u64::try_from(limit).unwrap_or(0),
        tenant: TenantId(tenant),
    })
}

/// What the pipeline needs to know of an account that submits mail.
#[derive(Debug, Clone, Copy)]
pub struct Submitter {
    /// Largest message it may send (its own limit, else its domain's); 0 = none.
    pub max_message_size: u64,
    /// Its domain's tenant: the origin of what it sends (`check_recipient`).
    pub tenant: TenantId,
}

/// `postmaster@` the primary domain: where the bare `Postmaster` recipient goes.
pub async fn primary_postmaster(pool: &PgPool) -> Result<Option<EmailAddress>, DeliveryError> {
    let primary: Option<String> = sqlx::query_scalar("SELECT name FROM domains WHERE is_primary")
        .fetch_optional(pool)
        .await?;
    Ok(primary.and_then(|d| EmailAddress::parse(&format!("postmaster@{d}"), "to").ok()))
}

/// Whether `account` may send as `address` (see `aliases::may_send_as`).
pub async fn may_send_as(
    pool: &PgPool,
    address: &EmailAddress,
    account: Uuid,
) -> Result<aliases::SenderPermission, DeliveryError> {
    let mut conn = pool.acquire().await?;
    Ok(aliases::may_send_as(&mut conn, address, AccountId(account)).await?)
}

/// A recipient accepted for delivery, with its route.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub address: EmailAddress,
    pub route: Route,
    /// DSN `NOTIFY` values given at RCPT (`SUCCESS`, `FAILURE`, `DELAY`, `NEVER`).
    pub notify: Vec<&'static str>,
    /// DSN `ORCPT`, as given.
    pub orcpt: Option<String>,
}

/// A message's envelope as the protocol received it.
#[derive(Debug, Clone)]
pub struct Envelope {
    /// The reverse path; `None` for the null sender `<>` (bounces).
    pub from: Option<String>,
    /// Recipients as accepted, in order, each with the route found when it was accepted.
    pub recipients: Vec<Recipient>,
    /// DSN `RET` given at MAIL (`FULL` or `HDRS`).
    pub ret: Option<&'static str>,
    /// DSN `ENVID` given at MAIL.
    pub envid: Option<String>,
    /// Who handed the message over: what is checked, and what it is signed as.
    pub origin: Origin,
}

/// Where a message comes from, which decides whether its sender is checked on the way in and
/// whether it is DKIM-signed on the way out.
#[derive(Debug, Clone)]
pub enum Origin {
    /// Another server over SMTP: its right to send is checked (SPF, DKIM, DMARC, ARC).
    Remote(SmtpPeer),
    /// An account that authenticated: what leaves is signed as its `From` domain when the
    /// server hosts it and the account may send as that address.
    Submitted(AccountId),
    /// The server's own reports: signed as the server tenant's verified name at or above
    /// their `From` domain (`postbay_domainauth::signing::report_signing_name`).
    Server,
    /// A delivery status notification to the sender of mail that could not be delivered, with
    /// how many recipients failed: a report like [`Origin::Server`]'s; a local sender's tenant
    /// hears of it (`account.message_bounced`, a count and never the content).
    Bounce(usize),
    /// Neither checked nor signed: the trusted relay group, collected mail.
    Trusted,
    /// A user's submission that the quarantine held and an administrator released: not
    /// filtered again, signed as [`Origin::Submitted`] is.
    Released(AccountId),
    /// A user's own rules answering a message (a vacation reply, a rejection notice): not
    /// filtered, signed as [`Origin::Submitted`] is.
    Answered(AccountId),
}

impl Envelope {
    /// The DSN parameters kept with queued mail, for the recipients that leave the server.
    fn dsn(&self) -> serde_json::Value {
        let recipients: Vec<serde_json::Value> = self
            .recipients
            .iter()
            .filter(|r| !r.route.external.is_empty())
            .map(|r| {
                serde_json::json!({
                    "recipient": r.address.to_string(),
                    "notify": r.notify,
                    "orcpt": r.orcpt,
                    "routedTo": r.route.external,
                })
            })
            .collect();
        serde_json::json!({ "ret": self.ret, "envid": self.envid, "recipients": recipients })
    }
}

/// A delivery status notification to send (see [`Pipeline::report`]).
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// The original message's envelope sender, who gets the report.
    pub sender: &'a str,
    /// DSN `ENVID` given with the original.
    pub envid: Option<&'a str>,
    /// DSN `RET=FULL`: the whole original goes back, not only its header.
    pub return_full: bool,
    /// When the original arrived.
    pub arrival: chrono::DateTime<chrono::Utc>,
    pub original: &'a [u8],
    pub recipients: &'a [dsn::RecipientStatus],
}

/// A message collected from a remote POP3 mailbox: recorded as downloaded in the
/// transaction that stores it.
#[derive(Debug, Clone)]
pub struct Collected {
    /// The POP3 account it came from.
    pub account: Uuid,
    /// Its UIDL on the remote server.
    pub uidl: String,
    /// SHA-256 of the message as downloaded (for dropping duplicates).
    pub sha256: Vec<u8>,
    /// The collecting process: it must still hold the account's lease when the message is
    /// stored, or another process may be collecting the same mailbox.
    pub process: Uuid,
}

/// What happened to a stored message.
#[derive(Debug, Clone, Default)]
pub struct Delivered {
    /// Copies filed in mailboxes (one per mailbox, unless its owner's rules filed several or
    /// discarded it).
    pub mailboxes: usize,
    /// External addresses queued for outbound delivery.
    pub queued: usize,
    /// The content's id (shared by every copy); nil when no copy was stored.
    pub content_id: Uuid,
}

use batch::Job;
use plan::{Plan, PlannedContent, plan};
use postbay_filter::Disposition;
use postbay_mailbox::inbox;

/// What the pipeline found out about a message before storing it.
struct Checks {
    /// The sender checks' verdict, and the folder it sends the copies to.
    verdict: Option<(serde_json::Value, inbox::Arrival)>,
    /// The name its queue entry is DKIM-signed as.
    signing_name: Option<String>,
    /// The copy that is forwarded, ARC-sealed, when a hosted domain forwards it.
    forwarded: Option<Vec<u8>>,
    /// The content filter found it spam: its copies go to the Junk folder.
    junk: bool,
    /// Accounts whose copy goes to the Inbox all the same (they trust the sender).
    inbox: BTreeSet<Uuid>,
    /// The content filter's verdict and score, for the mail log; `None`: not filtered.
    filtered: Option<(&'static str, f64)>,
}

/// A message the content filter let through.
struct Filtered {
    content: Vec<u8>,
    /// Its local copies go to the Junk folder.
    junk: bool,
    controls: user_controls::Applied,
    /// The verdict and score, for the mail log; `None` when it was not filtered.
    verdict: Option<(&'static str, f64)>,
}

/// The single address of the `From` header field, if it is one.
fn header_from(content: &[u8]) -> Option<EmailAddress> {
    let header = postbay_mailbox::message::header_section(content);
    let parsed = mail_parser::MessageParser::default().parse_headers(header)?;
    let from = parsed.from()?;
    if from.iter().count() != 1 {
        return None;
    }
    EmailAddress::parse(from.first()?.address()?, "from").ok()
}

/// Messages up to this size are hashed and parsed on the session's own task.
const INLINE_PLAN_BYTES: usize = 256 * 1024;

/// The delivery pipeline with its batch writer. Concurrent deliveries are written together,
/// one transaction and one commit for many messages, so the rows every delivery touches (a
/// domain's and its tenants' counters, a busy Inbox) are locked once per batch, not once per
/// message. Each caller still hears back only after the commit that holds its message.
#[derive(Clone)]
pub struct Pipeline {
    pool: PgPool,
    jobs: mpsc::Sender<Job>,
    /// This server's host name, for the reports it writes.
    hostname: std::sync::Arc<str>,
    /// Checks the senders of mail from other servers (`None`: no resolver).
    sender_auth: Option<postbay_mailauth::SenderAuth>,
    /// What the mail-auth settings make of the checks' verdicts.
    policy: std::sync::Arc<sender_auth::PolicyCache>,
    /// The hosted names' DKIM keys: ARC seals here, DKIM signatures in the workers.
    signing: std::sync::Arc<postbay_domainauth::signing::SigningKeys>,
    /// The content filter (spam score, thresholds).
    filter: std::sync::Arc<postbay_filter::Filter>,
    /// Rewrites the envelope senders of forwarded mail, and turns bounces to them back.
    srs: postbay_srs::Srs,
    /// Users' scripts as compiled for delivery.
    compiled_scripts: std::sync::Arc<rules::CompiledScripts>,
}

impl Pipeline {
    /// Starts the batch writer on the current Tokio runtime. `sender_auth` checks mail from
    /// other servers; `filter` scores content.
    pub fn start(
        pool: PgPool,
        hostname: &str,
        sender_auth: Option<postbay_mailauth::SenderAuth>,
        signing: std::sync::Arc<postbay_domainauth::signing::SigningKeys>,
        filter: std::sync::Arc<postbay_filter::Filter>,
        srs: postbay_srs::Srs,
    ) -> Self {
        let (jobs, queue) = mpsc::channel(batch::MAX_BATCH * 16);
        tokio::spawn(batch::write_batches(pool.clone(), queue));
        Self {
            pool,
            jobs,
            hostname: hostname.into(),
            sender_auth,
            policy: Default::default(),
            signing,
            filter,
            srs,
            compiled_scripts: Default::default(),
        }
    }

    /// The hosted names' DKIM keys, which the outbound workers sign with.
    pub fn signing_keys(&self) -> &postbay_domainauth::signing::SigningKeys {
        &self.signing
    }

    /// The content filter, which the SMTP server asks how to screen a session.
    pub fn filter(&self) -> &postbay_filter::Filter {
        &self.filter
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Delivers `content` (the message as it will be stored, trace headers included) to the
    /// envelope's recipients: the sender's domain footer is added when it applies, each
    /// distinct mailbox gets one copy in its Inbox, external addresses are queued once.
    /// Returns after the commit; nothing is stored on error. Mailboxes found full now (they
    /// had room when their recipient was accepted) get no copy; the sender gets a bounce.
    pub async fn deliver(
        &self,
        envelope: &Envelope,
        content: Vec<u8>,
    ) -> Result<Delivered, DeliveryError> {
        self.deliver_with(envelope, content, None).await
    }

    /// Delivers a message collected from a remote POP3 mailbox as [`Self::deliver`] does, but
    /// as it came (no footer), and records it as downloaded in the transaction that stores
    /// it: a session cut after the commit does not deliver it again.
    pub async fn deliver_collected(
        &self,
        envelope: &Envelope,
        content: Vec<u8>,
        collected: Collected,
    ) -> Result<Delivered, DeliveryError> {
        self.deliver_with(envelope, content, Some(collected)).await
    }

    /// A user's submission is refused while the account is suspended (for abuse: it may still
    /// log in and read), then counts against the sending limits: over one, nothing is
    /// stored; counted and then not stored, the count is given back.
    async fn deliver_with(
        &self,
        envelope: &Envelope,
        content: Vec<u8>,
        collected: Option<Collected>,
    ) -> Result<Delivered, DeliveryError> {
        let Origin::Submitted(account) = envelope.origin else {
            return self.deliver_counted(envelope, content, collected).await;
        };
        if !postbay_core::auth::may_send(&self.pool, account).await? {
            return Err(DeliveryError::Refused(
                "550 5.7.1 This account is suspended and may not send mail; contact your provider"
                    .into(),
            ));
        }
        let taken = match postbay_sending_limits::check::take(
            &self.pool,
            account,
            envelope.recipients.len(),
        )
        .await?
        {
            Ok(taken) => taken,
            Err(exceeded) if exceeded.permanent => {
                return Err(DeliveryError::Refused(exceeded.reply()));
            }
            Err(exceeded) => return Err(DeliveryError::Deferred(exceeded.reply())),
        };
        let bytes = i64::try_from(content.len()).unwrap_or(i64::MAX);
        let delivered = self.deliver_counted(envelope, content, collected).await;
        if delivered.is_err() {
            if let Err(e) = postbay_sending_limits::check::give_back(&self.pool, taken).await {
                tracing::warn!(error = %e, "giving back a sending count");
            }
            return delivered;
        }
        // What the account sent, for its usage: counted once the message is stored.
        let recipients = i64::try_from(envelope.recipients.len()).unwrap_or(i64::MAX);
        let sent = [
            (account.0, postbay_counters::usage::MESSAGES_SENT, 1),
            (account.0, postbay_counters::usage::BYTES_SENT, bytes),
            (
                account.0,
                postbay_counters::usage::RECIPIENTS_SENT,
                recipients,
            ),
        ];
        let counted = match self.pool.acquire().await {
            Ok(mut conn) => postbay_counters::add_in(&mut conn, &sent).await,
            Err(e) => Err(e.into()),
        };
        if let Err(e) = counted {
            tracing::warn!(error = %e, "counting a submission's usage");
        }
        delivered
    }

    async fn deliver_counted(
        &self,
        envelope: &Envelope,
        content: Vec<u8>,
        collected: Option<Collected>,
    ) -> Result<Delivered, DeliveryError> {
        let mut forwarded = None;
        let mut checks = None;
        // Failed sender checks whose action is `quarantine` (held once the content filter,
        // which may refuse or hold it itself, has passed it).
        let mut unauthenticated: Vec<&'static str> = Vec::new();
        let (content, verdict) = match (&self.sender_auth, &envelope.origin, &collected) {
            (Some(auth), Origin::Remote(peer), None) => {
                let policy = self.policy.get(&self.pool).await?;
                let sealer = self.forwarding_keys(envelope).await;
                let seal = sealer.as_ref().and_then(|k| k.arc.as_ref());
                let checked =
                    sender_auth::check(auth, &policy, seal, peer, envelope, content).await?;
                unauthenticated = checked.hold;
                forwarded = checked.forwarded;
                checks = checked.checks;
                let verdict = checked.verdict.map(|v| (v, checked.arrival));
                (checked.content, verdict)
            }
            _ => (content, None),
        };
        let Some(Filtered {
            content,
            junk,
            controls,
            verdict: filtered,
        }) = self
            .filter_content(envelope, collected.is_some(), checks.as_ref(), content)
            .await?
        else {
            return Ok(Delivered::default());
        };
        if !unauthenticated.is_empty() {
            self.hold_unauthenticated(envelope, &unauthenticated, &content)
                .await?;
            return Ok(Delivered::default());
        }
        let envelope = controls.envelope.as_ref().unwrap_or(envelope);
        let (footer, full) = self.sender_footer_and_full_mailboxes(envelope).await?;
        let content = match footer {
            Some(f) if collected.is_none() && footer_applies(&f, envelope) => {
                footer::add_footer(&content, &f.text).unwrap_or(content)
            }
            _ => content,
        };
        let signing_name = self.signing_name(envelope, &content).await?;
        let verdict = Checks {
            verdict,
            signing_name,
            forwarded,
            junk,
            inbox: controls.inbox,
            filtered,
        };
        if full.is_empty() {
            return self.store(envelope, content, collected, verdict).await;
        }
        if collected.is_some() {
            let reached = envelope
                .recipients
                .iter()
                .find(|r| r.route.mailboxes.iter().any(|m| full.contains(m)))
                .map(|r| r.address.to_string())
                .unwrap_or_default();
            return Err(DeliveryError::MailboxFull(reached));
        }
        let mut kept = envelope.clone();
        let mut bounced: Vec<dsn::RecipientStatus> = Vec::new();
        for rcpt in &mut kept.recipients {
            let before = rcpt.route.mailboxes.len();
            rcpt.route.mailboxes.retain(|m| !full.contains(m));
            let wants_failures = rcpt.notify.is_empty() || rcpt.notify.contains(&"FAILURE");
            if rcpt.route.mailboxes.len() < before && wants_failures {
                bounced.push(dsn::RecipientStatus {
                    address: rcpt.address.to_string(),
                    original: rcpt.orcpt.clone(),
                    action: dsn::Action::Failed,
                    status: "5.2.2".into(),
                    diagnostic: "552 5.2.2 The mailbox is full".into(),
                });
            }
        }
        let original = (!bounced.is_empty() && envelope.from.is_some()).then(|| content.clone());
        let delivered = self.store(&kept, content, collected, verdict).await?;
        if let (Some(original), Some(sender)) = (original, &envelope.from) {
            self.bounce(envelope, sender, &original, &bounced).await;
        }
        Ok(delivered)
    }

    /// The content filter, for mail from other servers and users' submissions (not the
    /// trusted relays', the server's own reports or collected mail), then the recipients' own
    /// controls. The message as it goes on, whether its copies go to Junk and what the
    /// recipients' controls change; `None` when it is discarded.
    async fn filter_content(
        &self,
        envelope: &Envelope,
        collected: bool,
        sender_checks: Option<&postbay_mailauth::Verdict>,
        content: Vec<u8>,
    ) -> Result<Option<Filtered>, DeliveryError> {
        let (client, helo, user) = match &envelope.origin {
            Origin::Remote(peer) if !collected => (Some(peer.ip), Some(peer.helo.as_str()), None),
            Origin::Submitted(account) => (None, None, Some(account.to_string())),
            _ => {
                return Ok(Some(Filtered {
                    content,
                    junk: false,
                    controls: user_controls::Applied::default(),
                    verdict: None,
                }));
            }
        };
        let recipients: Vec<String> = envelope
            .recipients
            .iter()
            .map(|r| r.address.to_string())
            .collect();
        // Kept for the spam line (the content goes to the filter); parsed only if one is written.
        let header = postbay_mailbox::message::header_section(&content).to_vec();
        let message = postbay_filter::Message {
            content,
            client,
            sender: envelope.from.as_deref(),
            recipients: &recipients,
            submitted: user.is_some(),
            helo,
            user: user.as_deref(),
            sender_checks,
        };
        let disposition = self.filter.check(&self.pool, message).await?;
        let (outcome, scan) = match &disposition {
            Disposition::Deliver {
                junk: true, scan, ..
            } => ("junk", Some(scan)),
            Disposition::Deliver { scan, .. } => ("deliver", Some(scan)),
            Disposition::Refuse { scan, .. } => ("refuse", Some(scan)),
            Disposition::Discard { scan } => ("discard", Some(scan)),
            Disposition::Quarantine { scan, .. } => ("quarantine", Some(scan)),
            Disposition::Defer { .. } => ("defer", None),
        };
        metrics::counter!("postbay_filter_verdicts_total", "verdict" => outcome).increment(1);
        // What passed clean is told on its reception line; the spam log has the rest.
        if outcome != "deliver" {
            let message_id = mail_log::message_id(&header);
            mail_log::verdict(envelope, message_id.as_deref(), &recipients, outcome, scan);
        }
        let score = scan.map_or(0.0, |s| s.score);
        match disposition {
            Disposition::Deliver {
                content,
                junk,
                spam,
                ..
            } => {
                let controls = user_controls::apply(&self.pool, envelope, spam).await?;
                Ok(Some(Filtered {
                    content,
                    junk,
                    controls,
                    verdict: Some((outcome, score)),
                }))
            }
            Disposition::Discard { .. } => Ok(None),
            Disposition::Quarantine {
                reason,
                content,
                scan,
                retention_days,
            } => {
                let held = quarantine::Holding {
                    reason,
                    content: &content,
                    scan: &scan,
                    retention_days,
                };
                self.hold(envelope, &recipients, client, held).await?;
                Ok(None)
            }
            Disposition::Refuse { reply, .. } => Err(DeliveryError::Refused(reply)),
            Disposition::Defer { reply } => Err(DeliveryError::Deferred(reply)),
        }
    }

    /// Holds a message whose failed sender checks say `quarantine`, scanned by the content
    /// filter already, listing the checks that failed.
    async fn hold_unauthenticated(
        &self,
        envelope: &Envelope,
        failed: &[&'static str],
        content: &[u8],
    ) -> Result<(), DeliveryError> {
        let retention_days = postbay_filter::settings::spam(&self.pool)
            .await?
            .quarantine_retention_days;
        let scan = postbay_filter::Scan {
            engine_rules: failed.iter().map(|n| n.to_string()).collect(),
            ..Default::default()
        };
        let recipients: Vec<String> = envelope
            .recipients
            .iter()
            .map(|r| r.address.to_string())
            .collect();
        let client = match &envelope.origin {
            Origin::Remote(peer) => Some(peer.ip),
            _ => None,
        };
        let held = quarantine::Holding {
            reason: postbay_quarantine::HoldReason::Unauthenticated,
            content,
            scan: &scan,
            retention_days,
        };
        self.hold(envelope, &recipients, client, held).await
    }

    /// The keys of the hosted domain that forwards a message from outside (the domain of the
    /// first recipient whose address leads out): what its forwarded copy is ARC-sealed with.
    async fn forwarding_keys(
        &self,
        envelope: &Envelope,
    ) -> Option<std::sync::Arc<postbay_domainauth::signing::NameKeys>> {
        let forwarder = envelope
            .recipients
            .iter()
            .find(|r| !r.route.external.is_empty())?;
        self.signing
            .of(forwarder.address.domain().as_str())
            .await
            .filter(|keys| keys.arc.is_some())
    }

    /// The name a message leaving the server is DKIM-signed as (see [`Origin`]): for a
    /// submission its `From` domain, when the account may send as that address; for the
    /// server's reports the hosted name their `From` is in. `None` for mail that stays here.
    async fn signing_name(
        &self,
        envelope: &Envelope,
        content: &[u8],
    ) -> Result<Option<String>, DeliveryError> {
        let submitter = match &envelope.origin {
            Origin::Submitted(account) | Origin::Released(account) | Origin::Answered(account) => {
                Some(*account)
            }
            Origin::Server | Origin::Bounce(_) => None,
            Origin::Remote(_) | Origin::Trusted => return Ok(None),
        };
        if envelope
            .recipients
            .iter()
            .all(|r| r.route.external.is_empty())
        {
            return Ok(None);
        }
        let Some(address) = header_from(content) else {
            return Ok(None);
        };
        let name = address.domain().as_str().to_string();
        match submitter {
            Some(account) => {
                let allowed = matches!(
                    may_send_as(&self.pool, &address, account.0).await?,
                    aliases::SenderPermission::Allowed
                );
                Ok(allowed.then_some(name))
            }
            None => Ok(postbay_domainauth::signing::report_signing_name(&self.pool, &name).await?),
        }
    }

    /// The footer of the sender's domain, if it is one of ours and has one enabled, and the
    /// mailboxes among the recipients' that are full now; one query.
    async fn sender_footer_and_full_mailboxes(
        &self,
        envelope: &Envelope,
    ) -> Result<(Option<DomainFooter>, BTreeSet<Uuid>), DeliveryError> {
        let mailboxes: Vec<Uuid> = envelope
            .recipients
            .iter()
            .flat_map(|r| r.route.mailboxes.iter().copied())
            .collect();
        let sender_domain = envelope
            .from
            .as_deref()
            .and_then(|f| f.rsplit_once('@'))
            .map(|(_, d)| d.to_ascii_lowercase());
        if mailboxes.is_empty() && sender_domain.is_none() {
            return Ok((None, BTreeSet::new()));
        }
        let (footer, full): (Option<sqlx::types::Json<DomainFooter>>, Vec<Uuid>) =
            sqlx::query_as(&format!(
                "SELECT (SELECT d.mail_settings->'footer' FROM mail_domain_names n
                         JOIN domains d ON d.id = n.domain_id WHERE n.name = $2),
                        ARRAY(SELECT a.id FROM {ACCOUNT_PLACE} WHERE a.id = ANY($1) AND {FULL})"
            ))
            .bind(&mailboxes)
            .bind(sender_domain)
            .fetch_one(&self.pool)
            .await?;
        let footer = footer.map(|f| f.0).filter(|f| f.enabled);
        Ok((footer, full.into_iter().collect()))
    }

    /// Sends `sender` a report on `failed` recipients of the message `original`. A report
    /// that cannot be delivered is logged and dropped (it has the null sender: nothing would
    /// hear of its failure).
    async fn bounce(
        &self,
        envelope: &Envelope,
        sender: &str,
        original: &[u8],
        failed: &[dsn::RecipientStatus],
    ) {
        let report = Report {
            sender,
            envid: envelope.envid.as_deref(),
            return_full: envelope.ret == Some("FULL"),
            arrival: chrono::Utc::now(),
            original,
            recipients: failed,
        };
        if let Err(e) = self.report(&report).await {
            tracing::error!(error = %e, sender, "storing a bounce failed");
        }
    }

    /// Sends a delivery status notification (RFC 3464) to the sender of a message: into a
    /// local mailbox, or through the outbound queue. Returns once it is stored; a sender that
    /// can take no mail here (an unknown local address) is logged and the report dropped.
    pub async fn report(&self, report: &Report<'_>) -> Result<(), DeliveryError> {
        let message = dsn::build(&dsn::Report {
            reporting_mta: &self.hostname,
            to: report.sender,
            envid: report.envid,
            arrival: report.arrival,
            recipients: report.recipients,
            original: report.original,
            return_full: report.return_full,
            language: postbay_core::outbound_settings::delivery(&self.pool)
                .await
                .map(|s| s.report_language)
                .unwrap_or_default(),
        });
        self.send_generated(
            report.sender,
            message,
            Origin::Bounce(report.recipients.len()),
        )
        .await
    }

    /// Sends a message the server wrote (a report, a reply) from `<>` to `to`: into a local
    /// mailbox, or through the outbound queue. Returns once it is stored; an address that
    /// can take no mail here (an unknown local one) is logged and the message dropped.
    async fn send_generated(
        &self,
        to: &str,
        message: Vec<u8>,
        origin: Origin,
    ) -> Result<(), DeliveryError> {
        let address = EmailAddress::parse(to, "recipient")?;
        let route = match self.check_recipient(&address, None, true).await? {
            RecipientCheck::Local(route) => route,
            RecipientCheck::NotLocal => Route::relayed(to),
            other => {
                tracing::warn!(
                    to,
                    ?other,
                    "a generated message cannot be delivered; dropped"
                );
                return Ok(());
            }
        };
        let envelope = Envelope {
            from: None,
            recipients: vec![Recipient {
                address,
                route,
                notify: Vec::new(),
                orcpt: None,
            }],
            ret: None,
            envid: None,
            origin,
        };
        let checks = Checks {
            verdict: None,
            signing_name: self.signing_name(&envelope, &message).await?,
            forwarded: None,
            junk: false,
            inbox: BTreeSet::new(),
            filtered: None,
        };
        self.store(&envelope, message, None, checks)
            .await
            .map(|_| ())
    }

    /// Sends what a user's rules answer the sender of a stored message. Failures are
    /// logged: the message itself is stored and stays so.
    async fn respond(&self, envelope: &Envelope, response: rules::Response) {
        let outcome = match response {
            rules::Response::Reject {
                account,
                recipient,
                reason,
                extended,
                header,
            } => {
                // RFC 5429 2.1: never to `<>`.
                let Some(sender) = envelope.from.as_deref() else {
                    tracing::info!(%account, "a rejected message had the null sender; no notice");
                    return;
                };
                if extended {
                    let status = dsn::RecipientStatus {
                        address: recipient,
                        original: None,
                        action: dsn::Action::Failed,
                        status: "5.7.1".into(),
                        diagnostic: rules::rejection_reply(&reason),
                    };
                    self.report(&Report {
                        sender,
                        envid: envelope.envid.as_deref(),
                        return_full: false,
                        arrival: chrono::Utc::now(),
                        original: &header,
                        recipients: &[status],
                    })
                    .await
                } else {
                    let original = responses::Original {
                        content: &header,
                        sender: Some(sender),
                        recipient: &recipient,
                        account_address: &recipient,
                    };
                    let notice =
                        responses::rejection_notice(&original, sender, &reason, &self.hostname);
                    self.send_generated(sender, notice, Origin::Server).await
                }
            }
            rules::Response::Vacation {
                account,
                handle,
                sender,
                period,
                message,
            } => {
                match postbay_rules::vacation::record_reply(
                    &self.pool, account, &handle, &sender, period,
                )
                .await
                {
                    Ok(true) => {
                        let sent = self
                            .send_generated(&sender, message, Origin::Answered(AccountId(account)))
                            .await;
                        if sent.is_err() {
                            // Not sent: the next message from this sender tries again.
                            let forgot = postbay_rules::vacation::forget_reply(
                                &self.pool, account, &handle, &sender,
                            )
                            .await;
                            if let Err(e) = forgot {
                                tracing::warn!(error = %e, "forgetting an unsent vacation reply");
                            }
                        }
                        sent
                    }
                    Ok(false) => {
                        tracing::info!(%account, "the sender had this vacation reply already");
                        Ok(())
                    }
                    Err(e) => Err(e.into()),
                }
            }
        };
        if let Err(e) = outcome {
            tracing::warn!(error = %e, "sending a rule's answer failed");
        }
    }

    /// Plans `content` for the envelope as it is and has the batch writer store it. The
    /// sender checks' findings are kept in its summary (`authentication`) and say which
    /// folder its copies go to; its queue entry keeps the name it is signed as.
    async fn store(
        &self,
        envelope: &Envelope,
        content: Vec<u8>,
        collected: Option<Collected>,
        checks: Checks,
    ) -> Result<Delivered, DeliveryError> {
        let collected_here = collected.is_some();
        let filtered = checks.filtered;
        // Hashing and parsing a large message is CPU work: keep it off the async workers (a
        // small one costs less than the hop to the blocking pool).
        let plan = if content.len() > INLINE_PLAN_BYTES {
            let owned = envelope.clone();
            tokio::task::spawn_blocking(move || plan(&owned, content, collected))
                .await
                .map_err(|e| DeliveryError::Batch(format!("planning failed: {e}")))?
        } else {
            plan(envelope, content, collected)
        };
        let mut plan = plan;
        plan.dkim_domain = checks.signing_name;
        if let (Some(sealed), false) = (checks.forwarded, plan.queued.is_empty()) {
            // The copy that is forwarded is the sealed one, as it was sealed; the mailboxes'
            // copies carry no seal (and may have their subject tagged).
            let summary = plan.contents[0].summary.clone();
            plan.contents.push(PlannedContent::new(sealed, summary));
            for queued in &mut plan.queued {
                queued.content = plan.contents.len() - 1;
            }
        }
        if let Some((verdict, arrival)) = checks.verdict {
            plan.folder = arrival;
            for content in &mut plan.contents {
                if let Some(summary) = content.summary.as_object_mut() {
                    summary.insert("authentication".into(), verdict.clone());
                }
            }
        }
        if checks.junk {
            plan.folder = inbox::Arrival::Junk;
        }
        plan.inbox_accounts = checks.inbox;
        // The users' own rules, after the filter: they may file spam elsewhere too.
        rules::apply(
            &self.pool,
            &self.hostname,
            &self.compiled_scripts,
            &mut plan,
        )
        .await?;
        // Refused in the session that is waiting for the answer; mail the server makes or
        // moves itself is answered with a notice instead.
        let refusable = !collected_here
            && matches!(
                envelope.origin,
                Origin::Remote(_) | Origin::Submitted(_) | Origin::Trusted
            );
        if let Some(reply) = rules::refusal(&plan, refusable) {
            return Err(DeliveryError::Refused(reply));
        }
        self.rewrite_forwarded_senders(&mut plan);
        let responses = std::mem::take(&mut plan.responses);
        let message_id = plan
            .contents
            .first()
            .and_then(|c| c.summary.get("messageId"))
            .and_then(|id| id.as_str())
            .map(str::to_string);
        let size = plan.contents.first().map_or(0, |c| c.content.len());
        let (done, outcome) = oneshot::channel();
        self.jobs
            .send(Job { plan, done })
            .await
            .map_err(|_| DeliveryError::Stopped)?;
        let delivered = outcome.await.map_err(|_| DeliveryError::Stopped)??;
        mail_log::received(
            envelope,
            message_id.as_deref(),
            size,
            collected_here,
            filtered,
            &delivered,
        );
        let mut counted: Vec<&str> = Vec::new();
        for rcpt in &envelope.recipients {
            let domain = rcpt.address.domain().as_str();
            if !counted.contains(&domain) {
                counted.push(domain);
                postbay_counters::received(self.filter.counters(), domain, size);
            }
        }
        // Stored: now the answers the recipients' rules give the sender.
        for response in responses {
            // Boxed: an answer is itself stored through here.
            Box::pin(self.respond(envelope, response)).await;
        }
        Ok(delivered)
    }

    /// Forwards and redirects leave with their envelope sender in the forwarding domain
    /// (SRS), so SPF passes where they arrive; bounces to it come back here and are turned
    /// back ([`Self::check_recipient`]). The null sender stays null.
    fn rewrite_forwarded_senders(&self, plan: &mut Plan) {
        let today = postbay_srs::today();
        for queued in &mut plan.queued {
            if let (Some(forwarder), Some(from)) = (&queued.forwarder, &queued.envelope_from) {
                queued.envelope_from = Some(self.srs.forward(from, forwarder, today));
            }
        }
    }

    /// What a recipient address means, as [`check_recipient`] says; and for a bounce (`<>`
    /// sender) to an address this server wrote for a forwarded message's sender (SRS), the
    /// sender it stands for, before any catch-all or domain forwarding could take it. Only
    /// bounces are turned back: anything else to an SRS address is treated as any address,
    /// so one cannot be used to relay mail. A forged or expired one is not turned back.
    pub async fn check_recipient(
        &self,
        address: &EmailAddress,
        origin: Option<TenantId>,
        bounce: bool,
    ) -> Result<RecipientCheck, DeliveryError> {
        if bounce && postbay_srs::Srs::is_srs(address.local()) {
            let today = postbay_srs::today();
            let mut current = address.clone();
            // SRS1 turns back into the SRS0 of the first forwarder, which may be ours too.
            for _ in 0..3 {
                let original = match self.srs.reverse(&current.to_string(), today) {
                    Ok(original) => original,
                    Err(e) => {
                        tracing::info!(recipient = %current, error = %e, "an SRS address that does not turn back");
                        break;
                    }
                };
                let Ok(original) = EmailAddress::parse(&original, "recipient") else {
                    break;
                };
                let check = check_recipient(&self.pool, &original, None).await?;
                if postbay_srs::Srs::is_srs(original.local())
                    && !matches!(check, RecipientCheck::NotLocal)
                {
                    current = original;
                    continue;
                }
                return Ok(match check {
                    RecipientCheck::NotLocal => {
                        RecipientCheck::Local(Route::relayed(&original.to_string()))
                    }
                    other => other,
                });
            }
        }
        check_recipient(&self.pool, address, origin).await
    }
}

/// Whether a domain's footer goes on this message: always, unless the domain skips it for
/// mail that stays inside the server and every recipient is in one of its domains.
fn footer_applies(footer: &DomainFooter, envelope: &Envelope) -> bool {
    !(footer.skip_if_all_recipients_internal
        && envelope.recipients.iter().all(|r| r.route.internal))
}
