//! The REST projection under `/api/v1`.

pub mod access;
pub mod collection;
pub mod directory;
pub mod mail;
pub mod mailboxes;
pub mod queue;
pub mod schedule;
