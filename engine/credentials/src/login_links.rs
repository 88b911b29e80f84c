//! One-time login links: a control panel that has authenticated its user asks the API for a
//! link, sends the user's browser to it, and the link opens an API session for the account
//! without the password. Single use, valid for five minutes, audited when made and when used.
//! Only administrators make them, and only for plain accounts (no administration rights, when
//! made and when used: a link never opens an administrator's session, nor gets round its
//! second factor); a domain administrator only where the domain lets its administrators into
//! its accounts' mail.

use chrono::{DateTime, Utc};
use postbay_core::access::{Principal, Role};
use postbay_core::accounts;
use postbay_core::audit::{self, Place};
use postbay_core::auth::{self, Session, SessionReach, TokenKeys};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, LoginLinkId};
use serde::Serialize;
use sqlx::PgPool;

const TTL_SECONDS: i64 = 300;

/// A new login link: its URL is in this answer only.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LoginLink {
    pub id: LoginLinkId,
    pub account_id: AccountId,
    /// `GET` it (once) for a session: `<api>/api/v1/auth/login-links/<token>`.
    pub url: String,
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

/// Login links open plain accounts only.
fn refuse_administrators(target: &Principal) -> CoreResult<()> {
    if !matches!(target.role, Role::Account { .. }) {
        return Err(CoreError::forbidden(
            "login links open accounts without administration rights only",
        ));
    }
    Ok(())
}

/// Makes a login link for `account`. `api_base` is where the caller reached the API
/// (`https://host:port`), so the link points to the same listener.
pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    api_base: &str,
) -> CoreResult<LoginLink> {
    principal.require_admin()?;
    principal.require_writable()?;
    let place = accounts::authorize_on_behalf(pool, principal, account).await?;
    crate::may_open_mailbox(pool, principal, account).await?;
    let target = auth::principal_for_account(pool, account, None)
        .await
        .map_err(|e| match e {
            CoreError::Unauthenticated(_) => CoreError::conflict(
                "account_inactive",
                "the account may not log in now (suspended or disabled, or its domain or tenant is)",
            ),
            other => other,
        })?;
    refuse_administrators(&target)?;
    let token = crate::random_secret();
    let id = LoginLinkId::new();
    let mut tx = pool.begin().await?;
    let expires_at: DateTime<Utc> = sqlx::query_scalar(
        "INSERT INTO login_links (id, account_id, token_hash, expires_at, created_by)
         VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5) RETURNING expires_at",
    )
    .bind(id.0)
    .bind(account.0)
    .bind(crate::digest(&token))
    .bind(TTL_SECONDS as f64)
    .bind(&principal.actor)
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        principal,
        "login_link.create",
        "login_link",
        Some(id.0),
        place.audit_place(),
        serde_json::json!({"accountId": account, "expiresAt": expires_at}),
    )
    .await?;
    tx.commit().await?;
    Ok(LoginLink {
        id,
        account_id: account,
        url: format!(
            "{}/api/v1/auth/login-links/{token}",
            api_base.trim_end_matches('/')
        ),
        token,
        expires_at,
    })
}

/// Redeems a login link once for a session of its account (which must still be allowed to
/// log in and still have no administration rights). An unknown, used or expired link is
/// refused the same way. The session reaches the account as a plain account
/// (`SessionReach::SelfService`), whatever rights it is given later.
pub async fn redeem(
    pool: &PgPool,
    keys: &TokenKeys,
    token: &str,
    address: &str,
) -> CoreResult<Session> {
    let refused =
        || CoreError::Unauthenticated("the login link is unknown, used or expired".into());
    if token.len() > 128 {
        return Err(refused());
    }
    // The link is spent first, on its own: whatever happens below, it is never used twice,
    // and one refused here is gone too.
    let link: Option<(uuid::Uuid, uuid::Uuid, String)> = sqlx::query_as(
        "DELETE FROM login_links WHERE token_hash = $1 AND expires_at > now()
         RETURNING id, account_id, created_by",
    )
    .bind(crate::digest(token))
    .fetch_optional(pool)
    .await?;
    let (id, account, created_by) = link.ok_or_else(refused)?;
    let principal =
        auth::principal_for_account(pool, AccountId(account), Some(address.to_string()))
            .await
            .map_err(|e| match e {
                CoreError::Unauthenticated(_) => refused(),
                other => other,
            })?;
    refuse_administrators(&principal).map_err(|_| refused())?;
    let mut tx = pool.begin().await?;
    let path: (Vec<uuid::Uuid>, uuid::Uuid) = sqlx::query_as(
        "SELECT t.ancestors, d.id FROM accounts a JOIN domains d ON d.id = a.domain_id
         JOIN tenants t ON t.id = d.tenant_id WHERE a.id = $1",
    )
    .bind(account)
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        &principal,
        "login_link.redeem",
        "login_link",
        Some(id),
        Place {
            tenant_path: &path.0,
            domain: Some(postbay_core::ids::DomainId(path.1)),
        },
        serde_json::json!({"accountId": account, "createdBy": created_by}),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(target: "postbay::security", service = "api", account = principal.actor.trim_start_matches("account:"), client = address, result = "ok", via = "login link", "Login");
    // Self-service: the plain account's rights, pinned, whatever the account is given later,
    // and through every refresh.
    auth::issue_session(pool, keys, &principal, SessionReach::SelfService).await
}

/// Forgets links expired for a day (the server's hourly housekeeping).
pub async fn purge_expired(pool: &PgPool) -> CoreResult<u64> {
    Ok(
        sqlx::query("DELETE FROM login_links WHERE expires_at < now() - interval '1 day'")
            .execute(pool)
            .await?
            .rows_affected(),
    )
}
