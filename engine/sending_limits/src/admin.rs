//! Reading and setting limits through the admin API. An account's limits are its domain's
//! administrators' to set (the account may read them); a domain's, its tenant
//! administrators'; a tenant's, the administrators above it: nobody raises their own.

use postbay_core::access::{Access, Principal};
use postbay_core::audit::{self, Place};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::DomainId;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::{Scope, SendingLimits};

/// The largest limit taken.
const MAX_LIMIT: i64 = 10_000_000;

/// Checks the caller may read or change `scope`'s limits; answers where it sits.
async fn authorize(
    conn: &mut PgConnection,
    principal: &Principal,
    scope: Scope,
    access: Access,
) -> CoreResult<(Vec<Uuid>, Option<DomainId>)> {
    if access == Access::Write {
        principal.require_admin()?;
    }
    match scope {
        Scope::Account(account) => {
            let (domain, path): (Uuid, Vec<Uuid>) = sqlx::query_as(
                "SELECT a.domain_id, t.ancestors FROM accounts a JOIN domains d ON d.id = a.domain_id
                   JOIN tenants t ON t.id = d.tenant_id WHERE a.id = $1",
            )
            .bind(account.0)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(CoreError::NotFound { kind: "account" })?;
            let own = (access == Access::Read).then_some(account);
            principal.authorize_in_domain(&path, DomainId(domain), own, "account", access)?;
            Ok((path, Some(DomainId(domain))))
        }
        Scope::Domain(domain) => {
            let path = postbay_core::domains::context(conn, domain, false)
                .await?
                .tenant_path;
            principal.authorize_domain(&path, domain, access)?;
            Ok((path, Some(domain)))
        }
        Scope::Tenant(tenant) => {
            let path = postbay_core::tenants::path_of(conn, tenant).await?;
            principal.authorize_tenant(&path, access)?;
            Ok((path, None))
        }
    }
}

pub async fn get(pool: &PgPool, principal: &Principal, scope: Scope) -> CoreResult<SendingLimits> {
    let mut conn = pool.acquire().await?;
    authorize(&mut conn, principal, scope, Access::Read).await?;
    Ok(sqlx::query_as(
        "SELECT messages_per_hour, messages_per_day, recipients_per_hour, recipients_per_day, suspend_account
           FROM sending_limits WHERE scope_id = $1",
    )
    .bind(scope.id())
    .fetch_optional(&mut *conn)
    .await?
    .unwrap_or_default())
}

/// Replaces `scope`'s limits (an absent one is lifted); audited as a change of the object.
pub async fn put(
    pool: &PgPool,
    principal: &Principal,
    scope: Scope,
    limits: SendingLimits,
) -> CoreResult<SendingLimits> {
    check(&limits, "")?;
    let mut tx = pool.begin().await?;
    put_in(&mut tx, principal, scope, &limits).await?;
    tx.commit().await?;
    Ok(limits)
}

/// Refuses a limit out of range; `prefix` names where the limits sit in the request
/// (`limits.sendingLimits.` in a plan).
pub fn check(limits: &SendingLimits, prefix: &str) -> CoreResult<()> {
    for (field, value) in [
        ("messagesPerHour", limits.messages_per_hour),
        ("messagesPerDay", limits.messages_per_day),
        ("recipientsPerHour", limits.recipients_per_hour),
        ("recipientsPerDay", limits.recipients_per_day),
    ] {
        if value.is_some_and(|v| !(0..=MAX_LIMIT).contains(&v)) {
            return Err(CoreError::invalid(
                format!("{prefix}{field}"),
                "out_of_range",
                format!("0 to {MAX_LIMIT}, or absent for no limit"),
            ));
        }
    }
    Ok(())
}

/// [`put`] inside the caller's transaction (a plan applied with its other limits), for
/// limits already [`check`]ed.
pub async fn put_in(
    conn: &mut PgConnection,
    principal: &Principal,
    scope: Scope,
    limits: &SendingLimits,
) -> CoreResult<()> {
    let (path, domain) = authorize(&mut *conn, principal, scope, Access::Write).await?;
    principal.require_writable()?;
    if limits.is_empty() {
        sqlx::query("DELETE FROM sending_limits WHERE scope_id = $1")
            .bind(scope.id())
            .execute(&mut *conn)
            .await?;
    } else {
        sqlx::query(
            "INSERT INTO sending_limits (scope_id, scope_kind, messages_per_hour, messages_per_day,
                                         recipients_per_hour, recipients_per_day, suspend_account)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (scope_id) DO UPDATE SET messages_per_hour = $3, messages_per_day = $4,
                 recipients_per_hour = $5, recipients_per_day = $6, suspend_account = $7, updated_at = now()",
        )
        .bind(scope.id())
        .bind(scope.kind())
        .bind(limits.messages_per_hour)
        .bind(limits.messages_per_day)
        .bind(limits.recipients_per_hour)
        .bind(limits.recipients_per_day)
        .bind(limits.suspend_account)
        .execute(&mut *conn)
        .await?;
    }
    audit::record(
        &mut *conn,
        principal,
        &format!("{}.set_sending_limits", scope.kind()),
        scope.kind(),
        Some(scope.id()),
        Place {
            tenant_path: &path,
            domain,
        },
        serde_json::json!({ "sendingLimits": limits }),
    )
    .await
}
