//! The directory: who and what the server hosts — tenants in a tree, their domains (with the
//! names they prove), the domains' accounts, groups, aliases and templates, bulk imports, the
//! names every one of them is spelled with, and the usage counters held against the tenants'
//! and domains' limits.

pub mod accounts;
pub mod aliases;
pub(crate) mod counters;
pub mod domain_verification;
pub mod domains;
pub mod groups;
pub mod import;
pub mod names;
pub mod templates;
pub mod tenants;
