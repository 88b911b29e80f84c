//! Queued recipients whose address is hosted here — a user's rules redirected a message to
//! another local address — are delivered through the pipeline, not over SMTP to ourselves:
//! their own rules, quotas and forwards apply as to any mail arriving for them.

use postbay_core::ids::TenantId;
use postbay_core::names::EmailAddress;
use postbay_delivery::{DeliveryError, Envelope, Origin, Pipeline, Recipient, RecipientCheck};
use postbay_queue::{AttemptResult, Claimed, Entry, Final};

/// Whose mail a queued message is, is not kept with it: it is treated as mail from a tenant
/// that owns no domain, so only a domain proven to be its tenant's is delivered here and an
/// unverified one leaves by MX (as the sender's session decided when it was queued).
const UNKNOWN_SENDER: TenantId = TenantId(uuid::Uuid::nil());

/// What became of a group offered for delivery here.
pub(crate) enum HereOutcome {
    /// Not hosted here (or forwarded elsewhere): the caller routes it out.
    Elsewhere,
    /// Each recipient's outcome, to record.
    Done(Vec<AttemptResult>),
    /// Our own failure (the database gone): nothing is recorded, and the claim is given
    /// back as due at once by housekeeping, as for any local failure.
    Failed(DeliveryError),
}

/// The outcomes for `group` (one message, one domain) when its domain is hosted here.
pub(crate) async fn deliver(
    pipeline: &Pipeline,
    entry: &Entry,
    content: &[u8],
    group: &[Claimed],
) -> HereOutcome {
    let mut results = Vec::with_capacity(group.len());
    let mut accepted: Vec<(i32, Recipient)> = Vec::new();
    for claimed in group {
        let outcome = |state: Final, status: &str, reply: String| AttemptResult {
            position: claimed.position,
            state,
            reply,
            status: status.to_string(),
            remote_host: None,
            report: false,
        };
        let Ok(address) = EmailAddress::parse(&claimed.address, "recipient") else {
            results.push(outcome(
                Final::Failed,
                "5.1.3",
                "550 5.1.3 Bad recipient address syntax".into(),
            ));
            continue;
        };
        match pipeline
            .check_recipient(
                &address,
                Some(UNKNOWN_SENDER),
                entry.envelope_from.is_none(),
            )
            .await
        {
            Ok(RecipientCheck::NotLocal) => return HereOutcome::Elsewhere,
            // A domain forwarded elsewhere: the queue routes it to the forwarding host.
            Ok(RecipientCheck::Local(route))
                if route.mailboxes.is_empty() && route.external == [claimed.address.clone()] =>
            {
                return HereOutcome::Elsewhere;
            }
            Ok(RecipientCheck::Local(route)) => accepted.push((
                claimed.position,
                Recipient {
                    address,
                    route,
                    notify: notify(&claimed.notify),
                    orcpt: claimed.orcpt.clone(),
                },
            )),
            Ok(RecipientCheck::Unknown) => results.push(outcome(
                Final::Failed,
                "5.1.1",
                "550 5.1.1 No such user here".into(),
            )),
            Ok(RecipientCheck::Disabled) => results.push(outcome(
                Final::Failed,
                "5.2.1",
                "550 5.2.1 The mailbox is disabled".into(),
            )),
            Ok(RecipientCheck::OverQuota) => results.push(outcome(
                Final::Deferred,
                "4.2.2",
                "452 4.2.2 The mailbox is full".into(),
            )),
            Err(e) => return HereOutcome::Failed(e),
        }
    }
    if accepted.is_empty() {
        return HereOutcome::Done(results);
    }
    let positions: Vec<i32> = accepted.iter().map(|(p, _)| *p).collect();
    let envelope = Envelope {
        from: entry.envelope_from.clone(),
        recipients: accepted.into_iter().map(|(_, r)| r).collect(),
        ret: None,
        envid: None,
        // Screened when it first arrived; not signed (it does not leave).
        origin: Origin::Trusted,
    };
    let wants_success: Vec<bool> = envelope
        .recipients
        .iter()
        .map(|r| r.notify.contains(&"SUCCESS"))
        .collect();
    let (state, status, reply) = match pipeline.deliver(&envelope, content.to_vec()).await {
        Ok(_) => (
            Final::Delivered,
            "2.0.0".to_string(),
            "250 2.0.0 Delivered here".to_string(),
        ),
        Err(DeliveryError::Refused(reply)) => (Final::Failed, status_of(&reply, "5.0.0"), reply),
        Err(DeliveryError::MailboxFull(_)) => (
            Final::Failed,
            "5.2.2".into(),
            "552 5.2.2 The mailbox is full".into(),
        ),
        Err(DeliveryError::Deferred(reply)) => (Final::Deferred, status_of(&reply, "4.0.0"), reply),
        Err(e) => return HereOutcome::Failed(e),
    };
    results.extend(
        positions
            .into_iter()
            .zip(wants_success)
            .map(|(position, success)| AttemptResult {
                position,
                state,
                reply: reply.clone(),
                status: status.clone(),
                remote_host: None,
                // NOTIFY=SUCCESS: the sender hears it was delivered.
                report: success && state == Final::Delivered,
            }),
    );
    HereOutcome::Done(results)
}

/// The NOTIFY values as the pipeline keeps them.
fn notify(values: &[String]) -> Vec<&'static str> {
    values
        .iter()
        .filter_map(|v| {
            ["SUCCESS", "FAILURE", "DELAY", "NEVER"]
                .into_iter()
                .find(|k| k.eq_ignore_ascii_case(v))
        })
        .collect()
}

/// The enhanced status code of an SMTP reply line (`550 5.7.1 …` → `5.7.1`).
fn status_of(reply: &str, default: &str) -> String {
    reply
        .split_whitespace()
        .nth(1)
        .filter(|s| s.split('.').count() == 3 && s.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .unwrap_or(default)
        .to_string()
}
