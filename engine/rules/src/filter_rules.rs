//! The rule form a control panel shows (Kerio's filter rules): an ordered list of rules, each
//! with conditions (all or any) and actions. It is stored as data and compiled into the
//! account's generated Sieve script (`generated`), which is what delivery runs; a user whose
//! active script was written by hand is told so instead of having it replaced.

use postbay_core::access::{Access, Principal};
use postbay_core::accounts;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::AccountId;
use postbay_core::names::EmailAddress;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::generated;

pub use crate::form::{
    FilterMatchType, FilterRule, FilterRuleAction, FilterRuleCondition, FilterTextOperator,
    MAX_PARTS, MAX_REPLY, MAX_RULES, MAX_TEXT,
};

/// An account's rules, in order, and whether they are what delivery runs.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct FilterRuleList {
    pub items: Vec<FilterRule>,
    /// The account's active Sieve script when it was written by hand (through ManageSieve or
    /// the sieve-scripts resource): the rules are not in effect then, and cannot be changed
    /// until it is deactivated or deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hand_written_script: Option<String>,
}

/// The rules to put in place of the account's.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FilterRulesBody {
    pub items: Vec<FilterRule>,
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<FilterRuleList> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    let stored = generated::load(pool, account).await?;
    Ok(FilterRuleList {
        items: stored.rules,
        hand_written_script: generated::hand_written_active(pool, account).await?,
    })
}

/// Replaces the account's rules and regenerates its script, in one transaction; refused
/// (409 `hand_written_script`) while a hand-written script is active.
pub async fn replace(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    body: FilterRulesBody,
) -> CoreResult<FilterRuleList> {
    let place = accounts::authorize(pool, principal, account, Access::Write).await?;
    validate(&body.items)?;
    generated::save(
        pool,
        principal,
        account,
        &place,
        generated::Part::Rules(&body.items),
        "account.filterRules.replace",
        serde_json::json!({ "rules": body.items.len() }),
    )
    .await?;
    Ok(FilterRuleList {
        items: body.items,
        hand_written_script: None,
    })
}

fn invalid(field: String, code: &'static str, message: impl Into<String>) -> CoreError {
    CoreError::invalid(field, code, message.into())
}

/// Every rule checked, with the field at fault named (`items[2].actions[0].folder`).
pub fn validate(rules: &[FilterRule]) -> CoreResult<()> {
    if rules.len() > MAX_RULES {
        return Err(invalid(
            "items".into(),
            "too_many",
            format!("at most {MAX_RULES} rules"),
        ));
    }
    for (i, rule) in rules.iter().enumerate() {
        let at = |field: &str| format!("items[{i}].{field}");
        let length = rule.name.chars().count();
        if length == 0 || length > 100 || rule.name.chars().any(char::is_control) {
            return Err(invalid(
                at("name"),
                "invalid_name",
                "a rule's name has 1 to 100 characters and no control characters",
            ));
        }
        if rule.conditions.len() > MAX_PARTS {
            return Err(invalid(
                at("conditions"),
                "too_many",
                format!("at most {MAX_PARTS} conditions"),
            ));
        }
        if rule.actions.is_empty() || rule.actions.len() > MAX_PARTS {
            return Err(invalid(
                at("actions"),
                "invalid_actions",
                format!("a rule has 1 to {MAX_PARTS} actions"),
            ));
        }
        for (j, condition) in rule.conditions.iter().enumerate() {
            let at = |field: &str| format!("items[{i}].conditions[{j}].{field}");
            match condition {
                FilterRuleCondition::From { value, .. }
                | FilterRuleCondition::To { value, .. }
                | FilterRuleCondition::Cc { value, .. }
                | FilterRuleCondition::Recipient { value, .. }
                | FilterRuleCondition::Sender { value, .. }
                | FilterRuleCondition::Subject { value, .. } => text(value, MAX_TEXT, at("value"))?,
                FilterRuleCondition::Header { name, value, .. } => {
                    let field_name = !name.is_empty()
                        && name.len() <= 76
                        && name.bytes().all(|b| (33..=126).contains(&b) && b != b':');
                    if !field_name {
                        return Err(invalid(
                            at("name"),
                            "invalid_header_name",
                            "a header field name is 1 to 76 printable characters without \":\"",
                        ));
                    }
                    text(value, MAX_TEXT, at("value"))?;
                }
                FilterRuleCondition::SizeOver { .. }
                | FilterRuleCondition::SizeUnder { .. }
                | FilterRuleCondition::HasAttachment
                | FilterRuleCondition::Spam => {}
            }
        }
        let mut stores = false;
        let mut rejects = false;
        let mut deletes = false;
        for (j, action) in rule.actions.iter().enumerate() {
            let at = |field: &str| format!("items[{i}].actions[{j}].{field}");
            match action {
                FilterRuleAction::MoveTo { folder } | FilterRuleAction::CopyTo { folder } => {
                    stores = true;
                    text(folder, 255, at("folder"))?;
                    if folder.is_empty() {
                        return Err(invalid(at("folder"), "invalid_folder", "a folder name"));
                    }
                }
                FilterRuleAction::Forward { address } | FilterRuleAction::Redirect { address } => {
                    stores = true;
                    EmailAddress::parse(address, at("address"))?;
                }
                FilterRuleAction::Reject { reason } => {
                    rejects = true;
                    text(reason, MAX_TEXT, at("reason"))?;
                }
                FilterRuleAction::Delete => deletes = true,
                FilterRuleAction::SetKeyword { keyword } => {
                    let atom = !keyword.is_empty()
                        && keyword.len() <= 64
                        && !keyword.starts_with('\\')
                        && keyword
                            .bytes()
                            .all(|b| b.is_ascii_graphic() && !b"(){%*\"\\]".contains(&b));
                    if !atom {
                        return Err(invalid(
                            at("keyword"),
                            "invalid_keyword",
                            "a keyword is 1 to 64 characters of an IMAP atom, not starting with \\",
                        ));
                    }
                }
                FilterRuleAction::Reply {
                    subject,
                    text: body,
                } => {
                    stores = true;
                    if let Some(subject) = subject {
                        text(subject, 255, at("subject"))?;
                    }
                    text(body, MAX_REPLY, at("text"))?;
                    if body.trim().is_empty() {
                        return Err(invalid(at("text"), "required", "a reply has a text"));
                    }
                }
                FilterRuleAction::MarkRead
                | FilterRuleAction::MarkFlagged
                | FilterRuleAction::Stop => {}
            }
        }
        // RFC 5429 2.1: a rejected message is neither kept, filed, sent on nor answered.
        if rejects && (stores || deletes) {
            return Err(invalid(
                at("actions"),
                "conflicting_actions",
                "reject cannot be combined with moving, copying, forwarding, replying or deleting",
            ));
        }
        if deletes
            && rule.actions.iter().any(|a| {
                matches!(
                    a,
                    FilterRuleAction::MoveTo { .. } | FilterRuleAction::CopyTo { .. }
                )
            })
        {
            return Err(invalid(
                at("actions"),
                "conflicting_actions",
                "delete cannot be combined with moving or copying",
            ));
        }
    }
    Ok(())
}

/// A text within `max` characters, without NUL.
fn text(value: &str, max: usize, field: String) -> CoreResult<()> {
    if value.chars().count() > max || value.contains('\0') {
        return Err(invalid(
            field,
            "invalid_text",
            format!("at most {max} characters, without NUL"),
        ));
    }
    Ok(())
}
