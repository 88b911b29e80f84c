//! APPEND of binary content (RFC 3516 4.3): a literal8 may carry parts with NUL bytes, which
//! no IMAP literal may return. Such parts are stored re-encoded as base64 (the RFC lets the
//! server change the transfer encoding as long as nothing is lost), so BODY[] returns them
//! encoded and BINARY[] decoded, as the client sent them.

use base64::Engine;
use mail_parser::{Message, MessageParser, PartType};

/// Longest base64 line written (RFC 2045 6.8).
const LINE: usize = 76;

/// The message re-encoded so no part holds a NUL, or `None` when a NUL sits where no
/// transfer encoding can reach (a header).
pub fn without_nul(raw: &[u8]) -> Option<Vec<u8>> {
    if !raw.contains(&0) {
        return Some(raw.to_vec());
    }
    let message = MessageParser::default().parse(raw)?;
    let mut leaves = Vec::new();
    binary_leaves(&message, raw, &mut leaves, 0);
    leaves.sort_unstable();
    let mut out = Vec::with_capacity(raw.len() * 4 / 3 + 64);
    let mut at = 0usize;
    for (header, body, end) in leaves {
        if header < at {
            continue;
        }
        out.extend_from_slice(&raw[at..header]);
        out.extend_from_slice(&base64_header(&raw[header..body]));
        out.extend_from_slice(&base64_body(&raw[body..end]));
        at = end;
    }
    out.extend_from_slice(&raw[at..]);
    (!out.contains(&0)).then_some(out)
}

/// Header start, body start and end of each leaf part whose body holds a NUL.
fn binary_leaves(
    message: &Message<'_>,
    raw: &[u8],
    found: &mut Vec<(usize, usize, usize)>,
    depth: usize,
) {
    // Nested messages are only followed when they share the original bytes (offsets into
    // `raw`), and not without end.
    if depth > 16 || !std::ptr::eq(message.raw_message.as_ptr(), raw.as_ptr()) {
        return;
    }
    for part in &message.parts {
        match &part.body {
            PartType::Multipart(_) => {}
            PartType::Message(nested) => binary_leaves(nested, raw, found, depth + 1),
            _ => {
                let (h, b, e) = (
                    part.offset_header as usize,
                    part.offset_body as usize,
                    (part.offset_end as usize).min(raw.len()),
                );
                if h <= b && b <= e && raw[b..e].contains(&0) {
                    found.push((h, b, e));
                }
            }
        }
    }
}

/// The part's header with its Content-Transfer-Encoding replaced by base64.
fn base64_header(header: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(header.len() + 40);
    let mut dropping = false;
    let mut ended = false;
    for line in header.split_inclusive(|&b| b == b'\n') {
        if line == b"\r\n" || line == b"\n" {
            ended = true;
            break;
        }
        if !matches!(line.first(), Some(b' ' | b'\t')) {
            let name = line.split(|&b| b == b':').next().unwrap_or_default();
            dropping = name
                .trim_ascii()
                .eq_ignore_ascii_case(b"content-transfer-encoding");
        }
        if !dropping {
            out.extend_from_slice(line);
        }
    }
    out.extend_from_slice(b"Content-Transfer-Encoding: base64\r\n");
    if ended {
        out.extend_from_slice(b"\r\n");
    }
    out
}

fn base64_body(body: &[u8]) -> Vec<u8> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(body);
    let mut out = Vec::with_capacity(encoded.len() + encoded.len() / LINE * 2 + 2);
    for (i, line) in encoded.as_bytes().chunks(LINE).enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_parts_become_base64() {
        let raw = b"Subject: b\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nplain\r\n--x\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\na\0b\r\n--x--\r\n";
        let out = without_nul(raw).expect("encodable");
        let text = String::from_utf8(out.clone()).expect("ascii");
        assert!(text.contains("Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nYQBi\r\n--x--"), "{text}");
        assert!(!text.contains("binary"), "{text}");
        assert!(text.contains("\r\n\r\nplain\r\n--x\r\n"), "{text}");
        let parsed = MessageParser::default().parse(&out).expect("parses");
        assert_eq!(
            crate::render::binary(&parsed, &[2]).as_deref(),
            Some(&b"a\0b"[..])
        );
        assert!(without_nul(b"Subject: a\0b\r\n\r\nx").is_none());
        assert_eq!(
            without_nul(b"Subject: a\r\n\r\nx").as_deref(),
            Some(&b"Subject: a\r\n\r\nx"[..])
        );
    }
}
