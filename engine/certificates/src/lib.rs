//! The server's TLS certificates. An operator uploads one, has one made self-signed, or has
//! one ordered from an ACME CA (RFC 8555); the server renews the last two before they expire.
//! Keys are sealed at rest. Every TLS listener of every node serves them by SNI through one
//! [`resolver::CertificateResolver`], reloaded when any node announces a change.
//!
//! - `inspect`: what a PEM chain and key hold, checked as a TLS client would check them.
//! - `store`: the certificates as the admin API's resource.
//! - `acme_settings`: the ACME settings.
//! - `acme`: the ACME account, challenges and the renewal worker.
//! - `alpn`: TLS-ALPN-01 challenges answered on every TLS listener.
//! - `resolver`: the certificate each handshake gets.

pub mod acme;
pub mod acme_settings;
pub mod alpn;
pub mod inspect;
pub mod resolver;
pub mod store;

pub use resolver::CertificateResolver;
pub use store::{Certificate, CertificateSource, CertificateStatus};
