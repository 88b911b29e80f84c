//! The delivery pipeline every inbound path uses (SMTP now; submission, IMAP APPEND, collection
//! and import later): it decides what a recipient address means, and stores a message for its
//! recipients in one transaction — local mailboxes get a copy in their Inbox (content stored
//! once), other recipients go to the outbound queue. Protocol crates call it; it knows no wire
//! format.

pub mod dsn;
pub use quarantine::Released;
mod footer;
mod quarantine;
mod rules;
mod sender_auth;
mod user_controls;

pub use postbay_mailbox::message;
pub use sender_auth::SmtpPeer;

use std::collections::{BTreeMap, BTreeSet};

use postbay_core::aliases;
use postbay_core::domains::DomainFooter;
use postbay_core::ids::{AccountId, TenantId};
use postbay_core::names::EmailAddress;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, PgPool};
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
             WHERE a.admin_role = 'server_read_write' AND a.status <> 'disabled' ORDER BY a.id LIMIT 1",
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
    // Disabled accounts get no mail (suspended ones still do). A recipient whose every
    // mailbox is full is a temporary failure; a full mailbox among others (a group's member)
    // is bounced at delivery instead, so it does not hold up the rest.
    let states: Vec<(Uuid, bool, bool)> = sqlx::query_as(&format!(
        "SELECT a.id, a.status = 'disabled', {FULL} FROM {ACCOUNT_PLACE} WHERE a.id = ANY($1)"
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
    /// Neither checked nor signed: the trusted relay group, collected mail.
    Trusted,
    /// A user's submission that the quarantine held and an administrator released: not
    /// filtered again, signed as [`Origin::Submitted`] is.
    Released(AccountId),
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

use postbay_filter::Disposition;
use postbay_mailbox::{inbox, summary};

/// One distinct content a message is stored as.
struct PlannedContent {
    sha256: Vec<u8>,
    content: Vec<u8>,
    summary: serde_json::Value,
}

impl PlannedContent {
    fn new(content: Vec<u8>, summary: serde_json::Value) -> Self {
        Self {
            sha256: Sha256::digest(&content).to_vec(),
            content,
            summary,
        }
    }

    fn size(&self) -> i64 {
        i64::try_from(self.content.len()).unwrap_or(i64::MAX)
    }
}

/// What one message becomes: worked out by the session that received it (resolution, hashing,
/// parsing run concurrently), written by the batch writer.
struct Plan {
    envelope_from: Option<String>,
    /// The message as stored; the first is what most copies and the queue entry share, others
    /// are per-recipient variants (with `X-Envelope-To`).
    contents: Vec<PlannedContent>,
    /// Each distinct mailbox that gets a copy, with the recipient that reached it and the
    /// index of its content.
    mailboxes: BTreeMap<Uuid, (String, usize)>,
    /// External addresses to queue, each with the DSN parameters of the recipient that led
    /// there (the first, when several did).
    external: BTreeMap<String, Dsn>,
    /// DSN parameters for the queue entry.
    dsn: serde_json::Value,
    /// Where it was collected from, recorded with it.
    collected: Option<Collected>,
    /// The folder its copies go to.
    folder: inbox::Arrival,
    /// Accounts whose copy goes to the Inbox whatever `folder` says.
    inbox_accounts: BTreeSet<Uuid>,
    /// The copies their own rules (Sieve) decided on, for accounts that have an active
    /// script: none means discarded.
    rule_copies: BTreeMap<Uuid, Vec<rules::RuleCopy>>,
    /// The name its queue entry is DKIM-signed as when it leaves.
    dkim_domain: Option<String>,
    /// Which of `contents` the queue entry holds (a sealed copy, when forwarded).
    queued_content: usize,
}

impl Plan {
    fn bytes(&self) -> usize {
        self.contents.iter().map(|c| c.content.len()).sum()
    }
}

fn plan(envelope: &Envelope, content: Vec<u8>, collected: Option<Collected>) -> Plan {
    let summary = summary(&content);
    let mut variants: Vec<PlannedContent> = Vec::new();
    let mut mailboxes: BTreeMap<Uuid, (String, usize)> = BTreeMap::new();
    let mut external: BTreeMap<String, Dsn> = BTreeMap::new();
    for rcpt in &envelope.recipients {
        let address = rcpt.address.to_string();
        let mut index = 0;
        if rcpt.route.x_envelope_to && !rcpt.route.mailboxes.is_empty() {
            let mut variant = format!("X-Envelope-To: <{address}>\r\n").into_bytes();
            variant.extend_from_slice(&content);
            variants.push(PlannedContent::new(variant, summary.clone()));
            index = variants.len();
        }
        for account in &rcpt.route.mailboxes {
            mailboxes
                .entry(*account)
                .or_insert_with(|| (address.clone(), index));
        }
        for address in &rcpt.route.external {
            external.entry(address.clone()).or_insert_with(|| Dsn {
                notify: rcpt.notify.join(","),
                orcpt: rcpt.orcpt.clone(),
            });
        }
    }
    let mut contents = vec![PlannedContent::new(content, summary)];
    contents.extend(variants);
    Plan {
        envelope_from: envelope.from.clone(),
        contents,
        mailboxes,
        external,
        dsn: envelope.dsn(),
        collected,
        folder: inbox::Arrival::Inbox,
        inbox_accounts: BTreeSet::new(),
        rule_copies: BTreeMap::new(),
        dkim_domain: None,
        queued_content: 0,
    }
}

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

/// A queued recipient's DSN parameters (RFC 3461).
#[derive(Debug, Clone)]
struct Dsn {
    /// NOTIFY values joined with commas; empty for the default.
    notify: String,
    orcpt: Option<String>,
}

/// Messages up to this size are hashed and parsed on the session's own task.
const INLINE_PLAN_BYTES: usize = 256 * 1024;

/// Messages written in one transaction at most.
const MAX_BATCH: usize = 64;
/// Bytes of content after which a batch takes no more messages.
const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;

struct Job {
    plan: Plan,
    done: oneshot::Sender<Result<Delivered, DeliveryError>>,
}

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
    ) -> Self {
        let (jobs, queue) = mpsc::channel(MAX_BATCH * 16);
        tokio::spawn(write_batches(pool.clone(), queue));
        Self {
            pool,
            jobs,
            hostname: hostname.into(),
            sender_auth,
            policy: Default::default(),
            signing,
            filter,
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

    async fn deliver_with(
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
        let Some((content, junk, controls)) = self
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
    ) -> Result<Option<(Vec<u8>, bool, user_controls::Applied)>, DeliveryError> {
        let (client, helo, user) = match &envelope.origin {
            Origin::Remote(peer) if !collected => (Some(peer.ip), Some(peer.helo.as_str()), None),
            Origin::Submitted(account) => (None, None, Some(account.to_string())),
            _ => return Ok(Some((content, false, user_controls::Applied::default()))),
        };
        let recipients: Vec<String> = envelope
            .recipients
            .iter()
            .map(|r| r.address.to_string())
            .collect();
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
        match self.filter.check(&self.pool, message).await? {
            Disposition::Deliver {
                content,
                junk,
                spam,
                ..
            } => {
                let controls = user_controls::apply(&self.pool, envelope, spam).await?;
                Ok(Some((content, junk, controls)))
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
            Origin::Submitted(account) | Origin::Released(account) => Some(*account),
            Origin::Server => None,
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
        let address = EmailAddress::parse(report.sender, "sender")?;
        let route = match check_recipient(&self.pool, &address, None).await? {
            RecipientCheck::Local(route) => route,
            RecipientCheck::NotLocal => Route::relayed(report.sender),
            other => {
                tracing::warn!(
                    sender = report.sender,
                    ?other,
                    "a delivery report cannot be delivered; dropped"
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
            origin: Origin::Server,
        };
        let checks = Checks {
            verdict: None,
            signing_name: self.signing_name(&envelope, &message).await?,
            forwarded: None,
            junk: false,
            inbox: BTreeSet::new(),
        };
        self.store(&envelope, message, None, checks)
            .await
            .map(|_| ())
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
        if let (Some(sealed), false) = (checks.forwarded, plan.external.is_empty()) {
            // The copy that is forwarded is the sealed one, as it was sealed; the mailboxes'
            // copies carry no seal (and may have their subject tagged).
            let summary = plan.contents[0].summary.clone();
            plan.contents.push(PlannedContent::new(sealed, summary));
            plan.queued_content = plan.contents.len() - 1;
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
        rules::apply(&self.pool, &mut plan).await?;
        let (done, outcome) = oneshot::channel();
        self.jobs
            .send(Job { plan, done })
            .await
            .map_err(|_| DeliveryError::Stopped)?;
        outcome.await.map_err(|_| DeliveryError::Stopped)?
    }
}

/// Whether a domain's footer goes on this message: always, unless the domain skips it for
/// mail that stays inside the server and every recipient is in one of its domains.
fn footer_applies(footer: &DomainFooter, envelope: &Envelope) -> bool {
    !(footer.skip_if_all_recipients_internal
        && envelope.recipients.iter().all(|r| r.route.internal))
}

async fn write_batches(pool: PgPool, mut queue: mpsc::Receiver<Job>) {
    while let Some(first) = queue.recv().await {
        let mut bytes = first.plan.bytes();
        let mut jobs = vec![first];
        // A batch stays well inside what one PostgreSQL statement takes; a large message
        // goes alone.
        while jobs.len() < MAX_BATCH && bytes < MAX_BATCH_BYTES {
            match queue.try_recv() {
                Ok(job) => {
                    bytes += job.plan.bytes();
                    jobs.push(job);
                }
                Err(_) => break,
            }
        }
        let plans: Vec<&Plan> = jobs.iter().map(|j| &j.plan).collect();
        match write_batch(&pool, &plans).await {
            Ok(delivered) => {
                for (job, d) in jobs.into_iter().zip(delivered) {
                    let _ = job.done.send(Ok(d));
                }
            }
            // One bad message must not fail the others: write each on its own.
            Err(e) if jobs.len() > 1 => {
                tracing::warn!(error = %e, size = jobs.len(), "batch failed; writing its messages one by one");
                for job in jobs {
                    let outcome = write_batch(&pool, &[&job.plan])
                        .await
                        .map(|mut d| d.remove(0));
                    let _ = job.done.send(outcome);
                }
            }
            Err(e) => {
                // At most one job here: it gets the error itself, with its database class.
                let mut e = Some(e);
                for job in jobs {
                    let error = e
                        .take()
                        .unwrap_or_else(|| DeliveryError::Batch("batch failed".into()));
                    let _ = job.done.send(Err(error));
                }
            }
        }
    }
}

/// Writes a batch of planned messages in one transaction, with the quota warnings they cause.
async fn write_batch(pool: &PgPool, plans: &[&Plan]) -> Result<Vec<Delivered>, DeliveryError> {
    let mut tx = pool.begin().await?;
    let delivered = write_plans(&mut tx, plans).await?;
    record_collected(&mut tx, plans).await?;
    let warnings = quota_warnings(&mut tx, plans).await?;
    if !warnings.is_empty() {
        let warnings: Vec<&Plan> = warnings.iter().collect();
        write_plans(&mut tx, &warnings).await?;
    }
    tx.commit().await?;
    Ok(delivered)
}

/// Records the collected messages of a batch as downloaded from their remote mailboxes.
async fn record_collected(conn: &mut PgConnection, plans: &[&Plan]) -> Result<(), DeliveryError> {
    let collected: Vec<postbay_core::collection::CollectedDownload<'_>> = plans
        .iter()
        .filter_map(|p| p.collected.as_ref())
        .map(|c| postbay_core::collection::CollectedDownload {
            account: c.account,
            process: c.process,
            uidl: &c.uidl,
            sha256: &c.sha256,
        })
        .collect();
    if !postbay_core::collection::record_downloads_in(conn, &collected).await? {
        return Err(DeliveryError::Batch(
            "the collecting process no longer holds the POP3 account".into(),
        ));
    }
    Ok(())
}

/// The share of a quota at which the user is warned, in percent.
const QUOTA_WARNING_PERCENT: i64 = 90;

/// Warnings for the accounts of `plans` that have reached 90 % of a quota and were not warned
/// in the last 24 hours (marked as warned in the same transaction).
async fn quota_warnings(
    conn: &mut PgConnection,
    plans: &[&Plan],
) -> Result<Vec<Plan>, DeliveryError> {
    let accounts: BTreeSet<Uuid> = plans
        .iter()
        .flat_map(|p| p.mailboxes.keys().copied())
        .collect();
    if accounts.is_empty() {
        return Ok(Vec::new());
    }
    let accounts: Vec<Uuid> = accounts.into_iter().collect();
    let due =
        postbay_mailbox::usage::quota_warnings_due(conn, &accounts, QUOTA_WARNING_PERCENT).await?;
    Ok(due
        .into_iter()
        .map(|w| {
            let (id, login, domain) = (w.account, w.login, w.domain);
            let (used_bytes, quota_bytes) = (w.used_bytes, w.quota_bytes);
            let (used_messages, quota_messages) = (w.used_messages, w.quota_messages);
            let to = format!("{login}@{domain}");
            let limit = |used: i64, quota: i64, unit: &str| {
                if quota > 0 {
                    format!(
                        "{used} of {quota} {unit} ({} %)",
                        i128::from(used) * 100 / i128::from(quota)
                    )
                } else {
                    format!("{used} {unit} (no limit)")
                }
            };
            let content = format!(
                "From: Mail Server <postmaster@{domain}>\r\nTo: <{to}>\r\nSubject: Your mailbox is almost full\r\n\
                 Date: {}\r\nMessage-ID: <{}@quota-warning.postbay>\r\nMIME-Version: 1.0\r\n\
                 Content-Type: text/plain; charset=utf-8\r\nAuto-Submitted: auto-generated\r\n\r\n\
                 Your mailbox {to} is almost full:\r\n\r\n  messages: {}\r\n  size: {}\r\n\r\n\
                 When it is full, new mail is refused. Please delete messages you no longer need.\r\n",
                chrono::Utc::now().to_rfc2822(),
                Uuid::now_v7().simple(),
                limit(used_messages, quota_messages, "messages"),
                limit(used_bytes, quota_bytes, "bytes"),
            )
            .into_bytes();
            let summary = summary(&content);
            Plan {
                envelope_from: None,
                contents: vec![PlannedContent::new(content, summary)],
                mailboxes: BTreeMap::from([(id, (to, 0))]),
                external: BTreeMap::new(),
                dsn: serde_json::json!({}),
                collected: None,
                folder: inbox::Arrival::Inbox,
                inbox_accounts: BTreeSet::new(),
                rule_copies: BTreeMap::new(),
                dkim_domain: None,
                queued_content: 0,
            }
        })
        .collect())
}

/// Writes planned messages inside `tx` with a fixed number of statements: the mail store's
/// part through `postbay_mailbox::inbox`, the queue entries for external recipients through
/// `postbay_queue::enqueue`.
async fn write_plans(
    tx: &mut PgConnection,
    plans: &[&Plan],
) -> Result<Vec<Delivered>, DeliveryError> {
    let wanted: BTreeSet<Uuid> = plans
        .iter()
        .flat_map(|p| p.mailboxes.keys().copied())
        .collect();
    let locked = inbox::lock_mailboxes(tx, &wanted).await?;

    // Content, once per distinct digest, with one reference per copy filed and queue entry.
    let mut contents: BTreeMap<&[u8], (&PlannedContent, i64)> = BTreeMap::new();
    for p in plans {
        for (index, content) in p.contents.iter().enumerate() {
            let filed: usize = p
                .mailboxes
                .iter()
                .filter(|(a, (_, i))| *i == index && locked.is_live(a))
                .map(|(a, _)| p.rule_copies.get(a).map_or(1, Vec::len))
                .sum();
            let queued = index == p.queued_content && !p.external.is_empty();
            let refs = i64::try_from(filed).unwrap_or(i64::MAX) + i64::from(queued);
            contents
                .entry(content.sha256.as_slice())
                .or_insert((content, 0))
                .1 += refs;
        }
    }
    // A content nothing refers to (a forwarded message's unsealed form, a copy whose mailbox
    // went meanwhile) is not stored: it would never be released.
    let new: Vec<inbox::NewContent<'_>> = contents
        .values()
        .filter(|(_, refs)| *refs > 0)
        .map(|(c, refs)| inbox::NewContent {
            sha256: &c.sha256,
            body: &c.content,
            summary: &c.summary,
            refs: *refs,
        })
        .collect();
    let content_ids = inbox::store_contents(tx, &new).await?;

    let mut copies = Vec::new();
    let mut delivered = Vec::with_capacity(plans.len());
    let mut queued = Vec::new();
    for p in plans {
        let content_id_of = |index: usize| {
            p.contents
                .get(index)
                .and_then(|c| content_ids.get(&c.sha256).copied())
                .ok_or_else(|| {
                    DeliveryError::Batch("stored content missing from its own insert".into())
                })
        };
        let content_id = content_id_of(0)
            .or_else(|_| content_id_of(p.queued_content))
            .unwrap_or_default();
        let mut filed = 0;
        for (account, (rcpt, index)) in &p.mailboxes {
            if !locked.is_live(account) {
                continue;
            }
            let arrival = if p.inbox_accounts.contains(account) {
                inbox::Arrival::Inbox
            } else {
                p.folder
            };
            let default = [rules::RuleCopy {
                folder: inbox::Filing::Arrival(arrival),
                flags: Vec::new(),
            }];
            let wanted = p
                .rule_copies
                .get(account)
                .map_or(&default[..], Vec::as_slice);
            for copy in wanted {
                copies.push(inbox::InboxCopy {
                    account: *account,
                    content_id: content_id_of(*index)?,
                    size: p.contents.get(*index).map_or(0, PlannedContent::size),
                    envelope_from: p.envelope_from.clone(),
                    envelope_to: rcpt.clone(),
                    folder: copy.folder.clone(),
                    flags: copy.flags.clone(),
                });
                filed += 1;
            }
        }
        if !p.external.is_empty() {
            queued.push(postbay_queue::NewEntry {
                id: postbay_core::ids::QueueId::new(),
                content_id: content_id_of(p.queued_content)?,
                envelope_from: p.envelope_from.clone(),
                dsn: p.dsn.clone(),
                size: p
                    .contents
                    .get(p.queued_content)
                    .map_or(0, PlannedContent::size),
                dkim_domain: p.dkim_domain.clone(),
                recipients: p
                    .external
                    .iter()
                    .map(|(address, dsn)| postbay_queue::NewRecipient {
                        address: address.clone(),
                        domain: address
                            .rsplit_once('@')
                            .map(|(_, d)| d.to_ascii_lowercase())
                            .unwrap_or_default(),
                        notify: dsn.notify.clone(),
                        orcpt: dsn.orcpt.clone(),
                    })
                    .collect(),
            });
        }
        delivered.push(Delivered {
            mailboxes: filed,
            queued: p.external.len(),
            content_id,
        });
    }
    inbox::file_in_inboxes(tx, &locked, copies).await?;
    postbay_queue::enqueue(tx, &queued).await?;
    Ok(delivered)
}
