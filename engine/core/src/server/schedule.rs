//! The scheduler's objects (Kerio's Definitions → Time Ranges, Scheduling, ETRN Download):
//! time ranges, scheduled events with their actions, and the servers this one sends ETRN to.
//! Times are UTC. The runner (`postbay-scheduler`) reads them; this holds their rules.

use chrono::{DateTime, Datelike, Duration, NaiveTime, Timelike, Utc, Weekday};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

use crate::access::Principal;
use crate::secrets::SecretKey;
use crate::settings::record;
use crate::{CoreError, CoreResult};

/// How one part of a time range is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum TimeRangeKind {
    /// `from`..`to` as `HH:MM` each day (of `days`, every day when empty); `to` before `from`
    /// runs past midnight.
    Daily,
    /// Whole days, `from` to `to` as weekday names (`mon`..`sun`), wrapping over the weekend.
    Weekly,
    /// `from`..`to` as RFC 3339 instants.
    Absolute,
}

/// One part of a time range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimeRangeItem {
    pub kind: TimeRangeKind,
    pub from: String,
    pub to: String,
    /// Daily only: the weekdays it applies on (`mon`..`sun`); every day when empty.
    #[serde(default)]
    pub days: Vec<String>,
}

/// A named set of times: valid when (any daily or weekly part holds, or there are none) and
/// (any absolute part holds, or there are none).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TimeRange {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    pub items: Vec<TimeRangeItem>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewTimeRange {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub items: Vec<TimeRangeItem>,
}

fn weekday(text: &str) -> Option<Weekday> {
    text.to_ascii_lowercase().get(..3)?.parse().ok()
}

fn clock(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").ok()
}

impl TimeRangeItem {
    fn validate(&self, field: &str) -> CoreResult<()> {
        let bad = |what: &str, message: &'static str| {
            CoreError::invalid(format!("{field}.{what}"), "invalid_time", message)
        };
        match self.kind {
            TimeRangeKind::Daily => {
                let from = clock(&self.from).ok_or_else(|| bad("from", "a time as HH:MM"))?;
                let to = clock(&self.to).ok_or_else(|| bad("to", "a time as HH:MM"))?;
                if from == to {
                    return Err(bad("to", "must differ from from"));
                }
                if self.days.iter().any(|d| weekday(d).is_none()) || self.days.len() > 7 {
                    return Err(bad(
                        "days",
                        "weekday names: mon, tue, wed, thu, fri, sat, sun",
                    ));
                }
            }
            TimeRangeKind::Weekly => {
                weekday(&self.from).ok_or_else(|| bad("from", "a weekday name such as mon"))?;
                weekday(&self.to).ok_or_else(|| bad("to", "a weekday name such as fri"))?;
            }
            TimeRangeKind::Absolute => {
                let from = DateTime::parse_from_rfc3339(&self.from)
                    .map_err(|_| bad("from", "an RFC 3339 date and time"))?;
                let to = DateTime::parse_from_rfc3339(&self.to)
                    .map_err(|_| bad("to", "an RFC 3339 date and time"))?;
                if to <= from {
                    return Err(bad("to", "must be after from"));
                }
            }
        }
        if !self.days.is_empty() && self.kind != TimeRangeKind::Daily {
            return Err(bad("days", "only daily parts have days"));
        }
        Ok(())
    }

    fn contains(&self, at: DateTime<Utc>) -> bool {
        match self.kind {
            TimeRangeKind::Daily => {
                let (Some(from), Some(to)) = (clock(&self.from), clock(&self.to)) else {
                    return false;
                };
                let now = at.time().with_second(0).unwrap_or(at.time());
                // A range past midnight belongs to the day it started on.
                let (in_time, day) = if from <= to {
                    (from <= now && now < to, at.weekday())
                } else if now >= from {
                    (true, at.weekday())
                } else {
                    (now < to, at.weekday().pred())
                };
                let day_ok =
                    self.days.is_empty() || self.days.iter().any(|d| weekday(d) == Some(day));
                day_ok && in_time
            }
            TimeRangeKind::Weekly => {
                let (Some(from), Some(to)) = (weekday(&self.from), weekday(&self.to)) else {
                    return false;
                };
                let (a, b, d) = (
                    from.num_days_from_monday(),
                    to.num_days_from_monday(),
                    at.weekday().num_days_from_monday(),
                );
                if a <= b {
                    a <= d && d <= b
                } else {
                    d >= a || d <= b
                }
            }
            TimeRangeKind::Absolute => {
                match (
                    DateTime::parse_from_rfc3339(&self.from),
                    DateTime::parse_from_rfc3339(&self.to),
                ) {
                    (Ok(from), Ok(to)) => from <= at && at < to,
                    _ => false,
                }
            }
        }
    }
}

impl TimeRange {
    /// Whether `at` is inside the range (Kerio: `(daily | weekly) & absolute`, a kind that is
    /// absent not constraining).
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        let (absolute, periodic): (Vec<&TimeRangeItem>, Vec<&TimeRangeItem>) = self
            .items
            .iter()
            .partition(|i| i.kind == TimeRangeKind::Absolute);
        (periodic.is_empty() || periodic.iter().any(|i| i.contains(at)))
            && (absolute.is_empty() || absolute.iter().any(|i| i.contains(at)))
    }
}

/// Most parts in one time range.
const MAX_ITEMS: usize = 100;

fn check_name(name: &str, field: &'static str) -> CoreResult<String> {
    crate::names::free_text(name.trim(), field, 100).and_then(|n| {
        if n.is_empty() {
            Err(CoreError::invalid(field, "required", "a name is required"))
        } else {
            Ok(n)
        }
    })
}

pub async fn create_time_range(
    pool: &PgPool,
    principal: &Principal,
    new: NewTimeRange,
) -> CoreResult<TimeRange> {
    principal.may_change_server_settings()?;
    let name = check_name(&new.name, "name")?;
    let description = crate::names::free_text(&new.description, "description", 1000)?;
    if new.items.is_empty() || new.items.len() > MAX_ITEMS {
        return Err(CoreError::invalid(
            "items",
            "out_of_range",
            "1 to 100 parts",
        ));
    }
    for (i, item) in new.items.iter().enumerate() {
        item.validate(&format!("items[{i}]"))?;
    }
    let range = TimeRange {
        id: Uuid::now_v7(),
        name,
        description,
        items: new.items,
    };
    let mut tx = pool.begin().await?;
    sqlx::query("INSERT INTO time_ranges (id, name, description, items) VALUES ($1, $2, $3, $4)")
        .bind(range.id)
        .bind(&range.name)
        .bind(&range.description)
        .bind(sqlx::types::Json(&range.items))
        .execute(&mut *tx)
        .await
        .map_err(|e| {
            CoreError::unique_violation(e, "name_taken", "name", "a time range of that name exists")
        })?;
    record(
        &mut tx,
        principal,
        "time_range.create",
        serde_json::json!({ "id": range.id, "name": &range.name }),
    )
    .await?;
    tx.commit().await?;
    Ok(range)
}

type TimeRangeRow = (Uuid, String, String, sqlx::types::Json<Vec<TimeRangeItem>>);

fn time_range(row: TimeRangeRow) -> TimeRange {
    TimeRange {
        id: row.0,
        name: row.1,
        description: row.2,
        items: row.3.0,
    }
}

pub async fn list_time_ranges(pool: &PgPool, principal: &Principal) -> CoreResult<Vec<TimeRange>> {
    principal.require_server_admin()?;
    let rows: Vec<TimeRangeRow> =
        sqlx::query_as("SELECT id, name, description, items FROM time_ranges ORDER BY name")
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(time_range).collect())
}

/// A time range, for the runner.
pub async fn time_range_by_id(pool: &PgPool, id: Uuid) -> CoreResult<Option<TimeRange>> {
    let row: Option<TimeRangeRow> =
        sqlx::query_as("SELECT id, name, description, items FROM time_ranges WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(time_range))
}

/// Deletes a time range no scheduled event uses.
pub async fn delete_time_range(pool: &PgPool, principal: &Principal, id: Uuid) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    let used: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM scheduled_events WHERE time_range_id = $1)",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    if used {
        return Err(CoreError::conflict(
            "in_use",
            "a scheduled event uses this time range",
        ));
    }
    delete_row(&mut tx, principal, "time_ranges", "time range", id).await?;
    tx.commit().await?;
    Ok(())
}

/// What a scheduled event does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum ScheduledAction {
    /// Send the mail waiting in the outgoing queue (offline mode, domains forwarded on
    /// schedule) and retry every deferred recipient now.
    FlushQueue,
    /// Send ETRN to the configured ETRN servers.
    SendEtrn,
    /// Download messages from the enabled remote POP3 accounts (a collection job of all of
    /// them; accounts that keep failing are skipped while they back off).
    CollectPop3,
}

/// A scheduled event: every N minutes or daily at a time (UTC), optionally only inside a time
/// range.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ScheduledEvent {
    pub id: Uuid,
    pub description: String,
    pub every_minutes: Option<i32>,
    /// `HH:MM`, UTC.
    pub at: Option<String>,
    pub time_range_id: Option<Uuid>,
    pub actions: Vec<ScheduledAction>,
    pub enabled: bool,
    pub next_run_at: DateTime<Utc>,
    pub last_run_at: Option<DateTime<Utc>>,
    pub last_result: Option<String>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScheduledEventInput {
    #[serde(default)]
    pub description: String,
    /// Every this many minutes (1 to 10080), starting now; or give `at`.
    #[schema(minimum = 1, maximum = 10080)]
    pub every_minutes: Option<i32>,
    /// Daily at `HH:MM` UTC; or give `everyMinutes`.
    pub at: Option<String>,
    pub time_range_id: Option<Uuid>,
    #[schema(min_items = 1)]
    pub actions: Vec<ScheduledAction>,
    #[serde(default = "enabled")]
    pub enabled: bool,
}

fn enabled() -> bool {
    true
}

/// When an event runs next after `after`.
pub fn next_run(
    every_minutes: Option<i32>,
    at: Option<&str>,
    after: DateTime<Utc>,
) -> DateTime<Utc> {
    if let Some(time) = at.and_then(clock) {
        let today = after.date_naive().and_time(time).and_utc();
        return if today > after {
            today
        } else {
            today + Duration::days(1)
        };
    }
    after + Duration::minutes(i64::from(every_minutes.unwrap_or(60).max(1)))
}

impl ScheduledEventInput {
    fn validate(&self) -> CoreResult<()> {
        match (self.every_minutes, self.at.as_deref()) {
            (Some(n), None) if (1..=7 * 24 * 60).contains(&n) => {}
            (Some(_), None) => {
                return Err(CoreError::invalid(
                    "everyMinutes",
                    "out_of_range",
                    "1 to 10080",
                ));
            }
            (None, Some(at)) if clock(at).is_some() => {}
            (None, Some(_)) => {
                return Err(CoreError::invalid("at", "invalid_time", "a time as HH:MM"));
            }
            _ => {
                return Err(CoreError::invalid(
                    "everyMinutes",
                    "every_or_at",
                    "give everyMinutes or at, not both",
                ));
            }
        }
        if self.actions.is_empty() {
            return Err(CoreError::invalid(
                "actions",
                "required",
                "at least one action",
            ));
        }
        crate::names::free_text(&self.description, "description", 1000)?;
        Ok(())
    }
}

const EVENT_COLUMNS: &str = "id, description, every_minutes, to_char(at_time, 'HH24:MI'), time_range_id, actions, enabled, next_run_at, last_run_at, last_result";

type EventRow = (
    Uuid,
    String,
    Option<i32>,
    Option<String>,
    Option<Uuid>,
    sqlx::types::Json<Vec<ScheduledAction>>,
    bool,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<String>,
);

fn event(row: EventRow) -> ScheduledEvent {
    ScheduledEvent {
        id: row.0,
        description: row.1,
        every_minutes: row.2,
        at: row.3,
        time_range_id: row.4,
        actions: row.5.0,
        enabled: row.6,
        next_run_at: row.7,
        last_run_at: row.8,
        last_result: row.9,
    }
}

async fn range_exists(pool: &PgPool, id: Option<Uuid>) -> CoreResult<()> {
    if let Some(id) = id {
        let found: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM time_ranges WHERE id = $1)")
                .bind(id)
                .fetch_one(pool)
                .await?;
        if !found {
            return Err(CoreError::invalid(
                "timeRangeId",
                "unknown_time_range",
                "there is no such time range",
            ));
        }
    }
    Ok(())
}

pub async fn create_event(
    pool: &PgPool,
    principal: &Principal,
    input: ScheduledEventInput,
) -> CoreResult<ScheduledEvent> {
    principal.may_change_server_settings()?;
    input.validate()?;
    range_exists(pool, input.time_range_id).await?;
    let id = Uuid::now_v7();
    let next = first_run(&input);
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO scheduled_events (id, description, every_minutes, at_time, time_range_id, actions, enabled, next_run_at)
         VALUES ($1, $2, $3, $4::time, $5, $6, $7, $8)",
    )
    .bind(id)
    .bind(&input.description)
    .bind(input.every_minutes)
    .bind(input.at.as_deref())
    .bind(input.time_range_id)
    .bind(sqlx::types::Json(&input.actions))
    .bind(input.enabled)
    .bind(next)
    .execute(&mut *tx)
    .await?;
    record(
        &mut tx,
        principal,
        "scheduled_event.create",
        serde_json::json!({ "id": id }),
    )
    .await?;
    tx.commit().await?;
    get_event(pool, id).await
}

async fn get_event(pool: &PgPool, id: Uuid) -> CoreResult<ScheduledEvent> {
    let row: Option<EventRow> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS} FROM scheduled_events WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(pool)
    .await?;
    row.map(event).ok_or(CoreError::NotFound {
        kind: "scheduled event",
    })
}

pub async fn list_events(pool: &PgPool, principal: &Principal) -> CoreResult<Vec<ScheduledEvent>> {
    principal.require_server_admin()?;
    let rows: Vec<EventRow> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS} FROM scheduled_events ORDER BY id"
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(event).collect())
}

/// An interval event runs first now; a daily one at its next time.
fn first_run(input: &ScheduledEventInput) -> DateTime<Utc> {
    match &input.at {
        Some(at) => next_run(None, Some(at), Utc::now()),
        None => Utc::now(),
    }
}

/// Replaces an event's definition; it runs next as a new one would.
pub async fn update_event(
    pool: &PgPool,
    principal: &Principal,
    id: Uuid,
    input: ScheduledEventInput,
) -> CoreResult<ScheduledEvent> {
    principal.may_change_server_settings()?;
    input.validate()?;
    range_exists(pool, input.time_range_id).await?;
    let next = first_run(&input);
    let mut tx = pool.begin().await?;
    let done = sqlx::query(
        "UPDATE scheduled_events SET description = $2, every_minutes = $3, at_time = $4::time,
             time_range_id = $5, actions = $6, enabled = $7, next_run_at = $8 WHERE id = $1",
    )
    .bind(id)
    .bind(&input.description)
    .bind(input.every_minutes)
    .bind(input.at.as_deref())
    .bind(input.time_range_id)
    .bind(sqlx::types::Json(&input.actions))
    .bind(input.enabled)
    .bind(next)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(CoreError::NotFound {
            kind: "scheduled event",
        });
    }
    record(
        &mut tx,
        principal,
        "scheduled_event.update",
        serde_json::json!({ "id": id }),
    )
    .await?;
    tx.commit().await?;
    get_event(pool, id).await
}

pub async fn delete_event(pool: &PgPool, principal: &Principal, id: Uuid) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    delete_row(
        &mut tx,
        principal,
        "scheduled_events",
        "scheduled event",
        id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Deletes row `id` of `table` with its audit event, in the caller's transaction.
async fn delete_row(
    tx: &mut sqlx::PgConnection,
    principal: &Principal,
    table: &'static str,
    kind: &'static str,
    id: Uuid,
) -> CoreResult<()> {
    let done = sqlx::query(&format!("DELETE FROM {table} WHERE id = $1"))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(CoreError::NotFound { kind });
    }
    let action = format!("{}.delete", table.trim_end_matches('s'));
    record(tx, principal, &action, serde_json::json!({ "id": id })).await
}

/// A server this one asks with ETRN for the mail it holds for some of our domains.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct EtrnServer {
    pub id: Uuid,
    pub host: String,
    pub port: i32,
    pub domains: Vec<String>,
    pub username: Option<String>,
    /// Whether a password is stored (it is never returned).
    pub has_password: bool,
    pub description: String,
    pub enabled: bool,
    pub last_run_at: Option<DateTime<Utc>>,
    pub last_result: Option<String>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewEtrnServer {
    pub host: String,
    #[serde(default = "smtp_port")]
    pub port: i32,
    /// The domains it holds mail for (Kerio writes them separated by `;`).
    pub domains: Vec<String>,
    pub username: Option<String>,
    /// Write-only; stored sealed.
    pub password: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default = "enabled")]
    pub enabled: bool,
}

fn smtp_port() -> i32 {
    25
}

const ETRN_COLUMNS: &str = "id, host, port, domains, username, password_sealed IS NOT NULL, description, enabled, last_run_at, last_result";

type EtrnRow = (
    Uuid,
    String,
    i32,
    Vec<String>,
    Option<String>,
    bool,
    String,
    bool,
    Option<DateTime<Utc>>,
    Option<String>,
);

fn etrn_server(r: EtrnRow) -> EtrnServer {
    EtrnServer {
        id: r.0,
        host: r.1,
        port: r.2,
        domains: r.3,
        username: r.4,
        has_password: r.5,
        description: r.6,
        enabled: r.7,
        last_run_at: r.8,
        last_result: r.9,
    }
}

pub async fn create_etrn_server(
    pool: &PgPool,
    principal: &Principal,
    key: &SecretKey,
    new: NewEtrnServer,
) -> CoreResult<EtrnServer> {
    principal.may_change_server_settings()?;
    let host = crate::names::host(&new.host, "host")?;
    let host = host.as_str();
    if !(1..=65535).contains(&new.port) {
        return Err(CoreError::invalid(
            "port",
            "out_of_range",
            "must be 1 to 65535",
        ));
    }
    let domains: Vec<String> = new
        .domains
        .iter()
        .flat_map(|d| d.split(';'))
        .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .filter(|d| !d.is_empty())
        .collect();
    if domains.is_empty()
        || domains.len() > 100
        || domains
            .iter()
            .any(|d| !d.contains('.') || d.contains(char::is_whitespace))
    {
        return Err(CoreError::invalid(
            "domains",
            "invalid_domain",
            "1 to 100 domain names such as example.com",
        ));
    }
    if new.password.as_ref().is_some_and(|p| p.len() > 255) {
        return Err(CoreError::invalid(
            "password",
            "too_long",
            "at most 255 bytes",
        ));
    }
    let sealed = new
        .password
        .as_deref()
        .filter(|p| !p.is_empty())
        .map(|p| key.seal(p))
        .transpose()?;
    let id = Uuid::now_v7();
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO etrn_servers (id, host, port, domains, username, password_sealed, description, enabled)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id)
    .bind(host)
    .bind(new.port)
    .bind(&domains)
    .bind(new.username.as_deref().filter(|u| !u.is_empty()))
    .bind(sealed)
    .bind(&new.description)
    .bind(new.enabled)
    .execute(&mut *tx)
    .await?;
    record(
        &mut tx,
        principal,
        "etrn_server.create",
        serde_json::json!({ "id": id, "host": host }),
    )
    .await?;
    tx.commit().await?;
    let row: EtrnRow = sqlx::query_as(&format!(
        "SELECT {ETRN_COLUMNS} FROM etrn_servers WHERE id = $1"
    ))
    .bind(id)
    .fetch_one(pool)
    .await?;
    Ok(etrn_server(row))
}

pub async fn list_etrn_servers(
    pool: &PgPool,
    principal: &Principal,
) -> CoreResult<Vec<EtrnServer>> {
    principal.require_server_admin()?;
    let rows: Vec<EtrnRow> = sqlx::query_as(&format!(
        "SELECT {ETRN_COLUMNS} FROM etrn_servers ORDER BY host, id"
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(etrn_server).collect())
}

pub async fn delete_etrn_server(pool: &PgPool, principal: &Principal, id: Uuid) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    delete_row(&mut tx, principal, "etrn_servers", "ETRN server", id).await?;
    tx.commit().await?;
    Ok(())
}

/// An enabled ETRN server with its password opened, for the runner.
pub struct EtrnTarget {
    pub id: Uuid,
    pub host: String,
    pub port: u16,
    pub domains: Vec<String>,
    pub auth: Option<(String, String)>,
}

pub async fn etrn_targets(pool: &PgPool, key: &SecretKey) -> CoreResult<Vec<EtrnTarget>> {
    type TargetRow = (
        Uuid,
        String,
        i32,
        Vec<String>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<TargetRow> = sqlx::query_as(
        "SELECT id, host, port, domains, username, password_sealed FROM etrn_servers WHERE enabled ORDER BY id",
    )
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|(id, host, port, domains, username, sealed)| {
            let password = sealed.as_deref().map(|s| key.open(s)).transpose()?;
            Ok(EtrnTarget {
                id,
                host,
                port: u16::try_from(port).unwrap_or(25),
                domains,
                auth: username.map(|u| (u, password.unwrap_or_default())),
            })
        })
        .collect()
}

/// Records how an ETRN run went.
pub async fn etrn_ran(pool: &PgPool, id: Uuid, result: &str) -> CoreResult<()> {
    sqlx::query("UPDATE etrn_servers SET last_run_at = now(), last_result = $2 WHERE id = $1")
        .bind(id)
        .bind(result)
        .execute(pool)
        .await?;
    Ok(())
}

/// Takes the due events (each exactly once across processes): their next run is set before
/// they run.
pub async fn claim_due_events(pool: &PgPool) -> CoreResult<Vec<ScheduledEvent>> {
    let mut tx = pool.begin().await?;
    let rows: Vec<EventRow> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS} FROM scheduled_events WHERE enabled AND next_run_at <= now()
         ORDER BY next_run_at LIMIT 100 FOR UPDATE SKIP LOCKED"
    ))
    .fetch_all(&mut *tx)
    .await?;
    let now = Utc::now();
    let events: Vec<ScheduledEvent> = rows.into_iter().map(event).collect();
    for e in &events {
        sqlx::query(
            "UPDATE scheduled_events SET next_run_at = $2, last_run_at = now() WHERE id = $1",
        )
        .bind(e.id)
        // From the later of now and the time it was due: a process whose clock lags the
        // database's must not find the same daily time due again.
        .bind(next_run(
            e.every_minutes,
            e.at.as_deref(),
            now.max(e.next_run_at),
        ))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(events)
}

/// Records how an event's run went.
pub async fn event_ran(pool: &PgPool, id: Uuid, result: &str) -> CoreResult<()> {
    sqlx::query("UPDATE scheduled_events SET last_result = $2 WHERE id = $1")
        .bind(id)
        .bind(result)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: TimeRangeKind, from: &str, to: &str, days: &[&str]) -> TimeRangeItem {
        TimeRangeItem {
            kind,
            from: from.into(),
            to: to.into(),
            days: days.iter().map(|d| d.to_string()).collect(),
        }
    }

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("time")
            .with_timezone(&Utc)
    }

    #[test]
    fn time_ranges_combine_as_kerio_says() {
        // Office hours on weekdays, only in December 2026.
        let range = TimeRange {
            id: Uuid::nil(),
            name: "x".into(),
            description: String::new(),
            items: vec![
                item(
                    TimeRangeKind::Daily,
                    "08:00",
                    "17:00",
                    &["mon", "tue", "wed", "thu", "fri"],
                ),
                item(
                    TimeRangeKind::Absolute,
                    "2026-12-01T00:00:00Z",
                    "2027-01-01T00:00:00Z",
                    &[],
                ),
            ],
        };
        assert!(range.contains(at("2026-12-01T09:30:00Z"))); // a Tuesday
        assert!(!range.contains(at("2026-12-01T17:00:00Z")));
        assert!(!range.contains(at("2026-12-05T10:00:00Z"))); // a Saturday
        assert!(!range.contains(at("2026-11-30T10:00:00Z"))); // before December
        // Over midnight, and weekly wrapping over the weekend.
        // Friday night runs into Saturday morning, not Friday morning.
        let friday_night = item(TimeRangeKind::Daily, "22:00", "06:00", &["fri"]);
        assert!(friday_night.contains(at("2026-12-05T02:00:00Z"))); // Saturday 02:00
        assert!(!friday_night.contains(at("2026-12-04T02:00:00Z"))); // Friday 02:00
        assert!(
            item(TimeRangeKind::Daily, "08:00", "08:00", &[])
                .validate("i")
                .is_err()
        );
        let night = item(TimeRangeKind::Daily, "22:00", "06:00", &[]);
        assert!(
            night.contains(at("2026-12-01T23:00:00Z"))
                && night.contains(at("2026-12-01T05:59:00Z"))
        );
        assert!(!night.contains(at("2026-12-01T12:00:00Z")));
        let weekend = item(TimeRangeKind::Weekly, "fri", "mon", &[]);
        assert!(
            weekend.contains(at("2026-12-06T12:00:00Z"))
                && !weekend.contains(at("2026-12-02T12:00:00Z"))
        );
        assert!(
            item(TimeRangeKind::Daily, "8:00", "9:00", &[])
                .validate("i")
                .is_ok()
        );
        assert!(
            item(TimeRangeKind::Daily, "25:00", "9:00", &[])
                .validate("i")
                .is_err()
        );
        assert!(
            item(TimeRangeKind::Weekly, "mon", "xyz", &[])
                .validate("i")
                .is_err()
        );
    }

    #[test]
    fn next_runs() {
        let now = at("2026-12-01T10:00:00Z");
        assert_eq!(next_run(Some(15), None, now), at("2026-12-01T10:15:00Z"));
        assert_eq!(
            next_run(None, Some("12:30"), now),
            at("2026-12-01T12:30:00Z")
        );
        assert_eq!(
            next_run(None, Some("09:00"), now),
            at("2026-12-02T09:00:00Z")
        );
    }
}
