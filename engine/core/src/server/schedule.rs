//! The scheduler's objects (Kerio's Definitions → Time Ranges, Scheduling, ETRN Download):
//! time ranges, scheduled events with their actions, and the servers this one sends ETRN to.
//! A time range's daily and weekly parts are read in its time zone (IANA, through chrono-tz;
//! UTC by default); scheduled events' times are UTC. The runner (`postbay-scheduler`) reads
//! them; this holds their rules.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

use crate::access::Principal;
use crate::ids::{EtrnServerId, ScheduledEventId, TimeRangeId};
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

/// An IANA time zone (`Europe/Prague`, `America/New_York`, `UTC`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeZone(pub chrono_tz::Tz);

impl TimeZone {
    fn parse(name: &str) -> CoreResult<Self> {
        name.trim().parse().map(TimeZone).map_err(|_| {
            CoreError::invalid(
                "timeZone",
                "invalid_time_zone",
                "an IANA time zone name such as Europe/Prague or UTC",
            )
        })
    }
}

impl Serialize for TimeZone {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.name())
    }
}

/// A named set of times: valid when (any daily or weekly part holds, or there are none) and
/// (any absolute part holds, or there are none).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TimeRange {
    pub id: TimeRangeId,
    pub name: String,
    pub description: String,
    /// The time zone its daily and weekly parts are read in (IANA name; default `UTC`).
    #[schema(value_type = String, example = "Europe/Prague")]
    pub time_zone: TimeZone,
    pub items: Vec<TimeRangeItem>,
    /// The items as read once, for every check.
    #[serde(skip)]
    periods: Vec<Period>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewTimeRange {
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The time zone its daily and weekly parts are read in (IANA name; default `UTC`).
    #[serde(default)]
    pub time_zone: Option<String>,
    pub items: Vec<TimeRangeItem>,
}

/// One part of a time range, read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Period {
    Daily {
        from: NaiveTime,
        to: NaiveTime,
        /// Every day when empty.
        days: Vec<Weekday>,
    },
    Weekly {
        from: Weekday,
        to: Weekday,
    },
    Absolute {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    },
}

fn weekday(text: &str) -> Option<Weekday> {
    text.to_ascii_lowercase().get(..3)?.parse().ok()
}

fn clock(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").ok()
}

impl TimeRangeItem {
    /// The part as read; `field` names it in a refusal.
    fn period(&self, field: &str) -> CoreResult<Period> {
        let bad = |what: &str, message: &'static str| {
            CoreError::invalid(format!("{field}.{what}"), "invalid_time", message)
        };
        if !self.days.is_empty() && self.kind != TimeRangeKind::Daily {
            return Err(bad("days", "only daily parts have days"));
        }
        Ok(match self.kind {
            TimeRangeKind::Daily => {
                let from = clock(&self.from).ok_or_else(|| bad("from", "a time as HH:MM"))?;
                let to = clock(&self.to).ok_or_else(|| bad("to", "a time as HH:MM"))?;
                if from == to {
                    return Err(bad("to", "must differ from from"));
                }
                let days: Option<Vec<Weekday>> = self.days.iter().map(|d| weekday(d)).collect();
                match days {
                    Some(days) if days.len() <= 7 => Period::Daily { from, to, days },
                    _ => {
                        return Err(bad(
                            "days",
                            "weekday names: mon, tue, wed, thu, fri, sat, sun",
                        ));
                    }
                }
            }
            TimeRangeKind::Weekly => Period::Weekly {
                from: weekday(&self.from)
                    .ok_or_else(|| bad("from", "a weekday name such as mon"))?,
                to: weekday(&self.to).ok_or_else(|| bad("to", "a weekday name such as fri"))?,
            },
            TimeRangeKind::Absolute => {
                let from = DateTime::parse_from_rfc3339(&self.from)
                    .map_err(|_| bad("from", "an RFC 3339 date and time"))?
                    .with_timezone(&Utc);
                let to = DateTime::parse_from_rfc3339(&self.to)
                    .map_err(|_| bad("to", "an RFC 3339 date and time"))?
                    .with_timezone(&Utc);
                if to <= from {
                    return Err(bad("to", "must be after from"));
                }
                Period::Absolute { from, to }
            }
        })
    }
}

impl Period {
    /// Whether the instant `at`, `local` on the range's clock, is inside.
    fn contains(&self, at: DateTime<Utc>, local: NaiveDateTime) -> bool {
        match self {
            Period::Daily { from, to, days } => {
                let (from, to) = (*from, *to);
                let now = local.time().with_second(0).unwrap_or(local.time());
                // A range past midnight belongs to the day it started on.
                let (in_time, day) = if from <= to {
                    (from <= now && now < to, local.weekday())
                } else if now >= from {
                    (true, local.weekday())
                } else {
                    (now < to, local.weekday().pred())
                };
                in_time && (days.is_empty() || days.contains(&day))
            }
            Period::Weekly { from, to } => {
                let (a, b, d) = (
                    from.num_days_from_monday(),
                    to.num_days_from_monday(),
                    local.weekday().num_days_from_monday(),
                );
                if a <= b {
                    a <= d && d <= b
                } else {
                    d >= a || d <= b
                }
            }
            Period::Absolute { from, to } => *from <= at && at < *to,
        }
    }
}

impl TimeRange {
    /// A range whose parts read well (each refusal names its part, `items[i].from`).
    fn new(
        id: TimeRangeId,
        name: String,
        description: String,
        time_zone: TimeZone,
        items: Vec<TimeRangeItem>,
    ) -> CoreResult<Self> {
        let periods = items
            .iter()
            .enumerate()
            .map(|(i, item)| item.period(&format!("items[{i}]")))
            .collect::<CoreResult<Vec<Period>>>()?;
        Ok(Self {
            id,
            name,
            description,
            time_zone,
            items,
            periods,
        })
    }

    /// Whether `at` is inside the range (Kerio: `(daily | weekly) & absolute`, a kind that is
    /// absent not constraining), its daily and weekly parts read on the range's clock.
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        let local = at.with_timezone(&self.time_zone.0).naive_local();
        let (absolute, periodic): (Vec<&Period>, Vec<&Period>) = self
            .periods
            .iter()
            .partition(|p| matches!(p, Period::Absolute { .. }));
        (periodic.is_empty() || periodic.iter().any(|p| p.contains(at, local)))
            && (absolute.is_empty() || absolute.iter().any(|p| p.contains(at, local)))
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
    let time_zone = match new.time_zone.as_deref() {
        Some(name) => TimeZone::parse(name)?,
        None => TimeZone::default(),
    };
    let range = TimeRange::new(TimeRangeId::new(), name, description, time_zone, new.items)?;
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO time_ranges (id, name, description, items, time_zone)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(range.id)
    .bind(&range.name)
    .bind(&range.description)
    .bind(sqlx::types::Json(&range.items))
    .bind(range.time_zone.0.name())
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

type TimeRangeRow = (
    TimeRangeId,
    String,
    String,
    sqlx::types::Json<Vec<TimeRangeItem>>,
    String,
);

/// A stored range; one that does not read (edited by hand) is an error, never a range that
/// silently holds nothing.
fn time_range(row: TimeRangeRow) -> CoreResult<TimeRange> {
    let unreadable = |e: CoreError| {
        CoreError::Internal(format!("stored time range {} does not read: {e}", row.0).into())
    };
    let time_zone = TimeZone::parse(&row.4).map_err(unreadable)?;
    TimeRange::new(row.0, row.1, row.2, time_zone, row.3.0).map_err(unreadable)
}

pub async fn list_time_ranges(pool: &PgPool, principal: &Principal) -> CoreResult<Vec<TimeRange>> {
    principal.require_server_admin()?;
    let rows: Vec<TimeRangeRow> = sqlx::query_as(
        "SELECT id, name, description, items, time_zone FROM time_ranges ORDER BY name",
    )
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(time_range).collect()
}

/// A time range, for the runner.
pub async fn time_range_by_id(pool: &PgPool, id: TimeRangeId) -> CoreResult<Option<TimeRange>> {
    let row: Option<TimeRangeRow> = sqlx::query_as(
        "SELECT id, name, description, items, time_zone FROM time_ranges WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    row.map(time_range).transpose()
}

/// Deletes a time range no scheduled event uses.
pub async fn delete_time_range(
    pool: &PgPool,
    principal: &Principal,
    id: TimeRangeId,
) -> CoreResult<()> {
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
    delete_row(&mut tx, principal, "time_ranges", "time range", id.0).await?;
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
    pub id: ScheduledEventId,
    pub description: String,
    pub every_minutes: Option<i32>,
    /// `HH:MM`, UTC.
    pub at: Option<String>,
    pub time_range_id: Option<TimeRangeId>,
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
    pub time_range_id: Option<TimeRangeId>,
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
    ScheduledEventId,
    String,
    Option<i32>,
    Option<String>,
    Option<TimeRangeId>,
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

async fn range_exists(pool: &PgPool, id: Option<TimeRangeId>) -> CoreResult<()> {
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
    let id = ScheduledEventId::new();
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

async fn get_event(pool: &PgPool, id: ScheduledEventId) -> CoreResult<ScheduledEvent> {
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
    id: ScheduledEventId,
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

pub async fn delete_event(
    pool: &PgPool,
    principal: &Principal,
    id: ScheduledEventId,
) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    delete_row(
        &mut tx,
        principal,
        "scheduled_events",
        "scheduled event",
        id.0,
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
    pub id: EtrnServerId,
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
    EtrnServerId,
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
    let id = EtrnServerId::new();
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

pub async fn delete_etrn_server(
    pool: &PgPool,
    principal: &Principal,
    id: EtrnServerId,
) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    delete_row(&mut tx, principal, "etrn_servers", "ETRN server", id.0).await?;
    tx.commit().await?;
    Ok(())
}

/// An enabled ETRN server with its password opened, for the runner.
pub struct EtrnTarget {
    pub id: EtrnServerId,
    pub host: String,
    pub port: u16,
    pub domains: Vec<String>,
    pub auth: Option<(String, String)>,
}

pub async fn etrn_targets(pool: &PgPool, key: &SecretKey) -> CoreResult<Vec<EtrnTarget>> {
    type TargetRow = (
        EtrnServerId,
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
pub async fn etrn_ran(pool: &PgPool, id: EtrnServerId, result: &str) -> CoreResult<()> {
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
pub async fn event_ran(pool: &PgPool, id: ScheduledEventId, result: &str) -> CoreResult<()> {
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

    fn range(time_zone: &str, items: Vec<TimeRangeItem>) -> TimeRange {
        TimeRange::new(
            TimeRangeId(Uuid::nil()),
            "x".into(),
            String::new(),
            TimeZone::parse(time_zone).expect("a zone"),
            items,
        )
        .expect("a range")
    }

    fn holds(item: TimeRangeItem, text: &str) -> bool {
        range("UTC", vec![item]).contains(at(text))
    }

    fn refused(item: TimeRangeItem) -> bool {
        item.period("i").is_err()
    }

    #[test]
    fn time_ranges_combine_as_kerio_says() {
        // Office hours on weekdays, only in December 2026.
        let office = range(
            "UTC",
            vec![
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
        );
        assert!(office.contains(at("2026-12-01T09:30:00Z"))); // a Tuesday
        assert!(!office.contains(at("2026-12-01T17:00:00Z")));
        assert!(!office.contains(at("2026-12-05T10:00:00Z"))); // a Saturday
        assert!(!office.contains(at("2026-11-30T10:00:00Z"))); // before December
        // Over midnight, and weekly wrapping over the weekend.
        // Friday night runs into Saturday morning, not Friday morning.
        let friday_night = || item(TimeRangeKind::Daily, "22:00", "06:00", &["fri"]);
        assert!(holds(friday_night(), "2026-12-05T02:00:00Z")); // Saturday 02:00
        assert!(!holds(friday_night(), "2026-12-04T02:00:00Z")); // Friday 02:00
        assert!(refused(item(TimeRangeKind::Daily, "08:00", "08:00", &[])));
        let night = || item(TimeRangeKind::Daily, "22:00", "06:00", &[]);
        assert!(holds(night(), "2026-12-01T23:00:00Z") && holds(night(), "2026-12-01T05:59:00Z"));
        assert!(!holds(night(), "2026-12-01T12:00:00Z"));
        let weekend = || item(TimeRangeKind::Weekly, "fri", "mon", &[]);
        assert!(
            holds(weekend(), "2026-12-06T12:00:00Z") && !holds(weekend(), "2026-12-02T12:00:00Z")
        );
        assert!(!refused(item(TimeRangeKind::Daily, "8:00", "9:00", &[])));
        assert!(refused(item(TimeRangeKind::Daily, "25:00", "9:00", &[])));
        assert!(refused(item(TimeRangeKind::Weekly, "mon", "xyz", &[])));
        assert!(refused(item(TimeRangeKind::Weekly, "mon", "fri", &["tue"])));
    }

    #[test]
    fn daily_and_weekly_parts_are_read_on_the_range_clock() {
        let prague = || {
            range(
                "Europe/Prague",
                vec![item(TimeRangeKind::Daily, "08:00", "17:00", &["mon"])],
            )
        };
        // Winter: Prague is UTC+1. Monday 7 December 2026.
        assert!(prague().contains(at("2026-12-07T07:30:00Z"))); // 08:30 there
        assert!(!prague().contains(at("2026-12-07T16:30:00Z"))); // 17:30 there
        // Summer: UTC+2. Monday 6 July 2026.
        assert!(prague().contains(at("2026-07-06T06:00:00Z"))); // 08:00 there
        assert!(!prague().contains(at("2026-07-06T05:59:00Z")));
        // Sunday 23:30 UTC is Monday 00:30 in Prague: the weekday is Prague's too.
        let monday = range(
            "Europe/Prague",
            vec![item(TimeRangeKind::Weekly, "mon", "mon", &[])],
        );
        assert!(monday.contains(at("2026-12-06T23:30:00Z")));
        assert!(TimeZone::parse("Mars/Olympus").is_err());
        assert_eq!(
            serde_json::to_value(prague().time_zone).ok(),
            Some(serde_json::json!("Europe/Prague"))
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
