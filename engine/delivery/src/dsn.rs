//! Delivery status notifications (RFC 3464): the `multipart/report` a sender gets back when
//! mail to some of its recipients failed or is delayed. Local delivery uses it for mailboxes
//! found full after a message was accepted; the outbound queue uses it for bounces and delay
//! warnings.

use chrono::{DateTime, Utc};
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use postbay_core::outbound_settings::ReportLanguage;

use crate::message::header_section;

/// What happened to a recipient (RFC 3464 section 2.3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Failed,
    Delayed,
    Delivered,
    /// Handed to a peer that does not take DSN requests: it will not report success itself.
    Relayed,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Self::Failed => "failed",
            Self::Delayed => "delayed",
            Self::Delivered => "delivered",
            Self::Relayed => "relayed",
        }
    }
}

/// One recipient's line in the report.
#[derive(Debug, Clone)]
pub struct RecipientStatus {
    /// The recipient as the sender gave it.
    pub address: String,
    /// DSN `ORCPT`, when the sender gave one.
    pub original: Option<String>,
    pub action: Action,
    /// Enhanced status code (RFC 3463), such as `5.2.2`.
    pub status: String,
    /// The SMTP reply that explains it, such as `552 5.2.2 Mailbox full`.
    pub diagnostic: String,
}

/// What a report is about.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// This server's host name.
    pub reporting_mta: &'a str,
    /// The sender, who gets the report.
    pub to: &'a str,
    /// DSN `ENVID` given at MAIL.
    pub envid: Option<&'a str>,
    pub arrival: DateTime<Utc>,
    pub recipients: &'a [RecipientStatus],
    /// The original message; only its header section is returned unless `return_full`.
    pub original: &'a [u8],
    /// DSN `RET=FULL`.
    pub return_full: bool,
    /// The language of the human-readable part.
    pub language: ReportLanguage,
}

/// The human-readable words of a report.
struct Words {
    failed_subject: &'static str,
    delayed_subject: &'static str,
    success_subject: &'static str,
    other_subject: &'static str,
    intro: &'static str,
    failed: &'static str,
    delayed: &'static str,
    delivered: &'static str,
    relayed: &'static str,
}

fn words(language: ReportLanguage) -> Words {
    match language {
        ReportLanguage::En => Words {
            failed_subject: "Undelivered Mail Returned to Sender",
            delayed_subject: "Delayed Mail (still being retried)",
            success_subject: "Successful Mail Delivery Report",
            other_subject: "Delivery Status Notification",
            intro: "This is the mail system at host",
            failed: "Your message could not be delivered to the recipients below.",
            delayed: "Your message has not been delivered yet to the recipients below. It will be retried.",
            delivered: "Your message was delivered to the recipients below.",
            relayed: "Your message was handed on to the recipients' mail servers below, which will not confirm its delivery.",
        },
        ReportLanguage::De => Words {
            failed_subject: "Unzustellbare Nachricht",
            delayed_subject: "Zustellung verzögert (wird weiter versucht)",
            success_subject: "Zustellbestätigung",
            other_subject: "Zustellbenachrichtigung",
            intro: "Dies ist das Mailsystem auf dem Host",
            failed: "Ihre Nachricht konnte an die folgenden Empfänger nicht zugestellt werden.",
            delayed: "Ihre Nachricht wurde an die folgenden Empfänger noch nicht zugestellt. Die Zustellung wird weiter versucht.",
            delivered: "Ihre Nachricht wurde an die folgenden Empfänger zugestellt.",
            relayed: "Ihre Nachricht wurde an die Mailserver der folgenden Empfänger weitergegeben; diese bestätigen die Zustellung nicht.",
        },
        ReportLanguage::Cs => Words {
            failed_subject: "Nedoručitelná zpráva",
            delayed_subject: "Zpožděné doručení (stále se zkouší)",
            success_subject: "Potvrzení o doručení",
            other_subject: "Oznámení o stavu doručení",
            intro: "Toto je poštovní systém na serveru",
            failed: "Vaši zprávu nebylo možné doručit následujícím příjemcům.",
            delayed: "Vaše zpráva zatím nebyla doručena následujícím příjemcům. Doručení se bude dále zkoušet.",
            delivered: "Vaše zpráva byla doručena následujícím příjemcům.",
            relayed: "Vaše zpráva byla předána poštovním serverům následujících příjemců, které doručení nepotvrdí.",
        },
    }
}

/// The report as a complete message, ready to deliver with the null sender. Written with
/// mail-builder (headers encoded as RFC 2047 needs, the parts' boundaries); the machine-read
/// parts go as they are.
pub fn build(report: &Report<'_>) -> Vec<u8> {
    let host = report.reporting_mta;
    let failed = report.recipients.iter().all(|r| r.action == Action::Failed);
    let w = words(report.language);
    let subject = match report.recipients.first().map(|r| r.action) {
        Some(Action::Delayed) => w.delayed_subject,
        Some(Action::Delivered | Action::Relayed) => w.success_subject,
        _ if failed => w.failed_subject,
        _ => w.other_subject,
    };
    let mut text = format!("{} {host}.\r\n\r\n", w.intro);
    text.push_str(match report.recipients.first().map(|r| r.action) {
        Some(Action::Delayed) => w.delayed,
        Some(Action::Delivered) => w.delivered,
        Some(Action::Relayed) => w.relayed,
        _ => w.failed,
    });
    text.push_str("\r\n\r\n");
    for r in report.recipients {
        text.push_str(&format!("<{}>: {}\r\n", r.address, one_line(&r.diagnostic)));
    }
    let mut status = format!("Reporting-MTA: dns; {host}\r\n");
    if let Some(envid) = report.envid {
        status.push_str(&format!("Original-Envelope-Id: {}\r\n", one_line(envid)));
    }
    status.push_str(&format!(
        "Arrival-Date: {}\r\n",
        report.arrival.to_rfc2822()
    ));
    for r in report.recipients {
        status.push_str(&format!("\r\nFinal-Recipient: rfc822; {}\r\n", r.address));
        if let Some(original) = &r.original {
            let original = one_line(original);
            let original = original.strip_prefix("rfc822;").unwrap_or(&original).trim();
            status.push_str(&format!("Original-Recipient: rfc822; {original}\r\n"));
        }
        status.push_str(&format!(
            "Action: {}\r\nStatus: {}\r\nDiagnostic-Code: smtp; {}\r\n",
            r.action.as_str(),
            r.status,
            one_line(&r.diagnostic)
        ));
    }
    let returned = if report.return_full {
        as_is("message/rfc822", report.original.to_vec())
    } else {
        as_is(
            "text/rfc822-headers",
            header_section(report.original).to_vec(),
        )
    };
    let body = MimePart::new(
        ContentType::new("multipart/report").attribute("report-type", "delivery-status"),
        vec![
            MimePart::new(ContentType::new("text/plain"), text)
                .header("Content-Description", Raw::new("Notification")),
            as_is("message/delivery-status", status.into_bytes()),
            returned,
        ],
    );
    MessageBuilder::new()
        .from(Address::from((
            "Mail Delivery System".to_string(),
            format!("MAILER-DAEMON@{host}"),
        )))
        .to(Address::from(report.to.to_string()))
        .subject(subject)
        .message_id(format!("{}@{host}", uuid::Uuid::now_v7().simple()))
        .header("Auto-Submitted", Raw::new("auto-replied"))
        .body(body)
        .write_to_vec()
        .unwrap_or_default()
}

/// A part whose body goes as it is, 8bit: what a program reads (a delivery status, a
/// disposition) or a message returned whole (never base64, RFC 2046 5.2.1).
pub(crate) fn as_is(content_type: &'static str, body: Vec<u8>) -> MimePart<'static> {
    MimePart::new(ContentType::new(content_type), body).transfer_encoding("8bit")
}

/// Text for a single header or report line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(900)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bounce_is_a_delivery_status_report() {
        let recipients = [RecipientStatus {
            address: "bob@example.test".into(),
            original: Some("rfc822;Bob@Example.test".into()),
            action: Action::Failed,
            status: "5.2.2".into(),
            diagnostic: "552 5.2.2 Mailbox full".into(),
        }];
        let original = b"Subject: hello\r\nFrom: a@x.test\r\n\r\nsecret body\r\n";
        let report = build(&Report {
            reporting_mta: "mx.example.test",
            to: "a@x.test",
            envid: Some("E1"),
            arrival: Utc::now(),
            recipients: &recipients,
            original,
            return_full: false,
            language: ReportLanguage::En,
        });
        let parsed = mail_parser::MessageParser::default()
            .parse(&report)
            .expect("parses");
        let text = String::from_utf8_lossy(&report);
        assert!(mail_parser::MimeHeaders::is_content_type(
            &parsed,
            "multipart",
            "report"
        ));
        assert_eq!(parsed.parts.len(), 4, "text, delivery-status, headers");
        assert!(text.contains("Status: 5.2.2"));
        assert!(text.contains("Original-Recipient: rfc822; Bob@Example.test"));
        assert!(text.contains("Original-Envelope-Id: E1"));
        assert!(text.contains("Subject: hello"));
        assert!(
            !text.contains("secret body"),
            "headers only without RET=FULL"
        );
    }

    #[test]
    fn reports_speak_the_configured_language() {
        let recipients = [RecipientStatus {
            address: "b@y.test".into(),
            original: None,
            action: Action::Failed,
            status: "5.1.1".into(),
            diagnostic: "550 5.1.1 No such user".into(),
        }];
        let report = build(&Report {
            reporting_mta: "mx.example.test",
            to: "a@x.test",
            envid: None,
            arrival: Utc::now(),
            recipients: &recipients,
            original: b"Subject: x\r\n\r\nbody\r\n",
            return_full: false,
            language: ReportLanguage::Cs,
        });
        let parsed = mail_parser::MessageParser::default()
            .parse(&report)
            .expect("parses");
        assert_eq!(parsed.subject(), Some("Nedoručitelná zpráva"));
        let human = parsed.body_text(0).expect("a text part");
        assert!(
            human.contains("Vaši zprávu nebylo možné doručit"),
            "{human}"
        );
        let text = String::from_utf8_lossy(&report);
        assert!(text.contains("Action: failed"));
    }
}
