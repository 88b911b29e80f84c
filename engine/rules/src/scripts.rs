//! An account's Sieve scripts: named, checked before they are stored (a script that would
//! fail to compile is never kept), at most one active (RFC 5804's model, which ManageSieve
//! clients expect). The account itself and its administrators manage them; every change is
//! audited.

use chrono::{DateTime, Utc};
use postbay_core::access::{Access, Principal};
use postbay_core::accounts::{self, AccountPlace};
use postbay_core::audit;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::AccountId;
use postbay_sieve::Limits;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

/// Scripts an account may keep.
pub const MAX_SCRIPTS: i64 = 32;
/// Characters in a script's name.
pub const MAX_NAME: usize = 128;

/// A user's Sieve script.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SieveScript {
    pub name: String,
    /// The script's text (RFC 5228).
    pub content: String,
    /// Whether delivery runs it (one script of an account at most).
    pub active: bool,
    /// Bytes of text.
    pub size: i64,
    pub updated_at: DateTime<Utc>,
    /// Why delivery last could not run it (the message was kept in the Inbox); cleared when
    /// the script is stored again.
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
}

/// A script's text to store under a name; `active: true` also makes it the active one,
/// `false` leaves no script active if it was.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SieveScriptBody {
    pub content: String,
    #[serde(default)]
    pub active: Option<bool>,
}

/// An account's scripts, by name.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SieveScriptList {
    pub items: Vec<SieveScript>,
}

/// A script's text to check without storing it.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SieveCheckBody {
    pub content: String,
}

/// Whether a script would be accepted, and if not, where and why.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SieveCheck {
    pub valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<SieveProblem>,
}

/// The first problem found in a script.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SieveProblem {
    /// 1-based.
    pub line: u32,
    /// 1-based, in characters.
    pub column: u32,
    pub message: String,
}

/// Checks a script as storing it would.
pub fn check(body: &SieveCheckBody) -> SieveCheck {
    match postbay_sieve::compile(&body.content, &Limits::default()) {
        Ok(_) => SieveCheck {
            valid: true,
            error: None,
        },
        Err(e) => SieveCheck {
            valid: false,
            error: Some(SieveProblem {
                line: e.at.line,
                column: e.at.column,
                message: e.kind.to_string(),
            }),
        },
    }
}

/// A script's text is kept only when it compiles: else 422 `invalid_script` on `content`,
/// with the line and column.
pub(crate) fn compiles(content: &str) -> CoreResult<()> {
    postbay_sieve::compile(content, &Limits::default())
        .map(|_| ())
        .map_err(|e| CoreError::invalid("content", "invalid_script", e.to_string()))
}

const COLUMNS: &str = "name, content, active, octet_length(content)::bigint AS size, updated_at, last_error, last_error_at";

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<SieveScriptList> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    let items = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sieve_scripts WHERE account_id = $1 ORDER BY name"
    ))
    .bind(account.0)
    .fetch_all(pool)
    .await?;
    Ok(SieveScriptList { items })
}

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    name: &str,
) -> CoreResult<SieveScript> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM sieve_scripts WHERE account_id = $1 AND name = $2"
    ))
    .bind(account.0)
    .bind(name)
    .fetch_optional(pool)
    .await?
    .ok_or(CoreError::NotFound {
        kind: "sieve script",
    })
}

/// Stores a script under `name` (replacing one of that name), after checking it.
pub async fn put(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    name: &str,
    body: &SieveScriptBody,
) -> CoreResult<SieveScript> {
    let place = accounts::authorize(pool, principal, account, Access::Write).await?;
    check_name(name)?;
    compiles(&body.content)?;
    let mut tx = pool.begin().await?;
    // The account's scripts are counted and changed one writer at a time.
    sqlx::query("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    let (count, exists): (i64, bool) = sqlx::query_as(
        "SELECT count(*), bool_or(name = $2) IS TRUE FROM sieve_scripts WHERE account_id = $1",
    )
    .bind(account.0)
    .bind(name)
    .fetch_one(&mut *tx)
    .await?;
    if !exists && count >= MAX_SCRIPTS {
        return Err(CoreError::conflict(
            "too_many_scripts",
            format!("an account keeps at most {MAX_SCRIPTS} scripts"),
        ));
    }
    if body.active == Some(true) {
        deactivate_others(&mut tx, account, name).await?;
    }
    let script: SieveScript = sqlx::query_as(&format!(
        "INSERT INTO sieve_scripts (id, account_id, name, content, active)
         VALUES ($1, $2, $3, $4, COALESCE($5, false))
         ON CONFLICT (account_id, name) DO UPDATE
             SET content = EXCLUDED.content, active = COALESCE($5, sieve_scripts.active), updated_at = now(),
                 last_error = NULL, last_error_at = NULL
         RETURNING {COLUMNS}"
    ))
    .bind(Uuid::now_v7())
    .bind(account.0)
    .bind(name)
    .bind(&body.content)
    .bind(body.active)
    .fetch_one(&mut *tx)
    .await?;
    record(
        &mut tx,
        principal,
        "account.sieveScript.put",
        account,
        &place,
        serde_json::json!({ "name": name, "size": script.size, "active": script.active }),
    )
    .await?;
    tx.commit().await?;
    Ok(script)
}

/// Makes `name` the account's active script (and no other).
pub async fn activate(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    name: &str,
) -> CoreResult<SieveScript> {
    let place = accounts::authorize(pool, principal, account, Access::Write).await?;
    let mut tx = pool.begin().await?;
    deactivate_others(&mut tx, account, name).await?;
    let script: SieveScript = sqlx::query_as(&format!(
        "UPDATE sieve_scripts SET active = true WHERE account_id = $1 AND name = $2 RETURNING {COLUMNS}"
    ))
    .bind(account.0)
    .bind(name)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(CoreError::NotFound {
        kind: "sieve script",
    })?;
    record(
        &mut tx,
        principal,
        "account.sieveScript.activate",
        account,
        &place,
        serde_json::json!({ "name": name }),
    )
    .await?;
    tx.commit().await?;
    Ok(script)
}

/// Deletes a script; the active one cannot be (RFC 5804 2.10): deactivate it first.
pub async fn delete(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    name: &str,
) -> CoreResult<()> {
    let place = accounts::authorize(pool, principal, account, Access::Write).await?;
    let mut tx = pool.begin().await?;
    let deleted: Option<bool> = sqlx::query_scalar(
        "DELETE FROM sieve_scripts WHERE account_id = $1 AND name = $2 AND NOT active RETURNING true",
    )
    .bind(account.0)
    .bind(name)
    .fetch_optional(&mut *tx)
    .await?;
    if deleted.is_none() {
        let exists: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM sieve_scripts WHERE account_id = $1 AND name = $2)",
        )
        .bind(account.0)
        .bind(name)
        .fetch_one(&mut *tx)
        .await?;
        return Err(if exists {
            CoreError::conflict(
                "script_active",
                "the active script cannot be deleted; make another active or store it with active: false first",
            )
        } else {
            CoreError::NotFound {
                kind: "sieve script",
            }
        });
    }
    record(
        &mut tx,
        principal,
        "account.sieveScript.delete",
        account,
        &place,
        serde_json::json!({ "name": name }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Leaves the account with no active script (ManageSieve's `SETACTIVE ""`).
pub async fn deactivate_all(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<()> {
    let place = accounts::authorize(pool, principal, account, Access::Write).await?;
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE sieve_scripts SET active = false WHERE account_id = $1 AND active")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    record(
        &mut tx,
        principal,
        "account.sieveScript.deactivate",
        account,
        &place,
        serde_json::json!({}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Renames a script, keeping whether it is active (RFC 5804 2.11.1).
pub async fn rename(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    old: &str,
    new: &str,
) -> CoreResult<SieveScript> {
    let place = accounts::authorize(pool, principal, account, Access::Write).await?;
    check_name(new)?;
    let mut tx = pool.begin().await?;
    let taken: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM sieve_scripts WHERE account_id = $1 AND name = $2)",
    )
    .bind(account.0)
    .bind(new)
    .fetch_one(&mut *tx)
    .await?;
    if taken {
        return Err(CoreError::conflict_on(
            "script_exists",
            "name",
            format!("a script named \"{new}\" exists already"),
        ));
    }
    let script: SieveScript = sqlx::query_as(&format!(
        "UPDATE sieve_scripts SET name = $3, updated_at = now()
         WHERE account_id = $1 AND name = $2 RETURNING {COLUMNS}"
    ))
    .bind(account.0)
    .bind(old)
    .bind(new)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(CoreError::NotFound {
        kind: "sieve script",
    })?;
    record(
        &mut tx,
        principal,
        "account.sieveScript.rename",
        account,
        &place,
        serde_json::json!({ "name": old, "newName": new }),
    )
    .await?;
    tx.commit().await?;
    Ok(script)
}

/// Whether a script of `size` bytes could be stored under `name` (ManageSieve's HAVESPACE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    Enough,
    /// The account keeps [`MAX_SCRIPTS`] already.
    TooManyScripts,
    /// Larger than a script may be.
    TooLarge,
}

pub async fn space(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    name: &str,
    size: u64,
) -> CoreResult<Space> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    if size > Limits::default().script_bytes as u64 {
        return Ok(Space::TooLarge);
    }
    let (count, exists): (i64, bool) = sqlx::query_as(
        "SELECT count(*), bool_or(name = $2) IS TRUE FROM sieve_scripts WHERE account_id = $1",
    )
    .bind(account.0)
    .bind(name)
    .fetch_one(pool)
    .await?;
    Ok(if !exists && count >= MAX_SCRIPTS {
        Space::TooManyScripts
    } else {
        Space::Enough
    })
}

/// Records on the account's active script why delivery could not run it (delivery, no
/// caller to authorise). At most [`MAX_ERROR`] characters are kept.
pub async fn record_failure(pool: &PgPool, account: Uuid, error: &str) -> CoreResult<()> {
    let error: String = error.chars().take(MAX_ERROR).collect();
    sqlx::query(
        "UPDATE sieve_scripts SET last_error = $2, last_error_at = now() WHERE account_id = $1 AND active",
    )
    .bind(account)
    .bind(error)
    .execute(pool)
    .await?;
    Ok(())
}

/// Characters of a recorded delivery error.
const MAX_ERROR: usize = 500;

/// An account's scripts as delivery runs them: its domain's "before" script, its active
/// one, its domain's "after" script (any may be absent), every script of the account by name
/// (what its `include`s may name), and its folders' names (what `fileinto` and
/// `mailboxexists` ask about).
#[derive(Debug, Clone, Default)]
pub struct AccountScripts {
    /// The account's address (login@domain): a vacation reply's sender, one of the
    /// addresses it answers for.
    pub address: String,
    pub before: Option<String>,
    pub active: Option<String>,
    pub after: Option<String>,
    pub by_name: std::collections::HashMap<String, String>,
    pub folders: std::collections::HashSet<String>,
}

impl AccountScripts {
    /// The scripts to run, in order.
    pub fn sequence(&self) -> impl Iterator<Item = &str> {
        [&self.before, &self.active, &self.after]
            .into_iter()
            .filter_map(|s| s.as_deref())
    }
}

/// The scripts of those of `accounts` that have any to run (an active one, or a domain
/// script), with their folders, for delivery (no caller to authorise); one query however
/// many recipients, and none of it for accounts without scripts.
pub async fn for_delivery(
    pool: &PgPool,
    accounts: &[Uuid],
) -> CoreResult<std::collections::HashMap<Uuid, AccountScripts>> {
    // (account, address, kind: script | before | after | folder, name, content, active)
    type Row = (Uuid, String, String, Option<String>, Option<String>, bool);
    let rows: Vec<Row> = sqlx::query_as(
        "WITH scripted AS (
             SELECT a.id, a.login || '@' || d.name AS address, d.id AS domain_id
             FROM accounts a JOIN domains d ON d.id = a.domain_id
             WHERE a.id = ANY($1)
               AND (EXISTS (SELECT 1 FROM sieve_scripts x WHERE x.account_id = a.id AND x.active)
                    OR EXISTS (SELECT 1 FROM domain_sieve_scripts g WHERE g.domain_id = d.id)))
         SELECT s.id, s.address, 'script', x.name, x.content, x.active
           FROM scripted s JOIN sieve_scripts x ON x.account_id = s.id
         UNION ALL
         SELECT s.id, s.address, g.stage, NULL, g.content, false
           FROM scripted s JOIN domain_sieve_scripts g ON g.domain_id = s.domain_id
         UNION ALL
         SELECT s.id, s.address, 'folder', f.name, NULL, false
           FROM scripted s JOIN folders f ON f.account_id = s.id",
    )
    .bind(accounts)
    .fetch_all(pool)
    .await?;
    let mut out: std::collections::HashMap<Uuid, AccountScripts> = Default::default();
    for (account, address, kind, name, content, active) in rows {
        let entry = out.entry(account).or_default();
        entry.address = address;
        match (kind.as_str(), name, content) {
            ("before", _, content) => entry.before = content,
            ("after", _, content) => entry.after = content,
            ("folder", Some(name), _) => {
                entry.folders.insert(name);
            }
            ("script", Some(name), Some(content)) => {
                if active {
                    entry.active = Some(content.clone());
                }
                entry.by_name.insert(name, content);
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Leaves `name` the only script of the account that may be active (one at most).
async fn deactivate_others(
    conn: &mut sqlx::PgConnection,
    account: AccountId,
    name: &str,
) -> CoreResult<()> {
    sqlx::query(
        "UPDATE sieve_scripts SET active = false WHERE account_id = $1 AND active AND name <> $2",
    )
    .bind(account.0)
    .bind(name)
    .execute(conn)
    .await?;
    Ok(())
}

/// RFC 5804 1.6: a name is UTF-8 without control characters; Postbay also bounds its
/// length and keeps `/` out (names appear in paths).
fn check_name(name: &str) -> CoreResult<()> {
    let bad = |message: &'static str| Err(CoreError::invalid("name", "invalid_name", message));
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return bad("a script name has 1 to 128 characters");
    }
    if name.chars().any(|c| c.is_control() || c == '/') {
        return bad("a script name has no control characters and no \"/\"");
    }
    Ok(())
}

/// Audits a change to what an account's rules hold, in the change's transaction.
pub(crate) async fn record(
    conn: &mut sqlx::PgConnection,
    principal: &Principal,
    action: &str,
    account: AccountId,
    place: &AccountPlace,
    changes: serde_json::Value,
) -> CoreResult<()> {
    audit::record(
        conn,
        principal,
        action,
        "account",
        Some(account.0),
        place.audit_place(),
        changes,
    )
    .await
}
