//! The DNS questions a mail server asks, answered by hickory-resolver: where a domain's mail
//! goes (MX by preference, else its own A/AAAA, RFC 5321 section 5.1; null MX, RFC 7505), and
//! so whether a sender's domain exists for mail; a host's addresses. The name servers are configurable so tests can bring their own.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::NetError;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::{Resolver, TokioResolver};

/// Why a question got no answer: the caller should try again later.
#[derive(Debug, thiserror::Error)]
pub enum DnsError {
    #[error("DNS lookup failed: {0}")]
    Lookup(#[from] NetError),
    #[error("no DNS resolver is available: {0}")]
    NoResolver(String),
}

/// What DNS says of a domain as a mail domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailDomain {
    /// It has MX records, or address records to fall back on.
    Exists,
    /// NXDOMAIN, or neither MX nor address records.
    Missing,
    /// It publishes a null MX (RFC 7505): it sends and takes no mail.
    NullMx,
}

/// Where a domain's mail goes (RFC 5321 section 5.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailRoute {
    /// Its mail exchangers, most preferred first; equal preferences in random order.
    Exchangers(Vec<String>),
    /// No MX, but the domain has addresses: it is its own exchanger (the implicit MX).
    Implicit(String),
    /// It publishes a null MX (RFC 7505): it takes no mail.
    NullMx,
    /// NXDOMAIN, or neither MX nor address records.
    Missing,
}

/// The kinds of record [`Dns::records`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Mx,
    Txt,
    Cname,
    Srv,
}

impl RecordKind {
    fn record_type(self) -> hickory_resolver::proto::rr::RecordType {
        use hickory_resolver::proto::rr::RecordType;
        match self {
            Self::Mx => RecordType::MX,
            Self::Txt => RecordType::TXT,
            Self::Cname => RecordType::CNAME,
            Self::Srv => RecordType::SRV,
        }
    }
}

/// A shared resolver (it caches answers).
#[derive(Clone)]
pub struct Dns {
    resolver: Result<TokioResolver, String>,
}

impl Dns {
    /// A resolver asking `servers` (UDP, then TCP for truncated answers); the system's
    /// configuration (`/etc/resolv.conf`) when there are none. A resolver that cannot be made
    /// answers every question with [`DnsError::NoResolver`] instead of stopping the server.
    pub fn new(servers: &[SocketAddr]) -> Self {
        let mut options = ResolverOpts::default();
        options.timeout = Duration::from_secs(5);
        options.attempts = 2;
        let builder = if servers.is_empty() {
            TokioResolver::builder_tokio()
        } else {
            let name_servers = servers.iter().map(|s| name_server(*s)).collect();
            Ok(Resolver::builder_with_config(
                ResolverConfig::from_name_servers(name_servers),
                TokioRuntimeProvider::default(),
            ))
        };
        let resolver = builder
            .and_then(|b| b.with_options(options).build())
            .map_err(|e| e.to_string());
        if let Err(e) = &resolver {
            tracing::warn!(error = %e, "no DNS resolver; DNS checks will fail temporarily");
        }
        Self { resolver }
    }

    /// The resolver itself, for libraries that ask their own questions through it (sender
    /// authentication); `None` when none could be made.
    pub fn hickory(&self) -> Option<TokioResolver> {
        self.resolver.as_ref().ok().cloned()
    }

    fn resolver(&self) -> Result<&TokioResolver, DnsError> {
        self.resolver
            .as_ref()
            .map_err(|e| DnsError::NoResolver(e.clone()))
    }

    /// Whether `domain` exists as a mail domain.
    pub async fn mail_domain(&self, domain: &str) -> Result<MailDomain, DnsError> {
        Ok(match self.mail_route(domain).await? {
            MailRoute::Exchangers(_) | MailRoute::Implicit(_) => MailDomain::Exists,
            MailRoute::NullMx => MailDomain::NullMx,
            MailRoute::Missing => MailDomain::Missing,
        })
    }
}

impl Dns {
    /// The mail exchangers for `domain`, ordered for delivery.
    pub async fn mail_route(&self, domain: &str) -> Result<MailRoute, DnsError> {
        let resolver = self.resolver()?;
        let name = format!("{}.", domain.trim_end_matches('.'));
        match resolver.mx_lookup(name.as_str()).await {
            Ok(lookup) => {
                let mut exchanges: Vec<(u16, String)> = lookup
                    .answers()
                    .iter()
                    .filter_map(|r| match &r.data {
                        RData::MX(mx) => Some((
                            mx.preference,
                            mx.exchange.to_ascii().trim_end_matches('.').to_string(),
                        )),
                        _ => None,
                    })
                    .collect();
                if let [(_, only)] = exchanges.as_slice()
                    && only.is_empty()
                {
                    return Ok(MailRoute::NullMx);
                }
                exchanges.retain(|(_, host)| !host.is_empty());
                if !exchanges.is_empty() {
                    return Ok(MailRoute::Exchangers(order_exchangers(exchanges)));
                }
            }
            Err(e) if e.is_nx_domain() => return Ok(MailRoute::Missing),
            Err(e) if e.is_no_records_found() => {}
            Err(e) => return Err(e.into()),
        }
        let host = domain.trim_end_matches('.').to_string();
        match self.addresses(&host).await? {
            found if found.is_empty() => Ok(MailRoute::Missing),
            _ => Ok(MailRoute::Implicit(host)),
        }
    }

    /// The TXT records at `name`, each with its strings joined (RFC 7208 section 3.3); none
    /// when there are none or the name does not exist.
    pub async fn txt(&self, name: &str) -> Result<Vec<String>, DnsError> {
        let resolver = self.resolver()?;
        let name = format!("{}.", name.trim_end_matches('.'));
        match resolver.txt_lookup(name.as_str()).await {
            Ok(lookup) => Ok(lookup
                .answers()
                .iter()
                .filter_map(|r| match &r.data {
                    RData::TXT(txt) => Some(
                        txt.txt_data
                            .iter()
                            .map(|part| String::from_utf8_lossy(part))
                            .collect::<String>(),
                    ),
                    _ => None,
                })
                .collect()),
            Err(e) if e.is_nx_domain() || e.is_no_records_found() => Ok(Vec::new()),
            Err(e) => Err(e.into()),
        }
    }

    /// The records of `kind` at `name` in presentation form, as a zone file writes them
    /// (`10 mx.example.net.`, `0 1 993 mail.example.net.`, a TXT record's strings joined);
    /// none when there are none or the name does not exist. For checks of what a domain
    /// publishes.
    pub async fn records(&self, name: &str, kind: RecordKind) -> Result<Vec<String>, DnsError> {
        if kind == RecordKind::Txt {
            return self.txt(name).await;
        }
        let resolver = self.resolver()?;
        let name = format!("{}.", name.trim_end_matches('.'));
        let lower = |n: &hickory_resolver::proto::rr::Name| n.to_ascii().to_ascii_lowercase();
        match resolver.lookup(name.as_str(), kind.record_type()).await {
            Ok(lookup) => Ok(lookup
                .answers()
                .iter()
                .filter_map(|r| match (&r.data, kind) {
                    (RData::MX(mx), RecordKind::Mx) => {
                        Some(format!("{} {}", mx.preference, lower(&mx.exchange)))
                    }
                    (RData::CNAME(target), RecordKind::Cname) => Some(lower(&target.0)),
                    (RData::SRV(srv), RecordKind::Srv) => Some(format!(
                        "{} {} {} {}",
                        srv.priority,
                        srv.weight,
                        srv.port,
                        lower(&srv.target)
                    )),
                    _ => None,
                })
                .collect()),
            Err(e) if e.is_nx_domain() || e.is_no_records_found() => Ok(Vec::new()),
            Err(e) => Err(e.into()),
        }
    }

    /// The names `ip` points back to (PTR), lower case without the final dot.
    pub async fn reverse(&self, ip: IpAddr) -> Result<Vec<String>, DnsError> {
        let resolver = self.resolver()?;
        match resolver.reverse_lookup(ip).await {
            Ok(lookup) => Ok(lookup
                .answers()
                .iter()
                .filter_map(|r| match &r.data {
                    RData::PTR(name) => {
                        Some(name.0.to_ascii().trim_end_matches('.').to_ascii_lowercase())
                    }
                    _ => None,
                })
                .collect()),
            Err(e) if e.is_nx_domain() || e.is_no_records_found() => Ok(Vec::new()),
            Err(e) => Err(e.into()),
        }
    }

    /// The IPv4 addresses (A records) at `name`; none when it has none or does not exist.
    /// One question, where [`Self::addresses`] asks two: what DNS blocklists answer.
    pub async fn ipv4(&self, name: &str) -> Result<Vec<std::net::Ipv4Addr>, DnsError> {
        let resolver = self.resolver()?;
        let name = format!("{}.", name.trim_end_matches('.'));
        match resolver.ipv4_lookup(name.as_str()).await {
            Ok(lookup) => Ok(lookup
                .answers()
                .iter()
                .filter_map(|r| match &r.data {
                    RData::A(a) => Some(a.0),
                    _ => None,
                })
                .collect()),
            Err(e) if e.is_nx_domain() || e.is_no_records_found() => Ok(Vec::new()),
            Err(e) => Err(e.into()),
        }
    }

    /// The IPv4 and IPv6 addresses of `host` (none when it has none or does not exist); an IP
    /// literal is its own answer.
    pub async fn addresses(&self, host: &str) -> Result<Vec<IpAddr>, DnsError> {
        if let Ok(ip) = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            return Ok(vec![ip]);
        }
        let resolver = self.resolver()?;
        let name = format!("{}.", host.trim_end_matches('.'));
        match resolver.lookup_ip(name.as_str()).await {
            Ok(ips) => Ok(ips.iter().collect()),
            Err(e) if e.is_nx_domain() || e.is_no_records_found() => Ok(Vec::new()),
            Err(e) => Err(e.into()),
        }
    }
}

/// Exchangers by preference, lowest first; those of equal preference shuffled (RFC 5321
/// section 5.1: spread the load).
fn order_exchangers(mut exchanges: Vec<(u16, String)>) -> Vec<String> {
    use rand::seq::SliceRandom;
    exchanges.shuffle(&mut rand::thread_rng());
    exchanges.sort_by_key(|(preference, _)| *preference);
    let mut hosts: Vec<String> = Vec::with_capacity(exchanges.len());
    for (_, host) in exchanges {
        if !hosts.contains(&host) {
            hosts.push(host);
        }
    }
    hosts
}

fn name_server(address: SocketAddr) -> NameServerConfig {
    let mut config = NameServerConfig::udp_and_tcp(address.ip());
    for connection in &mut config.connections {
        connection.port = address.port();
    }
    if config.connections.is_empty() {
        let mut udp = ConnectionConfig::udp();
        udp.port = address.port();
        config.connections.push(udp);
    }
    config
}

/// Parses a list of name servers, `ip` or `ip:port` (IPv6 as `[ip]:port`), separated by
/// commas or spaces; port 53 when none is given.
pub fn parse_servers(list: &str) -> Result<Vec<SocketAddr>, String> {
    list.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<SocketAddr>()
                .or_else(|_| s.parse::<IpAddr>().map(|ip| SocketAddr::new(ip, 53)))
                .map_err(|_| format!("{s:?} is not an IP address or IP:port"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exchangers_go_by_preference() {
        let ordered = order_exchangers(vec![
            (20, "b".into()),
            (10, "a1".into()),
            (10, "a2".into()),
            (30, "c".into()),
            (20, "b".into()),
        ]);
        assert_eq!(ordered.len(), 4);
        assert!(
            ordered[..2].contains(&"a1".to_string()) && ordered[..2].contains(&"a2".to_string())
        );
        assert_eq!(&ordered[2..], &["b".to_string(), "c".to_string()]);
    }

    #[test]
    fn server_lists_parse() {
        let parsed = parse_servers("127.0.0.1:5353, ::1 [::1]:54").expect("parses");
        assert_eq!(parsed[0], "127.0.0.1:5353".parse().expect("addr"));
        assert_eq!(parsed[1], "[::1]:53".parse().expect("addr"));
        assert_eq!(parsed[2], "[::1]:54".parse().expect("addr"));
        assert!(parse_servers("dns.example").is_err());
        assert!(parse_servers("").expect("empty").is_empty());
    }
}
