//! Mail client autoconfiguration: what a client needs to set an account up from the address
//! alone, in the three forms clients ask for it.
//!
//! - `thunderbird`: Mozilla's autoconfig file (`config-v1.1.xml`), asked of
//!   `autoconfig.<domain>` or `/.well-known/autoconfig/`;
//! - `autodiscover`: Outlook's POX Autodiscover (a POST to `/autodiscover/autodiscover.xml`);
//! - `mobileconfig`: an Apple configuration profile for one account, served to it (or its
//!   administrators) after authentication.
//!
//! All three come from one [`ClientSettings`]: the server's host name and the mail services as
//! configured (each enabled service's port; implicit TLS where a TLS port is on, STARTTLS
//! otherwise), for a domain the server hosts and whose name is verified. Nothing is said for
//! a name the server does not host.

pub mod autodiscover;
pub mod mobileconfig;
pub mod thunderbird;

use postbay_core::error::CoreResult;
use postbay_core::names::DomainName;
use postbay_core::services::{self, ServiceDefault, ServiceName};
use sqlx::PgPool;

/// A mail protocol a client is configured for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Imap,
    Pop3,
    Smtp,
}

/// How a client secures its connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte (RFC 8314).
    ImplicitTls,
    /// A plain connection upgraded with STARTTLS / STLS before the password is sent.
    StartTls,
}

/// One service a client may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    pub protocol: Protocol,
    pub port: u16,
    pub security: Security,
}

/// What a client of one mail domain is told.
#[derive(Debug, Clone)]
pub struct ClientSettings {
    /// The name the client asked about (a domain or one of its aliases).
    pub asked: String,
    /// The domain's own name: logins are `user@<own name>`, never an alias.
    pub own_name: String,
    /// The host clients connect to.
    pub hostname: String,
    /// In order of preference: IMAP, then POP3, then SMTP submission; implicit TLS first.
    pub endpoints: Vec<Endpoint>,
}

impl ClientSettings {
    /// The first endpoint of `protocol`, the one a client should use.
    pub fn preferred(&self, protocol: Protocol) -> Option<Endpoint> {
        self.endpoints
            .iter()
            .copied()
            .find(|e| e.protocol == protocol)
    }

    /// The login name of an address in the asked domain: the address itself in the domain's
    /// own name, else the local part at the own name.
    pub fn login_for(&self, local_part: &str) -> String {
        format!("{local_part}@{}", self.own_name)
    }
}

/// The services a client of this server is offered, in order, from the services as configured.
pub async fn endpoints(pool: &PgPool, defaults: &[ServiceDefault]) -> CoreResult<Vec<Endpoint>> {
    let services = services::effective(pool, defaults).await?;
    let port = |name: ServiceName| {
        services
            .iter()
            .find(|s| s.name == name && s.enabled)
            .and_then(|s| s.addresses.first())
            .map(|a| a.port())
    };
    let offered = [
        (ServiceName::Imaps, Protocol::Imap, Security::ImplicitTls),
        (ServiceName::Imap, Protocol::Imap, Security::StartTls),
        (ServiceName::Pop3s, Protocol::Pop3, Security::ImplicitTls),
        (ServiceName::Pop3, Protocol::Pop3, Security::StartTls),
        (
            ServiceName::Submissions,
            Protocol::Smtp,
            Security::ImplicitTls,
        ),
        (ServiceName::Submission, Protocol::Smtp, Security::StartTls),
    ];
    Ok(offered
        .into_iter()
        .filter_map(|(name, protocol, security)| {
            port(name).map(|port| Endpoint {
                protocol,
                port,
                security,
            })
        })
        .collect())
}

/// The settings for mail of `name`, if the server hosts it (a domain or a domain alias, its
/// name verified, the domain not pending deletion); `None` otherwise, also for a name that is
/// not a domain name at all.
pub async fn for_domain(
    pool: &PgPool,
    hostname: &str,
    defaults: &[ServiceDefault],
    name: &str,
) -> CoreResult<Option<ClientSettings>> {
    let Ok(name) = DomainName::parse(name, "domain") else {
        return Ok(None);
    };
    let own_name: Option<String> = sqlx::query_scalar(
        "SELECT d.name FROM mail_domain_names n JOIN domains d ON d.id = n.domain_id
         WHERE n.name = $1 AND n.verified_at IS NOT NULL AND d.status <> 'pending_deletion'",
    )
    .bind(name.as_str())
    .fetch_optional(pool)
    .await?;
    let Some(own_name) = own_name else {
        return Ok(None);
    };
    Ok(Some(ClientSettings {
        asked: name.as_str().to_string(),
        own_name,
        hostname: hostname.trim_end_matches('.').to_string(),
        endpoints: endpoints(pool, defaults).await?,
    }))
}

/// `text` escaped for XML character data and attribute values.
pub(crate) fn xml(text: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(text)
}
