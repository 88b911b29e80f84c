//! Comparators (RFC 4790 as Sieve uses them: i;octet, i;ascii-casemap, i;ascii-numeric) and
//! match types (:is, :contains, :matches, and RFC 5231's :value and :count). Every
//! comparison spends steps from the run's budget, so a `:matches` with many wildcards against
//! a large body stops at the limit instead of running for minutes.

use std::cmp::Ordering;

use crate::script::{Comparator, MatchKind, Matching, Relation};

/// The run's remaining work; a comparison that would exceed it fails the run.
#[derive(Debug)]
pub(crate) struct Budget {
    pub(crate) left: u64,
}

/// The budget ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Exhausted;

impl Budget {
    pub(crate) fn spend(&mut self, steps: u64) -> Result<(), Exhausted> {
        self.left = self.left.checked_sub(steps).ok_or(Exhausted)?;
        Ok(())
    }
}

/// Whether any of `values` matches any of `keys`; with `:matches`, the value and its
/// wildcards' text of the first match (RFC 5229's `${0}`, `${1}`…) are written to `groups`.
pub(crate) fn any_matches(
    matching: Matching,
    values: &[String],
    keys: &[String],
    budget: &mut Budget,
    groups: &mut Option<Vec<String>>,
) -> Result<bool, Exhausted> {
    if let MatchKind::Count(relation) = matching.kind {
        // RFC 5231 4.2: the number of values, compared with each key.
        let count = values.len().to_string();
        for key in keys {
            budget.spend(1)?;
            if relation_holds(relation, compare(matching.comparator, &count, key)) {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    for value in values {
        for key in keys {
            budget.spend(1 + (value.len() as u64 + key.len() as u64) / 64)?;
            let hit = match matching.kind {
                MatchKind::Is => compare(matching.comparator, value, key) == Ordering::Equal,
                MatchKind::Contains => contains(matching.comparator, value, key, budget)?,
                MatchKind::Matches => match wildcard(matching.comparator, value, key, budget)? {
                    Some(found) => {
                        // `${0}` is the whole value, then each wildcard's text.
                        *groups = Some(std::iter::once(value.clone()).chain(found).collect());
                        true
                    }
                    None => false,
                },
                MatchKind::Value(relation) => {
                    relation_holds(relation, compare(matching.comparator, value, key))
                }
                MatchKind::Count(_) => false,
            };
            if hit {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

fn relation_holds(relation: Relation, order: Ordering) -> bool {
    match relation {
        Relation::Greater => order == Ordering::Greater,
        Relation::GreaterOrEqual => order != Ordering::Less,
        Relation::Less => order == Ordering::Less,
        Relation::LessOrEqual => order != Ordering::Greater,
        Relation::Equal => order == Ordering::Equal,
        Relation::NotEqual => order != Ordering::Equal,
    }
}

/// Orders two strings as the comparator does.
pub(crate) fn compare(comparator: Comparator, a: &str, b: &str) -> Ordering {
    match comparator {
        Comparator::Octet => a.as_bytes().cmp(b.as_bytes()),
        Comparator::AsciiCaseMap => a
            .bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase())),
        Comparator::AsciiNumeric => numeric(a).cmp(&numeric(b)),
    }
}

/// RFC 4790 9.1: the leading digits as a number; a string not starting with a digit is
/// positive infinity (`None` sorts last here through the wrapper).
fn numeric(s: &str) -> Numeric {
    let digits: &str = &s[..s.bytes().take_while(u8::is_ascii_digit).count()];
    if digits.is_empty() {
        return Numeric::Infinity;
    }
    // Leading zeros do not count; long numbers compare by length, then digits.
    let digits = digits.trim_start_matches('0');
    Numeric::Finite(digits.len(), digits.to_string())
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Numeric {
    Finite(usize, String),
    Infinity,
}

fn same_char(comparator: Comparator, a: char, b: char) -> bool {
    match comparator {
        Comparator::AsciiCaseMap => a.eq_ignore_ascii_case(&b),
        _ => a == b,
    }
}

fn contains(
    comparator: Comparator,
    value: &str,
    key: &str,
    budget: &mut Budget,
) -> Result<bool, Exhausted> {
    match comparator {
        Comparator::Octet => Ok(value.contains(key)),
        Comparator::AsciiCaseMap => {
            budget.spend((value.len() as u64) / 16)?;
            Ok(value
                .to_ascii_lowercase()
                .contains(&key.to_ascii_lowercase()))
        }
        // RFC 4790: i;ascii-numeric offers no substring operation; nothing matches.
        Comparator::AsciiNumeric => Ok(false),
    }
}

/// One element of a `:matches` pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glob {
    Any,
    One,
    Char(char),
}

fn glob(pattern: &str) -> Vec<Glob> {
    let mut out = Vec::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '*' => Glob::Any,
            '?' => Glob::One,
            // `\` quotes the next character (RFC 5228 2.7.1).
            '\\' => match chars.next() {
                Some(quoted) => Glob::Char(quoted),
                None => Glob::Char('\\'),
            },
            c => Glob::Char(c),
        });
    }
    out
}

/// A `:matches` pattern against a value. Each `*` takes as little as it can, leftmost first
/// (the classic single-backtrack walk: linear in practice, at worst value × pattern, and every
/// step paid for). Returns the text of each wildcard, in order, on a match.
fn wildcard(
    comparator: Comparator,
    value: &str,
    pattern: &str,
    budget: &mut Budget,
) -> Result<Option<Vec<String>>, Exhausted> {
    if comparator == Comparator::AsciiNumeric {
        return Ok(None);
    }
    let text: Vec<char> = value.chars().collect();
    let pattern = glob(pattern);
    // For each wildcard in the pattern so far: where its text starts and ends.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let (mut t, mut p) = (0usize, 0usize);
    // The last `*`: its pattern index, where its text starts and where it now stops, and how
    // many spans were recorded before it.
    let mut star: Option<(usize, usize, usize, usize)> = None;
    let mut steps = 0u64;
    loop {
        steps += 1;
        if steps.is_multiple_of(1024) {
            budget.spend(1024)?;
        }
        if p < pattern.len() {
            match pattern[p] {
                Glob::Any => {
                    star = Some((p, t, t, spans.len()));
                    spans.push((t, t));
                    p += 1;
                    continue;
                }
                Glob::One if t < text.len() => {
                    spans.push((t, t + 1));
                    p += 1;
                    t += 1;
                    continue;
                }
                Glob::Char(c) if t < text.len() && same_char(comparator, c, text[t]) => {
                    p += 1;
                    t += 1;
                    continue;
                }
                _ => {}
            }
        } else if t == text.len() {
            budget.spend(steps % 1024)?;
            return Ok(Some(
                spans
                    .into_iter()
                    .map(|(a, b)| text[a..b].iter().collect())
                    .collect(),
            ));
        }
        // A mismatch: the last `*` takes one more character, and the walk resumes after it.
        match star {
            Some((star_p, start, stop, recorded)) if stop < text.len() => {
                star = Some((star_p, start, stop + 1, recorded));
                spans.truncate(recorded);
                spans.push((start, stop + 1));
                p = star_p + 1;
                t = stop + 1;
            }
            _ => {
                budget.spend(steps % 1024)?;
                return Ok(None);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget() -> Budget {
        Budget { left: 1_000_000 }
    }

    fn groups(value: &str, pattern: &str) -> Option<Vec<String>> {
        wildcard(Comparator::AsciiCaseMap, value, pattern, &mut budget()).expect("budget")
    }

    #[test]
    fn wildcards_match_and_capture_as_little_as_they_can() {
        assert_eq!(groups("hello", "h*o"), Some(vec!["ell".into()]));
        assert_eq!(groups("HELLO", "h?llo"), Some(vec!["E".into()]));
        assert_eq!(groups("a@b@c", "*@*"), Some(vec!["a".into(), "b@c".into()]));
        assert_eq!(
            groups("Sieve <sieve@ietf.org>", "*<*@*>"),
            Some(vec!["Sieve ".into(), "sieve".into(), "ietf.org".into()])
        );
        assert_eq!(groups("abc", "*"), Some(vec!["abc".into()]));
        assert_eq!(groups("", "*"), Some(vec!["".into()]));
        assert_eq!(groups("abc", "a\\*c"), None);
        assert_eq!(groups("a*c", "a\\*c"), Some(vec![]));
        assert_eq!(groups("abc", "ab"), None);
        assert_eq!(groups("ab", "abc"), None);
        assert_eq!(groups("xaaay", "x*a?y"), Some(vec!["a".into(), "a".into()]));
        assert_eq!(
            wildcard(Comparator::Octet, "ABC", "a*", &mut budget()).expect("budget"),
            None
        );
    }

    #[test]
    fn a_hostile_pattern_runs_out_of_budget() {
        let body = "a".repeat(1 << 20);
        let pattern = "*a".repeat(50) + "b";
        let mut small = Budget { left: 100_000 };
        assert_eq!(
            wildcard(Comparator::AsciiCaseMap, &body, &pattern, &mut small),
            Err(Exhausted)
        );
    }

    #[test]
    fn comparators_and_relations() {
        use Comparator::*;
        assert_eq!(compare(AsciiCaseMap, "ABC", "abc"), Ordering::Equal);
        assert_eq!(compare(Octet, "ABC", "abc"), Ordering::Less);
        assert_eq!(compare(AsciiNumeric, "10", "9"), Ordering::Greater);
        assert_eq!(compare(AsciiNumeric, "007", "7"), Ordering::Equal);
        assert_eq!(compare(AsciiNumeric, "x", "99999"), Ordering::Greater);
        assert_eq!(compare(AsciiNumeric, "12abc", "12"), Ordering::Equal);
        let numeric = |kind| Matching {
            comparator: AsciiNumeric,
            kind,
        };
        let hit = |m, values: &[&str], keys: &[&str]| {
            let values: Vec<String> = values.iter().map(|s| s.to_string()).collect();
            let keys: Vec<String> = keys.iter().map(|s| s.to_string()).collect();
            any_matches(m, &values, &keys, &mut budget(), &mut None).expect("budget")
        };
        assert!(hit(
            numeric(MatchKind::Value(Relation::GreaterOrEqual)),
            &["5"],
            &["5"]
        ));
        assert!(!hit(
            numeric(MatchKind::Value(Relation::Greater)),
            &["5"],
            &["5"]
        ));
        assert!(hit(
            numeric(MatchKind::Count(Relation::Equal)),
            &["a", "b"],
            &["2"]
        ));
        assert!(hit(Matching::default(), &["Hello"], &["hello"]));
        let contains = Matching {
            comparator: AsciiCaseMap,
            kind: MatchKind::Contains,
        };
        assert!(hit(contains, &["Make MONEY fast"], &["money"]));
        assert!(!hit(numeric(MatchKind::Contains), &["123"], &["2"]));
    }
}
