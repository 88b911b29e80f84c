//! ESEARCH answers (RFC 4731) to SEARCH and to SORT (ESORT, RFC 5267 3), PARTIAL results
//! (RFC 5267 4.4, with RFC 9394's ranges from the end), and the updating searches of
//! CONTEXT=SEARCH (RFC 5267 4): a SEARCH with `RETURN (UPDATE)` stays live in the selected
//! folder and the client is told ADDTO / REMOVEFROM as messages come, go or change, until
//! CANCELUPDATE or the folder is left.

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::search::SearchKey;
use postbay_mailbox::messages::Message;

use super::*;

/// Updating searches one session may keep in a folder.
const MAX_CONTEXTS: usize = 8;

/// What `RETURN (...)` asked for.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct ResultOptions {
    pub(super) min: bool,
    pub(super) max: bool,
    pub(super) all: bool,
    pub(super) count: bool,
    pub(super) save: bool,
    pub(super) update: bool,
    /// Positions in the result, 1-based; negative ones count from the end (`-1` is the last).
    pub(super) partial: Option<(i64, i64)>,
}

impl ResultOptions {
    /// The options from the words of `RETURN (...)`; `Err` says why they are refused (BAD).
    pub(super) fn parse(words: &[String]) -> Result<Self, &'static str> {
        let mut o = Self::default();
        let mut words = words.iter();
        while let Some(word) = words.next() {
            match word.as_str() {
                "MIN" => o.min = true,
                "MAX" => o.max = true,
                "ALL" => o.all = true,
                "COUNT" => o.count = true,
                "SAVE" => o.save = true,
                "UPDATE" => o.update = true,
                // A hint that the client will refine the search (RFC 5267 4.1): nothing to do.
                "CONTEXT" => {}
                "PARTIAL" => {
                    let range = words.next().ok_or("PARTIAL needs a range")?;
                    o.partial = Some(partial_range(range).ok_or("Not a PARTIAL range")?);
                }
                _ => return Err("Unknown result option"),
            }
        }
        if o.partial.is_some() && o.all {
            return Err("PARTIAL and ALL exclude each other");
        }
        // `RETURN ()` (and UPDATE or CONTEXT alone) is ALL.
        if !(o.min || o.max || o.all || o.count || o.save || o.partial.is_some()) {
            o.all = true;
        }
        Ok(o)
    }

    /// Only SAVE was asked for: no answer (RFC 5182 2.4).
    pub(super) fn only_save(&self) -> bool {
        self.save && !(self.min || self.max || self.all || self.count || self.partial.is_some())
    }
}

/// `a:b` with both ends non-zero and of one sign, smaller magnitude first.
fn partial_range(range: &str) -> Option<(i64, i64)> {
    let (a, b) = range.split_once(':')?;
    // nz-number (RFC 9394): at most 2^32 - 1 either way.
    let bounded = |n: &str| {
        n.parse::<i64>()
            .ok()
            .filter(|n| n.unsigned_abs() <= u64::from(u32::MAX))
    };
    let (a, b) = (bounded(a)?, bounded(b)?);
    if a == 0 || b == 0 || (a < 0) != (b < 0) {
        return None;
    }
    Some(if a.abs() <= b.abs() { (a, b) } else { (b, a) })
}

/// The positions of `len` results a PARTIAL range covers, as an index range.
fn partial_slice((a, b): (i64, i64), len: usize) -> std::ops::Range<usize> {
    let len = len as i64;
    let (from, to) = if a > 0 {
        (a - 1, b.min(len))
    } else {
        // -1 is the last result: -a..-b from the end.
        ((len + b).max(0), len + a + 1)
    };
    let from = from.clamp(0, len) as usize;
    let to = to.clamp(0, len) as usize;
    from..to.max(from)
}

/// The ESEARCH line for `found`, in the order of the answer: ascending for SEARCH, the sort
/// order for SORT (`sorted`), where MIN and MAX are the first and last and ALL keeps the order.
pub(super) fn esearch(
    out: &mut Vec<u8>,
    tag: &Tag<'_>,
    uid: bool,
    options: &ResultOptions,
    found: &[(usize, Message)],
    sorted: bool,
    with_modseq: bool,
) {
    let number = |(seq, m): &(usize, Message)| if uid { m.uid } else { *seq as i64 };
    let mut line = format!("ESEARCH (TAG \"{}\")", tag.inner());
    if uid {
        line.push_str(" UID");
    }
    let pick_min = || {
        if sorted {
            found.first()
        } else {
            found.iter().min_by_key(|f| number(f))
        }
    };
    let pick_max = || {
        if sorted {
            found.last()
        } else {
            found.iter().max_by_key(|f| number(f))
        }
    };
    let mut returned: Vec<&(usize, Message)> = Vec::new();
    if options.min
        && let Some(m) = pick_min()
    {
        line.push_str(&format!(" MIN {}", number(m)));
        returned.push(m);
    }
    if options.max
        && let Some(m) = pick_max()
    {
        line.push_str(&format!(" MAX {}", number(m)));
        returned.push(m);
    }
    let set = |items: &[(usize, Message)]| {
        let mut values: Vec<i64> = items.iter().map(number).collect();
        if !sorted {
            values.sort_unstable();
        }
        uid_set(&values)
    };
    if options.all && !found.is_empty() {
        line.push_str(&format!(" ALL {}", set(found)));
    }
    if let Some((a, b)) = options.partial {
        let part = &found[partial_slice((a, b), found.len())];
        let shown = if part.is_empty() {
            "NIL".to_string()
        } else {
            set(part)
        };
        line.push_str(&format!(" PARTIAL ({a}:{b} {shown})"));
        returned.extend(part.iter());
    }
    if options.count {
        line.push_str(&format!(" COUNT {}", found.len()));
    }
    if options.all || options.count {
        returned = found.iter().collect();
    }
    // RFC 7162 3.1.5: the highest modseq of the messages the answer returns, so MIN alone
    // reports the minimum's.
    if with_modseq && let Some(h) = returned.iter().map(|(_, m)| m.modseq).max() {
        line.push_str(&format!(" MODSEQ {h}"));
    }
    untagged(out, &line);
}

/// What `RETURN (SAVE ...)` keeps (RFC 5182 2.4, RFC 9394 3.2): the minimum and/or maximum
/// when they are all that was asked for besides SAVE, the PARTIAL range when asked, else
/// every message found.
pub(super) fn saved_part(options: &ResultOptions, found: &[(usize, Message)]) -> Vec<i64> {
    let uids = found.iter().map(|(_, m)| m.uid);
    if let Some(range) = options.partial.filter(|_| !options.count) {
        return found[partial_slice(range, found.len())]
            .iter()
            .map(|(_, m)| m.uid)
            .collect();
    }
    if (options.min || options.max) && !options.all && !options.count {
        let mut part: Vec<i64> = Vec::new();
        if options.min {
            part.extend(uids.clone().min());
        }
        if options.max {
            part.extend(uids.max());
        }
        part.dedup();
        part
    } else {
        uids.collect()
    }
}

/// A live SEARCH (RFC 5267 4): its criteria, and the uids it matched when last told.
pub(super) struct UpdateContext {
    tag: String,
    uid: bool,
    criteria: Vec<SearchKey<'static>>,
    results: Vec<i64>,
}

impl Session {
    /// Keeps a SEARCH with `RETURN (UPDATE)` live; `false` when the session has as many as
    /// it may (the client is told NOUPDATE).
    pub(super) fn keep_context(
        &mut self,
        tag: &Tag<'_>,
        uid: bool,
        criteria: &[SearchKey<'_>],
        found: &[(usize, Message)],
        out: &mut Vec<u8>,
    ) {
        let State::Selected(selected) = &mut self.state else {
            return;
        };
        if selected.contexts.len() >= MAX_CONTEXTS {
            untagged(
                out,
                &format!(
                    "NO [NOUPDATE \"{}\"] Too many updating searches",
                    tag.inner()
                ),
            );
            return;
        }
        let mut results: Vec<i64> = found.iter().map(|(_, m)| m.uid).collect();
        results.sort_unstable();
        selected.contexts.push(UpdateContext {
            tag: tag.inner().to_string(),
            uid,
            criteria: criteria.iter().map(|k| k.clone().into_static()).collect(),
            results,
        });
    }

    /// Whether an updating search with this tag is live (its tag may not be reused).
    pub(super) fn has_context(&self, tag: &Tag<'_>) -> bool {
        self.selected()
            .is_some_and(|s| s.contexts.iter().any(|c| c.tag == tag.inner()))
    }

    /// CANCELUPDATE: ends the named updating searches; `false` when one is not live.
    pub(super) fn cancel_contexts(&mut self, tags: &[String]) -> bool {
        let State::Selected(selected) = &mut self.state else {
            return false;
        };
        if !tags
            .iter()
            .all(|t| selected.contexts.iter().any(|c| &c.tag == t))
        {
            return false;
        }
        selected.contexts.retain(|c| !tags.contains(&c.tag));
        true
    }

    /// Runs the live searches again and tells what left and what joined each.
    pub(super) async fn refresh_contexts(&mut self, out: &mut Vec<u8>) {
        let contexts = match &mut self.state {
            State::Selected(s) if !s.contexts.is_empty() => std::mem::take(&mut s.contexts),
            _ => return,
        };
        let mut kept = Vec::with_capacity(contexts.len());
        for mut context in contexts {
            let Ok(found) = self.matching(&context.criteria).await else {
                kept.push(context);
                continue;
            };
            let mut now: Vec<i64> = found.iter().map(|(_, m)| m.uid).collect();
            now.sort_unstable();
            let removed: Vec<i64> = context
                .results
                .iter()
                .copied()
                .filter(|u| now.binary_search(u).is_err())
                .collect();
            let added: Vec<i64> = now
                .iter()
                .copied()
                .filter(|u| context.results.binary_search(u).is_err())
                .collect();
            if !removed.is_empty() || !added.is_empty() {
                let uids = self.selected().map(|s| s.uids.as_slice()).unwrap_or(&[]);
                let mut line = format!("ESEARCH (TAG \"{}\")", context.tag);
                if context.uid {
                    line.push_str(" UID");
                }
                if !removed.is_empty() {
                    let n = numbers_of(uids, context.uid, &removed);
                    line.push_str(&format!(" REMOVEFROM (0 {})", uid_set(&n)));
                }
                if !added.is_empty() {
                    let n = numbers_of(uids, context.uid, &added);
                    line.push_str(&format!(" ADDTO (0 {})", uid_set(&n)));
                }
                untagged(out, &line);
            }
            context.results = now;
            kept.push(context);
        }
        if let State::Selected(s) = &mut self.state {
            s.contexts = kept;
        }
    }
}

/// Before EXPUNGE responses for `gone`: REMOVEFROM for the live searches that held them,
/// with sequence numbers as they are before the expunge.
pub(super) fn contexts_lose(
    selected: &mut Selected,
    gone: &postbay_mailbox::messages::UidRanges,
    out: &mut Vec<u8>,
) {
    {
        for context in &mut selected.contexts {
            let lost: Vec<i64> = context
                .results
                .iter()
                .copied()
                .filter(|u| gone.contains(*u))
                .collect();
            if lost.is_empty() {
                continue;
            }
            context.results.retain(|u| !gone.contains(*u));
            let numbers = numbers_of(&selected.uids, context.uid, &lost);
            untagged(
                out,
                &format!(
                    "ESEARCH (TAG \"{}\"){} REMOVEFROM (0 {})",
                    context.tag,
                    if context.uid { " UID" } else { "" },
                    uid_set(&numbers)
                ),
            );
        }
    }
}

/// Uids as the client named them: uids, or their sequence numbers in `view`.
fn numbers_of(view: &[i64], uid: bool, uids: &[i64]) -> Vec<i64> {
    if uid {
        return uids.to_vec();
    }
    uids.iter()
        .filter_map(|u| view.binary_search(u).ok().map(|i| i as i64 + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn result_options() {
        let o = ResultOptions::parse(&[]).expect("empty");
        assert!(o.all && !o.min);
        let o = ResultOptions::parse(&words("UPDATE")).expect("update");
        assert!(o.all && o.update);
        let o = ResultOptions::parse(&words("PARTIAL -1:-5 COUNT")).expect("partial");
        assert_eq!(o.partial, Some((-1, -5)));
        assert!(!o.all && o.count);
        assert!(ResultOptions::parse(&words("PARTIAL 1:5 ALL")).is_err());
        assert!(ResultOptions::parse(&words("PARTIAL 0:5")).is_err());
        assert!(ResultOptions::parse(&words("PARTIAL -1:5")).is_err());
        assert!(ResultOptions::parse(&words("FOO")).is_err());
        assert!(
            ResultOptions::parse(&words("SAVE"))
                .expect("save")
                .only_save()
        );
    }

    #[test]
    fn partial_slices() {
        assert_eq!(partial_slice((1, 3), 10), 0..3);
        assert_eq!(partial_slice((9, 20), 10), 8..10);
        assert_eq!(partial_slice((11, 20), 10), 10..10);
        assert_eq!(partial_slice((-1, -3), 10), 7..10);
        assert_eq!(partial_slice((-9, -20), 10), 0..2);
        assert_eq!(partial_slice((-11, -20), 10), 0..0);
        assert_eq!(partial_range("5:2"), Some((2, 5)));
        assert_eq!(partial_range("-5:-2"), Some((-2, -5)));
        assert_eq!(partial_range("-9223372036854775808:-1"), None);
        assert_eq!(partial_range("1:4294967296"), None);
    }
}
