//! Bearer tokens for an account's mail protocols: what a control panel's webmail asks the API
//! for, then presents to IMAP, POP3 and SMTP through SASL OAUTHBEARER or XOAUTH2 instead of the
//! user's password. Short-lived (an hour unless asked otherwise, a day at most), scoped to the
//! protocols named, revocable one by one; a token opens only the account it was issued for.

use chrono::{DateTime, Utc};
use postbay_core::access::{Access, Principal};
use postbay_core::accounts;
use postbay_core::audit;
use postbay_core::auth::SecretCheck;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, AccountTokenId};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::{Protocol, check_protocols, digest, random_secret, stored_protocols};

const DEFAULT_TTL_SECONDS: i64 = 3600;
const MAX_TTL_SECONDS: i64 = 86_400;
const MIN_TTL_SECONDS: i64 = 60;
/// Live tokens one account may have.
const MAX_LIVE_PER_ACCOUNT: i64 = 100;
/// What every token starts with, so a leaked one is recognisable (secret scanners).
const TOKEN_PREFIX: &str = "pbt_";

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewAccountToken {
    /// The mail protocols it opens: `imap`, `pop3`, `submission`.
    #[schema(min_items = 1)]
    pub protocols: Vec<Protocol>,
    /// Lifetime in seconds, 60 to 86400; an hour when left out.
    #[schema(minimum = 60, maximum = 86400)]
    pub ttl_seconds: Option<i64>,
}

/// A token as listed: never the token itself.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AccountToken {
    pub id: AccountTokenId,
    pub account_id: AccountId,
    pub protocols: Vec<Protocol>,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// A new token, in the shape of an OAuth 2.0 token response (RFC 6749 §5.1) plus its id.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IssuedAccountToken {
    #[serde(flatten)]
    pub token: AccountToken,
    /// Present as `auth=Bearer <accessToken>` in SASL OAUTHBEARER or XOAUTH2; in this answer
    /// only.
    pub access_token: String,
    pub token_type: &'static str,
    /// Seconds until it expires.
    pub expires_in: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: AccountTokenId,
    account_id: AccountId,
    protocols: Vec<String>,
    expires_at: DateTime<Utc>,
    created_at: DateTime<Utc>,
    created_by: String,
    last_used_at: Option<DateTime<Utc>>,
}

impl Row {
    fn into_token(self) -> CoreResult<AccountToken> {
        Ok(AccountToken {
            id: self.id,
            account_id: self.account_id,
            protocols: stored_protocols(&self.protocols)?,
            expires_at: self.expires_at,
            created_at: self.created_at,
            created_by: self.created_by,
            last_used_at: self.last_used_at,
        })
    }
}

const SELECT: &str = "SELECT id, account_id, protocols, expires_at, created_at, created_by, last_used_at FROM account_tokens";

/// The account's live tokens, newest first.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<Vec<AccountToken>> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE account_id = $1 AND expires_at > now() ORDER BY created_at DESC, id DESC"
    ))
    .bind(account.0)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Row::into_token).collect()
}

/// Issues a token for `account`: the account itself, or an administrator whose rights are not
/// below the account's.
pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    input: NewAccountToken,
) -> CoreResult<IssuedAccountToken> {
    principal.require_writable()?;
    let place = accounts::authorize_on_behalf(pool, principal, account).await?;
    let protocols = check_protocols(&input.protocols, true)?;
    crate::may_open_mailbox(pool, principal, account).await?;
    let ttl = input.ttl_seconds.unwrap_or(DEFAULT_TTL_SECONDS);
    if !(MIN_TTL_SECONDS..=MAX_TTL_SECONDS).contains(&ttl) {
        return Err(CoreError::invalid(
            "ttlSeconds",
            "out_of_range",
            "from 60 to 86400 seconds",
        ));
    }
    let secret = format!("{TOKEN_PREFIX}{}", random_secret());
    let id = AccountTokenId::new();
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM account_tokens WHERE account_id = $1 AND expires_at <= now()")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    let live: i64 = sqlx::query_scalar("SELECT count(*) FROM account_tokens WHERE account_id = $1")
        .bind(account.0)
        .fetch_one(&mut *tx)
        .await?;
    if live >= MAX_LIVE_PER_ACCOUNT {
        return Err(CoreError::conflict(
            "limit_exceeded",
            "an account has at most 100 live tokens; revoke one or wait for one to expire",
        ));
    }
    sqlx::query(
        "INSERT INTO account_tokens (id, account_id, token_hash, protocols, expires_at, created_by)
         VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), $6)",
    )
    .bind(id.0)
    .bind(account.0)
    .bind(digest(&secret))
    .bind(&protocols)
    .bind(ttl as f64)
    .bind(&principal.actor)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        principal,
        "account_token.create",
        "account_token",
        Some(id.0),
        place.audit_place(),
        serde_json::json!({"accountId": account, "protocols": protocols, "ttlSeconds": ttl}),
    )
    .await?;
    let row: Row = sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(IssuedAccountToken {
        token: row.into_token()?,
        access_token: secret,
        token_type: "Bearer",
        expires_in: ttl,
    })
}

/// Revokes a token: the next login with it fails. (Sessions it opened go on, as sessions a
/// changed password opened do, until they end.)
pub async fn revoke(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    id: AccountTokenId,
) -> CoreResult<()> {
    principal.require_writable()?;
    let place = accounts::authorize_on_behalf(pool, principal, account).await?;
    let mut tx = pool.begin().await?;
    let found: Option<uuid::Uuid> = sqlx::query_scalar(
        "DELETE FROM account_tokens WHERE id = $1 AND account_id = $2 RETURNING id",
    )
    .bind(id.0)
    .bind(account.0)
    .fetch_optional(&mut *tx)
    .await?;
    found.ok_or(CoreError::NotFound { kind: "token" })?;
    audit::record(
        &mut tx,
        principal,
        "account_token.revoke",
        "account_token",
        Some(id.0),
        place.audit_place(),
        serde_json::json!({"accountId": account}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The address of the account a live token belongs to: the user a SASL OAUTHBEARER exchange
/// means when the client names nobody.
pub(crate) async fn owner(pool: &PgPool, token: &str) -> CoreResult<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT a.login || '@' || d.name FROM account_tokens t
         JOIN accounts a ON a.id = t.account_id JOIN domains d ON d.id = a.domain_id
         WHERE t.token_hash = $1 AND t.expires_at > now()",
    )
    .bind(digest(token))
    .fetch_optional(pool)
    .await?)
}

/// Whether `token` is a live token of `account` for `protocol`; never the main password.
pub(crate) async fn check(
    pool: &PgPool,
    account: AccountId,
    token: &str,
    protocol: Protocol,
) -> CoreResult<SecretCheck> {
    // One statement; the last use is written at most once a minute, so a webmail's many
    // logins with one token do not queue on its row.
    let used: Option<uuid::Uuid> = sqlx::query_scalar(
        "WITH live AS (
             SELECT id, last_used_at FROM account_tokens
             WHERE token_hash = $1 AND account_id = $2 AND expires_at > now() AND $3 = ANY (protocols)
         ), touched AS (
             UPDATE account_tokens t SET last_used_at = now() FROM live
             WHERE t.id = live.id AND (live.last_used_at IS NULL OR live.last_used_at < now() - interval '60 seconds')
         )
         SELECT id FROM live",
    )
    .bind(digest(token))
    .bind(account.0)
    .bind(protocol.as_str())
    .fetch_optional(pool)
    .await?;
    Ok(if used.is_some() {
        SecretCheck::Accepted
    } else {
        SecretCheck::Refused
    })
}

/// Forgets tokens expired for a day (the server's hourly housekeeping).
pub async fn purge_expired(pool: &PgPool) -> CoreResult<u64> {
    Ok(
        sqlx::query("DELETE FROM account_tokens WHERE expires_at < now() - interval '1 day'")
            .execute(pool)
            .await?
            .rows_affected(),
    )
}
