//! Service plans: the named sets of limits a tenant sells (a reseller's "Mail S", "Mail L"),
//! owned by a tenant and assigned to the tenants, domains and accounts below it. A plan is
//! for one level: a tenant plan carries a subtree's limits, a domain plan a domain's, an
//! account plan a mailbox's; each may carry sending limits too.
//!
//! Assigning a plan copies its limits onto the node in one transaction, through the same core
//! functions an administrator's change goes through (so the carving rules of the reseller tree
//! and the usage checks hold); the node's own limit columns stay what every check reads. A plan
//! below what the node already uses is refused with `limit_below_usage` and the overage, or
//! taken with `force`, which only stops growth. Changing a plan applies it again to every node
//! on it, all or nothing.

pub mod admin;
pub mod apply;
mod stored;

use chrono::{DateTime, Utc};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{PlanId, TenantId};
use postbay_sending_limits::SendingLimits;
use serde::{Deserialize, Serialize};

/// Which nodes a plan is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum PlanLevel {
    Tenant,
    Domain,
    Account,
}

postbay_core::stored_as_text!(PlanLevel {
    Tenant => "tenant",
    Domain => "domain",
    Account => "account",
});

/// A service plan.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub id: PlanId,
    /// The tenant that sells it: it is assigned to what is below.
    pub tenant_id: TenantId,
    pub name: String,
    pub description: String,
    pub level: PlanLevel,
    pub limits: PlanLimits,
    /// How many tenants, domains or accounts are on it.
    pub assigned: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A plan's limits. Each level takes its own fields (a field of another level is refused,
/// `not_for_level`); an absent limit is no limit (0 for sizes and quotas).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanLimits {
    /// Tenant plans: domains in the subtree.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_domains: Option<i64>,
    /// Tenant and domain plans: accounts.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_accounts: Option<i64>,
    /// Tenant and domain plans: aliases.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_aliases: Option<i64>,
    /// Tenant plans: groups (and mailing lists).
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_groups: Option<i64>,
    /// Tenant plans: stored mail of the whole subtree, bytes.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_storage_bytes: Option<i64>,
    /// Domain plans: the quota new accounts get when they set none, bytes.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_quota_bytes: Option<i64>,
    /// Domain plans: the largest quota an account may have, bytes.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_quota_bytes: Option<i64>,
    /// Domain plans: the largest message from or for the domain's users, bytes.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_message_size: Option<i64>,
    /// Account plans: the mailbox quota, bytes.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_bytes: Option<i64>,
    /// Account plans: the mailbox quota, messages.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota_messages: Option<i64>,
    /// Account plans: the largest message the account may send, bytes.
    #[schema(minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_outgoing_message_size: Option<i64>,
    /// Every level: messages and recipients per hour and per day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sending_limits: Option<SendingLimits>,
}

/// The largest limit taken (as core's).
const MAX_LIMIT: i64 = 1_000_000_000_000_000;

impl PlanLimits {
    /// Refuses a value out of range or a field the level does not have.
    fn check(&self, level: PlanLevel) -> CoreResult<()> {
        use PlanLevel::{Account, Domain, Tenant};
        let fields: [(&str, Option<i64>, &[PlanLevel]); 11] = [
            ("maxDomains", self.max_domains, &[Tenant]),
            ("maxAccounts", self.max_accounts, &[Tenant, Domain]),
            ("maxAliases", self.max_aliases, &[Tenant, Domain]),
            ("maxGroups", self.max_groups, &[Tenant]),
            ("maxStorageBytes", self.max_storage_bytes, &[Tenant]),
            ("defaultQuotaBytes", self.default_quota_bytes, &[Domain]),
            ("maxQuotaBytes", self.max_quota_bytes, &[Domain]),
            ("maxMessageSize", self.max_message_size, &[Domain]),
            ("quotaBytes", self.quota_bytes, &[Account]),
            ("quotaMessages", self.quota_messages, &[Account]),
            (
                "maxOutgoingMessageSize",
                self.max_outgoing_message_size,
                &[Account],
            ),
        ];
        for (field, value, levels) in fields {
            let Some(v) = value else { continue };
            if !levels.contains(&level) {
                return Err(CoreError::invalid(
                    format!("limits.{field}"),
                    "not_for_level",
                    format!("a {} plan has no {field}", level.as_str()),
                ));
            }
            if !(0..=MAX_LIMIT).contains(&v) {
                return Err(CoreError::invalid(
                    format!("limits.{field}"),
                    "out_of_range",
                    "0 to 10^15",
                ));
            }
        }
        if let Some(s) = &self.sending_limits {
            postbay_sending_limits::admin::check(s, "limits.sendingLimits.")?;
        }
        Ok(())
    }
}
