//! App passwords: a password the server makes for one application of an account (a phone's
//! mail app, a desktop client), for the protocols named, shown once, revocable on its own, with
//! the time and address of its last use. An account that takes only app passwords on the mail
//! protocols (`policy`) is safe from a leaked main password there.

use chrono::{DateTime, Utc};
use data_encoding::BASE32_NOPAD;
use postbay_core::access::{Access, Principal};
use postbay_core::accounts;
use postbay_core::audit;
use postbay_core::auth::SecretCheck;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, AppPasswordId};
use postbay_core::names;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::{Protocol, check_protocols, digest, stored_protocols};

/// App passwords one account may have.
const MAX_PER_ACCOUNT: i64 = 50;

/// An app password as listed: never the password itself.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AppPassword {
    pub id: AppPasswordId,
    pub account_id: AccountId,
    pub name: String,
    pub protocols: Vec<Protocol>,
    pub created_at: DateTime<Utc>,
    /// Who made it (`account:<address>` or `api-key:<prefix>`).
    pub created_by: String,
    pub last_used_at: Option<DateTime<Utc>>,
    /// The client address of its last use.
    pub last_used_ip: Option<String>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewAppPassword {
    /// What it is for, unique in the account ("Phone", "Thunderbird at home").
    #[schema(min_length = 1, max_length = 128)]
    pub name: String,
    /// The services it opens: `imap`, `pop3`, `submission`, `managesieve`, `api`.
    #[schema(min_items = 1)]
    pub protocols: Vec<Protocol>,
}

/// A new app password: the password is in this answer only.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CreatedAppPassword {
    #[serde(flatten)]
    pub app_password: AppPassword,
    /// Four groups of six letters and digits; give it to the application as its password.
    pub password: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: AppPasswordId,
    account_id: AccountId,
    name: String,
    protocols: Vec<String>,
    created_at: DateTime<Utc>,
    created_by: String,
    last_used_at: Option<DateTime<Utc>>,
    last_used_ip: Option<String>,
}

impl Row {
    fn into_app_password(self) -> CoreResult<AppPassword> {
        Ok(AppPassword {
            id: self.id,
            account_id: self.account_id,
            name: self.name,
            protocols: stored_protocols(&self.protocols)?,
            created_at: self.created_at,
            created_by: self.created_by,
            last_used_at: self.last_used_at,
            last_used_ip: self.last_used_ip,
        })
    }
}

const SELECT: &str = "SELECT id, account_id, name, protocols, created_at, created_by, last_used_at, last_used_ip FROM app_passwords";

/// A password of 120 random bits: four groups of six base32 characters (lower case, no
/// look-alike digits 0, 1, 8, 9), easy to type on a phone.
fn new_password() -> String {
    let mut bytes = [0u8; 15];
    rand::thread_rng().fill_bytes(&mut bytes);
    let text = BASE32_NOPAD.encode(&bytes).to_ascii_lowercase();
    text.as_bytes()
        .chunks(6)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The account's app passwords, newest first: the account itself and the administrators
/// reaching it.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<Vec<AppPassword>> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE account_id = $1 ORDER BY created_at DESC, id DESC"
    ))
    .bind(account.0)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Row::into_app_password).collect()
}

/// Makes an app password. The account itself, or an administrator whose rights are not below
/// the account's (`accounts::authorize_on_behalf`) and who may open its mailbox; one for `api`
/// only the account itself (an API session must not outlive the rights of whoever made it).
pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    input: NewAppPassword,
) -> CoreResult<CreatedAppPassword> {
    principal.require_writable()?;
    let place = accounts::authorize_on_behalf(pool, principal, account).await?;
    let name = names::free_text(&input.name, "name", names::MAX_NAME)?;
    if name.trim().is_empty() {
        return Err(CoreError::invalid("name", "required", "name it"));
    }
    let protocols = check_protocols(&input.protocols, false)?;
    if input.protocols.contains(&Protocol::Api) && principal.account_id != Some(account) {
        return Err(CoreError::forbidden(
            "an app password for the API is made by the account itself",
        ));
    }
    crate::may_open_mailbox(pool, principal, account).await?;
    let password = new_password();
    let id = AppPasswordId::new();
    let mut tx = pool.begin().await?;
    // The account's row lock orders concurrent creations, so the cap holds.
    sqlx::query("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM app_passwords WHERE account_id = $1")
        .bind(account.0)
        .fetch_one(&mut *tx)
        .await?;
    if count >= MAX_PER_ACCOUNT {
        return Err(CoreError::conflict(
            "limit_exceeded",
            "an account has at most 50 app passwords; delete one first",
        ));
    }
    let inserted = sqlx::query(
        "INSERT INTO app_passwords (id, account_id, name, secret_hash, protocols, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (account_id, name) DO NOTHING",
    )
    .bind(id.0)
    .bind(account.0)
    .bind(&name)
    .bind(digest(&password))
    .bind(&protocols)
    .bind(&principal.actor)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        return Err(CoreError::conflict_on(
            "already_exists",
            "name",
            "the account has an app password of this name",
        ));
    }
    audit::record(
        &mut tx,
        principal,
        "app_password.create",
        "app_password",
        Some(id.0),
        place.audit_place(),
        serde_json::json!({"accountId": account, "name": name, "protocols": protocols}),
    )
    .await?;
    let row: Row = sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(CreatedAppPassword {
        app_password: row.into_app_password()?,
        password,
    })
}

/// Revokes an app password: the next login with it fails.
pub async fn delete(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    id: AppPasswordId,
) -> CoreResult<()> {
    principal.require_writable()?;
    let place = accounts::authorize_on_behalf(pool, principal, account).await?;
    let mut tx = pool.begin().await?;
    let name: Option<String> = sqlx::query_scalar(
        "DELETE FROM app_passwords WHERE id = $1 AND account_id = $2 RETURNING name",
    )
    .bind(id.0)
    .bind(account.0)
    .fetch_optional(&mut *tx)
    .await?;
    let name = name.ok_or(CoreError::NotFound {
        kind: "app password",
    })?;
    audit::record(
        &mut tx,
        principal,
        "app_password.delete",
        "app_password",
        Some(id.0),
        place.audit_place(),
        serde_json::json!({"accountId": account, "name": name}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Whether `secret` is an app password of `account` for `protocol`, and if not, whether the
/// main password may decide (not on the mail protocols of an account that takes only app
/// passwords). One query; a match records its use (at most once a minute per address).
pub(crate) async fn check(
    pool: &PgPool,
    account: AccountId,
    secret: &str,
    protocol: Protocol,
    address: &str,
) -> CoreResult<SecretCheck> {
    let (id, protocols, app_passwords_only): (Option<uuid::Uuid>, Option<Vec<String>>, bool) =
        sqlx::query_as(
            "SELECT p.id, p.protocols,
                    COALESCE((SELECT app_passwords_only FROM account_login_policies WHERE account_id = $1), false)
             FROM (SELECT 1) one LEFT JOIN app_passwords p ON p.account_id = $1 AND p.secret_hash = $2",
        )
        .bind(account.0)
        .bind(digest(secret))
        .fetch_one(pool)
        .await?;
    match (id, protocols) {
        (Some(id), Some(protocols)) => {
            if !protocols.iter().any(|p| p == protocol.as_str()) {
                return Ok(SecretCheck::Refused);
            }
            sqlx::query(
                "UPDATE app_passwords SET last_used_at = now(), last_used_ip = $2
                 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '60 seconds'
                                    OR last_used_ip IS DISTINCT FROM $2)",
            )
            .bind(id)
            .bind(address)
            .execute(pool)
            .await?;
            Ok(SecretCheck::Accepted)
        }
        _ if app_passwords_only && protocol != Protocol::Api => Ok(SecretCheck::Refused),
        _ => Ok(SecretCheck::MainPassword),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_four_groups_of_six() {
        let p = new_password();
        let groups: Vec<&str> = p.split('-').collect();
        assert_eq!(groups.len(), 4, "{p}");
        assert!(groups.iter().all(|g| g.len() == 6));
        assert!(
            p.chars()
                .all(|c| c == '-' || c.is_ascii_lowercase() || ('2'..='7').contains(&c))
        );
        assert_ne!(new_password(), p);
    }
}
