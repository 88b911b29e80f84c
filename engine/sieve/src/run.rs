//! The interpreter: a compiled [`Script`] run against a [`Mail`], giving the actions to take.
//! It decides and never acts — no folder is written and no mail sent here — so the delivery
//! pipeline carries the actions out in its own transaction. A run that breaks a limit or a
//! rule fails whole, and the caller keeps the message in the Inbox (RFC 5228 2.10.6).

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::mail::Mail;
use crate::matching::{Budget, any_matches};
use crate::script::*;

/// Bounds on one run, configurable per server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunLimits {
    /// Work units (a test, a command, 64 bytes compared): a hostile script stops here.
    pub steps: u64,
    /// Actions a run may take.
    pub actions: usize,
    /// Redirects a run may take (Pigeonhole's default is 4).
    pub redirects: usize,
    /// Scripts included inside each other.
    pub include_depth: usize,
    /// `include`s a run may carry out in all (Pigeonhole's default is 255).
    pub includes: usize,
    /// Flags in a flag list (the internal one or a variable's).
    pub flags: usize,
    /// Variables a run may hold, and bytes in each.
    pub variables: usize,
    pub variable_bytes: usize,
}

impl Default for RunLimits {
    fn default() -> Self {
        RunLimits {
            steps: 2_000_000,
            actions: 32,
            redirects: 4,
            include_depth: 10,
            includes: 255,
            flags: 128,
            variables: 128,
            variable_bytes: 4096,
        }
    }
}

/// What the run decided for the message. Implicit keep has been resolved: when no action
/// cancelled it, `actions` holds a `Keep`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Keep {
        flags: Vec<String>,
    },
    FileInto {
        mailbox: String,
        flags: Vec<String>,
        create: bool,
    },
    Redirect {
        address: String,
    },
    Discard,
    Reject {
        reason: String,
        extended: bool,
    },
    Vacation(VacationReply),
}

/// A vacation reply the pipeline may send, after its own checks (once per sender per period,
/// never to lists, to `<>` or to the user's own addresses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VacationReply {
    pub period: VacationPeriod,
    pub subject: Option<String>,
    pub from: Option<String>,
    pub addresses: Vec<String>,
    pub mime: bool,
    /// What identifies this reply for the once-per-period rule: the `:handle`, else the
    /// reason and subject (RFC 5230 4.2).
    pub handle: String,
    pub reason: String,
}

/// Why a run failed; the message is then kept in the Inbox and the user told.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error("the script took more than {0} steps")]
    Steps(u64),
    #[error("the script took more than {0} actions")]
    TooManyActions(usize),
    #[error("the script redirected more than {0} times")]
    TooManyRedirects(usize),
    #[error("scripts are included more than {0} deep")]
    IncludeDepth(usize),
    #[error("the included script \"{0}\" does not exist")]
    IncludeMissing(String),
    #[error("reject cannot be combined with {0}")]
    RejectConflict(&'static str),
    #[error("more than {0} variables")]
    TooManyVariables(usize),
    #[error("more than {0} includes")]
    TooManyIncludes(usize),
    #[error("more than {0} flags")]
    TooManyFlags(usize),
    #[error("{0} taken twice (RFC 5429, RFC 5230: one response a message)")]
    Duplicate(&'static str),
    #[error("\"{0}\" is not an address to redirect to")]
    BadAddress(String),
}

/// What a run needs from the store: folders, and the scripts `include` names.
pub trait Environment {
    fn mailbox_exists(&self, name: &str) -> bool;
    /// The named script of the user (`global` false) or of the domain/server, compiled.
    fn script(&self, global: bool, name: &str) -> Option<Arc<Script>>;
    /// The time `currentdate` sees: now, unless a test says otherwise.
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now()
    }
}

/// Runs `script` on `mail`.
pub fn run(
    script: &Script,
    mail: &Mail<'_>,
    environment: &dyn Environment,
    limits: &RunLimits,
) -> Result<Vec<Action>, RunError> {
    run_sequence(&[script], mail, environment, limits)
}

/// Runs `scripts` one after the other as one execution, as a domain's "before" script, the
/// user's and the domain's "after" script run: their actions add up, one implicit keep
/// decides at the end, the limits count for the whole sequence, and `stop` in any script
/// ends the sequence. Variables and flags do not pass from one script to the next.
pub fn run_sequence(
    scripts: &[&Script],
    mail: &Mail<'_>,
    environment: &dyn Environment,
    limits: &RunLimits,
) -> Result<Vec<Action>, RunError> {
    let mut state = State {
        mail,
        environment,
        limits,
        budget: Cell::new(limits.steps),
        actions: Vec::new(),
        implicit_keep: true,
        explicit_keep: false,
        flags: Vec::new(),
        frames: Vec::new(),
        globals: HashMap::new(),
        groups: Vec::new(),
        included: HashSet::new(),
        includes: 0,
        redirects: 0,
    };
    for script in scripts {
        state.globals.clear();
        state.groups.clear();
        state.flags.clear();
        state.included.clear();
        if let Flow::Stop = state.script(script, 0)? {
            break;
        }
    }
    state.finish()
}

struct State<'r, 'm> {
    mail: &'r Mail<'m>,
    environment: &'r dyn Environment,
    limits: &'r RunLimits,
    /// Steps left.
    budget: Cell<u64>,
    actions: Vec<Action>,
    implicit_keep: bool,
    explicit_keep: bool,
    /// RFC 5232's internal flags variable.
    flags: Vec<String>,
    /// One per script running (the main one, then each include inside it): its own local
    /// variables and the names it declared `global` (RFC 6609 3.5).
    frames: Vec<Frame>,
    /// The values of global variables, shared by every script that declares them.
    globals: HashMap<String, String>,
    /// The last successful `:matches`: the whole value (`${0}`), then each wildcard's text.
    groups: Vec<String>,
    /// Scripts already included with `:once`.
    included: HashSet<(bool, String)>,
    includes: usize,
    redirects: usize,
}

#[derive(Default)]
struct Frame {
    locals: HashMap<String, String>,
    declared: HashSet<String>,
}

/// How a block ended: on, or `stop`/`return`.
enum Flow {
    Next,
    Stop,
    Return,
}

impl State<'_, '_> {
    fn step(&self) -> Result<(), RunError> {
        self.spend(1)
    }

    fn spend(&self, steps: u64) -> Result<(), RunError> {
        let left = self
            .budget
            .get()
            .checked_sub(steps)
            .ok_or(RunError::Steps(self.limits.steps))?;
        self.budget.set(left);
        Ok(())
    }

    fn script(&mut self, script: &Script, depth: usize) -> Result<Flow, RunError> {
        let variables = script.extensions.contains(&Extension::Variables);
        self.frames.push(Frame::default());
        let flow = self.block(&script.commands, depth, variables);
        self.frames.pop();
        flow
    }

    fn block(
        &mut self,
        commands: &[Command],
        depth: usize,
        variables: bool,
    ) -> Result<Flow, RunError> {
        for command in commands {
            self.step()?;
            match self.command(command, depth, variables)? {
                Flow::Next => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Next)
    }

    /// A string argument with its variables expanded, when the script uses them. Every byte
    /// it makes is paid for, so a string of many references to a long value stops at the
    /// step limit.
    fn expand(&self, text: &str, variables: bool) -> Result<String, RunError> {
        if !variables || !text.contains("${") {
            return Ok(text.to_string());
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            match after.find('}') {
                Some(end) if is_reference(&after[..end]) => {
                    let value = self.lookup(&after[..end].to_ascii_lowercase());
                    self.spend(1 + value.len() as u64 / 64)?;
                    out.push_str(value);
                    rest = &after[end + 1..];
                }
                _ => {
                    out.push_str("${");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        Ok(out)
    }

    fn lookup(&self, name: &str) -> &str {
        if let Ok(n) = name.parse::<usize>() {
            return self.groups.get(n).map_or("", String::as_str);
        }
        let Some(frame) = self.frames.last() else {
            return "";
        };
        let value = if frame.declared.contains(name) {
            self.globals.get(name)
        } else {
            frame.locals.get(name)
        };
        value.map_or("", String::as_str)
    }

    fn expand_all(&self, list: &[String], variables: bool) -> Result<Vec<String>, RunError> {
        list.iter().map(|s| self.expand(s, variables)).collect()
    }

    /// Adds an action; says whether it was new.
    fn take(&mut self, action: Action) -> Result<bool, RunError> {
        // The same action twice is taken once (RFC 5228 4.1, 4.2); two stores into one folder
        // are one, with the later one's flags (as Pigeonhole does; `keep` stores to INBOX).
        if self.actions.contains(&action) {
            return Ok(false);
        }
        if let Some(folder) = stored_in(&action)
            && let Some(earlier) = self
                .actions
                .iter_mut()
                .find(|a| stored_in(a).is_some_and(|f| same_folder(f, folder)))
        {
            if let (
                Action::Keep { flags: kept } | Action::FileInto { flags: kept, .. },
                Action::Keep { flags } | Action::FileInto { flags, .. },
            ) = (&mut *earlier, &action)
            {
                kept.clone_from(flags);
            }
            if let (Action::FileInto { create, .. }, Action::FileInto { create: more, .. }) =
                (earlier, &action)
            {
                *create |= *more;
            }
            return Ok(false);
        }
        // RFC 5429 2.1 and RFC 5230 4.1: one reject and one vacation response at most.
        let kind = |a: &Action| match a {
            Action::Reject { .. } => Some("reject"),
            Action::Vacation(_) => Some("vacation"),
            _ => None,
        };
        if let Some(name) = kind(&action)
            && self.actions.iter().any(|a| kind(a) == Some(name))
        {
            return Err(RunError::Duplicate(name));
        }
        if self.actions.len() >= self.limits.actions {
            return Err(RunError::TooManyActions(self.limits.actions));
        }
        self.actions.push(action);
        Ok(true)
    }

    fn command(
        &mut self,
        command: &Command,
        depth: usize,
        variables: bool,
    ) -> Result<Flow, RunError> {
        match command {
            Command::If {
                branches,
                otherwise,
            } => {
                for (test, body) in branches {
                    if self.test(test, variables)? {
                        return self.block(body, depth, variables);
                    }
                }
                match otherwise {
                    Some(body) => self.block(body, depth, variables),
                    None => Ok(Flow::Next),
                }
            }
            Command::Stop => Ok(Flow::Stop),
            Command::Return => Ok(Flow::Return),
            Command::Keep { flags } => {
                let flags = self.flags_for(flags.as_deref(), variables)?;
                self.explicit_keep = true;
                self.implicit_keep = false;
                self.take(Action::Keep { flags })?;
                Ok(Flow::Next)
            }
            Command::Discard => {
                self.implicit_keep = false;
                Ok(Flow::Next)
            }
            Command::FileInto {
                mailbox,
                copy,
                create,
                flags,
            } => {
                let flags = self.flags_for(flags.as_deref(), variables)?;
                let mailbox = self.expand(mailbox, variables)?;
                if !copy {
                    self.implicit_keep = false;
                }
                self.take(Action::FileInto {
                    mailbox,
                    flags,
                    create: *create,
                })?;
                Ok(Flow::Next)
            }
            Command::Redirect { address, copy } => {
                if !copy {
                    self.implicit_keep = false;
                }
                let address = self.expand(address, variables)?;
                // An address made from a variable is checked as a constant one was when the
                // script was stored: nothing but one address reaches RCPT TO.
                if !crate::compile::is_address(&address) {
                    return Err(RunError::BadAddress(address));
                }
                // Counted once taken: the same redirect twice is one (RFC 5228 4.2).
                if self.take(Action::Redirect { address })? {
                    self.redirects += 1;
                    if self.redirects > self.limits.redirects {
                        return Err(RunError::TooManyRedirects(self.limits.redirects));
                    }
                }
                Ok(Flow::Next)
            }
            Command::Reject { reason, extended } => {
                self.implicit_keep = false;
                let reason = self.expand(reason, variables)?;
                self.take(Action::Reject {
                    reason,
                    extended: *extended,
                })?;
                Ok(Flow::Next)
            }
            Command::Vacation(vacation) => {
                let reason = self.expand(&vacation.reason, variables)?;
                let subject = match &vacation.subject {
                    Some(s) => Some(self.expand(s, variables)?),
                    None => None,
                };
                let handle = match &vacation.handle {
                    Some(h) => self.expand(h, variables)?,
                    None => format!("{}\u{0}{}", reason, subject.clone().unwrap_or_default()),
                };
                let from = match &vacation.from {
                    Some(f) => Some(self.expand(f, variables)?),
                    None => None,
                };
                let addresses = self.expand_all(&vacation.addresses, variables)?;
                self.take(Action::Vacation(VacationReply {
                    period: vacation.period,
                    subject,
                    from,
                    addresses,
                    mime: vacation.mime,
                    handle,
                    reason,
                }))?;
                Ok(Flow::Next)
            }
            Command::Flags {
                change,
                variable,
                flags,
            } => {
                let given = self.split_flags(&self.expand_all(flags, variables)?)?;
                let current = match variable {
                    Some(name) => {
                        let value = self.lookup(&name.to_ascii_lowercase()).to_string();
                        self.split_flags(&[value])?
                    }
                    None => self.flags.clone(),
                };
                let next = self.split_flags(&change_flags(current, &given, *change))?;
                match variable {
                    Some(name) => {
                        let value = truncate(next.join(" "), self.limits.variable_bytes);
                        self.set_variable(name.to_ascii_lowercase(), value)?;
                    }
                    None => self.flags = next,
                }
                Ok(Flow::Next)
            }
            Command::Set {
                name,
                value,
                modifiers,
            } => {
                let value = modify(self.expand(value, variables)?, modifiers);
                let value = truncate(value, self.limits.variable_bytes);
                self.set_variable(name.clone(), value)?;
                Ok(Flow::Next)
            }
            Command::Global(names) => {
                if let Some(frame) = self.frames.last_mut() {
                    frame.declared.extend(names.iter().cloned());
                }
                Ok(Flow::Next)
            }
            Command::Include {
                global,
                name,
                once,
                optional,
            } => {
                let key = (*global, name.clone());
                if *once && self.included.contains(&key) {
                    return Ok(Flow::Next);
                }
                if depth + 1 > self.limits.include_depth {
                    return Err(RunError::IncludeDepth(self.limits.include_depth));
                }
                self.includes += 1;
                if self.includes > self.limits.includes {
                    return Err(RunError::TooManyIncludes(self.limits.includes));
                }
                let Some(included) = self.environment.script(*global, name) else {
                    if *optional {
                        return Ok(Flow::Next);
                    }
                    return Err(RunError::IncludeMissing(name.clone()));
                };
                self.included.insert(key);
                match self.script(&included, depth + 1)? {
                    // `stop` in an included script ends everything; `return` only it.
                    Flow::Stop => Ok(Flow::Stop),
                    Flow::Next | Flow::Return => Ok(Flow::Next),
                }
            }
        }
    }

    /// Sets a variable in the running script: its global one when it declared the name
    /// `global`, else its own.
    fn set_variable(&mut self, name: String, value: String) -> Result<(), RunError> {
        let limit = self.limits.variables;
        let Some(frame) = self.frames.last_mut() else {
            return Ok(());
        };
        let (store, other) = if frame.declared.contains(&name) {
            (&mut self.globals, frame.locals.len())
        } else {
            (&mut frame.locals, self.globals.len())
        };
        if !store.contains_key(&name) && store.len() + other >= limit {
            return Err(RunError::TooManyVariables(limit));
        }
        store.insert(name, value);
        Ok(())
    }

    /// A flag list from space-separated strings (RFC 5232 3), without repeats (in any case);
    /// bounded in number, and paid for by its length.
    fn split_flags(&self, list: &[String]) -> Result<Vec<String>, RunError> {
        let mut seen = HashSet::new();
        let mut out: Vec<String> = Vec::new();
        for text in list {
            self.spend(1 + text.len() as u64 / 64)?;
            for flag in text.split_whitespace() {
                if seen.insert(flag.to_ascii_lowercase()) {
                    if out.len() >= self.limits.flags {
                        return Err(RunError::TooManyFlags(self.limits.flags));
                    }
                    out.push(flag.to_string());
                }
            }
        }
        Ok(out)
    }

    /// The flags an action stores with: its `:flags`, else the internal variable.
    fn flags_for(
        &self,
        given: Option<&[String]>,
        variables: bool,
    ) -> Result<Vec<String>, RunError> {
        match given {
            Some(list) => self.split_flags(&self.expand_all(list, variables)?),
            None => Ok(self.flags.clone()),
        }
    }

    fn test(&mut self, test: &Test, variables: bool) -> Result<bool, RunError> {
        self.step()?;
        Ok(match test {
            Test::True => true,
            Test::False => false,
            Test::Not(inner) => !self.test(inner, variables)?,
            Test::AllOf(tests) => {
                for t in tests {
                    if !self.test(t, variables)? {
                        return Ok(false);
                    }
                }
                true
            }
            Test::AnyOf(tests) => {
                for t in tests {
                    if self.test(t, variables)? {
                        return Ok(true);
                    }
                }
                false
            }
            Test::Size { over, limit } => {
                if *over {
                    self.mail.size() > *limit
                } else {
                    self.mail.size() < *limit
                }
            }
            Test::Exists(names) => {
                self.spend(self.mail.header_bytes() / 64)?;
                self.expand_all(names, variables)?
                    .iter()
                    .all(|n| !self.mail.header(n).is_empty())
            }
            Test::Header {
                matching,
                headers,
                keys,
            } => {
                self.spend(self.mail.header_bytes() / 64)?;
                let values: Vec<String> = self
                    .expand_all(headers, variables)?
                    .iter()
                    .flat_map(|n| self.mail.header(n))
                    .collect();
                self.compare(*matching, &values, keys, variables)?
            }
            Test::Address {
                part,
                matching,
                headers,
                keys,
            } => {
                self.spend(self.mail.header_bytes() / 64)?;
                let names = self.expand_all(headers, variables)?;
                let values = self.mail.addresses(&names, *part);
                self.compare(*matching, &values, keys, variables)?
            }
            Test::Envelope {
                part,
                matching,
                parts,
                keys,
            } => {
                let values: Vec<String> = parts
                    .iter()
                    .filter_map(|p| {
                        let address = if p.eq_ignore_ascii_case("from") {
                            &self.mail.envelope.from
                        } else {
                            &self.mail.envelope.to
                        };
                        // RFC 5228 5.4: the null reverse-path is the empty string.
                        if address.is_empty() {
                            return Some(String::new());
                        }
                        crate::mail::address_part(address, *part)
                    })
                    .collect();
                self.compare(*matching, &values, keys, variables)?
            }
            Test::Body {
                matching,
                transform,
                keys,
            } => {
                // Every body test reads the whole message (the parse itself is kept).
                self.spend(self.mail.size() / 64)?;
                let values = self.mail.body(transform);
                self.compare(*matching, &values, keys, variables)?
            }
            Test::String {
                matching,
                sources,
                keys,
            } => {
                let values = self.expand_all(sources, variables)?;
                // RFC 5229 5: for :count, empty strings are not counted.
                let values = match matching.kind {
                    MatchKind::Count(_) => values.into_iter().filter(|v| !v.is_empty()).collect(),
                    _ => values,
                };
                self.compare(*matching, &values, keys, variables)?
            }
            Test::HasFlag {
                matching,
                variables: names,
                flags,
            } => {
                let values = if names.is_empty() {
                    self.flags.clone()
                } else {
                    let texts: Vec<String> = names
                        .iter()
                        .map(|n| self.lookup(&n.to_ascii_lowercase()).to_string())
                        .collect();
                    self.split_flags(&texts)?
                };
                self.compare(*matching, &values, flags, variables)?
            }
            Test::MailboxExists(names) => self
                .expand_all(names, variables)?
                .iter()
                .all(|n| self.environment.mailbox_exists(n)),
            Test::Date {
                zone,
                matching,
                header,
                part,
                keys,
            } => {
                self.spend(self.mail.header_bytes() / 64)?;
                let name = self.expand(header, variables)?;
                // RFC 5260 4: a field that is not a date makes the test false.
                let values: Vec<String> = self
                    .mail
                    .header(&name)
                    .iter()
                    .take(1)
                    .filter_map(|v| crate::date::from_header(v, *zone))
                    .map(|d| part.of(&d))
                    .collect();
                !values.is_empty() && self.compare(*matching, &values, keys, variables)?
            }
            Test::CurrentDate {
                zone,
                matching,
                part,
                keys,
            } => {
                let now = crate::date::current(self.environment.now(), *zone);
                self.compare(*matching, &[part.of(&now)], keys, variables)?
            }
        })
    }

    fn compare(
        &mut self,
        matching: Matching,
        values: &[String],
        keys: &[String],
        variables: bool,
    ) -> Result<bool, RunError> {
        let keys = self.expand_all(keys, variables)?;
        let mut groups = None;
        let mut budget = Budget {
            left: self.budget.get(),
        };
        let hit = any_matches(matching, values, &keys, &mut budget, &mut groups);
        self.budget.set(budget.left);
        let hit = hit.map_err(|_| RunError::Steps(self.limits.steps))?;
        // RFC 5229 3.2: the groups of the last successful :matches, each no longer than a
        // variable may be.
        if let Some(found) = groups.filter(|_| hit) {
            self.groups = found
                .into_iter()
                .map(|g| truncate(g, self.limits.variable_bytes))
                .collect();
        }
        Ok(hit)
    }

    /// Implicit keep, and the rules on what goes together.
    fn finish(mut self) -> Result<Vec<Action>, RunError> {
        let rejected = self
            .actions
            .iter()
            .any(|a| matches!(a, Action::Reject { .. }));
        if rejected {
            // RFC 5429 2.1: reject goes with no keep, fileinto, redirect or vacation.
            for action in &self.actions {
                let conflict = match action {
                    Action::Keep { .. } => Some("keep"),
                    Action::FileInto { .. } => Some("fileinto"),
                    Action::Redirect { .. } => Some("redirect"),
                    Action::Vacation(_) => Some("vacation"),
                    _ => None,
                };
                if let Some(name) = conflict {
                    return Err(RunError::RejectConflict(name));
                }
            }
        }
        if self.implicit_keep && !self.explicit_keep {
            let flags = self.flags.clone();
            self.take(Action::Keep { flags })?;
        }
        if self.actions.is_empty() {
            self.actions.push(Action::Discard);
        }
        Ok(self.actions)
    }
}

/// The folder a store action writes to.
fn stored_in(action: &Action) -> Option<&str> {
    match action {
        Action::Keep { .. } => Some("INBOX"),
        Action::FileInto { mailbox, .. } => Some(mailbox),
        _ => None,
    }
}

/// Folder names compare exactly, but INBOX in any case (RFC 3501 5.1).
fn same_folder(a: &str, b: &str) -> bool {
    a == b || a.eq_ignore_ascii_case("INBOX") && b.eq_ignore_ascii_case("INBOX")
}

fn is_reference(name: &str) -> bool {
    !name.is_empty()
        && (name.bytes().all(|b| b.is_ascii_digit())
            || name
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
}

/// At most `bytes`, cut at a character boundary.
fn truncate(mut text: String, bytes: usize) -> String {
    text.truncate(text.floor_char_boundary(bytes));
    text
}

/// The flags after `setflag`, `addflag` or `removeflag` (repeats are taken out by the caller).
fn change_flags(current: Vec<String>, given: &[String], change: FlagChange) -> Vec<String> {
    match change {
        FlagChange::Set => given.to_vec(),
        FlagChange::Add => {
            let mut all = current;
            all.extend(given.iter().cloned());
            all
        }
        FlagChange::Remove => current
            .into_iter()
            .filter(|f| !given.iter().any(|g| g.eq_ignore_ascii_case(f)))
            .collect(),
    }
}

/// `set`'s modifiers, highest precedence first (RFC 5229 4.1).
fn modify(value: String, modifiers: &[Modifier]) -> String {
    let mut ordered = modifiers.to_vec();
    ordered.sort_by_key(|m| match m {
        Modifier::Lower | Modifier::Upper => 0,
        Modifier::LowerFirst | Modifier::UpperFirst => 1,
        Modifier::QuoteWildcard => 2,
        Modifier::Length => 3,
    });
    ordered.into_iter().fold(value, |v, m| match m {
        Modifier::Lower => v.to_lowercase(),
        Modifier::Upper => v.to_uppercase(),
        Modifier::LowerFirst | Modifier::UpperFirst => {
            let mut chars = v.chars();
            match chars.next() {
                Some(first) => {
                    let first: String = if m == Modifier::LowerFirst {
                        first.to_lowercase().collect()
                    } else {
                        first.to_uppercase().collect()
                    };
                    first + chars.as_str()
                }
                None => v,
            }
        }
        Modifier::QuoteWildcard => v
            .chars()
            .flat_map(|c| {
                let quote = matches!(c, '*' | '?' | '\\');
                quote.then_some('\\').into_iter().chain(std::iter::once(c))
            })
            .collect(),
        Modifier::Length => v.chars().count().to_string(),
    })
}
