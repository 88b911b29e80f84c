//! Sequence sets: resolved against the selected folder as ranges before anything is
//! expanded, and SEARCHRES's saved result.

use imap_codec::imap_types::sequence::{SeqOrUid, Sequence, SequenceSet};
use postbay_mailbox::messages::{Message, UidRanges};

use crate::extended::{self, SavedSets, SavedUse};

use super::*;

impl Session {
    /// The command with SEARCHRES's `$` replaced by the saved result, when it names one.
    pub(super) fn replace_saved(&self, command: &[u8]) -> Option<SavedUse> {
        let selected = self.selected()?;
        if !command.contains(&b'$') {
            return None;
        }
        let mut numbers: Vec<i64> = selected
            .saved
            .iter()
            .filter_map(|u| selected.uids.binary_search(u).ok())
            .map(|i| i as i64 + 1)
            .collect();
        numbers.sort_unstable();
        let uids: Vec<i64> = selected
            .saved
            .iter()
            .copied()
            .filter(|u| selected.uids.binary_search(u).is_ok())
            .collect();
        let (uids, numbers) = (uid_set(&uids), uid_set(&numbers));
        let sets = SavedSets {
            uids: (!uids.is_empty()).then_some(uids.as_str()),
            numbers: (!numbers.is_empty()).then_some(numbers.as_str()),
        };
        extended::replace_saved(command, &sets)
    }

    /// Keeps a search result for `$` (uids, in order).
    pub(super) fn save_result(&mut self, mut uids: Vec<i64>) {
        if let State::Selected(selected) = &mut self.state {
            uids.sort_unstable();
            selected.saved = uids;
        }
    }

    /// The (sequence number, uid) pairs a set names in the selected folder.
    pub(super) fn resolve(
        &self,
        set: &SequenceSet,
        uid: bool,
    ) -> Result<Vec<(usize, i64)>, &'static str> {
        let State::Selected(selected) = &self.state else {
            return Ok(Vec::new());
        };
        let uids = &selected.uids;
        // Index ranges [lo, hi), merged before anything is expanded: a set of a million
        // overlapping ranges costs a sort, not a million copies of the folder.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for sequence in set.0.as_ref() {
            let (a, b) = match sequence {
                Sequence::Single(x) => (*x, *x),
                Sequence::Range(x, y) => (*x, *y),
            };
            if uid {
                let value = |v: SeqOrUid| match v {
                    SeqOrUid::Value(n) => i64::from(n.get()),
                    SeqOrUid::Asterisk => uids.last().copied().unwrap_or(0),
                };
                let (x, y) = (value(a), value(b));
                let (lo, hi) = (x.min(y), x.max(y));
                let start = uids.partition_point(|&u| u < lo);
                let end = uids.partition_point(|&u| u <= hi);
                if start < end {
                    ranges.push((start, end));
                }
            } else {
                if uids.is_empty() {
                    return Err("BAD No messages");
                }
                let value = |v: SeqOrUid| match v {
                    SeqOrUid::Value(n) => n.get() as usize,
                    SeqOrUid::Asterisk => uids.len(),
                };
                let (x, y) = (value(a), value(b));
                let (lo, hi) = (x.min(y), x.max(y));
                if hi > uids.len() {
                    return Err("BAD Invalid message sequence number");
                }
                ranges.push((lo - 1, hi));
            }
        }
        ranges.sort_unstable();
        let mut picked: Vec<(usize, i64)> = Vec::new();
        let mut covered = 0;
        for (lo, hi) in ranges {
            let from = lo.max(covered);
            if from < hi {
                picked.extend(
                    uids[from..hi]
                        .iter()
                        .enumerate()
                        .map(|(k, u)| (from + k + 1, *u)),
                );
            }
            covered = covered.max(hi);
        }
        Ok(picked)
    }
}

/// A uid set in IMAP's compact form (`1:3,7,9:10`).
pub(super) fn uid_set(uids: &[i64]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}:{end}")
        });
        i += 1;
    }
    parts.join(",")
}

/// Consecutive runs of `rows`: at most `count` messages, and when their content is read, at
/// most `BATCH_BYTES` of it (a single larger message is a batch of its own).
pub(super) fn batches(
    rows: &[(usize, Message)],
    count: usize,
    by_bytes: bool,
) -> impl Iterator<Item = &[(usize, Message)]> {
    let mut rest = rows;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut bytes = 0i64;
        let mut n = 0;
        while n < rest.len() && n < count {
            bytes = bytes.saturating_add(rest[n].1.size);
            if by_bytes && n > 0 && bytes > BATCH_BYTES {
                break;
            }
            n += 1;
        }
        let (batch, tail) = rest.split_at(n);
        rest = tail;
        Some(batch)
    })
}

/// A uid set as ranges; `*` is `largest`.
pub(super) fn set_ranges(set: &SequenceSet, largest: i64) -> UidRanges {
    let value = |v: SeqOrUid| match v {
        SeqOrUid::Value(n) => i64::from(n.get()),
        SeqOrUid::Asterisk => largest,
    };
    UidRanges::new(
        set.0
            .as_ref()
            .iter()
            .map(|sequence| {
                let (a, b) = match sequence {
                    Sequence::Single(x) => (value(*x), value(*x)),
                    Sequence::Range(x, y) => (value(*x), value(*y)),
                };
                (a.min(b), a.max(b))
            })
            .collect(),
    )
}

pub(super) fn in_set(set: &SequenceSet, value: i64, largest: i64) -> bool {
    set.0.as_ref().iter().any(|s| {
        let v = |x: &SeqOrUid| match x {
            SeqOrUid::Value(n) => i64::from(n.get()),
            SeqOrUid::Asterisk => largest,
        };
        match s {
            Sequence::Single(x) => v(x) == value,
            Sequence::Range(a, b) => {
                let (lo, hi) = (v(a).min(v(b)), v(a).max(v(b)));
                lo <= value && value <= hi
            }
        }
    })
}
