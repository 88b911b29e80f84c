//! The content filter: one spam score per message, summed from every source (the built-in
//! rules, an external engine such as SpamAssassin's spamd), compared with two thresholds as
//! Kerio does — at the tag score the message is marked (`X-Spam-Flag`, an optional subject
//! prefix, the recipient's Junk folder), at the block score it is refused at SMTP or
//! discarded. The delivery pipeline calls [`Filter::check`] once per message, before the
//! 250; an engine that fails or overruns the time budget never loses mail or hangs the
//! session: the settings say whether the message passes unscored or is deferred.
//!
//! This crate decides; it does not store. What it returns is applied by the pipeline.

pub mod antivirus;
pub mod attachments;
pub mod blocklists;
pub mod builtin;
pub mod domain_settings;
pub mod greylist;
pub mod learning;
mod ordered;
pub mod rspamd;
mod rule_run;
pub mod rules;
pub mod settings;
pub mod spamd;
mod stage;
pub mod user_settings;

pub use stage::{Disposition, Filter, Hit, Message, Scan, Screening};

/// Why the filter could not decide.
#[derive(Debug, thiserror::Error)]
pub enum FilterError {
    #[error("{0}")]
    Core(#[from] postbay_core::CoreError),
}

/// Why an external engine gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("the engine is unreachable: {0}")]
    Io(#[from] std::io::Error),
    #[error("the engine answered out of protocol: {0}")]
    Protocol(String),
    #[error("the engine refused to scan: {0}")]
    Refused(String),
    #[error("the engine took longer than the time budget")]
    Timeout,
}

/// The filter's statistics for the domains the caller reaches.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct FilterStats {
    /// Each day that has counts: `scanned`, `tagged`, `rejected`, `discarded`, `deferred`,
    /// `greylisted`, `viruses`.
    pub days: Vec<postbay_counters::DayCounts>,
    /// The same, summed over the days.
    pub totals: std::collections::BTreeMap<String, i64>,
}

/// The filter's statistics (the `filter.*` counters) for the caller.
pub async fn stats(
    pool: &sqlx::PgPool,
    principal: &postbay_core::access::Principal,
    query: &postbay_counters::StatsQuery,
) -> postbay_core::CoreResult<FilterStats> {
    let (days, totals) = postbay_counters::query(pool, principal, "filter.", query).await?;
    Ok(FilterStats { days, totals })
}
