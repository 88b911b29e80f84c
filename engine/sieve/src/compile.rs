//! From the syntax tree to a [`Script`]: names resolved, arguments typed, `require` checked.
//! Each command and test reads its arguments through [`Arguments`], which knows the tagged
//! arguments it accepts and hands out the positional ones in order.

use std::collections::BTreeSet;

use crate::error::{ErrorKind, Position, SieveError};
use crate::parse::{self, Argument};
use crate::script::*;

pub(crate) fn compile(commands: Vec<parse::Command>) -> Result<Script, SieveError> {
    let mut compiler = Compiler {
        extensions: BTreeSet::new(),
    };
    let mut requires_allowed = true;
    let mut kept = Vec::new();
    for command in &commands {
        if command.name == "require" {
            if !requires_allowed {
                return Err(SieveError {
                    at: command.at,
                    kind: ErrorKind::LateRequire,
                });
            }
            compiler.require(command)?;
        } else {
            requires_allowed = false;
            kept.push(command.clone());
        }
    }
    let commands = compiler.block(&kept)?;
    Ok(Script {
        commands,
        extensions: compiler.extensions,
    })
}

struct Compiler {
    extensions: BTreeSet<Extension>,
}

fn fail<T>(at: Position, kind: ErrorKind) -> Result<T, SieveError> {
    Err(SieveError { at, kind })
}

impl Compiler {
    fn require(&mut self, command: &parse::Command) -> Result<(), SieveError> {
        let mut args = Arguments::new(command.name.as_str(), command.at, &command.arguments, &[]);
        let names = args.strings("the extension names")?;
        args.end()?;
        no_tests_or_block(command)?;
        for name in names {
            // RFC 5228 2.7.3: the two comparators every implementation has may be required.
            if ["comparator-i;octet", "comparator-i;ascii-casemap"].contains(&name.as_str()) {
                continue;
            }
            match Extension::from_name(&name) {
                Some(extension) => {
                    self.extensions.insert(extension);
                    // RFC 6131 3: vacation-seconds implies vacation.
                    if extension == Extension::VacationSeconds {
                        self.extensions.insert(Extension::Vacation);
                    }
                }
                None => return fail(command.at, ErrorKind::UnsupportedExtension(name)),
            }
        }
        Ok(())
    }

    fn needs(&self, extension: Extension, name: &str, at: Position) -> Result<(), SieveError> {
        if self.extensions.contains(&extension) {
            Ok(())
        } else {
            fail(
                at,
                ErrorKind::NotRequired {
                    name: name.to_string(),
                    extension: extension.name(),
                },
            )
        }
    }

    fn block(&self, commands: &[parse::Command]) -> Result<Vec<Command>, SieveError> {
        let mut out: Vec<Command> = Vec::with_capacity(commands.len());
        for command in commands {
            let name = command.name.as_str();
            if name == "elsif" || name == "else" {
                let Some(Command::If {
                    branches,
                    otherwise,
                }) = out.last_mut()
                else {
                    return fail(command.at, ErrorKind::OrphanElse(name.into()));
                };
                if otherwise.is_some() {
                    return fail(command.at, ErrorKind::OrphanElse(name.into()));
                }
                let body = self.body(command)?;
                if name == "elsif" {
                    branches.push((self.condition(command)?, body));
                } else {
                    Arguments::new(name, command.at, &command.arguments, &[]).end()?;
                    if !command.tests.is_empty() {
                        return fail(command.at, unexpected(name, "a test"));
                    }
                    *otherwise = Some(body);
                }
                continue;
            }
            if name == "if" {
                let test = self.condition(command)?;
                let body = self.body(command)?;
                out.push(Command::If {
                    branches: vec![(test, body)],
                    otherwise: None,
                });
                continue;
            }
            if name == "require" {
                return fail(command.at, ErrorKind::LateRequire);
            }
            if command.block.is_some() {
                return fail(command.at, unexpected(name, "a block"));
            }
            if !command.tests.is_empty() {
                return fail(command.at, unexpected(name, "a test"));
            }
            out.push(self.action(command)?);
        }
        Ok(out)
    }

    fn body(&self, command: &parse::Command) -> Result<Vec<Command>, SieveError> {
        match &command.block {
            Some(block) => self.block(block),
            None => fail(
                command.at,
                ErrorKind::MissingArgument {
                    command: command.name.clone(),
                    argument: "a block",
                },
            ),
        }
    }

    /// The one test of `if` and `elsif`.
    fn condition(&self, command: &parse::Command) -> Result<Test, SieveError> {
        Arguments::new(&command.name, command.at, &command.arguments, &[]).end()?;
        match command.tests.as_slice() {
            [test] if !command.listed => self.test(test),
            [] => fail(
                command.at,
                ErrorKind::MissingArgument {
                    command: command.name.clone(),
                    argument: "a test",
                },
            ),
            _ => fail(command.at, unexpected(&command.name, "a test list")),
        }
    }

    fn action(&self, command: &parse::Command) -> Result<Command, SieveError> {
        let (name, at) = (command.name.as_str(), command.at);
        let argv = &command.arguments;
        Ok(match name {
            "stop" => {
                Arguments::new(name, at, argv, &[]).end()?;
                Command::Stop
            }
            "discard" => {
                Arguments::new(name, at, argv, &[]).end()?;
                Command::Discard
            }
            "keep" => {
                let mut args = Arguments::new(name, at, argv, &[(":flags", true)]);
                let flags = self.flags_tag(&mut args, name, at)?;
                args.end()?;
                Command::Keep { flags }
            }
            "fileinto" => {
                self.needs(Extension::FileInto, name, at)?;
                let mut args = Arguments::new(
                    name,
                    at,
                    argv,
                    &[(":copy", false), (":create", false), (":flags", true)],
                );
                let copy = self.copy_tag(&mut args, name, at)?;
                let create = args.flag(":create");
                if create {
                    self.needs(Extension::Mailbox, ":create", at)?;
                }
                let flags = self.flags_tag(&mut args, name, at)?;
                let mailbox = args.string("the folder name")?;
                args.end()?;
                Command::FileInto {
                    mailbox,
                    copy,
                    create,
                    flags,
                }
            }
            "redirect" => {
                let mut args = Arguments::new(name, at, argv, &[(":copy", false)]);
                let copy = self.copy_tag(&mut args, name, at)?;
                let address = args.string("the address")?;
                args.end()?;
                // A constant address is checked now; one made from variables, when it runs.
                let constant =
                    !(self.extensions.contains(&Extension::Variables) && address.contains("${"));
                if constant && !is_address(&address) {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("\"{address}\" is not an address"),
                        },
                    );
                }
                Command::Redirect { address, copy }
            }
            "reject" | "ereject" => {
                let extension = if name == "reject" {
                    Extension::Reject
                } else {
                    Extension::Ereject
                };
                self.needs(extension, name, at)?;
                let mut args = Arguments::new(name, at, argv, &[]);
                let reason = args.string("the reason")?;
                args.end()?;
                Command::Reject {
                    reason,
                    extended: name == "ereject",
                }
            }
            "vacation" => self.vacation(command)?,
            "setflag" | "addflag" | "removeflag" => {
                self.needs(Extension::Imap4Flags, name, at)?;
                let mut args = Arguments::new(name, at, argv, &[]);
                let first = args.strings("the flags")?;
                let (variable, flags) = match args.optional_strings() {
                    Some(flags) => {
                        self.needs(Extension::Variables, "a flag variable", at)?;
                        let variable = single(first, name, at)?;
                        variable_name(&variable, name, at)?;
                        (Some(variable), flags)
                    }
                    None => (None, first),
                };
                args.end()?;
                Command::Flags {
                    change: match name {
                        "setflag" => FlagChange::Set,
                        "addflag" => FlagChange::Add,
                        _ => FlagChange::Remove,
                    },
                    variable,
                    flags,
                }
            }
            "set" => {
                self.needs(Extension::Variables, name, at)?;
                let mut args = Arguments::new(
                    name,
                    at,
                    argv,
                    &[
                        (":lower", false),
                        (":upper", false),
                        (":lowerfirst", false),
                        (":upperfirst", false),
                        (":quotewildcard", false),
                        (":length", false),
                    ],
                );
                let mut modifiers = Vec::new();
                for (tag, modifier) in [
                    (":lower", Modifier::Lower),
                    (":upper", Modifier::Upper),
                    (":lowerfirst", Modifier::LowerFirst),
                    (":upperfirst", Modifier::UpperFirst),
                    (":quotewildcard", Modifier::QuoteWildcard),
                    (":length", Modifier::Length),
                ] {
                    if args.flag(tag) {
                        modifiers.push(modifier);
                    }
                }
                // RFC 5229 4: one of a precedence level at most.
                if modifiers.contains(&Modifier::Lower) && modifiers.contains(&Modifier::Upper)
                    || modifiers.contains(&Modifier::LowerFirst)
                        && modifiers.contains(&Modifier::UpperFirst)
                {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: "two modifiers of the same precedence".into(),
                        },
                    );
                }
                let variable = args.string("the variable name")?;
                if !is_variable_name(&variable) {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("\"{variable}\" is not a variable name"),
                        },
                    );
                }
                let value = args.string("the value")?;
                args.end()?;
                Command::Set {
                    name: variable.to_ascii_lowercase(),
                    value,
                    modifiers,
                }
            }
            "include" => {
                self.needs(Extension::Include, name, at)?;
                let mut args = Arguments::new(
                    name,
                    at,
                    argv,
                    &[
                        (":personal", false),
                        (":global", false),
                        (":once", false),
                        (":optional", false),
                    ],
                );
                let personal = args.flag(":personal");
                let global = args.flag(":global");
                if personal && global {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: ":personal and :global together".into(),
                        },
                    );
                }
                let once = args.flag(":once");
                let optional = args.flag(":optional");
                let script = args.string("the script name")?;
                args.end()?;
                // RFC 6609 3.2: the name is a constant (no variable in it).
                if script.is_empty() || script.contains(['/', '\0']) || script.contains("${") {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("\"{script}\" is not a script name"),
                        },
                    );
                }
                Command::Include {
                    global,
                    name: script,
                    once,
                    optional,
                }
            }
            "return" => {
                self.needs(Extension::Include, name, at)?;
                Arguments::new(name, at, argv, &[]).end()?;
                Command::Return
            }
            "global" => {
                self.needs(Extension::Include, name, at)?;
                self.needs(Extension::Variables, name, at)?;
                let mut args = Arguments::new(name, at, argv, &[]);
                let names = args.strings("the variable names")?;
                args.end()?;
                if let Some(bad) = names.iter().find(|n| !is_variable_name(n)) {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("\"{bad}\" is not a variable name"),
                        },
                    );
                }
                Command::Global(names.iter().map(|n| n.to_ascii_lowercase()).collect())
            }
            _ => return fail(at, ErrorKind::UnknownCommand(name.into())),
        })
    }

    fn copy_tag(&self, args: &mut Arguments, name: &str, at: Position) -> Result<bool, SieveError> {
        let copy = args.flag(":copy");
        if copy {
            self.needs(Extension::Copy, &format!("{name} :copy"), at)?;
        }
        Ok(copy)
    }

    fn flags_tag(
        &self,
        args: &mut Arguments,
        name: &str,
        at: Position,
    ) -> Result<Option<Vec<String>>, SieveError> {
        let flags = args.tag_strings(":flags")?;
        if flags.is_some() {
            self.needs(Extension::Imap4Flags, &format!("{name} :flags"), at)?;
        }
        Ok(flags)
    }

    fn vacation(&self, command: &parse::Command) -> Result<Command, SieveError> {
        let (name, at) = (command.name.as_str(), command.at);
        self.needs(Extension::Vacation, name, at)?;
        let mut args = Arguments::new(
            name,
            at,
            &command.arguments,
            &[
                (":days", true),
                (":seconds", true),
                (":subject", true),
                (":from", true),
                (":addresses", true),
                (":mime", false),
                (":handle", true),
            ],
        );
        let days = args.tag_number(":days")?;
        let seconds = args.tag_number(":seconds")?;
        let period = match (days, seconds) {
            (Some(_), Some(_)) => {
                return fail(
                    at,
                    ErrorKind::BadArgument {
                        command: name.into(),
                        problem: ":days and :seconds together".into(),
                    },
                );
            }
            (_, Some(s)) => {
                self.needs(Extension::VacationSeconds, "vacation :seconds", at)?;
                VacationPeriod::Seconds(s)
            }
            (Some(d), None) => VacationPeriod::Days(d),
            (None, None) => VacationPeriod::Days(7),
        };
        let vacation = Vacation {
            period,
            subject: args.tag_string(":subject")?,
            from: args.tag_string(":from")?,
            addresses: args.tag_strings(":addresses")?.unwrap_or_default(),
            mime: args.flag(":mime"),
            handle: args.tag_string(":handle")?,
            reason: args.string("the reason")?,
        };
        args.end()?;
        if let Some(from) = &vacation.from {
            let constant =
                !(self.extensions.contains(&Extension::Variables) && from.contains("${"));
            // `:from` may carry a display name: the address is what stands in <…>, if any.
            let address = from
                .rsplit_once('<')
                .and_then(|(_, rest)| rest.strip_suffix('>'))
                .unwrap_or(from);
            if constant && !is_address(address.trim()) {
                return fail(
                    at,
                    ErrorKind::BadArgument {
                        command: name.into(),
                        problem: format!("\":from\" \"{from}\" is not an address"),
                    },
                );
            }
        }
        Ok(Command::Vacation(Box::new(vacation)))
    }

    fn test(&self, test: &parse::Test) -> Result<Test, SieveError> {
        let (name, at) = (test.name.as_str(), test.at);
        let argv = &test.arguments;
        // `true` and `false` take nothing.
        let plain = || -> Result<(), SieveError> {
            Arguments::new(name, at, argv, &[]).end()?;
            no_tests(test)
        };
        Ok(match name {
            "true" => {
                plain()?;
                Test::True
            }
            "false" => {
                plain()?;
                Test::False
            }
            "not" => {
                Arguments::new(name, at, argv, &[]).end()?;
                match test.tests.as_slice() {
                    [inner] if !test.listed => Test::Not(Box::new(self.test(inner)?)),
                    _ => return fail(at, missing(name, "one test")),
                }
            }
            "allof" | "anyof" => {
                Arguments::new(name, at, argv, &[]).end()?;
                if test.tests.is_empty() || !test.listed {
                    return fail(at, missing(name, "a test list"));
                }
                let tests = test
                    .tests
                    .iter()
                    .map(|t| self.test(t))
                    .collect::<Result<Vec<_>, _>>()?;
                if name == "allof" {
                    Test::AllOf(tests)
                } else {
                    Test::AnyOf(tests)
                }
            }
            "exists" => {
                let mut args = Arguments::new(name, at, argv, &[]);
                let headers = args.strings("the header names")?;
                args.end()?;
                no_tests(test)?;
                Test::Exists(headers)
            }
            "size" => {
                let mut args =
                    Arguments::new(name, at, argv, &[(":over", false), (":under", false)]);
                let over = args.flag(":over");
                let under = args.flag(":under");
                if over == under {
                    return fail(at, missing(name, "one of :over and :under"));
                }
                let limit = args.number("the size")?;
                args.end()?;
                no_tests(test)?;
                Test::Size { over, limit }
            }
            "header" | "address" | "envelope" | "body" | "string" | "hasflag" => {
                self.comparing(test)?
            }
            "date" | "currentdate" => self.dating(test)?,
            "mailboxexists" => {
                self.needs(Extension::Mailbox, name, at)?;
                let mut args = Arguments::new(name, at, argv, &[]);
                let folders = args.strings("the folder names")?;
                args.end()?;
                no_tests(test)?;
                Test::MailboxExists(folders)
            }
            _ => return fail(at, ErrorKind::UnknownTest(name.into())),
        })
    }

    /// `date` and `currentdate` (RFC 5260).
    fn dating(&self, test: &parse::Test) -> Result<Test, SieveError> {
        let (name, at) = (test.name.as_str(), test.at);
        self.needs(Extension::Date, name, at)?;
        let mut tags: Vec<(&str, bool)> = vec![
            (":comparator", true),
            (":is", false),
            (":contains", false),
            (":matches", false),
            (":value", true),
            (":count", true),
            (":zone", true),
        ];
        if name == "date" {
            tags.push((":originalzone", false));
        }
        let mut args = Arguments::new(name, at, &test.arguments, &tags);
        let matching = self.matching(&mut args, name, at)?;
        let zone = match (args.tag_string(":zone")?, args.flag(":originalzone")) {
            (None, false) => DateZone::Local,
            (None, true) => DateZone::Original,
            (Some(text), false) => match crate::date::parse_zone(&text) {
                Some(seconds) => DateZone::Fixed(seconds),
                None => {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("\"{text}\" is not a zone (+hhmm or -hhmm)"),
                        },
                    );
                }
            },
            (Some(_), true) => {
                return fail(
                    at,
                    ErrorKind::BadArgument {
                        command: name.into(),
                        problem: ":zone and :originalzone together".into(),
                    },
                );
            }
        };
        let header = if name == "date" {
            Some(args.string("the header name")?)
        } else {
            None
        };
        let part_name = args.string("the date part")?;
        let Some(part) = DatePart::from_name(&part_name) else {
            return fail(
                at,
                ErrorKind::BadArgument {
                    command: name.into(),
                    problem: format!("unknown date part \"{part_name}\""),
                },
            );
        };
        let keys = args.strings("the keys")?;
        args.end()?;
        no_tests(test)?;
        Ok(match header {
            Some(header) => Test::Date {
                zone,
                matching,
                header,
                part,
                keys,
            },
            None => Test::CurrentDate {
                zone,
                matching,
                part,
                keys,
            },
        })
    }

    /// The tests that take a comparator and a match type.
    fn comparing(&self, test: &parse::Test) -> Result<Test, SieveError> {
        let (name, at) = (test.name.as_str(), test.at);
        match name {
            "envelope" => self.needs(Extension::Envelope, name, at)?,
            "body" => self.needs(Extension::Body, name, at)?,
            "string" => self.needs(Extension::Variables, name, at)?,
            "hasflag" => self.needs(Extension::Imap4Flags, name, at)?,
            _ => {}
        }
        let mut tags: Vec<(&str, bool)> = vec![
            (":comparator", true),
            (":is", false),
            (":contains", false),
            (":matches", false),
            (":value", true),
            (":count", true),
        ];
        if name == "address" || name == "envelope" {
            tags.extend([
                (":all", false),
                (":localpart", false),
                (":domain", false),
                (":user", false),
                (":detail", false),
            ]);
        }
        if name == "body" {
            tags.extend([(":raw", false), (":content", true), (":text", false)]);
        }
        let mut args = Arguments::new(name, at, &test.arguments, &tags);
        let matching = self.matching(&mut args, name, at)?;
        let part = self.address_part(&mut args, name, at)?;
        let transform = if name == "body" {
            let raw = args.flag(":raw");
            let content = args.tag_strings(":content")?;
            let text = args.flag(":text");
            match (raw, content, text) {
                (false, None, false) | (false, None, true) => BodyTransform::Text,
                (true, None, false) => BodyTransform::Raw,
                (false, Some(types), false) => BodyTransform::Content(types),
                _ => {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: "more than one body transform".into(),
                        },
                    );
                }
            }
        } else {
            BodyTransform::Text
        };
        let first = args.strings(match name {
            "body" => "the keys",
            "string" => "the source strings",
            "hasflag" => "the flags",
            "envelope" => "the envelope parts",
            _ => "the header names",
        })?;
        let (lists, keys) = match (name, args.optional_strings()) {
            ("body", None) => (Vec::new(), first),
            ("body", Some(_)) => return fail(at, unexpected(name, "a second string list")),
            ("hasflag", None) => (Vec::new(), first),
            (_, Some(keys)) => (first, keys),
            (_, None) => return fail(at, missing(name, "the keys")),
        };
        args.end()?;
        no_tests(test)?;
        // RFC 5228 5.1: `address` is for fields that hold addresses (the ones Pigeonhole
        // knows); a name made from variables is looked at when the script runs.
        if name == "address"
            && let Some(bad) = lists.iter().find(|h| {
                !h.contains("${") && !ADDRESS_FIELDS.contains(&h.to_ascii_lowercase().as_str())
            })
        {
            return fail(
                at,
                ErrorKind::BadArgument {
                    command: name.into(),
                    problem: format!("\"{bad}\" is not a field that holds addresses"),
                },
            );
        }
        Ok(match name {
            "header" => Test::Header {
                matching,
                headers: lists,
                keys,
            },
            "address" => Test::Address {
                part,
                matching,
                headers: lists,
                keys,
            },
            "envelope" => {
                if let Some(bad) = lists
                    .iter()
                    .find(|p| !["from", "to"].contains(&p.to_ascii_lowercase().as_str()))
                {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("no envelope part \"{bad}\" (from, to)"),
                        },
                    );
                }
                Test::Envelope {
                    part,
                    matching,
                    parts: lists,
                    keys,
                }
            }
            "body" => Test::Body {
                matching,
                transform,
                keys,
            },
            "string" => Test::String {
                matching,
                sources: lists,
                keys,
            },
            _ => {
                if !lists.is_empty() {
                    self.needs(Extension::Variables, "hasflag with variables", at)?;
                    for variable in &lists {
                        variable_name(variable, name, at)?;
                    }
                }
                Test::HasFlag {
                    matching,
                    variables: lists,
                    flags: keys,
                }
            }
        })
    }

    fn matching(
        &self,
        args: &mut Arguments,
        name: &str,
        at: Position,
    ) -> Result<Matching, SieveError> {
        let comparator = match args.tag_string(":comparator")? {
            None => Comparator::AsciiCaseMap,
            Some(c) => match c.to_ascii_lowercase().as_str() {
                "i;octet" => Comparator::Octet,
                "i;ascii-casemap" => Comparator::AsciiCaseMap,
                "i;ascii-numeric" => {
                    self.needs(Extension::AsciiNumeric, "i;ascii-numeric", at)?;
                    Comparator::AsciiNumeric
                }
                _ => {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("unknown comparator \"{c}\""),
                        },
                    );
                }
            },
        };
        let mut kinds = Vec::new();
        for (tag, kind) in [
            (":is", MatchKind::Is),
            (":contains", MatchKind::Contains),
            (":matches", MatchKind::Matches),
        ] {
            if args.flag(tag) {
                kinds.push(kind);
            }
        }
        for tag in [":value", ":count"] {
            if let Some(relation) = args.tag_string(tag)? {
                self.needs(Extension::Relational, tag, at)?;
                let Some(relation) = Relation::from_name(&relation) else {
                    return fail(
                        at,
                        ErrorKind::BadArgument {
                            command: name.into(),
                            problem: format!("unknown relation \"{relation}\""),
                        },
                    );
                };
                kinds.push(if tag == ":value" {
                    MatchKind::Value(relation)
                } else {
                    MatchKind::Count(relation)
                });
            }
        }
        if kinds.len() > 1 {
            return fail(
                at,
                ErrorKind::BadArgument {
                    command: name.into(),
                    problem: "more than one match type".into(),
                },
            );
        }
        // RFC 4790 9.1: i;ascii-numeric has no substring or pattern match.
        if comparator == Comparator::AsciiNumeric
            && matches!(
                kinds.first(),
                Some(MatchKind::Contains | MatchKind::Matches)
            )
        {
            return fail(
                at,
                ErrorKind::BadArgument {
                    command: name.into(),
                    problem: "i;ascii-numeric cannot be used with :contains or :matches".into(),
                },
            );
        }
        Ok(Matching {
            comparator,
            kind: kinds.pop().unwrap_or(MatchKind::Is),
        })
    }

    fn address_part(
        &self,
        args: &mut Arguments,
        name: &str,
        at: Position,
    ) -> Result<AddressPart, SieveError> {
        let mut parts = Vec::new();
        for (tag, part) in [
            (":all", AddressPart::All),
            (":localpart", AddressPart::LocalPart),
            (":domain", AddressPart::Domain),
            (":user", AddressPart::User),
            (":detail", AddressPart::Detail),
        ] {
            if args.flag(tag) {
                if matches!(part, AddressPart::User | AddressPart::Detail) {
                    self.needs(Extension::Subaddress, tag, at)?;
                }
                parts.push(part);
            }
        }
        if parts.len() > 1 {
            return fail(
                at,
                ErrorKind::BadArgument {
                    command: name.into(),
                    problem: "more than one address part".into(),
                },
            );
        }
        Ok(parts.pop().unwrap_or(AddressPart::All))
    }
}

/// The fields the `address` test reads (Pigeonhole's list, checked with its `sieve-test`).
const ADDRESS_FIELDS: &[&str] = &[
    "from",
    "sender",
    "to",
    "cc",
    "bcc",
    "reply-to",
    "resent-from",
    "resent-sender",
    "resent-to",
    "resent-cc",
    "resent-bcc",
    "resent-reply-to",
    "delivered-to",
    "errors-to",
    "x-original-to",
    "x-beenthere",
    "mail-followup-to",
    "mail-reply-to",
    "return-receipt-to",
];

fn unexpected(command: &str, argument: &str) -> ErrorKind {
    ErrorKind::UnexpectedArgument {
        command: command.into(),
        argument: argument.into(),
    }
}

fn missing(command: &str, argument: &'static str) -> ErrorKind {
    ErrorKind::MissingArgument {
        command: command.into(),
        argument,
    }
}

fn no_tests(test: &parse::Test) -> Result<(), SieveError> {
    if test.tests.is_empty() {
        Ok(())
    } else {
        fail(test.at, unexpected(&test.name, "a test"))
    }
}

fn no_tests_or_block(command: &parse::Command) -> Result<(), SieveError> {
    if !command.tests.is_empty() {
        return fail(command.at, unexpected(&command.name, "a test"));
    }
    if command.block.is_some() {
        return fail(command.at, unexpected(&command.name, "a block"));
    }
    Ok(())
}

fn single(mut list: Vec<String>, command: &str, at: Position) -> Result<String, SieveError> {
    if list.len() == 1 {
        Ok(list.remove(0))
    } else {
        fail(
            at,
            ErrorKind::BadArgument {
                command: command.into(),
                problem: "a list where one string belongs".into(),
            },
        )
    }
}

/// Whether `text` is one address to send to: `local@domain`, no spaces, commas, angle
/// brackets or line breaks (RFC 5228 4.2 wants a valid RFC 5322 address; this keeps anything
/// that could become a second recipient or a broken RCPT TO out).
pub(crate) fn is_address(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && text.len() <= 320
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, ',' | '<' | '>' | ';'))
        && !domain.contains('@')
}

fn variable_name(text: &str, command: &str, at: Position) -> Result<(), SieveError> {
    if is_variable_name(text) {
        Ok(())
    } else {
        fail(
            at,
            ErrorKind::BadArgument {
                command: command.into(),
                problem: format!("\"{text}\" is not a variable name"),
            },
        )
    }
}

/// RFC 5229 3: `identifier` (or `identifier "." identifier`... not offered: no namespaces).
fn is_variable_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// One command's arguments: its tagged ones (in any order, before the positional ones, each at
/// most once) and then its positional ones, taken in order. Whatever is left at `end` is an
/// error, so an argument is never silently ignored.
struct Arguments<'a> {
    command: &'a str,
    at: Position,
    tagged: Vec<(String, Position, Option<Argument>)>,
    positional: std::collections::VecDeque<Argument>,
    problem: Option<SieveError>,
}

impl<'a> Arguments<'a> {
    /// `known`: the tags accepted, and whether each takes a value.
    fn new(command: &'a str, at: Position, argv: &[Argument], known: &[(&str, bool)]) -> Self {
        let mut tagged: Vec<(String, Position, Option<Argument>)> = Vec::new();
        let mut positional = std::collections::VecDeque::new();
        let mut problem = None;
        let mut items = argv.iter().peekable();
        while let Some(argument) = items.next() {
            let Argument::Tag(tag, tag_at) = argument else {
                positional.push_back(argument.clone());
                continue;
            };
            let name = format!(":{tag}");
            let error = |kind| Some(SieveError { at: *tag_at, kind });
            if !positional.is_empty() {
                problem = problem.or_else(|| {
                    error(ErrorKind::BadArgument {
                        command: command.into(),
                        problem: format!("{name} after a positional argument"),
                    })
                });
                continue;
            }
            let Some((_, takes_value)) = known.iter().find(|(k, _)| *k == name) else {
                problem = problem.or_else(|| error(unexpected(command, &name)));
                continue;
            };
            if tagged.iter().any(|(t, _, _)| *t == name) {
                problem = problem.or_else(|| {
                    error(ErrorKind::Repeated {
                        command: command.into(),
                        argument: name.clone(),
                    })
                });
                continue;
            }
            let value = if *takes_value {
                match items.next_if(|a| !matches!(a, Argument::Tag(..))) {
                    Some(v) => Some(v.clone()),
                    None => {
                        problem = problem.or_else(|| {
                            error(ErrorKind::BadArgument {
                                command: command.into(),
                                problem: format!("{name} needs a value"),
                            })
                        });
                        None
                    }
                }
            } else {
                None
            };
            tagged.push((name, *tag_at, value));
        }
        Arguments {
            command,
            at,
            tagged,
            positional,
            problem,
        }
    }

    fn check(&mut self) -> Result<(), SieveError> {
        match self.problem.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Whether a valueless tag was given.
    fn flag(&mut self, tag: &str) -> bool {
        match self.tagged.iter().position(|(t, _, _)| t == tag) {
            Some(i) => {
                self.tagged.remove(i);
                true
            }
            None => false,
        }
    }

    fn tag_value(&mut self, tag: &str) -> Result<Option<(Argument, Position)>, SieveError> {
        self.check()?;
        Ok(match self.tagged.iter().position(|(t, _, _)| t == tag) {
            Some(i) => {
                let (_, at, value) = self.tagged.remove(i);
                value.map(|v| (v, at))
            }
            None => None,
        })
    }

    fn tag_strings(&mut self, tag: &str) -> Result<Option<Vec<String>>, SieveError> {
        match self.tag_value(tag)? {
            Some((Argument::Strings { values, .. }, _)) => Ok(Some(values)),
            Some((other, at)) => fail(at, self.wrong(tag, "a string list", &other)),
            None => Ok(None),
        }
    }

    fn tag_string(&mut self, tag: &str) -> Result<Option<String>, SieveError> {
        match self.tag_value(tag)? {
            Some((
                Argument::Strings {
                    mut values,
                    single: true,
                    ..
                },
                _,
            )) => Ok(values.pop()),
            Some((other, at)) => fail(at, self.wrong(tag, "a string", &other)),
            None => Ok(None),
        }
    }

    fn tag_number(&mut self, tag: &str) -> Result<Option<u64>, SieveError> {
        match self.tag_value(tag)? {
            Some((Argument::Number(n, _), _)) => Ok(Some(n)),
            Some((other, at)) => fail(at, self.wrong(tag, "a number", &other)),
            None => Ok(None),
        }
    }

    fn wrong(&self, what: &str, expected: &str, found: &Argument) -> ErrorKind {
        ErrorKind::BadArgument {
            command: self.command.into(),
            problem: format!("{what} must be {expected}, not {}", found.describe()),
        }
    }

    fn next(&mut self, argument: &'static str) -> Result<Argument, SieveError> {
        self.check()?;
        self.positional.pop_front().ok_or_else(|| SieveError {
            at: self.at,
            kind: missing(self.command, argument),
        })
    }

    fn strings(&mut self, argument: &'static str) -> Result<Vec<String>, SieveError> {
        match self.next(argument)? {
            Argument::Strings { values, .. } => Ok(values),
            other => fail(other.at(), self.wrong(argument, "a string list", &other)),
        }
    }

    /// A further string list, when one follows.
    fn optional_strings(&mut self) -> Option<Vec<String>> {
        match self.positional.front() {
            Some(Argument::Strings { .. }) => match self.positional.pop_front() {
                Some(Argument::Strings { values, .. }) => Some(values),
                _ => None,
            },
            _ => None,
        }
    }

    fn string(&mut self, argument: &'static str) -> Result<String, SieveError> {
        match self.next(argument)? {
            Argument::Strings {
                mut values,
                single: true,
                ..
            } => Ok(values.pop().unwrap_or_default()),
            other => fail(other.at(), self.wrong(argument, "a string", &other)),
        }
    }

    fn number(&mut self, argument: &'static str) -> Result<u64, SieveError> {
        match self.next(argument)? {
            Argument::Number(n, _) => Ok(n),
            other => fail(other.at(), self.wrong(argument, "a number", &other)),
        }
    }

    /// Nothing may be left over.
    fn end(mut self) -> Result<(), SieveError> {
        self.check()?;
        if let Some((tag, at, _)) = self.tagged.first() {
            return fail(*at, unexpected(self.command, tag));
        }
        if let Some(extra) = self.positional.front() {
            return fail(extra.at(), unexpected(self.command, &extra.describe()));
        }
        Ok(())
    }
}
