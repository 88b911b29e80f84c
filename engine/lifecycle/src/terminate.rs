//! Delete (into pending deletion, or at once with `purge`) and restore.

use postbay_core::access::Principal;
use postbay_core::accounts::{self, Account};
use postbay_core::domains::{self, Domain};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, DomainId, TenantId};
use postbay_core::status::{Removal, Status};
use postbay_core::tenants::{self, Tenant};
use serde::Deserialize;
use sqlx::{PgConnection, PgPool};

use postbay_core::status::NodeKind;

/// How to delete a domain or a tenant.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct DeleteParams {
    /// Delete it with everything in it (accounts, groups, aliases; for a tenant also its
    /// domains and the tenants below). Without it, one that is not empty is refused.
    #[serde(default)]
    pub cascade: bool,
    /// Purge it now, skipping the grace period: nothing can be restored. Server and tenant
    /// administrators only.
    #[serde(default)]
    pub purge: bool,
}

/// How to delete an account.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct DeleteAccountParams {
    /// Purge it now, skipping the grace period: nothing can be restored. Server and tenant
    /// administrators only.
    #[serde(default)]
    pub purge: bool,
}

/// Deletes an account: pending deletion for the grace period, or purged at once.
pub async fn delete_account(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
    params: &DeleteAccountParams,
) -> CoreResult<()> {
    may_delete(principal, params.purge)?;
    let grace = crate::settings::read(pool).await?.deletion_grace_days;
    let mut tx = pool.begin().await?;
    let removal = accounts::lock_for_removal(&mut tx, principal, id).await?;
    terminate(&mut tx, principal, &removal, params.purge, grace).await?;
    tx.commit().await?;
    Ok(())
}

/// Deletes a domain with everything in it: pending deletion for the grace period, or purged
/// at once.
pub async fn delete_domain(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    params: &DeleteParams,
) -> CoreResult<()> {
    may_delete(principal, params.purge)?;
    let grace = crate::settings::read(pool).await?.deletion_grace_days;
    let mut tx = pool.begin().await?;
    let removal = domains::lock_for_removal(&mut tx, principal, id, params.cascade).await?;
    terminate(&mut tx, principal, &removal, params.purge, grace).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(())
}

/// Deletes a tenant with everything below it: pending deletion for the grace period, or
/// purged at once.
pub async fn delete_tenant(
    pool: &PgPool,
    principal: &Principal,
    id: TenantId,
    params: &DeleteParams,
) -> CoreResult<()> {
    may_delete(principal, params.purge)?;
    let grace = crate::settings::read(pool).await?.deletion_grace_days;
    let mut tx = pool.begin().await?;
    let removal = tenants::lock_for_removal(&mut tx, principal, id, params.cascade).await?;
    terminate(&mut tx, principal, &removal, params.purge, grace).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(())
}

/// Read-only callers are refused before anything is looked up; only server and tenant
/// administrators skip the grace period.
fn may_delete(principal: &Principal, purge: bool) -> CoreResult<()> {
    principal.require_writable()?;
    if purge {
        principal.require_tenant_admin().map_err(|_| {
            CoreError::forbidden("only server and tenant administrators purge at once")
        })?;
    }
    Ok(())
}

/// Moves a locked node into pending deletion (unless it is there already), then purges it if
/// asked. What is inside something pending deletion goes with it.
async fn terminate(
    conn: &mut PgConnection,
    principal: &Principal,
    removal: &Removal,
    purge: bool,
    grace_days: i64,
) -> CoreResult<()> {
    let kind = removal.kind;
    refuse_in_pending_parent(conn, removal).await?;
    if removal.status == Status::PendingDeletion && !purge {
        return Err(CoreError::conflict(
            "pending_deletion",
            "this is already deleted and waiting for its purge; restore it, or delete it with purge=true",
        ));
    }
    if removal.status != Status::PendingDeletion {
        let purge_after: chrono::DateTime<chrono::Utc> = sqlx::query_scalar(&format!(
            "UPDATE {} SET restore_status = status, restore_reason = status_reason,
                    status = 'pending_deletion', status_reason = NULL,
                    purge_after = now() + make_interval(days => $2), updated_at = now()
              WHERE id = $1 RETURNING purge_after",
            crate::table(kind)
        ))
        .bind(removal.id)
        .bind(i32::try_from(grace_days).unwrap_or(i32::MAX))
        .fetch_one(&mut *conn)
        .await?;
        postbay_core::status::uncount(&mut *conn, removal).await?;
        if kind == NodeKind::Account {
            postbay_core::auth::end_sessions(&mut *conn, AccountId(removal.id)).await?;
        }
        postbay_core::admin_roles::ensure_server_admin_remains(&mut *conn).await?;
        crate::audit::record(
            conn,
            principal,
            "delete",
            removal,
            serde_json::json!({"name": removal.name, "status": Status::PendingDeletion, "purgeAfter": purge_after}),
        )
        .await?;
        sqlx::query("SELECT pg_notify($1, '')")
            .bind(crate::CHANNEL)
            .execute(&mut *conn)
            .await?;
    }
    if purge {
        crate::purge::purge_locked(conn, principal, removal).await?;
    }
    Ok(())
}

/// Brings back an account pending deletion, in the state it had, with all its mail.
pub async fn restore_account(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
) -> CoreResult<Account> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let removal = accounts::lock_for_removal(&mut tx, principal, id).await?;
    restore(&mut tx, principal, &removal).await?;
    tx.commit().await?;
    accounts::get(pool, principal, id).await
}

/// Brings back a domain pending deletion, with everything in it.
pub async fn restore_domain(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
) -> CoreResult<Domain> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let removal = domains::lock_for_removal(&mut tx, principal, id, true).await?;
    restore(&mut tx, principal, &removal).await?;
    tx.commit().await?;
    domains::get(pool, principal, id).await
}

/// Brings back a tenant pending deletion, with everything below it.
pub async fn restore_tenant(
    pool: &PgPool,
    principal: &Principal,
    id: TenantId,
) -> CoreResult<Tenant> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let removal = tenants::lock_for_removal(&mut tx, principal, id, true).await?;
    restore(&mut tx, principal, &removal).await?;
    tx.commit().await?;
    tenants::get(pool, principal, id).await
}

async fn restore(
    conn: &mut PgConnection,
    principal: &Principal,
    removal: &Removal,
) -> CoreResult<()> {
    let kind = removal.kind;
    if removal.status != Status::PendingDeletion {
        return Err(CoreError::conflict_on(
            "not_pending_deletion",
            "status",
            "only something deleted and waiting for its purge can be restored",
        ));
    }
    refuse_in_pending_parent(conn, removal).await?;
    let restored: (Status, Option<postbay_core::status::StatusReason>) =
        sqlx::query_as(&format!(
            "UPDATE {} SET status = restore_status, status_reason = restore_reason,
                    restore_status = NULL, restore_reason = NULL, purge_after = NULL, updated_at = now()
              WHERE id = $1 RETURNING status, status_reason",
            crate::table(kind)
        ))
        .bind(removal.id)
        .fetch_one(&mut *conn)
        .await?;
    postbay_core::status::recount(&mut *conn, removal).await?;
    crate::audit::record(
        conn,
        principal,
        "restore",
        removal,
        serde_json::json!({"name": removal.name, "status": restored.0, "statusReason": restored.1}),
    )
    .await
}

/// What is inside a tenant or domain pending deletion changes only with it: it is neither
/// deleted nor restored on its own (what it holds must be restored first).
async fn refuse_in_pending_parent(conn: &mut PgConnection, removal: &Removal) -> CoreResult<()> {
    let parent_pending: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM tenants WHERE id = ANY($1) AND id <> $2 AND status = 'pending_deletion')
             OR EXISTS (SELECT 1 FROM domains WHERE id = $3 AND id <> $2 AND status = 'pending_deletion')",
    )
    .bind(&removal.tenant_path)
    .bind(removal.id)
    .bind(removal.domain.map(|d| d.0))
    .fetch_one(&mut *conn)
    .await?;
    if parent_pending {
        return Err(CoreError::conflict(
            "parent_pending_deletion",
            "what this belongs to is deleted and waiting for its purge; restore it first",
        ));
    }
    Ok(())
}
