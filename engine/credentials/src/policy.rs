//! Login policies: an account that takes only app passwords (and tokens) on the mail
//! protocols, and tenants that require a second factor of their administrators.
//!
//! A tenant's requirement covers every administrator whose account sits in it or anywhere
//! below it (server administrators live in the server tenant), so a reseller's rule cannot be
//! lifted by a customer below it.

use postbay_core::access::{Access, Principal, Role};
use postbay_core::accounts;
use postbay_core::audit::{self, Place};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, TenantId};
use postbay_core::tenants;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

/// How an account may log in on the mail protocols.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AccountLoginPolicy {
    /// IMAP, POP3, SMTP submission and ManageSieve refuse the main password: only app
    /// passwords and tokens open them. The main password still opens the API.
    pub app_passwords_only: bool,
}

/// What a tenant requires of the logins below it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantLoginPolicy {
    /// Administrators (server, tenant, domain) whose accounts sit in this tenant or below must
    /// log in to the API with a second factor. One who has none yet gets a session that
    /// reaches only their own account, to enrol one.
    pub admins_require_totp: bool,
    /// Whether a tenant above requires it already (then this tenant's own setting changes
    /// nothing). Ignored when written.
    #[serde(default)]
    pub required_above: bool,
}

pub async fn account(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
) -> CoreResult<AccountLoginPolicy> {
    accounts::authorize(pool, principal, id, Access::Read).await?;
    let only: Option<bool> = sqlx::query_scalar(
        "SELECT app_passwords_only FROM account_login_policies WHERE account_id = $1",
    )
    .bind(id.0)
    .fetch_optional(pool)
    .await?;
    Ok(AccountLoginPolicy {
        app_passwords_only: only.unwrap_or(false),
    })
}

/// Sets an account's policy: an administrator whose rights are not below the account's, or the
/// account itself to make it stricter (a stolen session must not let the main password back
/// in).
pub async fn set_account(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
    policy: AccountLoginPolicy,
) -> CoreResult<AccountLoginPolicy> {
    principal.require_writable()?;
    let place = accounts::authorize_on_behalf(pool, principal, id).await?;
    let mut tx = pool.begin().await?;
    let stored: Option<bool> = sqlx::query_scalar(
        "SELECT app_passwords_only FROM account_login_policies WHERE account_id = $1 FOR UPDATE",
    )
    .bind(id.0)
    .fetch_optional(&mut *tx)
    .await?;
    if matches!(principal.role, Role::Account { .. })
        && stored == Some(true)
        && !policy.app_passwords_only
    {
        return Err(CoreError::forbidden(
            "an account can take app passwords only, but only an administrator lets the main password in again",
        ));
    }
    sqlx::query(
        "INSERT INTO account_login_policies (account_id, app_passwords_only) VALUES ($1, $2)
         ON CONFLICT (account_id) DO UPDATE SET app_passwords_only = EXCLUDED.app_passwords_only",
    )
    .bind(id.0)
    .bind(policy.app_passwords_only)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        principal,
        "account.login_policy",
        "account",
        Some(id.0),
        place.audit_place(),
        serde_json::json!({"appPasswordsOnly": policy.app_passwords_only}),
    )
    .await?;
    tx.commit().await?;
    Ok(policy)
}

/// The tenant's path, once the caller is known to reach it (tenant and server administrators).
async fn reach_tenant(
    pool: &PgPool,
    principal: &Principal,
    id: TenantId,
) -> CoreResult<Vec<uuid::Uuid>> {
    principal
        .require_tenant_admin()
        .map_err(|_| CoreError::NotFound { kind: "tenant" })?;
    let mut conn = pool.acquire().await?;
    let path = tenants::path_of(&mut conn, id).await?;
    principal.authorize_tenant(&path, Access::Read)?;
    Ok(path)
}

async fn read_tenant(pool: &PgPool, path: &[uuid::Uuid]) -> CoreResult<TenantLoginPolicy> {
    let Some((own, above)) = path.split_last() else {
        return Err(CoreError::NotFound { kind: "tenant" });
    };
    let (own_required, required_above): (bool, bool) = sqlx::query_as(
        "SELECT COALESCE((SELECT admins_require_totp FROM tenant_login_policies WHERE tenant_id = $1), false),
                EXISTS (SELECT 1 FROM tenant_login_policies WHERE tenant_id = ANY ($2) AND admins_require_totp)",
    )
    .bind(own)
    .bind(above)
    .fetch_one(pool)
    .await?;
    Ok(TenantLoginPolicy {
        admins_require_totp: own_required,
        required_above,
    })
}

pub async fn tenant(
    pool: &PgPool,
    principal: &Principal,
    id: TenantId,
) -> CoreResult<TenantLoginPolicy> {
    let path = reach_tenant(pool, principal, id).await?;
    read_tenant(pool, &path).await
}

/// Sets a tenant's policy: the administrators above it; its own administrators may only make
/// it stricter (a rule set from above must not be lifted by those it binds). Switching the
/// requirement on ends the sessions of the subtree's administrators who have no second factor,
/// so none keeps full rights by refreshing an older session.
pub async fn set_tenant(
    pool: &PgPool,
    principal: &Principal,
    id: TenantId,
    policy: TenantLoginPolicy,
) -> CoreResult<TenantLoginPolicy> {
    let path = reach_tenant(pool, principal, id).await?;
    principal.require_writable()?;
    let own = matches!(&principal.role, Role::TenantAdmin { tenant_id } if *tenant_id == id);
    if own && !policy.admins_require_totp {
        return Err(CoreError::forbidden(
            "a tenant administrator can require a second factor of its own tenant, but not lift the requirement; the tenant above can",
        ));
    }
    let before = read_tenant(pool, &path).await?;
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO tenant_login_policies (tenant_id, admins_require_totp) VALUES ($1, $2)
         ON CONFLICT (tenant_id) DO UPDATE SET admins_require_totp = EXCLUDED.admins_require_totp",
    )
    .bind(id.0)
    .bind(policy.admins_require_totp)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        principal,
        "tenant.login_policy",
        "tenant",
        Some(id.0),
        Place {
            tenant_path: &path,
            domain: None,
        },
        serde_json::json!({"adminsRequireTotp": policy.admins_require_totp}),
    )
    .await?;
    // Only a new requirement ends sessions: one already in force (here or above) has ended
    // them, and the self-service sessions opened since are how administrators enrol.
    let newly_required =
        policy.admins_require_totp && !before.admins_require_totp && !before.required_above;
    if newly_required {
        let unprotected: Vec<uuid::Uuid> = sqlx::query_scalar(
            "SELECT a.id FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
             WHERE t.ancestors @> ARRAY[$1]::uuid[]
               AND (a.admin_role <> 'none' OR a.domain_admin OR a.tenant_admin_of IS NOT NULL
                    OR EXISTS (SELECT 1 FROM group_members m JOIN groups g ON g.id = m.group_id
                               WHERE m.account_id = a.id AND (g.admin_role <> 'none' OR g.domain_admin)))
               AND NOT EXISTS (SELECT 1 FROM totp_secrets s WHERE s.account_id = a.id AND s.confirmed_at IS NOT NULL)
             ORDER BY a.id",
        )
        .bind(id.0)
        .fetch_all(&mut *tx)
        .await?;
        for account in unprotected {
            postbay_core::auth::end_sessions(&mut tx, AccountId(account)).await?;
        }
    }
    tx.commit().await?;
    read_tenant(pool, &path).await
}

/// Whether `principal`, just logged in with a password, must have a second factor: it has
/// administration rights and a tenant on its account's path requires it.
pub(crate) async fn totp_required(pool: &PgPool, principal: &Principal) -> CoreResult<bool> {
    let Some(account) = principal.account_id else {
        return Ok(false);
    };
    if matches!(principal.role, Role::Account { .. }) {
        return Ok(false);
    }
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (
             SELECT 1 FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
             JOIN tenant_login_policies p ON p.tenant_id = ANY (t.ancestors)
             WHERE a.id = $1 AND p.admins_require_totp)",
    )
    .bind(account.0)
    .fetch_one(pool)
    .await?)
}
