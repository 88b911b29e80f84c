//! The pipeline's use of sender authentication: for mail from other servers, verdicts that
//! claim to be ours are removed, the checks run, their header block goes on top of the
//! message and their verdict is kept with it; then the mail-auth settings decide what a
//! failure means — refused at SMTP, filed in Junk, its subject tagged, or accepted (a
//! domain's own policy over the server's when every recipient is in it). A chain of ARC
//! seals that passes, sealed last by a trusted forwarder that recorded DMARC passing there,
//! forgives the failures forwarding causes. A message a hosted domain forwards gets its ARC
//! seal here, over the message as it arrived. (The spam score joins when content filtering
//! lands.)

use std::borrow::Cow;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;

use postbay_core::ids::DomainId;
use postbay_core::ip_groups::IpMatcher;
use postbay_domainauth::settings::{DomainMailAuthPolicy, FailAction, MailAuthSettings};
use postbay_mailauth::{ArcSealKey, DmarcPolicy, Inbound, Outcome, SenderAuth, Verdict};
use postbay_mailbox::inbox::Arrival;
use sqlx::PgPool;

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
    /// `None` when the sender was not checked (checks off, or an exempt client).
    pub verdict: Option<serde_json::Value>,
    /// The same, as the content filter scores it.
    pub checks: Option<Verdict>,
    pub arrival: Arrival,
    /// The checks that failed with `quarantine` as their action (the message is held, not
    /// delivered); empty otherwise.
    pub hold: Vec<&'static str>,
    /// The copy to forward, ARC-sealed: as it arrived with our verdict on top, untouched by
    /// what is done to the mailboxes' copies, so the seal holds.
    pub forwarded: Option<Vec<u8>>,
}

/// The mail-auth settings as the pipeline applies them.
pub(crate) struct Policy {
    settings: MailAuthSettings,
    exempt: Option<IpMatcher>,
    /// Domains' own policies, by mail name.
    domains: HashMap<String, (DomainId, Arc<DomainMailAuthPolicy>)>,
}

impl Policy {
    /// The settings for a message: its recipients' domain's policy over the server's when
    /// they are all in one domain that has one; the server's otherwise.
    fn for_envelope(&self, envelope: &Envelope) -> Cow<'_, MailAuthSettings> {
        let mut domains = envelope
            .recipients
            .iter()
            .map(|r| self.domains.get(r.address.domain().as_str()));
        let Some(Some((first, policy))) = domains.next() else {
            return Cow::Borrowed(&self.settings);
        };
        if domains.all(|d| d.is_some_and(|(id, _)| id == first)) {
            Cow::Owned(self.settings.for_domain(policy))
        } else {
            Cow::Borrowed(&self.settings)
        }
    }
}

/// The policy, read again after any settings change anywhere (the settings generation).
#[derive(Default)]
pub(crate) struct PolicyCache {
    cached: postbay_core::settings::ByGeneration<Policy>,
}

impl PolicyCache {
    pub(crate) async fn get(&self, pool: &PgPool) -> Result<Arc<Policy>, DeliveryError> {
        self.cached
            .get(|| async {
                let settings = postbay_domainauth::settings::mail_auth(pool).await?;
                let exempt = match settings.exempt_group_id {
                    // A group deleted meanwhile exempts no one.
                    Some(group) => postbay_core::ip_groups::matcher(pool, group).await.ok(),
                    None => None,
                };
                let domains = postbay_domainauth::settings::domain_policies(pool).await?;
                Ok::<_, DeliveryError>(Policy {
                    settings,
                    exempt,
                    domains,
                })
            })
            .await
    }
}

pub(crate) async fn check(
    auth: &SenderAuth,
    policy: &Policy,
    seal: Option<&ArcSealKey>,
    peer: &SmtpPeer,
    envelope: &Envelope,
    content: Vec<u8>,
) -> Result<Checked, DeliveryError> {
    // Verdicts claiming to be ours go whether or not we check (RFC 8601 section 5): a client
    // that trusts our name must never read someone else's.
    let content = match postbay_mailauth::strip_claims(&content, auth.authserv_id()) {
        std::borrow::Cow::Borrowed(_) => content,
        std::borrow::Cow::Owned(stripped) => {
            tracing::info!(client = %peer.ip, "removed a forged Authentication-Results header");
            stripped
        }
    };
    let unchecked = !policy.settings.verify_incoming
        || policy.exempt.as_ref().is_some_and(|g| g.contains(peer.ip));
    if unchecked {
        return Ok(Checked {
            content,
            verdict: None,
            checks: None,
            arrival: Arrival::Inbox,
            hold: Vec::new(),
            forwarded: None,
        });
    }
    let checked = auth
        .check(
            &Inbound {
                ip: peer.ip,
                helo: &peer.helo,
                mail_from: envelope.from.as_deref(),
                message: &content,
            },
            seal,
        )
        .await;
    let settings = policy.for_envelope(envelope);
    let decision = decide(&settings, &checked.verdict);
    if let Some(line) = decision.refusal {
        tracing::info!(client = %peer.ip, reply = %line, "refused by the sender checks");
        return Err(DeliveryError::Refused(line));
    }
    let verdict = serde_json::to_value(&checked.verdict)
        .map_err(|e| DeliveryError::Batch(format!("the sender verdict: {e}")))?;
    let forwarded = checked.arc_set.map(|set| {
        let mut sealed = set.into_bytes();
        sealed.extend_from_slice(checked.headers.as_bytes());
        sealed.extend_from_slice(&content);
        sealed
    });
    let content = if decision.tag {
        postbay_mailbox::message::prefix_subject(&content, &settings.subject_tag)
    } else {
        content
    };
    let mut stored = checked.headers.into_bytes();
    stored.extend_from_slice(&content);
    Ok(Checked {
        content: stored,
        verdict: Some(verdict),
        checks: Some(checked.verdict),
        arrival: if decision.junk {
            Arrival::Junk
        } else {
            Arrival::Inbox
        },
        hold: decision.hold,
        forwarded,
    })
}

/// What the settings make of a verdict.
#[derive(Debug, Default, PartialEq, Eq)]
struct Decision {
    /// The SMTP reply that refuses the message.
    refusal: Option<String>,
    junk: bool,
    tag: bool,
    /// The failed checks whose action holds the message in the quarantine.
    hold: Vec<&'static str>,
}

fn decide(settings: &MailAuthSettings, verdict: &Verdict) -> Decision {
    // A trusted forwarder's word counts only for what it saw: the chain must pass and its
    // seal record DMARC passing on arrival there (RFC 8617 section 7.2.1).
    let forwarded_by_trusted = verdict.arc == Outcome::Pass
        && verdict.arc_sealer_dmarc == Some(Outcome::Pass)
        && verdict
            .arc_sealer
            .as_ref()
            .is_some_and(|d| settings.trusted_arc_sealers.contains(d));
    if forwarded_by_trusted {
        return Decision::default();
    }
    // (action, SMTP refusal, the check's name as the quarantine lists it)
    let mut failures: Vec<(FailAction, String, &'static str)> = Vec::new();
    let dmarc = &verdict.dmarc;
    let dmarc_line = || format!("550 5.7.1 Rejected by the DMARC policy of {}", dmarc.domain);
    match dmarc.requested {
        DmarcPolicy::Reject => {
            failures.push((settings.dmarc_reject_action, dmarc_line(), "DMARC_REJECT"))
        }
        DmarcPolicy::Quarantine => failures.push((
            settings.dmarc_quarantine_action,
            dmarc_line(),
            "DMARC_QUARANTINE",
        )),
        DmarcPolicy::None => {}
    }
    if verdict.spf.result == Outcome::Fail {
        failures.push((
            settings.spf_fail_action,
            format!(
                "550 5.7.23 SPF validation failed for {}",
                verdict.spf.domain
            ),
            "SPF_FAIL",
        ));
    }
    let dkim_failed = verdict.dkim.iter().any(|d| d.result == Outcome::Fail)
        && !verdict.dkim.iter().any(|d| d.result == Outcome::Pass);
    if dkim_failed {
        failures.push((
            settings.dkim_fail_action,
            "550 5.7.20 No passing DKIM signature found".to_string(),
            "DKIM_FAIL",
        ));
    }
    Decision {
        refusal: failures
            .iter()
            .find(|(action, _, _)| *action == FailAction::Reject)
            .map(|(_, line, _)| line.clone()),
        junk: failures.iter().any(|(a, _, _)| *a == FailAction::Junk),
        tag: failures
            .iter()
            .any(|(a, _, _)| *a == FailAction::TagSubject),
        hold: failures
            .iter()
            .filter(|(a, _, _)| *a == FailAction::Quarantine)
            .map(|(_, _, name)| *name)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use postbay_mailauth::{DkimCheck, DmarcCheck, SpfCheck};

    fn verdict(spf: Outcome, dkim: &[Outcome], requested: DmarcPolicy) -> Verdict {
        let check = |result| SpfCheck {
            result,
            domain: "x.example".into(),
        };
        Verdict {
            spf: check(spf),
            spf_helo: check(Outcome::None),
            dkim: dkim
                .iter()
                .map(|r| DkimCheck {
                    result: *r,
                    domain: None,
                    selector: None,
                })
                .collect(),
            arc: Outcome::None,
            arc_sealer: None,
            arc_sealer_dmarc: None,
            dmarc: DmarcCheck {
                result: Outcome::Fail,
                domain: "x.example".into(),
                policy: requested,
                requested,
            },
        }
    }

    #[test]
    fn the_settings_decide_what_a_failure_means() {
        let defaults = MailAuthSettings::default();
        let reject = decide(&defaults, &verdict(Outcome::Pass, &[], DmarcPolicy::Reject));
        assert_eq!(
            reject.refusal.as_deref(),
            Some("550 5.7.1 Rejected by the DMARC policy of x.example")
        );
        let quarantine = decide(
            &defaults,
            &verdict(Outcome::Pass, &[], DmarcPolicy::Quarantine),
        );
        assert!(quarantine.junk && quarantine.refusal.is_none());
        // By default SPF and DKIM failures alone are only recorded.
        let failing = verdict(Outcome::Fail, &[Outcome::Fail], DmarcPolicy::None);
        assert_eq!(decide(&defaults, &failing), Decision::default());
        let strict = MailAuthSettings {
            spf_fail_action: FailAction::Reject,
            dkim_fail_action: FailAction::TagSubject,
            ..MailAuthSettings::default()
        };
        let decided = decide(&strict, &failing);
        assert_eq!(
            decided.refusal.as_deref(),
            Some("550 5.7.23 SPF validation failed for x.example")
        );
        assert!(decided.tag);
        // One passing signature is enough for DKIM.
        let one_passes = verdict(
            Outcome::Pass,
            &[Outcome::Fail, Outcome::Pass],
            DmarcPolicy::None,
        );
        assert_eq!(decide(&strict, &one_passes), Decision::default());
        // A trusted forwarder's passing ARC chain forgives.
        let mut forwarded = verdict(Outcome::Fail, &[Outcome::Fail], DmarcPolicy::Reject);
        forwarded.arc = Outcome::Pass;
        forwarded.arc_sealer = Some("lists.example".into());
        forwarded.arc_sealer_dmarc = Some(Outcome::Pass);
        let trusting = MailAuthSettings {
            trusted_arc_sealers: vec!["lists.example".into()],
            ..strict
        };
        assert_eq!(decide(&trusting, &forwarded), Decision::default());
        // Not when the forwarder itself saw DMARC fail.
        forwarded.arc_sealer_dmarc = Some(Outcome::Fail);
        assert!(decide(&trusting, &forwarded).refusal.is_some());
        forwarded.arc_sealer_dmarc = Some(Outcome::Pass);
        forwarded.arc_sealer = Some("other.example".into());
        assert!(decide(&trusting, &forwarded).refusal.is_some());
    }

    #[test]
    fn quarantine_holds_unless_another_check_refuses() {
        let held = MailAuthSettings {
            dmarc_reject_action: FailAction::Quarantine,
            ..MailAuthSettings::default()
        };
        let forged = verdict(Outcome::Fail, &[], DmarcPolicy::Reject);
        let decided = decide(&held, &forged);
        assert_eq!(decided.hold, vec!["DMARC_REJECT"]);
        assert!(decided.refusal.is_none() && !decided.junk);
        // A refusal by another check wins: the message is refused, not held.
        let stricter = MailAuthSettings {
            spf_fail_action: FailAction::Reject,
            ..held
        };
        let decided = decide(&stricter, &forged);
        assert!(decided.refusal.is_some_and(|r| r.starts_with("550 5.7.23")));
    }

    #[test]
    fn subjects_are_tagged_or_made() {
        assert_eq!(
            postbay_mailbox::message::prefix_subject(
                b"From: a\r\nSubject: hi\r\n\r\nSubject: body\r\n",
                "[T] "
            ),
            b"From: a\r\nSubject: [T] hi\r\n\r\nSubject: body\r\n".to_vec()
        );
        assert_eq!(
            postbay_mailbox::message::prefix_subject(b"From: a\r\n\r\nSubject: body\r\n", "[T] "),
            b"Subject: [T]\r\nFrom: a\r\n\r\nSubject: body\r\n".to_vec()
        );
    }
}
