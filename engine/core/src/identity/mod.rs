//! Who is calling and what they may do: the principal and its reach, administrator roles,
//! logins and sessions for the API and the mail protocols, API keys, password policy and
//! hashing, POP-before-SMTP, and the audit trail every change writes.

pub mod access;
pub mod admin_roles;
pub mod api_keys;
pub mod audit;
pub mod auth;
pub mod passwords;
pub mod pop_before_smtp;
