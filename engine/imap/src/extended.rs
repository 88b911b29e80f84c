//! Command syntax imap-codec 2.0.0-alpha.10 does not parse, taken off the command before it
//! is: ESEARCH's `SEARCH RETURN (...)` (RFC 4731), LIST-EXTENDED selection and return options
//! (RFC 5258, with SPECIAL-USE and LIST-STATUS of RFC 6154 and 5819), and CREATE-SPECIAL-USE's
//! `(USE (...))` (RFC 6154). The rest of the command goes through imap-codec as usual.

/// What was taken off a command.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Extras {
    #[default]
    None,
    /// ESEARCH result options (`MIN`, `MAX`, `COUNT`, `ALL`); empty means `ALL`.
    SearchReturn(Vec<String>),
    /// LIST-EXTENDED: selection options, return options, and the STATUS items asked for.
    List {
        selection: Vec<String>,
        returns: Vec<String>,
        status: Vec<String>,
    },
    /// CREATE-SPECIAL-USE attributes, such as `\Drafts`.
    CreateUse(Vec<String>),
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
    match verb.to_ascii_uppercase().as_str() {
        "SEARCH" => {
            let after = args
                .strip_prefix("RETURN ")
                .or_else(|| args.strip_prefix("return "))?;
            let (options, rest) = parenthesised(after)?;
            Some((
                rebuilt(rest.trim_start().to_string()),
                Extras::SearchReturn(words(options)),
            ))
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
            if selection.is_empty() && returns.is_empty() {
                return None;
            }
            Some((
                rebuilt(rest.to_string()),
                Extras::List {
                    selection,
                    returns,
                    status,
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

#[cfg(test)]
mod tests {
    use super::*;

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
                returns: vec!["SPECIAL-USE".into(), "STATUS".into()],
                status: vec!["MESSAGES".into(), "UNSEEN".into()],
            }
        );
        assert!(rewrite(b"a LIST \"\" \"*\"\r\n").is_none());
    }

    #[test]
    fn create_use() {
        let (cmd, extras) = rewrite(b"a CREATE MyDrafts (USE (\\Drafts))\r\n").expect("rewritten");
        assert_eq!(cmd, b"a CREATE MyDrafts\r\n");
        assert_eq!(extras, Extras::CreateUse(vec!["\\Drafts".into()]));
    }
}
