//! Command syntax imap-codec 2.0.0-alpha.10 does not parse, taken off the command before it
//! is: ESEARCH's `SEARCH RETURN (...)` (RFC 4731), LIST-EXTENDED selection and return options
//! and lists of patterns
//! (RFC 5258, with SPECIAL-USE and LIST-STATUS of RFC 6154 and 5819), and CREATE-SPECIAL-USE's
//! `(USE (...))` (RFC 6154), and SEARCHRES's `$` (RFC 5182), replaced by the saved result
//! itself. The rest of the command goes through imap-codec as usual.

/// What was taken off a command.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Extras {
    #[default]
    None,
    /// ESEARCH result options (`MIN`, `MAX`, `COUNT`, `ALL`); empty means `ALL`.
    SearchReturn(Vec<String>),
    /// LIST-EXTENDED: selection options, return options, the STATUS items asked for, and the
    /// patterns when several were given (`LIST "" (INBOX Sent*)`; the command goes on with
    /// the first).
    List {
        selection: Vec<String>,
        returns: Vec<String>,
        status: Vec<String>,
        patterns: Vec<String>,
    },
    /// CREATE-SPECIAL-USE attributes, such as `\Drafts`.
    CreateUse(Vec<String>),
    /// ESORT result options (RFC 5267 3).
    SortReturn(Vec<String>),
    /// CANCELUPDATE (RFC 5267 4.3) of these search tags; the command goes on as NOOP.
    CancelUpdate(Vec<String>),
    /// MULTIAPPEND or CATENATE (see `crate::append`); the command goes on as NOOP.
    Append(Box<crate::append::AppendCommand>),
    /// NOTIFY (see `crate::notify`); the command goes on as NOOP.
    Notify(crate::notify::NotifyRequest),
}

/// Bytes `(` … the matching `)` at the start of `s`, and what follows.
fn parenthesised(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_prefix('(')?;
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&s[..i], &s[i + 1..]));
                }
            }
            _ => {}
        }
    }
    None
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| w.to_ascii_uppercase())
        .collect()
}

/// The command without the syntax imap-codec does not know, with what was taken off; `None`
/// when there is nothing to take off.
pub fn rewrite(command: &[u8]) -> Option<(Vec<u8>, Extras)> {
    let line_end = command
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .unwrap_or(command.len());
    let line = std::str::from_utf8(&command[..line_end]).ok()?;
    if let Some(append) = crate::append::parse(command) {
        let noop = format!("{} NOOP\r\n", append.tag).into_bytes();
        return Some((noop, Extras::Append(Box::new(append))));
    }
    let rest_of_command = &command[line_end..];
    let (tag, after_tag) = line.split_once(' ')?;
    let (uid, after_uid) = match after_tag.split_once(' ') {
        Some((w, r)) if w.eq_ignore_ascii_case("UID") => ("UID ", r),
        _ => ("", after_tag),
    };
    let (verb, args) = after_uid.split_once(' ')?;
    let rebuilt = |middle: String| -> Vec<u8> {
        let mut out = format!("{tag} {uid}{verb} {middle}").into_bytes();
        out.extend_from_slice(rest_of_command);
        out
    };
    // A command imap-codec lacks goes on as NOOP, what it asked for in the extras.
    let as_noop = || -> Vec<u8> {
        let mut out = format!("{tag} NOOP").into_bytes();
        out.extend_from_slice(rest_of_command);
        out
    };
    match verb.to_ascii_uppercase().as_str() {
        "NOTIFY" if uid.is_empty() => {
            let request = crate::notify::parse(args)?;
            Some((as_noop(), Extras::Notify(request)))
        }
        "CANCELUPDATE" if uid.is_empty() => {
            let mut tags = Vec::new();
            let mut left = args.trim_start();
            while !left.is_empty() {
                let (_, value, next) = astring(left)?;
                tags.push(value);
                left = next.trim_start();
            }
            Some((as_noop(), Extras::CancelUpdate(tags)))
        }
        "SEARCH" | "SORT" => {
            let after = args
                .strip_prefix("RETURN ")
                .or_else(|| args.strip_prefix("return "))?;
            let (options, rest) = parenthesised(after)?;
            let options = words(options);
            let extras = if verb.eq_ignore_ascii_case("SORT") {
                Extras::SortReturn(options)
            } else {
                Extras::SearchReturn(options)
            };
            Some((rebuilt(rest.trim_start().to_string()), extras))
        }
        "LIST" if uid.is_empty() => {
            let (selection, rest) = match parenthesised(args) {
                Some((s, r)) => (words(s), r.trim_start()),
                None => (Vec::new(), args),
            };
            let upper = rest.to_ascii_uppercase();
            let (rest, returns, status) = match upper.rfind(" RETURN (") {
                Some(at) => {
                    let (options, tail) = parenthesised(&rest[at + 8..])?;
                    if !tail.trim().is_empty() {
                        return None;
                    }
                    let (returns, status) = match options.to_ascii_uppercase().find("STATUS (") {
                        Some(s) => {
                            let (items, _) = parenthesised(&options[s + 7..])?;
                            let mut before = words(&options[..s]);
                            before.push("STATUS".into());
                            (before, words(items))
                        }
                        None => (words(options), Vec::new()),
                    };
                    (&rest[..at], returns, status)
                }
                None => (rest, Vec::new(), Vec::new()),
            };
            // RFC 5258: a parenthesised list of patterns after the reference.
            let (rest, patterns) = match several_patterns(rest) {
                Some((first, patterns)) => (first, patterns),
                None => (rest.to_string(), Vec::new()),
            };
            if selection.is_empty() && returns.is_empty() && patterns.is_empty() {
                return None;
            }
            Some((
                rebuilt(rest),
                Extras::List {
                    selection,
                    returns,
                    status,
                    patterns,
                },
            ))
        }
        "CREATE" if uid.is_empty() => {
            let upper = args.to_ascii_uppercase();
            let at = upper.rfind(" (USE (")?;
            let (inner, tail) = parenthesised(&args[at + 1..])?;
            if !tail.trim().is_empty() {
                return None;
            }
            let uses = inner.trim().strip_prefix("USE")?.trim();
            let (attrs, _) = parenthesised(uses)?;
            Some((
                rebuilt(args[..at].to_string()),
                Extras::CreateUse(attrs.split_whitespace().map(str::to_string).collect()),
            ))
        }
        _ => None,
    }
}

/// One astring at the start of `s` (a quoted string or an atom): as written, its value, and
/// what follows.
fn astring(s: &str) -> Option<(&str, String, &str)> {
    if let Some(inner) = s.strip_prefix('"') {
        let mut value = String::new();
        let mut escaped = false;
        for (i, c) in inner.char_indices() {
            match (escaped, c) {
                (true, c) => {
                    value.push(c);
                    escaped = false;
                }
                (false, '\\') => escaped = true,
                (false, '"') => return Some((&s[..i + 2], value, &inner[i + 1..])),
                (false, c) => value.push(c),
            }
        }
        return None;
    }
    let end = s
        .find(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .unwrap_or(s.len());
    (end > 0).then(|| (&s[..end], s[..end].to_string(), &s[end..]))
}

/// `reference (pattern ...)`: the reference with the first pattern as written, and every
/// pattern's value; `None` when the patterns are not a parenthesised list.
fn several_patterns(rest: &str) -> Option<(String, Vec<String>)> {
    let (reference, _, after) = astring(rest.trim_start())?;
    let (list, tail) = parenthesised(after.trim_start())?;
    let mut patterns = Vec::new();
    let mut first = None;
    let mut left = list.trim_start();
    while !left.is_empty() {
        let (raw, value, next) = astring(left)?;
        first.get_or_insert(raw);
        patterns.push(value);
        left = next.trim_start();
    }
    let first = first?;
    Some((format!("{reference} {first}{tail}"), patterns))
}

/// The saved search result (RFC 5182) written out for one command.
pub struct SavedSets<'a> {
    /// As uids, `None` when empty.
    pub uids: Option<&'a str>,
    /// As sequence numbers in the session's view, `None` when empty.
    pub numbers: Option<&'a str>,
}

/// What became of a command that names `$`.
#[derive(Debug, PartialEq, Eq)]
pub enum SavedUse {
    /// `$` was replaced by the saved result.
    Rewritten(Vec<u8>),
    /// FETCH, STORE, COPY, MOVE or UID EXPUNGE of `$` while the saved result is empty: the
    /// command has nothing to act on and succeeds (RFC 5182 section 2.1).
    Empty,
}

/// Tokens of a command outside quoted strings and literals: (start, end) byte offsets.
fn tokens(command: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut start: Option<usize> = None;
    let end_token = |out: &mut Vec<(usize, usize)>, start: &mut Option<usize>, at: usize| {
        if let Some(s) = start.take() {
            out.push((s, at));
        }
    };
    while i < command.len() {
        match command[i] {
            b' ' | b'(' | b')' | b'\r' | b'\n' => {
                end_token(&mut out, &mut start, i);
                i += 1;
            }
            b'"' => {
                end_token(&mut out, &mut start, i);
                i += 1;
                while i < command.len() && command[i] != b'"' {
                    i += if command[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'{' => {
                end_token(&mut out, &mut start, i);
                let close = command[i..].iter().position(|&b| b == b'}');
                let length = close.and_then(|c| {
                    let digits = &command[i + 1..i + c];
                    let digits = digits
                        .strip_suffix(b"+")
                        .or_else(|| digits.strip_suffix(b"-"))
                        .unwrap_or(digits);
                    std::str::from_utf8(digits).ok()?.parse::<usize>().ok()
                });
                match (close, length) {
                    (Some(c), Some(n)) => {
                        // `}` CRLF, then the literal's bytes.
                        i += c + 3 + n;
                    }
                    _ => i += 1,
                }
            }
            _ => {
                if start.is_none() {
                    start = Some(i);
                }
                i += 1;
            }
        }
    }
    end_token(&mut out, &mut start, command.len().min(i));
    out
}

/// The command with each `$` replaced by the saved result; `None` when it names no `$` where
/// a set may stand.
pub fn replace_saved(command: &[u8], saved: &SavedSets<'_>) -> Option<SavedUse> {
    let tokens = tokens(command);
    let word = |k: usize| -> &[u8] { tokens.get(k).map_or(&[][..], |&(s, e)| &command[s..e]) };
    let uid_command = word(1).eq_ignore_ascii_case(b"UID");
    let verb_at = if uid_command { 2 } else { 1 };
    let verb = word(verb_at).to_ascii_uppercase();
    let dollars: Vec<usize> = (0..tokens.len()).filter(|&k| word(k) == b"$").collect();
    if dollars.is_empty() {
        return None;
    }
    // (start, end, replacement), in order.
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    match verb.as_slice() {
        b"FETCH" | b"STORE" | b"COPY" | b"MOVE" | b"EXPUNGE" => {
            let at = verb_at + 1;
            if dollars != [at] || (verb == b"EXPUNGE" && !uid_command) {
                return None;
            }
            let set = if uid_command {
                saved.uids
            } else {
                saved.numbers
            };
            let Some(set) = set else {
                return Some(SavedUse::Empty);
            };
            edits.push((tokens[at].0, tokens[at].1, set.to_string()));
        }
        b"SEARCH" | b"SORT" | b"THREAD" => {
            for &k in &dollars {
                let after_uid = k > verb_at + 1 && word(k - 1).eq_ignore_ascii_case(b"UID");
                let start = if after_uid {
                    tokens[k - 1].0
                } else {
                    tokens[k].0
                };
                let set = if after_uid { saved.uids } else { saved.numbers };
                let replacement = match set {
                    Some(set) if after_uid => format!("UID {set}"),
                    Some(set) => set.to_string(),
                    None => "(NOT ALL)".to_string(),
                };
                edits.push((start, tokens[k].1, replacement));
            }
        }
        _ => return None,
    }
    let mut out = Vec::with_capacity(command.len());
    let mut at = 0;
    for (start, end, replacement) in edits {
        out.extend_from_slice(&command[at..start]);
        out.extend_from_slice(replacement.as_bytes());
        at = end;
    }
    out.extend_from_slice(&command[at..]);
    Some(SavedUse::Rewritten(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_result() {
        let saved = SavedSets {
            uids: Some("4,7:9"),
            numbers: Some("2,5:7"),
        };
        let empty = SavedSets {
            uids: None,
            numbers: None,
        };
        let rewritten = |c: &[u8], s: &SavedSets<'_>| match replace_saved(c, s) {
            Some(SavedUse::Rewritten(b)) => String::from_utf8(b).expect("utf-8"),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            rewritten(b"a UID FETCH $ (FLAGS)\r\n", &saved),
            "a UID FETCH 4,7:9 (FLAGS)\r\n"
        );
        assert_eq!(
            rewritten(b"a COPY $ Trash\r\n", &saved),
            "a COPY 2,5:7 Trash\r\n"
        );
        assert_eq!(
            rewritten(b"a SEARCH OR $ UID $ SUBJECT \"$\"\r\n", &saved),
            "a SEARCH OR 2,5:7 UID 4,7:9 SUBJECT \"$\"\r\n"
        );
        assert_eq!(
            rewritten(b"a UID SEARCH NOT UID $\r\n", &empty),
            "a UID SEARCH NOT (NOT ALL)\r\n"
        );
        assert_eq!(
            replace_saved(b"a FETCH $ FLAGS\r\n", &empty),
            Some(SavedUse::Empty)
        );
        // `$` inside a literal or as a folder name is not the saved result.
        assert_eq!(
            replace_saved(b"a SEARCH SUBJECT {1}\r\n$\r\n", &saved),
            None
        );
        assert_eq!(replace_saved(b"a CREATE $\r\n", &saved), None);
        assert_eq!(replace_saved(b"a COPY 1 $\r\n", &saved), None);
    }

    #[test]
    fn search_return() {
        let (cmd, extras) =
            rewrite(b"a UID SEARCH RETURN (MIN COUNT) UNSEEN\r\n").expect("rewritten");
        assert_eq!(cmd, b"a UID SEARCH UNSEEN\r\n");
        assert_eq!(
            extras,
            Extras::SearchReturn(vec!["MIN".into(), "COUNT".into()])
        );
        assert!(rewrite(b"a SEARCH UNSEEN\r\n").is_none());
    }

    #[test]
    fn list_extended() {
        let (cmd, extras) = rewrite(
            b"a LIST (SUBSCRIBED) \"\" \"*\" RETURN (SPECIAL-USE STATUS (MESSAGES UNSEEN))\r\n",
        )
        .expect("rewritten");
        assert_eq!(cmd, b"a LIST \"\" \"*\"\r\n");
        assert_eq!(
            extras,
            Extras::List {
                selection: vec!["SUBSCRIBED".into()],
                patterns: Vec::new(),
                returns: vec!["SPECIAL-USE".into(), "STATUS".into()],
                status: vec!["MESSAGES".into(), "UNSEEN".into()],
            }
        );
        assert!(rewrite(b"a LIST \"\" \"*\"\r\n").is_none());
    }

    #[test]
    fn several_list_patterns() {
        let (cmd, extras) =
            rewrite(b"a LIST \"\" (INBOX \"Sent \\\"x\\\"*\" %)\r\n").expect("rewritten");
        assert_eq!(cmd, b"a LIST \"\" INBOX\r\n");
        let Extras::List { patterns, .. } = extras else {
            panic!("{extras:?}");
        };
        assert_eq!(patterns, ["INBOX", "Sent \"x\"*", "%"]);
        let (cmd, _) = rewrite(b"a LIST (SUBSCRIBED) Work/ (\"a\" b) RETURN (CHILDREN)\r\n")
            .expect("rewritten");
        assert_eq!(cmd, b"a LIST Work/ \"a\"\r\n");
        assert!(rewrite(b"a LIST \"\" (\"unclosed)\r\n").is_none());
    }

    #[test]
    fn create_use() {
        let (cmd, extras) = rewrite(b"a CREATE MyDrafts (USE (\\Drafts))\r\n").expect("rewritten");
        assert_eq!(cmd, b"a CREATE MyDrafts\r\n");
        assert_eq!(extras, Extras::CreateUse(vec!["\\Drafts".into()]));
    }
}
