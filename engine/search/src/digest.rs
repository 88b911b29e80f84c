//! What the index keeps of one content, computed from its bytes alone: the same function feeds
//! the index and decides, in memory, for a content not indexed yet.

use mail_parser::{Address, HeaderValue, Message, MessageParser, MimeHeaders, PartType};
use postbay_mime::Piece;

/// Search text kept per content at most (each of header and body text); what lies beyond is
/// not searchable. Far above any text a person writes; bounds what one message costs the index.
pub const MAX_TEXT: usize = 16 * 1024 * 1024;

/// Nested messages (message/rfc822 inside message/rfc822…) whose text is searched.
const MAX_DEPTH: usize = 8;

/// One content's rendered IMAP pieces and search text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Digest {
    /// The header block, blank line included.
    pub header: Vec<u8>,
    /// ENVELOPE, BODY and BODYSTRUCTURE as IMAP writes them.
    pub envelope: Vec<u8>,
    pub body_structure: Vec<u8>,
    pub body_structure_ext: Vec<u8>,
    /// One line per header field, `name: value`, lower case: the raw value unfolded, and, when
    /// it reads differently, the decoded one (RFC 2047 words, addresses as `name <address>`).
    pub header_text: String,
    /// The decoded text of the body, lower case: text parts in their charset converted to
    /// UTF-8, HTML reduced to text, nested messages (their header lines too), file names.
    pub body_text: String,
    /// The day of the Date field as written (its own time zone, RFC 3501 6.4.4).
    pub sent_on: Option<chrono::NaiveDate>,
}

impl Digest {
    /// The digest of a stored message.
    pub fn of(content: &[u8]) -> Digest {
        let Some(message) = MessageParser::default().parse(content) else {
            return unparsed(content);
        };
        let mut envelope = Vec::new();
        postbay_mime::envelope(&mut envelope, &message);
        let mut body_structure = Vec::new();
        postbay_mime::structure(&mut body_structure, &message, false);
        let mut body_structure_ext = Vec::new();
        postbay_mime::structure(&mut body_structure_ext, &message, true);
        let mut header_text = String::new();
        header_lines(&mut header_text, &message);
        let mut body_text = String::new();
        body_lines(&mut body_text, &message, 0);
        Digest {
            header: postbay_mime::header_block(&message),
            envelope,
            body_structure,
            body_structure_ext,
            header_text: bounded(fold(&header_text)),
            body_text: bounded(fold(&body_text)),
            sent_on: message.date().and_then(|d| {
                chrono::NaiveDate::from_ymd_opt(
                    i32::from(d.year),
                    u32::from(d.month),
                    u32::from(d.day),
                )
            }),
        }
    }

    /// Whether a header field `name` has `needle` (lower case) in its value, raw or decoded;
    /// with an empty needle, whether the field is there at all.
    pub fn field_contains(&self, name: &str, needle: &str) -> bool {
        field_contains(&self.header_text, name, needle)
    }

    /// BODY: the body text holds `needle` (lower case).
    pub fn body_contains(&self, needle: &str) -> bool {
        self.body_text.contains(needle)
    }

    /// TEXT: the header lines or the body text hold `needle` (lower case).
    pub fn text_contains(&self, needle: &str) -> bool {
        self.header_text.contains(needle) || self.body_text.contains(needle)
    }

    /// The pieces FETCH reads from the index.
    pub fn rendered(&self) -> Rendered {
        Rendered {
            header: self.header.clone(),
            envelope: self.envelope.clone(),
            body_structure: self.body_structure.clone(),
            body_structure_ext: self.body_structure_ext.clone(),
        }
    }
}

/// The digests of some contents, computed off the async workers (parsing is CPU work: a
/// search over mail not indexed yet must not stall the sessions sharing a worker).
pub async fn of_all(
    contents: Vec<(uuid::Uuid, Vec<u8>)>,
) -> crate::SearchResult<Vec<(uuid::Uuid, Digest)>> {
    tokio::task::spawn_blocking(move || {
        contents
            .into_iter()
            .map(|(id, body)| (id, Digest::of(&body)))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| crate::SearchError::Indexing(e.to_string()))
}

/// What FETCH reads of a message from the index instead of parsing it.
#[derive(Debug, Clone, Default, PartialEq, sqlx::FromRow)]
pub struct Rendered {
    pub header: Vec<u8>,
    pub envelope: Vec<u8>,
    pub body_structure: Vec<u8>,
    pub body_structure_ext: Vec<u8>,
}

impl Rendered {
    /// A top-level header section (`BODY[HEADER]`, `HEADER.FIELDS`), when that is what is
    /// asked for.
    pub fn header_section(&self, path: &[u32], piece: &Piece) -> Option<Vec<u8>> {
        postbay_mime::header_section(&self.header, path, piece)
    }
}

/// A field's line holds no line break, and a field name no colon: a condition asking for one
/// matches nothing, in memory and in SQL alike.
pub(crate) fn field_name_and_needle_fit(name: &str, needle: &str) -> bool {
    !needle.contains(['\r', '\n']) && !name.contains(['\r', '\n', ':'])
}

/// The line-per-field test shared by the in-memory check and, as a regular expression, SQL.
pub(crate) fn field_contains(header_text: &str, name: &str, needle: &str) -> bool {
    if !field_name_and_needle_fit(name, needle) {
        return false;
    }
    header_text.lines().any(|line| {
        line.len() > name.len()
            && line.is_char_boundary(name.len())
            && line[..name.len()].eq_ignore_ascii_case(name)
            && line[name.len()..].starts_with(": ")
            && line[name.len() + 2..].contains(needle)
    })
}

/// Text as the index keeps it and needles are compared with it: each character lower-cased on
/// its own (not `str::to_lowercase`, whose final sigma depends on the next character, so a
/// needle would not match inside a longer word), NUL as a space (PostgreSQL text holds none).
/// The one folding both the index and the in-memory test use.
///
/// Runs once per message indexed, over up to the whole text: ASCII (most mail) is folded a
/// byte at a time into a buffer sized once.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\0' => folded.push(' '),
            c if c.is_ascii() => folded.push(c.to_ascii_lowercase()),
            c => folded.extend(c.to_lowercase()),
        }
    }
    folded
}

fn bounded(mut text: String) -> String {
    text.truncate(text.floor_char_boundary(MAX_TEXT));
    text
}

/// A message mail-parser cannot read: its header lines as they are, the rest as body text.
fn unparsed(content: &[u8]) -> Digest {
    let (fields, body) = postbay_mailbox::message::split_message(content);
    let mut header_text = String::new();
    for field in &fields {
        push_line(&mut header_text, field.name, &field.value());
    }
    let header = content[..content.len() - body.len()].to_vec();
    Digest {
        header,
        envelope: b"(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)".to_vec(),
        body_structure: b"(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)".to_vec(),
        body_structure_ext: b"(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)".to_vec(),
        header_text: bounded(fold(&header_text)),
        body_text: bounded(fold(&String::from_utf8_lossy(body))),
        sent_on: None,
    }
}

fn push_line(out: &mut String, name: &str, value: &str) {
    if out.len() > MAX_TEXT {
        return;
    }
    out.push_str(name);
    out.push_str(": ");
    // One field, one line: a value's own line breaks (a decoded word can hold one) become
    // spaces, so no field can pose as another.
    out.extend(
        value
            .chars()
            .map(|c| if c == '\r' || c == '\n' { ' ' } else { c }),
    );
    out.push('\n');
}

/// Each field's raw value unfolded, and its decoded value when that reads differently.
fn header_lines(out: &mut String, message: &Message<'_>) {
    let root = message.root_part();
    for header in root.headers() {
        let name = header.name();
        let raw = message
            .raw_message
            .get(header.offset_start as usize..header.offset_end as usize)
            .map(|r| String::from_utf8_lossy(r).replace(['\r', '\n'], ""))
            .unwrap_or_default();
        let raw = raw.trim();
        push_line(out, name, raw);
        let decoded = match header.value() {
            HeaderValue::Text(t) => Some(t.to_string()),
            HeaderValue::TextList(list) => Some(list.join(", ")),
            HeaderValue::Address(a) => Some(addresses(a)),
            _ => None,
        };
        if let Some(decoded) = decoded.filter(|d| d.trim() != raw) {
            push_line(out, name, decoded.trim());
        }
    }
}

/// An address list as `name <address>, …`; a group as `name: members;`.
fn addresses(address: &Address<'_>) -> String {
    let one = |x: &mail_parser::Addr<'_>| match (x.name(), x.address()) {
        (Some(n), Some(a)) => format!("{n} <{a}>"),
        (None, Some(a)) => format!("<{a}>"),
        (Some(n), None) => n.to_string(),
        (None, None) => String::new(),
    };
    match address {
        Address::List(list) => list.iter().map(one).collect::<Vec<_>>().join(", "),
        Address::Group(groups) => groups
            .iter()
            .map(|g| {
                let members = g.addresses.iter().map(one).collect::<Vec<_>>().join(", ");
                match &g.name {
                    Some(name) => format!("{name}: {members};"),
                    None => members,
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The decoded text of every part, in order; nested messages with their header lines.
fn body_lines(out: &mut String, message: &Message<'_>, depth: usize) {
    for part in &message.parts {
        if out.len() > MAX_TEXT {
            return;
        }
        match &part.body {
            PartType::Text(text) => {
                out.push_str(text);
                out.push('\n');
            }
            PartType::Html(html) => {
                out.push_str(&mail_parser::decoders::html::html_to_text(html));
                out.push('\n');
            }
            PartType::Message(nested) if depth < MAX_DEPTH => {
                header_lines(out, nested);
                body_lines(out, nested, depth + 1);
            }
            PartType::Message(_)
            | PartType::Binary(_)
            | PartType::InlineBinary(_)
            | PartType::Multipart(_) => {}
        }
        if let Some(name) = part.attachment_name() {
            out.push_str(name);
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_decoded_and_lower_case() {
        let m = b"From: =?utf-8?q?Jos=C3=A9?= <jose@example.test>\r\nSubject: =?iso-8859-1?q?Caf=E9?=\r\nDate: Mon, 2 Mar 2026 23:30:00 -0500\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/html; charset=koi8-r\r\nContent-Transfer-Encoding: base64\r\n\r\nPGI+8NLJ18XUPC9iPg==\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename*=utf-8''R%C3%A9sum%C3%A9.pdf\r\n\r\nxx\r\n--b--\r\n";
        let d = Digest::of(m);
        assert!(
            d.field_contains("from", "josé <jose@example"),
            "{}",
            d.header_text
        );
        assert!(d.field_contains("FROM", "=?utf-8?q?"));
        assert!(d.field_contains("subject", "café"));
        assert!(!d.field_contains("subject", "jose"));
        assert!(d.field_contains("date", ""));
        assert!(!d.field_contains("x-none", ""));
        assert!(d.body_contains("привет"), "{}", d.body_text);
        assert!(!d.body_contains("<b>"));
        assert!(d.body_contains("résumé.pdf"));
        assert!(d.text_contains("café") && d.text_contains("привет"));
        assert_eq!(d.sent_on, chrono::NaiveDate::from_ymd_opt(2026, 3, 2));
        assert!(d.header.ends_with(b"\r\n\r\n"));
        assert!(d.envelope.starts_with(b"(\"Mon, 2 Mar 2026"));
    }

    #[test]
    fn folding_is_per_character_and_drops_nul() {
        // A final sigma stays a sigma: "ΟΔΟΣ" is found inside "ΟΔΟΣΑ".
        assert!(fold("ΟΔΟΣΑ").contains(&fold("ΟΔΟΣ")));
        assert_eq!(fold("A\0b"), "a b");
        let d = Digest::of(b"Subject: x\r\n\r\na\0b\r\n");
        assert!(d.body_contains(&fold("A\0B")));
    }

    #[test]
    fn a_field_line_holds_one_field() {
        let d = Digest::of(b"Subject: a\r\nX-Subject: b\r\n\r\n");
        assert!(d.field_contains("subject", "a"));
        assert!(!d.field_contains("subject", "b"));
        assert!(!d.field_contains("subject", "a\nx-subject: b"));
        assert!(!d.field_contains("x-subject: b\nsubject", "a"));
        assert!(!d.field_contains("x-subject: b", ""));
    }
}
