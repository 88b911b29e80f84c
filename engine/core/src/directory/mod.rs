//! The directory: who and what the server hosts — tenants in a tree, their domains (with the
//! names they prove), the domains' accounts, groups, aliases and templates, bulk imports, the
//! names every one of them is spelled with, and the usage counters held against the tenants'
//! and domains' limits.

mod account_reach;
pub mod accounts;
pub mod aliases;
pub(crate) mod counters;
pub mod domain_verification;
pub mod domains;
pub mod groups;
pub mod import;
pub mod names;
pub mod status;
pub mod templates;
pub mod tenants;

use sqlx::{Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::Principal;

/// Narrows a query over something a domain owns (its WHERE clause open, its tenant joined as
/// `t`) to the caller's reach, then to one domain and to one tenant's subtree when asked.
/// `domain_col` is the row's domain id.
pub(crate) fn push_in_domain(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    domain_col: &str,
    domain: Option<Uuid>,
    tenant: Option<Uuid>,
) {
    principal.filter().push_reach(qb, "t.ancestors", domain_col);
    if let Some(d) = domain {
        qb.push(format!(" AND {domain_col} = ")).push_bind(d);
    }
    if let Some(t) = tenant {
        qb.push(" AND t.ancestors @> ARRAY[")
            .push_bind(t)
            .push("]::uuid[]");
    }
}
