//! Reading the snapshots for a period: one object's days, or every account, domain or tenant
//! of a subtree (the roll-up a billing run asks for), paged or exported as CSV or NDJSON.
//! Reach is decided by where each row sat that day, so purged objects stay billable and
//! nobody reads beyond their subtree.

use bytes::Bytes;
use chrono::NaiveDate;
use futures_util::Stream;
use postbay_core::access::Principal;
use postbay_core::error::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

/// The longest period one request covers.
const MAX_DAYS: i64 = 400;
/// Rows per page of an export.
const EXPORT_PAGE: u32 = 1000;

/// Which level rows describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum UsageLevel {
    Account,
    Domain,
    Tenant,
}

impl UsageLevel {
    fn as_str(self) -> &'static str {
        match self {
            Self::Account => "account",
            Self::Domain => "domain",
            Self::Tenant => "tenant",
        }
    }
}

/// What to report: an `accountId`, `domainId` or `tenantId` (none: the caller's whole reach;
/// several: each narrows), and optionally `level` to list every account, domain or tenant
/// under it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct UsageQuery {
    /// First day (UTC), inclusive. Required.
    #[param(value_type = String, format = Date, required = true)]
    pub from: Option<NaiveDate>,
    /// Last day (UTC), inclusive; default `from`.
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<NaiveDate>,
    #[param(value_type = Option<String>, format = Uuid)]
    pub account_id: Option<Uuid>,
    #[param(value_type = Option<String>, format = Uuid)]
    pub domain_id: Option<Uuid>,
    #[param(value_type = Option<String>, format = Uuid)]
    pub tenant_id: Option<Uuid>,
    /// `account`, `domain` or `tenant`: every object of that level within the one named
    /// (default: the one named itself; with none named, `tenant`).
    #[param(value_type = Option<UsageLevel>)]
    pub level: Option<UsageLevel>,
}

/// A page of [`get`].
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct UsagePaging {
    /// Rows per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous page.
    pub cursor: Option<String>,
}

/// One object's usage on one day.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UsageRow {
    #[schema(value_type = String, format = Date)]
    pub day: NaiveDate,
    pub level: String,
    #[schema(value_type = String, format = Uuid)]
    pub id: Uuid,
    /// Its address or name that day.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, format = Uuid)]
    pub domain_id: Option<Uuid>,
    /// Stored mail at the end of the day (the current day: now).
    pub storage_bytes: i64,
    pub storage_messages: i64,
    /// The day's largest storage (domains and tenants: the sum of their accounts' peaks).
    pub peak_storage_bytes: i64,
    pub messages_received: i64,
    pub bytes_received: i64,
    /// Submitted by its users (authenticated submission).
    pub messages_sent: i64,
    pub bytes_sent: i64,
    pub recipients_sent: i64,
    /// Accounts that are not disabled.
    pub active_mailboxes: i64,
    /// The day is over and its numbers final.
    pub closed: bool,
}

postbay_core::page_type!(UsagePage, UsageRow);

const SELECT: &str = "SELECT u.day, u.scope_kind AS level, u.scope_id AS id, u.name, u.domain_id,
        u.storage_bytes, u.storage_messages, u.peak_storage_bytes, u.messages_received,
        u.bytes_received, u.messages_sent, u.bytes_sent, u.recipients_sent, u.active_mailboxes,
        EXISTS (SELECT 1 FROM usage_days c WHERE c.day = u.day) AS closed
   FROM usage_snapshots u WHERE true";

/// The query, checked: the period, one object at most, administrators only.
fn check(principal: &Principal, q: &UsageQuery) -> CoreResult<(NaiveDate, NaiveDate)> {
    principal.require_admin()?;
    let from = q.from.ok_or_else(|| {
        CoreError::invalid(
            "from",
            "required",
            "the first day of the period (YYYY-MM-DD)",
        )
    })?;
    let to = q.to.unwrap_or(from);
    if to < from || (to - from).num_days() >= MAX_DAYS {
        return Err(CoreError::invalid(
            "to",
            "out_of_range",
            "on or after `from`, at most 400 days later",
        ));
    }
    Ok((from, to))
}

fn push_filters(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    q: &UsageQuery,
    from: NaiveDate,
    to: NaiveDate,
) {
    qb.push(" AND u.day BETWEEN ")
        .push_bind(from)
        .push(" AND ")
        .push_bind(to);
    // The caller's reach, by where the row sat that day.
    principal
        .filter()
        .push_reach(qb, "u.tenant_path", "u.domain_id");
    // Each object named narrows the rows; without `level`, the rows are the narrowest
    // object's own.
    if let Some(a) = q.account_id {
        qb.push(" AND u.scope_id = ").push_bind(a);
    }
    if let Some(d) = q.domain_id {
        qb.push(" AND u.domain_id = ").push_bind(d);
    }
    if let Some(t) = q.tenant_id {
        qb.push(" AND u.tenant_path @> ARRAY[")
            .push_bind(t)
            .push("]::uuid[]");
    }
    let level = match (q.level, q.account_id, q.domain_id, q.tenant_id) {
        (Some(level), ..) => level,
        (None, Some(_), ..) => UsageLevel::Account,
        (None, None, Some(d), _) => {
            qb.push(" AND u.scope_id = ").push_bind(d);
            UsageLevel::Domain
        }
        (None, None, None, Some(t)) => {
            qb.push(" AND u.scope_id = ").push_bind(t);
            UsageLevel::Tenant
        }
        (None, None, None, None) => UsageLevel::Tenant,
    };
    qb.push(" AND u.scope_kind = ").push_bind(level.as_str());
}

fn bad_cursor() -> CoreError {
    CoreError::invalid(
        "cursor",
        "invalid_cursor",
        "the cursor is not one this server issued",
    )
}

async fn page(
    pool: &PgPool,
    principal: &Principal,
    q: &UsageQuery,
    (from, to): (NaiveDate, NaiveDate),
    after: Option<(NaiveDate, String, Uuid)>,
    limit: u32,
) -> CoreResult<Vec<UsageRow>> {
    let mut qb = QueryBuilder::<Postgres>::new(SELECT);
    push_filters(&mut qb, principal, q, from, to);
    if let Some((day, name, id)) = after {
        qb.push(" AND (u.day, u.name, u.scope_id) > (")
            .push_bind(day)
            .push(", ")
            .push_bind(name)
            .push(", ")
            .push_bind(id)
            .push(")");
    }
    qb.push(" ORDER BY u.day, u.name, u.scope_id LIMIT ")
        .push_bind(i64::from(limit));
    Ok(qb.build_query_as().fetch_all(pool).await?)
}

fn cursor_of(row: &UsageRow) -> String {
    format!("{}_{}_{}", row.day, row.id, row.name)
}

fn parse_cursor(text: Option<&str>) -> CoreResult<Option<(NaiveDate, String, Uuid)>> {
    let Some(text) = text.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let mut parts = text.splitn(3, '_');
    let day = parts
        .next()
        .and_then(|d| d.parse().ok())
        .ok_or_else(bad_cursor)?;
    let id = parts
        .next()
        .and_then(|i| i.parse().ok())
        .ok_or_else(bad_cursor)?;
    let name = parts.next().ok_or_else(bad_cursor)?.to_string();
    Ok(Some((day, name, id)))
}

/// A page of the period's rows, by day, then name.
pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    q: &UsageQuery,
    paging: &UsagePaging,
) -> CoreResult<UsagePage> {
    let period = check(principal, q)?;
    let limit = postbay_core::list::limit(paging.limit, 100, 1000)?;
    let after = parse_cursor(paging.cursor.as_deref())?;
    let mut items = page(pool, principal, q, period, after, limit + 1).await?;
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(cursor_of)
    } else {
        None
    };
    Ok(UsagePage { items, next_cursor })
}

/// How an export is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    #[default]
    Csv,
    Ndjson,
}

/// The export's format.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `csv` (default) or `ndjson`.
    #[param(value_type = Option<ExportFormat>)]
    pub format: Option<ExportFormat>,
}

/// The CSV header line, in the order of [`csv_line`].
pub const CSV_HEADER: &str = "day,level,id,name,domainId,storageBytes,storageMessages,peakStorageBytes,messagesReceived,bytesReceived,messagesSent,bytesSent,recipientsSent,activeMailboxes,closed\n";

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn csv_line(r: &UsageRow) -> String {
    format!(
        "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
        r.day,
        r.level,
        r.id,
        csv_field(&r.name),
        r.domain_id.map(|d| d.to_string()).unwrap_or_default(),
        r.storage_bytes,
        r.storage_messages,
        r.peak_storage_bytes,
        r.messages_received,
        r.bytes_received,
        r.messages_sent,
        r.bytes_sent,
        r.recipients_sent,
        r.active_mailboxes,
        r.closed
    )
}

/// Every row of the period, streamed page by page in the order of [`get`]: the same bytes for
/// a closed period however often it is asked for.
pub async fn export(
    pool: PgPool,
    principal: Principal,
    q: UsageQuery,
    format: ExportFormat,
) -> CoreResult<impl Stream<Item = Result<Bytes, CoreError>>> {
    let period = check(&principal, &q)?;
    let first = page(&pool, &principal, &q, period, None, EXPORT_PAGE).await?;
    let head = match format {
        ExportFormat::Csv => Some(Bytes::from_static(CSV_HEADER.as_bytes())),
        ExportFormat::Ndjson => None,
    };
    let state = (pool, principal, q, period, first, head);
    Ok(futures_util::stream::unfold(
        Some(state),
        move |state| async move {
            let (pool, principal, q, period, rows, head) = state?;
            if let Some(head) = head {
                return Some((Ok(head), Some((pool, principal, q, period, rows, None))));
            }
            if rows.is_empty() {
                return None;
            }
            let mut out = String::with_capacity(rows.len() * 200);
            for r in &rows {
                match format {
                    ExportFormat::Csv => out.push_str(&csv_line(r)),
                    ExportFormat::Ndjson => match serde_json::to_string(r) {
                        Ok(line) => {
                            out.push_str(&line);
                            out.push('\n');
                        }
                        Err(e) => {
                            return Some((Err(CoreError::Internal(e.to_string().into())), None));
                        }
                    },
                }
            }
            let next = if rows.len() < EXPORT_PAGE as usize {
                Vec::new()
            } else {
                let last = rows.last().map(|r| (r.day, r.name.clone(), r.id));
                match page(&pool, &principal, &q, period, last, EXPORT_PAGE).await {
                    Ok(next) => next,
                    Err(e) => return Some((Err(e), None)),
                }
            };
            Some((
                Ok(Bytes::from(out)),
                Some((pool, principal, q, period, next, None)),
            ))
        },
    ))
}
