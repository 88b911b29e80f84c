//! An account's sorting rules: which addresses each takes and where it delivers them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::access::{Access, Principal};
use crate::audit::{self};
use crate::error::{CoreError, CoreResult};
use crate::ids::{Pop3AccountId, SortingRuleId};
use crate::names::{self, DomainName, EmailAddress};

use super::accounts::{AccountRow, authorized, check_domain, yes};
use super::{MAX_RULES, Owner};

/// Which addresses a sorting rule takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SortAddress {
    /// One complete address (compared case-insensitively).
    Exact(EmailAddress),
    /// `*@domain`: every address in the domain.
    Domain(DomainName),
    /// `*`: a message no other rule took.
    Any,
}

/// Where a sorting rule delivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleTarget {
    Address(EmailAddress),
    /// `*@domain`: the matched address's local part in this (local) domain.
    SameLocalPart(DomainName),
}

impl SortAddress {
    pub fn parse(text: &str, field: &'static str) -> CoreResult<Self> {
        let text = text.trim();
        if text == "*" {
            return Ok(Self::Any);
        }
        if let Some(domain) = text.strip_prefix("*@") {
            return Ok(Self::Domain(DomainName::parse(domain, field)?));
        }
        if text.contains('*') {
            return Err(CoreError::invalid(
                field,
                "invalid_sort_address",
                "a complete address, *@domain or *",
            ));
        }
        Ok(Self::Exact(EmailAddress::parse(text, field)?))
    }
}

impl std::fmt::Display for SortAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Exact(a) => write!(f, "{a}"),
            Self::Domain(d) => write!(f, "*@{}", d.as_str()),
            Self::Any => f.write_str("*"),
        }
    }
}

impl RuleTarget {
    pub fn parse(text: &str, field: &'static str) -> CoreResult<Self> {
        match text.trim().strip_prefix("*@") {
            Some(domain) => Ok(Self::SameLocalPart(DomainName::parse(domain, field)?)),
            None => Ok(Self::Address(EmailAddress::parse(text, field)?)),
        }
    }
}

impl RuleTarget {
    pub(super) fn domain(&self) -> &DomainName {
        match self {
            Self::Address(a) => a.domain(),
            Self::SameLocalPart(d) => d,
        }
    }

    /// An address may be outside the server; `*@domain` must be one of its domains; either
    /// must be in the owner's reach when it is the server's.
    pub(super) fn check_reach(&self, reach: &HashMap<String, bool>) -> CoreResult<()> {
        let local = matches!(self, Self::SameLocalPart(_));
        check_domain(reach, self.domain(), "deliverTo", local)
    }
}

impl std::fmt::Display for RuleTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Address(a) => write!(f, "{a}"),
            Self::SameLocalPart(d) => write!(f, "*@{}", d.as_str()),
        }
    }
}

/// A sorting rule: messages with `sortAddress` in the searched headers go to `deliverTo`.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SortingRule {
    pub id: SortingRuleId,
    pub account_id: Pop3AccountId,
    /// A complete address, `*@domain` (every address in the domain), or `*` (a message no
    /// other rule took; without such a rule it is discarded).
    pub sort_address: String,
    /// A local account, group or alias, an external address, or `*@domain` (with a
    /// `*@domain` sort address: the same local part in that domain of this server).
    pub deliver_to: String,
    pub description: String,
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewSortingRule {
    pub sort_address: String,
    pub deliver_to: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "yes")]
    pub enabled: bool,
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SortingRulePatch {
    pub sort_address: Option<String>,
    pub deliver_to: Option<String>,
    pub description: Option<String>,
    pub enabled: Option<bool>,
}

const RULE: &str = "sorting rule";
const RULE_COLUMNS: &str =
    "id, account_id, sort_address, deliver_to, description, enabled, created_at";

/// Checks a rule's pair; returns them as stored.
async fn check_rule(
    conn: &mut PgConnection,
    owner: &Owner,
    sort_address: &str,
    deliver_to: &str,
) -> CoreResult<(String, String)> {
    let (sort, target) = parse_rule(sort_address, deliver_to)?;
    let reach = owner.local_reach(conn, &[target.domain().as_str()]).await?;
    target.check_reach(&reach)?;
    Ok((sort.to_string(), target.to_string()))
}

/// A rule's pair, parsed; `*@domain` delivers only for a `*@domain` sort address.
pub(super) fn parse_rule(
    sort_address: &str,
    deliver_to: &str,
) -> CoreResult<(SortAddress, RuleTarget)> {
    let sort = SortAddress::parse(sort_address, "sortAddress")?;
    let target = RuleTarget::parse(deliver_to, "deliverTo")?;
    if matches!(target, RuleTarget::SameLocalPart(_)) && !matches!(sort, SortAddress::Domain(_)) {
        return Err(CoreError::invalid(
            "deliverTo",
            "invalid_rule",
            "*@domain delivers only for a *@domain sort address",
        ));
    }
    Ok((sort, target))
}

pub async fn create_rule(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
    new: NewSortingRule,
) -> CoreResult<SortingRule> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    // The account row is locked so the rule count holds.
    let row = authorized(&mut tx, principal, account, Access::Write).await?;
    sqlx::query("SELECT 1 FROM pop3_accounts WHERE id = $1 FOR UPDATE")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    let owner = row.owner();
    let (sort, target) = check_rule(&mut tx, &owner, &new.sort_address, &new.deliver_to).await?;
    let description = names::free_text(&new.description, "description", names::MAX_DESCRIPTION)?;
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM pop3_sorting_rules WHERE account_id = $1")
            .bind(account.0)
            .fetch_one(&mut *tx)
            .await?;
    if count >= MAX_RULES {
        return Err(CoreError::conflict(
            "limit_reached",
            "an account has at most 1000 sorting rules",
        ));
    }
    let rule: SortingRule = sqlx::query_as(&format!(
        "INSERT INTO pop3_sorting_rules (id, account_id, sort_address, deliver_to, description, enabled)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING {RULE_COLUMNS}"
    ))
    .bind(SortingRuleId::new().0)
    .bind(account.0)
    .bind(&sort)
    .bind(&target)
    .bind(&description)
    .bind(new.enabled)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| {
        CoreError::unique_violation(e, "already_exists", "sortAddress", "the account has a rule for this sort address")
    })?;
    audit::record(
        &mut tx,
        principal,
        "sorting_rule.create",
        "sorting_rule",
        Some(rule.id.0),
        owner.place(),
        serde_json::json!({ "accountId": account, "sortAddress": sort, "deliverTo": target }),
    )
    .await?;
    tx.commit().await?;
    Ok(rule)
}

/// An account's rules in the order they are tried: complete addresses, then `*@domain`,
/// then `*`.
pub async fn list_rules(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
) -> CoreResult<Vec<SortingRule>> {
    let mut conn = pool.acquire().await?;
    authorized(&mut conn, principal, account, Access::Read).await?;
    rules_of(&mut conn, account.0).await
}

pub(super) async fn rules_of(
    conn: &mut PgConnection,
    account: Uuid,
) -> CoreResult<Vec<SortingRule>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {RULE_COLUMNS} FROM pop3_sorting_rules WHERE account_id = $1
         ORDER BY CASE WHEN sort_address = '*' THEN 2 WHEN sort_address LIKE '*@%' THEN 1 ELSE 0 END, sort_address"
    ))
    .bind(account)
    .fetch_all(conn)
    .await?)
}

async fn rule_of(
    conn: &mut PgConnection,
    principal: &Principal,
    account: Pop3AccountId,
    rule: SortingRuleId,
) -> CoreResult<(AccountRow, SortingRule)> {
    let row = authorized(conn, principal, account, Access::Write).await?;
    let found: SortingRule = sqlx::query_as(&format!(
        "SELECT {RULE_COLUMNS} FROM pop3_sorting_rules WHERE id = $1 AND account_id = $2"
    ))
    .bind(rule.0)
    .bind(account.0)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(CoreError::NotFound { kind: RULE })?;
    Ok((row, found))
}

pub async fn update_rule(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
    rule: SortingRuleId,
    patch: SortingRulePatch,
) -> CoreResult<SortingRule> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let (row, current) = rule_of(&mut tx, principal, account, rule).await?;
    let owner = row.owner();
    let (sort, target) = check_rule(
        &mut tx,
        &owner,
        patch
            .sort_address
            .as_deref()
            .unwrap_or(&current.sort_address),
        patch.deliver_to.as_deref().unwrap_or(&current.deliver_to),
    )
    .await?;
    let description = names::free_text(
        patch.description.as_deref().unwrap_or(&current.description),
        "description",
        names::MAX_DESCRIPTION,
    )?;
    let updated: SortingRule = sqlx::query_as(&format!(
        "UPDATE pop3_sorting_rules SET sort_address = $2, deliver_to = $3, description = $4, enabled = $5
         WHERE id = $1 RETURNING {RULE_COLUMNS}"
    ))
    .bind(rule.0)
    .bind(&sort)
    .bind(&target)
    .bind(&description)
    .bind(patch.enabled.unwrap_or(current.enabled))
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| {
        CoreError::unique_violation(e, "already_exists", "sortAddress", "the account has a rule for this sort address")
    })?;
    audit::record(
        &mut tx,
        principal,
        "sorting_rule.update",
        "sorting_rule",
        Some(rule.0),
        owner.place(),
        serde_json::json!({ "accountId": account, "sortAddress": sort, "deliverTo": target, "enabled": updated.enabled }),
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

pub async fn delete_rule(
    pool: &PgPool,
    principal: &Principal,
    account: Pop3AccountId,
    rule: SortingRuleId,
) -> CoreResult<()> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let (row, current) = rule_of(&mut tx, principal, account, rule).await?;
    sqlx::query("DELETE FROM pop3_sorting_rules WHERE id = $1")
        .bind(rule.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "sorting_rule.delete",
        "sorting_rule",
        Some(rule.0),
        row.owner().place(),
        serde_json::json!({ "accountId": account, "sortAddress": current.sort_address }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
