//! SEARCH: keys matched against stored rows, envelope summaries and, only when a key needs
//! it, the content; ESEARCH answers.

use std::collections::HashMap;

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::search::SearchKey;
use postbay_mailbox::MailboxError;
use postbay_mailbox::messages::{self, Message};
use uuid::Uuid;

use crate::extended::Extras;

use super::*;

impl Session {
    /// The messages of the selected folder that match every key, in sequence order.
    pub(super) async fn matching(
        &self,
        criteria: &[SearchKey<'_>],
    ) -> Result<Vec<(usize, Message)>, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(Vec::new());
        };
        let all: Vec<(usize, i64)> = selected
            .uids
            .iter()
            .enumerate()
            .map(|(i, u)| (i + 1, *u))
            .collect();
        let rows = self.rows(&all).await?;
        let needs_content = criteria.iter().any(needs_text);
        let needs_subject = criteria.iter().any(mentions_subject);
        let mut hits = Vec::new();
        for chunk in batches(&rows, SEARCH_BATCH, needs_content) {
            let subjects: HashMap<Uuid, String> = if needs_subject {
                self.summaries(chunk)
                    .await?
                    .into_iter()
                    .filter_map(|(id, s)| s.subject.map(|s| (id, s)))
                    .collect()
            } else {
                HashMap::new()
            };
            let contents = if needs_content {
                self.contents(chunk).await?
            } else {
                HashMap::new()
            };
            for (seq, row) in chunk {
                let content = contents.get(&row.content_id).map(Vec::as_slice);
                let parsed = content.and_then(|c| mail_parser::MessageParser::default().parse(c));
                let ctx = Candidate {
                    seq: *seq,
                    row,
                    all: &all,
                    raw: content,
                    parsed: parsed.as_ref(),
                    subject: subjects.get(&row.content_id).map(String::as_str),
                };
                if criteria.iter().all(|k| matches(k, &ctx)) {
                    hits.push((*seq, row.clone()));
                }
            }
        }
        Ok(hits)
    }

    /// The envelope fields parsed when the messages were stored, by content id.
    pub(super) async fn summaries(
        &self,
        rows: &[(usize, Message)],
    ) -> Result<HashMap<Uuid, Summary>, MailboxError> {
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.content_id).collect();
        messages::summaries(self.pool(), &ids).await
    }

    pub(super) async fn search(
        &mut self,
        tag: &Tag<'_>,
        criteria: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let options = match std::mem::take(&mut self.extras) {
            Extras::SearchReturn(words) => match ResultOptions::parse(&words) {
                Ok(o) => Some(o),
                Err(why) => return tagged(out, tag, &format!("BAD {why}")),
            },
            // IMAP4rev2 answers every SEARCH with ESEARCH (RFC 9051 section 6.4.4).
            _ if self.rev2 => Some(ResultOptions {
                all: true,
                ..ResultOptions::default()
            }),
            _ => None,
        };
        let save = options.as_ref().is_some_and(|o| o.save);
        let update = options.as_ref().is_some_and(|o| o.update);
        if update && self.has_context(tag) {
            return tagged(out, tag, "BAD An updating search has this tag already");
        }
        let found = match self.matching(criteria).await {
            Ok(f) => f,
            Err(e) => {
                if save {
                    self.save_result(Vec::new());
                }
                return failed(out, tag, e);
            }
        };
        if let Some(options) = options.as_ref().filter(|o| o.save) {
            self.save_result(saved_part(options, &found));
        }
        let highest = found.iter().map(|(_, m)| m.modseq).max().unwrap_or(0);
        let hits: Vec<String> = found
            .iter()
            .map(|(seq, m)| {
                if uid {
                    m.uid.to_string()
                } else {
                    seq.to_string()
                }
            })
            .collect();
        let by_modseq = criteria.iter().any(mentions_modseq);
        if by_modseq {
            self.enable_condstore(out);
        }
        if let Some(options) = &options {
            // SAVE alone asks for no answer (RFC 5182 section 2.4).
            if !options.only_save() {
                esearch(out, tag, uid, options, &found, false, by_modseq);
            }
        } else if hits.is_empty() {
            untagged(out, "SEARCH");
        } else if by_modseq {
            untagged(
                out,
                &format!("SEARCH {} (MODSEQ {highest})", hits.join(" ")),
            );
        } else {
            untagged(out, &format!("SEARCH {}", hits.join(" ")));
        }
        if update {
            // Live from the result just given: what the sync below brings is told as ADDTO.
            self.keep_context(tag, uid, criteria, &found, out);
        }
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK SEARCH completed");
    }
}

/// What a search key is tested against.
pub(super) struct Candidate<'a> {
    pub(super) seq: usize,
    pub(super) row: &'a Message,
    pub(super) all: &'a [(usize, i64)],
    pub(super) raw: Option<&'a [u8]>,
    pub(super) parsed: Option<&'a mail_parser::Message<'a>>,
    /// The decoded Subject, as parsed when the message was stored.
    pub(super) subject: Option<&'a str>,
}

pub(super) fn needs_text(key: &SearchKey<'_>) -> bool {
    match key {
        SearchKey::Bcc(_)
        | SearchKey::Body(_)
        | SearchKey::Cc(_)
        | SearchKey::From(_)
        | SearchKey::Header(..)
        | SearchKey::Text(_)
        | SearchKey::To(_)
        | SearchKey::SentBefore(_)
        | SearchKey::SentOn(_)
        | SearchKey::SentSince(_) => true,
        SearchKey::And(keys) => keys.as_ref().iter().any(needs_text),
        SearchKey::Not(k) => needs_text(k),
        SearchKey::Or(a, b) => needs_text(a) || needs_text(b),
        _ => false,
    }
}

pub(super) fn mentions_modseq(key: &SearchKey<'_>) -> bool {
    match key {
        SearchKey::ModSequence { .. } => true,
        SearchKey::And(keys) => keys.as_ref().iter().any(mentions_modseq),
        SearchKey::Not(k) => mentions_modseq(k),
        SearchKey::Or(a, b) => mentions_modseq(a) || mentions_modseq(b),
        _ => false,
    }
}

pub(super) fn mentions_subject(key: &SearchKey<'_>) -> bool {
    match key {
        SearchKey::Subject(_) => true,
        SearchKey::And(keys) => keys.as_ref().iter().any(mentions_subject),
        SearchKey::Not(k) => mentions_subject(k),
        SearchKey::Or(a, b) => mentions_subject(a) || mentions_subject(b),
        _ => false,
    }
}

pub(super) fn contains(haystack: &str, needle: &[u8]) -> bool {
    let needle = String::from_utf8_lossy(needle).to_lowercase();
    haystack.to_lowercase().contains(&needle)
}

pub(super) fn header_value(c: &Candidate<'_>, name: &str) -> String {
    let Some(raw) = c.raw else {
        return String::new();
    };
    let fields = header_fields(raw);
    fields
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A message's header fields as (name, unfolded value).
pub(super) fn header_fields(raw: &[u8]) -> Vec<(String, String)> {
    let (fields, _) = postbay_mailbox::message::split_message(raw);
    fields
        .iter()
        .map(|f| (f.name.to_string(), f.value()))
        .collect()
}

/// The day of the `Date:` field as written: RFC 3501 6.4.4 has SENTBEFORE/SENTON/SENTSINCE
/// disregard time and timezone (a message sent at 23:30 -0500 was sent that day, not the
/// next one in UTC).
pub(super) fn sent_date(c: &Candidate<'_>) -> Option<chrono::NaiveDate> {
    let date = c.parsed?.date()?;
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year),
        u32::from(date.month),
        u32::from(date.day),
    )
}

pub(super) fn matches(key: &SearchKey<'_>, c: &Candidate<'_>) -> bool {
    let has = |flag: &str| c.row.flags.iter().any(|f| f.eq_ignore_ascii_case(flag));
    let date = c.row.internal_date.date_naive();
    match key {
        SearchKey::All => true,
        SearchKey::And(keys) => keys.as_ref().iter().all(|k| matches(k, c)),
        SearchKey::Or(a, b) => matches(a, c) || matches(b, c),
        SearchKey::Not(k) => !matches(k, c),
        SearchKey::SequenceSet(set) => in_set(set, c.seq as i64, c.all.len() as i64),
        SearchKey::Uid(set) => in_set(set, c.row.uid, c.all.last().map_or(0, |(_, u)| *u)),
        SearchKey::Answered => has("\\Answered"),
        SearchKey::Unanswered => !has("\\Answered"),
        SearchKey::Deleted => has("\\Deleted"),
        SearchKey::Undeleted => !has("\\Deleted"),
        SearchKey::Draft => has("\\Draft"),
        SearchKey::Undraft => !has("\\Draft"),
        SearchKey::Flagged => has("\\Flagged"),
        SearchKey::Unflagged => !has("\\Flagged"),
        SearchKey::Seen => has("\\Seen"),
        SearchKey::Unseen => !has("\\Seen"),
        // \Recent is in the row's flags when it is recent in this session (`mark_recent`).
        SearchKey::New => has("\\Recent") && !has("\\Seen"),
        SearchKey::Recent => has("\\Recent"),
        SearchKey::ModSequence { modseq, .. } => {
            c.row.modseq >= i64::try_from(*modseq).unwrap_or(i64::MAX)
        }
        SearchKey::Old => !has("\\Recent"),
        SearchKey::Keyword(k) => has(k.as_ref()),
        SearchKey::Unkeyword(k) => !has(k.as_ref()),
        SearchKey::Larger(n) => c.row.size > i64::from(*n),
        SearchKey::Smaller(n) => c.row.size < i64::from(*n),
        SearchKey::Before(d) => date < *d.as_ref(),
        SearchKey::On(d) => date == *d.as_ref(),
        SearchKey::Since(d) => date >= *d.as_ref(),
        SearchKey::SentBefore(d) => sent_date(c).is_some_and(|s| s < *d.as_ref()),
        SearchKey::SentOn(d) => sent_date(c).is_some_and(|s| s == *d.as_ref()),
        SearchKey::SentSince(d) => sent_date(c).is_some_and(|s| s >= *d.as_ref()),
        SearchKey::Subject(s) => contains(c.subject.unwrap_or(""), s.as_ref()),
        SearchKey::From(s) => contains(&decoded_header(c, "From"), s.as_ref()),
        SearchKey::To(s) => contains(&decoded_header(c, "To"), s.as_ref()),
        SearchKey::Cc(s) => contains(&decoded_header(c, "Cc"), s.as_ref()),
        SearchKey::Bcc(s) => contains(&decoded_header(c, "Bcc"), s.as_ref()),
        SearchKey::Header(name, value) => {
            let name = String::from_utf8_lossy(name.as_ref()).into_owned();
            let present = c
                .raw
                .map(|r| {
                    header_fields(r)
                        .iter()
                        .any(|(n, _)| n.eq_ignore_ascii_case(&name))
                })
                .unwrap_or(false);
            present && contains(&header_value(c, &name), value.as_ref())
        }
        SearchKey::Body(s) => body_text(c).is_some_and(|t| contains(&t, s.as_ref())),
        SearchKey::Text(s) => {
            c.raw.is_some_and(|r| {
                contains(
                    &String::from_utf8_lossy(
                        header_fields(r)
                            .iter()
                            .map(|(n, v)| format!("{n}: {v}\n"))
                            .collect::<String>()
                            .as_bytes(),
                    ),
                    s.as_ref(),
                )
            }) || body_text(c).is_some_and(|t| contains(&t, s.as_ref()))
        }
    }
}

pub(super) fn decoded_header(c: &Candidate<'_>, name: &str) -> String {
    let Some(p) = c.parsed else {
        return header_value(c, name);
    };
    let one = |x: &mail_parser::Addr<'_>| {
        format!("{} <{}>", x.name().unwrap_or(""), x.address().unwrap_or(""))
    };
    // Group names are searched too (`To: friends: a@x, b@y;` matches TO friends).
    let addresses = |a: Option<&mail_parser::Address<'_>>| match a {
        Some(mail_parser::Address::List(list)) => {
            list.iter().map(one).collect::<Vec<_>>().join(", ")
        }
        Some(mail_parser::Address::Group(groups)) => groups
            .iter()
            .map(|g| {
                let members = g.addresses.iter().map(one).collect::<Vec<_>>().join(", ");
                match &g.name {
                    Some(name) => format!("{name}: {members};"),
                    None => members,
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        None => String::new(),
    };
    match name {
        "Subject" => p.subject().unwrap_or("").to_string(),
        "From" => addresses(p.from()),
        "To" => addresses(p.to()),
        "Cc" => addresses(p.cc()),
        "Bcc" => addresses(p.bcc()),
        _ => header_value(c, name),
    }
}

/// The decoded text of a message's text parts.
pub(super) fn body_text(c: &Candidate<'_>) -> Option<String> {
    let p = c.parsed?;
    let mut text = String::new();
    for i in 0..p.text_body.len() {
        if let Some(t) = p.body_text(i) {
            text.push_str(&t);
            text.push('\n');
        }
    }
    for i in 0..p.html_body.len() {
        if let Some(t) = p.body_html(i) {
            text.push_str(&t);
        }
    }
    Some(text)
}
