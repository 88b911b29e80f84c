//! The mail and spam log lines of the pipeline (events for `postbay_logs`, see its `capture`
//! module): a message's reception, one line per recipient domain so each domain's
//! administrators see only their own recipients, with the content filter's verdict and score;
//! each local delivery; and a spam line for what the filter did not pass clean (junk, refuse,
//! discard, quarantine, defer), as Kerio's spam log. Emitted after the commit (reception,
//! delivery) or the verdict.

use std::collections::BTreeMap;

use crate::{Delivered, Envelope, Origin};

/// The Message-ID of a message, from its header block alone (without `<>`).
pub(crate) fn message_id(content: &[u8]) -> Option<String> {
    mail_parser::MessageParser::new()
        .parse_headers(content)
        .and_then(|m| m.message_id().map(str::to_string))
}

fn service(envelope: &Envelope, collected: bool) -> &'static str {
    match envelope.origin {
        _ if collected => "pop3-collection",
        Origin::Remote(_) => "smtp",
        Origin::Submitted(_) => "submission",
        Origin::Server | Origin::Bounce(_) => "server",
        Origin::Trusted => "relay",
        Origin::Released(_) => "quarantine-release",
        Origin::Answered(_) => "sieve",
    }
}

fn client(envelope: &Envelope) -> String {
    match &envelope.origin {
        Origin::Remote(peer) => peer.ip.to_string(),
        _ => String::new(),
    }
}

fn sender_domain(envelope: &Envelope) -> Option<&str> {
    match envelope.origin {
        // A user's own mail is also their domain's to see.
        Origin::Submitted(_) | Origin::Released(_) | Origin::Answered(_) => envelope
            .from
            .as_deref()
            .and_then(|f| f.rsplit_once('@').map(|(_, d)| d)),
        _ => None,
    }
}

/// A stored message: one line per recipient domain, naming its recipients (`to`), those
/// whose mailboxes got it (`delivered`), the filter's verdict and score. Recipients that
/// leave the server get their own lines from the outbound queue.
pub(crate) fn received(
    envelope: &Envelope,
    message_id: Option<&str>,
    size: usize,
    collected: bool,
    filtered: Option<(&'static str, f64)>,
    delivered: &Delivered,
) {
    let (verdict, score) = match filtered {
        Some((verdict, score)) => (verdict, format!("{score:.2}")),
        None => ("", String::new()),
    };
    let from = envelope.from.as_deref().unwrap_or("");
    let service = service(envelope, collected);
    let client = client(envelope);
    // Per domain: its recipients, and those delivered to a mailbox here.
    let mut by_domain: BTreeMap<&str, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for rcpt in &envelope.recipients {
        let (to, local) = by_domain.entry(rcpt.address.domain().as_str()).or_default();
        to.push(rcpt.address.to_string());
        if delivered.mailboxes > 0 && !rcpt.route.mailboxes.is_empty() {
            local.push(rcpt.address.to_string());
        }
    }
    metrics::counter!("postbay_messages_received_total", "service" => service).increment(1);
    let own = sender_domain(envelope);
    for (domain, (recipients, local)) in &by_domain {
        metrics::counter!("postbay_messages_delivered_total", "path" => "local")
            .increment(local.len() as u64);
        let domains = match own {
            Some(own) if own != *domain => format!("{domain},{own}"),
            _ => domain.to_string(),
        };
        tracing::info!(
            target: "postbay::mail",
            message_id = message_id.unwrap_or(""),
            from,
            to = recipients.join(","),
            delivered = local.join(","),
            size,
            service,
            client = client.as_str(),
            verdict,
            score = score.as_str(),
            domains,
            "Recv"
        );
    }
}

/// The content filter's verdict on a message (`deliver`, `junk`, `refuse`, `discard`,
/// `quarantine`, `defer`), with its score and what the scanner found.
pub(crate) fn verdict(
    envelope: &Envelope,
    message_id: Option<&str>,
    recipients: &[String],
    outcome: &str,
    scan: Option<&postbay_filter::Scan>,
) {
    metrics::counter!("postbay_filter_verdicts_total", "verdict" => outcome.to_string())
        .increment(1);
    let score = scan.map(|s| s.score).unwrap_or(0.0);
    let virus = scan.and_then(|s| s.virus.as_deref()).unwrap_or("");
    tracing::info!(
        target: "postbay::spam",
        message_id = message_id.unwrap_or(""),
        from = envelope.from.as_deref().unwrap_or(""),
        to = recipients.join(","),
        verdict = outcome,
        score = format!("{score:.2}"),
        virus,
        client = client(envelope).as_str(),
        "Filter"
    );
}
