//! SEARCH: flag, date and size keys matched against the stored rows, content keys answered by
//! the search index; ESEARCH answers.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::search::SearchKey;
use postbay_mailbox::MailboxError;
use postbay_mailbox::messages::{self, Message};
use postbay_search::digest::Digest;
use postbay_search::query::Condition;
use uuid::Uuid;

use crate::extended::Extras;

use super::*;

impl Session {
    /// The messages of the selected folder that match every key, in sequence order.
    ///
    /// Content keys (SUBJECT, FROM, BODY, TEXT, HEADER, SENT*) are each asked of the search
    /// index once (postbay-search); a conjunction holding one reads only that key's
    /// candidates, so a text search never reads the whole folder. Messages not indexed yet
    /// are decided by their own content, with the same function the index was built with.
    pub(super) async fn matching(
        &self,
        criteria: &[SearchKey<'_>],
    ) -> Result<Vec<(usize, Message)>, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(Vec::new());
        };
        let folder = selected.folder.id;
        let mut conditions = Vec::new();
        for key in criteria {
            collect_conditions(key, &mut conditions);
        }
        // The copies not indexed yet first (once), then each condition's hits: see
        // `postbay_search::query::hits_in` for why in this order.
        let unindexed: HashSet<i64> = if conditions.is_empty() {
            HashSet::new()
        } else {
            postbay_search::query::unindexed_in(self.pool(), folder)
                .await?
                .into_iter()
                .collect()
        };
        let mut answers: HashMap<Condition, Vec<i64>> = HashMap::new();
        for condition in conditions {
            if let std::collections::hash_map::Entry::Vacant(slot) = answers.entry(condition) {
                let hits = postbay_search::query::hits_in(self.pool(), folder, slot.key()).await?;
                slot.insert(hits);
            }
        }
        let restriction = criteria
            .iter()
            .filter_map(|k| restriction(k, &answers, &unindexed))
            .reduce(|a, b| a.intersection(&b).copied().collect());
        let largest = selected.uids.last().copied().unwrap_or(0);
        let count = selected.uids.len();
        let pairs: Vec<(usize, i64)> = selected
            .uids
            .iter()
            .enumerate()
            .map(|(i, u)| (i + 1, *u))
            .filter(|(_, u)| restriction.as_ref().is_none_or(|r| r.contains(u)))
            .collect();
        let rows = self.rows(&pairs).await?;
        let (pending, ready): (Vec<_>, Vec<_>) = rows
            .into_iter()
            .partition(|(_, m): &(usize, Message)| unindexed.contains(&m.uid));
        let mut hits = Vec::new();
        let candidate = |seq: usize, row, digest| Candidate {
            seq,
            row,
            count,
            largest,
            answers: &answers,
            digest,
        };
        for (seq, row) in &ready {
            if criteria
                .iter()
                .all(|k| matches(k, &candidate(*seq, row, None)))
            {
                hits.push((*seq, row.clone()));
            }
        }
        // Copies the index has not reached: decided by their digests, a batch at a time, each
        // batch's dropped before the next is read.
        for chunk in batches(&pending, SEARCH_BATCH, true) {
            let contents = self.contents(chunk).await?.into_iter().collect();
            let digests: HashMap<Uuid, Digest> = postbay_search::digest::of_all(contents)
                .await?
                .into_iter()
                .collect();
            for (seq, row) in chunk {
                let digest = digests.get(&row.content_id);
                // Expunged meanwhile, content and all: no longer a match.
                let ctx = Candidate {
                    seq: *seq,
                    row,
                    count,
                    largest,
                    answers: &answers,
                    digest,
                };
                if digest.is_some() && criteria.iter().all(|k| matches(k, &ctx)) {
                    hits.push((*seq, row.clone()));
                }
            }
        }
        hits.sort_by_key(|(seq, _)| *seq);
        Ok(hits)
    }

    /// The subjects SORT (SUBJECT) and THREAD order `rows` (`None`: the whole folder) by, by
    /// uid: read from the folder's own rows (each copy keeps its subject), not the contents.
    pub(super) async fn subjects(
        &self,
        rows: Option<&[(usize, Message)]>,
    ) -> Result<HashMap<i64, Option<String>>, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(HashMap::new());
        };
        // All of a folder is one scan; a few of them, a lookup each.
        let uids: Option<Vec<i64>> = rows
            .filter(|rows| rows.len() < selected.uids.len() / 4)
            .map(|rows| rows.iter().map(|(_, m)| m.uid).collect());
        let subjects =
            messages::sort_subjects(self.pool(), selected.folder.id, uids.as_deref()).await?;
        Ok(subjects.into_iter().collect())
    }

    /// The first From, To and Cc addresses of the messages' contents (SORT by address), by
    /// content id: from this process's cache, else read (each content once, thousands per
    /// query) and kept.
    pub(super) async fn first_addresses(
        &self,
        rows: &[(usize, Message)],
    ) -> Result<HashMap<Uuid, Arc<Addresses>>, MailboxError> {
        let (mut found, missing) = self.shared.addresses.get_many(&content_ids(rows));
        for chunk in missing.chunks(SUMMARY_BATCH) {
            for fields in messages::first_addresses(self.pool(), chunk).await? {
                let (id, addresses) = (fields.id, Arc::new(Addresses::from(fields)));
                self.shared.addresses.put(id, addresses.clone());
                found.insert(id, addresses);
            }
        }
        Ok(found)
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
    /// Messages in the session's view, and the largest uid (`*`).
    pub(super) count: usize,
    pub(super) largest: i64,
    /// The indexed uids that meet each content key, in order.
    pub(super) answers: &'a HashMap<Condition, Vec<i64>>,
    /// The message's digest, computed here when the index had not reached it.
    pub(super) digest: Option<&'a Digest>,
}

/// The content condition a key is, if it is one.
pub(super) fn condition_of(key: &SearchKey<'_>) -> Option<Condition> {
    Some(match key {
        SearchKey::Subject(s) => Condition::field("subject", s.as_ref()),
        SearchKey::From(s) => Condition::field("from", s.as_ref()),
        SearchKey::To(s) => Condition::field("to", s.as_ref()),
        SearchKey::Cc(s) => Condition::field("cc", s.as_ref()),
        SearchKey::Bcc(s) => Condition::field("bcc", s.as_ref()),
        SearchKey::Header(name, value) => {
            Condition::field(&String::from_utf8_lossy(name.as_ref()), value.as_ref())
        }
        SearchKey::Body(s) => Condition::body(s.as_ref()),
        SearchKey::Text(s) => Condition::text(s.as_ref()),
        SearchKey::SentBefore(d) => Condition::SentBefore(*d.as_ref()),
        SearchKey::SentOn(d) => Condition::SentOn(*d.as_ref()),
        SearchKey::SentSince(d) => Condition::SentSince(*d.as_ref()),
        _ => return None,
    })
}

fn collect_conditions(key: &SearchKey<'_>, out: &mut Vec<Condition>) {
    match key {
        SearchKey::And(keys) => keys
            .as_ref()
            .iter()
            .for_each(|k| collect_conditions(k, out)),
        SearchKey::Not(k) => collect_conditions(k, out),
        SearchKey::Or(a, b) => {
            collect_conditions(a, out);
            collect_conditions(b, out);
        }
        other => out.extend(condition_of(other)),
    }
}

/// The uids a key can hold at most, when the index says (`None`: any): a content key's hits
/// and every copy not indexed yet.
fn restriction(
    key: &SearchKey<'_>,
    answers: &HashMap<Condition, Vec<i64>>,
    unindexed: &HashSet<i64>,
) -> Option<HashSet<i64>> {
    match key {
        SearchKey::And(keys) => keys
            .as_ref()
            .iter()
            .filter_map(|k| restriction(k, answers, unindexed))
            .reduce(|a, b| a.intersection(&b).copied().collect()),
        SearchKey::Or(a, b) => {
            let (a, b) = (
                restriction(a, answers, unindexed)?,
                restriction(b, answers, unindexed)?,
            );
            Some(a.union(&b).copied().collect())
        }
        other => {
            let hits = answers.get(&condition_of(other)?)?;
            Some(hits.iter().chain(unindexed).copied().collect())
        }
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

pub(super) fn matches(key: &SearchKey<'_>, c: &Candidate<'_>) -> bool {
    let has = |flag: &str| c.row.flags.iter().any(|f| f.eq_ignore_ascii_case(flag));
    let date = c.row.internal_date.date_naive();
    match key {
        SearchKey::All => true,
        SearchKey::And(keys) => keys.as_ref().iter().all(|k| matches(k, c)),
        SearchKey::Or(a, b) => matches(a, c) || matches(b, c),
        SearchKey::Not(k) => !matches(k, c),
        SearchKey::SequenceSet(set) => in_set(set, c.seq as i64, c.count as i64),
        SearchKey::Uid(set) => in_set(set, c.row.uid, c.largest),
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
        other => {
            let Some(condition) = condition_of(other) else {
                return false;
            };
            match c.digest {
                Some(digest) => condition.test(digest),
                None => c
                    .answers
                    .get(&condition)
                    .is_some_and(|hits| hits.binary_search(&c.row.uid).is_ok()),
            }
        }
    }
}

/// The distinct content ids of `rows`.
fn content_ids(rows: &[(usize, Message)]) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.content_id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}
