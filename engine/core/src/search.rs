//! Searching with a query object in the shape of Kerio's `SearchQuery`: conditions on named
//! columns combined with And/Or, `QUICKSEARCH` over an object's main text columns, ordering,
//! and `start`/`limit` paging with the total count of matches.
//!
//! Each searchable object declares its [`Column`]s; a query naming anything else is refused,
//! so no client text ever reaches SQL except as a bound value.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgRow;
use sqlx::{FromRow, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::error::{CoreError, CoreResult};

/// Rows a search may return at once, also with `limit: -1`. A larger match must be paged.
pub const MAX_SEARCH_ROWS: i64 = 50_000;
const MAX_CONDITIONS: usize = 32;
const MAX_ORDER_BY: usize = 4;
const MAX_FIELDS: usize = 64;
const MAX_VALUE_CHARS: usize = 256;

/// The pseudo-column that searches an object's main text columns at once.
pub const QUICKSEARCH: &str = "QUICKSEARCH";

/// A search: which rows (`conditions`, `combining`), in what order, which page, which members.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SearchQuery {
    /// Members to return; empty or absent returns all.
    #[serde(default)]
    pub fields: Vec<String>,
    #[serde(default)]
    pub conditions: Vec<SearchCondition>,
    #[serde(default)]
    pub combining: Combining,
    #[serde(default)]
    pub order_by: Vec<SortOrder>,
    /// Rows to skip.
    #[serde(default)]
    pub start: i64,
    /// Rows to return; -1 (the default) returns all, up to 50,000.
    #[serde(default = "all_rows")]
    pub limit: i64,
}

fn all_rows() -> i64 {
    -1
}

impl Default for SearchQuery {
    fn default() -> Self {
        Self {
            fields: Vec::new(),
            conditions: Vec::new(),
            combining: Combining::And,
            order_by: Vec::new(),
            start: 0,
            limit: -1,
        }
    }
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SearchCondition {
    /// A column name, or `QUICKSEARCH`.
    pub field_name: String,
    pub comparator: Comparator,
    pub value: ConditionValue,
}

impl SearchQuery {
    /// Whether a condition names `field` (lists leave out what is pending deletion unless a
    /// query asks about `status`).
    pub fn mentions(&self, field: &str) -> bool {
        self.conditions.iter().any(|c| c.field_name == field)
    }
}

/// A condition's value: Kerio clients send strings; numbers and booleans are accepted too.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum ConditionValue {
    Text(String),
    Number(i64),
    Bool(bool),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
pub enum Comparator {
    Eq,
    NotEq,
    /// Case-insensitive substring match (text columns only).
    Like,
    LessThan,
    GreaterThan,
    LessEq,
    GreaterEq,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
pub enum Combining {
    #[default]
    And,
    Or,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortOrder {
    pub column_name: String,
    #[serde(default)]
    pub direction: Direction,
    /// Kerio sends this; text columns always sort case-insensitively here.
    #[serde(default)]
    pub case_sensitive: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
pub enum Direction {
    #[default]
    Asc,
    Desc,
}

/// One page of a search, with the number of matches before paging.
#[derive(Debug)]
pub struct SearchPage<T> {
    pub list: Vec<T>,
    pub total_items: i64,
}

/// What a column holds, which decides how a condition's value is read and compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Text compared as stored.
    Text,
    /// Text stored lower case: values are lower-cased before comparing.
    Folded,
    /// A domain name, stored as lower-case A-labels: values are converted the same way, so
    /// `bücher.example` finds `xn--bcher-kva.example`.
    DomainName,
    Integer,
    Boolean,
    Id,
    Time,
}

/// A searchable column: the name clients use and the SQL expression behind it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    pub name: &'static str,
    pub sql: &'static str,
    pub kind: Kind,
    /// Searched by `QUICKSEARCH`.
    pub quick: bool,
}

pub(crate) const fn col(name: &'static str, sql: &'static str, kind: Kind) -> Column {
    Column {
        name,
        sql,
        kind,
        quick: false,
    }
}

pub(crate) const fn quick(name: &'static str, sql: &'static str, kind: Kind) -> Column {
    Column {
        name,
        sql,
        kind,
        quick: true,
    }
}

/// How one object is searched: its columns, its default order and its id column.
pub(crate) struct Searchable {
    pub columns: &'static [Column],
    pub default_order: &'static str,
    pub id: &'static str,
}

impl Searchable {
    fn column(&self, name: &str, field: String) -> CoreResult<&Column> {
        self.columns.iter().find(|c| c.name == name).ok_or_else(|| {
            CoreError::invalid(
                field,
                "unknown_column",
                format!("'{name}' is not a searchable column"),
            )
        })
    }

    /// The names clients may use in conditions and `orderBy`.
    pub fn column_names(&self) -> impl Iterator<Item = &'static str> {
        self.columns.iter().map(|c| c.name)
    }
}

fn value_text(value: &ConditionValue, field: &str) -> CoreResult<String> {
    let text = match value {
        ConditionValue::Text(s) => s.clone(),
        ConditionValue::Number(n) => n.to_string(),
        ConditionValue::Bool(b) => b.to_string(),
    };
    if text.chars().count() > MAX_VALUE_CHARS || text.contains('\0') {
        return Err(CoreError::invalid(
            field.to_string(),
            "invalid_value",
            "at most 256 characters, no NUL",
        ));
    }
    Ok(text)
}

fn like_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

fn operator(c: Comparator) -> &'static str {
    match c {
        Comparator::Eq => " = ",
        Comparator::NotEq => " IS DISTINCT FROM ",
        Comparator::Like => " ILIKE ",
        Comparator::LessThan => " < ",
        Comparator::GreaterThan => " > ",
        Comparator::LessEq => " <= ",
        Comparator::GreaterEq => " >= ",
    }
}

fn push_condition(
    qb: &mut QueryBuilder<'_, Postgres>,
    on: &Searchable,
    condition: &SearchCondition,
    index: usize,
) -> CoreResult<()> {
    let field = format!("query.conditions[{index}]");
    let text = value_text(&condition.value, &field)?;
    if condition.field_name == QUICKSEARCH {
        let pattern = like_pattern(text.trim());
        qb.push("(false");
        for c in on.columns.iter().filter(|c| c.quick) {
            qb.push(" OR ")
                .push(c.sql)
                .push(" ILIKE ")
                .push_bind(pattern.clone());
        }
        qb.push(")");
        return Ok(());
    }
    let column = on.column(&condition.field_name, format!("{field}.fieldName"))?;
    let bad = |what: &str| {
        CoreError::invalid(
            format!("{field}.value"),
            "invalid_value",
            format!("{} needs {what}", column.name),
        )
    };
    let comparator = condition.comparator;
    let ordered = !matches!(comparator, Comparator::Eq | Comparator::NotEq);
    if comparator == Comparator::Like
        && !matches!(column.kind, Kind::Text | Kind::Folded | Kind::DomainName)
    {
        return Err(CoreError::invalid(
            format!("{field}.comparator"),
            "invalid_comparator",
            format!("Like applies to text columns; {} is not one", column.name),
        ));
    }
    if ordered && matches!(column.kind, Kind::Boolean | Kind::Id) {
        return Err(CoreError::invalid(
            format!("{field}.comparator"),
            "invalid_comparator",
            format!("{} can only be compared with Eq or NotEq", column.name),
        ));
    }
    qb.push("(").push(column.sql).push(operator(comparator));
    match column.kind {
        Kind::Text | Kind::Folded | Kind::DomainName => {
            let text = match column.kind {
                Kind::Folded => text.to_lowercase(),
                Kind::DomainName if comparator != Comparator::Like => {
                    crate::names::DomainName::parse(&text, "value")
                        .map(|d| d.as_str().to_string())
                        .unwrap_or_else(|_| text.to_lowercase())
                }
                Kind::DomainName => text.to_lowercase(),
                _ => text,
            };
            if comparator == Comparator::Like {
                qb.push_bind(like_pattern(&text));
            } else {
                qb.push_bind(text);
            }
        }
        Kind::Integer => {
            let n: i64 = text.trim().parse().map_err(|_| bad("an integer"))?;
            qb.push_bind(n);
        }
        Kind::Boolean => {
            let b = match text.trim() {
                "true" | "1" => true,
                "false" | "0" => false,
                _ => return Err(bad("true or false")),
            };
            qb.push_bind(b);
        }
        Kind::Id => {
            let id: Uuid = text.trim().parse().map_err(|_| bad("an id"))?;
            qb.push_bind(id);
        }
        Kind::Time => {
            let t: DateTime<Utc> = text.trim().parse().map_err(|_| bad("an RFC 3339 time"))?;
            qb.push_bind(t);
        }
    }
    qb.push(")");
    Ok(())
}

impl SearchQuery {
    /// Checks sizes and paging before any SQL is built.
    fn check(&self) -> CoreResult<()> {
        if self.conditions.len() > MAX_CONDITIONS {
            return Err(CoreError::invalid(
                "query.conditions",
                "too_many",
                format!("at most {MAX_CONDITIONS} conditions"),
            ));
        }
        if self.order_by.len() > MAX_ORDER_BY {
            return Err(CoreError::invalid(
                "query.orderBy",
                "too_many",
                format!("at most {MAX_ORDER_BY} sort columns"),
            ));
        }
        if self.fields.len() > MAX_FIELDS {
            return Err(CoreError::invalid(
                "query.fields",
                "too_many",
                format!("at most {MAX_FIELDS} fields"),
            ));
        }
        if self.start < 0 {
            return Err(CoreError::invalid(
                "query.start",
                "out_of_range",
                "start must be 0 or more",
            ));
        }
        if self.limit < -1 || self.limit > MAX_SEARCH_ROWS {
            return Err(CoreError::invalid(
                "query.limit",
                "out_of_range",
                format!("limit must be -1 (all) or 0 to {MAX_SEARCH_ROWS}"),
            ));
        }
        Ok(())
    }

    fn push_where(&self, qb: &mut QueryBuilder<'_, Postgres>, on: &Searchable) -> CoreResult<()> {
        if self.conditions.is_empty() {
            return Ok(());
        }
        let joiner = match self.combining {
            Combining::And => " AND ",
            Combining::Or => " OR ",
        };
        qb.push(" AND (");
        for (i, condition) in self.conditions.iter().enumerate() {
            if i > 0 {
                qb.push(joiner);
            }
            push_condition(qb, on, condition, i)?;
        }
        qb.push(")");
        Ok(())
    }

    fn push_order(&self, qb: &mut QueryBuilder<'_, Postgres>, on: &Searchable) -> CoreResult<()> {
        qb.push(" ORDER BY ");
        for (i, order) in self.order_by.iter().enumerate() {
            let column = on.column(&order.column_name, format!("query.orderBy[{i}].columnName"))?;
            let dir = match order.direction {
                Direction::Asc => "ASC",
                Direction::Desc => "DESC",
            };
            if column.kind == Kind::Text {
                qb.push(format!("lower({}) {dir}, ", column.sql));
            } else {
                qb.push(format!("{} {dir}, ", column.sql));
            }
        }
        qb.push(format!("{}, {}", on.default_order, on.id));
        Ok(())
    }
}

/// Runs `query` over `select` (a statement without WHERE; `scope` appends `AND ...` conditions
/// that narrow it to what the caller may see): the page, then the count of all matches unless
/// the page already shows it.
pub(crate) async fn run<R>(
    pool: &PgPool,
    select: &str,
    on: &Searchable,
    query: &SearchQuery,
    scope: impl Fn(&mut QueryBuilder<'_, Postgres>) -> CoreResult<()>,
) -> CoreResult<SearchPage<R>>
where
    R: for<'r> FromRow<'r, PgRow> + Send + Unpin,
{
    query.check()?;
    let limit = if query.limit == -1 {
        MAX_SEARCH_ROWS
    } else {
        query.limit
    };
    // Both builders first: a scope that refuses the caller fails before any work.
    let mut page = QueryBuilder::<Postgres>::new(format!("{select} WHERE true"));
    scope(&mut page)?;
    query.push_where(&mut page, on)?;
    query.push_order(&mut page, on)?;
    // One row more than asked tells whether `limit: -1` would pass the cap.
    page.push(" OFFSET ")
        .push_bind(query.start)
        .push(" LIMIT ")
        .push_bind(limit + i64::from(query.limit == -1));
    let mut count =
        QueryBuilder::<Postgres>::new(format!("SELECT count(*) FROM ({select} WHERE true"));
    scope(&mut count)?;
    query.push_where(&mut count, on)?;
    count.push(") AS matches");
    // One snapshot for the page and the count, so totalItems agrees with the list.
    let mut tx = pool
        .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .await?;
    let list: Vec<R> = if limit > 0 {
        page.build_query_as().fetch_all(&mut *tx).await?
    } else {
        Vec::new()
    };
    let fetched = i64::try_from(list.len()).unwrap_or(i64::MAX);
    if query.limit == -1 && fetched > MAX_SEARCH_ROWS {
        return Err(CoreError::invalid(
            "query.limit",
            "too_many_rows",
            format!(
                "more than {MAX_SEARCH_ROWS} rows match; page through them with start and limit"
            ),
        ));
    }
    // A short first page is the whole match: no need to count.
    let total_items = if limit > 0 && fetched < limit && (query.start == 0 || fetched > 0) {
        query.start + fetched
    } else {
        count.build_query_scalar().fetch_one(&mut *tx).await?
    };
    tx.commit().await?;
    Ok(SearchPage { list, total_items })
}

impl<T> SearchPage<T> {
    pub(crate) fn map<U>(self, f: impl FnMut(T) -> U) -> SearchPage<U> {
        SearchPage {
            list: self.list.into_iter().map(f).collect(),
            total_items: self.total_items,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_escapes_metacharacters() {
        assert_eq!(like_pattern("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }

    #[test]
    fn query_defaults_to_all_rows() {
        let q: SearchQuery = serde_json::from_str("{}").unwrap();
        assert_eq!(q.limit, -1);
        assert_eq!(q.combining, Combining::And);
    }

    #[test]
    fn bounds_are_checked() {
        let q = SearchQuery {
            limit: MAX_SEARCH_ROWS + 1,
            ..Default::default()
        };
        assert!(q.check().is_err());
        let q = SearchQuery {
            start: -1,
            ..Default::default()
        };
        assert!(q.check().is_err());
    }
}
