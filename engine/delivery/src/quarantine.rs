//! The pipeline's side of the quarantine (`postbay_quarantine` keeps the entries): what the
//! filter holds is stored there in one transaction before the sender hears 250, and a
//! release delivers it as first addressed, past the filter.

use postbay_core::access::Principal;
use postbay_core::ids::{DomainId, QuarantineId};
use postbay_core::names::EmailAddress;
use postbay_core::{CoreError, CoreResult};
use postbay_filter::Scan;
use postbay_quarantine::{Hold, HoldReason};
use serde::Serialize;

use crate::{
    DeliveryError, Envelope, Origin, Pipeline, Recipient, RecipientCheck, Route, check_recipient,
};

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
        let sender_domain = match &envelope.origin {
            Origin::Submitted(account) => {
                sqlx::query_scalar::<_, DomainId>("SELECT domain_id FROM accounts WHERE id = $1")
                    .bind(account)
                    .fetch_optional(&mut *tx)
                    .await?
            }
            _ => None,
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
        let entries = postbay_quarantine::hold(&mut tx, &entry, sender_domain).await?;
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
            let route = match check_recipient(&self.pool, &parsed, None)
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
            // Judged already: an administrator let it through.
            origin: Origin::Trusted,
        };
        self.deliver(&envelope, held.content.clone())
            .await
            .map_err(core)?;
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
