//! What users' rules answer a sender: vacation replies (RFC 5230, with RFC 3834's rules for
//! automatic responses) and the notification a `reject` sends (an MDN, RFC 5429 2.2, RFC
//! 8098). Only the messages are written here; the pipeline decides when they go.

use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::message_id::MessageId;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use mail_parser::{HeaderName, HeaderValue};
use postbay_sieve::VacationReply;

use crate::message::header_section;

/// The original message a response answers, and to whom it was sent.
pub(crate) struct Original<'a> {
    pub(crate) content: &'a [u8],
    /// The envelope sender; `None` for `<>`.
    pub(crate) sender: Option<&'a str>,
    /// The envelope recipient that reached the user.
    pub(crate) recipient: &'a str,
    /// The user's own address (login@domain).
    pub(crate) account_address: &'a str,
}

/// Why no vacation reply goes out (RFC 5230 4.5 and 4.6, RFC 3834 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NoReply {
    NullSender,
    /// A list or a mail system (`owner-…`, `…-request`, `MAILER-DAEMON`).
    ListOrDaemonSender,
    OwnAddress,
    /// `Auto-Submitted` other than `no`.
    AutoSubmitted,
    /// `Precedence: bulk`, `list` or `junk`.
    Bulk,
    /// `List-Id` or another `List-*` field.
    MailingList,
    /// None of the user's addresses is in `To`, `Cc`, `Bcc` or their `Resent-` forms.
    NotAddressedToUser,
    Unreadable,
}

impl NoReply {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::NullSender => "the sender is <>",
            Self::ListOrDaemonSender => "the sender is a list or a mail system",
            Self::OwnAddress => "the sender is the user",
            Self::AutoSubmitted => "the message was sent automatically",
            Self::Bulk => "the message is bulk mail",
            Self::MailingList => "the message came from a mailing list",
            Self::NotAddressedToUser => "the user's address is not among the recipients",
            Self::Unreadable => "the message's header cannot be read",
        }
    }
}

const LIST_FIELDS: [&str; 7] = [
    "List-Id",
    "List-Post",
    "List-Help",
    "List-Subscribe",
    "List-Unsubscribe",
    "List-Owner",
    "List-Archive",
];

/// The vacation reply to `original`, or why none goes out. Sent from the user's address the
/// message was addressed to (or `:from`), to the envelope sender, as `auto-replied`.
pub(crate) fn vacation_reply(
    reply: &VacationReply,
    original: &Original<'_>,
    hostname: &str,
) -> Result<Vec<u8>, NoReply> {
    let sender = original.sender.ok_or(NoReply::NullSender)?;
    let sender_local = sender
        .rsplit_once('@')
        .map_or(sender, |(l, _)| l)
        .to_ascii_lowercase();
    if sender_local == "mailer-daemon"
        || sender_local == "listserv"
        || sender_local == "majordomo"
        || sender_local.starts_with("owner-")
        || sender_local.ends_with("-request")
    {
        return Err(NoReply::ListOrDaemonSender);
    }
    let own: Vec<String> = [original.account_address, original.recipient]
        .into_iter()
        .chain(reply.addresses.iter().map(String::as_str))
        .map(str::to_ascii_lowercase)
        .collect();
    if own.iter().any(|a| a.eq_ignore_ascii_case(sender)) {
        return Err(NoReply::OwnAddress);
    }
    let header = header_section(original.content);
    let parsed = mail_parser::MessageParser::default()
        .parse_headers(header)
        .ok_or(NoReply::Unreadable)?;
    if let Some(auto) = parsed
        .header("Auto-Submitted")
        .and_then(HeaderValue::as_text)
        && !auto.trim().eq_ignore_ascii_case("no")
    {
        return Err(NoReply::AutoSubmitted);
    }
    if let Some(precedence) = parsed.header("Precedence").and_then(HeaderValue::as_text)
        && ["bulk", "list", "junk"]
            .iter()
            .any(|p| precedence.trim().eq_ignore_ascii_case(p))
    {
        return Err(NoReply::Bulk);
    }
    if LIST_FIELDS.iter().any(|f| parsed.header(*f).is_some()) {
        return Err(NoReply::MailingList);
    }
    let addressed_as = parsed
        .headers()
        .iter()
        .filter(|h| {
            matches!(
                h.name,
                HeaderName::To
                    | HeaderName::Cc
                    | HeaderName::Bcc
                    | HeaderName::ResentTo
                    | HeaderName::ResentCc
                    | HeaderName::ResentBcc
            )
        })
        .filter_map(|h| h.value.as_address())
        .flat_map(|a| a.iter())
        .filter_map(|a| a.address())
        .find(|a| own.iter().any(|o| o.eq_ignore_ascii_case(a)))
        .map(str::to_string)
        .ok_or(NoReply::NotAddressedToUser)?;

    // `:from` may name the user's own address (with a name), never someone else's: a reply
    // that claims another sender is sent from the address the mail was sent to instead.
    let own = [
        original.account_address,
        original.recipient,
        addressed_as.as_str(),
    ];
    let from = reply
        .from
        .as_deref()
        .and_then(mailbox)
        .filter(|(_, address)| own.iter().any(|o| o.eq_ignore_ascii_case(address)))
        .map_or_else(
            || Address::from(addressed_as.clone()),
            |(name, address)| match name {
                Some(name) => Address::from((name, address)),
                None => Address::from(address),
            },
        );
    let subject = match &reply.subject {
        Some(s) => s.clone(),
        None => match parsed.subject().map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => format!("Auto: {s}"),
            None => "Automated reply".to_string(),
        },
    };
    let mut message = MessageBuilder::new()
        .from(from)
        .to(Address::from(sender.to_string()))
        .subject(subject)
        .message_id(new_message_id(hostname))
        .header("Auto-Submitted", Raw::new("auto-replied"));
    if let Some(id) = parsed.message_id() {
        let mut references: Vec<String> = parsed
            .references()
            .as_text_list()
            .map(|l| l.iter().map(|r| r.to_string()).collect())
            .unwrap_or_default();
        references.push(id.to_string());
        message = message
            .in_reply_to(MessageId::new(id.to_string()))
            .references(MessageId::from(references));
    }
    let message = if reply.mime {
        // `:mime`: the reason is a MIME entity, header fields and all.
        message.body(MimePart::raw(reply.reason.clone()))
    } else {
        message.text_body(reply.reason.clone())
    };
    message.write_to_vec().map_err(|_| NoReply::Unreadable)
}

/// The MDN a `reject` sends the sender (RFC 5429 2.2): the reason for a person, the
/// disposition for a program, and the original's header.
pub(crate) fn rejection_notice(
    original: &Original<'_>,
    sender: &str,
    reason: &str,
    hostname: &str,
) -> Vec<u8> {
    let header = header_section(original.content);
    let parsed = mail_parser::MessageParser::default().parse_headers(header);
    let subject = parsed
        .as_ref()
        .and_then(|p| p.subject())
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let message_id = parsed.as_ref().and_then(|p| p.message_id());
    let mut disposition = format!(
        "Reporting-UA: {hostname}; Postbay\r\nFinal-Recipient: rfc822; {}\r\n",
        original.recipient
    );
    if let Some(id) = message_id {
        disposition.push_str(&format!("Original-Message-ID: <{id}>\r\n"));
    }
    disposition.push_str("Disposition: automatic-action/MDN-sent-automatically; deleted\r\n");
    let text = format!(
        "Your message to <{}> was automatically rejected:\r\n\r\n{reason}\r\n",
        original.recipient
    );
    let report = MimePart::new(
        ContentType::new("multipart/report").attribute("report-type", "disposition-notification"),
        vec![
            MimePart::new(ContentType::new("text/plain"), text),
            crate::dsn::as_is("message/disposition-notification", disposition.into_bytes()),
            crate::dsn::as_is("text/rfc822-headers", header.to_vec()),
        ],
    );
    MessageBuilder::new()
        .from(Address::from((
            "Mail Delivery System".to_string(),
            format!("MAILER-DAEMON@{hostname}"),
        )))
        .to(Address::from(sender.to_string()))
        .subject(match subject {
            Some(s) => format!("Rejected: {s}"),
            None => "Automatically rejected mail".to_string(),
        })
        .message_id(new_message_id(hostname))
        .header("Auto-Submitted", Raw::new("auto-replied (rejected)"))
        .body(report)
        .write_to_vec()
        .unwrap_or_default()
}

/// The name and address of a mailbox as a header writes it (`Name <a@b>` or `a@b`).
fn mailbox(text: &str) -> Option<(Option<String>, String)> {
    let header = format!("From: {text}\r\n\r\n");
    let parsed = mail_parser::MessageParser::default().parse_headers(header.as_bytes())?;
    let first = parsed.from()?.first()?;
    Some((
        first.name().map(str::to_string),
        first.address()?.to_string(),
    ))
}

fn new_message_id(hostname: &str) -> MessageId<'static> {
    MessageId::new(format!("{}@{hostname}", uuid::Uuid::now_v7().simple()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use postbay_sieve::VacationPeriod;

    fn reply() -> VacationReply {
        VacationReply {
            period: VacationPeriod::Days(7),
            subject: None,
            from: None,
            addresses: vec!["alias@example.test".into()],
            mime: false,
            handle: "h".into(),
            reason: "I am away until Monday.".into(),
        }
    }

    fn original(content: &[u8]) -> Original<'_> {
        Original {
            content,
            sender: Some("bob@remote.test"),
            recipient: "alias@example.test",
            account_address: "alice@example.test",
        }
    }

    #[test]
    fn a_vacation_reply_answers_from_the_address_the_mail_was_sent_to() {
        let mail = b"From: Bob <bob@remote.test>\r\nTo: Alias <Alias@example.test>\r\n\
                     Subject: Lunch?\r\nMessage-ID: <m1@remote.test>\r\n\r\nHi\r\n";
        let text = vacation_reply(&reply(), &original(mail), "mx.test").expect("reply");
        let text = String::from_utf8(text).expect("utf-8");
        assert!(text.contains("From: <Alias@example.test>"), "{text}");
        assert!(text.contains("To: <bob@remote.test>"));
        assert!(text.contains("Subject: Auto: Lunch?"));
        assert!(text.contains("In-Reply-To: <m1@remote.test>"));
        assert!(text.contains("Auto-Submitted: auto-replied"));
        assert!(text.contains("I am away until Monday."));
    }

    #[test]
    fn a_vacation_reply_never_claims_another_sender() {
        let mail = b"To: alice@example.test\r\nSubject: hi\r\n\r\nx\r\n";
        let mut spoofing = reply();
        spoofing.from = Some("CEO <ceo@bank.example>".into());
        let text = vacation_reply(&spoofing, &original(mail), "mx.test").expect("reply");
        let text = String::from_utf8(text).expect("utf-8");
        assert!(text.contains("From: <alice@example.test>"), "{text}");
        let mut named = reply();
        named.from = Some("Alice Away <Alice@Example.test>".into());
        let text = vacation_reply(&named, &original(mail), "mx.test").expect("reply");
        let text = String::from_utf8(text).expect("utf-8");
        assert!(
            text.contains("From: \"Alice Away\" <Alice@Example.test>"),
            "{text}"
        );
    }

    #[test]
    fn no_vacation_reply_to_lists_robots_or_oneself() {
        let plain = b"To: alice@example.test\r\nSubject: x\r\n\r\nbody\r\n".as_slice();
        let cases: [(&[u8], Option<&str>, NoReply); 7] = [
            (plain, None, NoReply::NullSender),
            (
                plain,
                Some("owner-list@remote.test"),
                NoReply::ListOrDaemonSender,
            ),
            (
                plain,
                Some("MAILER-DAEMON@remote.test"),
                NoReply::ListOrDaemonSender,
            ),
            (plain, Some("alice@example.test"), NoReply::OwnAddress),
            (
                b"To: alice@example.test\r\nAuto-Submitted: auto-replied\r\n\r\nx\r\n",
                Some("bob@remote.test"),
                NoReply::AutoSubmitted,
            ),
            (
                b"To: alice@example.test\r\nPrecedence: bulk\r\n\r\nx\r\n",
                Some("bob@remote.test"),
                NoReply::Bulk,
            ),
            (
                b"To: alice@example.test\r\nList-Id: <l.remote.test>\r\n\r\nx\r\n",
                Some("bob@remote.test"),
                NoReply::MailingList,
            ),
        ];
        for (content, sender, why) in cases {
            let mut o = original(content);
            o.sender = sender;
            assert_eq!(
                vacation_reply(&reply(), &o, "mx.test").map(|_| ()),
                Err(why)
            );
        }
        let bcc_elsewhere = b"To: someone@else.test\r\n\r\nx\r\n";
        assert_eq!(
            vacation_reply(&reply(), &original(bcc_elsewhere), "mx.test").map(|_| ()),
            Err(NoReply::NotAddressedToUser)
        );
        let explicit_no = b"To: alice@example.test\r\nAuto-Submitted: no\r\n\r\nx\r\n";
        assert!(vacation_reply(&reply(), &original(explicit_no), "mx.test").is_ok());
    }

    #[test]
    fn a_rejection_notice_is_an_mdn_with_the_reason_and_the_original_header() {
        let mail = b"From: bob@remote.test\r\nSubject: Offer\r\nMessage-ID: <o@remote.test>\r\n\r\nbuy\r\n";
        let text = rejection_notice(&original(mail), "bob@remote.test", "No offers.", "mx.test");
        let text = String::from_utf8(text).expect("utf-8");
        assert!(text.contains("multipart/report"), "{text}");
        assert!(text.contains("disposition-notification"));
        assert!(text.contains("Disposition: automatic-action/MDN-sent-automatically; deleted"));
        assert!(text.contains("Original-Message-ID: <o@remote.test>"));
        assert!(text.contains("No offers."));
        assert!(text.contains("Subject: Rejected: Offer"));
        assert!(!text.contains("buy"), "the body does not go back");
    }
}
