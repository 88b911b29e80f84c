//! Searching and exporting the logs, within the caller's reach: server administrators read
//! every line; tenant and domain administrators the lines naming a domain (or domain alias)
//! of theirs; accounts none. "What happened to message <id>" is `q=<id>`: its reception,
//! filter verdict, deliveries and bounces, newest first.

use bytes::Bytes;
use chrono::{DateTime, Utc};
use futures_util::Stream;
use postbay_core::access::{Principal, Role};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::DomainId;
use postbay_core::list::limit;
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::Family;

const DEFAULT_LIMIT: u32 = 100;
const MAX_LIMIT: u32 = 1_000;
/// The most lines one export holds.
pub const MAX_EXPORT: u32 = 100_000;

/// What to look for.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct LogQuery {
    /// One family; all when absent.
    pub family: Option<Family>,
    /// Lines at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Lines before this time.
    pub until: Option<DateTime<Utc>>,
    /// Lines naming this domain (or one of its aliases).
    pub domain_id: Option<DomainId>,
    /// Lines of this account (the one acting or concerned), by address.
    pub account: Option<String>,
    /// A Message-ID (with or without `<>`) or an address the line names.
    pub q: Option<String>,
}

/// Which page of a search.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct LogPageParams {
    /// Lines per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous page.
    pub cursor: Option<String>,
}

/// How much of an export.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct LogExportParams {
    /// Lines, 1 to 100000 (default 10000).
    #[param(minimum = 1, maximum = 100000)]
    pub limit: Option<u32>,
    /// Start after this `nextCursor` of a search.
    pub cursor: Option<String>,
}

/// One log line.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    /// Increasing in the order lines were written.
    pub id: i64,
    pub at: DateTime<Utc>,
    pub family: Family,
    /// The line as read.
    pub text: String,
    /// The event's fields by name (`message_id`, `from`, `to`, `size`, `result`...).
    #[schema(value_type = Object)]
    pub fields: sqlx::types::Json<serde_json::Value>,
    pub message_id: Option<String>,
    pub account: Option<String>,
}

/// A page of lines, newest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LogPage {
    pub items: Vec<LogEntry>,
    pub next_cursor: Option<String>,
}

/// One page of lines matching `query`, newest first.
pub async fn search(
    pool: &PgPool,
    principal: &Principal,
    query: &LogQuery,
    page_params: &LogPageParams,
) -> CoreResult<LogPage> {
    let limit = limit(page_params.limit, DEFAULT_LIMIT, MAX_LIMIT)?;
    let before = cursor(page_params.cursor.as_deref())?;
    authorize(pool, principal, query).await?;
    let mut items = page(pool, principal, query, before, limit + 1).await?;
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|l| l.id.to_string())
    } else {
        None
    };
    Ok(LogPage { items, next_cursor })
}

/// The lines matching `query` as NDJSON (one JSON object a line, newest first), read a page
/// at a time while the client reads. Checked before the first byte, so a refusal is a
/// proper error rather than a cut stream.
pub async fn export(
    pool: PgPool,
    principal: Principal,
    query: LogQuery,
    export_params: LogExportParams,
) -> CoreResult<impl Stream<Item = Result<Bytes, CoreError>>> {
    let total = limit(export_params.limit, 10_000, MAX_EXPORT)?;
    let start = cursor(export_params.cursor.as_deref())?;
    authorize(&pool, &principal, &query).await?;
    let first = page(&pool, &principal, &query, start, total.min(MAX_LIMIT)).await?;
    let state = (pool, principal, query, first, total as usize);
    Ok(futures_util::stream::unfold(
        Some(state),
        |state| async move {
            let (pool, principal, query, lines, left) = state?;
            if lines.is_empty() || left == 0 {
                return None;
            }
            let take = lines.len().min(left);
            let mut out = Vec::with_capacity(take * 256);
            for line in &lines[..take] {
                if let Err(e) = serde_json::to_writer(&mut out, line) {
                    return Some((Err(CoreError::Internal(e.to_string().into())), None));
                }
                out.push(b'\n');
            }
            let left = left - take;
            let last = lines[take - 1].id;
            let next = if left == 0 || lines.len() < MAX_LIMIT as usize {
                Vec::new()
            } else {
                match page(
                    &pool,
                    &principal,
                    &query,
                    Some(last),
                    (left as u32).min(MAX_LIMIT),
                )
                .await
                {
                    Ok(next) => next,
                    Err(e) => return Some((Err(e), None)),
                }
            };
            Some((
                Ok(Bytes::from(out)),
                Some((pool, principal, query, next, left)),
            ))
        },
    ))
}

fn cursor(given: Option<&str>) -> CoreResult<Option<i64>> {
    match given.filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(c) => c.parse::<i64>().map(Some).map_err(|_| {
            CoreError::invalid(
                "cursor",
                "invalid_cursor",
                "the cursor is not one this server issued",
            )
        }),
    }
}

/// Whether the caller may search as `query` asks: administrators only, and a domain within
/// reach (someone else's is not found, rather than empty). Once per search or export.
async fn authorize(pool: &PgPool, principal: &Principal, query: &LogQuery) -> CoreResult<()> {
    principal.require_admin()?;
    if let Some(domain) = query.domain_id {
        postbay_core::domains::get(pool, principal, domain).await?;
    }
    Ok(())
}

/// One page of lines, newest first, below `before`; the caller was authorized.
async fn page(
    pool: &PgPool,
    principal: &Principal,
    query: &LogQuery,
    before: Option<i64>,
    limit: u32,
) -> CoreResult<Vec<LogEntry>> {
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT id, at, family, text, fields, message_id, account FROM log_lines WHERE true",
    );
    // The names within reach: none for server administrators (everything), the domains and
    // domain aliases of the caller's subtree or domain for the others.
    let reach_limited = !matches!(principal.role, Role::ServerAdmin);
    if reach_limited || query.domain_id.is_some() {
        qb.push(
            " AND domains && ARRAY(SELECT n.name::text FROM mail_domain_names n
               JOIN domains d ON d.id = n.domain_id JOIN tenants t ON t.id = d.tenant_id WHERE true",
        );
        principal
            .filter()
            .push_reach(&mut qb, "t.ancestors", "d.id");
        if let Some(domain) = query.domain_id {
            qb.push(" AND d.id = ").push_bind(domain);
        }
        qb.push(")");
    }
    if let Some(family) = query.family {
        qb.push(" AND family = ").push_bind(family);
    }
    if let Some(since) = query.since {
        qb.push(" AND at >= ").push_bind(since);
    }
    if let Some(until) = query.until {
        qb.push(" AND at < ").push_bind(until);
    }
    if let Some(account) = query
        .account
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        qb.push(" AND account = ")
            .push_bind(bounded(account, "account")?.to_ascii_lowercase());
    }
    if let Some(q) = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let q = bounded(q, "q")?;
        let id = q.trim_start_matches('<').trim_end_matches('>');
        qb.push(" AND (message_id = ").push_bind(id.to_string());
        if id.contains('@') {
            qb.push(" OR addresses @> ARRAY[")
                .push_bind(id.to_ascii_lowercase())
                .push("]::text[]");
        }
        qb.push(")");
    }
    if let Some(before) = before {
        qb.push(" AND id < ").push_bind(before);
    }
    qb.push(" ORDER BY id DESC LIMIT ")
        .push_bind(i64::from(limit));
    Ok(qb.build_query_as().fetch_all(pool).await?)
}

fn bounded<'a>(text: &'a str, field: &'static str) -> CoreResult<&'a str> {
    if text.len() > 998 {
        return Err(CoreError::invalid(
            field,
            "too_long",
            "at most 998 characters",
        ));
    }
    Ok(text)
}
