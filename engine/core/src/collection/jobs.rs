//! Collection jobs: downloads asked for through the API or by the scheduler, claimed by any
//! process, with their per-account results.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::access::{Access, Principal, Role};
use crate::error::{CoreError, CoreResult};
use crate::ids::{CollectionJobId, DomainId, Pop3AccountId};

use super::accounts::authorized;
use super::runs::{AccountRunResult, LEASE_SECONDS};
use super::{JOB_DAYS, Owner};

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    Queued,
    Running,
    Finished,
}

crate::stored_as_text!(JobState { Queued => "queued", Running => "running", Finished => "finished" });

/// A run of the collector: one account, or every enabled account in the requester's reach.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CollectionJob {
    pub id: CollectionJobId,
    pub state: JobState,
    /// The one account collected; absent for a run of all.
    pub account_id: Option<Pop3AccountId>,
    pub all_accounts: bool,
    /// Started by the scheduler (such runs skip accounts that are backing off).
    pub scheduled: bool,
    pub requested_by: String,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    /// One entry per account, as each finished.
    pub results: Vec<AccountRunResult>,
    /// Sums over `results`.
    pub messages: i64,
    pub bytes: i64,
    /// Accounts whose run failed.
    pub failed: i32,
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RunCollection {
    /// One account; leave out for every enabled account in the caller's reach.
    pub account_id: Option<Pop3AccountId>,
}

type JobRow = (
    Uuid,
    JobState,
    Option<Uuid>,
    bool,
    bool,
    String,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    sqlx::types::Json<Vec<AccountRunResult>>,
    Uuid,
    Option<Uuid>,
    Vec<Uuid>,
);

const JOB_SELECT: &str = "SELECT j.id, j.state, j.account_id, j.all_accounts, j.scheduled, j.requested_by, j.created_at, \
    j.started_at, j.finished_at, j.results, j.tenant_id, j.domain_id, t.ancestors \
    FROM collection_jobs j JOIN tenants t ON t.id = j.tenant_id";

fn job(row: JobRow) -> (CollectionJob, Owner) {
    let results = row.9.0;
    let owner = Owner {
        tenant: row.10,
        tenant_path: row.12,
        domain: row.11.map(DomainId),
    };
    (
        CollectionJob {
            id: CollectionJobId(row.0),
            state: row.1,
            account_id: row.2.map(Pop3AccountId),
            all_accounts: row.3,
            scheduled: row.4,
            requested_by: row.5,
            created_at: row.6,
            started_at: row.7,
            finished_at: row.8,
            messages: results.iter().map(|r| i64::from(r.messages)).sum(),
            bytes: results.iter().map(|r| r.bytes).sum(),
            failed: i32::try_from(
                results
                    .iter()
                    .filter(|r| r.error.is_some() && !r.skipped)
                    .count(),
            )
            .unwrap_or(i32::MAX),
            results,
        },
        owner,
    )
}

async fn job_by_id(conn: &mut PgConnection, id: Uuid) -> CoreResult<(CollectionJob, Owner)> {
    let row: JobRow = sqlx::query_as(&format!("{JOB_SELECT} WHERE j.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound {
            kind: "collection job",
        })?;
    Ok(job(row))
}

/// Asks for a run ("download now"): of one account the caller may change, or of every enabled
/// account in its reach. Returns the queued job; any process's collector takes it up.
pub async fn run_collection(
    pool: &PgPool,
    principal: &Principal,
    input: RunCollection,
) -> CoreResult<CollectionJob> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let (owner, account) = match input.account_id {
        Some(id) => (
            authorized(&mut tx, principal, id, Access::Write)
                .await?
                .owner(),
            Some(id.0),
        ),
        None => {
            let domain = match &principal.role {
                Role::DomainAdmin { domain_id, .. } => Some(*domain_id),
                _ => None,
            };
            (
                Owner::for_new(&mut tx, principal, None, domain).await?,
                None,
            )
        }
    };
    // A run of the same thing that has not started yet is that run: asking again and again
    // queues no more than one behind the one running.
    let key = match account {
        Some(a) => a.to_string(),
        None => format!("all:{}:{:?}", owner.tenant, owner.domain),
    };
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 7))")
        .bind(&key)
        .execute(&mut *tx)
        .await?;
    let waiting: Option<Uuid> = sqlx::query_scalar(
        "SELECT id FROM collection_jobs WHERE state = 'queued' AND NOT scheduled
           AND account_id IS NOT DISTINCT FROM $1 AND all_accounts = $2 AND tenant_id = $3
           AND domain_id IS NOT DISTINCT FROM $4
         ORDER BY created_at LIMIT 1",
    )
    .bind(account)
    .bind(account.is_none())
    .bind(owner.tenant)
    .bind(owner.domain.map(|d| d.0))
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(waiting) = waiting {
        let (job, _) = job_by_id(&mut tx, waiting).await?;
        tx.commit().await?;
        return Ok(job);
    }
    let id = CollectionJobId::new();
    sqlx::query(
        "INSERT INTO collection_jobs (id, account_id, all_accounts, tenant_id, domain_id, requested_by, state)
         VALUES ($1, $2, $3, $4, $5, $6, 'queued')",
    )
    .bind(id.0)
    .bind(account)
    .bind(account.is_none())
    .bind(owner.tenant)
    .bind(owner.domain.map(|d| d.0))
    .bind(&principal.actor)
    .execute(&mut *tx)
    .await?;
    announce(&mut tx).await?;
    let (job, _) = job_by_id(&mut tx, id.0).await?;
    tx.commit().await?;
    Ok(job)
}

pub async fn get_job(
    pool: &PgPool,
    principal: &Principal,
    id: CollectionJobId,
) -> CoreResult<CollectionJob> {
    let mut conn = pool.acquire().await?;
    let (job, owner) = job_by_id(&mut conn, id.0).await?;
    owner.authorize(principal, Access::Read, "collection job")?;
    Ok(job)
}

/// Queues the scheduler's run of every enabled account, unless one is still waiting or
/// running (runs do not pile up behind a slow server).
pub async fn enqueue_scheduled(pool: &PgPool) -> CoreResult<Option<CollectionJobId>> {
    let mut tx = pool.begin().await?;
    let root = crate::tenants::root_in(&mut tx).await?;
    let id = CollectionJobId::new();
    let queued = sqlx::query(
        "INSERT INTO collection_jobs (id, all_accounts, tenant_id, scheduled, requested_by, state)
         SELECT $1, true, $2, true, 'scheduler', 'queued'
         WHERE NOT EXISTS (SELECT 1 FROM collection_jobs WHERE scheduled AND state <> 'finished')",
    )
    .bind(id.0)
    .bind(root.0)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    announce(&mut tx).await?;
    tx.commit().await?;
    Ok((queued > 0).then_some(id))
}

/// Tells the collectors of every process that a job is waiting (delivered at commit).
async fn announce(conn: &mut PgConnection) -> CoreResult<()> {
    sqlx::query("SELECT pg_notify('postbay_collection', '')")
        .execute(conn)
        .await?;
    Ok(())
}

/// A job a collector took, with the accounts it covers.
#[derive(Debug, Clone)]
pub struct ClaimedJob {
    pub id: Uuid,
    pub scheduled: bool,
    pub accounts: Vec<Uuid>,
}

/// Takes the oldest waiting job (or one whose process died) for `process`.
pub async fn claim_job(pool: &PgPool, process: Uuid) -> CoreResult<Option<ClaimedJob>> {
    let mut tx = pool.begin().await?;
    // id, account, all accounts, scheduled, tenant, domain
    type Waiting = (Uuid, Option<Uuid>, bool, bool, Uuid, Option<Uuid>);
    let found: Option<Waiting> = sqlx::query_as(
        "SELECT id, account_id, all_accounts, scheduled, tenant_id, domain_id FROM collection_jobs
         WHERE state = 'queued' OR (state = 'running' AND claimed_until < now())
         ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED",
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some((id, account, all, scheduled, tenant, domain)) = found else {
        return Ok(None);
    };
    sqlx::query(
        "UPDATE collection_jobs SET state = 'running', claimed_by = $2, started_at = COALESCE(started_at, now()),
             claimed_until = now() + make_interval(secs => $3)
         WHERE id = $1",
    )
    .bind(id)
    .bind(process)
    .bind(LEASE_SECONDS as f64)
    .execute(&mut *tx)
    .await?;
    // A job taken up again does not redo the accounts it has results for.
    let accounts: Vec<Uuid> = if all {
        sqlx::query_scalar(
            "SELECT p.id FROM pop3_accounts p JOIN tenants t ON t.id = p.tenant_id
             WHERE p.enabled AND t.ancestors @> ARRAY[$1]::uuid[] AND ($2::uuid IS NULL OR p.domain_id = $2)
               AND (NOT $3 OR p.retry_after IS NULL OR p.retry_after <= now())
               AND NOT EXISTS (SELECT 1 FROM collection_jobs j, jsonb_array_elements(j.results) r
                               WHERE j.id = $4 AND r->>'accountId' = p.id::text)
             ORDER BY p.id",
        )
        .bind(tenant)
        .bind(domain)
        .bind(scheduled)
        .bind(id)
        .fetch_all(&mut *tx)
        .await?
    } else {
        account.into_iter().collect()
    };
    tx.commit().await?;
    Ok(Some(ClaimedJob {
        id,
        scheduled,
        accounts,
    }))
}

/// Adds one account's result to a job (as soon as it is known, so progress can be read).
pub async fn add_job_result(pool: &PgPool, job: Uuid, result: &AccountRunResult) -> CoreResult<()> {
    sqlx::query("UPDATE collection_jobs SET results = results || jsonb_build_array($2::jsonb) WHERE id = $1")
        .bind(job)
        .bind(sqlx::types::Json(result))
        .execute(pool)
        .await?;
    Ok(())
}

/// Marks a job finished and drops finished jobs older than a week.
pub async fn finish_job(pool: &PgPool, job: Uuid) -> CoreResult<()> {
    sqlx::query(
        "UPDATE collection_jobs SET state = 'finished', finished_at = now(), claimed_by = NULL, claimed_until = NULL
         WHERE id = $1",
    )
    .bind(job)
    .execute(pool)
    .await?;
    sqlx::query(
        "DELETE FROM collection_jobs WHERE state = 'finished' AND finished_at < now() - make_interval(days => $1)",
    )
    .bind(JOB_DAYS)
    .execute(pool)
    .await?;
    Ok(())
}
