//! Greylisting (not in Kerio; a proposed addition of the spec): spamware rarely retries, real
//! servers always do. A triplet — the client's network, the envelope sender, one recipient —
//! is refused for now (`451 4.7.1`) until it is tried again after the delay; then it passes
//! at once for as long as it keeps being seen. Kept in PostgreSQL, so every process shares
//! what any of them learnt.

use std::net::IpAddr;
use std::time::Duration;

use postbay_core::CoreResult;
use sqlx::PgPool;

/// Triplets never retried are forgotten after a day.
const UNPASSED_RETENTION_HOURS: i32 = 24;

/// What greylisting says of one recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Greylisting {
    /// A known triplet: accept.
    Pass,
    /// New, or retried too soon: come back in this long.
    Wait(Duration),
}

/// The network a client counts as: servers of one provider retry from neighbouring addresses
/// (IPv4 /24, IPv6 /64).
pub fn network(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

/// Records this attempt of the triplet and says whether it passes. One statement: two
/// processes seeing the same triplet at once agree.
pub async fn check(
    pool: &PgPool,
    client: IpAddr,
    sender: Option<&str>,
    recipient: &str,
    delay: Duration,
) -> CoreResult<Greylisting> {
    let delay_secs = i64::try_from(delay.as_secs()).unwrap_or(i64::MAX);
    let (passed, waited): (bool, f64) = sqlx::query_as(
        "INSERT INTO greylist_triplets (network, sender, recipient) VALUES ($1, $2, $3)
         ON CONFLICT (network, sender, recipient) DO UPDATE SET last_seen = now(),
             passed_at = coalesce(greylist_triplets.passed_at,
                 CASE WHEN now() - greylist_triplets.first_seen >= make_interval(secs => $4)
                      THEN now() END)
         RETURNING passed_at IS NOT NULL, extract(epoch FROM now() - first_seen)::float8",
    )
    .bind(network(client))
    .bind(sender.unwrap_or_default().to_ascii_lowercase())
    .bind(recipient.to_ascii_lowercase())
    .bind(delay_secs as f64)
    .fetch_one(pool)
    .await?;
    if passed {
        return Ok(Greylisting::Pass);
    }
    let left = delay.saturating_sub(Duration::from_secs_f64(waited.max(0.0)));
    Ok(Greylisting::Wait(left.max(Duration::from_secs(1))))
}

/// Records that mail from `domain` proved itself from `client`'s network: it passed SPF for
/// that envelope sender domain and DMARC. New triplets of the pair skip greylisting.
pub async fn prove(pool: &PgPool, client: IpAddr, domain: &str) -> CoreResult<()> {
    sqlx::query(
        "INSERT INTO greylist_proven_senders (network, domain) VALUES ($1, $2)
         ON CONFLICT (network, domain) DO UPDATE SET last_seen = now()",
    )
    .bind(network(client))
    .bind(domain.to_ascii_lowercase())
    .execute(pool)
    .await?;
    Ok(())
}

/// Whether mail from `domain` proved itself from `client`'s network before.
pub async fn is_proven(pool: &PgPool, client: IpAddr, domain: &str) -> CoreResult<bool> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM greylist_proven_senders WHERE network = $1 AND domain = $2)",
    )
    .bind(network(client))
    .bind(domain.to_ascii_lowercase())
    .fetch_one(pool)
    .await?)
}

/// Forgets triplets (and proven senders) not seen for `retention_days` and triplets never
/// retried within a day. Returns how many went.
pub async fn purge(pool: &PgPool, retention_days: u32) -> CoreResult<u64> {
    let done = sqlx::query(
        "DELETE FROM greylist_triplets
         WHERE last_seen < now() - make_interval(days => $1)
            OR (passed_at IS NULL AND first_seen < now() - make_interval(hours => $2))",
    )
    .bind(i32::try_from(retention_days).unwrap_or(i32::MAX))
    .bind(UNPASSED_RETENTION_HOURS)
    .execute(pool)
    .await?;
    let proven = sqlx::query(
        "DELETE FROM greylist_proven_senders WHERE last_seen < now() - make_interval(days => $1)",
    )
    .bind(i32::try_from(retention_days).unwrap_or(i32::MAX))
    .execute(pool)
    .await?;
    Ok(done.rows_affected() + proven.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_share_a_network() {
        let n = |s: &str| network(s.parse().unwrap());
        assert_eq!(n("192.0.2.17"), "192.0.2.0/24");
        assert_eq!(n("192.0.2.200"), n("192.0.2.1"));
        assert_eq!(n("::ffff:192.0.2.9"), "192.0.2.0/24");
        assert_eq!(n("2001:db8:1:2:3::9"), "2001:db8:1:2::/64");
    }
}
