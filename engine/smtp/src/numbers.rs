//! Sizes a client declares, checked before the command parser sees them. smtp-proto saturates
//! an over-long number and then starts again from the next digit, so `SIZE=99999999999999999999999`
//! would pass as a small size and `BDAT 99999999999999999999999` would read a small chunk and
//! take the rest of the client's data for commands.

/// A declared number too large for the server to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Oversized {
    /// `MAIL FROM:<...> SIZE=n`: larger than any message may be.
    MailSize,
    /// `BDAT n`: a chunk that cannot be read, so the stream cannot be followed any further.
    ChunkSize,
}

/// Looks for a `SIZE=` parameter of MAIL or the chunk size of BDAT that does not fit in a u64.
pub(crate) fn oversized(line: &[u8]) -> Option<Oversized> {
    let words = || {
        line.split(|b| *b == b' ')
            .map(|w| w.strip_suffix(b"\r\n").unwrap_or(w))
            .filter(|w| !w.is_empty())
    };
    let verb = words().next()?;
    if verb.eq_ignore_ascii_case(b"MAIL") {
        let too_big = words()
            .skip(1)
            .any(|w| w.len() > 5 && w[..5].eq_ignore_ascii_case(b"SIZE=") && overflows(&w[5..]));
        too_big.then_some(Oversized::MailSize)
    } else if verb.eq_ignore_ascii_case(b"BDAT") {
        words()
            .nth(1)
            .is_some_and(overflows)
            .then_some(Oversized::ChunkSize)
    } else {
        None
    }
}

/// Whether `digits` is a decimal number beyond u64 (leading zeros allowed). Anything that is
/// not all digits is left to the parser's own error.
fn overflows(digits: &[u8]) -> bool {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    digits
        .iter()
        .try_fold(0u64, |n, d| {
            n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
        })
        .is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_beyond_u64_are_caught() {
        let mail =
            |size: &str| oversized(format!("MAIL FROM:<a@b.test> SIZE={size}\r\n").as_bytes());
        assert_eq!(mail("99999999999999999999999"), Some(Oversized::MailSize));
        assert_eq!(mail("18446744073709551616"), Some(Oversized::MailSize));
        assert_eq!(mail("18446744073709551615"), None);
        assert_eq!(mail("000000000000000000000000052428801"), None);
        assert_eq!(mail("52428801"), None);
        assert_eq!(mail("12x"), None);
        assert_eq!(
            oversized(b"mail from:<a@b.test> body=8bitmime size=99999999999999999999999\r\n"),
            Some(Oversized::MailSize)
        );
        assert_eq!(
            oversized(b"BDAT 99999999999999999999999 LAST\r\n"),
            Some(Oversized::ChunkSize)
        );
        assert_eq!(
            oversized(b"bdat 99999999999999999999999\r\n"),
            Some(Oversized::ChunkSize)
        );
        assert_eq!(oversized(b"BDAT 1000 LAST\r\n"), None);
        assert_eq!(
            oversized(b"RCPT TO:<a@b.test> SIZE=99999999999999999999999\r\n"),
            None
        );
        assert_eq!(oversized(b""), None);
    }
}
