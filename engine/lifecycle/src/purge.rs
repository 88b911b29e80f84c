//! The purge: deleting for good what waited out its grace period (or was deleted with
//! `purge=true`). Only the node's usage snapshots and audit entries survive it. The job runs
//! on every node; a node taken by one is skipped by the others (row locks), and each purge is
//! its own transaction.

use std::sync::Arc;
use std::time::Duration;

use postbay_core::access::Principal;
use postbay_core::accounts;
use postbay_core::domains;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, DomainId, TenantId};
use postbay_core::status::Removal;
use postbay_core::tenants;
use sqlx::{PgConnection, PgPool};
use tokio::sync::{Notify, watch};
use uuid::Uuid;

use postbay_core::status::NodeKind;

/// How often the job looks when no termination wakes it.
const POLL: Duration = Duration::from_secs(60);

/// How many due nodes of a kind one pass takes.
const BATCH: i64 = 100;

/// What one purge removed.
#[derive(Debug, Clone)]
pub struct Purged {
    pub kind: NodeKind,
    pub id: Uuid,
    pub freed_bytes: i64,
}

/// Purges a node already locked (by `lock_for_removal`), with everything in or below it, and
/// audits it with the storage it freed (announced as `<kind>.purged`).
pub(crate) async fn purge_locked(
    conn: &mut PgConnection,
    principal: &Principal,
    removal: &Removal,
) -> CoreResult<i64> {
    let kind = removal.kind;
    // Everything that goes, for what is kept apart by scope (the per-day counters).
    let scopes: Vec<Uuid> = sqlx::query_scalar(
        "SELECT $1 UNION ALL SELECT id FROM accounts WHERE domain_id = $1
         UNION ALL SELECT d.id FROM domains d JOIN tenants t ON t.id = d.tenant_id WHERE t.ancestors @> ARRAY[$1]
         UNION ALL SELECT a.id FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
                    WHERE t.ancestors @> ARRAY[$1]
         UNION ALL SELECT id FROM tenants WHERE ancestors @> ARRAY[$1]",
    )
    .bind(removal.id)
    .fetch_all(&mut *conn)
    .await?;
    let (freed, domains_purged, tenants_purged) = match kind {
        NodeKind::Account => (
            accounts::purge_in(&mut *conn, AccountId(removal.id)).await?,
            0,
            0,
        ),
        NodeKind::Domain => (
            domains::purge_in(&mut *conn, DomainId(removal.id)).await?,
            1,
            0,
        ),
        NodeKind::Tenant => {
            let (domains, tenants) = tenants::subtree(&mut *conn, TenantId(removal.id)).await?;
            let mut freed = 0i64;
            for d in &domains {
                freed = freed.saturating_add(domains::purge_in(&mut *conn, DomainId(*d)).await?);
            }
            for t in &tenants {
                tenants::purge_in(&mut *conn, TenantId(*t)).await?;
            }
            (freed, domains.len(), tenants.len())
        }
    };
    postbay_counters::forget(&mut *conn, &scopes).await?;
    if kind != NodeKind::Account {
        // Names went: caches of what a name signs with and answers are read again.
        postbay_core::settings::announce(&mut *conn, "domain_names").await?;
    }
    postbay_core::admin_roles::ensure_server_admin_remains(&mut *conn).await?;
    crate::audit::record(
        conn,
        principal,
        "purge",
        removal,
        serde_json::json!({"name": removal.name, "freedBytes": freed,
            "domainsPurged": domains_purged, "tenantsPurged": tenants_purged}),
    )
    .await?;
    tracing::info!(kind = crate::noun(kind), id = %removal.id, freed_bytes = freed, "purged");
    Ok(freed)
}

/// Purges everything whose grace period has ended: accounts, then domains, then tenants.
pub async fn purge_due(pool: &PgPool) -> CoreResult<Vec<Purged>> {
    let system = Principal::system();
    let mut purged = Vec::new();
    for kind in [NodeKind::Account, NodeKind::Domain, NodeKind::Tenant] {
        let due: Vec<Uuid> = sqlx::query_scalar(&format!(
            "SELECT id FROM {} WHERE purge_after <= now() ORDER BY purge_after LIMIT $1",
            crate::table(kind)
        ))
        .bind(BATCH)
        .fetch_all(pool)
        .await?;
        for id in due {
            match purge_one(pool, &system, kind, id).await {
                Ok(Some(freed_bytes)) => purged.push(Purged {
                    kind,
                    id,
                    freed_bytes,
                }),
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, kind = crate::noun(kind), %id, "purging"),
            }
        }
    }
    Ok(purged)
}

/// Purges one due node in its own transaction; `None` when another node (or a restore) took it
/// first.
async fn purge_one(
    pool: &PgPool,
    system: &Principal,
    kind: NodeKind,
    id: Uuid,
) -> CoreResult<Option<i64>> {
    let mut tx = pool.begin().await?;
    let removal = match kind {
        NodeKind::Account => accounts::lock_for_removal(&mut tx, system, AccountId(id)).await,
        NodeKind::Domain => domains::lock_for_removal(&mut tx, system, DomainId(id), true).await,
        NodeKind::Tenant => tenants::lock_for_removal(&mut tx, system, TenantId(id), true).await,
    };
    let removal = match removal {
        Ok(r) => r,
        Err(CoreError::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e),
    };
    let still_due: bool = sqlx::query_scalar(&format!(
        "SELECT COALESCE(purge_after <= now(), false) FROM {} WHERE id = $1",
        crate::table(kind)
    ))
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    if !still_due {
        return Ok(None);
    }
    let freed = purge_locked(&mut tx, system, &removal).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(Some(freed))
}

/// The purge job: a pass at start, after every termination anywhere (announced on
/// [`crate::CHANNEL`]) and every minute, until `stop` turns true.
pub async fn run(pool: PgPool, mut stop: watch::Receiver<bool>) {
    let wake = Arc::new(Notify::new());
    let listening = {
        let (pool, wake) = (pool.clone(), wake.clone());
        tokio::spawn(async move {
            postbay_database::notifications::follow(pool, crate::CHANNEL, |_| wake.notify_one())
                .await;
        })
    };
    loop {
        if *stop.borrow() {
            break;
        }
        if let Err(e) = purge_due(&pool).await {
            tracing::warn!(error = %e, "lifecycle: purging");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
            _ = stop.changed() => {}
        }
    }
    listening.abort();
}
