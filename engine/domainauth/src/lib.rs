//! Sender authentication for the domains Postbay hosts, as administrators steer it: each
//! domain's DKIM keys (`keys`), the server's mail-auth settings (`settings`: what is done
//! with received mail that fails a check, what the recommended records say), the DNS
//! records a domain publishes and the check that it does (`records`), and the signing keys
//! the outbound workers sign with (`signing`).
//!
//! The protocol work (key generation, signatures, verification) is `postbay-mailauth`'s;
//! the rules of who may see and change what are `postbay-core`'s. This crate joins them and
//! owns the `dkim_keys` table.

pub mod keys;
pub mod records;
pub mod settings;
pub mod signing;
