//! SORT (RFC 5256) and THREAD (ORDEREDSUBJECT, REFERENCES).

use std::collections::HashMap;

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::extensions::sort::{SortCriterion, SortKey};
use imap_codec::imap_types::search::SearchKey;
use postbay_mailbox::messages::Message;

use super::*;

impl Session {
    /// SORT (RFC 5256): the matching messages ordered by the criteria, ties by sequence.
    pub(super) async fn sort(
        &mut self,
        tag: &Tag<'_>,
        criteria: &[SortCriterion],
        search: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let found = match self.matching(search).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let mut summaries = HashMap::new();
        for chunk in found.chunks(SEARCH_BATCH) {
            match self.summaries(chunk).await {
                Ok(s) => summaries.extend(s),
                Err(e) => return failed(out, tag, e),
            }
        }
        let empty = Summary::default();
        let key = |m: &Message, k: &SortKey| -> SortValue {
            let s = summaries.get(&m.content_id).unwrap_or(&empty);
            let first = |list: &[String]| {
                list.first()
                    .map(|a| a.split('@').next().unwrap_or("").to_lowercase())
                    .unwrap_or_default()
            };
            match k {
                SortKey::Arrival => SortValue::Number(m.internal_date.timestamp()),
                SortKey::Date => SortValue::Number(
                    s.date
                        .as_deref()
                        .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
                        .map_or(m.internal_date.timestamp(), |d| d.timestamp()),
                ),
                SortKey::Size => SortValue::Number(m.size),
                SortKey::Subject => {
                    SortValue::Text(base_subject(s.subject.as_deref().unwrap_or("")))
                }
                SortKey::From | SortKey::DisplayFrom => SortValue::Text(first(&s.from)),
                SortKey::To | SortKey::DisplayTo => SortValue::Text(first(&s.to)),
                SortKey::Cc => SortValue::Text(first(&s.cc)),
            }
        };
        let mut ordered = found;
        ordered.sort_by(|(sa, a), (sb, b)| {
            for c in criteria {
                let order = key(a, &c.key).cmp(&key(b, &c.key));
                let order = if c.reverse { order.reverse() } else { order };
                if order != std::cmp::Ordering::Equal {
                    return order;
                }
            }
            sa.cmp(sb)
        });
        let list: Vec<String> = ordered
            .iter()
            .map(|(seq, m)| {
                if uid {
                    m.uid.to_string()
                } else {
                    seq.to_string()
                }
            })
            .collect();
        untagged(out, format!("SORT {}", list.join(" ")).trim_end());
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK SORT completed");
    }

    /// THREAD (RFC 5256): ORDEREDSUBJECT groups by base subject; REFERENCES links each
    /// message to the nearest of its References / In-Reply-To found among the results.
    pub(super) async fn thread(
        &mut self,
        tag: &Tag<'_>,
        references: bool,
        search: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let found = match self.matching(search).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let mut nodes: Vec<ThreadNode> = Vec::with_capacity(found.len());
        for chunk in found.chunks(SEARCH_BATCH) {
            let summaries = match self.summaries(chunk).await {
                Ok(s) => s,
                Err(e) => return failed(out, tag, e),
            };
            let contents = if references {
                match self.contents(chunk).await {
                    Ok(c) => c,
                    Err(e) => return failed(out, tag, e),
                }
            } else {
                HashMap::new()
            };
            for (seq, m) in chunk {
                let summary = summaries.get(&m.content_id);
                let date = summary
                    .and_then(|s| s.date.as_deref())
                    .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
                    .map_or(m.internal_date.timestamp(), |d| d.timestamp());
                let (message_id, parents) = match contents.get(&m.content_id) {
                    Some(raw) => {
                        let fields = header_fields(raw);
                        let value = |name: &str| {
                            fields
                                .iter()
                                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                                .map(|(_, v)| v.clone())
                                .collect::<Vec<_>>()
                                .join(" ")
                        };
                        let mut parents = message_ids(&value("References"));
                        if parents.is_empty() {
                            parents = message_ids(&value("In-Reply-To"));
                        }
                        (
                            message_ids(&value("Message-ID")).into_iter().next(),
                            parents,
                        )
                    }
                    None => (None, Vec::new()),
                };
                nodes.push(ThreadNode {
                    number: if uid { m.uid } else { *seq as i64 },
                    date,
                    subject: base_subject(summary.and_then(|s| s.subject.as_deref()).unwrap_or("")),
                    message_id,
                    parents,
                });
            }
        }
        let threads = if references {
            thread_by_references(&nodes)
        } else {
            thread_by_subject(&nodes)
        };
        untagged(out, format!("THREAD {threads}").trim_end());
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK THREAD completed");
    }
}

/// The envelope fields stored with a content (`postbay_mailbox::summary`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub(super) struct Summary {
    pub(super) subject: Option<String>,
    pub(super) date: Option<String>,
    pub(super) from: Vec<String>,
    pub(super) to: Vec<String>,
    pub(super) cc: Vec<String>,
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum SortValue {
    Number(i64),
    Text(String),
}

/// RFC 5256 base subject, simplified: leading `Re:`, `Fw:`, `Fwd:` and `[list]` tags and a
/// trailing `(fwd)` removed, compared case-insensitively.
pub(super) fn base_subject(subject: &str) -> String {
    let mut s = subject.trim().to_lowercase();
    loop {
        let before = s.clone();
        for prefix in ["re:", "fwd:", "fw:"] {
            if let Some(rest) = s.strip_prefix(prefix) {
                s = rest.trim_start().to_string();
            }
        }
        if s.starts_with('[')
            && let Some(end) = s.find(']')
        {
            s = s[end + 1..].trim_start().to_string();
        }
        if let Some(rest) = s.strip_suffix("(fwd)") {
            s = rest.trim_end().to_string();
        }
        if s == before {
            return s;
        }
    }
}

/// A message as threading sees it.
pub(super) struct ThreadNode {
    pub(super) number: i64,
    pub(super) date: i64,
    pub(super) subject: String,
    pub(super) message_id: Option<String>,
    /// References, oldest first (or In-Reply-To).
    pub(super) parents: Vec<String>,
}

/// The `<...>` message ids in a header value.
pub(super) fn message_ids(value: &str) -> Vec<String> {
    value
        .split('<')
        .skip(1)
        .filter_map(|part| {
            part.split_once('>')
                .map(|(id, _)| id.trim().to_ascii_lowercase())
        })
        .filter(|id| !id.is_empty())
        .collect()
}

/// ORDEREDSUBJECT: one thread per base subject, its first message the parent of the others.
pub(super) fn thread_by_subject(nodes: &[ThreadNode]) -> String {
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&a, &b| {
        (&nodes[a].subject, nodes[a].date, nodes[a].number).cmp(&(
            &nodes[b].subject,
            nodes[b].date,
            nodes[b].number,
        ))
    });
    let mut threads: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match threads.last_mut() {
            Some(t) if nodes[t[0]].subject == nodes[i].subject => t.push(i),
            _ => threads.push(vec![i]),
        }
    }
    threads.sort_by_key(|t| (nodes[t[0]].date, nodes[t[0]].number));
    threads
        .iter()
        .map(|t| {
            let first = nodes[t[0]].number;
            match &t[1..] {
                [] => format!("({first})"),
                [only] => format!("({first} {})", nodes[*only].number),
                rest => format!(
                    "({first} {})",
                    rest.iter()
                        .map(|i| format!("({})", nodes[*i].number))
                        .collect::<String>()
                ),
            }
        })
        .collect()
}

/// REFERENCES, simplified: each message hangs under the latest of its references present in
/// the results (no cycles); roots and children in date order.
pub(super) fn thread_by_references(nodes: &[ThreadNode]) -> String {
    let by_id: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| n.message_id.as_deref().map(|id| (id, i)))
        .collect();
    let mut parent: Vec<Option<usize>> = vec![None; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        for reference in node.parents.iter().rev() {
            let Some(&p) = by_id.get(reference.as_str()) else {
                continue;
            };
            // Refuse a link that would close a loop.
            if p != i && !would_cycle(&parent, i, p) {
                parent[i] = Some(p);
                break;
            }
        }
    }
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    let mut roots = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    let key = |&i: &usize| (nodes[i].date, nodes[i].number);
    roots.sort_by_key(key);
    for list in &mut children {
        list.sort_by_key(key);
    }
    roots
        .iter()
        .map(|&r| format!("({})", render_thread(nodes, &children, r, 0)))
        .collect()
}

pub(super) fn would_cycle(parent: &[Option<usize>], child: usize, candidate: usize) -> bool {
    let mut at = Some(candidate);
    let mut steps = 0;
    while let Some(a) = at {
        if a == child || steps > parent.len() {
            return true;
        }
        at = parent[a];
        steps += 1;
    }
    false
}

/// A node and what hangs under it: a single child continues the list, several are each
/// parenthesised. Very deep branching is flattened rather than recursed into.
pub(super) fn render_thread(
    nodes: &[ThreadNode],
    children: &[Vec<usize>],
    node: usize,
    depth: usize,
) -> String {
    let mut text = nodes[node].number.to_string();
    let mut at = node;
    loop {
        match children[at].as_slice() {
            [] => return text,
            [only] => {
                text.push_str(&format!(" {}", nodes[*only].number));
                at = *only;
            }
            many if depth < 64 => {
                text.push(' ');
                for c in many {
                    text.push_str(&format!(
                        "({})",
                        render_thread(nodes, children, *c, depth + 1)
                    ));
                }
                return text;
            }
            many => {
                for c in many {
                    text.push_str(&format!(" {}", nodes[*c].number));
                }
                return text;
            }
        }
    }
}
