//! RFC 5256 as written: base-subject extraction (SORT SUBJECT, THREAD) and the two threading
//! algorithms, ORDEREDSUBJECT and REFERENCES. Pure functions over the messages' fields, so the
//! rules can be checked against the RFC's examples without a server.

use std::collections::HashMap;

/// The base subject (RFC 5256 2.1), lower-cased for comparison, and whether extracting it
/// removed a reply or forward marker (`Re:`, `Fwd:`, `(fwd)`, `[fwd: …]`).
pub fn base_subject(subject: &str) -> (String, bool) {
    // (1) White space runs become one space (the subject is already decoded). One string is
    // made; the steps below only narrow a slice of it (SORT runs this for every message).
    let mut normal = String::with_capacity(subject.len());
    for word in subject.split_whitespace() {
        if !normal.is_empty() {
            normal.push(' ');
        }
        normal.extend(word.chars().flat_map(char::to_lowercase));
    }
    let mut s = normal.as_str();
    let mut reply = false;
    loop {
        // (2) Trailers: "(fwd)" and white space.
        loop {
            let trimmed = s.trim_end();
            match trimmed.strip_suffix("(fwd)") {
                Some(rest) => {
                    s = rest;
                    reply = true;
                }
                None => {
                    s = trimmed;
                    break;
                }
            }
        }
        // (3)–(5) Leaders, and a leading blob when something is left after it.
        loop {
            let before = s.len();
            while let Some((rest, refwd)) = leader(s) {
                reply |= refwd;
                s = rest;
            }
            if let Some(rest) = blob(s)
                && !rest.is_empty()
            {
                s = rest;
            }
            if s.len() == before {
                break;
            }
        }
        // (6) "[fwd: subject]".
        match s.strip_prefix("[fwd:").and_then(|r| r.strip_suffix(']')) {
            Some(inner) => {
                s = inner.trim_start();
                reply = true;
            }
            None => return (s.to_string(), reply),
        }
    }
}

/// One subj-leader taken off the front: white space, or blobs then `re`/`fw`/`fwd`, an
/// optional blob and `:`. Says whether it was a reply/forward marker.
fn leader(s: &str) -> Option<(&str, bool)> {
    if let Some(rest) = s.strip_prefix([' ', '\t']) {
        return Some((rest, false));
    }
    let mut rest = s;
    while let Some(after) = blob(rest) {
        rest = after;
    }
    let rest = ["re", "fwd", "fw"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?
        .trim_start();
    let rest = blob(rest).unwrap_or(rest);
    Some((rest.strip_prefix(':')?, true))
}

/// What follows a leading `[…]` and its trailing white space.
fn blob(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('[')?;
    let end = inner.find(['[', ']'])?;
    inner[end..]
        .strip_prefix(']')
        .map(|r| r.trim_start_matches([' ', '\t']))
}

/// A message as threading sees it.
pub struct ThreadMessage {
    /// What the response names it by: its sequence number or uid.
    pub number: i64,
    /// Sent date (or arrival when it has none), seconds.
    pub date: i64,
    /// The raw Subject, decoded.
    pub subject: String,
    /// Its Message-ID, without the angle brackets, lower-cased.
    pub message_id: Option<String>,
    /// The ids of References, oldest first (or the In-Reply-To when there are none).
    pub references: Vec<String>,
}

/// ORDEREDSUBJECT: messages grouped by base subject, each group a thread whose first message
/// (by sent date) is the parent of the rest; threads ordered by their first message.
pub fn ordered_subject(messages: &[ThreadMessage]) -> String {
    let subjects: Vec<String> = messages
        .iter()
        .map(|m| base_subject(&m.subject).0)
        .collect();
    let mut order: Vec<usize> = (0..messages.len()).collect();
    order.sort_by(|&a, &b| {
        (&subjects[a], messages[a].date, messages[a].number).cmp(&(
            &subjects[b],
            messages[b].date,
            messages[b].number,
        ))
    });
    let mut threads: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match threads.last_mut() {
            Some(t) if subjects[t[0]] == subjects[i] => t.push(i),
            _ => threads.push(vec![i]),
        }
    }
    threads.sort_by_key(|t| (messages[t[0]].date, messages[t[0]].number));
    threads
        .iter()
        .map(|t| {
            let first = messages[t[0]].number;
            match &t[1..] {
                [] => format!("({first})"),
                [only] => format!("({first} {})", messages[*only].number),
                rest => format!(
                    "({first} {})",
                    rest.iter()
                        .map(|i| format!("({})", messages[*i].number))
                        .collect::<String>()
                ),
            }
        })
        .collect()
}

/// A node of the REFERENCES tree: a message, or a dummy standing for a referenced message
/// that is not among the results.
#[derive(Default, Clone)]
struct Container {
    message: Option<usize>,
    parent: Option<usize>,
    children: Vec<usize>,
}

/// References kept per message (the newest); a longer chain adds nothing a client shows.
const MAX_REFERENCES: usize = 256;
/// Deepest tree rendered with nesting; below it, messages are listed flat.
const MAX_RENDER_DEPTH: usize = 64;

struct Tree<'a> {
    messages: &'a [ThreadMessage],
    nodes: Vec<Container>,
    subjects: Vec<(String, bool)>,
}

impl Tree<'_> {
    /// Whether making `parent` the parent of `child` would close a loop.
    fn would_loop(&self, parent: usize, child: usize) -> bool {
        let mut at = Some(parent);
        let mut steps = 0;
        while let Some(a) = at {
            if a == child || steps > self.nodes.len() {
                return true;
            }
            at = self.nodes[a].parent;
            steps += 1;
        }
        false
    }

    fn unlink(&mut self, child: usize) {
        if let Some(p) = self.nodes[child].parent.take() {
            self.nodes[p].children.retain(|&c| c != child);
        }
    }

    fn link(&mut self, parent: usize, child: usize) {
        self.nodes[child].parent = Some(parent);
        self.nodes[parent].children.push(child);
    }

    /// Sort key: the message's date and number; a dummy's is its first child's.
    fn key(&self, node: usize) -> (i64, i64) {
        let mut at = node;
        for _ in 0..self.nodes.len() {
            match self.nodes[at].message {
                Some(m) => return (self.messages[m].date, self.messages[m].number),
                None => match self.nodes[at].children.first() {
                    Some(&c) => at = c,
                    None => break,
                },
            }
        }
        (i64::MAX, i64::MAX)
    }

    /// The thread subject (step 5.B.i): the message's, or its first child's for a dummy.
    fn thread_subject(&self, node: usize) -> Option<(&str, bool)> {
        let message = match self.nodes[node].message {
            Some(m) => m,
            None => self.nodes[*self.nodes[node].children.first()?].message?,
        };
        let (subject, reply) = &self.subjects[message];
        Some((subject.as_str(), *reply))
    }

    fn sort_children(&mut self, node: usize, depth: usize) {
        if depth > MAX_RENDER_DEPTH * 4 {
            return;
        }
        let children = self.nodes[node].children.clone();
        for &c in &children {
            self.sort_children(c, depth + 1);
        }
        let mut children = children;
        children.sort_by_key(|&c| self.key(c));
        self.nodes[node].children = children;
    }

    /// Step 4: dummies without children go; a dummy's children take its place, except at
    /// the root where only a single child is promoted.
    fn prune(&mut self, list: Vec<usize>, root: bool, depth: usize) -> Vec<usize> {
        let mut kept = Vec::with_capacity(list.len());
        for c in list {
            if depth < MAX_RENDER_DEPTH * 4 {
                let children = std::mem::take(&mut self.nodes[c].children);
                self.nodes[c].children = self.prune(children, false, depth + 1);
            }
            if self.nodes[c].message.is_some() {
                kept.push(c);
                continue;
            }
            let children = self.nodes[c].children.clone();
            if children.is_empty() {
                continue;
            }
            if root && children.len() > 1 {
                kept.push(c);
                continue;
            }
            let parent = self.nodes[c].parent;
            for &g in &children {
                self.nodes[g].parent = parent;
            }
            self.nodes[c].children.clear();
            kept.extend(children);
        }
        kept
    }

    fn render(&self, node: usize, out: &mut String, depth: usize) {
        let mut at = node;
        loop {
            if let Some(m) = self.nodes[at].message {
                if !out.is_empty() && !out.ends_with('(') {
                    out.push(' ');
                }
                out.push_str(&self.messages[m].number.to_string());
            }
            match self.nodes[at].children.as_slice() {
                [] => return,
                [only] => at = *only,
                many if depth < MAX_RENDER_DEPTH => {
                    if !out.is_empty() && !out.ends_with('(') {
                        out.push(' ');
                    }
                    for &c in many {
                        out.push('(');
                        self.render(c, out, depth + 1);
                        out.push(')');
                    }
                    return;
                }
                many => {
                    // Deeper than any client shows: the rest of the subtree as one flat list,
                    // walked with a stack of its own (a hostile chain must not exhaust the
                    // server's).
                    let mut stack: Vec<usize> = many.iter().rev().copied().collect();
                    while let Some(n) = stack.pop() {
                        if let Some(m) = self.nodes[n].message {
                            out.push(' ');
                            out.push_str(&self.messages[m].number.to_string());
                        }
                        stack.extend(self.nodes[n].children.iter().rev());
                    }
                    return;
                }
            }
        }
    }
}

/// REFERENCES (RFC 5256 3): the tree from Message-ID and References, dummies pruned, roots
/// with the same base subject merged, siblings in sent-date order.
pub fn references(messages: &[ThreadMessage]) -> String {
    let mut tree = Tree {
        messages,
        nodes: Vec::with_capacity(messages.len() * 2),
        subjects: messages.iter().map(|m| base_subject(&m.subject)).collect(),
    };
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    // (1) Each message in its container; references linked in order.
    for (index, message) in messages.iter().enumerate() {
        let own = match message.message_id.as_deref() {
            // A second message with the same id is threaded as if its id were unique.
            Some(id) => match by_id.get(id) {
                Some(&c) if tree.nodes[c].message.is_none() => c,
                Some(_) => {
                    tree.nodes.push(Container::default());
                    tree.nodes.len() - 1
                }
                None => {
                    tree.nodes.push(Container::default());
                    by_id.insert(id, tree.nodes.len() - 1);
                    tree.nodes.len() - 1
                }
            },
            None => {
                tree.nodes.push(Container::default());
                tree.nodes.len() - 1
            }
        };
        tree.nodes[own].message = Some(index);
        let skip = message.references.len().saturating_sub(MAX_REFERENCES);
        let mut previous: Option<usize> = None;
        for reference in &message.references[skip..] {
            let container = match by_id.get(reference.as_str()) {
                Some(&c) => c,
                None => {
                    tree.nodes.push(Container::default());
                    by_id.insert(reference.as_str(), tree.nodes.len() - 1);
                    tree.nodes.len() - 1
                }
            };
            if let Some(p) = previous
                && tree.nodes[container].parent.is_none()
                && !tree.would_loop(p, container)
            {
                tree.link(p, container);
            }
            previous = Some(container);
        }
        // (1.C) The last reference is the parent, replacing a link a truncated References
        // elsewhere made; never a loop.
        match previous {
            Some(p) if p != own && !tree.would_loop(p, own) => {
                if tree.nodes[own].parent != Some(p) {
                    tree.unlink(own);
                    tree.link(p, own);
                }
            }
            Some(_) => {}
            None => tree.unlink(own),
        }
    }
    // (2)–(4) The roots, pruned.
    let roots: Vec<usize> = (0..tree.nodes.len())
        .filter(|&c| tree.nodes[c].parent.is_none())
        .collect();
    let roots = tree.prune(roots, true, 0);
    for &r in &roots {
        tree.nodes[r].parent = None;
    }
    // Children in date order, so "first child" is the earliest.
    let mut roots = roots;
    for &r in &roots {
        tree.sort_children(r, 0);
    }
    // (5) Roots with the same base subject merged.
    let mut table: HashMap<String, usize> = HashMap::new();
    for &r in &roots {
        let Some((subject, reply)) = tree.thread_subject(r) else {
            continue;
        };
        if subject.is_empty() {
            continue;
        }
        match table.get(subject) {
            None => {
                table.insert(subject.to_string(), r);
            }
            Some(&t) => {
                let t_dummy = tree.nodes[t].message.is_none();
                let t_reply = tree.thread_subject(t).is_some_and(|(_, r)| r);
                if !t_dummy && (tree.nodes[r].message.is_none() || (t_reply && !reply)) {
                    table.insert(subject.to_string(), r);
                }
            }
        }
    }
    let mut removed = std::collections::HashSet::new();
    for i in 0..roots.len() {
        let r = roots[i];
        let Some((subject, reply)) = tree.thread_subject(r).map(|(s, x)| (s.to_string(), x)) else {
            continue;
        };
        let Some(&t) = table.get(&subject).filter(|_| !subject.is_empty()) else {
            continue;
        };
        if t == r {
            continue;
        }
        let t_dummy = tree.nodes[t].message.is_none();
        let r_dummy = tree.nodes[r].message.is_none();
        let t_reply = tree.thread_subject(t).is_some_and(|(_, x)| x);
        if t_dummy && r_dummy {
            for c in std::mem::take(&mut tree.nodes[r].children) {
                tree.link(t, c);
            }
        } else if t_dummy || (reply && !t_reply) {
            tree.link(t, r);
        } else {
            tree.nodes.push(Container::default());
            let dummy = tree.nodes.len() - 1;
            tree.link(dummy, t);
            tree.link(dummy, r);
            if let Some(slot) = roots.iter_mut().find(|s| **s == t) {
                *slot = dummy;
            }
            table.insert(subject, dummy);
        }
        removed.insert(r);
    }
    roots.retain(|r| !removed.contains(r));
    let mut merged = roots;
    // (6) Siblings and threads by date.
    for &r in &merged {
        tree.sort_children(r, 0);
    }
    merged.sort_by_key(|&r| tree.key(r));
    let mut out = String::new();
    for r in merged {
        let mut thread = String::from("(");
        tree.render(r, &mut thread, 0);
        thread.push(')');
        out.push_str(&thread);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(number: i64, subject: &str, id: Option<&str>, refs: &[&str]) -> ThreadMessage {
        ThreadMessage {
            number,
            date: number * 60,
            subject: subject.into(),
            message_id: id.map(Into::into),
            references: refs.iter().map(|r| r.to_string()).collect(),
        }
    }

    #[test]
    fn base_subjects_as_rfc_5256_extracts_them() {
        assert_eq!(base_subject("[xyz]"), ("[xyz]".into(), false));
        assert_eq!(base_subject("Re: [FWD: c]"), ("c".into(), true));
        assert_eq!(base_subject("Re: RE: hello"), ("hello".into(), true));
        assert_eq!(
            base_subject("[list] Re: hello (fwd)"),
            ("hello".into(), true)
        );
        assert_eq!(base_subject("Fwd: [a] [b] x"), ("x".into(), true));
        assert_eq!(base_subject("re [x]: test"), ("test".into(), true));
        assert_eq!(
            base_subject("  Much \t  space  "),
            ("much space".into(), false)
        );
        assert_eq!(base_subject("[a] plain"), ("plain".into(), false));
        assert_eq!(base_subject("Re:"), ("".into(), true));
        assert_eq!(
            base_subject("Re: [fwd: [fwd: deep]]"),
            ("deep".into(), true)
        );
    }

    #[test]
    fn references_threads() {
        let chain = [
            m(1, "a", Some("a"), &[]),
            m(2, "Re: a", Some("b"), &["a"]),
            m(3, "Re: a", Some("c"), &["a", "b"]),
            m(4, "other", Some("d"), &[]),
        ];
        assert_eq!(references(&chain), "(1 2 3)(4)");
        // Two replies to a message not in the results: a dummy root with two children.
        let orphans = [
            m(1, "x", Some("b"), &["gone"]),
            m(2, "y", Some("c"), &["gone"]),
        ];
        assert_eq!(references(&orphans), "((1)(2))");
        // One reply to a missing message: the dummy goes, the child is promoted.
        assert_eq!(references(&[m(1, "x", Some("b"), &["gone"])]), "(1)");
        // Same base subject, no references: the reply hangs under the original.
        let by_subject = [
            m(1, "hello", Some("a"), &[]),
            m(2, "Re: hello", Some("b"), &[]),
        ];
        assert_eq!(references(&by_subject), "(1 2)");
        // Neither a reply: both under a new dummy.
        let twins = [m(1, "hello", Some("a"), &[]), m(2, "hello", Some("b"), &[])];
        assert_eq!(references(&twins), "((1)(2))");
        // A duplicate Message-ID is threaded as if unique; the reply goes to the first.
        let duplicate = [
            m(1, "p", Some("a"), &[]),
            m(2, "q", Some("a"), &[]),
            m(3, "r", Some("c"), &["a"]),
        ];
        assert_eq!(references(&duplicate), "(1 3)(2)");
        // A loop in References does not hang or lose a message.
        let looped = [m(1, "s", Some("a"), &["b"]), m(2, "t", Some("b"), &["a"])];
        let text = references(&looped);
        assert!(text.contains('1') && text.contains('2'), "{text}");
        // Siblings by date; a nested branch.
        let branch = [
            m(1, "r", Some("r"), &[]),
            m(3, "x", Some("x"), &["r"]),
            m(2, "y", Some("y"), &["r"]),
            m(4, "z", Some("z"), &["r", "y"]),
        ];
        assert_eq!(references(&branch), "(1 (2 4)(3))");
    }

    #[test]
    fn a_deep_branching_chain_renders_every_message() {
        // Each message has a reply that continues the chain and one that ends it: branching
        // at every level, far deeper than rendering nests.
        let mut list = Vec::new();
        let depth = 20_000;
        for k in 0..depth {
            let refs: Vec<String> = if k == 0 {
                vec![]
            } else {
                vec![format!("m{}", k - 1)]
            };
            list.push(ThreadMessage {
                number: 2 * k + 1,
                date: k,
                subject: String::new(),
                message_id: Some(format!("m{k}")),
                references: refs.clone(),
            });
            list.push(ThreadMessage {
                number: 2 * k + 2,
                date: k,
                subject: String::new(),
                message_id: Some(format!("leaf{k}")),
                references: vec![format!("m{k}")],
            });
        }
        let text = references(&list);
        let numbers = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .count();
        assert_eq!(numbers as i64, 2 * depth);
    }

    #[test]
    fn ordered_subject_threads() {
        let list = [
            m(1, "a", None, &[]),
            m(2, "b", None, &[]),
            m(3, "Re: a", None, &[]),
            m(4, "RE: A", None, &[]),
            m(5, "Re: b", None, &[]),
        ];
        assert_eq!(ordered_subject(&list), "(1 (3)(4))(2 5)");
    }
}
