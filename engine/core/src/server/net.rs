//! Addresses and networks as every rule that looks at a client's address sees them. A leaf:
//! it imports nothing of the crate, so access rules, IP groups and settings can all use it.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::OnceLock;

pub use ipnet::IpNet;

/// Parses an allow-list entry: an address (a host network) or `address/bits`.
///
/// The address may carry host bits (`10.1.2.3/8` is the network `10.0.0.0/8`), as
/// administrators write them.
pub fn parse_network(entry: &str) -> Option<IpNet> {
    match entry.split_once('/') {
        Some((addr, bits)) => {
            let addr = addr.parse::<IpAddr>().ok()?;
            let bits = bits.parse::<u8>().ok()?;
            IpNet::new(addr, bits).ok()
        }
        None => entry.parse::<IpAddr>().ok().map(IpNet::from),
    }
}

/// Whether `ip` is in `net`. An IPv4 client on a dual-stack socket arrives as an IPv4-mapped
/// IPv6 address: it matches both its IPv4 form (`10.0.0.0/8`) and the IPv6 networks that hold
/// the mapped form (`::/0`, `::ffff:0:0/96`), as it did before networks became `IpNet`s.
pub fn network_contains(net: &IpNet, ip: IpAddr) -> bool {
    net.contains(&ip) || net.contains(&ip.to_canonical())
}

/// Internal ranges the operator lets tenants' hosts use anyway (`POSTBAY_ALLOW_INTERNAL_TARGETS`):
/// set once at start-up, empty by default.
static ALLOWED_INTERNAL: OnceLock<Vec<IpNet>> = OnceLock::new();

/// Sets the internal ranges tenants' hosts may use; the first call wins (start-up).
pub fn allow_internal_targets(networks: Vec<IpNet>) {
    let _ = ALLOWED_INTERNAL.set(networks);
}

/// Whether the server may connect to `ip` for a host a tenant configured (a domain's
/// forwarding host, a remote POP3 server): public addresses, and internal ones the operator
/// allowed. Server-wide objects may use any address.
pub fn tenant_may_reach(ip: IpAddr) -> bool {
    is_public(ip)
        || ALLOWED_INTERNAL
            .get()
            .is_some_and(|nets| nets.iter().any(|n| network_contains(n, ip)))
}

/// A host a tenant typed that names this machine or its network without any lookup: an
/// internal IP literal or `localhost`. Names are checked again when they are resolved.
pub fn tenant_may_name(host: &str) -> bool {
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") {
        return ALLOWED_INTERNAL.get().is_some_and(|nets| {
            nets.iter()
                .any(|n| network_contains(n, IpAddr::from(Ipv4Addr::LOCALHOST)))
        });
    }
    let literal = host.trim_start_matches('[').trim_end_matches(']');
    literal.parse::<IpAddr>().map_or(true, tenant_may_reach)
}

/// Whether an address is on the public internet (not loopback, private, link-local, shared,
/// benchmarking, multicast, reserved or unspecified; IPv4 carried in IPv6 counts as itself).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || a == 0
                || a >= 240
                || (a == 100 && (64..128).contains(&b))
                || (a == 198 && (18..20).contains(&b)))
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public(IpAddr::V4(v4)),
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address: it decides.
            None if v6.segments()[..6] == [0x64, 0xff9b, 0, 0, 0, 0] => {
                let [.., a, b, c, d] = v6.octets();
                is_public(IpAddr::V4(Ipv4Addr::new(a, b, c, d)))
            }
            None if v6.segments()[0] == 0x2002 => {
                let o = v6.octets();
                is_public(IpAddr::V4(Ipv4Addr::new(o[2], o[3], o[4], o[5])))
            }
            None => {
                let s = v6.segments();
                let first = s[0];
                // IPv4-compatible (::a.b.c.d, deprecated) carries an IPv4 address too.
                if s[..6] == [0, 0, 0, 0, 0, 0] && !v6.is_loopback() && !v6.is_unspecified() {
                    let [.., a, b, c, d] = v6.octets();
                    return is_public(IpAddr::V4(Ipv4Addr::new(a, b, c, d)));
                }
                !(v6.is_loopback()
                    || v6.is_unspecified()
                    || v6.is_multicast()
                    || (first & 0xfe00) == 0xfc00 // unique local
                    || (first & 0xffc0) == 0xfe80 // link local
                    || (first & 0xffc0) == 0xfec0 // site local (deprecated)
                    || (s[0] == 0x2001 && s[1] == 0) // Teredo
                    || (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1)) // local NAT64 (RFC 8215)
            }
        },
    }
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
        assert!(parse_network("10.0.0.0/8/8").is_none());
    }

    #[test]
    fn internal_addresses_are_not_public() {
        for internal in [
            "127.0.0.1",
            "10.0.0.1",
            "169.254.169.254",
            "192.168.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "::ffff:10.0.0.1",
            "fd00::1",
            "fe80::1",
            "64:ff9b::a00:1",
            "64:ff9b::7f00:1",
            "2002:a00:1::",
            "172.16.0.1",
            "198.18.0.1",
            "240.0.0.1",
            "::ffff:127.0.0.1",
            "::10.0.0.1",
            "2001::1",
            "fec0::1",
            "64:ff9b:1::a00:1",
        ] {
            assert!(!is_public(ip(internal)), "{internal}");
        }
        for public in [
            "192.0.2.1",
            "8.8.8.8",
            "2001:db8::1",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
        ] {
            assert!(is_public(ip(public)), "{public}");
        }
        // Without an allowance (none is set in unit tests), tenants name public hosts only.
        assert!(!tenant_may_name("localhost"));
        assert!(!tenant_may_name("LOCALHOST."));
        assert!(!tenant_may_name("db.localhost"));
        assert!(!tenant_may_name("[::1]"));
        assert!(!tenant_may_name("10.0.0.1"));
        assert!(tenant_may_name("mx.example.com"));
        assert!(tenant_may_name("192.0.2.1"));
    }

    #[test]
    fn mapped_clients_match_ipv6_networks_too() {
        let mapped = ip("::ffff:192.0.2.7");
        assert!(parse_network("::/0").is_some_and(|n| network_contains(&n, mapped)));
        assert!(parse_network("::ffff:0:0/96").is_some_and(|n| network_contains(&n, mapped)));
        assert!(parse_network("192.0.2.0/24").is_some_and(|n| network_contains(&n, mapped)));
        assert!(parse_network("2001:db8::/32").is_some_and(|n| !network_contains(&n, mapped)));
        assert!(
            parse_network("0.0.0.0/0").is_some_and(|n| !network_contains(&n, ip("2001:db8::1")))
        );
    }
}
