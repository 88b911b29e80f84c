//! Keyset pagination shared by every list: a page is `limit` rows after an opaque cursor, in a
//! total order (sort key, id), so pages stay stable while rows are inserted concurrently.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use sqlx::{PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::error::{CoreError, CoreResult};

pub const DEFAULT_LIMIT: u32 = 100;
pub const MAX_LIMIT: u32 = 1000;
const MAX_Q: usize = 128;

/// A `limit` parameter: `default` when absent, else 1 to `max`. The one check every list,
/// search and export makes.
pub fn limit(given: Option<u32>, default: u32, max: u32) -> CoreResult<u32> {
    match given {
        None => Ok(default),
        Some(n) if (1..=max).contains(&n) => Ok(n),
        Some(_) => Err(CoreError::invalid(
            "limit",
            "out_of_range",
            format!("limit must be 1 to {max}"),
        )),
    }
}

/// How a list is ordered. Ids are time-ordered, so `created` is id order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
pub enum Sort {
    #[default]
    #[serde(rename = "name")]
    Name,
    #[serde(rename = "-name")]
    NameDesc,
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "-created")]
    CreatedDesc,
}

/// Paging and search parameters common to every list.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Rows per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous page.
    pub cursor: Option<String>,
    /// Case-insensitive prefix search on the main name columns.
    pub q: Option<String>,
    /// `name` (default), `-name`, `created` or `-created`.
    #[param(value_type = Option<Sort>)]
    pub sort: Option<Sort>,
}

pub(crate) struct Cursor {
    pub(crate) key: String,
    pub(crate) id: Uuid,
}

impl PageParams {
    pub(crate) fn limit(&self) -> CoreResult<u32> {
        limit(self.limit, DEFAULT_LIMIT, MAX_LIMIT)
    }

    /// The search text as a LIKE prefix pattern (see [`prefix_like`]).
    pub fn prefix_pattern(&self) -> CoreResult<Option<String>> {
        match self.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => prefix_like(q, "q").map(Some),
            None => Ok(None),
        }
    }

    pub(crate) fn cursor(&self) -> CoreResult<Option<Cursor>> {
        let Some(raw) = self.cursor.as_deref().filter(|c| !c.is_empty()) else {
            return Ok(None);
        };
        let bad = || {
            CoreError::invalid(
                "cursor",
                "invalid_cursor",
                "the cursor is not one this server issued",
            )
        };
        let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| bad())?;
        let text = String::from_utf8(bytes).map_err(|_| bad())?;
        let (id, key) = text.split_once('\n').ok_or_else(bad)?;
        Ok(Some(Cursor {
            key: key.to_string(),
            id: id.parse().map_err(|_| bad())?,
        }))
    }

    /// Appends the cursor condition, ORDER BY and LIMIT to a query whose WHERE clause is open.
    /// `name_col` is the name sort key (text), `id_col` the row id.
    pub fn push_page(
        &self,
        qb: &mut QueryBuilder<'_, Postgres>,
        name_col: &str,
        id_col: &str,
    ) -> CoreResult<()> {
        let sort = self.sort.unwrap_or_default();
        let limit = self.limit()?;
        let desc = matches!(sort, Sort::NameDesc | Sort::CreatedDesc);
        let op = if desc { "<" } else { ">" };
        let dir = if desc { "DESC" } else { "ASC" };
        if let Some(cursor) = self.cursor()? {
            match sort {
                Sort::Name | Sort::NameDesc => {
                    qb.push(format!(" AND ({name_col}, {id_col}) {op} ("));
                    qb.push_bind(cursor.key);
                    qb.push(", ");
                    qb.push_bind(cursor.id);
                    qb.push(")");
                }
                Sort::Created | Sort::CreatedDesc => {
                    qb.push(format!(" AND {id_col} {op} "));
                    qb.push_bind(cursor.id);
                }
            }
        }
        match sort {
            Sort::Name | Sort::NameDesc => {
                qb.push(format!(" ORDER BY {name_col} {dir}, {id_col} {dir}"))
            }
            Sort::Created | Sort::CreatedDesc => qb.push(format!(" ORDER BY {id_col} {dir}")),
        };
        qb.push(" LIMIT ");
        qb.push_bind(i64::from(limit) + 1);
        Ok(())
    }

    /// Cuts the extra row fetched by [`Self::push_page`] and makes the next cursor from the last
    /// row kept. `key` gives a row's name sort key and id.
    /// One page of `select` (its WHERE clause open, ending `WHERE true`): narrowed by
    /// `scope`, prefix-searched by `q` on `key_col`, in (`key_col`, `id_col`) keyset order.
    /// `key_of` gives a row's key and id for the next cursor. Every directory list is this.
    pub async fn fetch<R>(
        &self,
        pool: &PgPool,
        select: &str,
        (key_col, id_col): (&str, &str),
        scope: impl FnOnce(&mut QueryBuilder<'_, Postgres>) -> CoreResult<()>,
        key_of: impl Fn(&R) -> (String, Uuid),
    ) -> CoreResult<(Vec<R>, Option<String>)>
    where
        R: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
    {
        let mut qb = QueryBuilder::<Postgres>::new(select);
        scope(&mut qb)?;
        if let Some(p) = self.prefix_pattern()? {
            qb.push(format!(" AND {key_col} LIKE ")).push_bind(p);
        }
        self.push_page(&mut qb, key_col, id_col)?;
        let rows: Vec<R> = qb.build_query_as().fetch_all(pool).await?;
        self.finish(rows, key_of)
    }

    pub fn finish<T>(
        &self,
        mut rows: Vec<T>,
        key: impl Fn(&T) -> (String, Uuid),
    ) -> CoreResult<(Vec<T>, Option<String>)> {
        let limit = self.limit()? as usize;
        if rows.len() <= limit {
            return Ok((rows, None));
        }
        rows.truncate(limit);
        let next = rows.last().map(|row| {
            let (name, id) = key(row);
            URL_SAFE_NO_PAD.encode(format!("{id}\n{name}"))
        });
        Ok((rows, next))
    }
}

/// `text` lower-cased, with LIKE metacharacters escaped, as a prefix pattern.
pub(crate) fn prefix_like(text: &str, field: &'static str) -> CoreResult<String> {
    if text.chars().count() > MAX_Q {
        return Err(CoreError::invalid(
            field,
            "too_long",
            "at most 128 characters",
        ));
    }
    let mut pattern = String::with_capacity(text.len() + 1);
    for c in text.trim().to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    Ok(pattern)
}

/// Declares a named page type, so generated SDKs get `AccountPage` rather than a generic.
#[macro_export]
macro_rules! page_type {
    ($page:ident, $item:ty) => {
        #[derive(Debug, serde::Serialize, utoipa::ToSchema)]
        #[serde(rename_all = "camelCase")]
        pub struct $page {
            pub items: Vec<$item>,
            /// Pass as `cursor` to get the next page; absent on the last page.
            #[serde(skip_serializing_if = "Option::is_none")]
            pub next_cursor: Option<String>,
        }
    };
}
pub use crate::page_type;
