//! Sieve, the mail filtering language (RFC 5228), with the extensions Postbay offers (see
//! [`Extension`]). Written for Postbay: the one complete Rust engine, `sieve-rs`, is AGPL.
//!
//! A script goes text → tokens (`lex`) → syntax tree (`parse`) → [`Script`] (`compile`), and
//! each step stops at the first problem with its line and column, which ManageSieve and the API
//! hand back to the user. Every size and count is bounded by [`Limits`], so a hostile script
//! is refused when it is saved rather than hurting the server when mail arrives.

mod compile;
mod date;
mod error;
mod lex;
mod mail;
mod matching;
mod parse;
mod run;
mod script;

pub use error::{ErrorKind, Position, SieveError};
pub use mail::{Envelope, Mail};
pub use run::{Action, Environment, RunError, RunLimits, VacationReply, run, run_sequence};
pub use script::*;

/// Bounds on a script, configurable per server; the defaults are Pigeonhole's where it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of script text.
    pub script_bytes: usize,
    /// Commands in a script.
    pub commands: usize,
    /// Blocks and tests nested in each other.
    pub depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            script_bytes: 1 << 20,
            commands: 10_000,
            depth: 32,
        }
    }
}

/// Checks a script and compiles it for the interpreter.
pub fn compile(text: &str, limits: &Limits) -> Result<Script, SieveError> {
    if text.len() > limits.script_bytes {
        return Err(SieveError {
            at: Position { line: 1, column: 1 },
            kind: ErrorKind::TooLong(limits.script_bytes),
        });
    }
    let tokens = lex::tokens(text)?;
    let tree = parse::parse(
        tokens,
        parse::Shape {
            depth: limits.depth,
            commands: limits.commands,
        },
    )?;
    compile::compile(tree)
}
