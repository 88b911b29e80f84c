//! The filter stage: score a message from every source, then decide with the thresholds.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use postbay_core::ip_groups::IpMatcher;
use sqlx::PgPool;

use postbay_core::ids::DomainId;
use postbay_counters::Counters;
use postbay_dns::Dns;
use postbay_quarantine::HoldReason;

use crate::antivirus::{
    AntivirusSettings, ScanFailure, ScanVerdict, UnscannableAction, VirusAction,
};
use crate::attachments::{AttachmentRules, AttachmentVerdict};
use crate::blocklists::Blocklist;
use crate::greylist::Greylisting;
use crate::rspamd::RspamdAction;
use crate::rule_run::{RuleInput, RuleSet, RuleVerdict};
use crate::settings::{
    BlockAction, EngineFailure, MAX_THRESHOLD, SpamEngine, SpamSettings, SubmissionAction,
};
use crate::{EngineError, FilterError, builtin, rspamd, spamd};

/// The header fields that carry a spam verdict: ours are written here, and those a message
/// brings from outside are removed first (a spammer's `X-Spam-Flag: NO` must not be read as
/// ours).
const VERDICT_FIELDS: [&str; 8] = [
    "X-Attachment-Filter",
    "X-Virus-Scan",
    "X-Virus-Scanned",
    "X-Spam-Flag",
    "X-Spam-Status",
    "X-Spam-Score",
    "X-Spam-Level",
    "X-Spam-Report",
];

/// The hit that carries the external engine's score: its rules are named instead.
const ENGINE_HIT: &str = "ENGINE";

/// Most stars `%s` in the subject prefix becomes.
const MAX_STARS: usize = 20;

/// One source's contribution to the score.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The rule or source (`GTUBE`, `ENGINE`, `ENGINE_UNAVAILABLE`).
    pub name: String,
    pub score: f64,
}

impl Hit {
    pub fn new(name: impl Into<String>, score: f64) -> Self {
        Self {
            name: name.into(),
            score,
        }
    }
}

/// What scoring found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scan {
    /// The sum of the hits.
    pub score: f64,
    pub hits: Vec<Hit>,
    /// The names of the rules the external engine says hit (its score is one hit).
    pub engine_rules: Vec<String>,
    /// Why the engine gave no score, when it did not.
    pub engine_failure: Option<String>,
    /// What the virus scanner found.
    pub virus: Option<String>,
}

/// A message as the filter is given it.
#[derive(Debug, Clone)]
pub struct Message<'a> {
    /// The message as it will be stored, trace fields included.
    pub content: Vec<u8>,
    /// The client that handed it over; `None` for mail made on the server.
    pub client: Option<IpAddr>,
    /// The envelope sender; `None` for the null sender.
    pub sender: Option<&'a str>,
    /// The envelope recipients.
    pub recipients: &'a [String],
    /// Whether a user who logged in sent it (a submission).
    pub submitted: bool,
    /// The name the client gave at EHLO/HELO.
    pub helo: Option<&'a str>,
    /// Who logged in to send it (told to the engine, which treats such mail as outbound).
    pub user: Option<&'a str>,
    /// What SPF, DKIM and DMARC found, when the sender was checked: weighted into the score.
    pub sender_checks: Option<&'a postbay_mailauth::Verdict>,
}

/// What the external engine's own verdict asks beyond its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EngineDemand {
    /// Nothing: its score counts as it is.
    None,
    /// At least the tag score (rspamd's `add header`, `rewrite subject`).
    Tag,
    /// At least the block score (rspamd's `reject`: how it signals GTUBE).
    Block,
    /// Not now (rspamd's `soft reject`: a rate limit, a check that failed for now).
    Defer,
}

/// What becomes of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Disposition {
    /// It goes on to its recipients as `content` (our verdict fields below our `Received`); `junk`:
    /// its local copies go to the Junk folder.
    Deliver {
        content: Vec<u8>,
        junk: bool,
        /// It reached the tag score.
        spam: bool,
        scan: Scan,
    },
    /// Refused at SMTP with `reply` (a 5xx).
    Refuse { reply: String, scan: Scan },
    /// Accepted and dropped.
    Discard { scan: Scan },
    /// Accepted and held in quarantine (see `postbay_quarantine`), kept `retention_days`.
    Quarantine {
        reason: postbay_quarantine::HoldReason,
        content: Vec<u8>,
        scan: Scan,
        retention_days: u32,
    },
    /// Not accepted now: the sender is told to try again later with `reply` (a 4xx).
    Defer { reply: String },
}

/// What the filter asks of an SMTP session from another server before any message: how long
/// its banner waits, and how long a new triplet is greylisted (`None`: not at all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Screening {
    pub greeting_delay: Option<Duration>,
    pub greylist_delay: Option<Duration>,
}

/// The settings as the stage applies them.
struct Loaded {
    settings: SpamSettings,
    antivirus: AntivirusSettings,
    exempt: Option<IpMatcher>,
    blocklists: Vec<Blocklist>,
    rules: RuleSet,
    attachments: AttachmentRules,
    /// Domains' own spam settings, merged over the server's.
    domain_settings: std::collections::HashMap<DomainId, SpamSettings>,
    /// Every name of every domain with policy of its own (rules, attachment rules, settings).
    own_policy: std::collections::HashMap<String, DomainId>,
}

impl Loaded {
    /// The domain with filter policy of its own (custom rules, attachment rules, settings)
    /// that mail to `domain_name` reaches.
    fn rules_domain(&self, domain_name: &str) -> Option<DomainId> {
        self.own_policy
            .get(&domain_name.to_ascii_lowercase())
            .copied()
    }

    /// The domain whose own policy judges mail to `recipients`: theirs when they are all in
    /// one such domain (SMTP keeps it so for mail from outside).
    fn rules_domain_of_all(&self, recipients: &[String]) -> Option<DomainId> {
        let mut found = None;
        for recipient in recipients {
            let domain = recipient
                .rsplit_once('@')
                .and_then(|(_, d)| self.rules_domain(d))?;
            if found.is_some_and(|f| f != domain) {
                return None;
            }
            found = Some(domain);
        }
        found
    }

    /// The spam settings for mail judged as `domain`'s.
    fn settings_for(&self, domain: Option<DomainId>) -> &SpamSettings {
        domain
            .and_then(|d| self.domain_settings.get(&d))
            .unwrap_or(&self.settings)
    }
}

/// Every name mail reaches one of `domains` by (domain names and their aliases').
async fn names_of(
    pool: &PgPool,
    domains: std::collections::HashSet<DomainId>,
) -> Result<std::collections::HashMap<String, DomainId>, FilterError> {
    if domains.is_empty() {
        return Ok(Default::default());
    }
    let ids: Vec<uuid::Uuid> = domains.into_iter().map(|d| d.0).collect();
    let names: Vec<(String, DomainId)> =
        sqlx::query_as("SELECT name, domain_id FROM mail_domain_names WHERE domain_id = ANY($1)")
            .bind(&ids)
            .fetch_all(pool)
            .await
            .map_err(postbay_core::CoreError::from)?;
    Ok(names.into_iter().collect())
}

/// The filter stage, with its settings read again after any settings change anywhere.
pub struct Filter {
    loaded: postbay_core::settings::ByGeneration<Loaded>,
    /// The resolver blocklists are asked through.
    dns: Dns,
    /// The filter statistics (`filter.*` per recipient domain and day).
    counters: Arc<Counters>,
    /// Triplets this process saw pass greylisting lately, and when: a known sender is not
    /// a database write per message (the row's `last_seen` is refreshed once per
    /// `GREYLIST_RECHECK`, well within any retention).
    passed:
        std::sync::Mutex<std::collections::HashMap<(String, String, String), std::time::Instant>>,
    /// (network, sender domain) pairs this process saw prove themselves (SPF and DMARC
    /// passing), and when: written to the database once per `GREYLIST_RECHECK`.
    proven: std::sync::Mutex<std::collections::HashMap<(String, String), std::time::Instant>>,
}

/// How long a triplet seen passing is trusted without asking the database.
const GREYLIST_RECHECK: Duration = Duration::from_secs(600);
/// Most triplets remembered in memory; the memory is emptied when full.
const GREYLIST_REMEMBERED: usize = 100_000;

impl Filter {
    /// The per-day counters the filter counts in, which the pipeline's traffic counts share.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    pub fn new(dns: Dns, counters: Arc<Counters>) -> Self {
        Self {
            loaded: Default::default(),
            dns,
            counters,
            passed: Default::default(),
            proven: Default::default(),
        }
    }

    async fn loaded(&self, pool: &PgPool) -> Result<Arc<Loaded>, FilterError> {
        self.loaded
            .get(|| async {
                let settings = crate::settings::spam(pool).await?;
                let exempt = match settings.exempt_group_id {
                    // A group deleted meanwhile exempts no one.
                    Some(group) => postbay_core::ip_groups::matcher(pool, group).await.ok(),
                    None => None,
                };
                let blocklists = crate::blocklists::enabled(pool).await?;
                let rules = RuleSet::load(pool).await?;
                let attachments = AttachmentRules::load(pool).await?;
                let antivirus = crate::antivirus::antivirus(pool).await?;
                let domain_settings = crate::domain_settings::all(pool, &settings).await?;
                let own = rules
                    .domains()
                    .chain(attachments.domains())
                    .chain(domain_settings.keys().copied())
                    .collect();
                let own_policy = names_of(pool, own).await?;
                Ok(Loaded {
                    settings,
                    antivirus,
                    exempt,
                    blocklists,
                    rules,
                    attachments,
                    domain_settings,
                    own_policy,
                })
            })
            .await
    }

    /// How a session from `client` (another server, not a trusted relay) is screened; the
    /// exempt group is not.
    pub async fn screening(&self, pool: &PgPool, client: IpAddr) -> Result<Screening, FilterError> {
        let loaded = self.loaded(pool).await?;
        let settings = &loaded.settings;
        if loaded.exempt.as_ref().is_some_and(|e| e.contains(client)) {
            return Ok(Screening::default());
        }
        Ok(Screening {
            greeting_delay: (settings.greeting_delay_seconds > 0)
                .then(|| Duration::from_secs(u64::from(settings.greeting_delay_seconds))),
            greylist_delay: settings
                .greylisting_enabled
                .then(|| Duration::from_secs(u64::from(settings.greylisting_delay_seconds))),
        })
    }

    /// The domain with custom rules of its own that mail to `domain_name` reaches, if any:
    /// SMTP keeps the recipients of such a domain in transactions of their own, so that
    /// its rules judge its mail only.
    pub async fn rules_domain(
        &self,
        pool: &PgPool,
        domain_name: &str,
    ) -> Result<Option<DomainId>, FilterError> {
        Ok(self.loaded(pool).await?.rules_domain(domain_name))
    }

    /// Forgets greylisted triplets past their retention (see [`crate::greylist::purge`]).
    pub async fn purge_greylist(&self, pool: &PgPool) -> Result<u64, FilterError> {
        let loaded = self.loaded(pool).await?;
        Ok(crate::greylist::purge(pool, loaded.settings.greylisting_retention_days).await?)
    }

    /// Scores `message` and decides what becomes of it. Never waits on the engine longer
    /// than the settings' time budget.
    pub async fn check(
        &self,
        pool: &PgPool,
        message: Message<'_>,
    ) -> Result<Disposition, FilterError> {
        let loaded = self.loaded(pool).await?;
        if let (Some(ip), Some(exempt)) = (message.client, &loaded.exempt)
            && exempt.contains(ip)
        {
            // Not scanned, and not counted as scanned (Kerio leaves the whitelist out too).
            return Ok(Disposition::Deliver {
                content: message.content,
                junk: false,
                spam: false,
                scan: Scan::default(),
            });
        }
        let recipients = message.recipients;
        let proven = proven_sender(&message);
        let disposition = self.decide(&loaded, message).await?;
        // Proven only by mail judged clean: a spammer's own domain passes SPF and DMARC too.
        if let (Some((client, domain)), Disposition::Deliver { spam: false, .. }) =
            (proven, &disposition)
        {
            self.remember_proven(pool, client, domain).await;
        }
        let outcome = match &disposition {
            Disposition::Deliver { spam: true, .. } => Some("filter.tagged"),
            Disposition::Deliver { .. } => None,
            Disposition::Refuse { .. } => Some("filter.rejected"),
            Disposition::Discard { .. } => Some("filter.discarded"),
            Disposition::Quarantine { .. } => Some("filter.quarantined"),
            Disposition::Defer { .. } => Some("filter.deferred"),
        };
        self.count(recipients, "filter.scanned");
        if let Some(outcome) = outcome {
            self.count(recipients, outcome);
        }
        if let Disposition::Refuse { scan, .. }
        | Disposition::Discard { scan }
        | Disposition::Quarantine { scan, .. } = &disposition
            && scan.virus.is_some()
        {
            self.count(recipients, "filter.viruses");
        }
        Ok(disposition)
    }

    /// Adds one to counter `name` of each distinct domain among `recipients`.
    fn count(&self, recipients: &[String], name: &'static str) {
        let mut seen = std::collections::BTreeSet::new();
        for recipient in recipients {
            if let Some((_, domain)) = recipient.rsplit_once('@')
                && seen.insert(domain)
            {
                self.counters.add(domain, name, 1);
            }
        }
    }

    /// Whether RCPT of `recipient` passes greylisting now (see [`crate::greylist::check`]);
    /// a deferral is counted.
    pub async fn greylist(
        &self,
        pool: &PgPool,
        client: IpAddr,
        sender: Option<&str>,
        recipient: &str,
        delay: Duration,
    ) -> Result<Greylisting, FilterError> {
        let key = (
            crate::greylist::network(client),
            sender.unwrap_or_default().to_ascii_lowercase(),
            recipient.to_ascii_lowercase(),
        );
        if let Ok(passed) = self.passed.lock()
            && passed
                .get(&key)
                .is_some_and(|at| at.elapsed() < GREYLIST_RECHECK)
        {
            return Ok(Greylisting::Pass);
        }
        // A sender domain that proved itself from this network before (SPF and DMARC).
        if let Some((_, domain)) = sender.and_then(|s| s.rsplit_once('@')) {
            let pair = (key.0.clone(), domain.to_ascii_lowercase());
            let remembered = self.proven.lock().is_ok_and(|p| {
                p.get(&pair)
                    .is_some_and(|at| at.elapsed() < GREYLIST_RECHECK)
            });
            if remembered || crate::greylist::is_proven(pool, client, domain).await? {
                return Ok(Greylisting::Pass);
            }
        }
        let verdict = crate::greylist::check(pool, client, sender, recipient, delay).await?;
        match verdict {
            Greylisting::Wait(_) => {
                self.count(
                    std::slice::from_ref(&recipient.to_string()),
                    "filter.greylisted",
                );
            }
            Greylisting::Pass => {
                if let Ok(mut passed) = self.passed.lock() {
                    if passed.len() >= GREYLIST_REMEMBERED {
                        passed.clear();
                    }
                    passed.insert(key, std::time::Instant::now());
                }
            }
        }
        Ok(verdict)
    }

    /// Keeps that `domain` proved itself from `client`'s network (see
    /// [`crate::greylist::prove`]); a failure to write only costs the pair a greylisting.
    async fn remember_proven(&self, pool: &PgPool, client: IpAddr, domain: String) {
        let pair = (crate::greylist::network(client), domain);
        let fresh = self.proven.lock().is_ok_and(|p| {
            p.get(&pair)
                .is_some_and(|at| at.elapsed() < GREYLIST_RECHECK)
        });
        if fresh {
            return;
        }
        if let Err(e) = crate::greylist::prove(pool, client, &pair.1).await {
            tracing::warn!(error = %e, "recording a proven sender");
            return;
        }
        if let Ok(mut proven) = self.proven.lock() {
            if proven.len() >= GREYLIST_REMEMBERED {
                proven.clear();
            }
            proven.insert(pair, std::time::Instant::now());
        }
    }

    async fn decide(
        &self,
        loaded: &Loaded,
        message: Message<'_>,
    ) -> Result<Disposition, FilterError> {
        // The recipients' domain's own policy, for mail from outside to one such domain.
        let domain = (!message.submitted)
            .then(|| loaded.rules_domain_of_all(message.recipients))
            .flatten();
        let settings = loaded.settings_for(domain);
        let envelope = rspamd::RspamdEnvelope {
            client: message.client,
            helo: message.helo,
            sender: message.sender,
            recipients: message.recipients,
            user: message.user,
        };
        let content = without_verdicts(message.content);
        let mut scan = Scan {
            hits: builtin::scan(&content),
            ..Scan::default()
        };
        if let Some(checks) = message.sender_checks {
            scan.hits.extend(sender_check_hits(settings, checks));
        }
        let exempt_recipient = message
            .recipients
            .iter()
            .any(|r| settings.is_exempt_recipient(r));
        // Blocklists judge where mail comes from: a user's own submissions are not asked about.
        if !message.submitted && !loaded.blocklists.is_empty() {
            let refusal = self
                .ask_blocklists(loaded, message.client, message.sender, &content, &mut scan)
                .await;
            if let Some(reply) = refusal.filter(|_| !exempt_recipient) {
                return Ok(Disposition::Refuse { reply, scan });
            }
        }
        // Kerio's order: blocklists, then the custom rules, then the engine. The domain's own
        // rules judge mail from outside to it.
        let ruled = if loaded.rules.is_empty() {
            None
        } else {
            let input = RuleInput::new(&content, message.sender, message.recipients);
            let outcome = loaded.rules.run(domain, &input);
            scan.hits.extend(outcome.hits);
            outcome.verdict
        };
        match ruled {
            Some(RuleVerdict::Reject) if !exempt_recipient => {
                return Ok(Disposition::Refuse {
                    reply: "550 5.7.1 The message was refused by a content rule".into(),
                    scan,
                });
            }
            Some(RuleVerdict::Discard) if !exempt_recipient => {
                return Ok(Disposition::Discard { scan });
            }
            _ => {}
        }
        let not_spam = ruled == Some(RuleVerdict::NotSpam);
        let demand = if not_spam {
            // Judged: the engine's score would not count.
            Ok(EngineDemand::None)
        } else {
            ask_engine(settings, envelope, &content, &mut scan).await
        };
        let demand = match demand {
            Ok(demand) => demand,
            Err(failure) => {
                tracing::warn!(error = %failure, "the spam engine gave no score");
                if settings.on_engine_failure == EngineFailure::Defer {
                    return Ok(Disposition::Defer {
                        reply: "451 4.7.1 The message could not be scanned now; try again later"
                            .into(),
                    });
                }
                scan.engine_failure = Some(failure.to_string());
                scan.hits.push(Hit::new("ENGINE_UNAVAILABLE", 0.0));
                EngineDemand::None
            }
        };
        scan.score = scan.hits.iter().fold(0.0, |sum, h| sum + h.score);
        let floor = match demand {
            EngineDemand::None if ruled == Some(RuleVerdict::Spam) => {
                Some(("RULES_SPAM", settings.tag_score))
            }
            EngineDemand::None => None,
            EngineDemand::Tag => Some(("ENGINE_TAG", settings.tag_score)),
            EngineDemand::Block => Some(("ENGINE_REJECT", settings.block_score)),
            EngineDemand::Defer => {
                return Ok(Disposition::Defer {
                    reply: "451 4.7.1 The message is not accepted now; try again later".into(),
                });
            }
        };
        if let Some((name, floor)) = floor
            && scan.score < floor
        {
            scan.hits.push(Hit::new(name, floor - scan.score));
            scan.score = floor;
        }
        if !not_spam && settings.blocks(scan.score) && !exempt_recipient {
            let hits = scan
                .hits
                .iter()
                .map(|h| h.name.as_str())
                .collect::<Vec<_>>();
            tracing::info!(score = scan.score, hits = ?hits, submitted = message.submitted, "spam blocked");
            let hold = |reason| Disposition::Quarantine {
                reason,
                content: content.clone(),
                scan: scan.clone(),
                retention_days: settings.quarantine_retention_days,
            };
            if message.submitted {
                match settings.submission_action {
                    SubmissionAction::Refuse => {
                        return Ok(Disposition::Refuse {
                            reply: "550 5.7.1 The message looks like spam and was not sent".into(),
                            scan,
                        });
                    }
                    SubmissionAction::Quarantine => return Ok(hold(HoldReason::Outbound)),
                    SubmissionAction::Tag => {}
                }
            } else {
                return Ok(match settings.block_action {
                    BlockAction::Reject => Disposition::Refuse {
                        reply: "550 5.7.1 The message was refused as spam".into(),
                        scan,
                    },
                    BlockAction::Discard => Disposition::Discard { scan },
                    BlockAction::Quarantine => hold(HoldReason::Spam),
                });
            }
        }
        // Antivirus last (Kerio's order: refused spam needs no scan).
        let mut virus_field = None;
        if let Some(engine) = &loaded.antivirus.engine {
            let av = &loaded.antivirus;
            if content.len() > av.max_scan_bytes as usize {
                virus_field = Some("X-Virus-Scan: skipped (too large)\r\n".to_string());
            } else {
                let budget = Duration::from_secs(u64::from(av.time_budget_seconds));
                match crate::antivirus::scan(engine, &content, budget).await {
                    Ok(ScanVerdict::Clean) => {
                        virus_field = Some("X-Virus-Scanned: clamd\r\n".to_string())
                    }
                    Ok(ScanVerdict::Infected(name)) => {
                        tracing::info!(virus = %name, "virus found");
                        let reply = format!("554 5.7.1 Virus found: {name}");
                        scan.virus = Some(name);
                        return Ok(match av.action {
                            VirusAction::Reject => Disposition::Refuse { reply, scan },
                            VirusAction::Discard => Disposition::Discard { scan },
                            VirusAction::Quarantine => Disposition::Quarantine {
                                reason: HoldReason::Virus,
                                content,
                                scan,
                                retention_days: settings.quarantine_retention_days,
                            },
                        });
                    }
                    Ok(ScanVerdict::Unscannable(what)) => match av.on_unscannable {
                        UnscannableAction::Accept => {
                            virus_field = Some(format!("X-Virus-Scan: unscannable ({what})\r\n"));
                        }
                        UnscannableAction::Reject => {
                            return Ok(Disposition::Refuse {
                                reply:
                                    "554 5.7.1 The message holds an archive that cannot be scanned"
                                        .into(),
                                scan,
                            });
                        }
                        UnscannableAction::Quarantine => {
                            scan.virus = Some(what);
                            return Ok(Disposition::Quarantine {
                                reason: HoldReason::Virus,
                                content,
                                scan,
                                retention_days: settings.quarantine_retention_days,
                            });
                        }
                    },
                    Err(e) => {
                        tracing::warn!(error = %e, "the virus scanner gave no answer");
                        if av.on_failure == ScanFailure::Defer {
                            return Ok(Disposition::Defer {
                                reply: "451 4.7.1 The message could not be scanned for viruses now; try again later".into(),
                            });
                        }
                        virus_field = Some("X-Virus-Scan: failed\r\n".to_string());
                    }
                }
            }
        }
        // The attachment filter last: what is refused whole needs no surgery.
        let mut attachment_field = None;
        let content = match loaded.attachments.check(domain, &content) {
            AttachmentVerdict::Keep => content,
            AttachmentVerdict::Refuse(name) => {
                let name: String = name
                    .chars()
                    .filter(|c| c.is_ascii_graphic() || *c == ' ')
                    .take(64)
                    .collect();
                self.count(message.recipients, "filter.attachmentsBlocked");
                return Ok(Disposition::Refuse {
                    reply: format!("554 5.7.1 The attachment \"{name}\" is not accepted here"),
                    scan,
                });
            }
            AttachmentVerdict::Stripped(stripped, names) => {
                self.count(message.recipients, "filter.attachmentsRemoved");
                attachment_field = Some(format!(
                    "X-Attachment-Filter: {} attachment(s) removed\r\n",
                    names.len()
                ));
                stripped
            }
        };
        let spam = !not_spam && settings.tags(scan.score);
        let content = if spam && !settings.subject_prefix.is_empty() {
            let prefix = subject_prefix(&settings.subject_prefix, scan.score);
            postbay_mailbox::message::prefix_subject(&content, &prefix)
        } else {
            content
        };
        let mut fields = verdict_fields(settings, &scan, spam);
        fields.push_str(virus_field.as_deref().unwrap_or_default());
        fields.push_str(attachment_field.as_deref().unwrap_or_default());
        let marked = postbay_mailbox::message::insert_below_received(&content, fields.as_bytes());
        Ok(Disposition::Deliver {
            content: marked,
            junk: spam && settings.spam_to_junk,
            spam,
            scan,
        })
    }
}

impl Filter {
    /// Asks the blocklists about the client, the sender's domain and the domains of the
    /// body's links, within the time budget; adds their scores to `scan`, and returns the
    /// refusal of the first that refuses.
    async fn ask_blocklists(
        &self,
        loaded: &Loaded,
        client: Option<IpAddr>,
        sender: Option<&str>,
        content: &[u8],
        scan: &mut Scan,
    ) -> Option<String> {
        let header = postbay_mailbox::message::header_section(content).len();
        let mut domains = crate::blocklists::link_domains(&content[header..]);
        if let Some((_, domain)) = sender.and_then(|s| s.rsplit_once('@')) {
            domains.insert(domain.to_ascii_lowercase());
        }
        let budget = Duration::from_secs(u64::from(loaded.settings.time_budget_seconds));
        let asked = crate::blocklists::ask(&self.dns, &loaded.blocklists, client, &domains);
        let Ok(listed) = tokio::time::timeout(budget, asked).await else {
            tracing::warn!("the blocklists did not answer within the time budget");
            scan.hits.push(Hit::new("BLOCKLISTS_TIMEOUT", 0.0));
            return None;
        };
        let mut refusal = None;
        for found in listed {
            scan.hits.push(found.hit);
            refusal = refusal.or(found.refusal);
        }
        refusal
    }
}

/// Adds the external engine's score to `scan`, and says what its own verdict asks; an error
/// when it gave none.
async fn ask_engine(
    settings: &SpamSettings,
    envelope: rspamd::RspamdEnvelope<'_>,
    content: &[u8],
    scan: &mut Scan,
) -> Result<EngineDemand, EngineError> {
    let Some(engine) = &settings.engine else {
        return Ok(EngineDemand::None);
    };
    if content.len() > settings.engine_max_bytes as usize {
        scan.hits.push(Hit::new("ENGINE_SKIPPED_SIZE", 0.0));
        return Ok(EngineDemand::None);
    }
    let budget = Duration::from_secs(u64::from(settings.time_budget_seconds));
    match engine {
        SpamEngine::Spamd { host, port } => {
            let verdict =
                tokio::time::timeout(budget, spamd::check(host, *port, content, "postbay"))
                    .await
                    .map_err(|_| EngineError::Timeout)??;
            scan.hits.push(Hit::new(ENGINE_HIT, verdict.score));
            scan.engine_rules = verdict.symbols;
            Ok(EngineDemand::None)
        }
        SpamEngine::Rspamd { host, port, .. } => {
            let verdict =
                tokio::time::timeout(budget, rspamd::check(host, *port, content, envelope))
                    .await
                    .map_err(|_| EngineError::Timeout)??;
            // Its reject threshold lands on the top of our scale.
            let scaled = if verdict.required_score >= 1.0 {
                verdict.score * MAX_THRESHOLD / verdict.required_score
            } else {
                verdict.score
            };
            // Bounded whatever the engine says.
            let scaled = scaled.clamp(-1000.0, 1000.0);
            scan.hits
                .push(Hit::new(ENGINE_HIT, (scaled * 100.0).round() / 100.0));
            scan.engine_rules = verdict.symbols;
            Ok(match verdict.action {
                RspamdAction::Reject => EngineDemand::Block,
                RspamdAction::AddHeader | RspamdAction::RewriteSubject => EngineDemand::Tag,
                RspamdAction::SoftReject => EngineDemand::Defer,
                RspamdAction::NoAction | RspamdAction::Greylist => EngineDemand::None,
            })
        }
    }
}

/// The client and the envelope sender's domain, when the message proves that domain sends
/// from there: SPF passed for that very domain, and DMARC passed.
fn proven_sender(message: &Message<'_>) -> Option<(IpAddr, String)> {
    use postbay_mailauth::Outcome;
    let checks = message.sender_checks?;
    let (_, domain) = message.sender?.rsplit_once('@')?;
    let proven = checks.spf.result == Outcome::Pass
        && checks.spf.domain.eq_ignore_ascii_case(domain)
        && checks.dmarc.result == Outcome::Pass;
    proven
        .then(|| (message.client, domain.to_ascii_lowercase()))
        .and_then(|(client, domain)| Some((client?, domain)))
}

/// The weights of the sender checks' results that count (none is zero by default but
/// `dmarcPassScore`).
fn sender_check_hits(settings: &SpamSettings, checks: &postbay_mailauth::Verdict) -> Vec<Hit> {
    use postbay_mailauth::Outcome;
    let dkim_failed = checks.dkim.iter().any(|d| d.result == Outcome::Fail)
        && !checks.dkim.iter().any(|d| d.result == Outcome::Pass);
    [
        (
            checks.spf.result == Outcome::Fail,
            "SPF_FAIL",
            settings.spf_fail_score,
        ),
        (
            checks.spf.result == Outcome::SoftFail,
            "SPF_SOFTFAIL",
            settings.spf_soft_fail_score,
        ),
        (dkim_failed, "DKIM_FAIL", settings.dkim_fail_score),
        (
            checks.dmarc.result == Outcome::Fail,
            "DMARC_FAIL",
            settings.dmarc_fail_score,
        ),
        (
            checks.dmarc.result == Outcome::Pass,
            "DMARC_PASS",
            settings.dmarc_pass_score,
        ),
    ]
    .into_iter()
    .filter(|(found, _, weight)| *found && *weight != 0.0)
    .map(|(_, name, weight)| Hit::new(name, weight))
    .collect()
}

/// `content` without the verdict fields it came with.
fn without_verdicts(content: Vec<u8>) -> Vec<u8> {
    match postbay_mailbox::message::without_fields(&content, |field| {
        VERDICT_FIELDS.iter().any(|name| field.is(name))
    }) {
        std::borrow::Cow::Borrowed(_) => content,
        std::borrow::Cow::Owned(stripped) => stripped,
    }
}

/// Our verdict, SpamAssassin's way: `X-Spam-Flag` on spam only, the score, and the status
/// with the rules that hit (folded to keep lines short).
fn verdict_fields(settings: &SpamSettings, scan: &Scan, spam: bool) -> String {
    let mut out = String::new();
    if spam {
        out.push_str("X-Spam-Flag: YES\r\n");
    }
    out.push_str(&format!("X-Spam-Score: {:.1}\r\n", scan.score));
    let mut status = format!(
        "X-Spam-Status: {}, score={:.1} required={:.1} tests=",
        if spam { "Yes" } else { "No" },
        scan.score,
        settings.tag_score
    );
    let names = scan
        .hits
        .iter()
        .filter(|h| h.name != ENGINE_HIT)
        .map(|h| h.name.as_str())
        .chain(scan.engine_rules.iter().map(String::as_str));
    let mut line = status.len();
    let mut first = true;
    for name in names {
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
            .collect();
        if !first {
            status.push(',');
            line += 1;
        }
        if line + name.len() > 76 {
            status.push_str("\r\n\t");
            line = 1;
        }
        status.push_str(&name);
        line += name.len();
        first = false;
    }
    if first {
        status.push_str("none");
    }
    out.push_str(&status);
    out.push_str("\r\n");
    out
}

/// The subject prefix with `%s` made one star per whole point of the score.
fn subject_prefix(template: &str, score: f64) -> String {
    let stars = if score >= 1.0 {
        (score.floor() as usize).min(MAX_STARS)
    } else {
        0
    };
    let mut prefix = template.replace("%s", &"*".repeat(stars));
    if !prefix.ends_with(' ') {
        prefix.push(' ');
    }
    prefix
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_fields_name_the_rules_and_fold() {
        let scan = Scan {
            score: 1003.2,
            hits: vec![Hit::new("GTUBE", 1000.0), Hit::new(ENGINE_HIT, 3.2)],
            engine_rules: (0..30).map(|i| format!("RULE_NUMBER_{i}")).collect(),
            engine_failure: None,
            virus: None,
        };
        let fields = verdict_fields(&SpamSettings::default(), &scan, true);
        assert!(fields.starts_with("X-Spam-Flag: YES\r\nX-Spam-Score: 1003.2\r\n"));
        assert!(
            fields.contains(
                "X-Spam-Status: Yes, score=1003.2 required=5.0 tests=GTUBE,RULE_NUMBER_0,"
            )
        );
        assert!(!fields.contains(ENGINE_HIT));
        assert!(fields.lines().all(|l| l.len() <= 78), "{fields}");
        let ham = verdict_fields(&SpamSettings::default(), &Scan::default(), false);
        assert_eq!(
            ham,
            "X-Spam-Score: 0.0\r\nX-Spam-Status: No, score=0.0 required=5.0 tests=none\r\n"
        );
    }

    #[test]
    fn the_prefix_counts_stars() {
        assert_eq!(subject_prefix("[SPAM %s]", 6.7), "[SPAM ******] ");
        assert_eq!(
            subject_prefix("[SPAM %s]", 1000.0),
            format!("[SPAM {}] ", "*".repeat(20))
        );
        assert_eq!(subject_prefix("***SPAM*** ", -2.0), "***SPAM*** ");
    }

    #[test]
    fn verdicts_from_outside_are_removed() {
        let m =
            b"X-Spam-Flag: NO\r\nSubject: hi\r\nX-Spam-Status: No,\r\n score=-100\r\n\r\nbody\r\n"
                .to_vec();
        assert_eq!(without_verdicts(m), b"Subject: hi\r\n\r\nbody\r\n");
    }
}
