//! The pipeline's use of sender authentication: for mail from other servers, verdicts that
//! claim to be ours are removed, the checks run, their header block goes on top of the
//! message and their verdict is kept with it; a sender whose DMARC policy says `reject` is
//! refused, one whose policy says `quarantine` goes to Junk. (Per-domain policy and the spam
//! score come with the filter settings.)

use std::net::IpAddr;

use postbay_mailauth::{DmarcPolicy, Inbound, SenderAuth};
use postbay_mailbox::inbox::Arrival;

use crate::{DeliveryError, Envelope};

/// The SMTP client that handed a message over.
#[derive(Debug, Clone)]
pub struct SmtpPeer {
    pub ip: IpAddr,
    /// The name it gave at EHLO or HELO.
    pub helo: String,
}

/// The message to store, what was found, and where its copies go.
pub(crate) struct Checked {
    pub content: Vec<u8>,
    pub verdict: serde_json::Value,
    pub arrival: Arrival,
}

pub(crate) async fn check(
    auth: &SenderAuth,
    peer: &SmtpPeer,
    envelope: &Envelope,
    content: Vec<u8>,
) -> Result<Checked, DeliveryError> {
    let content = match postbay_mailauth::strip_claims(&content, auth.authserv_id()) {
        std::borrow::Cow::Borrowed(_) => content,
        std::borrow::Cow::Owned(stripped) => {
            tracing::info!(client = %peer.ip, "removed a forged Authentication-Results header");
            stripped
        }
    };
    let checked = auth
        .check(&Inbound {
            ip: peer.ip,
            helo: &peer.helo,
            mail_from: envelope.from.as_deref(),
            message: &content,
        })
        .await;
    let dmarc = &checked.verdict.dmarc;
    if dmarc.requested == DmarcPolicy::Reject {
        tracing::info!(client = %peer.ip, domain = %dmarc.domain, "refused by the sender's DMARC policy");
        return Err(DeliveryError::Refused(format!(
            "550 5.7.1 Rejected by the DMARC policy of {}",
            dmarc.domain
        )));
    }
    // DMARC `quarantine`: delivered, to Junk.
    let arrival = match dmarc.requested {
        DmarcPolicy::Quarantine => Arrival::Junk,
        DmarcPolicy::None | DmarcPolicy::Reject => Arrival::Inbox,
    };
    let verdict = serde_json::to_value(&checked.verdict)
        .map_err(|e| DeliveryError::Batch(format!("the sender verdict: {e}")))?;
    let mut stored = checked.headers.into_bytes();
    stored.extend_from_slice(&content);
    Ok(Checked {
        content: stored,
        verdict,
        arrival,
    })
}
