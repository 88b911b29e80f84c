//! What FETCH returns of a message, written in IMAP's syntax: ENVELOPE, BODYSTRUCTURE and BODY,
//! and the bytes of a BODY[section]. The message is parsed with mail-parser; the bytes returned
//! are always the stored bytes (never re-encoded). Its own crate because the search index keeps
//! ENVELOPE, BODYSTRUCTURE and the header block rendered once per message (postbay-search),
//! and the IMAP server reads them back.

use mail_parser::{Address, Message, MessagePart, MimeHeaders, PartType};

/// An IMAP string: quoted when it can be, else a literal.
pub fn string(out: &mut Vec<u8>, value: &[u8]) {
    let quotable = value.len() < 1024
        && value
            .iter()
            .all(|&b| b.is_ascii() && b != b'\r' && b != b'\n' && b != 0);
    if quotable {
        out.push(b'"');
        for &b in value {
            if b == b'"' || b == b'\\' {
                out.push(b'\\');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        literal(out, value);
    }
}

/// A literal: `{n}` CRLF and the bytes.
pub fn literal(out: &mut Vec<u8>, value: &[u8]) {
    out.extend_from_slice(format!("{{{}}}\r\n", value.len()).as_bytes());
    out.extend_from_slice(value);
}

/// A literal that may hold any byte (`~{n}`, RFC 3516) when it holds NUL; else a plain one.
pub fn literal8(out: &mut Vec<u8>, value: &[u8]) {
    if value.contains(&0) {
        out.extend_from_slice(format!("~{{{}}}\r\n", value.len()).as_bytes());
        out.extend_from_slice(value);
    } else {
        literal(out, value);
    }
}

fn nstring(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(v) => string(out, v.as_bytes()),
        None => out.extend_from_slice(b"NIL"),
    }
}

/// The ENVELOPE of a message (RFC 3501 section 7.4.2).
pub fn envelope(out: &mut Vec<u8>, message: &Message<'_>) {
    let raw = |name: &str| {
        message
            .header_raw(name)
            .map(|v| v.trim().replace(['\r', '\n'], ""))
    };
    out.push(b'(');
    nstring(out, raw("Date").as_deref());
    out.push(b' ');
    nstring(out, raw("Subject").as_deref());
    let from = message.from();
    for list in [
        from,
        message.sender().or(from),
        message.reply_to().or(from),
        message.to(),
        message.cc(),
        message.bcc(),
    ] {
        out.push(b' ');
        addresses(out, list);
    }
    out.push(b' ');
    nstring(out, raw("In-Reply-To").as_deref());
    out.push(b' ');
    nstring(out, raw("Message-ID").as_deref());
    out.push(b')');
}

/// An address list: a group is shown as its start `(NIL NIL "name" NIL)`, its members and
/// its end `(NIL NIL NIL NIL)`; a source route becomes the adl (RFC 3501 7.4.2).
fn addresses(out: &mut Vec<u8>, list: Option<&Address<'_>>) {
    let mut body = Vec::new();
    match list {
        Some(Address::List(list)) => list.iter().for_each(|a| address(&mut body, a)),
        Some(Address::Group(groups)) => {
            for group in groups {
                if let Some(name) = &group.name {
                    body.extend_from_slice(b"(NIL NIL ");
                    string(&mut body, name.as_bytes());
                    body.extend_from_slice(b" NIL)");
                }
                group.addresses.iter().for_each(|a| address(&mut body, a));
                if group.name.is_some() {
                    body.extend_from_slice(b"(NIL NIL NIL NIL)");
                }
            }
        }
        None => {}
    }
    if body.is_empty() {
        out.extend_from_slice(b"NIL");
    } else {
        out.push(b'(');
        out.extend_from_slice(&body);
        out.push(b')');
    }
}

fn address(out: &mut Vec<u8>, addr: &mail_parser::Addr<'_>) {
    let full = addr.address();
    // `@route1,@route2:user@host` (RFC 5322 obs-route) keeps its route apart.
    let (route, full) = match full {
        Some(f) if f.starts_with('@') => match f.split_once(':') {
            Some((route, rest)) => (Some(route), Some(rest)),
            None => (None, Some(f)),
        },
        other => (None, other),
    };
    let (mailbox, host) = match full.and_then(|a| a.rsplit_once('@')) {
        Some((m, h)) => (Some(m), Some(h)),
        None => (full, None),
    };
    out.push(b'(');
    nstring(out, addr.name());
    out.push(b' ');
    nstring(out, route);
    out.push(b' ');
    nstring(out, mailbox);
    out.push(b' ');
    nstring(out, host);
    out.push(b')');
}

/// BODYSTRUCTURE (with extension data) or BODY (without) of a message.
pub fn structure(out: &mut Vec<u8>, message: &Message<'_>, extended: bool) {
    part_structure(out, message, 0, extended, 0);
}

/// Deepest MIME nesting described; deeper parts are shown as empty text (a message built to
/// nest thousands of levels must not exhaust the stack).
const MAX_DEPTH: usize = 32;

fn part_structure(out: &mut Vec<u8>, message: &Message<'_>, id: u32, extended: bool, depth: usize) {
    let part = message.parts.get(id as usize);
    let Some(part) = part.filter(|_| depth < MAX_DEPTH) else {
        out.extend_from_slice(b"(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)");
        return;
    };
    let content_type = part.content_type();
    let (ctype, subtype) = match content_type {
        Some(ct) => (
            ct.ctype().to_ascii_uppercase(),
            ct.subtype().unwrap_or("").to_ascii_uppercase(),
        ),
        None => ("TEXT".to_string(), "PLAIN".to_string()),
    };
    out.push(b'(');
    if let PartType::Multipart(children) = &part.body {
        for child in children {
            part_structure(out, message, *child, extended, depth + 1);
        }
        out.push(b' ');
        string(out, subtype.as_bytes());
        if extended {
            out.push(b' ');
            params(out, content_type.and_then(|c| c.attributes()));
            out.push(b' ');
            disposition(out, part);
            out.extend_from_slice(b" NIL NIL");
        }
        out.push(b')');
        return;
    }
    let raw = part_raw_body(message, part);
    string(out, ctype.as_bytes());
    out.push(b' ');
    string(out, subtype.as_bytes());
    out.push(b' ');
    match content_type.and_then(|c| c.attributes()) {
        Some(a) => params(out, Some(a)),
        None if ctype == "TEXT" => out.extend_from_slice(b"(\"CHARSET\" \"US-ASCII\")"),
        None => out.extend_from_slice(b"NIL"),
    }
    out.push(b' ');
    nstring(out, part.content_id());
    out.push(b' ');
    nstring(out, part.content_description());
    out.push(b' ');
    let encoding = part
        .content_transfer_encoding()
        .unwrap_or("7BIT")
        .to_ascii_uppercase();
    string(out, encoding.as_bytes());
    out.extend_from_slice(format!(" {}", raw.len()).as_bytes());
    if let PartType::Message(nested) = &part.body {
        out.push(b' ');
        envelope(out, nested);
        out.push(b' ');
        part_structure(out, nested, 0, extended, depth + 1);
        out.extend_from_slice(format!(" {}", lines(raw)).as_bytes());
    } else if ctype == "TEXT" {
        out.extend_from_slice(format!(" {}", lines(raw)).as_bytes());
    }
    if extended {
        out.extend_from_slice(b" NIL ");
        disposition(out, part);
        out.extend_from_slice(b" NIL NIL");
    }
    out.push(b')');
}

fn params(out: &mut Vec<u8>, attributes: Option<&[mail_parser::Attribute<'_>]>) {
    match attributes {
        Some(list) if !list.is_empty() => {
            out.push(b'(');
            for (i, a) in list.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                string(out, a.name.to_ascii_uppercase().as_bytes());
                out.push(b' ');
                string(out, a.value.as_bytes());
            }
            out.push(b')');
        }
        _ => out.extend_from_slice(b"NIL"),
    }
}

fn disposition(out: &mut Vec<u8>, part: &MessagePart<'_>) {
    match part.content_disposition() {
        Some(d) => {
            out.push(b'(');
            string(out, d.ctype().to_ascii_uppercase().as_bytes());
            out.push(b' ');
            params(out, d.attributes());
            out.push(b')');
        }
        None => out.extend_from_slice(b"NIL"),
    }
}

fn lines(body: &[u8]) -> usize {
    let n = body.iter().filter(|&&b| b == b'\n').count();
    if body.last().is_some_and(|&b| b != b'\n') {
        n + 1
    } else {
        n
    }
}

fn slice(raw: &[u8], from: u32, to: u32) -> &[u8] {
    let (from, to) = (from as usize, (to as usize).min(raw.len()));
    raw.get(from..to).unwrap_or(&[])
}

fn part_raw_body<'a>(message: &'a Message<'_>, part: &MessagePart<'_>) -> &'a [u8] {
    slice(&message.raw_message, part.offset_body, part.offset_end)
}

fn part_raw_header<'a>(message: &'a Message<'_>, part: &MessagePart<'_>) -> &'a [u8] {
    slice(&message.raw_message, part.offset_header, part.offset_body)
}

/// Which piece of a message a BODY[section] asks for.
#[derive(Debug, Clone)]
pub enum Piece {
    /// The part's content (`BODY[1.2]`; `BODY[]` when the path is empty).
    Part,
    /// The header of the message (or of the message/rfc822 part at the path).
    Header,
    /// The body of the message (or of the message/rfc822 part at the path).
    Text,
    /// Only these header fields (or all but these).
    Fields { names: Vec<String>, not: bool },
    /// The MIME header of the part at the path.
    Mime,
}

/// The bytes of a section, or `None` when the message has no such part.
pub fn section(message: &Message<'_>, path: &[u32], piece: &Piece) -> Option<Vec<u8>> {
    if path.is_empty() {
        let root = message.parts.first()?;
        return Some(match piece {
            Part => message.raw_message.to_vec(),
            Header => part_raw_header(message, root).to_vec(),
            Text => part_raw_body(message, root).to_vec(),
            Fields { names, not } => fields(part_raw_header(message, root), names, *not),
            Mime => return None,
        });
    }
    let (owner, id) = find(message, path)?;
    let part = owner.parts.get(id as usize)?;
    match piece {
        Part => Some(part_raw_body(owner, part).to_vec()),
        Mime => Some(part_raw_header(owner, part).to_vec()),
        Header | Text | Fields { .. } => {
            let PartType::Message(nested) = &part.body else {
                return None;
            };
            if let Text = piece {
                // The encapsulated message's body runs to the end of the part, epilogue
                // included (mail-parser ends its root at the closing boundary).
                let root = nested.parts.first()?;
                let end = if std::ptr::eq(nested.raw_message.as_ptr(), owner.raw_message.as_ptr()) {
                    part.offset_end.max(root.offset_end)
                } else {
                    u32::try_from(nested.raw_message.len()).unwrap_or(u32::MAX)
                };
                return Some(slice(&nested.raw_message, root.offset_body, end).to_vec());
            }
            section(nested, &[], piece)
        }
    }
}
use Piece::*;

/// The message's header block, blank line included, as `BODY[HEADER]` gives it.
pub fn header_block(message: &Message<'_>) -> Vec<u8> {
    section(message, &[], &Header).unwrap_or_default()
}

/// A top-level section answered from the header block alone (`BODY[HEADER]`,
/// `BODY[HEADER.FIELDS (…)]` and `.NOT`); `None` for a piece that needs the body.
pub fn header_section(header: &[u8], path: &[u32], piece: &Piece) -> Option<Vec<u8>> {
    if !path.is_empty() {
        return None;
    }
    match piece {
        Header => Some(header.to_vec()),
        Fields { names, not } => Some(fields(header, names, *not)),
        Part | Text | Mime => None,
    }
}

/// BINARY[path]: the part's content with its transfer encoding undone (base64,
/// quoted-printable), in its own charset; `None` when there is no such leaf part.
pub fn binary(message: &Message<'_>, path: &[u32]) -> Option<Vec<u8>> {
    let (owner, id) = find(message, path)?;
    let part = owner.parts.get(id as usize)?;
    if matches!(part.body, PartType::Multipart(_)) {
        return None;
    }
    let raw = part_raw_body(owner, part);
    let encoding = part
        .content_transfer_encoding()
        .unwrap_or("7bit")
        .to_ascii_lowercase();
    Some(match encoding.as_str() {
        "base64" => mail_parser::decoders::base64::base64_decode(raw).unwrap_or_default(),
        // mail-parser's decoder (RFC 2045 6.7: trailing white space dropped, `=` and padding
        // a soft break); a part it cannot decode is given as stored.
        "quoted-printable" => mail_parser::decoders::quoted_printable::quoted_printable_decode(raw)
            .unwrap_or_else(|| raw.to_vec()),
        _ => raw.to_vec(),
    })
}

/// The message that holds the part at `path`, and the part's id in it.
fn find<'a, 'x>(message: &'a Message<'x>, path: &[u32]) -> Option<(&'a Message<'x>, u32)> {
    let (mut owner, mut id) = (message, 0u32);
    for (depth, &n) in path.iter().enumerate() {
        let index = usize::try_from(n.checked_sub(1)?).ok()?;
        let part = owner.parts.get(id as usize)?;
        match &part.body {
            PartType::Multipart(children) => id = *children.get(index)?,
            PartType::Message(nested) if depth > 0 || id != 0 => {
                owner = nested;
                id = 0;
                match &owner.parts.first()?.body {
                    PartType::Multipart(children) => id = *children.get(index)?,
                    _ if index == 0 => {}
                    _ => return None,
                }
            }
            _ if index == 0 && id == 0 => {}
            _ => return None,
        }
    }
    Some((owner, id))
}

/// The header fields of `header` named in `names` (or, with `not`, the others), with the
/// blank line that ends a header.
pub fn fields(header: &[u8], names: &[String], not: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut keep = false;
    for line in header.split_inclusive(|&b| b == b'\n') {
        if line == b"\r\n" || line == b"\n" {
            break;
        }
        if !matches!(line.first(), Some(b' ' | b'\t')) {
            let name = line
                .iter()
                .position(|&b| b == b':')
                .map(|p| String::from_utf8_lossy(&line[..p]).trim().to_string())
                .unwrap_or_default();
            let listed = names.iter().any(|n| n.eq_ignore_ascii_case(&name));
            keep = listed != not;
        }
        if keep {
            out.extend_from_slice(line);
        }
    }
    out.extend_from_slice(b"\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &[u8]) -> Message<'_> {
        mail_parser::MessageParser::default()
            .parse(raw)
            .expect("parses")
    }

    const MULTI: &[u8] = b"From: A <a@x.test>\r\nTo: b@y.test\r\nSubject: hi\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\npre\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\ninner body\r\n--b--\r\n";

    #[test]
    fn sections_by_part_number() {
        let m = parse(MULTI);
        assert_eq!(
            section(&m, &[1], &Piece::Part).as_deref(),
            Some(&b"hello"[..])
        );
        assert_eq!(
            section(&m, &[1], &Piece::Mime).as_deref(),
            Some(&b"Content-Type: text/plain\r\n\r\n"[..])
        );
        assert_eq!(
            section(&m, &[2], &Piece::Header).as_deref(),
            Some(&b"Subject: inner\r\n\r\n"[..])
        );
        assert_eq!(
            section(&m, &[2], &Piece::Text).as_deref(),
            Some(&b"inner body"[..])
        );
        assert!(section(&m, &[3], &Piece::Part).is_none());
        let fields = section(
            &m,
            &[],
            &Piece::Fields {
                names: vec!["subject".into(), "TO".into()],
                not: false,
            },
        );
        assert_eq!(
            fields.as_deref(),
            Some(&b"To: b@y.test\r\nSubject: hi\r\n\r\n"[..])
        );
        let single = parse(b"Subject: s\r\n\r\nbody\r\n");
        assert_eq!(
            section(&single, &[1], &Piece::Part).as_deref(),
            Some(&b"body\r\n"[..])
        );
    }

    #[test]
    fn envelope_and_structure() {
        let m = parse(MULTI);
        let encoded = parse(b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n--b\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaf=C3=A9 =\r\nend\r\n--b--\r\n");
        assert_eq!(binary(&encoded, &[1]).as_deref(), Some(&[0u8, 1, 2, 3][..]));
        assert_eq!(
            binary(&encoded, &[2]).as_deref(),
            Some("café end".as_bytes())
        );
        let mut out = Vec::new();
        envelope(&mut out, &m);
        let text = String::from_utf8(out).expect("utf8");
        assert!(
            text.starts_with("(NIL \"hi\" ((\"A\" NIL \"a\" \"x.test\"))"),
            "{text}"
        );
        let mut out = Vec::new();
        structure(&mut out, &m, true);
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.starts_with("((\"TEXT\" \"PLAIN\""), "{text}");
        assert!(text.contains("\"MESSAGE\" \"RFC822\""), "{text}");
        assert!(text.contains("\"MIXED\""), "{text}");
    }
}
