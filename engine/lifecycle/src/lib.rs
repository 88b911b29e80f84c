//! Termination of tenants, domains and accounts. A delete makes the node `pendingDeletion`
//! for a grace period (the server's `deletionGraceDays`, 30 by default): nothing in it is
//! reachable and its mail is refused, but its data stays and its name is reserved, so a
//! restore brings back everything as it was. When the period ends, [`purge`]'s job deletes it
//! for good and reports the storage it freed. `?purge=true` skips the grace period.
//!
//! Every transition is audited (`<kind>.delete`, `.restore`, `.purge`), which also announces
//! it to webhooks (`account.deleted`, `account.restored`, `account.purged`, ...).

mod audit;
pub mod purge;
pub mod settings;
pub mod terminate;

pub use settings::LifecycleSettings;
pub use terminate::{DeleteAccountParams, DeleteParams};

use postbay_core::status::NodeKind;

/// The table a node lives in, which has the lifecycle columns (migration 0047).
fn table(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Tenant => "tenants",
        NodeKind::Domain => "domains",
        NodeKind::Account => "accounts",
    }
}

/// Its name in the audit trail and in event types.
fn noun(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Tenant => "tenant",
        NodeKind::Domain => "domain",
        NodeKind::Account => "account",
    }
}

/// The channel a termination is announced on, so the purge job looks at once (a grace period
/// of 0 days purges within seconds).
pub const CHANNEL: &str = "postbay_lifecycle";
