//! What the collector reads and records while it downloads: the account opened for a run,
//! which rule takes an address, the lease that keeps a run to one process, and the downloads.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::access::{Access, Principal};
use crate::error::CoreResult;
use crate::ids::{DomainId, Pop3AccountId};
use crate::names::EmailAddress;
use crate::secrets::SecretKey;

use super::accounts::{
    Pop3Authentication, Pop3Delivery, Pop3Retention, Pop3Security, authorized, check_domain,
};
use super::rules::{RuleTarget, SortAddress, parse_rule, rules_of};
use super::{DIGEST_MEMORY_DAYS, GONE, Owner};

/// An account as the collector needs it: connection details with the password opened, and
/// how to sort and keep what it downloads.
#[derive(Clone)]
pub struct CollectTarget {
    pub id: Uuid,
    pub host: String,
    pub port: u16,
    pub security: Pop3Security,
    pub authentication: Pop3Authentication,
    pub verify_certificate: bool,
    pub username: String,
    pub password: String,
    pub delivery: Pop3Delivery,
    pub preferred_header: String,
    pub drop_duplicates: bool,
    pub max_session_bytes: u64,
    pub max_session_messages: u32,
    pub retention: Pop3Retention,
    /// The enabled rules, parsed, in the order they are tried.
    pub rules: Vec<(SortAddress, RuleTarget)>,
    /// Only public addresses may be connected to: the account belongs to a tenant or domain,
    /// whose administrators must not reach the server's own network through it.
    pub public_only: bool,
}

impl std::fmt::Debug for CollectTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the password.
        f.debug_struct("CollectTarget")
            .field("id", &self.id)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

type TargetRow = (
    Uuid,
    String,
    i32,
    Pop3Security,
    Pop3Authentication,
    bool,
    String,
    String,
    Option<String>,
    String,
    bool,
    i64,
    i32,
    Option<i32>,
);

const TARGET_COLUMNS: &str = "id, host, port, security, authentication, verify_certificate, username, password_sealed, \
    deliver_to, preferred_header, drop_duplicates, max_session_bytes, max_session_messages, keep_days";

/// The account as the collector uses it. What it delivers to is checked again against its
/// owner's reach: a domain that became another tenant's since the rule was written is not
/// delivered to.
async fn target(
    conn: &mut PgConnection,
    key: &SecretKey,
    row: TargetRow,
) -> CoreResult<CollectTarget> {
    let owner_row: (Uuid, Option<Uuid>, Vec<Uuid>, bool) = sqlx::query_as(
        "SELECT p.tenant_id, p.domain_id, t.ancestors, t.parent_id IS NULL AND p.domain_id IS NULL
         FROM pop3_accounts p JOIN tenants t ON t.id = p.tenant_id WHERE p.id = $1",
    )
    .bind(row.0)
    .fetch_one(&mut *conn)
    .await?;
    let owner = Owner {
        tenant: owner_row.0,
        domain: owner_row.1.map(DomainId),
        tenant_path: owner_row.2,
    };
    let deliver_to = row
        .8
        .as_deref()
        .map(|a| EmailAddress::parse(a, "delivery.address"))
        .transpose()?;
    let mut parsed = Vec::new();
    for r in rules_of(conn, row.0).await? {
        match parse_rule(&r.sort_address, &r.deliver_to) {
            Ok(rule) if r.enabled => parsed.push((r.id, rule)),
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(rule = %r.id, error = %e, "a stored sorting rule does not parse; skipped")
            }
        }
    }
    let names: Vec<&str> = parsed
        .iter()
        .map(|(_, (_, to))| to.domain().as_str())
        .chain(deliver_to.iter().map(|a| a.domain().as_str()))
        .collect();
    let reach = owner.local_reach(conn, &names).await?;
    if let Some(address) = &deliver_to {
        check_domain(&reach, address.domain(), "delivery.address", false)?;
    }
    let mut rules = Vec::new();
    for (id, (sort, to)) in parsed {
        match to.check_reach(&reach) {
            Ok(()) => rules.push((sort, to)),
            Err(e) => {
                tracing::warn!(rule = %id, error = %e, "a sorting rule is no longer valid; skipped")
            }
        }
    }
    Ok(CollectTarget {
        public_only: !owner_row.3,
        id: row.0,
        host: row.1,
        port: u16::try_from(row.2).unwrap_or(110),
        security: row.3,
        authentication: row.4,
        verify_certificate: row.5,
        username: row.6,
        password: key.open(&row.7)?,
        delivery: match row.8 {
            Some(address) => Pop3Delivery::Address { address },
            None => Pop3Delivery::SortingRules,
        },
        preferred_header: row.9,
        drop_duplicates: row.10,
        max_session_bytes: u64::try_from(row.11).unwrap_or(0),
        max_session_messages: u32::try_from(row.12).unwrap_or(0),
        retention: Pop3Retention::from_keep_days(row.13),
        rules,
    })
}

/// Where a rule sends a matched address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Matched {
    /// The rule's own target.
    Target(EmailAddress),
    /// The address's local part in another domain (`*@a > *@b`): it counts only if that
    /// address exists here.
    SameLocalPart(EmailAddress),
}

/// The rule that takes `address`: a complete address first, then `*@domain`. The `*` rule is
/// not consulted here (it applies to the message as a whole).
pub fn rule_for(rules: &[(SortAddress, RuleTarget)], address: &EmailAddress) -> Option<Matched> {
    let exact = rules
        .iter()
        .find(|(sort, _)| matches!(sort, SortAddress::Exact(a) if a == address));
    let by_domain = || {
        rules
            .iter()
            .find(|(sort, _)| matches!(sort, SortAddress::Domain(d) if d == address.domain()))
    };
    let (_, target) = exact.or_else(by_domain)?;
    match target {
        RuleTarget::Address(a) => Some(Matched::Target(a.clone())),
        RuleTarget::SameLocalPart(domain) => {
            EmailAddress::parse(&format!("{}@{}", address.local(), domain.as_str()), "rule")
                .ok()
                .map(Matched::SameLocalPart)
        }
    }
}

/// The target of the `*` rule, if the account has one.
pub fn catch_all(rules: &[(SortAddress, RuleTarget)]) -> Option<EmailAddress> {
    rules
        .iter()
        .find_map(|(sort, target)| match (sort, target) {
            (SortAddress::Any, RuleTarget::Address(a)) => Some(a.clone()),
            _ => None,
        })
}

impl CollectTarget {
    /// Whether a message downloaded at `downloaded_at` goes from the server now.
    pub fn deletes(&self, downloaded_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        match self.retention {
            Pop3Retention::Delete => true,
            Pop3Retention::Keep => false,
            Pop3Retention::KeepDays { days } => {
                downloaded_at + chrono::Duration::days(i64::from(days)) <= now
            }
        }
    }

    /// Whether a session that took `taken` messages of `bytes` in all may take one of `size`
    /// more. A message alone larger than the byte limit still comes, on a session of its own.
    pub fn has_room(&self, taken: u32, bytes: u64, size: u64) -> bool {
        let counted_out = self.max_session_messages > 0 && taken >= self.max_session_messages;
        let sized_out =
            self.max_session_bytes > 0 && taken > 0 && bytes + size > self.max_session_bytes;
        !(counted_out || sized_out)
    }
}

/// An account's connection details for a connection test by an administrator who may
/// change it (the test uses its password).
pub async fn test_target(
    pool: &PgPool,
    principal: &Principal,
    key: &SecretKey,
    id: Pop3AccountId,
) -> CoreResult<CollectTarget> {
    principal.require_writable()?;
    let mut conn = pool.acquire().await?;
    authorized(&mut conn, principal, id, Access::Write).await?;
    let row: TargetRow = sqlx::query_as(&format!(
        "SELECT {TARGET_COLUMNS} FROM pop3_accounts WHERE id = $1"
    ))
    .bind(id.0)
    .fetch_one(&mut *conn)
    .await?;
    target(&mut conn, key, row).await
}

/// What testing an account's connection found.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionTest {
    /// Connected, negotiated TLS as the account says and logged in.
    pub ok: bool,
    /// The connection was encrypted.
    pub secure: bool,
    /// Messages and bytes waiting in the remote mailbox.
    pub messages: Option<u32>,
    pub bytes: Option<u64>,
    /// What failed: resolving, connecting, TLS (with the certificate's fault), or the login.
    pub error: Option<String>,
}

/// How long a claim on an account or a job lasts unless its process extends it.
pub const LEASE_SECONDS: i64 = 120;

/// Why an account was not collected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotLeased {
    /// Another process (or run) is collecting it.
    Busy,
    Disabled,
    Gone,
    /// Its settings cannot be used now (the password cannot be opened with this server's key,
    /// its delivery address is outside its owner's reach): recorded as a failed run.
    Unusable(String),
}

/// Takes the account for `process` unless someone else holds it: no account is collected by
/// two processes (or two runs) at once.
pub async fn lease(
    pool: &PgPool,
    key: &SecretKey,
    account: Uuid,
    process: Uuid,
) -> CoreResult<Result<CollectTarget, NotLeased>> {
    let mut tx = pool.begin().await?;
    let state: Option<(bool, bool)> = sqlx::query_as(
        "SELECT enabled, COALESCE(running_until > now(), false) FROM pop3_accounts WHERE id = $1 FOR UPDATE",
    )
    .bind(account)
    .fetch_optional(&mut *tx)
    .await?;
    match state {
        None => return Ok(Err(NotLeased::Gone)),
        Some((false, _)) => return Ok(Err(NotLeased::Disabled)),
        Some((_, true)) => return Ok(Err(NotLeased::Busy)),
        Some(_) => {}
    }
    let row: TargetRow = sqlx::query_as(&format!(
        "UPDATE pop3_accounts SET running_by = $2, running_until = now() + make_interval(secs => $3)
         WHERE id = $1 RETURNING {TARGET_COLUMNS}"
    ))
    .bind(account)
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    let mut conn = pool.acquire().await?;
    match target(&mut conn, key, row).await {
        Ok(target) => Ok(Ok(target)),
        Err(e) => {
            let why = format!("the account cannot be used: {e}");
            let failed = AccountRunResult {
                error: Some(why.clone()),
                ..AccountRunResult::default()
            };
            finish_run(pool, account, process, &failed).await?;
            Ok(Err(NotLeased::Unusable(why)))
        }
    }
}

/// Extends the claims of `process` on the accounts and jobs it is still at (only those: a
/// claim a failed run could not give back ends by itself).
pub async fn extend_leases(
    pool: &PgPool,
    process: Uuid,
    accounts: &[Uuid],
    jobs: &[Uuid],
) -> CoreResult<()> {
    sqlx::query(
        "UPDATE pop3_accounts SET running_until = now() + make_interval(secs => $2)
         WHERE id IN (SELECT id FROM pop3_accounts WHERE id = ANY($3) AND running_by = $1
                      AND running_until IS NOT NULL ORDER BY id FOR UPDATE)",
    )
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .bind(accounts)
    .execute(pool)
    .await?;
    sqlx::query(
        "UPDATE collection_jobs SET claimed_until = now() + make_interval(secs => $2)
         WHERE claimed_by = $1 AND state = 'running' AND id = ANY($3)",
    )
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .bind(jobs)
    .execute(pool)
    .await?;
    Ok(())
}

/// What one collection of an account did.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccountRunResult {
    pub account_id: Option<Pop3AccountId>,
    pub host: String,
    pub username: String,
    /// Messages stored here (delivered to at least one recipient).
    pub messages: i32,
    /// Bytes downloaded.
    pub bytes: i64,
    /// Messages dropped as duplicates of one already collected.
    pub duplicates: i32,
    /// Messages no rule took (no `*` rule): logged and dropped.
    pub discarded: i32,
    /// Messages left for a later session by the per-session limits or a temporary failure.
    pub deferred: i32,
    /// Messages deleted on the remote server.
    pub deleted: i32,
    /// Why the run failed or was skipped; absent when it succeeded.
    pub error: Option<String>,
    /// A run that worked but left a message on the server (a full mailbox, a target that takes
    /// no mail, a message over the size bound): shown as the account's last error without
    /// counting as a failure.
    pub warning: Option<String>,
    /// The run did not happen: the account was busy, disabled or backing off.
    pub skipped: bool,
}

/// Back-off after `failures` failed runs in a row: 1, 2, 4 ... minutes, at most an hour.
pub(super) fn back_off(failures: i32) -> i64 {
    let exponent = u32::try_from(failures.clamp(1, 7) - 1).unwrap_or(0);
    (1_i64 << exponent).min(60) * 60
}

/// Records how a run of `process` went and gives the account back (unless its lease was lost
/// meanwhile: then it is another run's).
pub async fn finish_run(
    pool: &PgPool,
    account: Uuid,
    process: Uuid,
    result: &AccountRunResult,
) -> CoreResult<()> {
    match &result.error {
        None => {
            sqlx::query(
                "UPDATE pop3_accounts SET running_by = NULL, running_until = NULL, last_run_at = now(),
                     last_success_at = now(), last_error = $4, consecutive_failures = 0, retry_after = NULL,
                     last_messages = $2, last_bytes = $3, total_messages = total_messages + $2,
                     total_bytes = total_bytes + $3
                 WHERE id = $1 AND running_by = $5",
            )
            .bind(account)
            .bind(result.messages)
            .bind(result.bytes)
            .bind(&result.warning)
            .bind(process)
            .execute(pool)
            .await?;
        }
        Some(error) => {
            let mut tx = pool.begin().await?;
            let failures: Option<i32> = sqlx::query_scalar(
                "UPDATE pop3_accounts SET running_by = NULL, running_until = NULL, last_run_at = now(),
                     last_error = $2, consecutive_failures = consecutive_failures + 1,
                     last_messages = $3, last_bytes = $4, total_messages = total_messages + $3,
                     total_bytes = total_bytes + $4
                 WHERE id = $1 AND running_by = $5 RETURNING consecutive_failures",
            )
            .bind(account)
            .bind(error)
            .bind(result.messages)
            .bind(result.bytes)
            .bind(process)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(failures) = failures {
                // The first failure of a run of them is announced to the owner's webhooks
                // (`collection.failed`, through the outbox of migration 0044), not every retry.
                sqlx::query(
                    "WITH failing AS (
                         UPDATE pop3_accounts SET retry_after = now() + make_interval(secs => $2)
                          WHERE id = $1 RETURNING id, tenant_id, domain_id, host)
                     SELECT webhook_emit(t.ancestors, 'collection.failed', jsonb_strip_nulls(jsonb_build_object(
                                'id', f.id, 'domainId', f.domain_id, 'host', f.host, 'error', $3::text,
                                'consecutiveFailures', $4::int)))
                       FROM failing f JOIN tenants t ON t.id = f.tenant_id WHERE $4::int = 1",
                )
                .bind(account)
                .bind(back_off(failures) as f64)
                .bind(error)
                .bind(failures)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        }
    }
    Ok(())
}

/// The messages of `uidls` already collected for the account, with when.
pub async fn downloaded(
    pool: &PgPool,
    account: Uuid,
    uidls: &[String],
) -> CoreResult<Vec<(String, DateTime<Utc>)>> {
    Ok(sqlx::query_as(
        "SELECT uidl, downloaded_at FROM pop3_downloads WHERE account_id = $1 AND uidl = ANY($2)",
    )
    .bind(account)
    .bind(uidls)
    .fetch_all(pool)
    .await?)
}

/// Whether a message with this digest was collected for the account before.
pub async fn seen_digest(pool: &PgPool, account: Uuid, sha256: &[u8]) -> CoreResult<bool> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pop3_downloads WHERE account_id = $1 AND sha256 = $2)",
    )
    .bind(account)
    .bind(sha256)
    .fetch_one(pool)
    .await?)
}

/// A message collected from a remote mailbox, as the pipeline stores it.
pub struct CollectedDownload<'a> {
    /// The POP3 account it came from.
    pub account: Uuid,
    /// The collecting process, which must still hold the account's lease.
    pub process: Uuid,
    pub uidl: &'a str,
    pub sha256: &'a [u8],
}

/// Records collected messages as downloaded, in the transaction that stores them: only while
/// each collecting process still holds its account's lease (held until the commit, so no
/// other process can take it over in between); `false`, and nothing recorded, when one no
/// longer does.
pub async fn record_downloads_in(
    conn: &mut sqlx::PgConnection,
    collected: &[CollectedDownload<'_>],
) -> CoreResult<bool> {
    if collected.is_empty() {
        return Ok(true);
    }
    let accounts: Vec<Uuid> = collected.iter().map(|c| c.account).collect();
    let processes: Vec<Uuid> = collected.iter().map(|c| c.process).collect();
    let leased: Vec<Uuid> = sqlx::query_scalar(
        "SELECT p.id FROM pop3_accounts p JOIN unnest($1::uuid[], $2::uuid[]) AS x(a, proc)
           ON p.id = x.a AND p.running_by = x.proc AND p.running_until > now()
         ORDER BY p.id FOR SHARE OF p",
    )
    .bind(&accounts)
    .bind(&processes)
    .fetch_all(&mut *conn)
    .await?;
    if leased.len() != collected.len() {
        return Ok(false);
    }
    let uidls: Vec<&str> = collected.iter().map(|c| c.uidl).collect();
    let digests: Vec<&[u8]> = collected.iter().map(|c| c.sha256).collect();
    sqlx::query(
        "INSERT INTO pop3_downloads (account_id, uidl, sha256)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::bytea[]) ON CONFLICT DO NOTHING",
    )
    .bind(&accounts)
    .bind(&uidls)
    .bind(&digests)
    .execute(conn)
    .await?;
    Ok(true)
}

/// Records a message taken without storing it (a duplicate, or one no rule took). Stored
/// messages are recorded by the delivery pipeline, in the transaction that stores them.
pub async fn record_download(
    pool: &PgPool,
    account: Uuid,
    uidl: &str,
    sha256: &[u8],
) -> CoreResult<()> {
    sqlx::query(
        "INSERT INTO pop3_downloads (account_id, uidl, sha256) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(account)
    .bind(uidl)
    .bind(sha256)
    .execute(pool)
    .await?;
    Ok(())
}

/// Downloads whose UIDL the server no longer lists keep only their digest (a new message that
/// gets a reused UIDL is not taken for them), and are forgotten once too old to matter for
/// duplicates. `present` is the server's whole UIDL list.
pub async fn forget_downloads(pool: &PgPool, account: Uuid, present: &[String]) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "DELETE FROM pop3_downloads WHERE account_id = $1 AND uidl LIKE 'gone %'
         AND downloaded_at < now() - make_interval(days => $2)",
    )
    .bind(account)
    .bind(DIGEST_MEMORY_DAYS)
    .execute(&mut *tx)
    .await?;
    sqlx::query(&format!(
        "UPDATE pop3_downloads SET {GONE} WHERE account_id = $1 AND uidl <> ALL($2)
         AND uidl NOT LIKE 'gone %' AND uidl NOT LIKE 'content %'"
    ))
    .bind(account)
    .bind(present)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
