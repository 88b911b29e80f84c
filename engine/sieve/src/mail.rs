//! A message as Sieve's tests see it: header fields decoded (RFC 2047) and unfolded, address
//! fields parsed into their addresses, and the body as RFC 5173's transforms give it.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use mail_parser::{Address, HeaderName, HeaderValue, MessageParser, MimeHeaders, PartType};

use crate::script::{AddressPart, BodyTransform};

/// The message a script runs on, with its envelope. What tests read is parsed once, when
/// first asked for, and kept for the rest of the run.
pub struct Mail<'a> {
    raw: &'a [u8],
    /// Every header field parsed as unstructured text (what the `header` test compares).
    text: Option<mail_parser::Message<'a>>,
    /// The whole message parsed (for the body tests).
    parsed: OnceCell<Option<mail_parser::Message<'a>>>,
    /// The addresses of each field asked for, by lower-case name.
    addresses: RefCell<HashMap<String, Vec<String>>>,
    pub(crate) envelope: &'a Envelope,
}

/// The SMTP envelope: `MAIL FROM` (empty for `<>`) and the `RCPT TO` being delivered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    pub from: String,
    pub to: String,
}

impl<'a> Mail<'a> {
    pub fn new(raw: &'a [u8], envelope: &'a Envelope) -> Self {
        Mail {
            raw,
            // Every field as text. (With no field named, mail-parser uses its built-in
            // choice and parses From, Date… as structures; naming one makes the default apply.)
            text: MessageParser::new()
                .header_text(HeaderName::Subject)
                .default_header_text()
                .parse_headers(raw),
            parsed: OnceCell::new(),
            addresses: RefCell::new(HashMap::new()),
            envelope,
        }
    }

    /// Bytes of the header block (what a header test scans).
    pub(crate) fn header_bytes(&self) -> u64 {
        self.text
            .as_ref()
            .and_then(|m| m.headers().last())
            .map_or(0, |h| u64::from(h.offset_end))
    }

    pub(crate) fn size(&self) -> u64 {
        self.raw.len() as u64
    }

    /// The decoded values of every field named `name` (any case), in order.
    pub(crate) fn header(&self, name: &str) -> Vec<String> {
        let Some(message) = &self.text else {
            return Vec::new();
        };
        message
            .headers()
            .iter()
            .filter(|h| h.name().eq_ignore_ascii_case(name))
            .map(|h| match h.value() {
                HeaderValue::Text(t) => t.trim().to_string(),
                HeaderValue::TextList(list) => list.join(", "),
                _ => String::new(),
            })
            .collect()
    }

    /// The addresses in the fields named `names`, each cut as `part` asks (`None` when the
    /// part does not exist, as `:detail` without a separator).
    pub(crate) fn addresses(&self, names: &[String], part: AddressPart) -> Vec<String> {
        let mut out = Vec::new();
        for name in names {
            let key = name.to_ascii_lowercase();
            let mut kept = self.addresses.borrow_mut();
            let found = kept
                .entry(key)
                .or_insert_with(|| self.parse_addresses(name));
            out.extend(found.iter().filter_map(|a| address_part(a, part)));
        }
        out
    }

    /// Every address in the fields named `name`, in order.
    fn parse_addresses(&self, name: &str) -> Vec<String> {
        let parser = MessageParser::new().header_address(HeaderName::from(name.to_string()));
        let Some(message) = parser.parse_headers(self.raw) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for header in message.headers() {
            if !header.name().eq_ignore_ascii_case(name) {
                continue;
            }
            match header.value() {
                HeaderValue::Address(Address::List(list)) => {
                    out.extend(list.iter().filter_map(|a| a.address().map(str::to_string)));
                }
                HeaderValue::Address(Address::Group(groups)) => out.extend(
                    groups
                        .iter()
                        .flat_map(|g| g.addresses.iter())
                        .filter_map(|a| a.address().map(str::to_string)),
                ),
                _ => {}
            }
        }
        out
    }

    /// The body as `transform` gives it: the raw body, the decoded text of the text parts, or
    /// the decoded content of the parts of the named types.
    pub(crate) fn body(&self, transform: &BodyTransform) -> Vec<String> {
        match transform {
            BodyTransform::Raw => {
                let body = body_of(self.raw);
                vec![String::from_utf8_lossy(body).into_owned()]
            }
            BodyTransform::Text => self.parts(&["text".to_string()], true),
            BodyTransform::Content(types) => self.parts(types, false),
        }
    }

    fn parts(&self, types: &[String], text: bool) -> Vec<String> {
        let parsed = self
            .parsed
            .get_or_init(|| MessageParser::default().parse(self.raw));
        let mut out = Vec::new();
        if let Some(message) = parsed {
            collect_parts(message, types, text, &mut out, 0);
        }
        out
    }
}

/// The decoded content of `message`'s parts whose types are among `types`, nested messages
/// included (RFC 5173 5.2), to a bounded depth.
fn collect_parts(
    message: &mail_parser::Message<'_>,
    types: &[String],
    text: bool,
    out: &mut Vec<String>,
    depth: usize,
) {
    for part in &message.parts {
        if let PartType::Message(nested) = &part.body {
            if depth < 8 {
                collect_parts(nested, types, text, out, depth + 1);
            }
            continue;
        }
        let (kind, sub) = part
            .content_type()
            .map(|c| {
                (
                    c.ctype().to_ascii_lowercase(),
                    c.subtype().unwrap_or("").to_ascii_lowercase(),
                )
            })
            .unwrap_or_else(|| ("text".into(), "plain".into()));
        let wanted = types.iter().any(|t| {
            let t = t.to_ascii_lowercase();
            t.is_empty() || t == kind || t == format!("{kind}/{sub}")
        });
        if !wanted {
            continue;
        }
        match &part.body {
            PartType::Text(body) => out.push(body.to_string()),
            // RFC 5173 5.2: `:text` is the text a reader sees; `:content` the part's own
            // (decoded) content.
            PartType::Html(html) if text => {
                out.push(mail_parser::decoders::html::html_to_text(html))
            }
            PartType::Html(html) => out.push(html.to_string()),
            PartType::Binary(bytes) | PartType::InlineBinary(bytes) => {
                out.push(String::from_utf8_lossy(bytes).into_owned());
            }
            PartType::Message(_) | PartType::Multipart(_) => {}
        }
    }
}

/// What follows the header block: after its first empty line (CRLF or bare LF).
fn body_of(raw: &[u8]) -> &[u8] {
    let mut line_start = 0;
    for (i, &b) in raw.iter().enumerate() {
        if b == b'\n' {
            let line = &raw[line_start..i];
            if line.is_empty() || line == b"\r" {
                return &raw[i + 1..];
            }
            line_start = i + 1;
        }
    }
    &[]
}

/// One part of an address (RFC 5228 2.7.4, RFC 5233 with `+` as the separator).
pub(crate) fn address_part(address: &str, part: AddressPart) -> Option<String> {
    let (local, domain) = address.rsplit_once('@').unwrap_or((address, ""));
    Some(match part {
        AddressPart::All => address.to_string(),
        AddressPart::LocalPart => local.to_string(),
        AddressPart::Domain => domain.to_string(),
        AddressPart::User => local.split_once('+').map_or(local, |(u, _)| u).to_string(),
        AddressPart::Detail => local.split_once('+')?.1.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &[u8] = b"From: \"Bob\" <bob+lists@example.com>\r\n\
Subject: =?utf-8?q?Caf=C3=A9?= talk\r\n\
To: a@x.test,\r\n b@y.test\r\n\
X-Note: one\r\nX-Note: two\r\n\
Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n\
--b\r\nContent-Type: text/plain\r\n\r\nPlain words\r\n\
--b\r\nContent-Type: text/html\r\n\r\n<p>Html <b>words</b></p>\r\n--b--\r\n";

    #[test]
    fn fields_addresses_and_bodies() {
        let envelope = Envelope::default();
        let mail = Mail::new(MESSAGE, &envelope);
        assert_eq!(mail.header("subject"), vec!["Café talk".to_string()]);
        assert_eq!(
            mail.header("X-NOTE"),
            vec!["one".to_string(), "two".to_string()]
        );
        assert_eq!(mail.header("Missing"), Vec::<String>::new());
        // The header test sees From as text, its words decoded.
        assert_eq!(
            mail.header("from"),
            vec!["\"Bob\" <bob+lists@example.com>".to_string()]
        );
        let to = vec!["To".to_string()];
        assert_eq!(
            mail.addresses(&to, AddressPart::Domain),
            vec!["x.test", "y.test"]
        );
        let from = vec!["from".to_string()];
        assert_eq!(mail.addresses(&from, AddressPart::User), vec!["bob"]);
        assert_eq!(mail.addresses(&from, AddressPart::Detail), vec!["lists"]);
        assert_eq!(
            mail.addresses(&to, AddressPart::Detail),
            Vec::<String>::new()
        );
        let text = mail.body(&BodyTransform::Text).join("|");
        assert!(
            text.contains("Plain words") && text.contains("Html words"),
            "{text}"
        );
        let html = mail.body(&BodyTransform::Content(vec!["text/html".into()]));
        assert_eq!(html.len(), 1);
        assert!(mail.body(&BodyTransform::Raw)[0].starts_with("--b\r\n"));
        assert_eq!(mail.size(), MESSAGE.len() as u64);
    }
}
