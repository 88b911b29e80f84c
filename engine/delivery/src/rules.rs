//! Users' own rules at delivery (issue 21): each recipient's active Sieve script runs on the
//! message after the content filter has spoken, and decides which folders its copy goes to,
//! with which flags, or that it is discarded. The script decides (`postbay_sieve::run`);
//! this stage turns the decision into the copies the batch writer files.
//!
//! Never loses mail: a script that cannot be compiled or fails when run (a limit, a rule)
//! leaves the copy where it would have gone. Actions not carried out yet — redirect, reject,
//! vacation — are logged and the copy is kept.

use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

use postbay_mailbox::inbox::{Arrival, Filing};
use postbay_sieve::{Action, Envelope, Environment, Limits, Mail, RunLimits, Script};
use sqlx::PgPool;
use uuid::Uuid;

use crate::{DeliveryError, Plan};

/// One copy a user's rules asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RuleCopy {
    pub(crate) folder: Filing,
    pub(crate) flags: Vec<String>,
}

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
pub(crate) async fn apply(pool: &PgPool, plan: &mut Plan) -> Result<(), DeliveryError> {
    let accounts: Vec<Uuid> = plan.mailboxes.keys().copied().collect();
    if accounts.is_empty() {
        return Ok(());
    }
    let scripts = postbay_rules::scripts::for_delivery(pool, &accounts).await?;
    for (account, scripts) in scripts {
        let Some((rcpt, index)) = plan.mailboxes.get(&account).cloned() else {
            continue;
        };
        let arrival = if plan.inbox_accounts.contains(&account) {
            Arrival::Inbox
        } else {
            plan.folder
        };
        let folders: HashSet<String> = postbay_mailbox::folders::list(pool, account)
            .await?
            .into_iter()
            .map(|f| f.name)
            .collect();
        let store = Store {
            folders,
            scripts: scripts.by_name,
        };
        let envelope = Envelope {
            from: plan.envelope_from.clone().unwrap_or_default(),
            to: rcpt,
        };
        let content = plan
            .contents
            .get(index)
            .map(|c| c.content.as_slice())
            .unwrap_or_default();
        let text = scripts.active;
        let (store, outcome) = if content.len() > INLINE_RUN_BYTES {
            let content = content.to_vec();
            tokio::task::spawn_blocking(move || {
                let outcome = decide(&store, &text, &envelope, &content);
                (store, outcome)
            })
            .await
            .map_err(|e| DeliveryError::Batch(format!("running a Sieve script failed: {e}")))?
        } else {
            let outcome = decide(&store, &text, &envelope, content);
            (store, outcome)
        };
        let actions = match outcome {
            Ok(actions) => actions,
            Err(why) => {
                // No decision recorded: the copy goes where it would have gone.
                tracing::warn!(%account, error = %why, "the Sieve script failed; kept");
                continue;
            }
        };
        let copies = copies(pool, account, arrival, &store, actions).await;
        plan.rule_copies.insert(account, copies);
    }
    Ok(())
}

/// Compiles and runs a script on a message: CPU work, bounded by the run's limits.
fn decide(
    store: &Store,
    text: &str,
    envelope: &Envelope,
    content: &[u8],
) -> Result<Vec<Action>, String> {
    let script = postbay_sieve::compile(text, &Limits::default()).map_err(|e| e.to_string())?;
    let mail = Mail::new(content, envelope);
    postbay_sieve::run(&script, &mail, store, &RunLimits::default()).map_err(|e| e.to_string())
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
    let mut kept_for_later = false;
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
            Action::Discard => {}
            Action::Redirect { .. } | Action::Reject { .. } | Action::Vacation(_) => {
                tracing::warn!(%account, "Sieve redirect, reject and vacation are not carried out yet; kept");
                kept_for_later = true;
            }
        }
    }
    if kept_for_later && out.is_empty() {
        out.push(RuleCopy {
            folder: Filing::Arrival(arrival),
            flags: Vec::new(),
        });
    }
    // Two decisions for one folder are one copy.
    let mut seen: BTreeSet<Filing> = BTreeSet::new();
    out.retain(|c| seen.insert(c.folder.clone()));
    out
}
