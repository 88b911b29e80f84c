//! Rules that need no engine and no network: what every server answers the same way.

use crate::Hit;

/// The Generic Test for Unsolicited Bulk Email: a message carrying it is spam by definition,
/// so operators and tests can check the whole path end to end (SpamAssassin and rspamd know
/// it too).
const GTUBE: &[u8] = b"XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

/// What GTUBE scores: far above any block threshold (they stop at 10).
pub const GTUBE_SCORE: f64 = 1000.0;

/// The built-in rules' hits on `content` (the whole message; only its body is searched, as
/// written: GTUBE is plain ASCII and meant to be sent as it is).
pub fn scan(content: &[u8]) -> Vec<Hit> {
    let header = postbay_mailbox::message::header_section(content).len();
    let body = &content[header..];
    let mut hits = Vec::new();
    if memchr::memmem::find(body, GTUBE).is_some() {
        hits.push(Hit::new("GTUBE", GTUBE_SCORE));
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gtube_in_the_body_is_found_and_in_the_header_is_not() {
        let spam = [b"Subject: x\r\n\r\nHello\r\n".as_slice(), GTUBE, b"\r\n"].concat();
        assert_eq!(scan(&spam), vec![Hit::new("GTUBE", GTUBE_SCORE)]);
        let header_only = [b"Subject: ".as_slice(), GTUBE, b"\r\n\r\nHello\r\n"].concat();
        assert!(scan(&header_only).is_empty());
        assert!(scan(b"Subject: x\r\n\r\nXJS*C4JDBQADN1\r\n").is_empty());
    }
}
