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

#[cfg(test)]
mod tests {
    use super::*;

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
