//! The grammar of RFC 5228 section 8.2, into a syntax tree that knows no command: a command
//! is a name, its arguments, its tests and perhaps a block. What the names mean is checked
//! afterwards (`compile`), so an unknown command is a precise error, not a parse failure.

use crate::error::{ErrorKind, Position, SieveError};
use crate::lex::{Token, TokenKind};

/// `identifier arguments (";" / block)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Command {
    pub(crate) name: String,
    pub(crate) arguments: Vec<Argument>,
    pub(crate) tests: Vec<Test>,
    /// Whether the tests came as a parenthesised list (even of one).
    pub(crate) listed: bool,
    pub(crate) block: Option<Vec<Command>>,
    pub(crate) at: Position,
}

/// `identifier arguments`, where the arguments may end in a test or a test list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Test {
    pub(crate) name: String,
    pub(crate) arguments: Vec<Argument>,
    pub(crate) tests: Vec<Test>,
    /// Whether the tests came as a parenthesised list (even of one).
    pub(crate) listed: bool,
    pub(crate) at: Position,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Argument {
    /// A string list; a single string is a list of one (`single` tells them apart, since
    /// some arguments must be a single string).
    Strings {
        values: Vec<String>,
        single: bool,
        at: Position,
    },
    Number(u64, Position),
    Tag(String, Position),
}

impl Argument {
    pub(crate) fn at(&self) -> Position {
        match self {
            Argument::Strings { at, .. } | Argument::Number(_, at) | Argument::Tag(_, at) => *at,
        }
    }

    pub(crate) fn describe(&self) -> String {
        match self {
            Argument::Strings { single: true, .. } => "a string".into(),
            Argument::Strings { .. } => "a string list".into(),
            Argument::Number(n, _) => format!("the number {n}"),
            Argument::Tag(t, _) => format!(":{t}"),
        }
    }
}

/// A command's or test's arguments, its tests, and whether they came as a list.
type Arguments = (Vec<Argument>, Vec<Test>, bool);

/// Limits on a script's shape, checked while it is parsed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    pub(crate) depth: usize,
    pub(crate) commands: usize,
}

pub(crate) fn parse(tokens: Vec<Token>, shape: Shape) -> Result<Vec<Command>, SieveError> {
    let mut parser = Parser {
        tokens,
        next: 0,
        shape,
        commands: 0,
    };
    let commands = parser.commands(0)?;
    match parser.peek() {
        None => Ok(commands),
        Some(token) => Err(parser.expected("a command", Some(token))),
    }
}

struct Parser {
    tokens: Vec<Token>,
    next: usize,
    shape: Shape,
    commands: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.next)
    }

    fn take(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.next).cloned();
        self.next += usize::from(token.is_some());
        token
    }

    /// Where the parser is: the next token, or just after the last.
    fn here(&self) -> Position {
        self.peek()
            .or(self.tokens.last())
            .map(|t| t.at)
            .unwrap_or_default()
    }

    fn expected(&self, expected: &'static str, found: Option<&Token>) -> SieveError {
        SieveError {
            at: found.map_or_else(|| self.here(), |t| t.at),
            kind: ErrorKind::Expected {
                expected,
                found: found.map_or_else(|| "the end of the script".into(), |t| t.kind.describe()),
            },
        }
    }

    fn deeper(&self, depth: usize) -> Result<usize, SieveError> {
        if depth >= self.shape.depth {
            return Err(SieveError {
                at: self.here(),
                kind: ErrorKind::TooDeep(self.shape.depth),
            });
        }
        Ok(depth + 1)
    }

    /// Commands up to the end of the script or a `}` (left for the caller).
    fn commands(&mut self, depth: usize) -> Result<Vec<Command>, SieveError> {
        let mut commands = Vec::new();
        while let Some(token) = self.peek() {
            if token.kind == TokenKind::RightBrace {
                break;
            }
            commands.push(self.command(depth)?);
        }
        Ok(commands)
    }

    fn command(&mut self, depth: usize) -> Result<Command, SieveError> {
        let token = self.take();
        let Some(Token {
            kind: TokenKind::Identifier(name),
            at,
        }) = token
        else {
            return Err(self.expected("a command", token.as_ref()));
        };
        self.commands += 1;
        if self.commands > self.shape.commands {
            return Err(SieveError {
                at,
                kind: ErrorKind::TooManyCommands(self.shape.commands),
            });
        }
        let (arguments, tests, listed) = self.arguments(depth)?;
        let block = match self.take() {
            Some(Token {
                kind: TokenKind::Semicolon,
                ..
            }) => None,
            Some(Token {
                kind: TokenKind::LeftBrace,
                ..
            }) => {
                let inner = self.deeper(depth)?;
                let block = self.commands(inner)?;
                match self.take() {
                    Some(Token {
                        kind: TokenKind::RightBrace,
                        ..
                    }) => Some(block),
                    other => return Err(self.expected("\"}\"", other.as_ref())),
                }
            }
            other => return Err(self.expected("\";\" or a block", other.as_ref())),
        };
        Ok(Command {
            name: name.to_ascii_lowercase(),
            arguments,
            tests,
            listed,
            block,
            at,
        })
    }

    /// `*argument [test / test-list]`, and whether the tests were a list.
    fn arguments(&mut self, depth: usize) -> Result<Arguments, SieveError> {
        let mut arguments = Vec::new();
        loop {
            let Some(token) = self.peek() else {
                return Ok((arguments, Vec::new(), false));
            };
            let at = token.at;
            match &token.kind {
                TokenKind::Tag(tag) => {
                    arguments.push(Argument::Tag(tag.clone(), at));
                    self.next += 1;
                }
                TokenKind::Number(n) => {
                    arguments.push(Argument::Number(*n, at));
                    self.next += 1;
                }
                TokenKind::String(_) | TokenKind::LeftBracket => {
                    arguments.push(self.string_list()?);
                }
                TokenKind::Identifier(_) => {
                    let inner = self.deeper(depth)?;
                    return Ok((arguments, vec![self.test(inner)?], false));
                }
                TokenKind::LeftParen => {
                    let inner = self.deeper(depth)?;
                    return Ok((arguments, self.test_list(inner)?, true));
                }
                _ => return Ok((arguments, Vec::new(), false)),
            }
        }
    }

    fn test(&mut self, depth: usize) -> Result<Test, SieveError> {
        let token = self.take();
        let Some(Token {
            kind: TokenKind::Identifier(name),
            at,
        }) = token
        else {
            return Err(self.expected("a test", token.as_ref()));
        };
        let (arguments, tests, listed) = self.arguments(depth)?;
        Ok(Test {
            name: name.to_ascii_lowercase(),
            arguments,
            tests,
            listed,
            at,
        })
    }

    /// `"(" test *("," test) ")"`.
    fn test_list(&mut self, depth: usize) -> Result<Vec<Test>, SieveError> {
        self.take();
        let mut tests = vec![self.test(depth)?];
        loop {
            match self.take() {
                Some(Token {
                    kind: TokenKind::Comma,
                    ..
                }) => tests.push(self.test(depth)?),
                Some(Token {
                    kind: TokenKind::RightParen,
                    ..
                }) => return Ok(tests),
                other => return Err(self.expected("\",\" or \")\"", other.as_ref())),
            }
        }
    }

    /// `"[" string *("," string) "]" / string`.
    fn string_list(&mut self) -> Result<Argument, SieveError> {
        match self.take() {
            Some(Token {
                kind: TokenKind::String(value),
                at,
            }) => Ok(Argument::Strings {
                values: vec![value],
                single: true,
                at,
            }),
            Some(Token {
                kind: TokenKind::LeftBracket,
                at,
            }) => {
                let mut values = Vec::new();
                loop {
                    match self.take() {
                        Some(Token {
                            kind: TokenKind::String(value),
                            ..
                        }) => values.push(value),
                        Some(Token {
                            kind: TokenKind::RightBracket,
                            at: end,
                        }) if values.is_empty() => {
                            return Err(SieveError {
                                at: end,
                                kind: ErrorKind::EmptyList,
                            });
                        }
                        other => return Err(self.expected("a string", other.as_ref())),
                    }
                    match self.take() {
                        Some(Token {
                            kind: TokenKind::Comma,
                            ..
                        }) => {}
                        Some(Token {
                            kind: TokenKind::RightBracket,
                            ..
                        }) => {
                            return Ok(Argument::Strings {
                                values,
                                single: false,
                                at,
                            });
                        }
                        other => return Err(self.expected("\",\" or \"]\"", other.as_ref())),
                    }
                }
            }
            other => Err(self.expected("a string or a string list", other.as_ref())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::tokens;

    const SHAPE: Shape = Shape {
        depth: 8,
        commands: 100,
    };

    fn tree(script: &str) -> Result<Vec<Command>, SieveError> {
        parse(tokens(script)?, SHAPE)
    }

    #[test]
    fn commands_tests_and_blocks() {
        let script = r#"require ["fileinto", "copy"];
            if anyof (header :contains "Subject" "[SPAM]", size :over 1M) {
                fileinto :copy "Junk";
            } elsif not exists "From" { discard; }"#;
        let commands = tree(script).expect("parses");
        assert_eq!(commands.len(), 3);
        assert_eq!(commands[0].name, "require");
        let test = &commands[1].tests[0];
        assert_eq!((test.name.as_str(), test.tests.len()), ("anyof", 2));
        assert_eq!(test.tests[0].arguments.len(), 3);
        assert_eq!(
            test.tests[1].arguments[1],
            Argument::Number(1 << 20, test.tests[1].arguments[1].at())
        );
        let block = commands[1].block.as_ref().expect("block");
        assert_eq!(
            block[0].arguments[0],
            Argument::Tag("copy".into(), block[0].arguments[0].at())
        );
        assert_eq!(commands[2].name, "elsif");
        assert_eq!(commands[2].tests[0].tests[0].name, "exists");
        assert_eq!(
            commands[2].at,
            Position {
                line: 4,
                column: 15
            }
        );
    }

    #[test]
    fn errors_name_what_was_expected_and_where() {
        let error = tree("keep \"a\"\n}").expect_err("no semicolon");
        assert_eq!(error.at, Position { line: 2, column: 1 });
        assert_eq!(
            error.kind,
            ErrorKind::Expected {
                expected: "\";\" or a block",
                found: "\"}\"".into()
            }
        );
        assert!(matches!(
            tree("if true { keep;").expect_err("open").kind,
            ErrorKind::Expected {
                expected: "\"}\"",
                ..
            }
        ));
        assert_eq!(
            tree("fileinto [];").expect_err("empty").kind,
            ErrorKind::EmptyList
        );
        assert!(matches!(
            tree("}").expect_err("stray").kind,
            ErrorKind::Expected { .. }
        ));
        let deep = "if true {".repeat(9) + &"}".repeat(9);
        assert_eq!(tree(&deep).expect_err("deep").kind, ErrorKind::TooDeep(8));
        let nested = format!("if {}true{} {{}}", "not ".repeat(9), "");
        assert_eq!(
            tree(&nested).expect_err("deep tests").kind,
            ErrorKind::TooDeep(8)
        );
        let many = "keep;".repeat(101);
        assert_eq!(
            tree(&many).expect_err("many").kind,
            ErrorKind::TooManyCommands(100)
        );
    }
}
