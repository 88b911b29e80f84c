//! Each recipient's own spam controls (`postbay_filter::user_settings`), applied to its
//! mailbox copy after the server's filter has decided for the whole message: a blocked
//! sender's mail, and spam for a user who refuses spam, leave that user's copy out; spam from
//! a sender the user trusts goes to its Inbox, not Junk. A message left with no copy and
//! nothing to forward is refused.

use std::collections::BTreeSet;

use postbay_filter::user_settings::{self, UserSpamAction, listed};
use sqlx::PgPool;
use uuid::Uuid;

use crate::{DeliveryError, Envelope};

/// What the recipients' controls change.
#[derive(Default)]
pub(crate) struct Applied {
    /// The envelope without the copies left out; `None` when none is.
    pub envelope: Option<Envelope>,
    /// Accounts whose copy goes to the Inbox although the message goes to Junk.
    pub inbox: BTreeSet<Uuid>,
}

pub(crate) async fn apply(
    pool: &PgPool,
    envelope: &Envelope,
    spam: bool,
) -> Result<Applied, DeliveryError> {
    let mailboxes: Vec<Uuid> = envelope
        .recipients
        .iter()
        .flat_map(|r| r.route.mailboxes.iter().copied())
        .collect();
    let users = user_settings::of_accounts(pool, &mailboxes).await?;
    if users.is_empty() {
        return Ok(Applied::default());
    }
    let from = |list: &[String]| envelope.from.as_deref().is_some_and(|f| listed(list, f));
    let mut left_out = BTreeSet::new();
    let mut inbox = BTreeSet::new();
    for (account, settings) in &users {
        if from(&settings.blocked_senders) {
            left_out.insert(*account);
        } else if spam && from(&settings.trusted_senders) {
            inbox.insert(*account);
        } else if spam && settings.spam_action == UserSpamAction::Reject {
            left_out.insert(*account);
        }
    }
    if left_out.is_empty() {
        return Ok(Applied {
            envelope: None,
            inbox,
        });
    }
    let mut kept = envelope.clone();
    for rcpt in &mut kept.recipients {
        rcpt.route.mailboxes.retain(|m| !left_out.contains(m));
    }
    if kept
        .recipients
        .iter()
        .all(|r| r.route.mailboxes.is_empty() && r.route.external.is_empty())
    {
        return Err(DeliveryError::Refused(
            "550 5.7.1 The recipient does not accept this message".into(),
        ));
    }
    Ok(Applied {
        envelope: Some(kept),
        inbox,
    })
}
