//! Webhooks: a tenant subscribes URLs to event types and hears of what happens in its subtree
//! (an account created or suspended, a mailbox nearly full, a collection failing).
//!
//! - **Outbox:** an event is written by `webhook_emit` (migration 0044) in the transaction of
//!   the change, one delivery row per subscription that asked for it. The directory's changes
//!   reach it through a trigger on the audit trail; other crates call [`events::emit`].
//!   Nothing is written when nobody subscribed.
//! - **Delivery** ([`worker`]): every node drains the outbox, at least once, signed as the
//!   Standard Webhooks specification says ([`signing`]), retrying for 24 hours; a
//!   subscription failing that long is turned off and its tenant told (`webhook.disabled`).
//! - **Reach:** a tenant's subscriptions get events of its own subtree only, and never reach
//!   an internal address unless the operator allowed it (`POSTBAY_ALLOW_INTERNAL_TARGETS`);
//!   the server tenant's may.
//!
//! Architecture invariant: this crate owns the `webhooks`, `webhook_events` and
//! `webhook_deliveries` tables; nothing else writes them except through `webhook_emit`.

pub mod admin;
pub mod events;
mod send;
pub mod signing;
mod target;
pub mod worker;

pub use events::EventType;
