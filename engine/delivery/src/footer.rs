//! A domain's footer, added to a message MIME-correctly: appended to a plain-text body as is,
//! otherwise the message becomes `multipart/mixed` with the original body as its first part and
//! the footer as a second, inline text part. Signed or encrypted messages are never touched (a
//! changed body would break their signature).

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::message::{field_value, split_message};

/// `message` with `footer` added, or `None` when the message must stay as it is (signed,
/// encrypted, or DKIM-signed already).
pub fn add_footer(message: &[u8], footer: &str) -> Option<Vec<u8>> {
    let footer = footer.trim_end_matches(['\r', '\n']);
    if footer.trim().is_empty() {
        return None;
    }
    let (fields, body) = split_message(message);
    if fields.iter().any(|f| f.is("dkim-signature")) {
        return None;
    }
    let content_type = field_value(&fields, "content-type");
    let mime_type = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    if matches!(
        mime_type.as_str(),
        "multipart/signed"
            | "multipart/encrypted"
            | "application/pkcs7-mime"
            | "application/x-pkcs7-mime"
    ) {
        return None;
    }
    let encoding = field_value(&fields, "content-transfer-encoding");
    let plain = mime_type.is_empty() || mime_type == "text/plain";
    let identity = matches!(encoding.trim(), "" | "7bit" | "8bit");
    let mut out = Vec::with_capacity(message.len() + footer.len() + 512);
    if plain && identity && footer.is_ascii() {
        out.extend_from_slice(&message[..message.len() - body.len()]);
        if body.is_empty() && !message.ends_with(b"\r\n\r\n") {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(body);
        if !body.is_empty() && !body.ends_with(b"\n") {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"\r\n");
        push_lines(&mut out, footer);
        return Some(out);
    }
    let boundary = format!("=_postbay_footer_{}", uuid::Uuid::new_v4().simple());
    for field in fields
        .iter()
        .filter(|f| !f.is_content() && !f.is("mime-version"))
    {
        out.extend_from_slice(field.raw);
    }
    out.extend_from_slice(
        format!(
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n\
             This is a multi-part message in MIME format.\r\n--{boundary}\r\n"
        )
        .as_bytes(),
    );
    let mut had_content_fields = false;
    for field in fields.iter().filter(|f| f.is_content()) {
        out.extend_from_slice(field.raw);
        had_content_fields = true;
    }
    if !had_content_fields {
        out.extend_from_slice(b"Content-Type: text/plain; charset=us-ascii\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    // The line end before a boundary belongs to the boundary: the body keeps its own.
    out.extend_from_slice(format!("\r\n--{boundary}\r\n").as_bytes());
    if footer.is_ascii() {
        out.extend_from_slice(
            b"Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\
              Content-Disposition: inline\r\n\r\n",
        );
        push_lines(&mut out, footer);
    } else {
        out.extend_from_slice(
            b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\
              Content-Disposition: inline\r\n\r\n",
        );
        let text = footer.replace("\r\n", "\n").replace('\n', "\r\n") + "\r\n";
        let encoded = BASE64.encode(text.as_bytes());
        for chunk in encoded.as_bytes().chunks(76) {
            out.extend_from_slice(chunk);
            out.extend_from_slice(b"\r\n");
        }
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Some(out)
}

/// Text lines with CRLF line ends.
fn push_lines(out: &mut Vec<u8>, text: &str) {
    for line in text.lines() {
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(m: &[u8]) -> mail_parser::Message<'_> {
        mail_parser::MessageParser::default()
            .parse(m)
            .expect("parses")
    }

    #[test]
    fn plain_text_gets_the_footer_appended() {
        let m = b"Subject: hi\r\nFrom: a@x.test\r\n\r\nHello\r\n";
        let out = add_footer(m, "Sent from Example\nhttps://example.test").expect("changed");
        assert_eq!(
            out,
            b"Subject: hi\r\nFrom: a@x.test\r\n\r\nHello\r\n\r\nSent from Example\r\nhttps://example.test\r\n"
        );
    }

    #[test]
    fn html_is_wrapped_in_multipart_mixed() {
        let m = b"Subject: hi\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hello</p>\r\n";
        let out = add_footer(m, "Footer \u{e9}").expect("changed");
        let parsed = parse(&out);
        assert_eq!(parsed.subject(), Some("hi"));
        assert_eq!(parsed.parts.len(), 3);
        assert_eq!(parsed.body_html(0).as_deref(), Some("<p>Hello</p>\r\n"));
        let texts: Vec<String> = parsed
            .text_bodies()
            .filter_map(|p| p.text_contents().map(str::to_string))
            .collect();
        assert!(
            texts.iter().any(|t| t.contains("Footer \u{e9}")),
            "{texts:?}"
        );
    }

    #[test]
    fn encoded_plain_text_is_wrapped() {
        let m = b"Subject: hi\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8=\r\n";
        let out = add_footer(m, "F").expect("changed");
        let parsed = parse(&out);
        assert_eq!(parsed.body_text(0).as_deref(), Some("Hello"));
    }

    #[test]
    fn signed_messages_are_left_alone() {
        let signed = b"Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n";
        assert!(add_footer(signed, "F").is_none());
        let dkim = b"DKIM-Signature: v=1; a=rsa-sha256\r\nSubject: x\r\n\r\nbody\r\n";
        assert!(add_footer(dkim, "F").is_none());
        let smime = b"Content-Type: application/pkcs7-mime; smime-type=signed-data\r\n\r\nMIAG\r\n";
        assert!(add_footer(smime, "F").is_none());
    }

    #[test]
    fn a_message_without_body_gets_one() {
        let out = add_footer(b"Subject: x\r\n", "F").expect("changed");
        assert_eq!(out, b"Subject: x\r\n\r\n\r\nF\r\n");
    }
}
