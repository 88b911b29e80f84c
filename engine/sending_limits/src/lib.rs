//! Sending limits, the ISP's brake on a compromised account: messages and recipients per clock
//! hour and per day (UTC) that an account, a domain or a tenant may send by authenticated
//! submission. Every level applies at once — the account's own, its domain's and each
//! tenant's above it — and the counts live in PostgreSQL, so all nodes share them.
//!
//! Architecture invariant: this crate owns `sending_limits` and `sending_counts`; the pipeline
//! asks [`check::take`] before it stores a submission, and nothing else counts.

pub mod admin;
pub mod check;

use postbay_core::ids::{AccountId, DomainId, TenantId};
use serde::{Deserialize, Serialize};

/// Limits of one account, domain or tenant; an absent one does not limit.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    sqlx::FromRow,
    utoipa::ToSchema,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SendingLimits {
    /// Messages per clock hour.
    #[schema(minimum = 0, maximum = 10000000)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages_per_hour: Option<i64>,
    /// Messages per day.
    #[schema(minimum = 0, maximum = 10000000)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages_per_day: Option<i64>,
    /// Recipients per clock hour, all messages together.
    #[schema(minimum = 0, maximum = 10000000)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipients_per_hour: Option<i64>,
    /// Recipients per day, all messages together.
    #[schema(minimum = 0, maximum = 10000000)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipients_per_day: Option<i64>,
    /// Suspends an account for abuse the moment one of these limits refuses its message (it
    /// can still log in and read; an administrator reinstates it). A compromised account then
    /// stops at its first refused burst.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suspend_account: bool,
}

impl SendingLimits {
    fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// What limits are set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Account(AccountId),
    Domain(DomainId),
    Tenant(TenantId),
}

impl Scope {
    fn id(self) -> uuid::Uuid {
        match self {
            Self::Account(a) => a.0,
            Self::Domain(d) => d.0,
            Self::Tenant(t) => t.0,
        }
    }

    fn kind(self) -> &'static str {
        match self {
            Self::Account(_) => "account",
            Self::Domain(_) => "domain",
            Self::Tenant(_) => "tenant",
        }
    }
}
