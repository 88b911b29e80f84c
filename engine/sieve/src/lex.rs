//! The lexical structure of RFC 5228 section 8.1: identifiers, tags, numbers with their
//! quantifiers, quoted and multi-line strings, the punctuation, and the white space and
//! comments between them. Line ends may be CRLF or a bare LF (scripts arrive both ways).

use crate::error::{ErrorKind, Position, SieveError};

/// One token and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) kind: TokenKind,
    pub(crate) at: Position,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Identifier(String),
    /// A tag, without its colon, lower-cased (tags are case-insensitive).
    Tag(String),
    Number(u64),
    /// A quoted or multi-line string, escapes and dot-stuffing undone.
    String(String),
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    Comma,
    Semicolon,
}

impl TokenKind {
    /// How an error message names what it found.
    pub(crate) fn describe(&self) -> String {
        match self {
            TokenKind::Identifier(name) => format!("identifier \"{name}\""),
            TokenKind::Tag(name) => format!("tag \":{name}\""),
            TokenKind::Number(n) => format!("number {n}"),
            TokenKind::String(_) => "a string".into(),
            TokenKind::LeftBracket => "\"[\"".into(),
            TokenKind::RightBracket => "\"]\"".into(),
            TokenKind::LeftParen => "\"(\"".into(),
            TokenKind::RightParen => "\")\"".into(),
            TokenKind::LeftBrace => "\"{\"".into(),
            TokenKind::RightBrace => "\"}\"".into(),
            TokenKind::Comma => "\",\"".into(),
            TokenKind::Semicolon => "\";\"".into(),
        }
    }
}

/// Splits a script into tokens; the first lexical error stops it.
pub(crate) fn tokens(script: &str) -> Result<Vec<Token>, SieveError> {
    let mut lexer = Lexer {
        chars: script.chars().collect(),
        next: 0,
        line: 1,
        column: 1,
    };
    let mut out = Vec::new();
    while let Some(token) = lexer.token()? {
        out.push(token);
    }
    Ok(out)
}

struct Lexer {
    chars: Vec<char>,
    next: usize,
    line: u32,
    column: u32,
}

impl Lexer {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.next).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.next + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.next += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn here(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn fail<T>(at: Position, kind: ErrorKind) -> Result<T, SieveError> {
        Err(SieveError { at, kind })
    }

    /// The next token, after any white space and comments; `None` at the end.
    fn token(&mut self) -> Result<Option<Token>, SieveError> {
        self.skip_blanks()?;
        let at = self.here();
        let Some(c) = self.peek() else {
            return Ok(None);
        };
        let kind = match c {
            '[' | ']' | '(' | ')' | '{' | '}' | ',' | ';' => {
                self.bump();
                match c {
                    '[' => TokenKind::LeftBracket,
                    ']' => TokenKind::RightBracket,
                    '(' => TokenKind::LeftParen,
                    ')' => TokenKind::RightParen,
                    '{' => TokenKind::LeftBrace,
                    '}' => TokenKind::RightBrace,
                    ',' => TokenKind::Comma,
                    _ => TokenKind::Semicolon,
                }
            }
            '"' => TokenKind::String(self.quoted(at)?),
            ':' => {
                self.bump();
                match self.peek() {
                    Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                        TokenKind::Tag(self.identifier().to_ascii_lowercase())
                    }
                    _ => return Self::fail(at, ErrorKind::BadTag),
                }
            }
            c if c.is_ascii_digit() => TokenKind::Number(self.number(at)?),
            c if c.is_ascii_alphabetic() || c == '_' => {
                let word = self.identifier();
                if word.eq_ignore_ascii_case("text") && self.peek() == Some(':') {
                    self.bump();
                    TokenKind::String(self.multi_line(at)?)
                } else {
                    TokenKind::Identifier(word)
                }
            }
            other => return Self::fail(at, ErrorKind::UnexpectedCharacter(other)),
        };
        Ok(Some(Token { kind, at }))
    }

    fn skip_blanks(&mut self) -> Result<(), SieveError> {
        loop {
            match self.peek() {
                Some(' ' | '\t' | '\r' | '\n') => {
                    self.bump();
                }
                Some('#') => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                Some('/') if self.peek_at(1) == Some('*') => {
                    let at = self.here();
                    self.bump();
                    self.bump();
                    loop {
                        match self.bump() {
                            Some('*') if self.peek() == Some('/') => {
                                self.bump();
                                break;
                            }
                            Some(_) => {}
                            None => return Self::fail(at, ErrorKind::UnclosedComment),
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn identifier(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == '_' {
                word.push(c);
                self.bump();
            } else {
                break;
            }
        }
        word
    }

    /// Digits and an optional K, M or G (powers of 1024), bounded by u64.
    fn number(&mut self, at: Position) -> Result<u64, SieveError> {
        let mut value: u64 = 0;
        while let Some(c) = self.peek().filter(char::is_ascii_digit) {
            self.bump();
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(c as u8 - b'0')))
                .ok_or(SieveError {
                    at,
                    kind: ErrorKind::NumberTooLarge,
                })?;
        }
        let scale: u64 = match self.peek() {
            Some('K' | 'k') => 1 << 10,
            Some('M' | 'm') => 1 << 20,
            Some('G' | 'g') => 1 << 30,
            _ => 1,
        };
        if scale > 1 {
            self.bump();
        }
        if self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Self::fail(at, ErrorKind::BadNumber);
        }
        value.checked_mul(scale).ok_or(SieveError {
            at,
            kind: ErrorKind::NumberTooLarge,
        })
    }

    /// A quoted string: `\"` and `\\` stand for themselves, and RFC 5228 2.4.2 says any
    /// other escaped character is that character.
    fn quoted(&mut self, at: Position) -> Result<String, SieveError> {
        self.bump();
        let mut text = String::new();
        loop {
            match self.bump() {
                Some('"') => return Ok(text),
                Some('\\') => match self.bump() {
                    Some(c) => text.push(c),
                    None => return Self::fail(at, ErrorKind::UnclosedString),
                },
                // Line ends inside a string are kept as CRLF.
                Some('\r') => {}
                Some('\n') => text.push_str("\r\n"),
                Some(c) => text.push(c),
                None => return Self::fail(at, ErrorKind::UnclosedString),
            }
        }
    }

    /// After `text:`: white space, an optional hash comment, the line end, then lines up to
    /// one holding a lone `.`; a line starting `..` loses one dot (RFC 5228 2.4.2).
    fn multi_line(&mut self, at: Position) -> Result<String, SieveError> {
        while let Some(' ' | '\t') = self.peek() {
            self.bump();
        }
        match self.peek() {
            Some('#') => {
                while let Some(c) = self.bump() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            Some('\r') if self.peek_at(1) == Some('\n') => {
                self.bump();
                self.bump();
            }
            Some('\n') => {
                self.bump();
            }
            _ => return Self::fail(at, ErrorKind::BadMultiLine),
        }
        let mut text = String::new();
        loop {
            let mut line = String::new();
            let mut ended = false;
            while let Some(c) = self.bump() {
                if c == '\n' {
                    ended = true;
                    break;
                }
                line.push(c);
            }
            let line = line.strip_suffix('\r').unwrap_or(&line);
            if line == "." {
                return Ok(text);
            }
            if !ended {
                return Self::fail(at, ErrorKind::UnclosedString);
            }
            // Only a doubled dot is a stuffed one.
            text.push_str(if line.starts_with("..") {
                &line[1..]
            } else {
                line
            });
            text.push_str("\r\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(script: &str) -> Vec<TokenKind> {
        tokens(script)
            .expect("tokens")
            .into_iter()
            .map(|t| t.kind)
            .collect()
    }

    #[test]
    fn strings_numbers_tags_and_comments() {
        use TokenKind::*;
        assert_eq!(
            kinds("if size :OVER 100K { # hash\r\n /* bracket\n */ discard; }"),
            vec![
                Identifier("if".into()),
                Identifier("size".into()),
                Tag("over".into()),
                Number(100 * 1024),
                LeftBrace,
                Identifier("discard".into()),
                Semicolon,
                RightBrace
            ]
        );
        assert_eq!(kinds(r#""a\"b\\c\d""#), vec![String("a\"b\\cd".into())]);
        assert_eq!(
            kinds("text: # note\r\nline one\r\n..dot\r\n.kept\r\n.\r\n;"),
            vec![String("line one\r\n.dot\r\n.kept\r\n".into()), Semicolon]
        );
        assert_eq!(kinds("text:\n\n.\n"), vec![String("\r\n".into())]);
    }

    #[test]
    fn errors_say_where() {
        let error = tokens("keep;\n  \"open").expect_err("unclosed");
        assert_eq!((error.at.line, error.at.column), (2, 3));
        assert_eq!(error.kind, ErrorKind::UnclosedString);
        let error = tokens("size :over 99999999999999999999").expect_err("too large");
        assert_eq!(error.kind, ErrorKind::NumberTooLarge);
        assert_eq!(
            tokens("keep; /* never closed").expect_err("comment").kind,
            ErrorKind::UnclosedComment
        );
        assert_eq!(
            tokens("keep @").expect_err("char").kind,
            ErrorKind::UnexpectedCharacter('@')
        );
        assert_eq!(
            tokens("12abc").expect_err("number").kind,
            ErrorKind::BadNumber
        );
        assert_eq!(
            tokens("text: junk\n.\n").expect_err("multi-line").kind,
            ErrorKind::BadMultiLine
        );
        assert_eq!(
            tokens("8G").expect("8G")[0].kind,
            TokenKind::Number(8 << 30)
        );
    }
}
