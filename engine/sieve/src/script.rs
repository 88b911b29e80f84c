//! A validated script: every command and test known, every argument of the right type, every
//! extension required before use. The interpreter runs only this form, so it never meets a
//! script that could not have been saved.

use std::collections::BTreeSet;

pub use crate::date::{DatePart, DateZone};

/// The extensions Postbay offers (the ManageSieve SIEVE capability lists their names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Extension {
    FileInto,
    Reject,
    Ereject,
    Envelope,
    Variables,
    Vacation,
    VacationSeconds,
    Imap4Flags,
    Body,
    Relational,
    AsciiNumeric,
    Copy,
    Include,
    Mailbox,
    Subaddress,
    Date,
}

impl Extension {
    pub const ALL: [Extension; 16] = [
        Extension::FileInto,
        Extension::Reject,
        Extension::Ereject,
        Extension::Envelope,
        Extension::Variables,
        Extension::Vacation,
        Extension::VacationSeconds,
        Extension::Imap4Flags,
        Extension::Body,
        Extension::Relational,
        Extension::AsciiNumeric,
        Extension::Copy,
        Extension::Include,
        Extension::Mailbox,
        Extension::Subaddress,
        Extension::Date,
    ];

    /// The name `require` uses.
    pub fn name(self) -> &'static str {
        match self {
            Extension::FileInto => "fileinto",
            Extension::Reject => "reject",
            Extension::Ereject => "ereject",
            Extension::Envelope => "envelope",
            Extension::Variables => "variables",
            Extension::Vacation => "vacation",
            Extension::VacationSeconds => "vacation-seconds",
            Extension::Imap4Flags => "imap4flags",
            Extension::Body => "body",
            Extension::Relational => "relational",
            Extension::AsciiNumeric => "comparator-i;ascii-numeric",
            Extension::Copy => "copy",
            Extension::Include => "include",
            Extension::Mailbox => "mailbox",
            Extension::Subaddress => "subaddress",
            Extension::Date => "date",
        }
    }

    pub fn from_name(name: &str) -> Option<Extension> {
        Extension::ALL.into_iter().find(|e| e.name() == name)
    }
}

/// A compiled script: its commands and the extensions it required.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    pub commands: Vec<Command>,
    pub extensions: BTreeSet<Extension>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `if`, its `elsif`s, and an `else`: the first branch whose test holds runs.
    If {
        branches: Vec<(Test, Vec<Command>)>,
        otherwise: Option<Vec<Command>>,
    },
    Stop,
    Keep {
        flags: Option<Vec<String>>,
    },
    Discard,
    FileInto {
        mailbox: String,
        copy: bool,
        create: bool,
        flags: Option<Vec<String>>,
    },
    Redirect {
        address: String,
        copy: bool,
    },
    /// `reject` (a DSN/MDN) or `ereject` (refused in SMTP when possible).
    Reject {
        reason: String,
        extended: bool,
    },
    Vacation(Box<Vacation>),
    /// `setflag`, `addflag`, `removeflag` (RFC 5232), on the internal variable or a named one.
    Flags {
        change: FlagChange,
        variable: Option<String>,
        flags: Vec<String>,
    },
    /// `set` (RFC 5229).
    Set {
        name: String,
        value: String,
        modifiers: Vec<Modifier>,
    },
    /// `include` (RFC 6609).
    Include {
        global: bool,
        name: String,
        once: bool,
        optional: bool,
    },
    Return,
    Global(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagChange {
    Set,
    Add,
    Remove,
}

/// The modifiers of `set`, applied in RFC 5229's precedence order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Modifier {
    Lower,
    Upper,
    LowerFirst,
    UpperFirst,
    QuoteWildcard,
    Length,
}

/// RFC 5230 vacation, with RFC 6131's `:seconds`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vacation {
    /// How long before the same sender gets another reply.
    pub period: VacationPeriod,
    pub subject: Option<String>,
    pub from: Option<String>,
    pub addresses: Vec<String>,
    pub mime: bool,
    pub handle: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VacationPeriod {
    Days(u64),
    Seconds(u64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Test {
    Address {
        part: AddressPart,
        matching: Matching,
        headers: Vec<String>,
        keys: Vec<String>,
    },
    Envelope {
        part: AddressPart,
        matching: Matching,
        parts: Vec<String>,
        keys: Vec<String>,
    },
    Header {
        matching: Matching,
        headers: Vec<String>,
        keys: Vec<String>,
    },
    Exists(Vec<String>),
    Size {
        over: bool,
        limit: u64,
    },
    AllOf(Vec<Test>),
    AnyOf(Vec<Test>),
    Not(Box<Test>),
    True,
    False,
    Body {
        matching: Matching,
        transform: BodyTransform,
        keys: Vec<String>,
    },
    /// `string` (RFC 5229): matches expanded strings, usually variables.
    String {
        matching: Matching,
        sources: Vec<String>,
        keys: Vec<String>,
    },
    /// `hasflag` (RFC 5232).
    HasFlag {
        matching: Matching,
        variables: Vec<String>,
        flags: Vec<String>,
    },
    /// `mailboxexists` (RFC 5490).
    MailboxExists(Vec<String>),
    /// `date` (RFC 5260): a part of the date in a header field.
    Date {
        zone: DateZone,
        matching: Matching,
        header: String,
        part: DatePart,
        keys: Vec<String>,
    },
    /// `currentdate` (RFC 5260): a part of the time the script runs.
    CurrentDate {
        zone: DateZone,
        matching: Matching,
        part: DatePart,
        keys: Vec<String>,
    },
}

/// A comparator and a match type: how a test compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matching {
    pub comparator: Comparator,
    pub kind: MatchKind,
}

impl Default for Matching {
    fn default() -> Self {
        Matching {
            comparator: Comparator::AsciiCaseMap,
            kind: MatchKind::Is,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    Octet,
    AsciiCaseMap,
    AsciiNumeric,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    Is,
    Contains,
    Matches,
    /// `:value` (RFC 5231).
    Value(Relation),
    /// `:count` (RFC 5231).
    Count(Relation),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Equal,
    NotEqual,
}

impl Relation {
    pub fn from_name(name: &str) -> Option<Relation> {
        Some(match name.to_ascii_lowercase().as_str() {
            "gt" => Relation::Greater,
            "ge" => Relation::GreaterOrEqual,
            "lt" => Relation::Less,
            "le" => Relation::LessOrEqual,
            "eq" => Relation::Equal,
            "ne" => Relation::NotEqual,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressPart {
    All,
    LocalPart,
    Domain,
    /// `:user` and `:detail` (RFC 5233): the local part before and after the separator.
    User,
    Detail,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyTransform {
    Raw,
    /// The parts whose content types match these (`""` is every part).
    Content(Vec<String>),
    Text,
}
