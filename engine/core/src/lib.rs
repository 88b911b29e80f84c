//! Postbay's directory model and its rules: tenants, domains, accounts, groups, aliases,
//! templates, API keys, authentication, audit and usage.
//!
//! Every public service function takes the caller as a [`access::Principal`] and enforces
//! tenant isolation itself, so the REST and JSON-RPC projections stay free of rules.
//!
//! Grouped by seam: `directory` (what the server hosts), `identity` (who calls and what they
//! may do), `server` (the server's own settings), `collection` (remote POP3 mailboxes); each
//! module is also reachable at the top (`postbay_core::accounts`), as callers name them.

pub mod bootstrap;
pub mod collection;
pub mod directory;
pub mod error;
#[cfg(test)]
mod fuzz;
pub mod idempotency;
pub mod identity;
/// Typed ids, from their own leaf crate (the store and the queue use them too).
pub use postbay_ids as ids;
pub mod list;
mod patch;
pub mod search;
pub mod server;
mod stored;

pub(crate) use directory::counters;
pub use directory::{
    accounts, aliases, domain_verification, domains, groups, import, names, status, templates,
    tenants,
};
pub use identity::{access, admin_roles, api_keys, audit, auth, passwords, pop_before_smtp};
pub use server::{
    ip_group_lookup, ip_groups, net, outbound_settings, queue, schedule, secrets, services,
    settings,
};

pub use error::{CoreError, CoreResult, Described, ErrorClass};
