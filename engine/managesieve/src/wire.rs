//! ManageSieve's wire format (RFC 5804 4): a command is atoms, quoted strings, literals
//! (`{n+}` or `{n}` then n octets) and numbers, ending with CRLF; replies are lines of
//! strings and a final `OK`, `NO` or `BYE` with an optional response code.

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt};

/// Octets a command line may have (literals apart).
pub const MAX_LINE: usize = 8 * 1024;
/// Octets all of a command's literals may have: a script at its largest, with room.
pub const MAX_LITERALS: usize = (1 << 20) + 4096;
/// Arguments a command may have.
const MAX_ARGUMENTS: usize = 8;

/// One argument of a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Atom(String),
    String(Vec<u8>),
    Number(u64),
}

impl Token {
    pub fn text(&self) -> Option<String> {
        match self {
            Token::String(bytes) => String::from_utf8(bytes.clone()).ok(),
            _ => None,
        }
    }
}

/// Why a command could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The client left.
    Closed,
    /// A line, a literal or the argument count over its bound; the rest of the line was
    /// read and dropped.
    TooLong,
    /// Not ManageSieve syntax; the rest of the line was read, the session can go on.
    Syntax(&'static str),
    /// A literal's announcement that cannot be read: what follows cannot be told from
    /// commands, so the session must end.
    Broken(&'static str),
    Io(std::io::Error),
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Reads one command: its tokens, the first being the command name as an atom.
pub async fn read_command<R: AsyncBufRead + Unpin>(
    reader: &mut R,
) -> Result<Vec<Token>, ReadError> {
    let mut tokens = Vec::new();
    let mut literal_bytes = 0usize;
    loop {
        let line = read_line(reader).await?;
        let mut rest: &[u8] = &line;
        loop {
            rest = skip_spaces(rest);
            if rest.is_empty() {
                return Ok(tokens);
            }
            if tokens.len() >= MAX_ARGUMENTS {
                return Err(ReadError::TooLong);
            }
            match rest[0] {
                b'"' => {
                    let (value, after) = quoted(&rest[1..])?;
                    tokens.push(Token::String(value));
                    rest = after;
                }
                b'{' => {
                    let close = rest
                        .iter()
                        .position(|b| *b == b'}')
                        .ok_or(ReadError::Broken("an unfinished literal"))?;
                    let inside = &rest[1..close];
                    let digits = inside.strip_suffix(b"+").unwrap_or(inside);
                    let size: usize = std::str::from_utf8(digits)
                        .ok()
                        .and_then(|d| d.parse().ok())
                        .ok_or(ReadError::Broken("a literal's size is not a number"))?;
                    if !skip_spaces(&rest[close + 1..]).is_empty() {
                        return Err(ReadError::Broken("a literal ends its line"));
                    }
                    literal_bytes = literal_bytes.saturating_add(size);
                    if literal_bytes > MAX_LITERALS {
                        return Err(ReadError::TooLong);
                    }
                    let mut value = vec![0; size];
                    reader.read_exact(&mut value).await.map_err(|e| {
                        if e.kind() == std::io::ErrorKind::UnexpectedEof {
                            ReadError::Closed
                        } else {
                            ReadError::Io(e)
                        }
                    })?;
                    tokens.push(Token::String(value));
                    // The command goes on on the next line.
                    break;
                }
                b'0'..=b'9' => {
                    let end = rest
                        .iter()
                        .position(|b| !b.is_ascii_digit())
                        .unwrap_or(rest.len());
                    let number = std::str::from_utf8(&rest[..end])
                        .ok()
                        .and_then(|d| d.parse().ok())
                        .ok_or(ReadError::Syntax("a number too large"))?;
                    tokens.push(Token::Number(number));
                    rest = &rest[end..];
                }
                _ => {
                    let end = rest.iter().position(|b| *b == b' ').unwrap_or(rest.len());
                    let atom = std::str::from_utf8(&rest[..end])
                        .map_err(|_| ReadError::Syntax("an atom that is not text"))?;
                    if !atom
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                    {
                        return Err(ReadError::Syntax("unexpected characters"));
                    }
                    tokens.push(Token::Atom(atom.to_ascii_uppercase()));
                    rest = &rest[end..];
                }
            }
        }
    }
}

/// One line without its CRLF (a lone LF is taken too), at most [`MAX_LINE`] octets.
async fn read_line<R: AsyncBufRead + Unpin>(reader: &mut R) -> Result<Vec<u8>, ReadError> {
    let mut line = Vec::new();
    let mut too_long = false;
    loop {
        let buffer = reader.fill_buf().await?;
        if buffer.is_empty() {
            return Err(ReadError::Closed);
        }
        let (chunk, done) = match buffer.iter().position(|b| *b == b'\n') {
            Some(i) => (&buffer[..=i], true),
            None => (buffer, false),
        };
        let used = chunk.len();
        if line.len() + used > MAX_LINE {
            too_long = true;
        } else {
            line.extend_from_slice(chunk);
        }
        reader.consume(used);
        if done {
            break;
        }
    }
    if too_long {
        return Err(ReadError::TooLong);
    }
    while matches!(line.last(), Some(b'\n' | b'\r')) {
        line.pop();
    }
    Ok(line)
}

fn skip_spaces(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| *b != b' ').unwrap_or(bytes.len());
    &bytes[start..]
}

/// A quoted string's value (after the opening quote) and what follows its closing quote.
fn quoted(bytes: &[u8]) -> Result<(Vec<u8>, &[u8]), ReadError> {
    let mut value = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return Ok((value, &bytes[i + 1..])),
            b'\\' if i + 1 < bytes.len() => {
                value.push(bytes[i + 1]);
                i += 2;
            }
            other => {
                value.push(other);
                i += 1;
            }
        }
    }
    Err(ReadError::Syntax("an unfinished quoted string"))
}

/// A string as a reply carries it: quoted when short and plain, else a literal.
pub fn string(text: &[u8]) -> Vec<u8> {
    let plain = text.len() <= 1024
        && !text
            .iter()
            .any(|b| matches!(b, b'"' | b'\\' | b'\r' | b'\n' | 0));
    if plain {
        let mut out = Vec::with_capacity(text.len() + 2);
        out.push(b'"');
        out.extend_from_slice(text);
        out.push(b'"');
        out
    } else {
        let mut out = format!("{{{}}}\r\n", text.len()).into_bytes();
        out.extend_from_slice(text);
        out
    }
}

/// A final reply: `kind` (`OK`, `NO`, `BYE`), an optional response code, a human text.
pub fn reply(out: &mut Vec<u8>, kind: &str, code: Option<&str>, text: &str) {
    out.extend_from_slice(kind.as_bytes());
    if let Some(code) = code {
        out.extend_from_slice(format!(" ({code})").as_bytes());
    }
    if !text.is_empty() {
        out.push(b' ');
        out.extend_from_slice(&string(text.as_bytes()));
    }
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn read(input: &[u8]) -> Result<Vec<Token>, ReadError> {
        let mut reader = tokio::io::BufReader::new(input);
        read_command(&mut reader).await
    }

    #[tokio::test]
    async fn commands_with_strings_literals_and_numbers() {
        let tokens = read(b"putscript \"my \\\"rules\\\"\" {9+}\r\nkeep;\r\n\r\n\r\n")
            .await
            .expect("a command");
        assert_eq!(
            tokens,
            vec![
                Token::Atom("PUTSCRIPT".into()),
                Token::String(b"my \"rules\"".to_vec()),
                Token::String(b"keep;\r\n\r\n".to_vec()),
            ]
        );
        let tokens = read(b"HAVESPACE \"x\" 1234\r\n").await.expect("a command");
        assert_eq!(tokens[2], Token::Number(1234));
        assert!(matches!(
            read(b"PUTSCRIPT \"open\r\n").await,
            Err(ReadError::Syntax(_))
        ));
        assert!(matches!(
            read(b"PUTSCRIPT \"x\" {99999999+}\r\n").await,
            Err(ReadError::TooLong)
        ));
        assert!(matches!(
            read(b"PUTSCRIPT {5+}\r\nab").await,
            Err(ReadError::Closed)
        ));
        let long = [b"NOOP \"".as_slice(), &vec![b'a'; MAX_LINE], b"\"\r\n"].concat();
        assert!(matches!(read(&long).await, Err(ReadError::TooLong)));
    }

    #[test]
    fn replies_quote_or_use_literals() {
        let mut out = Vec::new();
        reply(&mut out, "NO", Some("NONEXISTENT"), "no such script");
        assert_eq!(out, b"NO (NONEXISTENT) \"no such script\"\r\n");
        assert_eq!(string(b"a\r\nb"), b"{4}\r\na\r\nb".to_vec());
    }
}
