//! Server-wide settings kept in the database, so every `postbay` process sees the same values
//! and a change needs no restart.

use std::sync::LazyLock;

use postbay_database::notifications::{self, Notification};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use sqlx::PgPool;
use tokio::sync::watch;

use crate::access::Principal;
use crate::audit::{self, Place};
use crate::error::{CoreError, CoreResult};

/// Login protection and session lifetimes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SecuritySettings {
    /// Failed logins for one account, from anywhere, before the account is locked (0 = never
    /// lock). A success resets only that account's count. Kerio's account lockout.
    #[serde(default = "unset_i32")]
    pub account_lockout_threshold: i32,
    /// How long a locked account stays locked, and how long failures are remembered, seconds
    /// (1 to 7 days).
    #[serde(default = "unset_i64")]
    #[schema(minimum = 1, maximum = 604800)]
    pub account_lockout_seconds: i64,
    /// Failed logins from one address (for any accounts) after which every further login from
    /// it waits, a second more per failure up to 10 s (0 = never). An address is slowed, never
    /// blocked: a NAT address's users still get in.
    #[serde(default = "default_address_delay_threshold")]
    pub address_delay_threshold: i32,
    /// Deprecated: the old name of `accountLockoutThreshold`, accepted and shown for one release.
    #[serde(default = "unset_i32")]
    #[schema(deprecated)]
    pub lockout_threshold: i32,
    /// Deprecated: the old name of `accountLockoutSeconds`, accepted and shown for one release.
    #[serde(default = "unset_i64")]
    #[schema(deprecated)]
    pub lockout_seconds: i64,
    /// Lifetime of an access token, seconds.
    pub access_token_seconds: i64,
    /// Lifetime of a refresh token, seconds.
    pub refresh_token_seconds: i64,
    /// A JSON-RPC admin session ends after this many seconds without a call.
    #[serde(default = "default_session_idle_seconds")]
    pub session_idle_seconds: i64,
    /// Mail clients send passwords over encrypted connections only: POP3 refuses USER, PASS
    /// and AUTH before STLS, IMAP says LOGINDISABLED before STARTTLS, submission offers AUTH
    /// only after STARTTLS. Incoming mail on port 25 is not affected.
    #[serde(default = "yes")]
    pub require_encrypted_login: bool,
    /// What passwords set in clear must be (REST, JSON-RPC, CSV import, the first
    /// administrator's); pre-hashed imports are exempt.
    #[serde(default)]
    pub password_policy: crate::passwords::PasswordPolicy,
}

fn yes() -> bool {
    true
}

fn default_session_idle_seconds() -> i64 {
    1800
}

/// Marks a lockout field the input left out (the old or the new name may carry it).
const UNSET: i32 = -1;

fn unset_i32() -> i32 {
    UNSET
}

fn unset_i64() -> i64 {
    i64::from(UNSET)
}

fn default_address_delay_threshold() -> i32 {
    20
}

impl Default for SecuritySettings {
    fn default() -> Self {
        Self {
            account_lockout_threshold: 10,
            account_lockout_seconds: 300,
            address_delay_threshold: default_address_delay_threshold(),
            lockout_threshold: 10,
            lockout_seconds: 300,
            access_token_seconds: 900,
            refresh_token_seconds: 30 * 24 * 3600,
            session_idle_seconds: default_session_idle_seconds(),
            require_encrypted_login: true,
            password_policy: crate::passwords::PasswordPolicy::default(),
        }
    }
}

impl SecuritySettings {
    /// Resolves the lockout fields given under the new or the old names (the new win; left
    /// out, the defaults) and shows the old names with the same values.
    fn normalised(mut self) -> Self {
        let defaults = Self::default();
        let pick = |new: i64, old: i64, default: i64| {
            if new != i64::from(UNSET) {
                new
            } else if old != i64::from(UNSET) {
                old
            } else {
                default
            }
        };
        self.account_lockout_threshold = i32::try_from(pick(
            i64::from(self.account_lockout_threshold),
            i64::from(self.lockout_threshold),
            i64::from(defaults.account_lockout_threshold),
        ))
        .unwrap_or(defaults.account_lockout_threshold);
        self.account_lockout_seconds = pick(
            self.account_lockout_seconds,
            self.lockout_seconds,
            defaults.account_lockout_seconds,
        );
        self.lockout_threshold = self.account_lockout_threshold;
        self.lockout_seconds = self.account_lockout_seconds;
        self
    }

    /// A client that read the settings and saved them back with only an old name edited
    /// (`lockoutThreshold`, `lockoutSeconds`) sends the new name unchanged beside it: the
    /// edit under the old name is the one meant.
    fn edited_under_old_names(mut self, current: &Self) -> Self {
        if self.lockout_threshold != UNSET
            && self.lockout_threshold != self.account_lockout_threshold
            && self.account_lockout_threshold == current.account_lockout_threshold
        {
            self.account_lockout_threshold = self.lockout_threshold;
        }
        if self.lockout_seconds != i64::from(UNSET)
            && self.lockout_seconds != self.account_lockout_seconds
            && self.account_lockout_seconds == current.account_lockout_seconds
        {
            self.account_lockout_seconds = self.lockout_seconds;
        }
        self
    }

    fn validate(&self) -> CoreResult<()> {
        let checks: [(bool, &'static str, &'static str); 6] = [
            (
                (0..=1000).contains(&self.account_lockout_threshold),
                "accountLockoutThreshold",
                "0 to 1000",
            ),
            (
                (1..=7 * 24 * 3600).contains(&self.account_lockout_seconds),
                "accountLockoutSeconds",
                "1 s to 7 days",
            ),
            (
                (0..=100_000).contains(&self.address_delay_threshold),
                "addressDelayThreshold",
                "0 to 100000",
            ),
            (
                (60..=24 * 3600).contains(&self.access_token_seconds),
                "accessTokenSeconds",
                "60 s to 1 day",
            ),
            (
                (300..=365 * 24 * 3600).contains(&self.refresh_token_seconds),
                "refreshTokenSeconds",
                "5 min to 365 days",
            ),
            (
                (60..=24 * 3600).contains(&self.session_idle_seconds),
                "sessionIdleSeconds",
                "60 s to 1 day",
            ),
        ];
        check_ranges(&checks)?;
        self.password_policy.validate("passwordPolicy")
    }
}

pub async fn read<T: DeserializeOwned + Default + Send + Unpin + 'static>(
    pool: &PgPool,
    key: &str,
) -> CoreResult<T> {
    let mut conn = pool.acquire().await?;
    read_in(&mut conn, key).await
}

/// A setting read on a connection in use (inside a transaction); defaults when never set.
pub async fn read_in<T: DeserializeOwned + Default + Send + Unpin + 'static>(
    conn: &mut sqlx::PgConnection,
    key: &str,
) -> CoreResult<T> {
    let value: Option<sqlx::types::Json<T>> =
        sqlx::query_scalar("SELECT value FROM server_settings WHERE key = $1")
            .bind(key)
            .fetch_optional(conn)
            .await?;
    Ok(value.map(|v| v.0).unwrap_or_default())
}

pub(crate) async fn write<T: Serialize>(
    conn: &mut sqlx::PgConnection,
    key: &str,
    value: &T,
) -> CoreResult<()> {
    sqlx::query(
        "INSERT INTO server_settings (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
    )
    .bind(key)
    .bind(sqlx::types::Json(value))
    .execute(&mut *conn)
    .await?;
    announce(conn, key).await
}

/// The channel on which every change to server-wide settings (and to the IP groups they
/// name) is announced, with what changed as payload.
pub const CHANGES_CHANNEL: &str = "postbay_settings";

/// This process's count of settings changes it knows of: bumped by changes made here (after
/// their commit) and by every announcement from any process.
static GENERATION: LazyLock<watch::Sender<u64>> = LazyLock::new(|| watch::channel(0).0);

/// Announces a change to every process when the transaction commits. Callers also call
/// [`changed_here`] after the commit, so this process applies it before answering.
pub async fn announce(conn: &mut sqlx::PgConnection, what: &str) -> CoreResult<()> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(CHANGES_CHANNEL)
        .bind(what)
        .execute(conn)
        .await?;
    Ok(())
}

/// Marks the settings changed in this process (after a committed change), so caches of
/// them are read again at their next use.
pub fn changed_here() {
    GENERATION.send_modify(|g| *g = g.wrapping_add(1));
}

/// The generation of the settings as this process knows them. A cache of settings keeps the
/// generation it read them at (taken before reading) and reads them again once it differs.
pub fn generation() -> u64 {
    *GENERATION.borrow()
}

/// A value made from the settings (a policy, matchers), kept until any setting changes
/// anywhere: read again at the first use after the generation moves.
pub struct ByGeneration<T> {
    cached: std::sync::Mutex<Option<(u64, std::sync::Arc<T>)>>,
}

impl<T> Default for ByGeneration<T> {
    fn default() -> Self {
        Self {
            cached: std::sync::Mutex::new(None),
        }
    }
}

impl<T> ByGeneration<T> {
    /// The kept value, or what `load` makes when the settings changed since it was made.
    pub async fn get<E, F, Fut>(&self, load: F) -> Result<std::sync::Arc<T>, E>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<T, E>>,
    {
        let generation = generation();
        if let Ok(cached) = self.cached.lock()
            && let Some((at, value)) = cached.as_ref()
            && *at == generation
        {
            return Ok(value.clone());
        }
        let value = std::sync::Arc::new(load().await?);
        if let Ok(mut cached) = self.cached.lock() {
            *cached = Some((generation, value.clone()));
        }
        Ok(value)
    }
}

/// Waits for settings changes, for loops that apply them (the mail listeners).
pub fn subscribe() -> watch::Receiver<u64> {
    GENERATION.subscribe()
}

/// Follows the announcements of every process until the pool closes; a process starts it once.
/// When listening (re)starts, the settings count as changed, since announcements may have been
/// missed meanwhile.
pub async fn follow_changes(pool: PgPool) {
    notifications::follow(pool, CHANGES_CHANNEL, |_: Notification<'_>| changed_here()).await;
}

pub async fn security(pool: &PgPool) -> CoreResult<SecuritySettings> {
    Ok(read::<SecuritySettings>(pool, "security")
        .await?
        .normalised())
}

pub async fn get_security(pool: &PgPool, principal: &Principal) -> CoreResult<SecuritySettings> {
    principal.require_server_admin()?;
    security(pool).await
}

pub async fn set_security(
    pool: &PgPool,
    principal: &Principal,
    value: SecuritySettings,
) -> CoreResult<SecuritySettings> {
    principal.may_change_server_settings()?;
    let current = security(pool).await?;
    let value = value.edited_under_old_names(&current).normalised();
    value.validate()?;
    store(pool, principal, "security", value).await
}

/// Limits the SMTP server applies to every client (Kerio's Security Options). `0` turns an
/// IP limit off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SmtpSecurity {
    /// Messages accepted from one address over a sliding hour; more get `450 4.7.1`.
    pub max_messages_per_hour_per_ip: u32,
    /// Connections open at once from one address; more get `421 4.7.0`.
    pub max_connections_per_ip: u32,
    /// RCPTs to unknown local users from one address within an hour before it is blocked for
    /// an hour (directory harvest).
    pub max_unknown_recipients_per_ip: u32,
    /// Recipients per message; more get `452 4.5.3`.
    pub max_recipients: u32,
    /// Failed commands before the session is closed.
    pub max_failed_commands: u32,
    /// Largest message accepted, bytes (advertised as SIZE; larger gets `552 5.3.4`).
    pub max_message_size: u64,
    /// Received headers a message may carry (loop protection; more gets `554 5.4.6`).
    pub max_received_hops: u32,
    /// Addresses the per-address limits do not apply to (local networks, a backup MX).
    pub exempt_group_id: Option<crate::ids::IpGroupId>,
    /// Addresses that may relay without AUTH (relay control's trusted group).
    pub relay_group_id: Option<crate::ids::IpGroupId>,
    /// Relay for anyone: an open relay. Off unless a server administrator turns it on; an
    /// ISP almost never wants it.
    pub open_relay: bool,
    /// Refuse `MAIL FROM` whose domain has neither MX nor address records in DNS (`550
    /// 5.1.8`; `451 4.4.3` when DNS does not answer). Not asked of authenticated users,
    /// trusted relay clients or the exemption group; `<>` is exempt.
    pub check_sender_domain_in_dns: bool,
    /// Leave the client's address out of the Received header when it is in the trusted relay
    /// group or has authenticated (a private network's addresses stay private).
    pub hide_trusted_ips_in_received: bool,
    /// POP-before-SMTP: minutes an address may relay after a successful POP3 login from it
    /// (0 = off).
    pub pop_before_smtp_minutes: u32,
}

impl Default for SmtpSecurity {
    fn default() -> Self {
        Self {
            max_messages_per_hour_per_ip: 0,
            max_connections_per_ip: 50,
            max_unknown_recipients_per_ip: 0,
            max_recipients: 100,
            max_failed_commands: 20,
            max_message_size: 50 * 1024 * 1024,
            max_received_hops: 50,
            exempt_group_id: None,
            relay_group_id: None,
            open_relay: false,
            check_sender_domain_in_dns: false,
            hide_trusted_ips_in_received: false,
            pop_before_smtp_minutes: 0,
        }
    }
}

/// The largest message size that may be configured: the server buffers a message in memory
/// and PostgreSQL takes a value of at most 1 GB.
pub const MAX_SMTP_MESSAGE_SIZE: u64 = 256 * 1024 * 1024;

impl SmtpSecurity {
    fn validate(&self) -> CoreResult<()> {
        let checks: [(bool, &'static str, &'static str); 5] = [
            (
                self.pop_before_smtp_minutes <= 24 * 60,
                "popBeforeSmtpMinutes",
                "0 to 1440",
            ),
            (
                (1..=100_000).contains(&self.max_recipients),
                "maxRecipients",
                "1 to 100000",
            ),
            (
                (1..=1000).contains(&self.max_failed_commands),
                "maxFailedCommands",
                "1 to 1000",
            ),
            (
                (1024..=MAX_SMTP_MESSAGE_SIZE).contains(&self.max_message_size),
                "maxMessageSize",
                "1 KiB to 256 MiB",
            ),
            (
                (1..=1000).contains(&self.max_received_hops),
                "maxReceivedHops",
                "1 to 1000",
            ),
        ];
        check_ranges(&checks)
    }
}

pub async fn smtp_security(pool: &PgPool) -> CoreResult<SmtpSecurity> {
    read(pool, "smtp_security").await
}

pub async fn get_smtp_security(pool: &PgPool, principal: &Principal) -> CoreResult<SmtpSecurity> {
    principal.require_server_admin()?;
    smtp_security(pool).await
}

pub async fn set_smtp_security(
    pool: &PgPool,
    principal: &Principal,
    value: SmtpSecurity,
) -> CoreResult<SmtpSecurity> {
    principal.may_change_server_settings()?;
    value.validate()?;
    let mut conn = pool.acquire().await?;
    for (field, group) in [
        ("exemptGroupId", value.exempt_group_id),
        ("relayGroupId", value.relay_group_id),
    ] {
        crate::ip_group_lookup::require(&mut conn, group, field).await?;
    }
    drop(conn);
    store(pool, principal, "smtp_security", value).await
}

/// Fails on the first `(in range, field, allowed range)` that is not in range.
pub fn check_ranges(checks: &[(bool, &'static str, &'static str)]) -> CoreResult<()> {
    match checks.iter().find(|(ok, _, _)| !ok) {
        Some((_, field, range)) => Err(CoreError::invalid(
            *field,
            "out_of_range",
            format!("must be {range}"),
        )),
        None => Ok(()),
    }
}

/// Writes a validated server-wide setting, with its audit event, in one transaction.
pub async fn store<T: Serialize>(
    pool: &PgPool,
    principal: &Principal,
    key: &'static str,
    value: T,
) -> CoreResult<T> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    write(&mut tx, key, &value).await?;
    record(
        &mut tx,
        principal,
        "settings.update",
        serde_json::json!({ key: &value }),
    )
    .await?;
    tx.commit().await?;
    changed_here();
    Ok(value)
}

/// The audit event of a server-wide change, in the change's transaction.
pub async fn record(
    conn: &mut sqlx::PgConnection,
    principal: &Principal,
    action: &str,
    changes: serde_json::Value,
) -> CoreResult<()> {
    let root: Vec<uuid::Uuid> = vec![crate::tenants::root_in(&mut *conn).await?.0];
    audit::record(
        conn,
        principal,
        action,
        "settings",
        None,
        Place {
            tenant_path: &root,
            domain: None,
        },
        changes,
    )
    .await
}
