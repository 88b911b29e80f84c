//! Users' own mail rules: their Sieve scripts — stored per account, checked with
//! `postbay-sieve` before they are kept, at most one active — as the admin API and ManageSieve
//! manage them and delivery reads them; their domain's "before" and "after" scripts; the
//! Kerio-shaped rule form and out-of-office settings, compiled into one generated script; the
//! forwarding view; and the out-of-office state delivery keeps.

pub mod domain_scripts;
pub mod filter_rules;
pub mod form;
pub mod forwarding;
pub mod generated;
pub mod scripts;
pub mod vacation;
