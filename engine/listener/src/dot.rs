//! The dot-stuffed data of SMTP and POP3.

/// Dot-stuffing (RFC 5321 section 4.5.2, RFC 1939 section 3) of a message sent in pieces, as
/// SMTP DATA and POP3 RETR send it; stops after the header and `lines` body lines when asked
/// (POP3 TOP). `finish` ends the data with CRLF . CRLF.
pub struct DotStuffer {
    at_line_start: bool,
    last: u8,
    in_body: bool,
    /// Body lines still to send (TOP); `None` sends everything.
    body_lines: Option<usize>,
    /// Previous line was empty (CRLF alone), so the next CRLF ends the header.
    empty_line: bool,
}

impl DotStuffer {
    pub fn new(body_lines: Option<usize>) -> Self {
        Self {
            at_line_start: true,
            last: b'\n',
            in_body: false,
            body_lines,
            empty_line: false,
        }
    }

    pub fn done(&self) -> bool {
        self.in_body && self.body_lines == Some(0)
    }

    pub fn push(&mut self, data: &[u8], out: &mut Vec<u8>) {
        for &b in data {
            if self.done() {
                return;
            }
            if self.at_line_start && b == b'.' {
                out.push(b'.');
            }
            out.push(b);
            self.last = b;
            if b == b'\n' {
                if self.in_body {
                    if let Some(n) = &mut self.body_lines {
                        *n = n.saturating_sub(1);
                    }
                } else if self.at_line_start || self.empty_line {
                    self.in_body = true;
                }
                self.empty_line = false;
                self.at_line_start = true;
            } else {
                self.empty_line = self.at_line_start && b == b'\r';
                self.at_line_start = false;
            }
        }
    }

    pub fn finish(&mut self, out: &mut Vec<u8>) {
        if self.last != b'\n' {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b".\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stuff(message: &[u8], lines: Option<usize>, pieces: usize) -> Vec<u8> {
        let mut s = DotStuffer::new(lines);
        let mut out = Vec::new();
        for chunk in message.chunks(pieces) {
            s.push(chunk, &mut out);
        }
        s.finish(&mut out);
        out
    }

    #[test]
    fn dot_stuffing_across_chunks() {
        let m = b"Subject: x\r\n\r\n.hidden\r\nline\r\n..two\r\n";
        for pieces in [1, 2, 3, 7, 100] {
            assert_eq!(
                stuff(m, None, pieces),
                b"Subject: x\r\n\r\n..hidden\r\nline\r\n...two\r\n.\r\n"
            );
        }
    }

    #[test]
    fn top_sends_the_header_and_n_lines() {
        let m = b"A: 1\r\nB: 2\r\n\r\none\r\ntwo\r\nthree\r\n";
        for pieces in [1, 4, 100] {
            assert_eq!(stuff(m, Some(0), pieces), b"A: 1\r\nB: 2\r\n\r\n.\r\n");
            assert_eq!(
                stuff(m, Some(2), pieces),
                b"A: 1\r\nB: 2\r\n\r\none\r\ntwo\r\n.\r\n"
            );
        }
        assert_eq!(
            stuff(b"A: 1\r\n\r\nx", Some(5), 100),
            b"A: 1\r\n\r\nx\r\n.\r\n"
        );
    }
}
