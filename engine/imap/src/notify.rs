//! The NOTIFY command's syntax (RFC 5465): which events the client wants to hear of, for the
//! selected folder and for others, without polling. Only syntax here; the session checks what
//! it supports and sends the notifications.

/// NOTIFY NONE, or NOTIFY SET with its event groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyRequest {
    None,
    Set {
        /// `STATUS`: tell the current state of the folders named, at once.
        status: bool,
        groups: Vec<EventGroup>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventGroup {
    pub filter: MailboxFilter,
    /// Empty for `NONE`.
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailboxFilter {
    Selected,
    /// Expunges in the selected folder wait for a command that allows them.
    SelectedDelayed,
    Inboxes,
    Personal,
    Subscribed,
    /// These folders and everything below them.
    Subtree(Vec<String>),
    Mailboxes(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// With the FETCH items to send for each new message (as written, parenthesised).
    MessageNew(Option<String>),
    MessageExpunge,
    FlagChange,
    MailboxName,
    SubscriptionChange,
    /// One this server does not offer (AnnotationChange, the METADATA ones, extensions).
    Other(String),
}

/// Most event groups, and folders named, one NOTIFY may carry.
const MAX_ITEMS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Sexp {
    Atom(String),
    Quoted(String),
    List(Vec<Sexp>),
}

/// Atoms (a `[...]` inside one may hold spaces and parentheses, as in `BODY.PEEK[HEADER]`),
/// quoted strings and lists.
fn sexps(s: &str) -> Option<Vec<Sexp>> {
    let bytes = s.as_bytes();
    let mut stack: Vec<Vec<Sexp>> = vec![Vec::new()];
    let mut i = 0;
    let mut count = 0;
    while i < bytes.len() {
        count += 1;
        if count > 10_000 || stack.len() > 8 {
            return None;
        }
        match bytes[i] {
            b' ' => i += 1,
            b'(' => {
                stack.push(Vec::new());
                i += 1;
            }
            b')' => {
                let list = stack.pop()?;
                stack.last_mut()?.push(Sexp::List(list));
                i += 1;
            }
            b'"' => {
                // Bytes first: a quoted name may be UTF-8 (RFC 9051, UTF8=ACCEPT).
                let mut value = Vec::new();
                i += 1;
                loop {
                    match *bytes.get(i)? {
                        b'"' => break,
                        b'\\' => {
                            i += 1;
                            value.push(*bytes.get(i)?);
                        }
                        b => value.push(b),
                    }
                    i += 1;
                }
                i += 1;
                stack
                    .last_mut()?
                    .push(Sexp::Quoted(String::from_utf8(value).ok()?));
            }
            _ => {
                let start = i;
                let mut depth = 0;
                while i < bytes.len() {
                    match bytes[i] {
                        b'[' => depth += 1,
                        b']' => depth -= 1,
                        b' ' | b'(' | b')' if depth == 0 => break,
                        _ => {}
                    }
                    i += 1;
                }
                stack
                    .last_mut()?
                    .push(Sexp::Atom(s.get(start..i)?.to_string()));
            }
        }
    }
    (stack.len() == 1).then(|| stack.pop()).flatten()
}

fn word(s: &Sexp) -> Option<String> {
    match s {
        Sexp::Atom(a) => Some(a.to_ascii_uppercase()),
        _ => None,
    }
}

fn name(s: &Sexp) -> Option<String> {
    match s {
        Sexp::Atom(a) | Sexp::Quoted(a) => Some(a.clone()),
        Sexp::List(_) => None,
    }
}

fn render(s: &Sexp) -> String {
    match s {
        Sexp::Atom(a) => a.clone(),
        Sexp::Quoted(q) => format!("\"{}\"", q.replace('\\', "\\\\").replace('"', "\\\"")),
        Sexp::List(l) => format!("({})", l.iter().map(render).collect::<Vec<_>>().join(" ")),
    }
}

/// The arguments of NOTIFY (what follows the command name), or `None` when they are not
/// NOTIFY's syntax (BAD).
pub fn parse(arguments: &str) -> Option<NotifyRequest> {
    let items = sexps(arguments.trim())?;
    let mut items = items.iter();
    match word(items.next()?)?.as_str() {
        "NONE" => items.next().is_none().then_some(NotifyRequest::None),
        "SET" => {
            let mut rest: Vec<&Sexp> = items.collect();
            let status = rest.first().and_then(|s| word(s)).as_deref() == Some("STATUS");
            if status {
                rest.remove(0);
            }
            if rest.is_empty() || rest.len() > MAX_ITEMS {
                return None;
            }
            let groups = rest
                .into_iter()
                .map(|g| match g {
                    Sexp::List(parts) => group(parts),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?;
            Some(NotifyRequest::Set { status, groups })
        }
        _ => None,
    }
}

fn group(parts: &[Sexp]) -> Option<EventGroup> {
    let mut parts = parts.iter();
    let kind = word(parts.next()?)?;
    let names = |s: &Sexp| -> Option<Vec<String>> {
        let list = match s {
            Sexp::List(l) => l.iter().map(name).collect::<Option<Vec<_>>>()?,
            other => vec![name(other)?],
        };
        (!list.is_empty() && list.len() <= MAX_ITEMS).then_some(list)
    };
    let filter = match kind.as_str() {
        "SELECTED" => MailboxFilter::Selected,
        "SELECTED-DELAYED" => MailboxFilter::SelectedDelayed,
        "INBOXES" => MailboxFilter::Inboxes,
        "PERSONAL" => MailboxFilter::Personal,
        "SUBSCRIBED" => MailboxFilter::Subscribed,
        "SUBTREE" => MailboxFilter::Subtree(names(parts.next()?)?),
        "MAILBOXES" => MailboxFilter::Mailboxes(names(parts.next()?)?),
        _ => return None,
    };
    let events = match parts.next()? {
        Sexp::Atom(a) if a.eq_ignore_ascii_case("NONE") => Vec::new(),
        Sexp::List(list) => {
            let mut events = Vec::new();
            let mut list = list.iter().peekable();
            while let Some(item) = list.next() {
                let event = match word(item)?.as_str() {
                    "MESSAGENEW" => {
                        let atts = match list.peek() {
                            Some(Sexp::List(_)) => list.next().map(render),
                            _ => None,
                        };
                        Event::MessageNew(atts)
                    }
                    "MESSAGEEXPUNGE" => Event::MessageExpunge,
                    "FLAGCHANGE" => Event::FlagChange,
                    "MAILBOXNAME" => Event::MailboxName,
                    "SUBSCRIPTIONCHANGE" => Event::SubscriptionChange,
                    _ => Event::Other(name(item)?),
                };
                events.push(event);
            }
            if events.is_empty() {
                return None;
            }
            events
        }
        _ => return None,
    };
    parts
        .next()
        .is_none()
        .then_some(EventGroup { filter, events })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notify_syntax() {
        let r = parse("SET STATUS (selected (MessageNew (UID BODY.PEEK[HEADER.FIELDS (From Subject)]) MessageExpunge FlagChange)) (subtree (Lists \"Work Stuff\") (MessageNew MessageExpunge)) (personal (MailboxName SubscriptionChange))").expect("parses");
        let NotifyRequest::Set { status, groups } = r else {
            panic!("not SET");
        };
        assert!(status);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].filter, MailboxFilter::Selected);
        assert_eq!(
            groups[0].events[0],
            Event::MessageNew(Some("(UID BODY.PEEK[HEADER.FIELDS (From Subject)])".into()))
        );
        assert_eq!(
            groups[1].filter,
            MailboxFilter::Subtree(vec!["Lists".into(), "Work Stuff".into()])
        );
        assert_eq!(
            groups[2].events,
            vec![Event::MailboxName, Event::SubscriptionChange]
        );
        assert_eq!(parse("NONE"), Some(NotifyRequest::None));
        assert_eq!(
            parse("SET (mailboxes INBOX NONE)"),
            Some(NotifyRequest::Set {
                status: false,
                groups: vec![EventGroup {
                    filter: MailboxFilter::Mailboxes(vec!["INBOX".into()]),
                    events: vec![]
                }]
            })
        );
        assert!(parse("SET").is_none());
        assert!(parse("SET (nowhere (MessageNew))").is_none());
        assert!(parse("SET (selected ())").is_none());
        assert!(parse("SET (selected (MessageNew)").is_none());
        assert!(matches!(
            parse("SET (personal (AnnotationChange))"),
            Some(NotifyRequest::Set { .. })
        ));
    }
}
