//! What a domain's DNS records were at its last check, and the monitor that checks every
//! domain again once a day. A record found in another state than the last time (published,
//! taken away, changed) is announced to the tenant's webhooks as `domain.dns_check_changed`,
//! in the transaction that stores the new state; a lookup that failed changes nothing, so a
//! name server's bad minute is not news.

use std::collections::BTreeMap;
use std::time::Duration;

use postbay_core::access::Principal;
use postbay_core::ids::DomainId;
use postbay_core::services::ServiceDefault;
use postbay_core::{CoreError, CoreResult};
use postbay_dns::Dns;
use sqlx::PgPool;
use tokio::sync::watch;
use uuid::Uuid;

use crate::records::{self, DomainDnsCheck, RecordStatus, Server};

/// Domains one pass of the monitor takes.
const BATCH: i64 = 20;
/// How often the monitor looks for domains due.
const PASS: Duration = Duration::from_secs(600);

fn status_name(status: RecordStatus) -> Option<&'static str> {
    match status {
        RecordStatus::Ok => Some("ok"),
        RecordStatus::Missing => Some("missing"),
        RecordStatus::Different => Some("different"),
        RecordStatus::LookupFailed => None,
    }
}

/// Checks a domain's records (`records::check`) and remembers what it found, announcing what
/// changed since the last check: what the API's `checkDomainDns` and the monitor call.
pub async fn check(
    pool: &PgPool,
    principal: &Principal,
    dns: &Dns,
    server: &Server<'_>,
    id: DomainId,
) -> CoreResult<DomainDnsCheck> {
    let checked = records::check(pool, principal, dns, server, id).await?;
    remember(pool, id, &checked).await?;
    Ok(checked)
}

/// Stores a check's outcome and announces what changed since the last one (nothing on the
/// first: that is where the domain starts).
async fn remember(pool: &PgPool, id: DomainId, check: &DomainDnsCheck) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let previous: Option<sqlx::types::Json<BTreeMap<String, String>>> =
        sqlx::query_scalar("SELECT records FROM domain_dns_checks WHERE domain_id = $1 FOR UPDATE")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
    let previous = previous.map(|p| p.0).unwrap_or_default();
    let mut now: BTreeMap<String, String> = BTreeMap::new();
    let mut changes = Vec::new();
    for checked in &check.records {
        let record = &checked.record;
        let key = format!(
            "{} {} {}",
            record.record_type.as_str(),
            record.name,
            record.value
        );
        let was = previous.get(&key).cloned();
        let Some(status) = status_name(checked.status)
            .map(str::to_string)
            .or(was.clone())
        else {
            continue;
        };
        if let Some(was) = was.filter(|w| *w != status) {
            changes.push(
                serde_json::json!({"type": record.record_type.as_str(), "name": record.name,
                                            "was": was, "now": status}),
            );
        }
        now.insert(key, status);
    }
    sqlx::query(
        "INSERT INTO domain_dns_checks (domain_id, records, checked_at) VALUES ($1, $2, now())
         ON CONFLICT (domain_id) DO UPDATE SET records = EXCLUDED.records, checked_at = now()",
    )
    .bind(id.0)
    .bind(sqlx::types::Json(&now))
    .execute(&mut *tx)
    .await?;
    if !changes.is_empty() {
        let path: Vec<Uuid> = sqlx::query_scalar(
            "SELECT t.ancestors FROM domains d JOIN tenants t ON t.id = d.tenant_id WHERE d.id = $1",
        )
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
        let data = serde_json::json!({"id": id, "domain": check.domain, "changes": changes});
        postbay_webhooks::events::emit(&mut tx, &path, "domain.dns_check_changed", data).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Takes up to a batch of domains due for their daily check (never checked, or checked more
/// than a day ago), marking them taken so other nodes pass them by.
async fn due(pool: &PgPool) -> CoreResult<Vec<Uuid>> {
    let mut taken: Vec<Uuid> = sqlx::query_scalar(
        "UPDATE domain_dns_checks SET checked_at = now()
          WHERE domain_id IN (SELECT domain_id FROM domain_dns_checks WHERE checked_at < now() - interval '24 hours'
                               ORDER BY checked_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING domain_id",
    )
    .bind(BATCH)
    .fetch_all(pool)
    .await?;
    let fresh: Vec<Uuid> = sqlx::query_scalar(
        "INSERT INTO domain_dns_checks (domain_id, records, checked_at)
         SELECT d.id, '{}', now() FROM domains d
          WHERE d.status <> 'pending_deletion'
            AND NOT EXISTS (SELECT 1 FROM domain_dns_checks c WHERE c.domain_id = d.id)
          LIMIT $1
         ON CONFLICT (domain_id) DO NOTHING RETURNING domain_id",
    )
    .bind(BATCH)
    .fetch_all(pool)
    .await?;
    taken.extend(fresh);
    Ok(taken)
}

/// The monitor: every ten minutes, checks the domains due (each one a day), until `stop`.
/// Every node runs it; a domain is taken by one. No transaction is held over the lookups.
pub async fn run(
    pool: PgPool,
    dns: Dns,
    hostname: String,
    services: Vec<ServiceDefault>,
    mut stop: watch::Receiver<bool>,
) {
    let system = Principal::system();
    loop {
        if *stop.borrow() {
            return;
        }
        match due(&pool).await {
            Ok(domains) => {
                let server = Server {
                    hostname: &hostname,
                    services: &services,
                };
                for id in domains {
                    match check(&pool, &system, &dns, &server, DomainId(id)).await {
                        Ok(_) | Err(CoreError::NotFound { .. }) => {}
                        Err(e) => {
                            tracing::warn!(error = %e, domain = %id, "checking a domain's DNS records")
                        }
                    }
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "finding the domains whose DNS records are due a check")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(PASS) => {}
            _ = stop.changed() => {}
        }
    }
}
