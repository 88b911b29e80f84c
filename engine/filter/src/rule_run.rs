//! Running the custom rules (see [`crate::rules`]) on a message: the server's list, then the
//! list of the recipients' domain, top-down, until one ends the run.

use std::collections::HashMap;
use std::sync::OnceLock;

use mail_parser::{HeaderValue, MessageParser, MimeHeaders};
use postbay_core::CoreResult;
use postbay_core::ids::DomainId;
use sqlx::PgPool;

use crate::Hit;
use crate::rules::{RuleAction, RuleTarget, RuleTest, SpamRule};

/// How much body text the rules search.
const MAX_BODY_TEXT: usize = 512 * 1024;

/// A rule ready to run.
struct Compiled {
    name: String,
    target: RuleTarget,
    header: Option<String>,
    test: RuleTest,
    /// Lower case for `contains`, as saved otherwise.
    value: String,
    pattern: Option<regex::Regex>,
    size: u64,
    action: RuleAction,
    score: f64,
    stop: bool,
}

impl Compiled {
    fn new(rule: SpamRule) -> Option<Self> {
        let pattern = match rule.test {
            // Checked when saved; a pattern this build cannot compile is left out, logged.
            RuleTest::Matches => match crate::rules::pattern(&rule.value) {
                Ok(p) => Some(p),
                Err(e) => {
                    tracing::warn!(rule = %rule.name, error = %e, "a custom rule is skipped");
                    return None;
                }
            },
            _ => None,
        };
        Some(Self {
            name: rule.name,
            target: rule.target,
            header: rule.header,
            test: rule.test,
            size: rule.value.parse().unwrap_or(u64::MAX),
            value: rule.value,
            pattern,
            action: rule.action,
            score: rule.score,
            stop: rule.stop,
        })
    }
}

/// Every list's enabled rules, compiled.
#[derive(Default)]
pub(crate) struct RuleSet {
    server: Vec<Compiled>,
    domains: HashMap<DomainId, Vec<Compiled>>,
}

impl RuleSet {
    pub(crate) async fn load(pool: &PgPool) -> CoreResult<Self> {
        let mut set = Self::default();
        for rule in crate::rules::enabled(pool).await? {
            let domain = rule.domain_id;
            let Some(compiled) = Compiled::new(rule) else {
                continue;
            };
            match domain {
                None => set.server.push(compiled),
                Some(d) => set.domains.entry(d).or_default().push(compiled),
            }
        }
        Ok(set)
    }

    /// The domains with rules of their own.
    pub(crate) fn domains(&self) -> impl Iterator<Item = DomainId> + '_ {
        self.domains.keys().copied()
    }

    /// Runs the server's list, then `domain`'s.
    pub(crate) fn run(&self, domain: Option<DomainId>, message: &RuleInput<'_>) -> RulesOutcome {
        let mut outcome = RulesOutcome::default();
        let domain_rules = domain.and_then(|d| self.domains.get(&d));
        let lists = [Some(&self.server), domain_rules];
        for rule in lists.into_iter().flatten().flatten() {
            if !message.matches(rule) {
                continue;
            }
            let verdict = match rule.action {
                RuleAction::Score => {
                    outcome.hits.push(Hit::new(&rule.name, rule.score));
                    if rule.stop {
                        break;
                    }
                    continue;
                }
                RuleAction::Spam => RuleVerdict::Spam,
                RuleAction::NotSpam => RuleVerdict::NotSpam,
                RuleAction::Reject => RuleVerdict::Reject,
                RuleAction::Discard => RuleVerdict::Discard,
            };
            outcome.hits.push(Hit::new(&rule.name, 0.0));
            outcome.verdict = Some(verdict);
            break;
        }
        outcome
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.server.is_empty() && self.domains.is_empty()
    }
}

/// What a rule that ends the run decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RuleVerdict {
    Spam,
    NotSpam,
    Reject,
    Discard,
}

/// The rules' hits and the verdict of the one that ended the run, if any.
#[derive(Debug, Default)]
pub(crate) struct RulesOutcome {
    pub hits: Vec<Hit>,
    pub verdict: Option<RuleVerdict>,
}

/// A message as the rules see it; the parsed forms are made when a rule first asks.
pub(crate) struct RuleInput<'a> {
    content: &'a [u8],
    sender: Option<&'a str>,
    recipients: &'a [String],
    fields: OnceLock<Vec<(String, String)>>,
    body: OnceLock<Parsed>,
}

#[derive(Default)]
struct Parsed {
    text: String,
    attachments: Vec<String>,
}

impl<'a> RuleInput<'a> {
    pub(crate) fn new(
        content: &'a [u8],
        sender: Option<&'a str>,
        recipients: &'a [String],
    ) -> Self {
        Self {
            content,
            sender,
            recipients,
            fields: OnceLock::new(),
            body: OnceLock::new(),
        }
    }

    /// The header fields, names and values in lower case, values as a person reads them:
    /// RFC 2047 encoded words decoded, addresses as `name <address>` (a spammer's
    /// `=?utf-8?b?...?=` subject is tested as its text). Raw when the header cannot be read.
    fn fields(&self) -> &[(String, String)] {
        self.fields.get_or_init(|| {
            // The address fields parsed as addresses, every other field as text (without a
            // map of its own, mail-parser leaves unknown fields raw, undecoded).
            let parser = MessageParser::new()
                .with_minimal_headers()
                .with_address_headers()
                .default_header_text();
            let Some(parsed) = parser.parse_headers(self.content) else {
                let (fields, _) = postbay_mailbox::message::split_message(self.content);
                return fields
                    .iter()
                    .map(|f| (f.name.to_ascii_lowercase(), f.value().to_lowercase()))
                    .collect();
            };
            parsed
                .headers()
                .iter()
                .map(|h| {
                    let raw = || {
                        let (start, end) = (h.offset_start as usize, h.offset_end as usize);
                        let bytes = self.content.get(start..end).unwrap_or_default();
                        String::from_utf8_lossy(bytes).replace(['\r', '\n'], "")
                    };
                    let value = match &h.value {
                        HeaderValue::Text(t) => t.to_string(),
                        HeaderValue::TextList(list) => list.join(", "),
                        HeaderValue::Address(address) => address
                            .iter()
                            .map(|a| match (&a.name, &a.address) {
                                (Some(name), Some(addr)) => format!("{name} <{addr}>"),
                                (None, Some(addr)) => addr.to_string(),
                                (Some(name), None) => name.to_string(),
                                (None, None) => String::new(),
                            })
                            .collect::<Vec<_>>()
                            .join(", "),
                        _ => raw(),
                    };
                    (
                        h.name.as_str().to_ascii_lowercase(),
                        value.trim().to_lowercase(),
                    )
                })
                .collect()
        })
    }

    fn values(&self, name: &str) -> impl Iterator<Item = &str> {
        let name = name.to_ascii_lowercase();
        self.fields()
            .iter()
            .filter(move |(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    fn parsed(&self) -> &Parsed {
        self.body.get_or_init(|| {
            let Some(message) = MessageParser::default().parse(self.content) else {
                return Parsed::default();
            };
            let mut text = String::new();
            for i in 0..message.text_body_count() {
                if text.len() >= MAX_BODY_TEXT {
                    break;
                }
                if let Some(part) = message.body_text(i) {
                    text.push_str(&part);
                    text.push('\n');
                }
            }
            let mut end = text.len().min(MAX_BODY_TEXT);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
            Parsed {
                text: text.to_lowercase(),
                attachments: message
                    .attachments()
                    .filter_map(|a| a.attachment_name())
                    .map(str::to_lowercase)
                    .collect(),
            }
        })
    }

    fn matches(&self, rule: &Compiled) -> bool {
        match rule.target {
            RuleTarget::Header => {
                let name = rule.header.as_deref().unwrap_or_default();
                match rule.test {
                    RuleTest::Exists => self.values(name).next().is_some(),
                    RuleTest::Missing => self.values(name).next().is_none(),
                    RuleTest::IsEmpty => self.values(name).any(|v| v.trim().is_empty()),
                    _ => self.values(name).any(|v| text_test(rule, v)),
                }
            }
            RuleTarget::From => {
                let envelope = self.sender.map(str::to_ascii_lowercase);
                envelope
                    .iter()
                    .map(String::as_str)
                    .chain(self.values("from"))
                    .any(|v| text_test(rule, v))
            }
            RuleTarget::To => {
                let envelope: Vec<String> = self
                    .recipients
                    .iter()
                    .map(|r| r.to_ascii_lowercase())
                    .collect();
                envelope
                    .iter()
                    .map(String::as_str)
                    .chain(self.values("to"))
                    .chain(self.values("cc"))
                    .any(|v| text_test(rule, v))
            }
            RuleTarget::Body => text_test(rule, &self.parsed().text),
            RuleTarget::AttachmentName => {
                self.parsed().attachments.iter().any(|n| text_test(rule, n))
            }
            RuleTarget::Size => self.content.len() as u64 > rule.size,
        }
    }
}

/// A text test on `text` (lower case).
fn text_test(rule: &Compiled, text: &str) -> bool {
    match rule.test {
        RuleTest::Contains => text.contains(&rule.value),
        RuleTest::Matches => rule.pattern.as_ref().is_some_and(|p| p.is_match(text)),
        RuleTest::ContainsAddress => addresses(text).any(|a| a == rule.value),
        RuleTest::ContainsDomain => addresses(text)
            .filter_map(|a| a.rsplit_once('@').map(|(_, d)| d))
            .any(|d| d == rule.value),
        RuleTest::Exists | RuleTest::Missing | RuleTest::IsEmpty | RuleTest::Above => false,
    }
}

/// The addresses in a header value or an envelope address (`Name <a@b>, c@d`).
fn addresses(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "<>,;:\"()[]".contains(c))
        .map(|t| t.trim_matches('.'))
        .filter(|t| t.contains('@') && !t.starts_with('@') && !t.ends_with('@'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use postbay_core::ids::SpamRuleId;

    fn rule(
        name: &str,
        target: RuleTarget,
        header: Option<&str>,
        test: RuleTest,
        value: &str,
        action: RuleAction,
    ) -> SpamRule {
        SpamRule {
            id: SpamRuleId::new(),
            domain_id: None,
            position: 0,
            name: name.into(),
            description: String::new(),
            enabled: true,
            target,
            header: header.map(Into::into),
            test,
            value: value.into(),
            action,
            score: 2.5,
            stop: false,
            created_at: chrono::Utc::now(),
        }
    }

    fn set(rules: Vec<SpamRule>) -> RuleSet {
        RuleSet {
            server: rules.into_iter().filter_map(Compiled::new).collect(),
            ..RuleSet::default()
        }
    }

    const MESSAGE: &[u8] = b"From: Bank <alerts@bank.test>\r\nTo: me@here.test\r\nSubject: Your Statement\r\nX-Empty:\r\n\
X-Encoded: =?utf-8?b?VklBR1JBIGNoZWFw?=\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nCheap pills here\r\n\
--b\r\nContent-Type: application/octet-stream; name=\"Setup.EXE\"\r\nContent-Disposition: attachment; filename=\"Setup.EXE\"\r\n\r\nMZ\r\n--b--\r\n";

    fn run(rules: Vec<SpamRule>) -> RulesOutcome {
        let recipients = vec!["me@here.test".to_string()];
        let input = RuleInput::new(MESSAGE, Some("bounce@mailer.test"), &recipients);
        set(rules).run(None, &input)
    }

    #[test]
    fn each_target_and_test_matches_what_it_says() {
        use RuleAction::Score;
        let cases = [
            (
                rule(
                    "ENCODED",
                    RuleTarget::Header,
                    Some("X-Encoded"),
                    RuleTest::Contains,
                    "viagra",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "A",
                    RuleTarget::Header,
                    Some("subject"),
                    RuleTest::Contains,
                    "statement",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "B",
                    RuleTarget::Header,
                    Some("Subject"),
                    RuleTest::Matches,
                    "^your\\s+stat",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "C",
                    RuleTarget::Header,
                    Some("X-Empty"),
                    RuleTest::IsEmpty,
                    "",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "D",
                    RuleTarget::Header,
                    Some("X-Mailer"),
                    RuleTest::Missing,
                    "",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "E",
                    RuleTarget::Header,
                    Some("X-Mailer"),
                    RuleTest::Exists,
                    "",
                    Score,
                ),
                false,
            ),
            (
                rule(
                    "F",
                    RuleTarget::From,
                    None,
                    RuleTest::ContainsDomain,
                    "bank.test",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "G",
                    RuleTarget::From,
                    None,
                    RuleTest::ContainsAddress,
                    "bounce@mailer.test",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "H",
                    RuleTarget::From,
                    None,
                    RuleTest::ContainsAddress,
                    "bank.test",
                    Score,
                ),
                false,
            ),
            (
                rule(
                    "I",
                    RuleTarget::To,
                    None,
                    RuleTest::ContainsAddress,
                    "me@here.test",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "J",
                    RuleTarget::Body,
                    None,
                    RuleTest::Contains,
                    "cheap pills",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "K",
                    RuleTarget::Body,
                    None,
                    RuleTest::Contains,
                    "setup",
                    Score,
                ),
                false,
            ),
            (
                rule(
                    "L",
                    RuleTarget::AttachmentName,
                    None,
                    RuleTest::Matches,
                    "\\.exe$",
                    Score,
                ),
                true,
            ),
            (
                rule(
                    "M",
                    RuleTarget::Size,
                    None,
                    RuleTest::Above,
                    "100000",
                    Score,
                ),
                false,
            ),
            (
                rule("N", RuleTarget::Size, None, RuleTest::Above, "10", Score),
                true,
            ),
        ];
        for (r, expected) in cases {
            let name = r.name.clone();
            assert_eq!(!run(vec![r]).hits.is_empty(), expected, "rule {name}");
        }
    }

    #[test]
    fn terminal_rules_end_the_run_and_stop_ends_it_after_scoring() {
        let score = rule(
            "S1",
            RuleTarget::Body,
            None,
            RuleTest::Contains,
            "pills",
            RuleAction::Score,
        );
        let allow = rule(
            "OK",
            RuleTarget::From,
            None,
            RuleTest::ContainsDomain,
            "bank.test",
            RuleAction::NotSpam,
        );
        let never = rule(
            "S2",
            RuleTarget::Body,
            None,
            RuleTest::Contains,
            "pills",
            RuleAction::Reject,
        );
        let out = run(vec![score.clone(), allow, never.clone()]);
        assert_eq!(out.verdict, Some(RuleVerdict::NotSpam));
        assert_eq!(out.hits, vec![Hit::new("S1", 2.5), Hit::new("OK", 0.0)]);
        let mut stopping = score;
        stopping.stop = true;
        let out = run(vec![stopping, never]);
        assert_eq!((out.verdict, out.hits.len()), (None, 1));
    }

    #[test]
    fn addresses_are_found_in_header_values() {
        let found: Vec<&str> = addresses("\"a, b\" <x@y.test>, z@w.test (c)").collect();
        assert_eq!(found, vec!["x@y.test", "z@w.test"]);
    }
}
