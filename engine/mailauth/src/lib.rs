//! Sender authentication of mail other servers hand us: SPF for the HELO name and the MAIL
//! FROM domain (RFC 7208), DKIM for every signature (RFC 6376, RFC 8463), ARC (RFC 8617) and
//! DMARC with alignment (RFC 7489), by the `mail-auth` crate over the server's own resolver;
//! the records it parses are kept until their TTL runs out (`cache.rs`). The outcome is a
//! header block for the
//! message (RFC 8601 `Authentication-Results`, and `Received-SPF`), a structured [`Verdict`]
//! kept with the message for the filters that come later, and what the sender's DMARC policy
//! asks for.
//!
//! What is checked, and what to do about it, is the pipeline's business; this crate only
//! answers. It never fails: a DNS error is a `temperror`, a broken record a `permerror`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use mail_auth::dkim::DkimError;
use mail_auth::dmarc::Policy;
use mail_auth::spf::verify::SpfParameters;
use mail_auth::{
    AuthenticatedMessage, AuthenticationResults, DkimOutput, DkimResult, DmarcResult, MX,
    MessageAuthenticator, Parameters, ReceivedSpf, RecordSet, SpfResult, Txt,
};
use serde::Serialize;

mod cache;
mod headers;
pub mod signing;

pub use headers::strip_claims;
pub use mail_auth::hickory_resolver::TokioResolver;

/// The checker, cheap to clone: one per server.
#[derive(Clone)]
pub struct SenderAuth {
    authenticator: MessageAuthenticator,
    /// Parsed records until their TTL runs out.
    caches: std::sync::Arc<cache::Caches>,
    /// The authserv-id of our `Authentication-Results` (RFC 8601 section 2.5): the host name.
    authserv_id: std::sync::Arc<str>,
}

/// A message as it arrived, with its SMTP envelope.
pub struct Inbound<'a> {
    pub ip: IpAddr,
    /// The name the client gave at EHLO or HELO.
    pub helo: &'a str,
    /// The reverse path; `None` for `<>`.
    pub mail_from: Option<&'a str>,
    /// The whole message, header and body, as received.
    pub message: &'a [u8],
}

/// What the checks found, kept with the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    /// SPF for the MAIL FROM domain (for `<>`, the HELO name's, as RFC 7208 section 2.4 says).
    pub spf: SpfCheck,
    pub spf_helo: SpfCheck,
    /// One entry per DKIM-Signature, in order.
    pub dkim: Vec<DkimCheck>,
    pub arc: Outcome,
    /// The domain (`d=` of the newest `ARC-Seal`) that sealed the chain last: the forwarder
    /// whose word a passing chain carries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arc_sealer: Option<String>,
    /// What that sealer recorded of DMARC in its `ARC-Authentication-Results`, when it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arc_sealer_dmarc: Option<Outcome>,
    pub dmarc: DmarcCheck,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SpfCheck {
    pub result: Outcome,
    pub domain: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DkimCheck {
    pub result: Outcome,
    /// The signing domain (`d=`) and selector (`s=`), when the signature could be read.
    pub domain: Option<String>,
    pub selector: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DmarcCheck {
    pub result: Outcome,
    /// The RFC 5322 From domain the policy is of.
    pub domain: String,
    /// The policy the domain publishes for this message (`sp`/`np` for subdomains).
    pub policy: DmarcPolicy,
    /// What the policy asks of a failing message, after its testing flag (`t=y` asks for one
    /// step less); `none` when DMARC passed or there is no policy.
    pub requested: DmarcPolicy,
}

/// The result of one check, as RFC 8601 names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    SoftFail,
    Neutral,
    None,
    TempError,
    PermError,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DmarcPolicy {
    None,
    Quarantine,
    Reject,
}

/// The checks' outcome: the verdict and the header lines to put on top of the message.
pub struct Checked {
    pub verdict: Verdict,
    /// `Authentication-Results` and `Received-SPF`, each ending in CRLF.
    pub headers: String,
    /// With a sealing key, the ARC set (`ARC-Seal`, `ARC-Message-Signature`,
    /// `ARC-Authentication-Results`) for the copy that is forwarded on; `None` when the
    /// message arrived with a chain that failed (RFC 8617 section 5.1.2: it is not sealed).
    pub arc_set: Option<String>,
}

/// The key a forwarding domain seals with (ARC is RSA-SHA256 only, RFC 8617 section 4.1.2).
pub struct ArcSealKey {
    pub domain: String,
    pub selector: String,
    /// PKCS#1 DER, as `signing::KeyPair` stores RSA keys.
    pub rsa_private_der: Vec<u8>,
}

impl SenderAuth {
    /// A checker asking `resolver`, writing `authserv_id` (the server's host name).
    pub fn new(resolver: TokioResolver, authserv_id: &str) -> Self {
        Self {
            authenticator: MessageAuthenticator(resolver),
            caches: Default::default(),
            authserv_id: authserv_id.into(),
        }
    }

    /// `params` with this checker's record caches.
    #[allow(clippy::type_complexity)]
    fn cached<P>(
        &self,
        params: P,
    ) -> Parameters<
        '_,
        P,
        cache::TtlCache<Box<str>, Txt>,
        cache::TtlCache<Box<str>, RecordSet<MX>>,
        cache::TtlCache<Box<str>, RecordSet<Ipv4Addr>>,
        cache::TtlCache<Box<str>, RecordSet<Ipv6Addr>>,
        cache::TtlCache<IpAddr, RecordSet<Box<str>>>,
    > {
        Parameters::new(params)
            .with_txt_cache(&self.caches.txt)
            .with_mx_cache(&self.caches.mx)
            .with_ipv4_cache(&self.caches.ipv4)
            .with_ipv6_cache(&self.caches.ipv6)
            .with_ptr_cache(&self.caches.ptr)
    }

    /// The authserv-id this checker writes (and whose claims in received mail are removed).
    pub fn authserv_id(&self) -> &str {
        &self.authserv_id
    }

    /// Runs every check on `inbound`; with `seal`, also seals what it found for forwarding.
    pub async fn check(&self, inbound: &Inbound<'_>, seal: Option<&ArcSealKey>) -> Checked {
        let auth = &self.authenticator;
        let host = &*self.authserv_id;
        let helo = inbound.helo;
        let spf_helo = auth
            .verify_spf(self.cached(SpfParameters::verify_ehlo(inbound.ip, helo, host)))
            .await;
        let spf = match inbound.mail_from {
            Some(from) => {
                auth.verify_spf(self.cached(SpfParameters::verify_mail_from(
                    inbound.ip, helo, host, from,
                )))
                .await
            }
            None => spf_helo.clone(),
        };
        let mail_from = inbound.mail_from.unwrap_or("");
        let mail_from_domain = match inbound.mail_from {
            Some(from) => from.rsplit_once('@').map_or(from, |(_, d)| d),
            None => helo,
        };
        let mut results = AuthenticationResults::new(host)
            .with_spf_ehlo_result(&spf_helo, inbound.ip, helo)
            .with_spf_mailfrom_result(&spf, inbound.ip, mail_from, helo);
        let received_spf = ReceivedSpf::new(&spf, inbound.ip, helo, mail_from, host);
        let mut arc_set = None;
        let (dkim, arc, (arc_sealer, arc_sealer_dmarc), dmarc) =
            match AuthenticatedMessage::parse(inbound.message) {
                Some(message) => {
                    let arc_sealer = last_sealer(&message);
                    // A DKIM-Signature that cannot even be read is a PERMFAIL (RFC 6376
                    // 6.1.1). mail-auth reports some unreadable headers as neutral results
                    // without a signature — ARC ones too —, so those are dropped and each
                    // unreadable DKIM-Signature counted once, here.
                    let mut dkim_outputs: Vec<DkimOutput<'_>> = auth
                        .verify_dkim(self.cached(&message))
                        .await
                        .into_iter()
                        .filter(|o| {
                            !(o.signature().is_none()
                                && matches!(o.result(), DkimResult::Neutral(_)))
                        })
                        .map(|output| body_change_fails(&message, output))
                        .collect();
                    dkim_outputs.extend(
                        message
                            .errors
                            .iter()
                            .filter(|e| e.name.eq_ignore_ascii_case(b"DKIM-Signature"))
                            .map(|e| DkimOutput::perm_err(e.header.clone())),
                    );
                    let arc_output = auth.verify_arc(self.cached(&message)).await;
                    let dmarc_output = auth
                        .verify_dmarc(self.cached(mail_auth::dmarc::verify::DmarcParameters {
                            message: &message,
                            dkim_output: &dkim_outputs,
                            dkim2_output: None,
                            rfc5321_mail_from_domain: mail_from_domain,
                            spf_output: &spf,
                        }))
                        .await;
                    let from_domain = dmarc_output.domain().to_string();
                    results = results
                        .with_dkim_results(&dkim_outputs, &from_domain)
                        .with_arc_result(&arc_output, inbound.ip)
                        .with_dmarc_result(&dmarc_output);
                    if let Some(key) = seal {
                        arc_set = signing::arc_seal(key, &message, &results, &arc_output);
                    }
                    let dkim = dkim_outputs
                        .iter()
                        .map(|o| DkimCheck {
                            result: dkim_outcome(o.result()),
                            domain: o.signature().map(|s| s.d.clone()),
                            selector: o.signature().map(|s| s.s.clone()),
                        })
                        .collect();
                    let result = dmarc_outcome(&dmarc_output.result());
                    let policy = dmarc_policy(dmarc_output.policy());
                    let testing = dmarc_output.dmarc_record().is_some_and(|r| r.t);
                    let requested = match (result, policy, testing) {
                        (Outcome::Fail, p, false) => p,
                        (Outcome::Fail, DmarcPolicy::Reject, true) => DmarcPolicy::Quarantine,
                        _ => DmarcPolicy::None,
                    };
                    (
                        dkim,
                        dkim_outcome(arc_output.result()),
                        arc_sealer,
                        DmarcCheck {
                            result,
                            domain: from_domain,
                            policy,
                            requested,
                        },
                    )
                }
                None => (
                    Vec::new(),
                    Outcome::None,
                    (None, None),
                    DmarcCheck {
                        result: Outcome::None,
                        domain: String::new(),
                        policy: DmarcPolicy::None,
                        requested: DmarcPolicy::None,
                    },
                ),
            };
        use mail_auth::common::headers::HeaderWriter;
        let headers = format!("{}{}", results.to_header(), received_spf.to_header());
        Checked {
            verdict: Verdict {
                spf: SpfCheck {
                    result: spf_outcome(spf.result()),
                    domain: spf.domain().to_string(),
                },
                spf_helo: SpfCheck {
                    result: spf_outcome(spf_helo.result()),
                    domain: spf_helo.domain().to_string(),
                },
                dkim,
                arc,
                arc_sealer,
                arc_sealer_dmarc,
                dmarc,
            },
            headers,
            arc_set,
        }
    }
}

/// The domain that sealed the ARC chain last, and the DMARC result it recorded in its
/// `ARC-Authentication-Results` of the same instance.
fn last_sealer(message: &AuthenticatedMessage<'_>) -> (Option<String>, Option<Outcome>) {
    let Some(seal) = message.as_headers.iter().max_by_key(|h| h.header.i) else {
        return (None, None);
    };
    let recorded = message
        .aar_headers
        .iter()
        .find(|h| h.header.i == seal.header.i)
        .and_then(|h| recorded_dmarc(h.value));
    (Some(seal.header.d.to_ascii_lowercase()), recorded)
}

/// The `dmarc=` result in the text of an Authentication-Results field.
fn recorded_dmarc(value: &[u8]) -> Option<Outcome> {
    let text = String::from_utf8_lossy(value).to_ascii_lowercase();
    let at = text
        .match_indices("dmarc=")
        .find(|(i, _)| *i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric())?
        .0;
    let word: String = text[at + 6..]
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    Some(match word.as_str() {
        "pass" => Outcome::Pass,
        "fail" => Outcome::Fail,
        "temperror" => Outcome::TempError,
        "permerror" => Outcome::PermError,
        "none" => Outcome::None,
        _ => Outcome::Neutral,
    })
}

/// A body that no longer hashes to the signature's `bh=` fails the signature (RFC 6376
/// section 6.1.3, PERMFAIL; RFC 8601 `fail`): mail-auth calls it `neutral`, as OpenDKIM does.
fn body_change_fails<'x>(
    message: &'x AuthenticatedMessage<'x>,
    output: DkimOutput<'x>,
) -> DkimOutput<'x> {
    let DkimResult::Neutral(error @ mail_auth::Error::Dkim(DkimError::FailedBodyHashMatch)) =
        output.result()
    else {
        return output;
    };
    let signed = output.signature().and_then(|signature| {
        message
            .dkim_headers
            .iter()
            .find(|h| std::ptr::eq(&h.header, signature))
    });
    match signed {
        Some(header) => DkimOutput::fail(error.clone()).with_signature(&header.header),
        None => output,
    }
}

fn spf_outcome(result: SpfResult) -> Outcome {
    match result {
        SpfResult::Pass => Outcome::Pass,
        SpfResult::Fail => Outcome::Fail,
        SpfResult::SoftFail => Outcome::SoftFail,
        SpfResult::Neutral => Outcome::Neutral,
        SpfResult::TempError => Outcome::TempError,
        SpfResult::PermError => Outcome::PermError,
        SpfResult::None => Outcome::None,
    }
}

fn dkim_outcome(result: &DkimResult) -> Outcome {
    match result {
        DkimResult::Pass => Outcome::Pass,
        DkimResult::Neutral(_) => Outcome::Neutral,
        DkimResult::Fail(_) => Outcome::Fail,
        DkimResult::PermError(_) => Outcome::PermError,
        DkimResult::TempError(_) => Outcome::TempError,
        DkimResult::None => Outcome::None,
    }
}

fn dmarc_outcome(result: &DmarcResult) -> Outcome {
    match result {
        DmarcResult::Pass => Outcome::Pass,
        DmarcResult::Fail(_) => Outcome::Fail,
        DmarcResult::TempError(_) => Outcome::TempError,
        DmarcResult::PermError(_) => Outcome::PermError,
        DmarcResult::None => Outcome::None,
    }
}

fn dmarc_policy(policy: Policy) -> DmarcPolicy {
    match policy {
        Policy::Quarantine => DmarcPolicy::Quarantine,
        Policy::Reject => DmarcPolicy::Reject,
        Policy::None | Policy::Unspecified => DmarcPolicy::None,
    }
}
