//! The dot-stuffed data of SMTP and POP3.

/// Dot-stuffing (RFC 5321 section 4.5.2, RFC 1939 section 3) of a message sent in pieces, as
/// SMTP DATA and POP3 RETR send it; stops after the header and `lines` body lines when asked
/// (POP3 TOP). Line ends go out as CRLF whatever the stored message has (a bare CR or LF would
/// let a peer read the end of data where we did not mean one: SMTP smuggling). `finish` ends
/// the data with CRLF . CRLF.
pub struct DotStuffer {
    at_line_start: bool,
    /// A CR was read; whether an LF follows decides nothing: either way it ends a line.
    pending_cr: bool,
    in_body: bool,
    /// Body lines still to send (TOP); `None` sends everything.
    body_lines: Option<usize>,
}

impl DotStuffer {
    pub fn new(body_lines: Option<usize>) -> Self {
        Self {
            at_line_start: true,
            pending_cr: false,
            in_body: false,
            body_lines,
        }
    }

    pub fn done(&self) -> bool {
        self.in_body && self.body_lines == Some(0)
    }

    /// A line ends: CRLF out, and the header/body count moves on.
    fn end_line(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"\r\n");
        if self.in_body {
            if let Some(n) = &mut self.body_lines {
                *n = n.saturating_sub(1);
            }
        } else if self.at_line_start {
            // An empty line ends the header.
            self.in_body = true;
        }
        self.at_line_start = true;
    }

    pub fn push(&mut self, data: &[u8], out: &mut Vec<u8>) {
        for &b in data {
            if self.pending_cr {
                if b == b'\r' {
                    // CR CR LF (a doubled CR) is one line end, not an empty line.
                    continue;
                }
                self.pending_cr = false;
                self.end_line(out);
                if b == b'\n' {
                    continue;
                }
            }
            if self.done() {
                return;
            }
            match b {
                b'\r' => self.pending_cr = true,
                b'\n' => self.end_line(out),
                _ => {
                    if self.at_line_start && b == b'.' {
                        out.push(b'.');
                    }
                    out.push(b);
                    self.at_line_start = false;
                }
            }
        }
    }

    pub fn finish(&mut self, out: &mut Vec<u8>) {
        if self.pending_cr {
            self.pending_cr = false;
            self.end_line(out);
        }
        if !self.at_line_start {
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
    fn bare_line_ends_go_out_as_crlf() {
        let m = b"A: 1\n\n.x\rbody\r\nend\n";
        for pieces in [1, 2, 5, 100] {
            assert_eq!(
                stuff(m, None, pieces),
                b"A: 1\r\n\r\n..x\r\nbody\r\nend\r\n.\r\n"
            );
        }
        // Smuggling: a bare-LF "." line becomes a stuffed line, not an end of data.
        assert_eq!(
            stuff(b"x\n.\nMAIL FROM:<e@vil>\r\n", None, 3),
            b"x\r\n..\r\nMAIL FROM:<e@vil>\r\n.\r\n"
        );
        assert_eq!(stuff(b"x\r", None, 1), b"x\r\n.\r\n");
        // A doubled CR does not end the header.
        assert_eq!(
            stuff(b"A: 1\r\r\nB: 2\r\n\r\nx\r\n", Some(0), 2),
            b"A: 1\r\nB: 2\r\n\r\n.\r\n"
        );
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
