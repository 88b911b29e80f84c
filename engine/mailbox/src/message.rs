//! The top of an RFC 5322 message as delivery and the access protocols need it: its header fields, raw and unfolded
//! enough to name and read, and where the body starts. Everything deeper is mail-parser's job.

/// One header field as it appears in the message, continuation lines included.
#[derive(Debug, Clone, Copy)]
pub struct HeaderField<'a> {
    /// The field name as written.
    pub name: &'a str,
    /// The whole field, name to the final line end.
    pub raw: &'a [u8],
}

impl HeaderField<'_> {
    /// Whether this is the field `name` (case-insensitive).
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }

    /// `Content-*` fields describe the body (and move with it into a MIME part).
    pub fn is_content(&self) -> bool {
        self.name.len() > 8 && self.name[..8].eq_ignore_ascii_case("content-")
    }

    /// The unfolded value (line breaks of continuation lines removed), trimmed.
    pub fn value(&self) -> String {
        let value = self.raw.get(self.name.len() + 1..).unwrap_or_default();
        String::from_utf8_lossy(value)
            .replace(['\r', '\n'], "")
            .trim()
            .to_string()
    }

    /// The unfolded value, lower case.
    pub fn value_lowercase(&self) -> String {
        self.value().to_ascii_lowercase()
    }
}

/// The first field `name`'s unfolded value, lower case; empty when there is none.
pub fn field_value(fields: &[HeaderField<'_>], name: &str) -> String {
    fields
        .iter()
        .find(|f| f.is(name))
        .map(HeaderField::value_lowercase)
        .unwrap_or_default()
}

/// Splits a message into its header fields and its body (after the blank line; empty when
/// there is none). Lines that are not fields (no colon) end the header section.
pub fn split_message(message: &[u8]) -> (Vec<HeaderField<'_>>, &[u8]) {
    let mut fields: Vec<HeaderField<'_>> = Vec::new();
    let mut pos = 0;
    while pos < message.len() {
        let end = message[pos..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(message.len(), |p| pos + p + 1);
        let line = &message[pos..end];
        if line == b"\r\n" || line == b"\n" {
            return (fields, &message[end..]);
        }
        if matches!(line.first(), Some(b' ' | b'\t')) {
            if let Some(last) = fields.last_mut() {
                // Extend the previous field over its continuation line.
                let start = last.raw.as_ptr() as usize - message.as_ptr() as usize;
                last.raw = &message[start..end];
            }
        } else {
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                return (fields, &message[pos..]);
            };
            let Ok(name) = std::str::from_utf8(&line[..colon]) else {
                return (fields, &message[pos..]);
            };
            fields.push(HeaderField {
                name: name.trim_end(),
                raw: line,
            });
        }
        pos = end;
    }
    (fields, &message[message.len()..])
}

/// The header section, each field with its line end, the blank line excluded.
pub fn header_section(message: &[u8]) -> &[u8] {
    let (_, body) = split_message(message);
    let section = &message[..message.len() - body.len()];
    if section.ends_with(b"\r\n\r\n") {
        &section[..section.len() - 2]
    } else if section.ends_with(b"\n\n") {
        &section[..section.len() - 1]
    } else {
        section
    }
}

/// `message` without the header fields `drop` picks; other fields, and the body, as they were.
pub fn without_fields<'a>(
    message: &'a [u8],
    drop: impl Fn(&HeaderField<'_>) -> bool,
) -> std::borrow::Cow<'a, [u8]> {
    let (fields, body) = split_message(message);
    if !fields.iter().any(&drop) {
        return std::borrow::Cow::Borrowed(message);
    }
    let header_end = message.len() - body.len();
    let last_field_end = fields.last().map_or(0, |f| {
        f.raw.as_ptr() as usize - message.as_ptr() as usize + f.raw.len()
    });
    let mut out = Vec::with_capacity(message.len());
    for field in fields.iter().filter(|f| !drop(f)) {
        out.extend_from_slice(field.raw);
    }
    out.extend_from_slice(&message[last_field_end..header_end]);
    out.extend_from_slice(body);
    std::borrow::Cow::Owned(out)
}

/// `message` with `fields` (whole header lines) put right below its first `Received` field —
/// the one the receiving server wrote on top — so the trace stays first; on top when it has
/// none.
pub fn insert_below_received(message: &[u8], fields: &[u8]) -> Vec<u8> {
    let (header, _) = split_message(message);
    let at = header.iter().find(|f| f.is("received")).map_or(0, |f| {
        f.raw.as_ptr() as usize - message.as_ptr() as usize + f.raw.len()
    });
    let mut out = Vec::with_capacity(message.len() + fields.len());
    out.extend_from_slice(&message[..at]);
    out.extend_from_slice(fields);
    out.extend_from_slice(&message[at..]);
    out
}

/// `message` with `prefix` in front of its subject (a `Subject` field made when it has none).
pub fn prefix_subject(message: &[u8], prefix: &str) -> Vec<u8> {
    let (fields, _) = split_message(message);
    if let Some(subject) = fields.iter().find(|f| f.is("subject")) {
        let start = subject.raw.as_ptr() as usize - message.as_ptr() as usize;
        let mut at = start + subject.name.len() + 1;
        while at < message.len() && message[at] == b' ' {
            at += 1;
        }
        let mut out = Vec::with_capacity(message.len() + prefix.len());
        out.extend_from_slice(&message[..at]);
        out.extend_from_slice(prefix.as_bytes());
        out.extend_from_slice(&message[at..]);
        return out;
    }
    let mut out = format!("Subject: {}\r\n", prefix.trim_end()).into_bytes();
    out.extend_from_slice(message);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_dropped_and_the_subject_prefixed() {
        let m = b"A: 1\r\nX-Drop: 2\r\n more\r\nSubject:  hi\r\n\r\nbody\r\n";
        let kept = without_fields(m, |f| f.is("x-drop"));
        assert_eq!(&kept[..], b"A: 1\r\nSubject:  hi\r\n\r\nbody\r\n");
        assert!(matches!(
            without_fields(m, |f| f.is("none")),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            prefix_subject(&kept, "[S] "),
            b"A: 1\r\nSubject:  [S] hi\r\n\r\nbody\r\n"
        );
        assert_eq!(
            prefix_subject(b"A: 1\r\n\r\nb", "[S] "),
            b"Subject: [S]\r\nA: 1\r\n\r\nb"
        );
        let traced = b"X-A: 1\r\nReceived: by us\r\n\tfor x\r\nReceived: by them\r\n\r\nb";
        assert_eq!(
            insert_below_received(traced, b"X-S: 2\r\n"),
            b"X-A: 1\r\nReceived: by us\r\n\tfor x\r\nX-S: 2\r\nReceived: by them\r\n\r\nb"
        );
        assert_eq!(
            insert_below_received(b"A: 1\r\n\r\nb", b"X-S: 2\r\n"),
            b"X-S: 2\r\nA: 1\r\n\r\nb"
        );
    }

    #[test]
    fn fields_fold_and_the_body_starts_after_the_blank_line() {
        let m = b"Received: from a\r\n\tby b\r\nSubject: x\r\n\r\nbody\r\n";
        let (fields, body) = split_message(m);
        assert_eq!(fields.len(), 2);
        assert!(fields[0].is("received"));
        assert_eq!(fields[0].raw, b"Received: from a\r\n\tby b\r\n");
        assert_eq!(fields[0].value_lowercase(), "from a\tby b");
        assert_eq!(body, b"body\r\n");
        assert_eq!(
            header_section(m),
            b"Received: from a\r\n\tby b\r\nSubject: x\r\n"
        );
    }

    #[test]
    fn no_blank_line_means_no_body() {
        let (fields, body) = split_message(b"Subject: x\r\n");
        assert_eq!(fields.len(), 1);
        assert!(body.is_empty());
    }
}
