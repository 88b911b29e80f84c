//! What one message becomes before it is written: its contents, the mailboxes and folders
//! its copies go to, what users' rules decided, and the queue entries of its remote
//! recipients. Made by the session that received the message (`plan`), completed by the
//! rules stage (`rules`), written by the batch writer (`batch`).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use postbay_mailbox::inbox::{self, Filing};
use postbay_mailbox::summary;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{Collected, Envelope};

/// One distinct content a message is stored as.
pub(crate) struct PlannedContent {
    pub(crate) sha256: Vec<u8>,
    pub(crate) content: Vec<u8>,
    pub(crate) summary: serde_json::Value,
}

impl PlannedContent {
    pub(crate) fn new(content: Vec<u8>, summary: serde_json::Value) -> Self {
        Self {
            sha256: Sha256::digest(&content).to_vec(),
            content,
            summary,
        }
    }

    pub(crate) fn size(&self) -> i64 {
        i64::try_from(self.content.len()).unwrap_or(i64::MAX)
    }
}

/// What one message becomes: worked out by the session that received it (resolution, hashing,
/// parsing run concurrently), written by the batch writer.
pub(crate) struct Plan {
    pub(crate) envelope_from: Option<String>,
    /// The message as stored; the first is what most copies and the queue entries share,
    /// others are per-recipient variants (with `X-Envelope-To`), a sealed copy to forward,
    /// or a redirected copy.
    pub(crate) contents: Vec<PlannedContent>,
    /// Each distinct mailbox that gets a copy, with the recipient that reached it and the
    /// index of its content.
    pub(crate) mailboxes: BTreeMap<Uuid, (String, usize)>,
    /// What leaves through the outbound queue: at most one entry for relayed recipients,
    /// one for forwards, one per redirecting user.
    pub(crate) queued: Vec<QueuedCopy>,
    /// DSN parameters for the queue entries.
    pub(crate) dsn: serde_json::Value,
    /// Where it was collected from, recorded with it.
    pub(crate) collected: Option<Collected>,
    /// The folder its copies go to.
    pub(crate) folder: inbox::Arrival,
    /// Accounts whose copy goes to the Inbox whatever `folder` says.
    pub(crate) inbox_accounts: BTreeSet<Uuid>,
    /// The copies their own rules (Sieve) decided on, for accounts that have an active
    /// script: none means discarded.
    pub(crate) rule_copies: BTreeMap<Uuid, Vec<RuleCopy>>,
    /// What their rules answer the sender once the message is stored (rejections, vacation
    /// replies).
    pub(crate) responses: Vec<Response>,
    /// The name its queue entries are DKIM-signed as when they leave.
    pub(crate) dkim_domain: Option<String>,
    /// For a bounce ([`crate::Origin::Bounce`]): how many recipients failed, announced to the
    /// local sender's tenant in the batch that stores it.
    pub(crate) bounced: usize,
}

/// One queue entry of a plan.
pub(crate) struct QueuedCopy {
    /// Which of the plan's contents it holds.
    pub(crate) content: usize,
    pub(crate) envelope_from: Option<String>,
    /// Its recipients, each with the DSN parameters of the recipient that led there (the
    /// first, when several did).
    pub(crate) recipients: BTreeMap<String, Dsn>,
    /// The hosted domain that forwards it, for forwards and redirects: its envelope sender
    /// is to be rewritten into that domain (SRS) before it is stored.
    pub(crate) forwarder: Option<String>,
}

impl Plan {
    pub(crate) fn bytes(&self) -> usize {
        self.contents.iter().map(|c| c.content.len()).sum()
    }

    /// A plan for one generated message (a report, a reply) to one mailbox or to the queue.
    pub(crate) fn single(from: Option<String>, content: Vec<u8>) -> Self {
        let summary = summary(&content);
        Self::of(from, vec![PlannedContent::new(content, summary)])
    }

    fn of(from: Option<String>, contents: Vec<PlannedContent>) -> Self {
        Self {
            envelope_from: from,
            contents,
            mailboxes: BTreeMap::new(),
            queued: Vec::new(),
            dsn: serde_json::json!({}),
            collected: None,
            folder: inbox::Arrival::Inbox,
            inbox_accounts: BTreeSet::new(),
            rule_copies: BTreeMap::new(),
            responses: Vec::new(),
            dkim_domain: None,
            bounced: 0,
        }
    }

    /// Recipients queued for outbound delivery.
    pub(crate) fn queued_recipients(&self) -> usize {
        self.queued.iter().map(|q| q.recipients.len()).sum()
    }
}

pub(crate) fn plan(envelope: &Envelope, content: Vec<u8>, collected: Option<Collected>) -> Plan {
    let summary = summary(&content);
    let mut variants: Vec<PlannedContent> = Vec::new();
    let mut mailboxes: BTreeMap<Uuid, (String, usize)> = BTreeMap::new();
    let mut relayed = QueuedCopy {
        content: 0,
        envelope_from: envelope.from.clone(),
        recipients: BTreeMap::new(),
        forwarder: None,
    };
    let mut forwarded = QueuedCopy {
        content: 0,
        envelope_from: envelope.from.clone(),
        recipients: BTreeMap::new(),
        forwarder: None,
    };
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
        let queue = if rcpt.route.forwards {
            if forwarded.forwarder.is_none() && !rcpt.route.external.is_empty() {
                forwarded.forwarder = Some(rcpt.address.domain().as_str().to_string());
            }
            &mut forwarded
        } else {
            &mut relayed
        };
        for address in &rcpt.route.external {
            queue
                .recipients
                .entry(address.clone())
                .or_insert_with(|| Dsn {
                    notify: rcpt.notify.join(","),
                    orcpt: rcpt.orcpt.clone(),
                });
        }
    }
    let mut contents = vec![PlannedContent::new(content, summary)];
    contents.extend(variants);
    let mut plan = Plan::of(envelope.from.clone(), contents);
    plan.mailboxes = mailboxes;
    plan.queued = [relayed, forwarded]
        .into_iter()
        .filter(|q| !q.recipients.is_empty())
        .collect();
    plan.dsn = envelope.dsn();
    plan.collected = collected;
    if let crate::Origin::Bounce(failed) = envelope.origin {
        plan.bounced = failed;
    }
    plan
}

/// A queued recipient's DSN parameters (RFC 3461).
#[derive(Debug, Clone)]
pub(crate) struct Dsn {
    /// NOTIFY values joined with commas; empty for the default.
    pub(crate) notify: String,
    pub(crate) orcpt: Option<String>,
}

/// What a user's rules answer the sender once the message is stored.
#[derive(Debug, Clone)]
pub(crate) enum Response {
    /// `reject` (an MDN) or `ereject` (a DSN), unless the whole message was refused in the
    /// SMTP session instead.
    Reject {
        account: Uuid,
        recipient: String,
        reason: String,
        extended: bool,
        /// The original's header section, which goes back with the notice.
        header: Vec<u8>,
    },
    /// A vacation reply, sent unless this sender had this one within `period`.
    Vacation {
        account: Uuid,
        handle: String,
        sender: String,
        period: Duration,
        message: Vec<u8>,
    },
}

/// One copy a user's rules asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RuleCopy {
    pub(crate) folder: Filing,
    pub(crate) flags: Vec<String>,
}
