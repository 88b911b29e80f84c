//! The server's logs, in Kerio's families. Crates emit `tracing` events (see [`capture`] for
//! the contract); this crate turns them into lines, writes them to PostgreSQL in batches
//! ([`writer`]), keeps each family for its retention, and answers the admin API's searches
//! and exports within the caller's reach ([`search`], [`settings`]).

pub mod capture;
pub mod search;
pub mod settings;
pub mod writer;

use serde::{Deserialize, Serialize};

/// A log's family: what kind of line it holds, and how long it is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum Family {
    /// Receptions, deliveries, relays and bounces: one line per event with message id,
    /// sender, recipients, size and result.
    Mail,
    /// Logins failed and succeeded, lockouts, refused relays, TLS failures.
    Security,
    /// Every warning the server logs.
    Warning,
    /// Every error the server logs.
    Error,
    /// Content filter verdicts.
    Spam,
    /// Messages deleted and moved: by whom, from where, in which folder.
    Operations,
    /// Debug events of the components switched on in the log settings.
    Debug,
    /// The admin audit trail's changes (who changed what, from where), copied in the
    /// transaction of each change.
    Config,
}

postbay_core::stored_as_text!(Family {
    Mail => "mail",
    Security => "security",
    Warning => "warning",
    Error => "error",
    Spam => "spam",
    Operations => "operations",
    Debug => "debug",
    Config => "config",
});

impl Family {
    pub const ALL: [Family; 8] = [
        Family::Mail,
        Family::Security,
        Family::Warning,
        Family::Error,
        Family::Spam,
        Family::Operations,
        Family::Debug,
        Family::Config,
    ];
}
