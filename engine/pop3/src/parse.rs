//! What a POP3 client sends, taken apart without the session: bounded line reading, the
//! command line's verb and arguments, and the SASL PLAIN response. Kept apart from the
//! session so that it can be fuzzed (`fuzz.rs`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use tokio::io::AsyncBufReadExt;

/// Longest command line accepted, CRLF included (RFC 2449 allows 255 octets; SASL responses
/// are longer).
pub(crate) const MAX_LINE: usize = 2048;

pub(crate) enum LineRead {
    Line,
    TooLong,
    Closed,
}

/// Reads one line (up to LF) into `line`; a longer line than `MAX_LINE` is skipped to its end.
pub(crate) async fn read_line<R: AsyncBufReadExt + Unpin>(
    reader: &mut R,
    line: &mut Vec<u8>,
) -> std::io::Result<LineRead> {
    let mut too_long = false;
    loop {
        let available = reader.fill_buf().await?;
        if available.is_empty() {
            return Ok(LineRead::Closed);
        }
        let (take, end) = match available.iter().position(|&b| b == b'\n') {
            Some(p) => (p + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            if line.len() + take > MAX_LINE {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(&available[..take]);
            }
        }
        reader.consume(take);
        if end {
            return Ok(if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
    }
}

/// A command line: its verb in upper case, the rest as sent (PASS takes it whole, since a
/// password may hold spaces), and the rest split into words.
pub(crate) struct CommandLine<'a> {
    pub verb: String,
    pub rest: &'a str,
    pub args: Vec<&'a str>,
}

/// Splits a line (without its line end) at its first space.
pub(crate) fn command_line(text: &str) -> CommandLine<'_> {
    let (verb, rest) = text.split_once(' ').unwrap_or((text, ""));
    CommandLine {
        verb: verb.to_ascii_uppercase(),
        rest,
        args: rest.split(' ').filter(|a| !a.is_empty()).collect(),
    }
}

/// The user name and password of a SASL PLAIN response (RFC 4616), or the reply refusing it.
pub(crate) fn plain_response(response: &str) -> Result<(String, String), &'static str> {
    let decoded = BASE64
        .decode(response)
        .map_err(|_| "-ERR Cannot decode the response")?;
    postbay_listener::sasl::plain(&decoded).map_err(|e| match e {
        postbay_listener::sasl::PlainError::Malformed => "-ERR Malformed PLAIN response",
        postbay_listener::sasl::PlainError::OtherIdentity => {
            "-ERR [AUTH] Acting for another user is not allowed"
        }
    })
}
