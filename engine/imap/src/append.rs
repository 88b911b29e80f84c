//! APPEND forms imap-codec does not parse: several messages in one command (MULTIAPPEND,
//! RFC 3502) and messages put together from text and parts of stored messages (CATENATE,
//! RFC 4469), and the IMAP URLs (RFC 5092) CATENATE names those parts by. Only syntax here;
//! the session resolves URLs and stores the messages.

use chrono::{DateTime, FixedOffset};

/// An APPEND of one or more messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendCommand {
    pub tag: String,
    /// The folder name as sent (modified UTF-7 unless UTF-8 is enabled).
    pub mailbox: String,
    pub messages: Vec<AppendMessage>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendMessage {
    pub flags: Vec<String>,
    pub date: Option<DateTime<FixedOffset>>,
    pub data: AppendData,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppendData {
    /// The message itself; `binary` when sent as a literal8 (RFC 3516).
    Literal { bytes: Vec<u8>, binary: bool },
    /// CATENATE: the message is these parts, in order.
    Catenate(Vec<CatPart>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatPart {
    Text(Vec<u8>),
    Url(String),
}

/// Most messages one APPEND may carry.
pub const MAX_MESSAGES: usize = 1000;
/// Most parts one CATENATE may have.
pub const MAX_PARTS: usize = 100;

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.peek()? == b).then(|| self.at += 1)
    }

    fn space(&mut self) -> Option<()> {
        self.eat(b' ')
    }

    fn word_is(&self, word: &str) -> bool {
        self.bytes
            .get(self.at..self.at + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    }

    fn atom(&mut self) -> Option<&'a [u8]> {
        let start = self.at;
        while let Some(b) = self.peek() {
            if b <= b' ' || b >= 0x7f || b"(){%*\"\\]".contains(&b) {
                break;
            }
            self.at += 1;
        }
        (self.at > start).then(|| &self.bytes[start..self.at])
    }

    fn quoted(&mut self) -> Option<Vec<u8>> {
        self.eat(b'"')?;
        let mut value = Vec::new();
        loop {
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(value);
                }
                b'\\' => {
                    self.at += 1;
                    value.push(self.peek()?);
                    self.at += 1;
                }
                b'\r' | b'\n' => return None,
                b => {
                    value.push(b);
                    self.at += 1;
                }
            }
        }
    }

    /// `{n}` / `{n+}` / `~{n}` CRLF and n bytes; says whether it was a literal8.
    fn literal(&mut self) -> Option<(Vec<u8>, bool)> {
        let binary = self.eat(b'~').is_some();
        self.eat(b'{')?;
        let start = self.at;
        while self.peek()?.is_ascii_digit() {
            self.at += 1;
        }
        let n: usize = std::str::from_utf8(&self.bytes[start..self.at])
            .ok()?
            .parse()
            .ok()?;
        let _ = self.eat(b'+').or_else(|| self.eat(b'-'));
        self.eat(b'}')?;
        self.eat(b'\r')?;
        self.eat(b'\n')?;
        let data = self.bytes.get(self.at..self.at.checked_add(n)?)?.to_vec();
        self.at += n;
        Some((data, binary))
    }

    fn astring(&mut self) -> Option<Vec<u8>> {
        match self.peek()? {
            b'"' => self.quoted(),
            b'{' => self.literal().map(|(d, _)| d),
            _ => {
                let start = self.at;
                while let Some(b) = self.peek() {
                    if b <= b' ' || b >= 0x7f || b"(){%*\"\\".contains(&b) {
                        break;
                    }
                    self.at += 1;
                }
                (self.at > start).then(|| self.bytes[start..self.at].to_vec())
            }
        }
    }

    fn flag_list(&mut self) -> Option<Vec<String>> {
        self.eat(b'(')?;
        let mut flags = Vec::new();
        loop {
            if self.eat(b')').is_some() {
                return Some(flags);
            }
            if !flags.is_empty() {
                self.space()?;
            }
            let backslash = self.eat(b'\\').is_some();
            let name = std::str::from_utf8(self.atom()?).ok()?;
            flags.push(if backslash {
                format!("\\{name}")
            } else {
                name.to_string()
            });
            if flags.len() > 64 {
                return None;
            }
        }
    }
}

/// The APPEND command in `bytes` (a whole command, literals included), or `None` when it is
/// not one this module reads (the caller answers BAD).
pub fn parse(bytes: &[u8]) -> Option<AppendCommand> {
    let mut c = Cursor { bytes, at: 0 };
    let tag = String::from_utf8(c.atom()?.to_vec()).ok()?;
    c.space()?;
    if !c.word_is("APPEND") {
        return None;
    }
    c.at += "APPEND".len();
    c.space()?;
    let mailbox = String::from_utf8(c.astring()?).ok()?;
    let mut messages = Vec::new();
    while c.space().is_some() {
        let mut flags = Vec::new();
        let mut date = None;
        if c.peek()? == b'(' {
            flags = c.flag_list()?;
            c.space()?;
        }
        if c.peek()? == b'"' {
            let text = String::from_utf8(c.quoted()?).ok()?;
            date = Some(DateTime::parse_from_str(text.trim(), "%d-%b-%Y %H:%M:%S %z").ok()?);
            c.space()?;
        }
        let data = if c.word_is("CATENATE") {
            c.at += "CATENATE".len();
            c.space()?;
            c.eat(b'(')?;
            let mut parts = Vec::new();
            loop {
                if c.word_is("TEXT ") {
                    c.at += 5;
                    parts.push(CatPart::Text(c.literal()?.0));
                } else if c.word_is("URL ") {
                    c.at += 4;
                    parts.push(CatPart::Url(String::from_utf8(c.astring()?).ok()?));
                } else {
                    return None;
                }
                if parts.len() > MAX_PARTS {
                    return None;
                }
                if c.eat(b')').is_some() {
                    break;
                }
                c.space()?;
            }
            AppendData::Catenate(parts)
        } else {
            let (bytes, binary) = c.literal()?;
            AppendData::Literal { bytes, binary }
        };
        messages.push(AppendMessage { flags, date, data });
        if messages.len() > MAX_MESSAGES {
            return None;
        }
    }
    let rest = &bytes[c.at..];
    if messages.is_empty() || !(rest == b"\r\n" || rest == b"\n") {
        return None;
    }
    Some(AppendCommand {
        tag,
        mailbox,
        messages,
    })
}

/// A message part an IMAP URL names (RFC 5092): the folder, the message, and optionally a
/// section and a byte range of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImapUrl {
    /// The user of an absolute URL (`imap://user@host/...`); `None` for a relative one.
    pub user: Option<String>,
    pub mailbox: String,
    pub uid_validity: Option<i64>,
    pub uid: i64,
    pub section: Option<String>,
    pub partial: Option<(usize, Option<usize>)>,
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// An IMAP URL naming a message or part: `/mailbox;UIDVALIDITY=v/;UID=n[/;SECTION=s]
/// [/;PARTIAL=o[.l]]`, or the same after `imap://[user@]host`.
pub fn parse_url(url: &str) -> Option<ImapUrl> {
    let (user, path) = match url.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("imap://") => {
            let rest = &url[7..];
            let slash = rest.find('/')?;
            let authority = &rest[..slash];
            let user = authority
                .rsplit_once('@')
                .map(|(u, _)| u.split(';').next().unwrap_or(u))
                .and_then(percent_decode);
            (Some(user.unwrap_or_default()), &rest[slash..])
        }
        _ => (None, url),
    };
    let path = path.strip_prefix('/')?;
    let (mailbox_part, rest) = path.split_once("/;")?;
    let (mailbox, uid_validity) = match mailbox_part.split_once(';') {
        Some((m, v)) => {
            let v = v
                .strip_prefix("UIDVALIDITY=")
                .or_else(|| v.strip_prefix("uidvalidity="))?;
            (m, Some(v.parse().ok()?))
        }
        None => (mailbox_part, None),
    };
    let mut uid = None;
    let mut section = None;
    let mut partial = None;
    for piece in rest.split("/;") {
        let (key, value) = piece.split_once('=')?;
        match key.to_ascii_uppercase().as_str() {
            "UID" => uid = Some(value.parse::<i64>().ok().filter(|u| *u > 0)?),
            "SECTION" => section = Some(percent_decode(value)?),
            "PARTIAL" => {
                partial = Some(match value.split_once('.') {
                    Some((o, l)) => (o.parse().ok()?, Some(l.parse().ok()?)),
                    None => (value.parse().ok()?, None),
                })
            }
            _ => return None,
        }
    }
    Some(ImapUrl {
        user,
        mailbox: percent_decode(mailbox)?,
        uid_validity,
        uid: uid?,
        section,
        partial,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiappend_and_catenate() {
        let cmd = b"A1 APPEND Drafts (\\Seen $Work) \"05-Dec-2026 10:00:00 +0100\" {3}\r\none ~{3}\r\nt\0o CATENATE (TEXT {4+}\r\nhead URL \"/INBOX;UIDVALIDITY=7/;UID=20/;SECTION=1\")\r\n";
        let parsed = parse(cmd).expect("parses");
        assert_eq!(parsed.tag, "A1");
        assert_eq!(parsed.mailbox, "Drafts");
        assert_eq!(parsed.messages.len(), 3);
        assert_eq!(parsed.messages[0].flags, vec!["\\Seen", "$Work"]);
        assert!(parsed.messages[0].date.is_some());
        assert_eq!(
            parsed.messages[1].data,
            AppendData::Literal {
                bytes: b"t\0o".to_vec(),
                binary: true
            }
        );
        assert_eq!(
            parsed.messages[2].data,
            AppendData::Catenate(vec![
                CatPart::Text(b"head".to_vec()),
                CatPart::Url("/INBOX;UIDVALIDITY=7/;UID=20/;SECTION=1".into())
            ])
        );
        assert!(parse(b"A1 APPEND INBOX\r\n").is_none());
        assert!(parse(b"A1 APPEND INBOX {3}\r\none junk\r\n").is_none());
        assert!(parse(b"A1 APPEND INBOX {9}\r\nshort\r\n").is_none());
    }

    #[test]
    fn imap_urls() {
        let u =
            parse_url("/INBOX;UIDVALIDITY=7/;UID=20/;SECTION=1.MIME/;PARTIAL=0.10").expect("url");
        assert_eq!(u.mailbox, "INBOX");
        assert_eq!((u.uid_validity, u.uid), (Some(7), 20));
        assert_eq!(u.section.as_deref(), Some("1.MIME"));
        assert_eq!(u.partial, Some((0, Some(10))));
        let u = parse_url("imap://bob@mail.test/Sent%20Items/;UID=3").expect("absolute");
        assert_eq!(u.user.as_deref(), Some("bob"));
        assert_eq!(u.mailbox, "Sent Items");
        assert!(parse_url("/INBOX").is_none());
        assert!(parse_url("/INBOX/;UID=0").is_none());
        assert!(parse_url("/INBOX/;UID=1/;FOO=2").is_none());
    }
}
