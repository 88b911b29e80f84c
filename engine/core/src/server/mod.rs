//! The server's own settings, the same for every process sharing the database: security and
//! SMTP settings, the mail services and their listeners, IP address groups and the network
//! helpers they need, outbound delivery settings, scheduled events and their time ranges,
//! queue administration, and the key that seals replayed secrets.

pub mod ip_group_lookup;
pub mod ip_groups;
pub mod net;
pub mod outbound_settings;
pub mod queue;
pub mod schedule;
pub mod secrets;
pub mod services;
pub mod settings;
