//! Postbay's directory model and its rules: tenants, domains, accounts, groups, aliases,
//! templates, API keys, authentication, audit and usage.
//!
//! Every public service function takes the caller as a [`access::Principal`] and enforces
//! tenant isolation itself, so the REST and JSON-RPC projections stay free of rules.

pub mod access;
pub mod accounts;
pub mod admin_roles;
pub mod aliases;
pub mod api_keys;
pub mod audit;
pub mod auth;
pub mod bootstrap;
pub mod collection;
mod counters;
pub mod domain_verification;
pub mod domains;
pub mod error;
#[cfg(test)]
mod fuzz;
pub mod groups;
pub mod idempotency;
/// Typed ids, from their own leaf crate (the store and the queue use them too).
pub use postbay_ids as ids;
pub mod import;
pub mod ip_group_lookup;
pub mod ip_groups;
pub mod list;
pub mod names;
pub mod net;
pub mod outbound_settings;
pub mod passwords;
mod patch;
pub mod pop_before_smtp;
pub mod queue;
pub mod schedule;
pub mod search;
pub mod secrets;
pub mod services;
pub mod settings;
mod stored;
pub mod templates;
pub mod tenants;

pub use error::{CoreError, CoreResult, Described, ErrorClass};
