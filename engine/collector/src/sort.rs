//! Which addresses a collected message's headers give, in the search order of Kerio: the
//! preferred header, then `Resent-To` and `Resent-Cc`, then `To` and `Cc` (which rule takes an
//! address is `postbay_core::collection::rule_for`).

use std::borrow::Cow;

use mail_parser::{HeaderName, HeaderValue, MessageParser};
use postbay_core::names::EmailAddress;

/// Most addresses taken from one message's headers (a header naming thousands is not mail a
/// sorting rule needs to read all of).
const MAX_ADDRESSES: usize = 1000;

/// Reads the headers sorting searches, for one account's preferred header.
pub struct HeaderReader {
    parser: MessageParser,
    preferred: Option<HeaderName<'static>>,
}

impl HeaderReader {
    pub fn new(preferred: &str) -> Self {
        let preferred: Option<HeaderName<'static>> =
            (!preferred.is_empty()).then(|| HeaderName::from(preferred.to_string()));
        let mut parser = MessageParser::new()
            .header_address(HeaderName::To)
            .header_address(HeaderName::Cc)
            .header_address(HeaderName::ResentTo)
            .header_address(HeaderName::ResentCc)
            .header_received(HeaderName::Received)
            .header_address(HeaderName::ReturnPath);
        if let Some(name) = preferred.clone()
            && name != HeaderName::Received
        {
            parser = parser.header_address(name);
        }
        Self { parser, preferred }
    }

    /// The address groups in search order (each deduplicated, empty ones left out), and the
    /// `Return-Path` address, if any.
    pub fn read(&self, message: &[u8]) -> (Vec<Vec<EmailAddress>>, Option<EmailAddress>) {
        let Some(parsed) = self.parser.parse_headers(message) else {
            return (Vec::new(), None);
        };
        let mut seen = 0usize;
        let mut group = |names: &[HeaderName<'static>]| -> Vec<EmailAddress> {
            let mut found: Vec<EmailAddress> = Vec::new();
            for name in names {
                for value in parsed.header_values(name.clone()) {
                    for text in addresses_of(value) {
                        if seen >= MAX_ADDRESSES {
                            return found;
                        }
                        seen += 1;
                        let text = text.trim().trim_start_matches('<').trim_end_matches('>');
                        if let Ok(address) = EmailAddress::parse(text, "header")
                            && !found.contains(&address)
                        {
                            found.push(address);
                        }
                    }
                }
            }
            found
        };
        let mut groups = Vec::new();
        if let Some(name) = &self.preferred {
            groups.push(group(std::slice::from_ref(name)));
        }
        groups.push(group(&[HeaderName::ResentTo, HeaderName::ResentCc]));
        groups.push(group(&[HeaderName::To, HeaderName::Cc]));
        groups.retain(|g| !g.is_empty());
        let return_path = parsed
            .header_values(HeaderName::ReturnPath)
            .flat_map(addresses_of)
            .next()
            .and_then(|text| {
                let text = text.trim().trim_start_matches('<').trim_end_matches('>');
                EmailAddress::parse(text, "Return-Path").ok()
            });
        (groups, return_path)
    }
}

/// The addresses a header value holds: an address list's, a `Received` field's `for`, or
/// what looks like an address in text (`Delivered-To: a@b`).
fn addresses_of<'a>(value: &'a HeaderValue<'_>) -> Vec<Cow<'a, str>> {
    match value {
        HeaderValue::Address(list) => list
            .iter()
            .filter_map(|a| a.address.as_deref().map(Cow::Borrowed))
            .collect(),
        HeaderValue::Received(received) => received
            .for_
            .as_deref()
            .map(Cow::Borrowed)
            .into_iter()
            .collect(),
        HeaderValue::Text(text) => text
            .split([',', ' ', '\t', ';'])
            .filter(|t| t.contains('@'))
            .map(|t| Cow::Owned(t.to_string()))
            .collect(),
        HeaderValue::TextList(list) => list
            .iter()
            .flat_map(|t| t.split([',', ' ', '\t', ';']))
            .filter(|t| t.contains('@'))
            .map(|t| Cow::Owned(t.to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(text: &str) -> EmailAddress {
        EmailAddress::parse(text, "a").expect("address")
    }

    #[test]
    fn groups_follow_the_search_order() {
        let message = b"Received: from x by y with SMTP for <env@company.com>; Mon, 30 Nov 2026 10:00:00 +0000\r\n\
            Return-Path: <Sender@Else.org>\r\n\
            To: \"Doe, John\" <john@company.com>, mary@company.com\r\n\
            Cc: undisclosed-recipients:;\r\n\
            Resent-To: Bob@Company.com\r\n\
            X-Envelope-To: <alice@company.com>\r\n\
            Subject: hi\r\n\r\nbody\r\n";
        let (groups, from) = HeaderReader::new("X-Envelope-To").read(message);
        assert_eq!(from, Some(address("sender@else.org")));
        assert_eq!(
            groups,
            vec![
                vec![address("alice@company.com")],
                vec![address("bob@company.com")],
                vec![address("john@company.com"), address("mary@company.com")],
            ]
        );
        let (groups, _) = HeaderReader::new("Received").read(message);
        assert_eq!(groups[0], vec![address("env@company.com")]);
        let (groups, _) = HeaderReader::new("Delivered-To").read(message);
        assert_eq!(
            groups[0],
            vec![address("bob@company.com")],
            "no Delivered-To: group left out"
        );
        let (groups, _) = HeaderReader::new("").read(message);
        assert_eq!(groups.len(), 2);
    }
}
