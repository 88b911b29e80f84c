//! The spam filter's settings, server-wide (Kerio's Spam Rating tab and its SpamAssassin
//! options): the thresholds, what tagging and blocking do, the external engine, and who is
//! not filtered. Stored as one server setting; every process applies a change within
//! seconds (the settings generation).

use postbay_core::access::Principal;
use postbay_core::ids::IpGroupId;
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

const KEY: &str = "spam";

/// Thresholds are on SpamAssassin's scale, as Kerio's are: 0 to 10.
pub const MAX_THRESHOLD: f64 = 10.0;

/// What happens to a message whose score reaches the block score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum BlockAction {
    /// Refused at SMTP with `550 5.7.1`: the sending server tells its sender, nothing is
    /// stored and no bounce of ours goes to a forged address.
    Reject,
    /// Accepted and dropped without a word.
    Discard,
    /// Accepted and held in quarantine, where the recipient domain's administrators release
    /// or delete it.
    Quarantine,
}

/// What happens to a message from a user who logged in (a submission) whose score reaches
/// the block score: a compromised account sending spam is an ISP's worst day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SubmissionAction {
    /// Refused at SMTP with `550 5.7.1`: the user's client shows why.
    Refuse,
    /// Sent on, marked as spam, like received mail at the tag score.
    Tag,
    /// Accepted and held in quarantine (under the sender's domain) until an administrator
    /// releases it.
    Quarantine,
}

/// What happens when the engine fails or overruns the time budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum EngineFailure {
    /// The message goes on with the score of the other sources, marked as not scanned by
    /// the engine (`X-Spam-Status: ... tests=ENGINE_UNAVAILABLE`).
    Accept,
    /// The sender is told to come back later (`451 4.7.1`); nothing is stored.
    Defer,
}

/// The external engine that scores content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum SpamEngine {
    /// SpamAssassin's `spamd` over TCP (the SPAMC protocol): its score is added to ours and
    /// its rule names kept.
    Spamd {
        /// Host name or IP address (an internal one is fine: this is the operator's own).
        host: String,
        /// 1 to 65535; spamd listens on 783.
        #[schema(minimum = 1, maximum = 65535)]
        port: u16,
    },
    /// rspamd over HTTP (`/checkv2` on its normal worker): its score is scaled onto ours (its
    /// reject threshold becomes 10), its action is honoured (`reject` blocks, `add header` and
    /// `rewrite subject` tag, `soft reject` defers), its symbols are kept.
    Rspamd {
        /// Host name or IP address.
        host: String,
        /// The normal worker's port: 1 to 65535; rspamd listens on 11333.
        #[schema(minimum = 1, maximum = 65535)]
        port: u16,
        /// The controller's port (rspamd: 11334), for teaching its classifier what users move
        /// into and out of Junk; none: nothing is taught. The controller must trust this
        /// server's address (`secure_ip`).
        #[serde(rename = "controllerPort", default)]
        #[schema(minimum = 1, maximum = 65535)]
        controller_port: Option<u16>,
    },
}

impl SpamEngine {
    /// Where the engine listens.
    fn endpoint_mut(&mut self) -> (&mut String, &mut u16) {
        match self {
            Self::Spamd { host, port } | Self::Rspamd { host, port, .. } => (host, port),
        }
    }
}

/// The spam filter, server-wide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SpamSettings {
    /// Act on the thresholds (Kerio's "Enable spam filter rating"). Off: messages are still
    /// scored and the score written in `X-Spam-Status`, but nothing is tagged or blocked.
    pub enabled: bool,
    /// At this score a message is spam: `X-Spam-Flag: YES`, the subject prefix, the Junk
    /// folder. 0 to 10; recommended 5.
    #[schema(minimum = 0, maximum = 10)]
    pub tag_score: f64,
    /// At this score a message is blocked; 10 never blocks. 0 to 10, at least `tagScore`;
    /// recommended 9.9.
    #[schema(minimum = 0, maximum = 10)]
    pub block_score: f64,
    /// What blocking does to mail from other servers.
    pub block_action: BlockAction,
    /// What blocking does to mail users send.
    pub submission_action: SubmissionAction,
    /// Put in front of a spam message's subject; empty for none. `%s` becomes one `*` per
    /// whole point of the score (at most 20), for rules on the number of stars.
    #[schema(max_length = 64)]
    pub subject_prefix: String,
    /// Deliver spam to the recipient's Junk folder rather than the Inbox.
    pub spam_to_junk: bool,
    /// The external engine; none: the built-in rules only.
    pub engine: Option<SpamEngine>,
    /// Larger messages are not given to the engine (spamd's own default is 500 KB). 1 KiB
    /// to 64 MiB.
    #[schema(minimum = 1024, maximum = 67108864)]
    pub engine_max_bytes: u32,
    /// The longest a message waits for the engine, in seconds: 1 to 60.
    #[schema(minimum = 1, maximum = 60)]
    pub time_budget_seconds: u32,
    /// When the engine fails or overruns the budget.
    pub on_engine_failure: EngineFailure,
    /// Clients whose mail is not filtered at all (a scanning gateway in front, partners).
    pub exempt_group_id: Option<IpGroupId>,
    /// Recipients whose mail is never blocked, only tagged: local parts (`postmaster`, any
    /// domain's) or whole addresses. At most 100.
    #[schema(max_items = 100)]
    pub exempt_recipients: Vec<String>,
    /// Greylisting: the first attempt of a new (client network, sender, recipient) triplet
    /// from another server gets `451 4.7.1` at RCPT; a retry after the delay passes, and the
    /// triplet passes at once from then on. Users who log in, the exempt group and the
    /// trusted relays are never greylisted. Off by default.
    pub greylisting_enabled: bool,
    /// How long a new triplet waits, in seconds: 1 to 86400 (default 300).
    #[schema(minimum = 1, maximum = 86400)]
    pub greylisting_delay_seconds: u32,
    /// Days a triplet that passed is remembered after it was last seen: 1 to 365 (default 36).
    #[schema(minimum = 1, maximum = 365)]
    pub greylisting_retention_days: u32,
    /// Kerio's spam repellent: the banner on port 25 waits this many seconds, and a client
    /// that talks before it is dropped (`554 5.5.0`). 0 (the default) to 60; never on the
    /// submission ports; the exempt group and the trusted relays are greeted at once.
    #[schema(minimum = 0, maximum = 60)]
    pub greeting_delay_seconds: u32,
    /// Days a quarantined message is kept before it is deleted: 1 to 365 (default 30).
    #[schema(minimum = 1, maximum = 365)]
    pub quarantine_retention_days: u32,
    /// Added when SPF fails for the sender (`-all`), when the sender checks run: -10 to 10
    /// (default 1). The same range for the weights below. By default the checks alone stay
    /// under the tag score: what a failure means is the mail-auth settings' to say; here it
    /// is evidence that adds to the rest.
    #[schema(minimum = -10, maximum = 10)]
    pub spf_fail_score: f64,
    /// Added when SPF soft-fails (`~all`); default 0.3.
    #[schema(minimum = -10, maximum = 10)]
    pub spf_soft_fail_score: f64,
    /// Added when a DKIM signature fails and none passes; default 1.
    #[schema(minimum = -10, maximum = 10)]
    pub dkim_fail_score: f64,
    /// Added when DMARC fails (whatever the domain's policy asks); default 2.
    #[schema(minimum = -10, maximum = 10)]
    pub dmarc_fail_score: f64,
    /// Added when DMARC passes; default 0 (a spammer's own domain passes too).
    #[schema(minimum = -10, maximum = 10)]
    pub dmarc_pass_score: f64,
}

impl Default for SpamSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            tag_score: 5.0,
            block_score: 9.9,
            block_action: BlockAction::Reject,
            submission_action: SubmissionAction::Refuse,
            subject_prefix: String::new(),
            spam_to_junk: true,
            engine: None,
            engine_max_bytes: 512 * 1024,
            time_budget_seconds: 10,
            on_engine_failure: EngineFailure::Accept,
            exempt_group_id: None,
            exempt_recipients: vec!["postmaster".into(), "abuse".into()],
            greylisting_enabled: false,
            greylisting_delay_seconds: 300,
            greylisting_retention_days: 36,
            greeting_delay_seconds: 0,
            quarantine_retention_days: 30,
            spf_fail_score: 1.0,
            spf_soft_fail_score: 0.3,
            dkim_fail_score: 1.0,
            dmarc_fail_score: 2.0,
            dmarc_pass_score: 0.0,
        }
    }
}

impl SpamSettings {
    /// Whether `score` blocks (a block score of 10 never does).
    pub fn blocks(&self, score: f64) -> bool {
        self.enabled && self.block_score < MAX_THRESHOLD && score >= self.block_score
    }

    /// Whether `score` makes a message spam.
    pub fn tags(&self, score: f64) -> bool {
        self.enabled && score >= self.tag_score
    }

    /// Whether `recipient` is one of the exempt recipients.
    pub fn is_exempt_recipient(&self, recipient: &str) -> bool {
        let local = recipient.rsplit_once('@').map_or(recipient, |(l, _)| l);
        self.exempt_recipients.iter().any(|e| {
            if e.contains('@') {
                e.eq_ignore_ascii_case(recipient)
            } else {
                e.eq_ignore_ascii_case(local)
            }
        })
    }

    pub(crate) fn validate(&mut self) -> CoreResult<()> {
        let threshold = |v: f64| v.is_finite() && (0.0..=MAX_THRESHOLD).contains(&v);
        let weight = |v: f64| v.is_finite() && (-10.0..=10.0).contains(&v);
        postbay_core::settings::check_ranges(&[
            (threshold(self.tag_score), "tagScore", "0 to 10"),
            (
                threshold(self.block_score) && self.block_score >= self.tag_score,
                "blockScore",
                "0 to 10, at least tagScore",
            ),
            (
                self.subject_prefix.chars().count() <= 64
                    && !self.subject_prefix.chars().any(char::is_control),
                "subjectPrefix",
                "at most 64 characters, none a control character",
            ),
            (
                (1024..=64 * 1024 * 1024).contains(&self.engine_max_bytes),
                "engineMaxBytes",
                "1024 to 67108864",
            ),
            (
                (1..=60).contains(&self.time_budget_seconds),
                "timeBudgetSeconds",
                "1 to 60",
            ),
            (
                self.exempt_recipients.len() <= 100,
                "exemptRecipients",
                "at most 100 entries",
            ),
            (
                (1..=86_400).contains(&self.greylisting_delay_seconds),
                "greylistingDelaySeconds",
                "1 to 86400",
            ),
            (
                (1..=365).contains(&self.greylisting_retention_days),
                "greylistingRetentionDays",
                "1 to 365",
            ),
            (weight(self.spf_fail_score), "spfFailScore", "-10 to 10"),
            (
                weight(self.spf_soft_fail_score),
                "spfSoftFailScore",
                "-10 to 10",
            ),
            (weight(self.dkim_fail_score), "dkimFailScore", "-10 to 10"),
            (weight(self.dmarc_fail_score), "dmarcFailScore", "-10 to 10"),
            (weight(self.dmarc_pass_score), "dmarcPassScore", "-10 to 10"),
            (
                (1..=365).contains(&self.quarantine_retention_days),
                "quarantineRetentionDays",
                "1 to 365",
            ),
            (
                self.greeting_delay_seconds <= 60,
                "greetingDelaySeconds",
                "0 to 60",
            ),
        ])?;
        if let Some(engine) = &mut self.engine {
            if let SpamEngine::Rspamd {
                controller_port: Some(0),
                ..
            } = engine
            {
                return Err(CoreError::invalid(
                    "engine.controllerPort",
                    "out_of_range",
                    "must be 1 to 65535",
                ));
            }
            let (host, port) = engine.endpoint_mut();
            *host = postbay_core::names::host(host, "engine.host")?;
            if *port == 0 {
                return Err(CoreError::invalid(
                    "engine.port",
                    "out_of_range",
                    "must be 1 to 65535",
                ));
            }
        }
        let mut recipients = Vec::with_capacity(self.exempt_recipients.len());
        for entry in &self.exempt_recipients {
            let entry = entry.trim();
            let valid = match entry.split_once('@') {
                Some(_) => postbay_core::names::EmailAddress::parse(entry, "exemptRecipients")
                    .map(|a| a.to_string())
                    .ok(),
                None => (!entry.is_empty()
                    && entry.len() <= 64
                    && !entry.chars().any(|c| c.is_whitespace() || c.is_control()))
                .then(|| entry.to_ascii_lowercase()),
            };
            match valid {
                Some(v) => recipients.push(v),
                None => {
                    return Err(CoreError::invalid(
                        "exemptRecipients",
                        "invalid_address",
                        "each entry is a local part (`postmaster`) or an address",
                    ));
                }
            }
        }
        self.exempt_recipients = recipients;
        Ok(())
    }
}

/// The settings as the filter reads them.
pub async fn spam(pool: &PgPool) -> CoreResult<SpamSettings> {
    postbay_core::settings::read(pool, KEY).await
}

pub async fn get(pool: &PgPool, principal: &Principal) -> CoreResult<SpamSettings> {
    principal.require_server_admin()?;
    spam(pool).await
}

/// Replaces the settings; every process applies them within seconds.
pub async fn set(
    pool: &PgPool,
    principal: &Principal,
    mut value: SpamSettings,
) -> CoreResult<SpamSettings> {
    principal.may_change_server_settings()?;
    value.validate()?;
    let mut conn = pool.acquire().await?;
    postbay_core::ip_group_lookup::require(&mut conn, value.exempt_group_id, "exemptGroupId")
        .await?;
    drop(conn);
    postbay_core::settings::store(pool, principal, KEY, value).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_tag_and_block_as_kerio_does() {
        let s = SpamSettings::default();
        assert!(!s.tags(4.9) && s.tags(5.0) && !s.blocks(9.8) && s.blocks(9.9));
        let never = SpamSettings {
            block_score: 10.0,
            ..SpamSettings::default()
        };
        assert!(!never.blocks(1000.0) && never.tags(1000.0));
        let off = SpamSettings {
            enabled: false,
            ..SpamSettings::default()
        };
        assert!(!off.tags(1000.0) && !off.blocks(1000.0));
    }

    #[test]
    fn exempt_recipients_are_local_parts_or_addresses() {
        let mut s = SpamSettings {
            exempt_recipients: vec!["Postmaster".into(), "boss@a.test".into()],
            ..SpamSettings::default()
        };
        s.validate().unwrap();
        assert!(s.is_exempt_recipient("postmaster@any.test"));
        assert!(s.is_exempt_recipient("BOSS@a.test"));
        assert!(!s.is_exempt_recipient("boss@b.test"));
        s.exempt_recipients = vec!["two words".into()];
        assert!(s.validate().is_err());
    }

    #[test]
    fn a_block_score_below_the_tag_score_is_refused_naming_the_field() {
        let mut s = SpamSettings {
            tag_score: 6.0,
            block_score: 5.0,
            ..SpamSettings::default()
        };
        let err = s.validate().unwrap_err();
        assert!(format!("{err:?}").contains("blockScore"), "{err:?}");
    }
}
