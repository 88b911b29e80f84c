//! Forged verdicts out: an `Authentication-Results` field in received mail that claims our
//! authserv-id was not written by us, and would be believed by the user's client if it
//! stayed (RFC 8601 section 5).

use std::borrow::Cow;

/// `message` without the `Authentication-Results` fields of its header whose authserv-id is
/// `authserv_id` (compared without case); other fields, and the body, as they were.
pub fn strip_claims<'a>(message: &'a [u8], authserv_id: &str) -> Cow<'a, [u8]> {
    let mut kept: Option<Vec<u8>> = None;
    let mut at = 0;
    // Field by field up to the empty line that ends the header.
    while at < message.len() && !message[at..].starts_with(b"\r\n") && message[at] != b'\n' {
        let end = field_end(message, at);
        let field = &message[at..end];
        if claims(field, authserv_id) {
            kept.get_or_insert_with(|| message[..at].to_vec());
        } else if let Some(out) = kept.as_mut() {
            out.extend_from_slice(field);
        }
        at = end;
    }
    match kept {
        Some(mut out) => {
            out.extend_from_slice(&message[at..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(message),
    }
}

/// Where the header field starting at `start` ends: after its last line, continuation lines
/// (those starting with white space) included.
fn field_end(message: &[u8], start: usize) -> usize {
    let mut at = start;
    loop {
        at = message[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(message.len(), |p| at + p + 1);
        if at >= message.len() || !matches!(message[at], b' ' | b'\t') {
            return at;
        }
    }
}

fn claims(field: &[u8], authserv_id: &str) -> bool {
    const NAME: &[u8] = b"authentication-results:";
    if field.len() < NAME.len() || !field[..NAME.len()].eq_ignore_ascii_case(NAME) {
        return false;
    }
    let value = String::from_utf8_lossy(&field[NAME.len()..]);
    let id = value
        .trim_start()
        .split(|c: char| c == ';' || c.is_whitespace())
        .next()
        .unwrap_or("");
    id.eq_ignore_ascii_case(authserv_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_claims_go() {
        let message = b"Received: from x\r\nAuthentication-Results: MX.example.NET;\r\n\tdkim=pass header.d=bank.example\r\nauthentication-results: other.example; spf=pass\r\nSubject: hi\r\n\r\nAuthentication-Results: mx.example.net; in the body\r\n";
        let stripped = strip_claims(message, "mx.example.net");
        assert_eq!(
            &*stripped,
            &b"Received: from x\r\nauthentication-results: other.example; spf=pass\r\nSubject: hi\r\n\r\nAuthentication-Results: mx.example.net; in the body\r\n"[..]
        );
        let untouched = b"Subject: hi\r\n\r\nbody";
        assert!(matches!(
            strip_claims(untouched, "mx.example.net"),
            Cow::Borrowed(_)
        ));
        // A field whose authserv-id merely starts with ours is someone else's.
        let other = b"Authentication-Results: mx.example.net.evil; none\r\n\r\n";
        assert_eq!(&*strip_claims(other, "mx.example.net"), &other[..]);
    }
}
