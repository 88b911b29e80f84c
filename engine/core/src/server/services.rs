//! The server's network services (Kerio's *Services*): which mail listeners run, on which
//! addresses, with how many connections and from which IP address group. Each process starts
//! from its static configuration; once a service is changed through the API, the stored value
//! applies to every process sharing the database, and running processes apply it within
//! seconds, without a restart.

use std::collections::BTreeMap;
use std::net::SocketAddr;

use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::access::Principal;
use crate::error::{CoreError, CoreResult};
use crate::ids::IpGroupId;
use crate::patch::present;

/// A service the server offers.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ServiceName {
    /// SMTP for mail from other servers (the role of port 25).
    Smtp,
    /// Mail submission with STARTTLS and AUTH (the role of port 587).
    Submission,
    /// Mail submission over implicit TLS (the role of port 465).
    Submissions,
    /// POP3 with STLS (the role of port 110).
    Pop3,
    /// POP3 over implicit TLS (the role of port 995).
    Pop3s,
    /// IMAP with STARTTLS (the role of port 143).
    Imap,
    /// IMAP over implicit TLS (the role of port 993).
    Imaps,
    /// ManageSieve with STARTTLS (the role of port 4190): users' Sieve scripts.
    ManageSieve,
}

impl ServiceName {
    pub const ALL: [ServiceName; 8] = [
        Self::Smtp,
        Self::Submission,
        Self::Submissions,
        Self::Pop3,
        Self::Pop3s,
        Self::Imap,
        Self::Imaps,
        Self::ManageSieve,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Smtp => "smtp",
            Self::Submission => "submission",
            Self::Submissions => "submissions",
            Self::Pop3 => "pop3",
            Self::Pop3s => "pop3s",
            Self::Imap => "imap",
            Self::Imaps => "imaps",
            Self::ManageSieve => "managesieve",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.as_str() == s)
    }
}

/// Where a service's values come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ServiceSource {
    /// This process's static configuration (never changed through the API).
    Config,
    /// Changed through the API: the same for every process.
    Database,
}

/// A service as it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub name: ServiceName,
    pub enabled: bool,
    /// Listening addresses, `ip:port` (`[ip]:port` for IPv6).
    #[schema(value_type = Vec<String>)]
    pub addresses: Vec<SocketAddr>,
    /// Connections served at once; more wait for a free slot. 0 = the server's default (2,000).
    pub max_connections: u32,
    /// Connections one client address may hold at once; more are refused. 0 = the default:
    /// 50 for IMAP and POP3; none for the SMTP services, whose per-address limit is the SMTP
    /// security settings' `maxConnectionsPerIp`.
    pub max_connections_per_ip: u32,
    /// Only clients in this IP address group are served; null = everyone.
    pub allowed_group_id: Option<IpGroupId>,
    pub source: ServiceSource,
}

/// Connections one address may hold on an IMAP or POP3 service that sets no limit.
pub const DEFAULT_MAX_CONNECTIONS_PER_IP: u32 = 50;

impl Service {
    /// The per-address limit its listeners enforce (0: none). The SMTP services count per
    /// address themselves, by their security settings.
    pub fn effective_max_connections_per_ip(&self) -> u32 {
        let smtp = matches!(
            self.name,
            ServiceName::Smtp | ServiceName::Submission | ServiceName::Submissions
        );
        match self.max_connections_per_ip {
            0 if smtp => 0,
            0 => DEFAULT_MAX_CONNECTIONS_PER_IP,
            n => n,
        }
    }
}

/// A change to a service; absent members keep their values.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServicePatch {
    pub enabled: Option<bool>,
    pub addresses: Option<Vec<String>>,
    pub max_connections: Option<u32>,
    pub max_connections_per_ip: Option<u32>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<IpGroupId>)]
    pub allowed_group_id: Option<Option<IpGroupId>>,
}

/// What the static configuration says of a service.
#[derive(Debug, Clone)]
pub struct ServiceDefault {
    pub name: ServiceName,
    /// `None` when the configuration turns the service off.
    pub address: Option<SocketAddr>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Stored {
    enabled: bool,
    addresses: Vec<SocketAddr>,
    max_connections: u32,
    #[serde(default)]
    max_connections_per_ip: u32,
    allowed_group_id: Option<IpGroupId>,
}

const KEY: &str = "services";
/// Addresses one service may listen on.
const MAX_ADDRESSES: usize = 16;
/// Largest per-service connection limit.
pub const MAX_CONNECTIONS: u32 = 100_000;

fn merge(stored: &BTreeMap<ServiceName, Stored>, defaults: &[ServiceDefault]) -> Vec<Service> {
    ServiceName::ALL
        .into_iter()
        .map(|name| match stored.get(&name) {
            Some(s) => Service {
                name,
                enabled: s.enabled,
                addresses: s.addresses.clone(),
                max_connections: s.max_connections,
                max_connections_per_ip: s.max_connections_per_ip,
                allowed_group_id: s.allowed_group_id,
                source: ServiceSource::Database,
            },
            None => {
                let address = defaults
                    .iter()
                    .find(|d| d.name == name)
                    .and_then(|d| d.address);
                Service {
                    name,
                    enabled: address.is_some(),
                    addresses: address.into_iter().collect(),
                    max_connections: 0,
                    max_connections_per_ip: 0,
                    allowed_group_id: None,
                    source: ServiceSource::Config,
                }
            }
        })
        .collect()
}

/// Every service as this process should run it (for the listener supervisor; no caller).
pub async fn effective(pool: &PgPool, defaults: &[ServiceDefault]) -> CoreResult<Vec<Service>> {
    let stored: BTreeMap<ServiceName, Stored> = crate::settings::read(pool, KEY).await?;
    Ok(merge(&stored, defaults))
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    defaults: &[ServiceDefault],
) -> CoreResult<Vec<Service>> {
    principal.require_server_admin()?;
    effective(pool, defaults).await
}

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    name: ServiceName,
    defaults: &[ServiceDefault],
) -> CoreResult<Service> {
    list(pool, principal, defaults)
        .await?
        .into_iter()
        .find(|s| s.name == name)
        .ok_or(CoreError::NotFound { kind: "service" })
}

/// Changes one service; from then on its stored value applies to every process.
pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    name: ServiceName,
    patch: ServicePatch,
    defaults: &[ServiceDefault],
) -> CoreResult<Service> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    // One writer at a time: the address check below sees every other service's final value.
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext('postbay.services'))")
        .execute(&mut *tx)
        .await?;
    let mut stored: BTreeMap<ServiceName, Stored> = crate::settings::read_in(&mut tx, KEY).await?;
    let services = merge(&stored, defaults);
    let current = services
        .iter()
        .find(|s| s.name == name)
        .ok_or(CoreError::NotFound { kind: "service" })?;
    let addresses = match &patch.addresses {
        Some(list) => parse_addresses(list)?,
        None => current.addresses.clone(),
    };
    let enabled = patch.enabled.unwrap_or(current.enabled);
    if enabled && addresses.is_empty() {
        return Err(CoreError::invalid(
            "addresses",
            "required",
            "an enabled service needs at least one address",
        ));
    }
    let max_connections = patch.max_connections.unwrap_or(current.max_connections);
    if max_connections > MAX_CONNECTIONS {
        return Err(CoreError::invalid(
            "maxConnections",
            "out_of_range",
            format!("must be 0 to {MAX_CONNECTIONS}"),
        ));
    }
    let max_connections_per_ip = patch
        .max_connections_per_ip
        .unwrap_or(current.max_connections_per_ip);
    if max_connections_per_ip > MAX_CONNECTIONS {
        return Err(CoreError::invalid(
            "maxConnectionsPerIp",
            "out_of_range",
            format!("must be 0 to {MAX_CONNECTIONS}"),
        ));
    }
    let allowed_group_id = match patch.allowed_group_id {
        Some(group) => group,
        None => current.allowed_group_id,
    };
    crate::ip_group_lookup::require(&mut tx, allowed_group_id, "allowedGroupId").await?;
    if enabled
        && let Some((other, address)) = services
            .iter()
            .filter(|s| s.name != name && s.enabled)
            .find_map(|s| {
                s.addresses
                    .iter()
                    .find(|a| addresses.iter().any(|b| clash(a, b)))
                    .map(|a| (s.name, *a))
            })
    {
        return Err(CoreError::conflict_on(
            "address_in_use",
            "addresses",
            format!("{address} is used by the {} service", other.as_str()),
        ));
    }
    let value = Stored {
        enabled,
        addresses,
        max_connections,
        max_connections_per_ip,
        allowed_group_id,
    };
    stored.insert(name, value.clone());
    crate::settings::write(&mut tx, KEY, &stored).await?;
    crate::settings::record(
        &mut tx,
        principal,
        "service.update",
        serde_json::json!({ "service": name, "value": value }),
    )
    .await?;
    tx.commit().await?;
    crate::settings::changed_here();
    merge(&stored, defaults)
        .into_iter()
        .find(|s| s.name == name)
        .ok_or(CoreError::NotFound { kind: "service" })
}

/// The service that admits only group `id`, if any (a group in use cannot be deleted).
pub(crate) async fn using_group(
    conn: &mut sqlx::PgConnection,
    id: IpGroupId,
) -> CoreResult<Option<ServiceName>> {
    let stored: BTreeMap<ServiceName, Stored> = crate::settings::read_in(conn, KEY).await?;
    Ok(stored
        .into_iter()
        .find(|(_, s)| s.allowed_group_id == Some(id))
        .map(|(name, _)| name))
}

/// Two listening addresses that cannot both be bound: the same port on the same address, or
/// on an unspecified address (`0.0.0.0`, `::`) of the same family.
fn clash(a: &SocketAddr, b: &SocketAddr) -> bool {
    a.port() == b.port()
        && (a.ip() == b.ip()
            || (a.is_ipv4() == b.is_ipv4() && (a.ip().is_unspecified() || b.ip().is_unspecified())))
}

fn parse_addresses(list: &[String]) -> CoreResult<Vec<SocketAddr>> {
    if list.len() > MAX_ADDRESSES {
        return Err(CoreError::invalid(
            "addresses",
            "too_many",
            format!("at most {MAX_ADDRESSES} addresses"),
        ));
    }
    let mut out: Vec<SocketAddr> = Vec::with_capacity(list.len());
    for (i, text) in list.iter().enumerate() {
        let field = || format!("addresses[{i}]");
        let address: SocketAddr = text
            .trim()
            .parse()
            .map_err(|_| CoreError::invalid(field(), "invalid_address", "expected ip:port"))?;
        if address.port() == 0 {
            return Err(CoreError::invalid(
                field(),
                "invalid_address",
                "the port must be 1 to 65535",
            ));
        }
        if out.iter().any(|a| clash(a, &address)) {
            return Err(CoreError::invalid(
                field(),
                "duplicate",
                "listed twice, or already covered by an unspecified address",
            ));
        }
        out.push(address);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked() {
        let ok = parse_addresses(&["127.0.0.1:25".into(), "[::1]:25".into()]).expect("valid");
        assert_eq!(ok.len(), 2);
        assert!(parse_addresses(&["localhost:25".into()]).is_err());
        assert!(parse_addresses(&["127.0.0.1:0".into()]).is_err());
        assert!(parse_addresses(&["0.0.0.0:25".into(), "127.0.0.1:25".into()]).is_err());
        assert!(parse_addresses(&["0.0.0.0:25".into(), "[::]:25".into()]).is_ok());
    }
}
