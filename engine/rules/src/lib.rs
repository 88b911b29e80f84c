//! Users' own mail rules: their Sieve scripts — stored per account, checked with
//! `postbay-sieve` before they are kept, at most one active — as the admin API (and later
//! ManageSieve) manages them and delivery reads them; their domain's "before" and "after"
//! scripts; and the out-of-office state delivery keeps. The Kerio-shaped rule form, vacation
//! and forwarding views will compile into the same scripts (issue 21).

pub mod domain_scripts;
pub mod scripts;
pub mod vacation;
