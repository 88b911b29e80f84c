//! Users' own rules at delivery (issue 21): each recipient's active Sieve script runs on the
//! message after the content filter has spoken, and decides which folders its copy goes to,
//! with which flags, or that it is discarded. The script decides (`postbay_sieve::run`);
//! this stage turns the decision into the copies the batch writer files.
//!
//! Redirects become queue entries of the same plan (stored in the same transaction, sender
//! rewritten with SRS, a `Delivered-To` line added so a loop is seen); rejections and
//! vacation replies become [`Response`]s the pipeline sends once the message is stored.
//!
//! Never loses mail: a script that cannot be compiled or fails when run (a limit, a rule)
//! leaves the copy where it would have gone, as does a redirect that would loop.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;
use std::time::Duration;

use postbay_mailbox::inbox::{Arrival, Filing};
use postbay_sieve::{
    Action, Envelope, Environment, Limits, Mail, RunLimits, Script, VacationPeriod, VacationReply,
};
use sqlx::PgPool;
use uuid::Uuid;

use crate::message::header_section;
use crate::plan::{Dsn, PlannedContent, QueuedCopy};
pub(crate) use crate::plan::{Response, RuleCopy};
use crate::{DeliveryError, Plan};

/// A message already carrying this many `Delivered-To` lines is redirected no further.
const MAX_DELIVERED_TO: usize = 20;

/// Messages up to this size are run on the async worker; larger ones on the blocking pool
/// (the same bound as planning).
const INLINE_RUN_BYTES: usize = 256 * 1024;

/// What the store tells a running script: the account's folders, and its scripts by name.
struct Store {
    folders: HashSet<String>,
    scripts: std::collections::HashMap<String, String>,
}

impl Environment for Store {
    fn mailbox_exists(&self, name: &str) -> bool {
        self.folders.contains(name) || name.eq_ignore_ascii_case("INBOX")
    }

    fn script(&self, global: bool, name: &str) -> Option<Arc<Script>> {
        if global {
            return None;
        }
        let text = self.scripts.get(name)?;
        postbay_sieve::compile(text, &Limits::default())
            .ok()
            .map(Arc::new)
    }
}

/// Runs the active scripts of the plan's recipients and records, per account that has one,
/// the copies it decided on (none: discarded).
pub(crate) async fn apply(
    pool: &PgPool,
    hostname: &str,
    compiled: &Arc<CompiledScripts>,
    plan: &mut Plan,
) -> Result<(), DeliveryError> {
    let accounts: Vec<Uuid> = plan.mailboxes.keys().copied().collect();
    if accounts.is_empty() {
        return Ok(());
    }
    let scripts = postbay_rules::scripts::for_delivery(pool, &accounts).await?;
    if scripts.is_empty() {
        return Ok(());
    }
    for (account, scripts) in scripts {
        let Some((rcpt, index)) = plan.mailboxes.get(&account).cloned() else {
            continue;
        };
        let arrival = if plan.inbox_accounts.contains(&account) {
            Arrival::Inbox
        } else {
            plan.folder
        };
        let texts: Vec<String> = scripts.sequence().map(str::to_string).collect();
        let store = Store {
            folders: scripts.folders,
            scripts: scripts.by_name,
        };
        let envelope = Envelope {
            from: plan.envelope_from.clone().unwrap_or_default(),
            to: rcpt.clone(),
        };
        let account_address = scripts.address;
        let content = plan
            .contents
            .get(index)
            .map(|c| c.content.as_slice())
            .unwrap_or_default();
        let (store, outcome) = if content.len() > INLINE_RUN_BYTES {
            let content = content.to_vec();
            let compiled = compiled.clone();
            tokio::task::spawn_blocking(move || {
                let outcome = decide(&compiled, &store, &texts, &envelope, &content);
                (store, outcome)
            })
            .await
            .map_err(|e| DeliveryError::Batch(format!("running a Sieve script failed: {e}")))?
        } else {
            let outcome = decide(compiled, &store, &texts, &envelope, content);
            (store, outcome)
        };
        let actions = match outcome {
            Ok(actions) => actions,
            Err(why) => {
                // No decision recorded: the copy goes where it would have gone. The user is
                // shown why on the script.
                tracing::warn!(%account, error = %why, "the Sieve script failed; kept");
                if let Err(e) = postbay_rules::scripts::record_failure(pool, account, &why).await {
                    tracing::warn!(%account, error = %e, "recording a Sieve failure");
                }
                continue;
            }
        };
        let (actions, others) = actions.into_iter().partition(|a| {
            matches!(
                a,
                Action::Keep { .. } | Action::FileInto { .. } | Action::Discard
            )
        });
        let mut copies = copies(pool, account, arrival, &store, actions).await;
        let content: &[u8] = plan
            .contents
            .get(index)
            .map(|c| c.content.as_slice())
            .unwrap_or_default();
        let original = crate::responses::Original {
            content,
            sender: plan.envelope_from.as_deref(),
            recipient: &rcpt,
            account_address: &account_address,
        };
        let mut redirects: BTreeMap<String, Dsn> = BTreeMap::new();
        let mut responses = Vec::new();
        for action in others {
            match action {
                Action::Redirect { address } => {
                    redirects.entry(address).or_insert_with(|| Dsn {
                        notify: String::new(),
                        orcpt: None,
                    });
                }
                Action::Reject { reason, extended } => responses.push(Response::Reject {
                    account,
                    recipient: rcpt.clone(),
                    reason,
                    extended,
                    header: header_section(content).to_vec(),
                }),
                Action::Vacation(reply) => {
                    responses.extend(vacation(account, &reply, &original, hostname));
                }
                Action::Keep { .. } | Action::FileInto { .. } | Action::Discard => {}
            }
        }
        let looped = if redirects.is_empty() {
            None
        } else {
            redirect_loop(content, &rcpt)
        };
        plan.responses.extend(responses);
        if !redirects.is_empty() {
            match looped {
                None => {
                    let mut redirected = format!("Delivered-To: {rcpt}\r\n").into_bytes();
                    redirected.extend_from_slice(
                        plan.contents
                            .get(index)
                            .map(|c| c.content.as_slice())
                            .unwrap_or_default(),
                    );
                    let summary = plan
                        .contents
                        .get(index)
                        .map(|c| c.summary.clone())
                        .unwrap_or_default();
                    plan.contents.push(PlannedContent::new(redirected, summary));
                    plan.queued.push(QueuedCopy {
                        content: plan.contents.len() - 1,
                        envelope_from: plan.envelope_from.clone(),
                        recipients: redirects,
                        forwarder: rcpt.rsplit_once('@').map(|(_, d)| d.to_ascii_lowercase()),
                    });
                }
                Some(why) => {
                    tracing::warn!(%account, recipient = %rcpt, why, "Sieve redirect not carried out; kept");
                    if copies.is_empty() {
                        copies.push(RuleCopy {
                            folder: Filing::Arrival(arrival),
                            flags: Vec::new(),
                        });
                    }
                }
            }
        }
        plan.rule_copies.insert(account, copies);
    }
    Ok(())
}

/// Why redirecting the message for `recipient` would loop: it passed through that
/// recipient already, or through too many.
fn redirect_loop(content: &[u8], recipient: &str) -> Option<&'static str> {
    let header = header_section(content);
    let parsed = mail_parser::MessageParser::default().parse_headers(header)?;
    let delivered_to: Vec<&str> = parsed
        .header_values("Delivered-To")
        .filter_map(mail_parser::HeaderValue::as_text)
        .map(|v| v.trim().trim_start_matches('<').trim_end_matches('>'))
        .collect();
    if delivered_to
        .iter()
        .any(|d| d.eq_ignore_ascii_case(recipient))
    {
        Some("the message was delivered to this recipient before (a loop)")
    } else if delivered_to.len() >= MAX_DELIVERED_TO {
        Some("the message was redirected too many times")
    } else {
        None
    }
}

/// The vacation reply to send, when RFC 5230's rules allow one (the once-per-period rule is
/// the pipeline's, after the message is stored).
fn vacation(
    account: Uuid,
    reply: &VacationReply,
    original: &crate::responses::Original<'_>,
    hostname: &str,
) -> Option<Response> {
    match crate::responses::vacation_reply(reply, original, hostname) {
        Ok(message) => Some(Response::Vacation {
            account,
            handle: reply.handle.clone(),
            sender: original.sender.unwrap_or_default().to_string(),
            period: match reply.period {
                VacationPeriod::Days(d) => Duration::from_secs(d.saturating_mul(86_400)),
                VacationPeriod::Seconds(s) => Duration::from_secs(s),
            },
            message,
        }),
        Err(why) => {
            tracing::info!(%account, why = why.as_str(), "no vacation reply");
            None
        }
    }
}

/// The reply that refuses the whole message in the SMTP session, when it may be refused
/// there (a session is waiting for the answer) and every mailbox it reached rejected it.
pub(crate) fn refusal(plan: &Plan, refusable: bool) -> Option<String> {
    if !refusable || !plan.queued.is_empty() || plan.mailboxes.is_empty() {
        return None;
    }
    let mut reason = None;
    for account in plan.mailboxes.keys() {
        let rejected = plan.responses.iter().find_map(|r| match r {
            Response::Reject {
                account: a, reason, ..
            } if a == account => Some(reason.as_str()),
            _ => None,
        })?;
        if plan.rule_copies.get(account).is_some_and(|c| !c.is_empty()) {
            return None;
        }
        reason.get_or_insert(rejected);
    }
    Some(rejection_reply(reason.unwrap_or_default()))
}

/// The SMTP reply a rejection gives: `550 5.7.1` and the reason.
pub(crate) fn rejection_reply(reason: &str) -> String {
    format!("550 5.7.1 {}", one_line(reason))
}

/// A reason as one short line of printable ASCII, for an SMTP reply.
fn one_line(reason: &str) -> String {
    let mut out: String = reason
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '?'
            }
        })
        .take(200)
        .collect();
    if out.is_empty() {
        out.push_str("Rejected by the recipient's rules");
    }
    out
}

/// Compiles and runs the scripts (the domain's before, the user's, the domain's after) on a
/// message as one sequence: CPU work, bounded by the run's limits.
fn decide(
    compiled: &CompiledScripts,
    store: &Store,
    texts: &[String],
    envelope: &Envelope,
    content: &[u8],
) -> Result<Vec<Action>, String> {
    let scripts = texts
        .iter()
        .map(|t| compiled.get(t))
        .collect::<Result<Vec<_>, _>>()?;
    let sequence: Vec<&Script> = scripts.iter().map(|s| s.as_ref()).collect();
    let mail = Mail::new(content, envelope);
    postbay_sieve::run_sequence(&sequence, &mail, store, &RunLimits::default())
        .map_err(|e| e.to_string())
}

/// Scripts compiled before, by the digest of their text: a user's script is compiled once,
/// not at every delivery (compiling costs several times what running does). Bounded: when
/// full it starts again empty.
#[derive(Default)]
pub(crate) struct CompiledScripts {
    scripts: std::sync::Mutex<std::collections::HashMap<[u8; 32], Arc<Script>>>,
}

/// Compiled scripts kept at most.
const COMPILED_SCRIPTS: usize = 4096;

impl CompiledScripts {
    fn get(&self, text: &str) -> Result<Arc<Script>, String> {
        use sha2::{Digest, Sha256};
        let key: [u8; 32] = Sha256::digest(text.as_bytes()).into();
        if let Some(found) = self.scripts.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(found);
        }
        let script =
            Arc::new(postbay_sieve::compile(text, &Limits::default()).map_err(|e| e.to_string())?);
        if let Ok(mut map) = self.scripts.lock() {
            if map.len() >= COMPILED_SCRIPTS {
                map.clear();
            }
            map.insert(key, script.clone());
        }
        Ok(script)
    }
}

/// The copies `actions` ask for. A folder `:create` names is made now (it outlives a
/// delivery that fails later, harmlessly); one that does not exist otherwise means the
/// default folder, as a failed `fileinto` means implicit keep (RFC 5228 2.10.6).
async fn copies(
    pool: &PgPool,
    account: Uuid,
    arrival: Arrival,
    store: &Store,
    actions: Vec<Action>,
) -> Vec<RuleCopy> {
    let mut out: Vec<RuleCopy> = Vec::new();
    for action in actions {
        match action {
            Action::Keep { flags } => out.push(RuleCopy {
                folder: Filing::Arrival(arrival),
                flags,
            }),
            Action::FileInto {
                mailbox,
                flags,
                create,
            } => {
                let folder = if mailbox.eq_ignore_ascii_case("INBOX") {
                    Filing::Arrival(Arrival::Inbox)
                } else if store.folders.contains(&mailbox) {
                    Filing::Named(mailbox)
                } else if create {
                    match postbay_mailbox::folders::create(pool, account, &mailbox).await {
                        Ok(_) | Err(postbay_mailbox::MailboxError::Exists) => {
                            Filing::Named(mailbox)
                        }
                        Err(e) => {
                            tracing::warn!(%account, folder = %mailbox, error = %e, "Sieve fileinto :create failed; kept");
                            Filing::Arrival(arrival)
                        }
                    }
                } else {
                    tracing::warn!(%account, folder = %mailbox, "Sieve fileinto a folder that does not exist; kept");
                    Filing::Arrival(arrival)
                };
                out.push(RuleCopy { folder, flags });
            }
            Action::Discard
            | Action::Redirect { .. }
            | Action::Reject { .. }
            | Action::Vacation(_) => {}
        }
    }
    // Two decisions for one folder are one copy.
    let mut seen: BTreeSet<Filing> = BTreeSet::new();
    out.retain(|c| seen.insert(c.folder.clone()));
    out
}
