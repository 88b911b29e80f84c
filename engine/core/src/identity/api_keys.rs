//! API keys for automation. The secret is shown once at creation; only its SHA-256 is kept
//! (a key is 256 random bits, so a fast hash is enough). A key is scoped to the server, a
//! tenant subtree or one domain, may be read-only, and may be limited to source addresses.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

use crate::access::{Access, Principal, Role};
use crate::audit::{self, Place};
use crate::domains;
use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, ApiKeyId, DomainId, TenantId};
use crate::names;

const TOKEN_PREFIX: &str = "pbk_";
const MAX_ALLOWED_IPS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum ApiKeyScope {
    Server,
    Tenant,
    Domain,
}

crate::stored_as_text!(ApiKeyScope { Server => "server", Tenant => "tenant", Domain => "domain" });

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    pub id: ApiKeyId,
    pub name: String,
    /// The public start of the key, to recognise it in logs and lists.
    pub prefix: String,
    pub scope: ApiKeyScope,
    pub tenant_id: Option<TenantId>,
    pub domain_id: Option<DomainId>,
    pub read_only: bool,
    /// Addresses or CIDR blocks the key may be used from; empty = anywhere.
    pub allowed_ips: Vec<String>,
    pub created_by: String,
    /// The account that created the key, if an account did: each use checks that account's
    /// current rights, and deleting the account deletes the key.
    pub created_by_account_id: Option<AccountId>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// A new key and its secret, shown this once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CreatedApiKey {
    #[serde(flatten)]
    pub key: ApiKey,
    /// Send as `Authorization: Bearer <secret>` or `X-Api-Key: <secret>`. Not retrievable later.
    pub secret: String,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewApiKey {
    #[schema(min_length = 1)]
    pub name: String,
    pub scope: ApiKeyScope,
    /// Required for `tenant` scope.
    pub tenant_id: Option<TenantId>,
    /// Required for `domain` scope.
    pub domain_id: Option<DomainId>,
    #[serde(default)]
    pub read_only: bool,
    #[serde(default)]
    pub allowed_ips: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    name: String,
    prefix: String,
    scope: ApiKeyScope,
    tenant_id: Option<Uuid>,
    domain_id: Option<Uuid>,
    read_only: bool,
    allowed_ips: Vec<String>,
    created_by: String,
    created_by_account: Option<Uuid>,
    created_at: DateTime<Utc>,
    last_used_at: Option<DateTime<Utc>>,
    owner_path: Vec<Uuid>,
    secret_hash: Vec<u8>,
    domain_tenant: Option<Uuid>,
}

const SELECT: &str = "SELECT k.id, k.name, k.prefix, k.scope, k.tenant_id, k.domain_id, k.read_only, k.allowed_ips, k.created_by, k.created_by_account, \
    k.created_at, k.last_used_at, t.ancestors AS owner_path, k.secret_hash, d.tenant_id AS domain_tenant \
    FROM api_keys k JOIN tenants t ON t.id = k.owner_tenant_id LEFT JOIN domains d ON d.id = k.domain_id";

impl Row {
    fn into_key(self) -> ApiKey {
        ApiKey {
            id: ApiKeyId(self.id),
            name: self.name,
            prefix: self.prefix,
            scope: self.scope,
            tenant_id: self.tenant_id.map(TenantId),
            domain_id: self.domain_id.map(DomainId),
            read_only: self.read_only,
            allowed_ips: self.allowed_ips,
            created_by: self.created_by,
            created_by_account_id: self.created_by_account.map(AccountId),
            created_at: self.created_at,
            last_used_at: self.last_used_at,
        }
    }

    /// Keys are visible to admins whose reach covers the key's whole scope.
    fn visible_to(&self, principal: &Principal) -> bool {
        match &principal.role {
            Role::ServerAdmin => true,
            Role::TenantAdmin { tenant_id } => {
                self.scope != ApiKeyScope::Server && self.owner_path.contains(&tenant_id.0)
            }
            Role::DomainAdmin { domain_id, .. } => self.domain_id == Some(domain_id.0),
            Role::Account { .. } => false,
        }
    }
}

pub async fn list(pool: &PgPool, principal: &Principal) -> CoreResult<Vec<ApiKey>> {
    principal.require_admin()?;
    let scope = principal.filter();
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE ($1::uuid IS NULL OR (t.ancestors @> ARRAY[$1]::uuid[] AND k.scope <> 'server')) AND ($2::uuid IS NULL OR k.domain_id = $2) ORDER BY k.id LIMIT 10000"
    ))
    .bind(scope.tenant)
    .bind(scope.domain)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|r| r.visible_to(principal))
        .map(Row::into_key)
        .collect())
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    input: NewApiKey,
) -> CoreResult<CreatedApiKey> {
    principal.require_admin()?;
    principal.require_writable()?;
    // A key could otherwise mint a key without its own IP restriction, or outlive it.
    if principal.account_id.is_none() {
        return Err(CoreError::forbidden(
            "API keys are created by logged-in administrators, not by other keys",
        ));
    }
    let name = names::display_name(&input.name, "name")?;
    if input.allowed_ips.len() > MAX_ALLOWED_IPS {
        return Err(CoreError::invalid(
            "allowedIps",
            "too_many",
            "at most 100 entries",
        ));
    }
    for (i, entry) in input.allowed_ips.iter().enumerate() {
        if crate::net::parse_network(entry).is_none() {
            return Err(CoreError::invalid(
                format!("allowedIps[{i}]"),
                "invalid_ip",
                "expected an IP address or CIDR block",
            ));
        }
    }
    let mut conn = pool.acquire().await?;
    let (owner, tenant_id, domain_id, path) = match (input.scope, input.tenant_id, input.domain_id)
    {
        (ApiKeyScope::Server, None, None) => {
            if !principal.is_server_admin() {
                return Err(CoreError::forbidden(
                    "only server administrators create server keys",
                ));
            }
            let root = crate::tenants::root(pool).await?;
            (root, None, None, vec![root.0])
        }
        (ApiKeyScope::Tenant, Some(t), None) => {
            let path = crate::tenants::path_of(&mut conn, t).await?;
            principal.authorize_tenant(&path, Access::Read)?;
            (t, Some(t), None, path)
        }
        (ApiKeyScope::Domain, None, Some(d)) => {
            let ctx = domains::context(&mut conn, d, false).await?;
            principal.authorize_in_domain(&ctx.tenant_path, d, None, "domain", Access::Write)?;
            let owner = TenantId(
                *ctx.tenant_path
                    .last()
                    .ok_or(CoreError::NotFound { kind: "domain" })?,
            );
            (owner, None, Some(d), ctx.tenant_path)
        }
        _ => {
            return Err(CoreError::invalid(
                "scope",
                "invalid_scope",
                "server keys take neither tenantId nor domainId; tenant keys need tenantId; domain keys need domainId",
            ));
        }
    };
    let mut prefix_bytes = [0u8; 6];
    let mut secret_bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut prefix_bytes);
    rand::thread_rng().fill_bytes(&mut secret_bytes);
    let prefix = format!("{TOKEN_PREFIX}{}", hex::encode(prefix_bytes));
    let secret = format!("{prefix}.{}", URL_SAFE_NO_PAD.encode(secret_bytes));
    let id = ApiKeyId::new();
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO api_keys (id, name, prefix, secret_hash, scope, tenant_id, domain_id, read_only, allowed_ips, owner_tenant_id, created_by, created_by_account)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)",
    )
    .bind(id.0)
    .bind(&name)
    .bind(&prefix)
    .bind(Sha256::digest(secret.as_bytes()).to_vec())
    .bind(input.scope)
    .bind(tenant_id.map(|t| t.0))
    .bind(domain_id.map(|d| d.0))
    // A read-only principal cannot get here; a key is never stronger than its creator.
    .bind(input.read_only)
    .bind(&input.allowed_ips)
    .bind(owner.0)
    .bind(&principal.actor)
    .bind(principal.account_id.map(|a| a.0))
    .execute(&mut *tx)
    .await?;
    audit::record(&mut tx, principal, "api_key.create", "api_key", Some(id.0), Place { tenant_path: &path, domain: domain_id },
        serde_json::json!({"name": name, "scope": input.scope, "tenantId": tenant_id, "domainId": domain_id, "readOnly": input.read_only, "allowedIps": input.allowed_ips, "prefix": prefix})).await?;
    let row: Row = sqlx::query_as(&format!("{SELECT} WHERE k.id = $1"))
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(CreatedApiKey {
        key: row.into_key(),
        secret,
    })
}

/// A key is never stronger than its creator now: whatever way the creator lost rights (its
/// own fields, a group's role or membership, a suspension), the key stops with them.
async fn creator_still_may(pool: &PgPool, row: &Row, creator: AccountId) -> CoreResult<()> {
    let revoked = || {
        CoreError::Unauthenticated(
            "the API key's creator no longer has the rights it was made with".into(),
        )
    };
    let rights = crate::auth::principal_for_account(pool, creator, None)
        .await
        .map_err(|_| revoked())?;
    let access = if row.read_only {
        Access::Read
    } else {
        Access::Write
    };
    if access == Access::Write && rights.read_only {
        return Err(revoked());
    }
    // The same checks `create` made (a tenant admin reads its own tenant, but makes keys for it).
    let covered = match (row.scope, row.domain_id) {
        (ApiKeyScope::Server, _) => rights.is_server_admin(),
        (ApiKeyScope::Tenant, _) => rights
            .authorize_tenant(&row.owner_path, Access::Read)
            .is_ok(),
        (ApiKeyScope::Domain, Some(d)) => rights
            .authorize_in_domain(&row.owner_path, DomainId(d), None, "domain", Access::Write)
            .is_ok(),
        (ApiKeyScope::Domain, None) => false,
    };
    if covered { Ok(()) } else { Err(revoked()) }
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: ApiKeyId) -> CoreResult<()> {
    principal
        .require_admin()
        .map_err(|_| CoreError::NotFound { kind: "api key" })?;
    let row: Row = sqlx::query_as::<_, Row>(&format!("{SELECT} WHERE k.id = $1"))
        .bind(id.0)
        .fetch_optional(pool)
        .await?
        .filter(|r| r.visible_to(principal))
        .ok_or(CoreError::NotFound { kind: "api key" })?;
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    sqlx::query("DELETE FROM api_keys WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "api_key.delete",
        "api_key",
        Some(id.0),
        Place {
            tenant_path: &row.owner_path,
            domain: row.domain_id.map(DomainId),
        },
        serde_json::json!({"name": row.name, "prefix": row.prefix}),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Whether a bearer credential looks like an API key rather than a session token.
pub fn is_api_key(token: &str) -> bool {
    token.starts_with(TOKEN_PREFIX)
}

/// The principal behind an API key used from `ip`.
pub async fn authenticate(
    pool: &PgPool,
    secret: &str,
    ip: Option<std::net::IpAddr>,
) -> CoreResult<Principal> {
    let unauthenticated = || CoreError::Unauthenticated("the API key is not valid".into());
    let prefix = secret
        .split_once('.')
        .map(|(p, _)| p)
        .ok_or_else(unauthenticated)?;
    let row: Row = sqlx::query_as(&format!("{SELECT} WHERE k.prefix = $1"))
        .bind(prefix)
        .fetch_optional(pool)
        .await?
        .ok_or_else(unauthenticated)?;
    let given = Sha256::digest(secret.as_bytes());
    // Constant-time comparison of the digests.
    let diff = given
        .iter()
        .zip(row.secret_hash.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b));
    if diff != 0 || row.secret_hash.len() != given.len() {
        return Err(unauthenticated());
    }
    if !crate::auth::ip_allowed(&row.allowed_ips, ip) {
        return Err(CoreError::forbidden(
            "the API key may not be used from this address",
        ));
    }
    // A suspended or disabled tenant (anywhere above) or domain suspends its keys too.
    let active: bool = sqlx::query_scalar(
        "SELECT NOT EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY($1) AND x.status <> 'active')
            AND NOT EXISTS (SELECT 1 FROM domains d WHERE d.id = $2 AND d.status <> 'active')",
    )
    .bind(&row.owner_path)
    .bind(row.domain_id)
    .fetch_one(pool)
    .await?;
    if !active {
        return Err(CoreError::Unauthenticated(
            "the API key's tenant or domain is suspended".into(),
        ));
    }
    if let Some(creator) = row.created_by_account {
        creator_still_may(pool, &row, AccountId(creator)).await?;
    }
    sqlx::query("UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')")
        .bind(row.id)
        .execute(pool)
        .await?;
    let role = match (row.scope, row.tenant_id, row.domain_id, row.domain_tenant) {
        (ApiKeyScope::Server, _, _, _) => Role::ServerAdmin,
        (ApiKeyScope::Tenant, Some(t), _, _) => Role::TenantAdmin {
            tenant_id: TenantId(t),
        },
        (ApiKeyScope::Domain, _, Some(d), Some(t)) => Role::DomainAdmin {
            domain_id: DomainId(d),
            tenant_id: TenantId(t),
        },
        _ => return Err(unauthenticated()),
    };
    Ok(Principal {
        role,
        read_only: row.read_only,
        actor: format!("api-key:{}", row.prefix),
        ip: ip.map(|i| i.to_string()),
        account_id: None,
    })
}
