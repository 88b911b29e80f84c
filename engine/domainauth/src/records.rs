//! The DNS records a hosted domain publishes, and the check that it does: what a control
//! panel shows a customer to copy into their zone, and as the domain's health page. MX,
//! SPF, one DKIM key record per published key, DMARC, MTA-STS and TLS-RPT (RFC 8461, RFC
//! 8460), and what mail clients configure themselves from (RFC 6186 SRV records, the
//! `autoconfig`/`autodiscover` names).

use std::net::IpAddr;

use postbay_core::access::{Access, Principal};
use postbay_core::ids::DomainId;
use postbay_core::services::{ServiceDefault, ServiceName};
use postbay_core::{CoreError, CoreResult};
use postbay_dns::Dns;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::settings::{MailAuthSettings, MtaStsMode, PublishedDmarcPolicy};

pub use crate::dns_record::{DnsRecord, RecordType, TTL};

/// Checks running at once in a process (see `check`).
static CHECKS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

/// The longest one lookup of a check may take.
const LOOKUP_BUDGET: std::time::Duration = std::time::Duration::from_secs(8);

/// Runs `futures` as tasks at once; their outputs in order.
async fn join_all<T: Send + 'static>(
    futures: impl Iterator<Item = impl std::future::Future<Output = T> + Send + 'static>,
) -> CoreResult<Vec<T>> {
    let mut tasks = tokio::task::JoinSet::new();
    for (index, future) in futures.enumerate() {
        tasks.spawn(async move { (index, future.await) });
    }
    let mut done = Vec::with_capacity(tasks.len());
    while let Some(joined) = tasks.join_next().await {
        done.push(joined.map_err(|e| CoreError::Internal(format!("a DNS check: {e}").into()))?);
    }
    done.sort_by_key(|(index, _)| *index);
    Ok(done.into_iter().map(|(_, out)| out).collect())
}

/// How long senders keep an MTA-STS policy (RFC 8461 section 3.2: weeks are usual).
const MTA_STS_MAX_AGE: u32 = 604_800;

/// What a domain publishes.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainDnsRecords {
    pub domain: String,
    pub records: Vec<DnsRecord>,
    /// The same records as a zone-file fragment.
    pub zone: String,
    /// The MTA-STS policy file served at `https://mta-sts.<domain>/.well-known/mta-sts.txt`;
    /// absent when MTA-STS is off.
    pub mta_sts_policy: Option<String>,
}

/// How one record stands in DNS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum RecordStatus {
    Ok,
    /// Nothing of the kind is published at the name.
    Missing,
    /// Something else is published (see `found`).
    Different,
    /// The name servers did not answer.
    LookupFailed,
}

/// One record, as checked.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CheckedRecord {
    #[serde(flatten)]
    pub record: DnsRecord,
    pub status: RecordStatus,
    /// What DNS holds at the name for this record (of its type; for TXT, the records of its
    /// kind: `v=spf1`, `v=DKIM1`, ...).
    pub found: Vec<String>,
}

/// How an outbound address's reverse DNS stands: receivers want a PTR whose name points back
/// at the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum ReverseStatus {
    Ok,
    /// No PTR record.
    Missing,
    /// A PTR, but none of its names resolves back to the address.
    NotConfirmed,
    LookupFailed,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReverseCheck {
    #[schema(value_type = String)]
    pub address: IpAddr,
    pub status: ReverseStatus,
    /// The PTR names found.
    pub names: Vec<String>,
}

/// A domain's records as DNS has them.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainDnsCheck {
    pub domain: String,
    pub records: Vec<CheckedRecord>,
    /// The reverse DNS of the outbound addresses of the mail-auth settings.
    pub reverse_dns: Vec<ReverseCheck>,
}

/// What the records are made from, beside the domain.
pub struct Server<'a> {
    /// The server's DNS name: the MX and the host clients connect to.
    pub hostname: &'a str,
    /// The mail services as the static configuration sets them up.
    pub services: &'a [ServiceDefault],
}

/// The records the domain should publish.
pub async fn records(
    pool: &PgPool,
    principal: &Principal,
    server: &Server<'_>,
    id: DomainId,
) -> CoreResult<DomainDnsRecords> {
    let mut conn = pool.acquire().await?;
    let ctx = crate::administered_domain(&mut conn, principal, id, Access::Read, false).await?;
    let settings = crate::settings::mail_auth_in(&mut conn).await?;
    let keys = crate::keys::published(&mut conn, id, &ctx.name, settings.retired_key_days).await?;
    // Mail from a domain alias is signed as the alias: it needs the mail records too.
    let aliases: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM mail_domain_names WHERE domain_id = $1 AND is_alias ORDER BY name",
    )
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut alias_keys = Vec::with_capacity(aliases.len());
    for alias in &aliases {
        alias_keys
            .push(crate::keys::published(&mut conn, id, alias, settings.retired_key_days).await?);
    }
    drop(conn);
    let relay = postbay_core::outbound_settings::delivery(pool)
        .await?
        .relay
        .map(|r| r.host);
    let services = postbay_core::services::effective(pool, server.services).await?;
    let ports = |name: ServiceName| {
        services
            .iter()
            .find(|s| s.name == name && s.enabled)
            .and_then(|s| s.addresses.first())
            .map(|a| a.port())
    };
    let plan = Plan {
        domain: &ctx.name,
        hostname: server.hostname,
        settings: &settings,
        relay: relay.as_deref(),
        ports: [
            ("_submissions._tcp", ports(ServiceName::Submissions)),
            ("_submission._tcp", ports(ServiceName::Submission)),
            ("_imaps._tcp", ports(ServiceName::Imaps)),
            ("_imap._tcp", ports(ServiceName::Imap)),
            ("_pop3s._tcp", ports(ServiceName::Pop3s)),
            ("_pop3._tcp", ports(ServiceName::Pop3)),
            // RFC 5804 1.8: where mail clients find ManageSieve.
            ("_sieve._tcp", ports(ServiceName::ManageSieve)),
        ],
    };
    let mut records = plan.records();
    records.splice(2..2, keys);
    for (alias, keys) in aliases.iter().zip(alias_keys) {
        let plan = Plan {
            domain: alias,
            ..plan
        };
        let mut mail = plan.mail_records();
        mail.splice(2..2, keys);
        records.extend(mail);
    }
    Ok(DomainDnsRecords {
        domain: ctx.name.clone(),
        zone: zone(&records),
        mta_sts_policy: plan.mta_sts_policy(),
        records,
    })
}

/// Looks every record up through the configured name servers, outside any transaction.
pub async fn check(
    pool: &PgPool,
    principal: &Principal,
    dns: &Dns,
    server: &Server<'_>,
    id: DomainId,
) -> CoreResult<DomainDnsCheck> {
    let wanted = records(pool, principal, server, id).await?;
    let settings = crate::settings::mail_auth(pool).await?;
    // A few checks at a time per process: each asks a dozen questions or more of the name
    // servers delivery relies on too.
    let _turn = CHECKS
        .acquire()
        .await
        .map_err(|_| CoreError::Internal("DNS checks stopped".into()))?;
    // Every question at once: a name server that does not answer costs one timeout, not one
    // per record.
    let records = wanted.records.into_iter().map(|record| {
        let dns = dns.clone();
        async move {
            let name = record.name.clone();
            match tokio::time::timeout(LOOKUP_BUDGET, check_one(&dns, record.clone())).await {
                Ok(checked) => checked,
                Err(_) => {
                    tracing::debug!(%name, "a record lookup timed out");
                    CheckedRecord {
                        record,
                        status: RecordStatus::LookupFailed,
                        found: Vec::new(),
                    }
                }
            }
        }
    });
    let reverse = settings.outbound_addresses.into_iter().map(|address| {
        let dns = dns.clone();
        async move {
            tokio::time::timeout(LOOKUP_BUDGET, check_reverse(&dns, address))
                .await
                .unwrap_or(ReverseCheck {
                    address,
                    status: ReverseStatus::LookupFailed,
                    names: Vec::new(),
                })
        }
    });
    let (checked, reverse_dns) = tokio::join!(join_all(records), join_all(reverse));
    let (checked, reverse_dns) = (checked?, reverse_dns?);
    Ok(DomainDnsCheck {
        domain: wanted.domain,
        records: checked,
        reverse_dns,
    })
}

async fn check_one(dns: &Dns, record: DnsRecord) -> CheckedRecord {
    let found = match dns.records(&record.name, record.record_type.kind()).await {
        Ok(found) => found,
        Err(e) => {
            tracing::debug!(name = %record.name, error = %e, "a record lookup failed");
            return CheckedRecord {
                record,
                status: RecordStatus::LookupFailed,
                found: Vec::new(),
            };
        }
    };
    // A TXT name may hold records of other kinds (a verification token beside SPF): only
    // those of this record's kind count.
    let found: Vec<String> = match record.record_type {
        RecordType::Txt => {
            let kind = txt_kind(&record.value);
            found.into_iter().filter(|f| txt_kind(f) == kind).collect()
        }
        _ => found,
    };
    let wanted = Comparable::of(record.record_type, &record.value);
    let status = if found.is_empty() {
        RecordStatus::Missing
    } else if record.record_type == RecordType::Txt && found.len() > 1 {
        // Two SPF or DMARC records are as good as none (RFC 7208 section 4.5, RFC 7489
        // section 6.6.3): whichever they say, the domain must publish one.
        RecordStatus::Different
    } else if found
        .iter()
        .any(|f| Comparable::of(record.record_type, f) == wanted)
    {
        RecordStatus::Ok
    } else {
        RecordStatus::Different
    };
    CheckedRecord {
        record,
        status,
        found,
    }
}

/// The version tag a TXT record starts with (`v=spf1`, `v=DKIM1`), lower case.
fn txt_kind(text: &str) -> String {
    text.split(';')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// A record's value as two of them are compared: host names without regard to case or a
/// final dot; tag lists (`v=DKIM1; k=rsa; p=...`, DMARC, MTA-STS, TLS-RPT) as sets of tags,
/// whatever their order and spacing; SPF term by term.
#[derive(Debug, PartialEq, Eq)]
enum Comparable {
    Text(String),
    Tags(std::collections::BTreeMap<String, String>),
}

impl Comparable {
    fn of(record_type: RecordType, value: &str) -> Self {
        let words = || value.split_whitespace().collect::<Vec<_>>().join(" ");
        match record_type {
            RecordType::Txt if value.contains('=') && value.contains(';') => Self::Tags(
                value
                    .split(';')
                    .filter_map(|tag| tag.split_once('='))
                    .map(|(k, v)| {
                        let value: String = v.split_whitespace().collect();
                        (k.trim().to_ascii_lowercase(), value)
                    })
                    .collect(),
            ),
            RecordType::Txt => Self::Text(words()),
            _ => Self::Text(words().trim_end_matches('.').to_ascii_lowercase()),
        }
    }
}

async fn check_reverse(dns: &Dns, address: IpAddr) -> ReverseCheck {
    let names = match dns.reverse(address).await {
        Ok(names) => names,
        Err(_) => {
            return ReverseCheck {
                address,
                status: ReverseStatus::LookupFailed,
                names: Vec::new(),
            };
        }
    };
    let mut status = if names.is_empty() {
        ReverseStatus::Missing
    } else {
        ReverseStatus::NotConfirmed
    };
    for name in &names {
        match dns.addresses(name).await {
            Ok(addresses) if addresses.contains(&address) => status = ReverseStatus::Ok,
            Ok(_) => {}
            Err(_) if status != ReverseStatus::Ok => status = ReverseStatus::LookupFailed,
            Err(_) => {}
        }
    }
    ReverseCheck {
        address,
        status,
        names,
    }
}

/// The records other than the DKIM keys', made from the settings.
#[derive(Clone, Copy)]
struct Plan<'a> {
    domain: &'a str,
    hostname: &'a str,
    settings: &'a MailAuthSettings,
    relay: Option<&'a str>,
    /// RFC 6186 service labels with the port each service listens on (none: off).
    ports: [(&'static str, Option<u16>); 7],
}

impl Plan<'_> {
    fn record(&self, record_type: RecordType, label: &str, value: String) -> DnsRecord {
        let name = if label.is_empty() {
            self.domain.to_string()
        } else {
            format!("{label}.{}", self.domain)
        };
        DnsRecord {
            record_type,
            name,
            value,
            ttl: TTL,
        }
    }

    fn host(&self) -> String {
        format!("{}.", self.hostname.trim_end_matches('.'))
    }

    fn spf(&self) -> String {
        let mut mechanisms: Vec<String> = self
            .settings
            .outbound_addresses
            .iter()
            .map(|ip| match ip {
                IpAddr::V4(v4) => format!("ip4:{v4}"),
                IpAddr::V6(v6) => format!("ip6:{v6}"),
            })
            .collect();
        if mechanisms.is_empty() {
            mechanisms.push(format!("a:{}", self.relay.unwrap_or(self.hostname)));
        }
        format!("v=spf1 {} ~all", mechanisms.join(" "))
    }

    fn dmarc(&self) -> String {
        let policy = match self.settings.dmarc_policy {
            PublishedDmarcPolicy::None => "none",
            PublishedDmarcPolicy::Quarantine => "quarantine",
            PublishedDmarcPolicy::Reject => "reject",
        };
        format!("v=DMARC1; p={policy}; adkim=r; aspf=r")
    }

    fn mta_sts_policy(&self) -> Option<String> {
        mta_sts_text(self.settings, self.hostname)
    }

    /// What a name needs for mail: MX, SPF and DMARC (the DKIM key records go after SPF).
    fn mail_records(&self) -> Vec<DnsRecord> {
        vec![
            self.record(RecordType::Mx, "", format!("10 {}", self.host())),
            self.record(RecordType::Txt, "", self.spf()),
            self.record(RecordType::Txt, "_dmarc", self.dmarc()),
        ]
    }

    /// A domain's records: its mail records, MTA-STS and TLS-RPT, and what mail clients
    /// configure themselves from.
    fn records(&self) -> Vec<DnsRecord> {
        let mut records = self.mail_records();
        if let Some(policy) = self.mta_sts_policy() {
            // The policy's id changes whenever the policy does (RFC 8461 section 3.1).
            let id = hex::encode(&Sha256::digest(policy.as_bytes())[..10]);
            records.push(self.record(RecordType::Txt, "_mta-sts", format!("v=STSv1; id={id}")));
            records.push(self.record(RecordType::Cname, "mta-sts", self.host()));
            records.push(self.record(
                RecordType::Txt,
                "_smtp._tls",
                format!("v=TLSRPTv1; rua=mailto:postmaster@{}", self.domain),
            ));
        }
        records.push(self.record(RecordType::Cname, "autoconfig", self.host()));
        records.push(self.record(RecordType::Cname, "autodiscover", self.host()));
        // Outlook looks for its autodiscover service here when the name above does not
        // answer (MS-OXDSCLI): HTTPS on the host (the API behind a TLS front).
        records.push(self.record(
            RecordType::Srv,
            "_autodiscover._tcp",
            format!("0 1 443 {}", self.host()),
        ));
        for (label, port) in self.ports {
            if let Some(port) = port {
                records.push(self.record(
                    RecordType::Srv,
                    label,
                    format!("0 1 {port} {}", self.host()),
                ));
            }
        }
        records
    }
}

/// The records as a zone-file fragment; TXT text split into strings of at most 255 octets.
fn zone(records: &[DnsRecord]) -> String {
    let mut zone = String::new();
    for r in records {
        let value = match r.record_type {
            RecordType::Txt => r
                .value
                .as_bytes()
                .chunks(255)
                .map(|chunk| format!("\"{}\"", String::from_utf8_lossy(chunk)))
                .collect::<Vec<_>>()
                .join(" "),
            _ => r.value.clone(),
        };
        zone.push_str(&format!(
            "{}.\t{}\tIN\t{}\t{}\n",
            r.name,
            r.ttl,
            r.record_type.as_str(),
            value
        ));
    }
    zone
}

/// The MTA-STS policy for a request to `host` (`mta-sts.<domain>`), served without
/// authentication as RFC 8461 requires; `None` when the host is no hosted domain's policy
/// host or MTA-STS is off.
pub async fn mta_sts_policy(
    pool: &PgPool,
    hostname: &str,
    host: &str,
) -> CoreResult<Option<String>> {
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    let Some(domain) = host.strip_prefix("mta-sts.") else {
        return Ok(None);
    };
    let known: Option<String> =
        sqlx::query_scalar("SELECT name FROM mail_domain_names WHERE name = $1")
            .bind(domain)
            .fetch_optional(pool)
            .await?;
    if known.is_none() {
        return Ok(None);
    }
    let settings = crate::settings::mail_auth(pool).await?;
    Ok(mta_sts_text(&settings, hostname))
}

/// The MTA-STS policy file (RFC 8461 section 3.2): the same for every domain, the server
/// being every domain's MX; `None` when MTA-STS is off.
fn mta_sts_text(settings: &MailAuthSettings, hostname: &str) -> Option<String> {
    let mode = match settings.mta_sts_mode {
        MtaStsMode::Testing => "testing",
        MtaStsMode::Enforce => "enforce",
        MtaStsMode::None => return None,
    };
    Some(format!(
        "version: STSv1\r\nmode: {mode}\r\nmx: {}\r\nmax_age: {MTA_STS_MAX_AGE}\r\n",
        hostname.trim_end_matches('.')
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_without_spacing_order_case_or_final_dots() {
        let txt = |v| Comparable::of(RecordType::Txt, v);
        assert_eq!(
            txt("v=DMARC1;p=none;  adkim=r"),
            txt("v=DMARC1; adkim=r; p=none")
        );
        assert_ne!(txt("v=DMARC1; p=none"), txt("v=DMARC1; p=reject"));
        assert_eq!(txt("v=DKIM1; k=rsa; p=AB CD"), txt("k=rsa;v=DKIM1;p=ABCD"));
        assert_eq!(txt("v=spf1  a   -all"), txt("v=spf1 a -all"));
        assert_ne!(txt("v=spf1 a -all"), txt("v=spf1 a ~all"));
        assert_eq!(
            Comparable::of(RecordType::Mx, "10 MX.Example.NET."),
            Comparable::of(RecordType::Mx, "10 mx.example.net")
        );
        assert_eq!(txt_kind("v=spf1 a -all"), "v=spf1");
        assert_eq!(txt_kind("v=DKIM1; k=rsa; p=x"), "v=dkim1");
    }

    #[test]
    fn long_txt_values_are_split_in_the_zone() {
        let record = DnsRecord {
            record_type: RecordType::Txt,
            name: "s._domainkey.a.test".into(),
            value: "x".repeat(300),
            ttl: TTL,
        };
        let zone = zone(&[record]);
        assert!(zone.contains(&format!("\"{}\" \"{}\"", "x".repeat(255), "x".repeat(45))));
    }
}
