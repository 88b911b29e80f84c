//! The pipeline's side of the quarantine (`postbay_quarantine` keeps the entries): what the
//! filter holds is stored there in one transaction before the sender hears 250, and a
//! release delivers it as first addressed, past the filter.

use postbay_core::access::Principal;
use postbay_core::ids::{DomainId, QuarantineId, TenantId};
use postbay_core::names::EmailAddress;
use postbay_core::{CoreError, CoreResult};
use postbay_filter::Scan;
use postbay_quarantine::{Held, HeldFrom, Hold, HoldReason};
use serde::Serialize;

use crate::{
    DeliveryError, Envelope, Origin, Pipeline, Recipient, RecipientCheck, Route, check_recipient,
};

/// The refusal of a message the filter would hold but that has nowhere to be held.
const NOT_HELD: &str = "550 5.7.1 The message was refused as spam";
/// The same for a message held for its failed sender checks.
const NOT_AUTHENTICATED: &str = "550 5.7.1 The message failed the sender checks";

/// What a release did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Released {
    /// The recipients it was delivered (or queued) to.
    pub delivered_to: Vec<String>,
    /// Recipients that no longer receive mail here (deleted, disabled, full): not delivered.
    pub not_delivered: Vec<String>,
}

/// A message the filter holds, as the pipeline stores it.
pub(crate) struct Holding<'a> {
    pub reason: HoldReason,
    pub content: &'a [u8],
    pub scan: &'a Scan,
    pub retention_days: u32,
}

impl Pipeline {
    /// Stores `held` in the quarantine, one entry per recipient domain (a user's outgoing
    /// mail under the user's own domain), committed before this returns.
    pub(crate) async fn hold(
        &self,
        envelope: &Envelope,
        recipients: &[String],
        client: Option<std::net::IpAddr>,
        held: Holding<'_>,
    ) -> Result<(), DeliveryError> {
        let mut tx = self.pool.begin().await?;
        let from = match &envelope.origin {
            Origin::Submitted(account) => {
                let owner: Option<(DomainId, TenantId)> = sqlx::query_as(
                    "SELECT a.domain_id, d.tenant_id FROM accounts a \
                     JOIN domains d ON d.id = a.domain_id WHERE a.id = $1",
                )
                .bind(account)
                .fetch_optional(&mut *tx)
                .await?;
                match owner {
                    Some((domain, tenant)) => HeldFrom::User {
                        domain,
                        tenant,
                        account: *account,
                    },
                    // The account went away mid-session: nowhere to hold it.
                    None => return Err(DeliveryError::Refused(NOT_HELD.into())),
                }
            }
            _ => HeldFrom::Outside,
        };
        let mut tests: Vec<String> = held.scan.hits.iter().map(|h| h.name.clone()).collect();
        tests.extend(held.scan.engine_rules.iter().cloned());
        let entry = Hold {
            reason: held.reason,
            sender: envelope.from.as_deref(),
            recipients,
            client_ip: client,
            score: held.scan.score,
            tests,
            virus: held.scan.virus.clone(),
            content: held.content,
            retention_days: held.retention_days,
        };
        let entries = match postbay_quarantine::hold(&mut tx, &entry, from).await? {
            Held::Entries(n) => n,
            // A relayed recipient has no domain to be held for: refused rather than taken
            // and lost.
            Held::Unplaced => {
                let line = match held.reason {
                    postbay_quarantine::HoldReason::Unauthenticated => NOT_AUTHENTICATED,
                    _ => NOT_HELD,
                };
                return Err(DeliveryError::Refused(line.into()));
            }
        };
        tx.commit().await?;
        tracing::info!(entries, reason = ?held.reason, "message held in quarantine");
        Ok(())
    }

    /// Delivers a quarantined message to its recipients as first addressed, without filtering
    /// it again, then removes it from the quarantine. Recipients that no longer receive mail
    /// here are left out; when none is left, it stays held (`409 not_deliverable`).
    pub async fn release(&self, principal: &Principal, id: QuarantineId) -> CoreResult<Released> {
        let held = postbay_quarantine::releasable(&self.pool, principal, id).await?;
        let mut recipients = Vec::new();
        let mut not_delivered = Vec::new();
        for address in &held.entry.recipients {
            let Ok(parsed) = EmailAddress::parse(address, "recipients") else {
                not_delivered.push(address.clone());
                continue;
            };
            // A user's outgoing mail is routed as its tenant's, as it was when sent.
            let route = match check_recipient(&self.pool, &parsed, held.origin_tenant)
                .await
                .map_err(core)?
            {
                RecipientCheck::Local(route) => route,
                // A user's outgoing mail: relayed as it was addressed.
                RecipientCheck::NotLocal => Route::relayed(address),
                RecipientCheck::Unknown | RecipientCheck::OverQuota | RecipientCheck::Disabled => {
                    not_delivered.push(address.clone());
                    continue;
                }
            };
            recipients.push(Recipient {
                address: parsed,
                route,
                notify: Vec::new(),
                orcpt: None,
            });
        }
        if recipients.is_empty() {
            postbay_quarantine::unclaim(&self.pool, &held).await?;
            return Err(CoreError::Conflict {
                code: "not_deliverable",
                field: None,
                message: "none of its recipients receives mail here now; it stays held".into(),
            });
        }
        let delivered_to = recipients.iter().map(|r| r.address.to_string()).collect();
        let envelope = Envelope {
            from: held.entry.sender.clone(),
            recipients,
            ret: None,
            envid: None,
            // Judged already: an administrator let it through. A user's own mail leaves as
            // that user's submission (signed as it would have been).
            origin: match held.submitted_by {
                Some(account) => Origin::Released(account),
                None => Origin::Trusted,
            },
        };
        if let Err(e) = self.deliver(&envelope, held.content.clone()).await {
            postbay_quarantine::unclaim(&self.pool, &held).await?;
            return Err(core(e));
        }
        postbay_quarantine::released(&self.pool, principal, &held).await?;
        Ok(Released {
            delivered_to,
            not_delivered,
        })
    }
}

/// A delivery failure as the API reports it.
fn core(e: DeliveryError) -> CoreError {
    match e {
        DeliveryError::Core(e) => e,
        DeliveryError::Database(e) => CoreError::Database(e),
        DeliveryError::Mailbox(postbay_mailbox::MailboxError::Database(e)) => {
            CoreError::Database(e)
        }
        DeliveryError::Stopped => CoreError::Unavailable("the server is stopping".into()),
        other => CoreError::Internal(other.to_string().into()),
    }
}
