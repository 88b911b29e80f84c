//! Authentication: password logins with per-address lockout, JWT access tokens, rotating
//! refresh tokens, API keys, and turning any of them into a [`Principal`].
//!
//! Rights are read from the database on every request, so a demotion or suspension takes
//! effect at once rather than when a token expires.

use std::net::IpAddr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

use crate::access::{Principal, Role};
use crate::admin_roles::AdminRole;
use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, DomainId, TenantId};
use crate::names::{DomainName, LocalPart};
use crate::status::{MAIL_ACCESS, Status};
use crate::{net, passwords, settings};

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LoginRequest {
    /// `user@domain`, or a bare `user` of the primary domain.
    pub user_name: String,
    pub password: String,
    /// The second factor, for an account that has one or must have one: a current TOTP code
    /// or an unused recovery code. Mail protocols never ask for it.
    #[serde(default)]
    pub totp_code: Option<String>,
}

impl LoginRequest {
    /// A login with a name and a password only (the mail protocols').
    pub fn password(user_name: String, password: String) -> Self {
        Self {
            user_name,
            password,
            totp_code: None,
        }
    }
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// Send as `Authorization: Bearer <accessToken>`.
    pub access_token: String,
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Exchange for a new session at `/auth/refresh`; single use.
    pub refresh_token: String,
    pub account_id: AccountId,
    pub role: Role,
    pub read_only: bool,
    /// The session reaches only the account itself: its login lacked a second factor the
    /// account is required to have. Enrol one (`enrolTotp`, `confirmTotp`) and log in again.
    pub self_service_only: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: Uuid,
    exp: i64,
    iat: i64,
    /// The account's token generation when the token was issued (`accounts.token_generation`):
    /// a token of an older generation is revoked.
    #[serde(default)]
    generation: i64,
    /// The session may only manage its own account ([`SessionReach::SelfService`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    self_service: bool,
}

/// What a session may reach. A session opened without a second factor the account is required
/// to have reaches only the account itself, whatever its rights, so that its owner can enrol
/// one (and nothing else) before logging in again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionReach {
    /// The account's full rights.
    Full,
    /// The account as a plain account, managing only itself.
    SelfService,
}

impl SessionReach {
    fn is_self_service(self) -> bool {
        self == Self::SelfService
    }
}

/// Signs and checks access tokens with the server's key.
#[derive(Clone)]
pub struct TokenKeys {
    encoding: jsonwebtoken::EncodingKey,
    decoding: jsonwebtoken::DecodingKey,
}

impl TokenKeys {
    /// The server's signing key, created on first use and shared by every process.
    pub async fn load(pool: &PgPool) -> CoreResult<Self> {
        let mut fresh = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut fresh);
        sqlx::query("INSERT INTO server_settings (key, value) VALUES ('session_signing_key', to_jsonb($1::text)) ON CONFLICT DO NOTHING")
            .bind(URL_SAFE_NO_PAD.encode(fresh))
            .execute(pool)
            .await?;
        let key: String = sqlx::query_scalar(
            "SELECT value #>> '{}' FROM server_settings WHERE key = 'session_signing_key'",
        )
        .fetch_one(pool)
        .await?;
        let bytes = URL_SAFE_NO_PAD
            .decode(key)
            .map_err(|_| CoreError::Internal("the session signing key is corrupt".into()))?;
        Ok(Self {
            encoding: jsonwebtoken::EncodingKey::from_secret(&bytes),
            decoding: jsonwebtoken::DecodingKey::from_secret(&bytes),
        })
    }
}

fn sha256(data: &[u8]) -> Vec<u8> {
    Sha256::digest(data).to_vec()
}

fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Finds the account a login name means: `user@domain` (a real domain name, not a domain
/// alias: aliases are for delivery only), or a bare name in the primary domain.
/// The account a login name means: `name@domain` (the domain's own name, never an alias), or a
/// bare name — of the domain bound to the server address the client reached (`local`), else of
/// the primary domain.
async fn find_login(
    pool: &PgPool,
    user_name: &str,
    local: Option<IpAddr>,
) -> CoreResult<Option<(Uuid, Option<String>)>> {
    let (local_name, domain) = match user_name.trim().rsplit_once('@') {
        Some((l, d)) => (
            l,
            DomainName::parse(d, "userName")
                .ok()
                .map(|d| d.as_str().to_string()),
        ),
        None => (user_name.trim(), None),
    };
    let Ok(local_part) = LocalPart::parse(local_name, "userName") else {
        return Ok(None);
    };
    let row = match domain {
        Some(d) => {
            sqlx::query_as("SELECT a.id, a.password_hash FROM accounts a JOIN domains d ON d.id = a.domain_id WHERE d.name = $1 AND a.login = $2")
                .bind(d)
                .bind(local_part.as_str())
                .fetch_optional(pool)
                .await?
        }
        None => {
            sqlx::query_as(
                "SELECT a.id, a.password_hash FROM accounts a
                 WHERE a.login = $1 AND a.domain_id = COALESCE(
                     (SELECT id FROM domains WHERE mail_settings->>'loginAddress' = $2),
                     (SELECT id FROM domains WHERE is_primary))",
            )
            .bind(local_part.as_str())
            .bind(local.map(|ip| ip.to_canonical().to_string()))
            .fetch_optional(pool)
            .await?
        }
    };
    Ok(row)
}

// Failed logins are counted twice: for the account (a lock after
// `account_lockout_threshold`; attempts are counted before the password is checked and a
// success clears them) and for the client address (a delay after `address_delay_threshold`,
// never a block). `login_failures` rows are keyed by kind and, for accounts, the account id.

/// Longest wait an address's failures impose on each further login from it.
const MAX_ADDRESS_DELAY_SECS: i64 = 10;

/// Slows a login from an address with many recent failures: a second per failure past the
/// threshold, at most `MAX_ADDRESS_DELAY_SECS`.
async fn address_delay(
    pool: &PgPool,
    address: &str,
    policy: &settings::SecuritySettings,
) -> CoreResult<()> {
    if policy.address_delay_threshold == 0 {
        return Ok(());
    }
    let failures: Option<i32> = sqlx::query_scalar(
        "SELECT failures FROM login_failures WHERE kind = 'address' AND address = $1
           AND first_failed_at >= now() - make_interval(secs => $2)",
    )
    .bind(address)
    .bind(policy.account_lockout_seconds as f64)
    .fetch_optional(pool)
    .await?;
    let over = i64::from(failures.unwrap_or(0)) - i64::from(policy.address_delay_threshold);
    if over >= 0 {
        let secs = (over + 1).min(MAX_ADDRESS_DELAY_SECS);
        tokio::time::sleep(std::time::Duration::from_secs(secs.unsigned_abs())).await;
    }
    Ok(())
}

/// Counts a login attempt for `account` before its password is looked at, and refuses it
/// when the account is locked. Counting first means parallel guesses cannot all pass the
/// check before the first failure is written; a correct password clears the count again
/// (`clear_failures`), so only failures remain counted.
async fn check_account_lock(
    pool: &PgPool,
    account: Uuid,
    policy: &settings::SecuritySettings,
) -> CoreResult<()> {
    if policy.account_lockout_threshold == 0 {
        return Ok(());
    }
    let locked: Option<DateTime<Utc>> = sqlx::query_scalar(
        "INSERT INTO login_failures (kind, address, failures, first_failed_at, locked_until)
         VALUES ('account', $1, 1, now(), NULL)
         ON CONFLICT (kind, address) DO UPDATE SET
           failures = CASE WHEN login_failures.first_failed_at < now() - make_interval(secs => $3)
                           THEN 1 ELSE login_failures.failures + 1 END,
           first_failed_at = CASE WHEN login_failures.first_failed_at < now() - make_interval(secs => $3)
                                  THEN now() ELSE login_failures.first_failed_at END,
           locked_until = CASE
               WHEN login_failures.locked_until > now() THEN login_failures.locked_until
               WHEN (CASE WHEN login_failures.first_failed_at < now() - make_interval(secs => $3)
                          THEN 1 ELSE login_failures.failures + 1 END) > $2
               THEN now() + make_interval(secs => $3)
               ELSE login_failures.locked_until END
         RETURNING locked_until",
    )
    .bind(account.to_string())
    .bind(policy.account_lockout_threshold)
    .bind(policy.account_lockout_seconds as f64)
    .fetch_one(pool)
    .await?;
    match locked.filter(|until| *until > Utc::now()) {
        Some(until) => Err(CoreError::LockedOut {
            retry_after_secs: (until - Utc::now()).num_seconds().max(1),
        }),
        None => Ok(()),
    }
}

/// Counts a failure for the address (the account's attempt was counted before its password
/// was checked).
async fn record_failure(
    pool: &PgPool,
    address: &str,
    policy: &settings::SecuritySettings,
) -> CoreResult<()> {
    if policy.address_delay_threshold == 0 {
        return Ok(());
    }
    // Failures older than the window are forgotten; addresses are never locked.
    sqlx::query(
        "INSERT INTO login_failures (kind, address, failures, first_failed_at)
         VALUES ('address', $1, 1, now())
         ON CONFLICT (kind, address) DO UPDATE SET
           failures = CASE WHEN login_failures.first_failed_at < now() - make_interval(secs => $2) THEN 1 ELSE login_failures.failures + 1 END,
           first_failed_at = CASE WHEN login_failures.first_failed_at < now() - make_interval(secs => $2) THEN now() ELSE login_failures.first_failed_at END",
    )
    .bind(address)
    .bind(policy.account_lockout_seconds as f64)
    .execute(pool)
    .await?;
    Ok(())
}

/// A correct password clears its account's failures (not the address's, nor other accounts').
async fn clear_failures(pool: &PgPool, account: Uuid) -> CoreResult<()> {
    sqlx::query("DELETE FROM login_failures WHERE kind = 'account' AND address = $1")
        .bind(account.to_string())
        .execute(pool)
        .await?;
    Ok(())
}

/// How the secret a client gave is checked once the account its user name means is known: a
/// crate that keeps other credentials (app passwords, bearer tokens) says whether one of them
/// matched, or that the main password decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretCheck {
    /// Another credential of the account matched: the main password is not looked at.
    Accepted,
    /// Check the secret as the account's main password.
    MainPassword,
    /// Refused without looking at the main password.
    Refused,
}

/// Checks a password login from `address` (lockout included) and returns who logged in. The
/// mail protocols' AUTH uses it too, so failed attempts there count toward the same lockout.
pub async fn check_password(
    pool: &PgPool,
    request: &LoginRequest,
    address: &str,
    local: Option<IpAddr>,
    service: &'static str,
) -> CoreResult<Principal> {
    check_password_with(pool, request, address, local, service, async |_| {
        Ok(SecretCheck::MainPassword)
    })
    .await
}

/// [`check_password`], with `check` deciding first whether the secret is another credential
/// of the account.
pub async fn check_password_with<F>(
    pool: &PgPool,
    request: &LoginRequest,
    address: &str,
    local: Option<IpAddr>,
    service: &'static str,
    check: F,
) -> CoreResult<Principal>
where
    F: AsyncFnOnce(AccountId) -> CoreResult<SecretCheck>,
{
    let outcome = check_password_from(pool, request, address, local, check).await;
    let reason = match &outcome {
        Ok(_) => None,
        Err(CoreError::LockedOut { .. }) => Some("locked out"),
        Err(CoreError::Unauthenticated(_)) => {
            Some("wrong user name or password, or may not log in")
        }
        Err(_) => Some("the server could not check it"),
    };
    log_login(service, &request.user_name, address, reason);
    outcome
}

/// A second factor was missing or wrong after a right password: the security log says so,
/// and the address's failures grow as after a wrong password. (The account's own count of
/// wrong codes is the second factor's to keep: a right password clears this one.)
pub async fn second_factor_failed(
    pool: &PgPool,
    user_name: &str,
    address: &str,
    service: &'static str,
) -> CoreResult<()> {
    let policy = settings::security(pool).await?;
    log_login(
        service,
        user_name,
        address,
        Some("wrong or missing second factor"),
    );
    record_failure(pool, address, &policy).await
}

/// The security log's line for a login (never the password): `reason` is why it failed.
fn log_login(service: &'static str, user: &str, client: &str, reason: Option<&str>) {
    let user: String = user.chars().take(320).collect::<String>().to_lowercase();
    match reason {
        None => {
            tracing::info!(target: "postbay::security", service, account = user.as_str(), client, result = "ok", "Login")
        }
        Some(reason) => {
            metrics::counter!("postbay_auth_failures_total", "service" => service).increment(1);
            tracing::info!(target: "postbay::security", service, account = user.as_str(), client, result = "failed", reason, "Login failed")
        }
    }
}

/// Checks the secret of a login: the address's delay, the account's lock, then `check` and, if
/// it says so, the main password. The account whose secret was right, or `None` once the
/// failure is counted.
async fn verify_secret<F>(
    pool: &PgPool,
    request: &LoginRequest,
    address: &str,
    local: Option<IpAddr>,
    policy: &settings::SecuritySettings,
    check: F,
) -> CoreResult<Option<Uuid>>
where
    F: AsyncFnOnce(AccountId) -> CoreResult<SecretCheck>,
{
    address_delay(pool, address, policy).await?;
    let found = find_login(pool, &request.user_name, local).await?;
    let (id, hash) = match found {
        Some((id, hash)) => (Some(id), hash),
        None => (None, None),
    };
    if let Some(id) = id {
        check_account_lock(pool, id, policy).await?;
    }
    let verdict = match id {
        Some(id) => check(AccountId(id)).await?,
        None => SecretCheck::MainPassword,
    };
    let ok = match verdict {
        SecretCheck::Accepted => true,
        // An unknown name still costs a hash, so that it takes as long as a wrong password.
        SecretCheck::MainPassword => {
            passwords::verify(request.password.clone(), hash).await && id.is_some()
        }
        // As long as a wrong password takes, so the answer does not tell which names exist.
        SecretCheck::Refused => {
            passwords::verify(request.password.clone(), None).await;
            false
        }
    };
    if ok {
        return Ok(id);
    }
    record_failure(pool, address, policy).await?;
    Ok(None)
}

async fn check_password_from<F>(
    pool: &PgPool,
    request: &LoginRequest,
    address: &str,
    local: Option<IpAddr>,
    check: F,
) -> CoreResult<Principal>
where
    F: AsyncFnOnce(AccountId) -> CoreResult<SecretCheck>,
{
    let refused = || {
        CoreError::Unauthenticated(
            "wrong user name or password, or the account may not log in".into(),
        )
    };
    let policy = settings::security(pool).await?;
    let id = verify_secret(pool, request, address, local, &policy, check)
        .await?
        .ok_or_else(refused)?;
    // A right password for an account that may not log in is no guess: not counted.
    clear_failures(pool, id).await?;
    principal_for_account(pool, AccountId(id), Some(address.to_string()))
        .await
        .map_err(|e| match e {
            CoreError::Unauthenticated(_) => refused(),
            other => other,
        })
}

/// Why a mail protocol login (POP3, IMAP) failed, told apart so each protocol answers with its
/// own response code. A suspended or disabled account is told only once the password is right.
#[derive(Debug, thiserror::Error)]
pub enum MailLoginError {
    #[error("wrong user name or password")]
    Invalid,
    #[error("too many failed logins for this account")]
    LockedOut,
    #[error("the account is suspended")]
    Suspended,
    #[error("the account is disabled")]
    Disabled,
    #[error(transparent)]
    Failed(CoreError),
}

/// An account a mail protocol logged in.
#[derive(Debug, Clone)]
pub struct MailAccount {
    pub id: AccountId,
    /// `login@domain`.
    pub email: String,
}

/// Checks a mail protocol login from `address`: the same names (a bare name for the primary
/// domain, else the full address; never a domain alias), password check and lockout as every
/// other login. The account, its domain and every tenant above must be active.
pub async fn mail_login(
    pool: &PgPool,
    request: &LoginRequest,
    address: &str,
    local: Option<IpAddr>,
    service: &'static str,
) -> Result<MailAccount, MailLoginError> {
    mail_login_with(pool, request, address, local, service, async |_| {
        Ok(SecretCheck::MainPassword)
    })
    .await
}

/// [`mail_login`], with `check` deciding first whether the secret is another credential of
/// the account (an app password, a bearer token).
pub async fn mail_login_with<F>(
    pool: &PgPool,
    request: &LoginRequest,
    address: &str,
    local: Option<IpAddr>,
    service: &'static str,
    check: F,
) -> Result<MailAccount, MailLoginError>
where
    F: AsyncFnOnce(AccountId) -> CoreResult<SecretCheck>,
{
    let outcome = mail_login_from(pool, request, address, local, check).await;
    let reason = match &outcome {
        Ok(_) => None,
        Err(MailLoginError::Invalid) => Some("wrong user name or password"),
        Err(MailLoginError::LockedOut) => Some("locked out"),
        Err(MailLoginError::Suspended) => Some("the account is suspended"),
        Err(MailLoginError::Disabled) => Some("the account is disabled"),
        Err(MailLoginError::Failed(_)) => Some("the server could not check it"),
    };
    let user = match &outcome {
        Ok(account) => account.email.as_str(),
        Err(_) => request.user_name.as_str(),
    };
    log_login(service, user, address, reason);
    outcome
}

async fn mail_login_from<F>(
    pool: &PgPool,
    request: &LoginRequest,
    address: &str,
    local: Option<IpAddr>,
    check: F,
) -> Result<MailAccount, MailLoginError>
where
    F: AsyncFnOnce(AccountId) -> CoreResult<SecretCheck>,
{
    let failed = MailLoginError::Failed;
    let policy = settings::security(pool).await.map_err(failed)?;
    let id = match verify_secret(pool, request, address, local, &policy, check).await {
        Ok(Some(id)) => id,
        Ok(None) => return Err(MailLoginError::Invalid),
        Err(CoreError::LockedOut { .. }) => return Err(MailLoginError::LockedOut),
        Err(e) => return Err(failed(e)),
    };
    clear_failures(pool, id).await.map_err(failed)?;
    let (email, access): (String, String) = sqlx::query_as(&format!(
        "SELECT a.login || '@' || d.name, {MAIL_ACCESS}
         FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id WHERE a.id = $1",
    ))
    .bind(id)
    .fetch_one(pool)
    .await
    .map_err(|e| failed(e.into()))?;
    match access.as_str() {
        "disabled" => return Err(MailLoginError::Disabled),
        "suspended" => return Err(MailLoginError::Suspended),
        _ => {}
    }
    Ok(MailAccount {
        id: AccountId(id),
        email,
    })
}

/// Whether an account may send mail now: it, its domain and every tenant above are active.
/// One suspended for abuse still logs in and reads, but sends nothing.
pub async fn may_send(pool: &PgPool, account: AccountId) -> CoreResult<bool> {
    let access: Option<String> = sqlx::query_scalar(&format!(
        "SELECT {MAIL_ACCESS}
         FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
         WHERE a.id = $1",
    ))
    .bind(account.0)
    .fetch_optional(pool)
    .await?;
    Ok(access.as_deref() == Some("active"))
}

/// Whether an account logged in over a mail protocol may go on: it, its domain and every
/// tenant above are active, or suspended only for abuse (which stops sending, not reading).
/// Sessions end when an administrator suspends or disables one.
pub async fn account_active(pool: &PgPool, account: AccountId) -> CoreResult<bool> {
    let active: Option<bool> = sqlx::query_scalar(&format!(
        "SELECT {MAIL_ACCESS} IN ('active', 'abuse')
         FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
         WHERE a.id = $1",
    ))
    .bind(account.0)
    .fetch_optional(pool)
    .await?;
    Ok(active.unwrap_or(false))
}

/// The client that opened an admin session, as Kerio's `Session.login` names it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClientApplication {
    pub name: String,
    pub vendor: String,
    pub version: String,
}

/// An open admin session: the token the client sends as `X-Token`, the secret for its session
/// cookie (a different value, so a leaked cookie is not a usable token), and who it belongs to.
pub struct AdminSession {
    pub token: String,
    pub cookie: String,
    pub principal: Principal,
    /// It reaches only the account itself ([`SessionReach::SelfService`]).
    pub self_service_only: bool,
}

const MAX_APPLICATION_FIELD: usize = 256;

/// Refuses a client application description longer than Kerio's fields allow.
pub fn check_application(application: &ClientApplication) -> CoreResult<()> {
    for (field, value) in [
        ("application.name", &application.name),
        ("application.vendor", &application.vendor),
        ("application.version", &application.version),
    ] {
        if value.chars().count() > MAX_APPLICATION_FIELD {
            return Err(CoreError::invalid(
                field,
                "too_long",
                "at most 256 characters",
            ));
        }
    }
    Ok(())
}

/// Opens a JSON-RPC admin session for a principal whose login was checked (password and, where
/// needed, second factor: `postbay-credentials`).
pub async fn open_admin_session(
    pool: &PgPool,
    principal: Principal,
    application: &ClientApplication,
    address: &str,
    reach: SessionReach,
) -> CoreResult<AdminSession> {
    check_application(application)?;
    let account = principal
        .account_id
        .ok_or(CoreError::Internal("sessions belong to accounts".into()))?;
    let (token, cookie) = (random_token(), random_token());
    sqlx::query(
        "INSERT INTO admin_sessions (id, account_id, token_hash, cookie_hash, application, address, self_service_only)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(Uuid::now_v7())
    .bind(account.0)
    .bind(sha256(token.as_bytes()))
    .bind(sha256(cookie.as_bytes()))
    .bind(sqlx::types::Json(application))
    .bind(address)
    .bind(reach.is_self_service())
    .execute(pool)
    .await?;
    let principal = match reach {
        SessionReach::Full => principal,
        SessionReach::SelfService => rights(pool, account, principal.ip, reach).await?.0,
    };
    Ok(AdminSession {
        token,
        cookie,
        principal,
        self_service_only: reach.is_self_service(),
    })
}

/// The principal behind an admin session token (and, when the client sends it, the session's
/// cookie, which must then belong to the same session). A live session of an active account is
/// marked as used, written at most once a minute; the whole check is one statement.
pub async fn authenticate_session(
    pool: &PgPool,
    token: &str,
    cookie: Option<&str>,
    ip: Option<String>,
) -> CoreResult<Principal> {
    let expired = || CoreError::Unauthenticated("the session has expired or was closed".into());
    let defaults = settings::SecuritySettings::default();
    let account: Option<(Uuid, bool)> = sqlx::query_as(
        "WITH policy AS (
             SELECT make_interval(secs => COALESCE((SELECT (value->>'sessionIdleSeconds')::float8
                        FROM server_settings WHERE key = 'security'), $3)) AS idle,
                    make_interval(secs => COALESCE((SELECT (value->>'refreshTokenSeconds')::float8
                        FROM server_settings WHERE key = 'security'), $4)) AS lifetime
         ), live AS (
             SELECT s.id, s.account_id, s.last_seen_at, s.self_service_only FROM admin_sessions s
             JOIN accounts a ON a.id = s.account_id, policy
             WHERE s.token_hash = $1 AND ($2::bytea IS NULL OR s.cookie_hash = $2)
               AND s.last_seen_at > now() - policy.idle AND s.created_at > now() - policy.lifetime
               AND a.status = 'active'
         ), touched AS (
             UPDATE admin_sessions s SET last_seen_at = now() FROM live
             WHERE s.id = live.id AND live.last_seen_at < now() - interval '60 seconds'
         )
         SELECT account_id, self_service_only FROM live",
    )
    .bind(sha256(token.as_bytes()))
    .bind(cookie.map(|c| sha256(c.as_bytes())))
    .bind(defaults.session_idle_seconds as f64)
    .bind(defaults.refresh_token_seconds as f64)
    .fetch_optional(pool)
    .await?;
    let (account, self_service) = account.ok_or_else(expired)?;
    let reach = if self_service {
        SessionReach::SelfService
    } else {
        SessionReach::Full
    };
    rights(pool, AccountId(account), ip, reach)
        .await
        .map(|(principal, _)| principal)
        .map_err(|e| match e {
            CoreError::Unauthenticated(_) => expired(),
            other => other,
        })
}

/// Ends the admin session a token or a session cookie belongs to. Ending one that is already
/// gone is not an error.
pub async fn close_session(
    pool: &PgPool,
    token: Option<&str>,
    cookie: Option<&str>,
) -> CoreResult<()> {
    sqlx::query("DELETE FROM admin_sessions WHERE token_hash = $1 OR cookie_hash = $2")
        .bind(token.map(|t| sha256(t.as_bytes())))
        .bind(cookie.map(|c| sha256(c.as_bytes())))
        .execute(pool)
        .await?;
    Ok(())
}

/// Ends every session of an account (REST refresh sessions and JSON-RPC admin sessions): its
/// password changed, or it may no longer log in.
pub async fn end_sessions(conn: &mut sqlx::PgConnection, account: AccountId) -> CoreResult<()> {
    sqlx::query("DELETE FROM refresh_tokens WHERE account_id = $1")
        .bind(account.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM admin_sessions WHERE account_id = $1")
        .bind(account.0)
        .execute(&mut *conn)
        .await?;
    revoke_access_tokens(conn, account).await
}

/// Makes every access token issued so far for `account` invalid.
async fn revoke_access_tokens(conn: &mut sqlx::PgConnection, account: AccountId) -> CoreResult<()> {
    sqlx::query("UPDATE accounts SET token_generation = token_generation + 1 WHERE id = $1")
        .bind(account.0)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Drops admin sessions unused for more than a day (longer than any idle setting allows).
pub async fn purge_sessions(pool: &PgPool) -> CoreResult<u64> {
    Ok(
        sqlx::query("DELETE FROM admin_sessions WHERE last_seen_at < now() - interval '1 day'")
            .execute(pool)
            .await?
            .rows_affected(),
    )
}

/// Issues a REST session (access and refresh token) for a principal whose login was checked
/// (password and, where needed, second factor: `postbay-credentials`), or that a login link
/// stands for.
pub async fn issue_session(
    pool: &PgPool,
    keys: &TokenKeys,
    principal: &Principal,
    reach: SessionReach,
) -> CoreResult<Session> {
    let policy = settings::security(pool).await?;
    issue(pool, keys, principal, &policy, reach).await
}

async fn issue(
    pool: &PgPool,
    keys: &TokenKeys,
    principal: &Principal,
    policy: &settings::SecuritySettings,
    reach: SessionReach,
) -> CoreResult<Session> {
    let account = principal
        .account_id
        .ok_or(CoreError::Internal("sessions belong to accounts".into()))?;
    let generation: i64 = sqlx::query_scalar("SELECT token_generation FROM accounts WHERE id = $1")
        .bind(account.0)
        .fetch_optional(pool)
        .await?
        .ok_or(CoreError::Unauthenticated(
            "the account no longer exists".into(),
        ))?;
    let now = Utc::now();
    let claims = Claims {
        sub: account.0,
        iat: now.timestamp(),
        exp: now.timestamp() + policy.access_token_seconds,
        generation,
        self_service: reach.is_self_service(),
    };
    let access_token =
        jsonwebtoken::encode(&jsonwebtoken::Header::default(), &claims, &keys.encoding)
            .map_err(|e| CoreError::Internal(e.to_string().into()))?;
    let refresh_token = random_token();
    sqlx::query("INSERT INTO refresh_tokens (id, account_id, token_hash, expires_at, self_service_only) VALUES ($1, $2, $3, $4, $5)")
        .bind(Uuid::now_v7())
        .bind(account.0)
        .bind(sha256(refresh_token.as_bytes()))
        .bind(now + Duration::seconds(policy.refresh_token_seconds))
        .bind(reach.is_self_service())
        .execute(pool)
        .await?;
    let (role, read_only) = match reach {
        SessionReach::Full => (principal.role.clone(), principal.read_only),
        SessionReach::SelfService => {
            let own = rights(pool, account, None, reach).await?.0;
            (own.role, own.read_only)
        }
    };
    Ok(Session {
        access_token,
        token_type: "Bearer",
        expires_in: policy.access_token_seconds,
        refresh_token,
        account_id: account,
        role,
        read_only,
        self_service_only: reach.is_self_service(),
    })
}

/// Takes a refresh token (once): who it was issued to and what its session reached. The caller
/// (`postbay-credentials`, which knows whether a second factor is now required) issues the new
/// session with [`issue_session`].
pub async fn redeem_refresh_token(
    pool: &PgPool,
    request: &RefreshRequest,
    address: &str,
) -> CoreResult<(Principal, SessionReach)> {
    let account: Option<(Uuid, bool)> = sqlx::query_as("DELETE FROM refresh_tokens WHERE token_hash = $1 AND expires_at > now() RETURNING account_id, self_service_only")
        .bind(sha256(request.refresh_token.as_bytes()))
        .fetch_optional(pool)
        .await?;
    let (account, self_service) = account.ok_or(CoreError::Unauthenticated(
        "the refresh token is unknown, used or expired".into(),
    ))?;
    let principal =
        principal_for_account(pool, AccountId(account), Some(address.to_string())).await?;
    let reach = if self_service {
        SessionReach::SelfService
    } else {
        SessionReach::Full
    };
    Ok((principal, reach))
}

/// Ends every session of the caller's account: its refresh tokens and, at once, the access
/// tokens already handed out.
pub async fn logout(pool: &PgPool, principal: &Principal) -> CoreResult<()> {
    if let Some(a) = principal.account_id {
        let mut tx = pool.begin().await?;
        sqlx::query("DELETE FROM refresh_tokens WHERE account_id = $1")
            .bind(a.0)
            .execute(&mut *tx)
            .await?;
        revoke_access_tokens(&mut tx, a).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// The principal behind an access token.
pub async fn authenticate_token(
    pool: &PgPool,
    keys: &TokenKeys,
    token: &str,
    ip: Option<String>,
) -> CoreResult<Principal> {
    let data =
        jsonwebtoken::decode::<Claims>(token, &keys.decoding, &jsonwebtoken::Validation::default())
            .map_err(|_| {
                CoreError::Unauthenticated("the access token is invalid or expired".into())
            })?;
    let reach = if data.claims.self_service {
        SessionReach::SelfService
    } else {
        SessionReach::Full
    };
    let (principal, generation) = rights(pool, AccountId(data.claims.sub), ip, reach).await?;
    if generation != data.claims.generation {
        return Err(CoreError::Unauthenticated(
            "the access token was revoked (logout or password change)".into(),
        ));
    }
    Ok(principal)
}

#[derive(sqlx::FromRow)]
struct RightsRow {
    token_generation: i64,
    tenants_active: Option<bool>,
    domain_id: Uuid,
    tenant_id: Uuid,
    email: String,
    account_status: Status,
    domain_status: Status,
    admin_role: AdminRole,
    domain_admin: bool,
    tenant_admin_of: Option<Uuid>,
    group_admin_role: Option<AdminRole>,
    group_domain_admin: Option<bool>,
}

/// An account's effective rights: the highest of its own and its groups'.
pub async fn principal_for_account(
    pool: &PgPool,
    account: AccountId,
    ip: Option<String>,
) -> CoreResult<Principal> {
    Ok(rights(pool, account, ip, SessionReach::Full).await?.0)
}

/// The account's rights and its current token generation, in one query (every REST request
/// with an access token asks for both). A self-service session has the rights of a plain
/// account whatever the account's own.
async fn rights(
    pool: &PgPool,
    account: AccountId,
    ip: Option<String>,
    reach: SessionReach,
) -> CoreResult<(Principal, i64)> {
    let row: RightsRow = sqlx::query_as(
        "SELECT a.token_generation, a.domain_id, d.tenant_id, a.login || '@' || d.name AS email, a.status AS account_status, d.status AS domain_status,
                a.admin_role, a.domain_admin, a.tenant_admin_of,
                (SELECT (ARRAY['none', 'server_read_only', 'server_read_write'])[1 + max(CASE g.admin_role WHEN 'server_read_write' THEN 2 WHEN 'server_read_only' THEN 1 ELSE 0 END)]
                   FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.account_id = a.id) AS group_admin_role,
                (SELECT bool_or(g.domain_admin) FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.account_id = a.id) AS group_domain_admin,
                (SELECT bool_and(x.status = 'active') FROM tenants x WHERE x.id = ANY(t.ancestors)) AS tenants_active
         FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id WHERE a.id = $1",
    )
    .bind(account.0)
    .fetch_optional(pool)
    .await?
    .ok_or(CoreError::Unauthenticated("the account no longer exists".into()))?;
    // A suspended or disabled tenant, anywhere above, suspends logins below it.
    if row.account_status != Status::Active
        || row.domain_status != Status::Active
        || !row.tenants_active.unwrap_or(false)
    {
        return Err(CoreError::Unauthenticated(
            "the account may not log in".into(),
        ));
    }
    let admin = row
        .admin_role
        .max(row.group_admin_role.unwrap_or(AdminRole::None));
    let domain_id = DomainId(row.domain_id);
    let tenant_id = TenantId(row.tenant_id);
    let admin = if reach.is_self_service() {
        AdminRole::None
    } else {
        admin
    };
    let (role, read_only) = match admin {
        AdminRole::ServerReadWrite => (Role::ServerAdmin, false),
        AdminRole::ServerReadOnly => (Role::ServerAdmin, true),
        AdminRole::None => match row.tenant_admin_of.filter(|_| !reach.is_self_service()) {
            Some(t) => (
                Role::TenantAdmin {
                    tenant_id: TenantId(t),
                },
                false,
            ),
            None if !reach.is_self_service()
                && (row.domain_admin || row.group_domain_admin.unwrap_or(false)) =>
            {
                (
                    Role::DomainAdmin {
                        domain_id,
                        tenant_id,
                    },
                    false,
                )
            }
            None => (
                Role::Account {
                    account_id: account,
                    domain_id,
                    tenant_id,
                },
                false,
            ),
        },
    };
    let principal = Principal {
        role,
        read_only,
        actor: format!("account:{}", row.email),
        ip,
        account_id: Some(account),
    };
    Ok((principal, row.token_generation))
}

/// What a lockout holds back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum LockoutKind {
    /// An account, locked until `lockedUntil`.
    Account,
    /// A client address, slowed (never blocked) until `lockedUntil`.
    Address,
}

crate::stored_as_text!(LockoutKind { Account => "account", Address => "address" });

/// An account locked out, or an address slowed down, now.
#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Lockout {
    pub kind: LockoutKind,
    /// The client address, or for an account its address (`login@domain`).
    pub address: String,
    pub account_id: Option<AccountId>,
    pub failures: i32,
    pub locked_until: DateTime<Utc>,
}

pub async fn lockouts(pool: &PgPool, principal: &Principal) -> CoreResult<Vec<Lockout>> {
    if !principal.is_server_admin() {
        return Err(CoreError::forbidden(
            "server administrator rights are required",
        ));
    }
    let policy = settings::security(pool).await?;
    Ok(sqlx::query_as(
        "SELECT f.kind, COALESCE(a.login || '@' || d.name, f.address) AS address, a.id AS account_id, f.failures,
                COALESCE(f.locked_until, f.first_failed_at + make_interval(secs => $1)) AS locked_until
         FROM login_failures f
         LEFT JOIN accounts a ON f.kind = 'account' AND a.id::text = f.address
         LEFT JOIN domains d ON d.id = a.domain_id
         WHERE (f.kind = 'account' AND f.locked_until > now())
            OR (f.kind = 'address' AND $2 > 0 AND f.failures >= $2
                AND f.first_failed_at >= now() - make_interval(secs => $1))
         ORDER BY f.kind, address LIMIT 1000",
    )
    .bind(policy.account_lockout_seconds as f64)
    .bind(policy.address_delay_threshold)
    .fetch_all(pool)
    .await?)
}

/// Unlocks every locked account and forgets every address's failures. Disabled accounts stay
/// disabled: that is a separate state.
pub async fn unlock_all(pool: &PgPool, principal: &Principal) -> CoreResult<()> {
    if !principal.is_server_admin() {
        return Err(CoreError::forbidden(
            "server administrator rights are required",
        ));
    }
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    sqlx::query("DELETE FROM login_failures")
        .execute(&mut *tx)
        .await?;
    let root = vec![crate::tenants::root(pool).await?.0];
    crate::audit::record(
        &mut tx,
        principal,
        "lockout.unlock_all",
        "lockout",
        None,
        crate::audit::Place {
            tenant_path: &root,
            domain: None,
        },
        serde_json::json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Whether `ip` falls in one of `allowed` (addresses or CIDR blocks). Empty allows all.
pub fn ip_allowed(allowed: &[String], ip: Option<IpAddr>) -> bool {
    if allowed.is_empty() {
        return true;
    }
    let Some(ip) = ip else { return false };
    allowed
        .iter()
        .filter_map(|entry| net::parse_network(entry))
        .any(|network| net::network_contains(&network, ip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_allow_lists() {
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        assert!(ip_allowed(&[], None));
        assert!(ip_allowed(&["10.0.0.0/8".into()], ip("10.1.2.3")));
        assert!(!ip_allowed(&["10.0.0.0/8".into()], ip("11.1.2.3")));
        assert!(ip_allowed(&["127.0.0.1".into()], ip("::ffff:127.0.0.1")));
        assert!(ip_allowed(&["::1".into()], ip("::1")));
        assert!(!ip_allowed(&["127.0.0.1".into()], None));
    }
}
