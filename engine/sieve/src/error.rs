//! What is wrong with a script, and where: ManageSieve's PUTSCRIPT and the API answer with
//! the line and column, so a user's editor can point at it.

/// A place in a script: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// A script refused: where, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {kind}")]
pub struct SieveError {
    pub at: Position,
    pub kind: ErrorKind,
}

/// Why a script is refused. Each is stable, so clients and tests can tell them apart.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    // Lexical.
    #[error("unexpected character {0:?}")]
    UnexpectedCharacter(char),
    #[error("a string is not closed")]
    UnclosedString,
    #[error("a /* comment is not closed")]
    UnclosedComment,
    #[error("\"text:\" must be followed by the end of the line")]
    BadMultiLine,
    #[error("a \":\" must start a tag name")]
    BadTag,
    #[error("not a number")]
    BadNumber,
    #[error("the number is too large")]
    NumberTooLarge,
    // Grammar.
    #[error("expected {expected}, found {found}")]
    Expected {
        expected: &'static str,
        found: String,
    },
    #[error("blocks and tests are nested too deeply (at most {0})")]
    TooDeep(usize),
    #[error("the script is too long (at most {0} bytes)")]
    TooLong(usize),
    #[error("the script has too many commands (at most {0})")]
    TooManyCommands(usize),
    #[error("an empty string list")]
    EmptyList,
    // Meaning.
    #[error("unknown command \"{0}\"")]
    UnknownCommand(String),
    #[error("unknown test \"{0}\"")]
    UnknownTest(String),
    #[error("\"{name}\" needs require \"{extension}\"")]
    NotRequired {
        name: String,
        extension: &'static str,
    },
    #[error("unsupported extension \"{0}\"")]
    UnsupportedExtension(String),
    #[error("\"{command}\" does not take {argument}")]
    UnexpectedArgument { command: String, argument: String },
    #[error("\"{command}\" is missing {argument}")]
    MissingArgument {
        command: String,
        argument: &'static str,
    },
    #[error("\"{command}\": {argument} given twice")]
    Repeated { command: String, argument: String },
    #[error("\"{command}\": {problem}")]
    BadArgument { command: String, problem: String },
    #[error("\"{0}\" must follow \"if\" or \"elsif\"")]
    OrphanElse(String),
    #[error("require must come before any other command")]
    LateRequire,
}
