//! CSV import of accounts, in the product's format: a mandatory header row naming the columns
//! `Name` (required), `Password`, `FullName`, `MailAddress`, `Groups`, `Description`, in any
//! order; fields separated by `,` or `;` (detected from the header). With `;`, multi-value
//! fields (`MailAddress`, `Groups`) are comma lists as they stand; with `,`, they must be quoted
//! (`"a, b"`, or `'a, b'` when the file uses single quotes). Text is UTF-8 (a BOM is skipped).
//!
//! A dry run validates every row against the domain as it is, including names and limits, and
//! writes nothing. A real import creates the valid rows and reports the others, in one
//! transaction.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

use crate::access::{Access, Principal};
use crate::accounts::{self, NewAccount};
use crate::domains;
use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, DomainId, GroupId, TemplateId};

pub const MAX_ROWS: usize = 10_000;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// Validate only; create nothing.
    #[serde(default)]
    pub dry_run: bool,
    /// A template whose defaults apply to every imported account.
    pub template_id: Option<TemplateId>,
}

/// One row's problem.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    pub code: String,
    /// The CSV column at fault, where known.
    pub column: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum RowStatus {
    /// Created (real import).
    Created,
    /// Would be created (dry run).
    Valid,
    Failed,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportRow {
    /// 1-based line of the row in the file (the header is line 1).
    pub line: u64,
    pub login_name: String,
    pub status: RowStatus,
    pub account_id: Option<AccountId>,
    pub error: Option<RowError>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub dry_run: bool,
    pub created: usize,
    pub valid: usize,
    pub failed: usize,
    pub rows: Vec<ImportRow>,
}

fn file_error(message: impl Into<String>) -> CoreError {
    CoreError::invalid("body", "invalid_csv", message.into())
}

/// The column a core validation error points at.
fn column_of(field: &str) -> Option<String> {
    let base = field.split(['[', '.']).next().unwrap_or(field);
    Some(
        match base {
            "loginName" => "Name",
            "password" => "Password",
            "fullName" => "FullName",
            "addresses" => "MailAddress",
            "groups" => "Groups",
            "description" => "Description",
            _ => return None,
        }
        .to_string(),
    )
}

fn row_error(err: &CoreError) -> RowError {
    let (column, message) = match err {
        CoreError::Invalid { field, message, .. } => (column_of(field), message.to_string()),
        CoreError::Conflict { field, message, .. } => {
            (field.as_deref().and_then(column_of), message.to_string())
        }
        other => (None, other.to_string()),
    };
    RowError {
        code: err.code().to_string(),
        column,
        message,
    }
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

pub(crate) struct ParsedRow {
    line: u64,
    login: String,
    account: Result<NewAccount, RowError>,
}

pub(crate) fn parse(
    text: &str,
    template: Option<TemplateId>,
    groups: &HashMap<String, GroupId>,
) -> CoreResult<Vec<ParsedRow>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header_line = text
        .lines()
        .next()
        .filter(|l| !l.trim().is_empty())
        .ok_or_else(|| file_error("the file is empty; a header row is required"))?;
    let separator = if header_line.contains(';') {
        b';'
    } else {
        b','
    };
    let quote = if text.contains(",'")
        || text.contains(";'")
        || text.lines().any(|l| l.starts_with('\''))
    {
        b'\''
    } else {
        b'"'
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .quote(quote)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| file_error(format!("the header row is not valid CSV: {e}")))?
        .clone();
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        let known = [
            "Name",
            "Password",
            "FullName",
            "MailAddress",
            "Groups",
            "Description",
        ];
        match known.iter().find(|k| k.eq_ignore_ascii_case(h)) {
            Some(k) => {
                index.insert(k, i);
            }
            None => {
                return Err(file_error(format!(
                    "unknown column `{h}` in the header row; known columns: {}",
                    known.join(", ")
                )));
            }
        }
    }
    if !index.contains_key("Name") {
        return Err(file_error("the header row has no `Name` column"));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| file_error(format!("not valid CSV: {e}")))?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(file_error(format!("at most {MAX_ROWS} rows per import")));
        }
        let line = record.position().map(|p| p.line()).unwrap_or_default();
        let get = |col: &str| {
            index
                .get(col)
                .and_then(|&i| record.get(i))
                .unwrap_or_default()
                .to_string()
        };
        let login = get("Name");
        let group_names = split_list(&get("Groups"));
        let mut group_ids = Vec::new();
        let mut error = None;
        for g in &group_names {
            match groups.get(&g.to_lowercase()) {
                Some(id) => group_ids.push(*id),
                None => {
                    error = Some(RowError {
                        code: "unknown_group".into(),
                        column: Some("Groups".into()),
                        message: format!("no group named {g} in this domain"),
                    });
                    break;
                }
            }
        }
        let password = get("Password");
        let description = get("Description");
        let account = match error {
            Some(e) => Err(e),
            None => Ok(NewAccount {
                login_name: login.clone(),
                password: (!password.is_empty()).then_some(password),
                full_name: get("FullName"),
                description: (!description.is_empty()).then_some(description),
                addresses: split_list(&get("MailAddress")),
                groups: group_ids,
                template_id: template,
                ..Default::default()
            }),
        };
        rows.push(ParsedRow {
            line,
            login,
            account,
        });
    }
    Ok(rows)
}

pub async fn import(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    params: &ImportParams,
    text: &str,
) -> CoreResult<ImportReport> {
    principal.require_admin()?;
    if !params.dry_run {
        principal.require_writable()?;
    }
    let access = if params.dry_run {
        Access::Read
    } else {
        Access::Write
    };
    let mut conn = pool.acquire().await?;
    let ctx = domains::context(&mut conn, domain, false).await?;
    principal.authorize_in_domain(
        &ctx.tenant_path,
        domain,
        None,
        "domain",
        if params.dry_run {
            Access::Read
        } else {
            Access::Write
        },
    )?;
    let groups: HashMap<String, GroupId> = sqlx::query_as::<_, (String, Uuid)>(
        "SELECT lower(name), id FROM groups WHERE domain_id = $1",
    )
    .bind(domain.0)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|(n, id)| (n, GroupId(id)))
    .collect();
    drop(conn);
    let policy = crate::settings::security(pool).await?.password_policy;
    let parsed = parse(text, params.template_id, &groups)?;
    let mut rows: Vec<ImportRow> = Vec::with_capacity(parsed.len());
    let mut pending: Vec<(usize, NewAccount)> = Vec::new();
    for row in parsed {
        let i = rows.len();
        let account = row.account.and_then(|mut a| {
            // A dry run checks the password but does not spend Argon2 time on it.
            if params.dry_run
                && let Some(p) = a.password.take()
            {
                if p.is_empty() || p.len() > crate::passwords::MAX_PASSWORD {
                    return Err(RowError {
                        code: "invalid_password".into(),
                        column: Some("Password".into()),
                        message: "a password must be 1 to 1024 bytes".into(),
                    });
                }
                if let Err(e) = policy.check(&p, &a.login_name, "password") {
                    return Err(row_error(&e));
                }
            }
            Ok(a)
        });
        let (status, error) = match account {
            Ok(a) => {
                pending.push((i, a));
                (RowStatus::Valid, None)
            }
            Err(e) => (RowStatus::Failed, Some(e)),
        };
        rows.push(ImportRow {
            line: row.line,
            login_name: row.login,
            status,
            account_id: None,
            error,
        });
    }
    let (indexes, items): (Vec<usize>, Vec<NewAccount>) = pending.into_iter().unzip();
    // Hash every password before the transaction takes its locks.
    let items = accounts::hash_passwords(pool, items).await?;
    let mut tx = pool.begin().await?;
    let pending: Vec<(usize, NewAccount)> = indexes.into_iter().zip(items).collect();
    for chunk in pending.chunks(accounts::MAX_BULK) {
        let (indexes, items): (Vec<usize>, Vec<NewAccount>) = chunk.iter().cloned().unzip();
        let results = accounts::create_in(&mut tx, principal, domain, items, access).await?;
        for (i, r) in indexes.into_iter().zip(results) {
            match r {
                Ok(id) => {
                    rows[i].status = if params.dry_run {
                        RowStatus::Valid
                    } else {
                        RowStatus::Created
                    };
                    rows[i].account_id = (!params.dry_run).then_some(id);
                }
                Err(e) => {
                    rows[i].status = RowStatus::Failed;
                    rows[i].error = Some(row_error(&e));
                }
            }
        }
    }
    if params.dry_run {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    let count = |s: fn(&RowStatus) -> bool| rows.iter().filter(|r| s(&r.status)).count();
    Ok(ImportReport {
        dry_run: params.dry_run,
        created: count(|s| matches!(s, RowStatus::Created)),
        valid: count(|s| matches!(s, RowStatus::Valid)),
        failed: count(|s| matches!(s, RowStatus::Failed)),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logins(text: &str) -> Vec<(String, Vec<String>)> {
        parse(text, None, &HashMap::new())
            .unwrap()
            .into_iter()
            .map(|r| {
                let a = r.account.unwrap();
                (a.login_name, a.addresses)
            })
            .collect()
    }

    #[test]
    fn both_separators_and_quotes_parse() {
        let semi = "Name;FullName;MailAddress\njwayne;John Wayne;jwayne, wayne, john\n";
        assert_eq!(
            logins(semi),
            vec![(
                "jwayne".into(),
                vec!["jwayne".into(), "wayne".into(), "john".into()]
            )]
        );
        let comma = "MailAddress,Name\n\"a, b\",x\n";
        assert_eq!(
            logins(comma),
            vec![("x".into(), vec!["a".into(), "b".into()])]
        );
        let single = "Name,MailAddress\ny,'c, d'\n";
        assert_eq!(
            logins(single),
            vec![("y".into(), vec!["c".into(), "d".into()])]
        );
    }

    #[test]
    fn header_problems_are_file_errors() {
        for bad in ["", "FullName\nx\n", "Name,Colour\nx,red\n"] {
            assert_eq!(
                parse(bad, None, &HashMap::new()).err().map(|e| e.code()),
                Some("invalid_csv"),
                "{bad:?}"
            );
        }
    }
}
