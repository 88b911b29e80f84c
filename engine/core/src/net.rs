//! Addresses and networks as every rule that looks at a client's address sees them. A leaf:
//! it imports nothing of the crate, so access rules, IP groups and settings can all use it.

use std::net::IpAddr;

pub use ipnet::IpNet;

/// Parses an allow-list entry: an address (a host network) or `address/bits`.
///
/// The address may carry host bits (`10.1.2.3/8` is the network `10.0.0.0/8`), as
/// administrators write them.
pub fn parse_network(entry: &str) -> Option<IpNet> {
    if entry.contains('/') {
        entry.parse().ok()
    } else {
        entry.parse::<IpAddr>().ok().map(IpNet::from)
    }
}

/// Whether `ip` is in `net`. An IPv4 client on a dual-stack socket arrives as an IPv4-mapped
/// IPv6 address and counts as its IPv4 form.
pub fn network_contains(net: &IpNet, ip: IpAddr) -> bool {
    net.contains(&ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn networks_and_hosts() {
        let net = parse_network("10.0.0.0/8");
        assert!(net.is_some_and(|n| network_contains(&n, ip("10.1.2.3"))));
        assert!(net.is_some_and(|n| !network_contains(&n, ip("11.1.2.3"))));
        let host = parse_network("127.0.0.1");
        assert!(host.is_some_and(|n| network_contains(&n, ip("::ffff:127.0.0.1"))));
        assert!(parse_network("::1").is_some_and(|n| network_contains(&n, ip("::1"))));
        assert!(parse_network("0.0.0.0/0").is_some_and(|n| network_contains(&n, ip("8.8.8.8"))));
        assert!(parse_network("10.1.2.3/8").is_some_and(|n| network_contains(&n, ip("10.9.9.9"))));
        assert!(parse_network("10.0.0.0/33").is_none());
        assert!(parse_network("::/129").is_none());
        assert!(parse_network("host.example").is_none());
        assert!(parse_network("10.0.0.0/").is_none());
    }
}
