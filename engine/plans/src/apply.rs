//! Putting tenants, domains and accounts on plans: at creation, with a change, or again when
//! the plan changes. The limits go through core's own update functions inside one
//! transaction, so the tree's rules hold and nothing is half applied.

use postbay_core::access::{Access, Principal};
use postbay_core::accounts::{self, Account, AccountPatch, NewAccount};
use postbay_core::audit::{self, Place};
use postbay_core::domains::{self, Domain, DomainLimits, DomainPatch, NewDomain};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, DomainId, PlanId, TenantId};
use postbay_core::tenants::{
    self, BelowUsage, NewTenant, Tenant, TenantLimits, TenantLimitsPatch, TenantPatch,
};
use postbay_sending_limits::Scope;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::stored::{self, Row};
use crate::{PlanLevel, PlanLimits};

/// A node a plan is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Node {
    Tenant(TenantId),
    Domain(DomainId),
    Account(AccountId),
}

impl Node {
    fn level(self) -> PlanLevel {
        match self {
            Self::Tenant(_) => PlanLevel::Tenant,
            Self::Domain(_) => PlanLevel::Domain,
            Self::Account(_) => PlanLevel::Account,
        }
    }

    fn id(self) -> Uuid {
        match self {
            Self::Tenant(t) => t.0,
            Self::Domain(d) => d.0,
            Self::Account(a) => a.0,
        }
    }

    fn table(self) -> &'static str {
        match self {
            Self::Tenant(_) => "tenants",
            Self::Domain(_) => "domains",
            Self::Account(_) => "accounts",
        }
    }

    fn scope(self) -> Scope {
        match self {
            Self::Tenant(t) => Scope::Tenant(t),
            Self::Domain(d) => Scope::Domain(d),
            Self::Account(a) => Scope::Account(a),
        }
    }
}

/// Reads a plan for `level` that may be given to something under the tenants of `path`: the
/// caller reaches it, it is of that level, and its owner is on the path (a tenant plan: above
/// the tenant itself, whose path ends with it).
async fn plan_for(
    conn: &mut PgConnection,
    principal: &Principal,
    plan: PlanId,
    level: PlanLevel,
    path: &[Uuid],
) -> CoreResult<Row> {
    // Held until the assignment commits: a plan change waits for it, and then applies to it.
    let row = stored::fetch(conn, principal, plan, true).await?;
    if row.level != level {
        return Err(CoreError::invalid(
            "planId",
            "wrong_level",
            format!(
                "a {} plan cannot be given to a {}",
                row.level.as_str(),
                level.as_str()
            ),
        ));
    }
    let above = match level {
        PlanLevel::Tenant => &path[..path.len().saturating_sub(1)],
        PlanLevel::Domain | PlanLevel::Account => path,
    };
    if !above.contains(&row.tenant_id) {
        return Err(CoreError::invalid(
            "planId",
            "plan_not_available",
            "the plan belongs to a tenant this is not below",
        ));
    }
    Ok(row)
}

/// Where a node the caller may change sits: its tenants' path (a tenant's ends with itself).
/// Not found when out of reach, as every change answers.
async fn locate_for_write(
    conn: &mut PgConnection,
    principal: &Principal,
    node: Node,
) -> CoreResult<Vec<Uuid>> {
    principal.require_admin()?;
    match node {
        Node::Tenant(t) => {
            let path = tenants::path_of(conn, t).await?;
            principal.authorize_tenant(&path, Access::Write)?;
            Ok(path)
        }
        Node::Domain(d) => {
            let path = domains::context(conn, d, false).await?.tenant_path;
            principal.authorize_domain(&path, d, Access::Write)?;
            Ok(path)
        }
        Node::Account(a) => {
            let (domain, path): (Uuid, Vec<Uuid>) = sqlx::query_as(
                "SELECT a.domain_id, t.ancestors FROM accounts a JOIN domains d ON d.id = a.domain_id
                   JOIN tenants t ON t.id = d.tenant_id WHERE a.id = $1",
            )
            .bind(a.0)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(CoreError::NotFound { kind: "account" })?;
            principal.authorize_in_domain(
                &path,
                DomainId(domain),
                None,
                "account",
                Access::Write,
            )?;
            Ok(path)
        }
    }
}

/// Copies `limits` onto a node through core (which authorizes the caller and keeps the tree's
/// rules), with its sending limits.
async fn apply_limits(
    conn: &mut PgConnection,
    principal: &Principal,
    node: Node,
    limits: &PlanLimits,
    below: BelowUsage,
) -> CoreResult<()> {
    match node {
        Node::Tenant(id) => {
            let patch = TenantPatch {
                limits: Some(TenantLimitsPatch {
                    max_domains: Some(limits.max_domains),
                    max_accounts: Some(limits.max_accounts),
                    max_aliases: Some(limits.max_aliases),
                    max_groups: Some(limits.max_groups),
                    max_storage_bytes: Some(limits.max_storage_bytes),
                }),
                ..Default::default()
            };
            tenants::update_in(conn, principal, id, patch, below).await?;
        }
        Node::Domain(id) => {
            let patch = DomainPatch {
                limits: Some(domain_limits(limits)),
                ..Default::default()
            };
            domains::update_with_in(conn, principal, id, |_, _| Ok(patch), below).await?;
        }
        Node::Account(id) => {
            let quota = limits.quota_bytes.unwrap_or(0);
            let used: i64 = sqlx::query_scalar("SELECT used_bytes FROM accounts WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&mut *conn)
                .await?
                .ok_or(CoreError::NotFound { kind: "account" })?;
            if quota > 0 && used > quota && below == BelowUsage::Refuse {
                return Err(CoreError::conflict_on(
                    "limit_below_usage",
                    "limits.quotaBytes",
                    format!(
                        "{quota} is below the {used} bytes the mailbox already holds ({} over); pass force=true to accept it and stop growth",
                        used - quota
                    ),
                ));
            }
            let patch = AccountPatch {
                quota_bytes: Some(quota),
                quota_messages: Some(limits.quota_messages.unwrap_or(0)),
                max_outgoing_message_size: Some(limits.max_outgoing_message_size.unwrap_or(0)),
                ..Default::default()
            };
            accounts::update_in(conn, principal, id, patch).await?;
        }
    }
    let sending = limits.sending_limits.unwrap_or_default();
    postbay_sending_limits::admin::put_in(conn, principal, node.scope(), &sending).await
}

fn domain_limits(limits: &PlanLimits) -> DomainLimits {
    DomainLimits {
        max_accounts: limits.max_accounts,
        max_aliases: limits.max_aliases,
        default_quota_bytes: limits.default_quota_bytes.unwrap_or(0),
        max_quota_bytes: limits.max_quota_bytes,
        max_message_size: limits.max_message_size.unwrap_or(0),
    }
}

/// Puts a node on a plan (its limits become the plan's) or takes it off one (`None`: the
/// limits stay as they are), in the caller's transaction.
async fn set_plan(
    conn: &mut PgConnection,
    principal: &Principal,
    node: Node,
    plan: Option<PlanId>,
    below: BelowUsage,
) -> CoreResult<()> {
    let path = locate_for_write(conn, principal, node).await?;
    if let Some(plan) = plan {
        let row = plan_for(conn, principal, plan, node.level(), &path).await?;
        apply_limits(conn, principal, node, &row.limits.0, below).await?;
    }
    sqlx::query(&format!(
        "UPDATE {} SET plan_id = $2, updated_at = now() WHERE id = $1",
        node.table()
    ))
    .bind(node.id())
    .bind(plan.map(|p| p.0))
    .execute(&mut *conn)
    .await?;
    let kind = node.level().as_str();
    audit::record(
        conn,
        principal,
        &format!("{kind}.set_plan"),
        kind,
        Some(node.id()),
        Place {
            tenant_path: &path,
            domain: match node {
                Node::Domain(d) => Some(d),
                _ => None,
            },
        },
        serde_json::json!({"planId": plan, "force": below == BelowUsage::Accept}),
    )
    .await
}

/// Applies a changed plan to every node on it (the caller's transaction holds the plan).
pub(crate) async fn reapply(
    conn: &mut PgConnection,
    principal: &Principal,
    plan: PlanId,
    below: BelowUsage,
) -> CoreResult<()> {
    let limits: sqlx::types::Json<PlanLimits> =
        sqlx::query_scalar("SELECT limits FROM plans WHERE id = $1")
            .bind(plan.0)
            .fetch_one(&mut *conn)
            .await?;
    // What is pending deletion, or inside something that is, takes no change: it keeps its
    // limits until it is restored (and gets the plan's again with its next change).
    let nodes: Vec<(String, Uuid)> = sqlx::query_as(
        "SELECT 'tenant', t.id FROM tenants t WHERE t.plan_id = $1
            AND NOT EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY(t.ancestors) AND x.status = 'pending_deletion')
         UNION ALL SELECT 'domain', d.id FROM domains d JOIN tenants t ON t.id = d.tenant_id
          WHERE d.plan_id = $1 AND d.status <> 'pending_deletion'
            AND NOT EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY(t.ancestors) AND x.status = 'pending_deletion')
         UNION ALL SELECT 'account', a.id FROM accounts a JOIN domains d ON d.id = a.domain_id
           JOIN tenants t ON t.id = d.tenant_id
          WHERE a.plan_id = $1 AND a.status <> 'pending_deletion' AND d.status <> 'pending_deletion'
            AND NOT EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY(t.ancestors) AND x.status = 'pending_deletion')
         ORDER BY 2",
    )
    .bind(plan.0)
    .fetch_all(&mut *conn)
    .await?;
    for (kind, id) in nodes {
        let node = match kind.as_str() {
            "tenant" => Node::Tenant(TenantId(id)),
            "domain" => Node::Domain(DomainId(id)),
            _ => Node::Account(AccountId(id)),
        };
        apply_limits(conn, principal, node, &limits.0, below).await?;
    }
    Ok(())
}

/// Puts a node on a plan or takes it off one, in its own transaction (JSON-RPC's
/// `Plans.assign`).
pub async fn assign(
    pool: &PgPool,
    principal: &Principal,
    node: Node,
    plan: Option<PlanId>,
    below: BelowUsage,
) -> CoreResult<()> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    set_plan(&mut tx, principal, node, plan, below).await?;
    tx.commit().await?;
    Ok(())
}

/// Changes a tenant, putting it on the plan its patch names (`planId`) in the same
/// transaction.
pub async fn update_tenant(
    pool: &PgPool,
    principal: &Principal,
    id: TenantId,
    mut patch: TenantPatch,
    below: BelowUsage,
) -> CoreResult<Tenant> {
    let plan = patch.plan_id.take();
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let mut tenant = tenants::update_in(&mut tx, principal, id, patch, below).await?;
    if let Some(plan) = plan {
        set_plan(&mut tx, principal, Node::Tenant(id), plan, below).await?;
        tenant = tenants::get_in(&mut tx, principal, id).await?;
    }
    tx.commit().await?;
    Ok(tenant)
}

/// Changes a domain, putting it on the plan its patch names in the same transaction.
pub async fn update_domain(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    mut patch: DomainPatch,
    below: BelowUsage,
) -> CoreResult<Domain> {
    let plan = patch.plan_id.take();
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let mut domain =
        domains::update_with_in(&mut tx, principal, id, |_, _| Ok(patch), below).await?;
    if let Some(plan) = plan {
        set_plan(&mut tx, principal, Node::Domain(id), plan, below).await?;
        domain = domains::get_in(&mut tx, principal, id).await?;
    }
    tx.commit().await?;
    Ok(domain)
}

/// Changes an account, putting it on the plan its patch names in the same transaction.
pub async fn update_account(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
    mut patch: AccountPatch,
    below: BelowUsage,
) -> CoreResult<Account> {
    let Some(plan) = patch.plan_id.take() else {
        return accounts::update(pool, principal, id, patch).await;
    };
    principal.require_writable()?;
    if patch.password.is_some() || patch.password_hash.is_some() {
        return Err(CoreError::invalid(
            "planId",
            "conflicting_fields",
            "change the password and the plan in separate requests",
        ));
    }
    let mut tx = pool.begin().await?;
    accounts::update_in(&mut tx, principal, id, patch).await?;
    set_plan(&mut tx, principal, Node::Account(id), plan, below).await?;
    let account = accounts::get_in(&mut tx, principal, id).await?;
    tx.commit().await?;
    Ok(account)
}

/// Creates a tenant, on the plan it names: its limits are the plan's from the start.
pub async fn create_tenant(
    pool: &PgPool,
    principal: &Principal,
    mut input: NewTenant,
) -> CoreResult<Tenant> {
    let Some(plan) = input.plan_id.take() else {
        return tenants::create(pool, principal, input).await;
    };
    principal.require_writable()?;
    let limits = {
        let mut conn = pool.acquire().await?;
        let parent = match input.parent_id {
            Some(p) => p,
            None => tenants::home_in(&mut conn, principal).await?,
        };
        let mut path = tenants::path_of(&mut conn, parent).await?;
        // The new tenant's path ends with itself; the plan must be from above it.
        path.push(Uuid::nil());
        plan_for(&mut conn, principal, plan, PlanLevel::Tenant, &path)
            .await?
            .limits
            .0
    };
    input.limits = TenantLimits {
        max_domains: limits.max_domains,
        max_accounts: limits.max_accounts,
        max_aliases: limits.max_aliases,
        max_groups: limits.max_groups,
        max_storage_bytes: limits.max_storage_bytes,
    };
    let tenant = tenants::create(pool, principal, input).await?;
    assign(
        pool,
        principal,
        Node::Tenant(tenant.id),
        Some(plan),
        BelowUsage::Refuse,
    )
    .await?;
    tenants::get(pool, principal, tenant.id).await
}

/// Creates a domain, on the plan it names.
pub async fn create_domain(
    pool: &PgPool,
    principal: &Principal,
    mut input: NewDomain,
) -> CoreResult<Domain> {
    let Some(plan) = input.plan_id.take() else {
        return domains::create(pool, principal, input).await;
    };
    principal.require_writable()?;
    let limits = {
        let mut conn = pool.acquire().await?;
        let tenant = match input.tenant_id {
            Some(t) => t,
            None => tenants::home_in(&mut conn, principal).await?,
        };
        let path = tenants::path_of(&mut conn, tenant).await?;
        plan_for(&mut conn, principal, plan, PlanLevel::Domain, &path)
            .await?
            .limits
            .0
    };
    input.limits = domain_limits(&limits);
    let domain = domains::create(pool, principal, input).await?;
    assign(
        pool,
        principal,
        Node::Domain(domain.id),
        Some(plan),
        BelowUsage::Refuse,
    )
    .await?;
    domains::get(pool, principal, domain.id).await
}

/// Creates an account, on the plan it names.
pub async fn create_account(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    mut input: NewAccount,
) -> CoreResult<Account> {
    let Some(plan) = input.plan_id.take() else {
        return accounts::create(pool, principal, domain, input).await;
    };
    principal.require_writable()?;
    let limits = {
        let mut conn = pool.acquire().await?;
        let path = domains::context(&mut conn, domain, false)
            .await?
            .tenant_path;
        plan_for(&mut conn, principal, plan, PlanLevel::Account, &path)
            .await?
            .limits
            .0
    };
    input.quota_bytes = Some(limits.quota_bytes.unwrap_or(0));
    input.quota_messages = Some(limits.quota_messages.unwrap_or(0));
    input.max_outgoing_message_size = Some(limits.max_outgoing_message_size.unwrap_or(0));
    let account = accounts::create(pool, principal, domain, input).await?;
    assign(
        pool,
        principal,
        Node::Account(account.id),
        Some(plan),
        BelowUsage::Refuse,
    )
    .await?;
    accounts::get(pool, principal, account.id).await
}
