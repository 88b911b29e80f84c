//! The REST projection under `/api/v1`: one file per resource family, named like the core
//! module its handlers call.

pub mod accounts;
pub mod aliases;
pub mod api_keys;
pub mod audit;
pub mod auth;
pub mod autoconfig;
pub mod bulk;
pub mod certificates;
pub mod collection;
pub mod credentials;
pub mod domains;
pub mod filter;
pub mod filter_rules;
pub mod groups;
pub mod ip_groups;
pub mod logs;
pub mod mail_auth;
pub mod messages;
pub mod outbound_settings;
pub mod plans;
pub mod queue;
pub mod schedule;
pub mod sending_limits;
pub mod services;
pub mod settings;
pub mod sieve;
pub mod status;
pub mod templates;
pub mod tenants;
pub mod usage;
pub mod webhooks;
