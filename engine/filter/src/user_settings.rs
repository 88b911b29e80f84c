//! Each user's own spam controls, applied after the server's rules: senders the user trusts
//! (their spam still reaches the Inbox), senders the user blocks (refused at RCPT when the
//! address is the user's own, left out of the user's copies otherwise), and whether spam goes
//! to the Junk folder or is refused.

use std::collections::HashMap;

use postbay_core::access::{Access, Principal};
use postbay_core::ids::AccountId;
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

/// Most entries in each list.
const MAX_ENTRIES: usize = 500;

/// What a user's spam goes to.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, sqlx::Type, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum UserSpamAction {
    /// The Junk folder.
    #[default]
    Junk,
    /// Not delivered: refused at SMTP when the user is the message's only mailbox, left out
    /// of the user's copies otherwise.
    Reject,
}

/// A user's spam controls.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct UserSpamSettings {
    /// Senders never treated as spam for this user: addresses (`boss@partner.example`) or
    /// whole domains (`@partner.example`). At most 500.
    #[schema(max_items = 500)]
    pub trusted_senders: Vec<String>,
    /// Senders whose mail this user never gets, in the same forms. At most 500.
    #[schema(max_items = 500)]
    pub blocked_senders: Vec<String>,
    pub spam_action: UserSpamAction,
}

/// Checks and normalises a list of senders (lower case; a bare domain gets its `@`).
fn senders(list: &[String], field: &'static str) -> CoreResult<Vec<String>> {
    if list.len() > MAX_ENTRIES {
        return Err(CoreError::invalid(field, "too_many", "at most 500 entries"));
    }
    let mut out = Vec::with_capacity(list.len());
    for entry in list {
        let entry = entry.trim();
        let normal = match entry.split_once('@') {
            Some(("", domain)) => postbay_core::names::DomainName::parse(domain, field)
                .map(|d| format!("@{}", d.as_str())),
            Some(_) => {
                postbay_core::names::EmailAddress::parse(entry, field).map(|a| a.to_string())
            }
            None => postbay_core::names::DomainName::parse(entry, field)
                .map(|d| format!("@{}", d.as_str())),
        }?;
        if !out.contains(&normal) {
            out.push(normal);
        }
    }
    Ok(out)
}

/// Whether `sender` (an envelope address) is on `list`.
pub fn listed(list: &[String], sender: &str) -> bool {
    let sender = sender.to_ascii_lowercase();
    let domain = sender.rsplit_once('@').map(|(_, d)| d);
    list.iter().any(|entry| match entry.strip_prefix('@') {
        Some(d) => domain == Some(d),
        None => *entry == sender,
    })
}

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<UserSpamSettings> {
    postbay_core::accounts::authorize(pool, principal, account, Access::Read).await?;
    Ok(of_accounts(pool, &[account.0])
        .await?
        .remove(&account.0)
        .unwrap_or_default())
}

/// Replaces a user's controls: the user itself may, and its administrators.
pub async fn set(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    value: UserSpamSettings,
) -> CoreResult<UserSpamSettings> {
    postbay_core::accounts::authorize(pool, principal, account, Access::Write).await?;
    let value = UserSpamSettings {
        trusted_senders: senders(&value.trusted_senders, "trustedSenders")?,
        blocked_senders: senders(&value.blocked_senders, "blockedSenders")?,
        spam_action: value.spam_action,
    };
    sqlx::query(
        "INSERT INTO account_spam_settings (account_id, trusted_senders, blocked_senders, spam_action)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id) DO UPDATE SET trusted_senders = $2, blocked_senders = $3,
             spam_action = $4, updated_at = now()",
    )
    .bind(account.0)
    .bind(&value.trusted_senders)
    .bind(&value.blocked_senders)
    .bind(value.spam_action)
    .execute(pool)
    .await?;
    Ok(value)
}

/// The controls of those of `accounts` that have set any; one query.
pub async fn of_accounts(
    pool: &PgPool,
    accounts: &[Uuid],
) -> CoreResult<HashMap<Uuid, UserSpamSettings>> {
    if accounts.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, Vec<String>, Vec<String>, UserSpamAction)> = sqlx::query_as(
        "SELECT account_id, trusted_senders, blocked_senders, spam_action
         FROM account_spam_settings WHERE account_id = ANY($1)",
    )
    .bind(accounts)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, trusted_senders, blocked_senders, spam_action)| {
            (
                id,
                UserSpamSettings {
                    trusted_senders,
                    blocked_senders,
                    spam_action,
                },
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn senders_are_addresses_or_domains() {
        let list = senders(
            &[
                "Boss@Partner.example".into(),
                "@News.example".into(),
                "spam.example".into(),
            ],
            "x",
        )
        .unwrap();
        assert_eq!(
            list,
            ["boss@partner.example", "@news.example", "@spam.example"]
        );
        assert!(listed(&list, "BOSS@partner.example"));
        assert!(listed(&list, "anyone@news.example"));
        assert!(!listed(&list, "other@partner.example"));
        assert!(!listed(&list, "x@sub.news.example"));
        assert!(senders(&["not an address@".into()], "x").is_err());
    }
}
