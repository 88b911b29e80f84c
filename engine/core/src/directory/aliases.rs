//! Aliases and address resolution.
//!
//! Resolution order for a local part of a local domain (domain aliases map to their domain):
//! the owner of the exact address (account or group) and exact alias rows apply together; if
//! neither exists, the wildcard patterns other than `*` that match; if none, the bare `*`
//! catch-all. Alias targets are expanded again (aliases chain); every address is visited once,
//! and a chain that closes a loop delivers to the mailboxes it reached. Accounts' forwarding is
//! part of the expansion.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::access::{Access, Principal};
use crate::audit::{self, Place};
use crate::counters::{Counter, bump};
use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, AliasId, DomainId, TenantId};
use crate::list::{PageParams, page_type};
use crate::names::{self, AliasPattern, EmailAddress, LocalPart};
use crate::search::{self, Kind, SearchPage, SearchQuery, Searchable, col, quick};
use crate::{domain_verification, domains};

/// How many distinct addresses one resolution may visit before it stops.
pub const MAX_EXPANSION: usize = 1000;

#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Alias {
    pub id: AliasId,
    pub domain_id: DomainId,
    /// Local part or pattern (`*` any run, `?` one character).
    pub name: String,
    /// Full address the alias delivers to (local account or group, or external).
    pub target: String,
    pub description: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewAlias {
    #[schema(min_length = 1)]
    pub name: String,
    /// An address, or a bare local part meaning the alias's own domain.
    pub target: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasPatch {
    pub name: Option<String>,
    pub target: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct AliasFilter {
    pub domain_id: Option<Uuid>,
    pub tenant_id: Option<Uuid>,
}

page_type!(AliasPage, Alias);

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResolveRequest {
    pub address: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ResolvedMailbox {
    pub account_id: AccountId,
    pub email: String,
}

/// The final expansion of an address.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Resolution {
    /// The address as normalised.
    pub address: String,
    /// Whether the address's domain is served here.
    pub local_domain: bool,
    /// Local mailboxes that receive a copy (each once).
    pub mailboxes: Vec<ResolvedMailbox>,
    /// External addresses that receive a copy.
    pub external: Vec<String>,
    /// A local address that matched nothing: mail to it is refused.
    pub unknown: bool,
    /// The expansion met an address it had already visited.
    pub loop_detected: bool,
    /// The address itself matched no account, group or exact alias, only a pattern alias or
    /// the catch-all (so its reader cannot tell from the headers whom it was for).
    pub via_pattern: bool,
}

fn parse_target(target: &str, domain_name: &str) -> CoreResult<String> {
    let full = if target.contains('@') {
        target.to_string()
    } else {
        format!("{}@{domain_name}", target.trim())
    };
    Ok(EmailAddress::parse(&full, "target")?.to_string())
}

#[derive(sqlx::FromRow)]
struct AliasRow {
    #[sqlx(flatten)]
    alias: Alias,
    tenant_path: Vec<Uuid>,
}

const SELECT: &str = "SELECT a.id, a.domain_id, a.name, a.target, a.description, a.created_at, a.updated_at, t.ancestors AS tenant_path \
    FROM aliases a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id";

async fn authorized(
    conn: &mut PgConnection,
    principal: &Principal,
    id: AliasId,
    access: Access,
) -> CoreResult<AliasRow> {
    let row: AliasRow = sqlx::query_as(&format!("{SELECT} WHERE a.id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "alias" })?;
    principal
        .require_admin()
        .map_err(|_| CoreError::NotFound { kind: "alias" })?;
    principal.authorize_in_domain(&row.tenant_path, row.alias.domain_id, None, "alias", access)?;
    Ok(row)
}

pub async fn get(pool: &PgPool, principal: &Principal, id: AliasId) -> CoreResult<Alias> {
    let mut conn = pool.acquire().await?;
    Ok(authorized(&mut conn, principal, id, Access::Read)
        .await?
        .alias)
}

/// Narrows an alias query (whose WHERE clause is open) to the caller's reach and `filter`.
fn push_scope(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    filter: &AliasFilter,
) -> CoreResult<()> {
    principal.require_admin()?;
    super::push_in_domain(
        qb,
        principal,
        "a.domain_id",
        filter.domain_id,
        filter.tenant_id,
    );
    Ok(())
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &AliasFilter,
    page: &PageParams,
) -> CoreResult<AliasPage> {
    let (rows, next_cursor) = page
        .fetch::<AliasRow>(
            pool,
            &format!("{SELECT} WHERE true"),
            ("a.name", "a.id"),
            |qb| push_scope(qb, principal, filter),
            |r| (r.alias.name.clone(), r.alias.id.0),
        )
        .await?;
    Ok(AliasPage {
        items: rows.into_iter().map(|r| r.alias).collect(),
        next_cursor,
    })
}

const SEARCH: Searchable = Searchable {
    columns: &[
        col("id", "a.id", Kind::Id),
        col("domainId", "a.domain_id", Kind::Id),
        quick("name", "a.name", Kind::Folded),
        quick("target", "a.target", Kind::Text),
        quick("description", "a.description", Kind::Text),
        col("createdAt", "a.created_at", Kind::Time),
        col("updatedAt", "a.updated_at", Kind::Time),
    ],
    default_order: "a.name",
    id: "a.id",
};

/// The column names [`search`] understands.
pub fn search_columns() -> impl Iterator<Item = &'static str> {
    SEARCH.column_names()
}

/// Aliases matching a query object, within the caller's reach and, if given, one domain.
pub async fn search(
    pool: &PgPool,
    principal: &Principal,
    domain: Option<DomainId>,
    query: &SearchQuery,
) -> CoreResult<SearchPage<Alias>> {
    let filter = AliasFilter {
        domain_id: domain.map(|d| d.0),
        tenant_id: None,
    };
    let page = search::run::<AliasRow>(pool, SELECT, &SEARCH, query, |qb| {
        push_scope(qb, principal, &filter)
    })
    .await?;
    Ok(page.map(|r| r.alias))
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    input: NewAlias,
) -> CoreResult<Alias> {
    principal.require_admin()?;
    let name = AliasPattern::parse(&input.name, "name")?;
    let description = names::free_text(&input.description, "description", names::MAX_DESCRIPTION)?;
    let mut tx = pool.begin().await?;
    let ctx = domains::context(&mut tx, domain, true).await?;
    principal.authorize_in_domain(&ctx.tenant_path, domain, None, "domain", Access::Write)?;
    ctx.refuse_pending()?;
    let target = parse_target(&input.target, &ctx.name)?;
    bump(&mut tx, &ctx.tenant_path, Some(domain), Counter::Aliases, 1).await?;
    let id = AliasId::new();
    let alias: Alias = sqlx::query_as(
        "INSERT INTO aliases (id, domain_id, name, is_pattern, target, description) VALUES ($1,$2,$3,$4,$5,$6)
         RETURNING id, domain_id, name, target, description, created_at, updated_at",
    )
    .bind(id.0)
    .bind(domain.0)
    .bind(name.as_str())
    .bind(name.is_pattern())
    .bind(&target)
    .bind(&description)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| CoreError::unique_violation(e, "already_exists", "target", "this alias already delivers to this target"))?;
    audit::record(
        &mut tx,
        principal,
        "alias.create",
        "alias",
        Some(id.0),
        Place {
            tenant_path: &ctx.tenant_path,
            domain: Some(domain),
        },
        serde_json::json!({"name": name.as_str(), "target": target, "description": description}),
    )
    .await?;
    tx.commit().await?;
    Ok(alias)
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: AliasId,
    patch: AliasPatch,
) -> CoreResult<Alias> {
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    let ctx = domains::context(&mut tx, row.alias.domain_id, false).await?;
    let name = patch
        .name
        .as_deref()
        .map(|n| AliasPattern::parse(n, "name"))
        .transpose()?;
    let target = patch
        .target
        .as_deref()
        .map(|t| parse_target(t, &ctx.name))
        .transpose()?;
    let description = patch
        .description
        .as_deref()
        .map(|d| names::free_text(d, "description", names::MAX_DESCRIPTION))
        .transpose()?;
    let alias: Alias = sqlx::query_as(
        "UPDATE aliases SET name = COALESCE($2, name), is_pattern = COALESCE($3, is_pattern), target = COALESCE($4, target),
         description = COALESCE($5, description), updated_at = now() WHERE id = $1
         RETURNING id, domain_id, name, target, description, created_at, updated_at",
    )
    .bind(id.0)
    .bind(name.as_ref().map(AliasPattern::as_str))
    .bind(name.as_ref().map(AliasPattern::is_pattern))
    .bind(&target)
    .bind(&description)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| CoreError::unique_violation(e, "already_exists", "target", "this alias already delivers to this target"))?;
    audit::record(
        &mut tx,
        principal,
        "alias.update",
        "alias",
        Some(id.0),
        Place {
            tenant_path: &row.tenant_path,
            domain: Some(row.alias.domain_id),
        },
        serde_json::json!({"name": patch.name, "target": target, "description": description}),
    )
    .await?;
    tx.commit().await?;
    Ok(alias)
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: AliasId) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let row = authorized(&mut tx, principal, id, Access::Write).await?;
    // Inside a domain pending deletion nothing changes: its counts went with it.
    domains::context(&mut tx, row.alias.domain_id, true)
        .await?
        .refuse_pending()?;
    let deleted = sqlx::query("DELETE FROM aliases WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if deleted == 0 {
        return Err(CoreError::NotFound { kind: "alias" });
    }
    bump(
        &mut tx,
        &row.tenant_path,
        Some(row.alias.domain_id),
        Counter::Aliases,
        -1,
    )
    .await?;
    audit::record(
        &mut tx,
        principal,
        "alias.delete",
        "alias",
        Some(id.0),
        Place {
            tenant_path: &row.tenant_path,
            domain: Some(row.alias.domain_id),
        },
        serde_json::json!({"name": row.alias.name, "target": row.alias.target}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Resolves an address as delivery would, for an admin who can see its domain.
pub async fn resolve_for(
    pool: &PgPool,
    principal: &Principal,
    input: &ResolveRequest,
) -> CoreResult<Resolution> {
    principal.require_admin()?;
    let address = EmailAddress::parse(&input.address, "address")?;
    let mut conn = pool.acquire().await?;
    if let Some((domain, _)) = domains::by_mail_name(&mut conn, address.domain()).await? {
        let ctx = domains::context(&mut conn, domain, false).await?;
        principal.authorize_domain(&ctx.tenant_path, domain, Access::Read)?;
    }
    expand(
        &mut conn,
        &address,
        Some(principal),
        None,
        Expansion::Delivery,
    )
    .await
}

/// What an address owned by an account or group delivers to.
enum Owner {
    Account {
        id: Uuid,
        email: String,
        forward_to: Vec<String>,
        keep_copy: bool,
    },
    Group {
        members: Vec<(Uuid, String, Vec<String>, bool)>,
    },
}

/// The final expansion of `address`, as delivery sees it, for mail sent by an account of
/// tenant `origin` (`None`: mail from outside).
///
/// A name not yet proven to be its tenant's (`domain_verification`) is local only for mail
/// from outside and from its own tenant: sent by another tenant's account, alias or forward,
/// its addresses are external and the mail leaves by MX.
pub async fn resolve(
    conn: &mut PgConnection,
    address: &EmailAddress,
    origin: Option<TenantId>,
) -> CoreResult<Resolution> {
    expand(conn, address, None, origin, Expansion::Delivery).await
}

/// Whether an account may send as an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SenderPermission {
    Allowed,
    /// Not one of the account's addresses.
    NotTheirs,
    /// The account's address, in a name not yet proven to be its tenant's
    /// (`domain_verification`): a tenant that added `gmail.com` may not send as it, to the
    /// server's other tenants or to the world, until the name is verified.
    NameUnverified,
}

/// Whether `address` is one an account may send as: its own addresses, and those aliases and
/// groups give it, in a verified name. Pattern aliases, the catch-all and other accounts'
/// forwarding do not count (a catch-all to a user does not make every address of the domain
/// theirs).
pub async fn may_send_as(
    conn: &mut PgConnection,
    address: &EmailAddress,
    account: AccountId,
) -> CoreResult<SenderPermission> {
    let resolution = expand(conn, address, None, None, Expansion::Sender).await?;
    if !(resolution.local_domain && resolution.mailboxes.iter().any(|m| m.account_id == account)) {
        return Ok(SenderPermission::NotTheirs);
    }
    let verified = domains::mail_name(conn, address.domain())
        .await?
        .is_some_and(|name| name.verified);
    Ok(if verified {
        SenderPermission::Allowed
    } else {
        SenderPermission::NameUnverified
    })
}

/// What an expansion follows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expansion {
    /// Everything mail to the address reaches.
    Delivery,
    /// Only what makes an address someone's own: accounts, groups, exact aliases; no pattern
    /// aliases, no catch-all, no forwarding.
    Sender,
}

/// With a `viewer`, the expansion stops at domains the viewer cannot see: their addresses are
/// listed as if external, so a resolution never reveals another tenant's mailboxes.
async fn expand(
    conn: &mut PgConnection,
    address: &EmailAddress,
    viewer: Option<&Principal>,
    origin: Option<TenantId>,
    mode: Expansion,
) -> CoreResult<Resolution> {
    let mut out = Resolution {
        address: address.to_string(),
        local_domain: false,
        mailboxes: Vec::new(),
        external: Vec::new(),
        unknown: false,
        loop_detected: false,
        via_pattern: false,
    };
    let mut visited: HashSet<String> = HashSet::new();
    // Work list of (address, is_top_level, the tenant sending to it: the origin at the top,
    // below it the tenant whose alias, group or forward reaches the address).
    let mut pending: Vec<(EmailAddress, bool, Option<Uuid>)> =
        vec![(address.clone(), true, origin.map(|t| t.0))];
    while let Some((addr, top, sender)) = pending.pop() {
        let name = domains::mail_name(conn, addr.domain()).await?;
        let owner_tenant = name.as_ref().map(|n| n.tenant);
        let mut canonical_domain = name
            .filter(|n| domain_verification::local_for(sender, n.tenant, n.verified))
            .map(|n| (n.domain, n.is_alias));
        if let (Some(viewer), Some((domain, _))) = (viewer, canonical_domain) {
            let ctx = domains::context(conn, domain, false).await?;
            if viewer
                .authorize_domain(&ctx.tenant_path, domain, Access::Read)
                .is_err()
            {
                canonical_domain = None;
            }
        }
        let Some((domain, _)) = canonical_domain else {
            if !out.external.contains(&addr.to_string()) {
                out.external.push(addr.to_string());
            }
            continue;
        };
        if top {
            out.local_domain = true;
        }
        let domain_name: String = sqlx::query_scalar("SELECT name FROM domains WHERE id = $1")
            .bind(domain.0)
            .fetch_one(&mut *conn)
            .await?;
        let key = format!("{}@{domain_name}", addr.local());
        if !visited.insert(key.clone()) {
            out.loop_detected = true;
            continue;
        }
        if visited.len() > MAX_EXPANSION {
            out.loop_detected = true;
            break;
        }
        let mut matched = false;
        if let Some(owner) = owner_of(conn, domain, addr.local()).await? {
            matched = true;
            let accounts = match owner {
                Owner::Account {
                    id,
                    email,
                    forward_to,
                    keep_copy,
                } => vec![(id, email, forward_to, keep_copy)],
                Owner::Group { members } => members,
            };
            for (id, email, forward_to, keep_copy) in accounts {
                let forward_to = if mode == Expansion::Sender {
                    Vec::new()
                } else {
                    forward_to
                };
                if forward_to.is_empty() || keep_copy {
                    let mailbox = ResolvedMailbox {
                        account_id: AccountId(id),
                        email: email.clone(),
                    };
                    if !out.mailboxes.contains(&mailbox) {
                        out.mailboxes.push(mailbox);
                    }
                }
                // The account's own address counts as visited so a forward back to it stops.
                visited.insert(email);
                for f in forward_to {
                    if let Ok(a) = EmailAddress::parse(&f, "forwardTo") {
                        pending.push((a, false, owner_tenant));
                    }
                }
            }
        }
        let exact: Vec<String> = sqlx::query_scalar(
            "SELECT target FROM aliases WHERE domain_id = $1 AND name = $2 AND NOT is_pattern",
        )
        .bind(domain.0)
        .bind(addr.local())
        .fetch_all(&mut *conn)
        .await?;
        let mut targets = exact;
        if !matched && targets.is_empty() && mode == Expansion::Delivery {
            let patterns: Vec<(String, String)> = sqlx::query_as("SELECT name, target FROM aliases WHERE domain_id = $1 AND is_pattern ORDER BY name")
                .bind(domain.0)
                .fetch_all(&mut *conn)
                .await?;
            let (catch_all, masks): (Vec<_>, Vec<_>) =
                patterns.into_iter().partition(|(n, _)| n == "*");
            targets = masks
                .into_iter()
                .filter(|(n, _)| {
                    AliasPattern::parse(n, "name").is_ok_and(|p| p.matches(addr.local()))
                })
                .map(|(_, t)| t)
                .collect();
            if targets.is_empty() {
                targets = catch_all.into_iter().map(|(_, t)| t).collect();
            }
            if top && !targets.is_empty() {
                out.via_pattern = true;
            }
        }
        if !matched && targets.is_empty() && top {
            out.unknown = true;
        }
        for t in targets {
            if let Ok(a) = EmailAddress::parse(&t, "target") {
                pending.push((a, false, owner_tenant));
            }
        }
    }
    Ok(out)
}

async fn owner_of(
    conn: &mut PgConnection,
    domain: DomainId,
    local: &str,
) -> CoreResult<Option<Owner>> {
    if LocalPart::parse(local, "address").is_err() {
        return Ok(None);
    }
    let row: Option<(Option<Uuid>, Option<Uuid>)> = sqlx::query_as(
        "SELECT account_id, group_id FROM owned_addresses WHERE domain_id = $1 AND local_part = $2",
    )
    .bind(domain.0)
    .bind(local)
    .fetch_optional(&mut *conn)
    .await?;
    const ACCOUNT: &str = "SELECT a.id, a.login || '@' || d.name, a.forward_to, a.forward_keep_copy FROM accounts a JOIN domains d ON d.id = a.domain_id";
    Ok(match row {
        Some((Some(account), _)) => {
            let (id, email, forward_to, keep_copy): (Uuid, String, Vec<String>, bool) =
                sqlx::query_as(&format!("{ACCOUNT} WHERE a.id = $1"))
                    .bind(account)
                    .fetch_one(&mut *conn)
                    .await?;
            Some(Owner::Account {
                id,
                email,
                forward_to,
                keep_copy,
            })
        }
        Some((None, Some(group))) => {
            let members = sqlx::query_as(&format!("{ACCOUNT} JOIN group_members m ON m.account_id = a.id WHERE m.group_id = $1 ORDER BY a.login"))
                .bind(group)
                .fetch_all(&mut *conn)
                .await?;
            Some(Owner::Group { members })
        }
        _ => None,
    })
}

/// One alias to create in a bulk call.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BulkCreateAlias {
    pub domain_id: DomainId,
    pub alias: NewAlias,
}

/// One alias to change in a bulk call.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BulkUpdateAlias {
    pub id: AliasId,
    pub patch: AliasPatch,
}

/// Creates, changes and deletes many aliases; at most 1000 items in all.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BulkAliases {
    #[serde(default)]
    pub create: Vec<BulkCreateAlias>,
    #[serde(default)]
    pub update: Vec<BulkUpdateAlias>,
    #[serde(default)]
    pub delete: Vec<AliasId>,
}

/// Each item's result, in input order.
pub struct BulkAliasOutcome {
    pub create: Vec<CoreResult<AliasId>>,
    pub update: Vec<CoreResult<AliasId>>,
    pub delete: Vec<CoreResult<AliasId>>,
}

/// Runs a bulk call; each item is its own transaction, so one failure undoes nothing else.
pub async fn bulk(
    pool: &PgPool,
    principal: &Principal,
    input: BulkAliases,
) -> CoreResult<BulkAliasOutcome> {
    principal.require_writable()?;
    if input.create.len() + input.update.len() + input.delete.len() > crate::accounts::MAX_BULK {
        return Err(CoreError::invalid(
            "create",
            "too_many",
            "at most 1000 items per call",
        ));
    }
    let mut outcome = BulkAliasOutcome {
        create: Vec::new(),
        update: Vec::new(),
        delete: Vec::new(),
    };
    for item in input.create {
        outcome.create.push(
            create(pool, principal, item.domain_id, item.alias)
                .await
                .map(|a| a.id),
        );
    }
    for item in input.update {
        outcome.update.push(
            update(pool, principal, item.id, item.patch)
                .await
                .map(|a| a.id),
        );
    }
    for id in input.delete {
        outcome
            .delete
            .push(delete(pool, principal, id).await.map(|_| id));
    }
    Ok(outcome)
}
