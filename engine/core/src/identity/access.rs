//! Who is calling and what they may touch. Every service function takes a [`Principal`] and
//! asks it before reading or changing anything; list queries filter by [`ScopeFilter`].
//!
//! Objects outside a caller's reach are reported as not found, never as forbidden, so that a
//! caller learns nothing of other tenants. Forbidden means "you can see it, but not change it".

use serde::Serialize;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, DomainId, TenantId};

/// The reach of a principal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Role {
    /// The whole server.
    ServerAdmin,
    /// A tenant and everything below it.
    #[serde(rename_all = "camelCase")]
    TenantAdmin { tenant_id: TenantId },
    /// The accounts, groups and aliases of one domain.
    #[serde(rename_all = "camelCase")]
    DomainAdmin {
        domain_id: DomainId,
        tenant_id: TenantId,
    },
    /// One account, managing itself.
    #[serde(rename_all = "camelCase")]
    Account {
        account_id: AccountId,
        domain_id: DomainId,
        tenant_id: TenantId,
    },
}

/// An authenticated caller.
#[derive(Debug, Clone)]
pub struct Principal {
    pub role: Role,
    /// Read-only principals can change nothing (server read-only admins, read-only keys).
    pub read_only: bool,
    /// How the caller appears in the audit log: `account:<address>` or `api-key:<prefix>`.
    pub actor: String,
    /// The caller's network address, for the audit log.
    pub ip: Option<String>,
    /// The account behind a session, if any (API keys have none).
    pub account_id: Option<AccountId>,
}

/// Whether an operation reads or changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// SQL filter for list queries: each `Some` narrows the rows to one subtree, domain or account.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScopeFilter {
    pub tenant: Option<Uuid>,
    pub domain: Option<Uuid>,
    pub account: Option<Uuid>,
}

impl ScopeFilter {
    /// Narrows a query whose WHERE clause is open to this reach: `ancestors` names the column
    /// of the row's tenant path (`t.ancestors`), `domain` the row's domain id column. (An
    /// account's own reach, `account`, is the caller's to add where rows belong to accounts.)
    pub fn push_reach(
        &self,
        qb: &mut sqlx::QueryBuilder<'_, sqlx::Postgres>,
        ancestors: &str,
        domain: &str,
    ) {
        if let Some(t) = self.tenant {
            qb.push(format!(" AND {ancestors} @> ARRAY["))
                .push_bind(t)
                .push("]::uuid[]");
        }
        if let Some(d) = self.domain {
            qb.push(format!(" AND {domain} = ")).push_bind(d);
        }
    }
}

impl Principal {
    /// A principal for work the server does itself (bootstrap, jobs).
    pub fn system() -> Self {
        Self {
            role: Role::ServerAdmin,
            read_only: false,
            actor: "system".into(),
            ip: None,
            account_id: None,
        }
    }

    pub fn filter(&self) -> ScopeFilter {
        match &self.role {
            Role::ServerAdmin => ScopeFilter::default(),
            Role::TenantAdmin { tenant_id } => ScopeFilter {
                tenant: Some(tenant_id.0),
                ..Default::default()
            },
            Role::DomainAdmin { domain_id, .. } => ScopeFilter {
                domain: Some(domain_id.0),
                ..Default::default()
            },
            Role::Account {
                account_id,
                domain_id,
                ..
            } => ScopeFilter {
                domain: Some(domain_id.0),
                account: Some(account_id.0),
                ..Default::default()
            },
        }
    }

    pub fn is_server_admin(&self) -> bool {
        self.role == Role::ServerAdmin
    }

    fn check_write(&self, access: Access) -> CoreResult<()> {
        if access == Access::Write && self.read_only {
            return Err(CoreError::forbidden("this principal is read-only"));
        }
        Ok(())
    }

    /// Access to a tenant object itself. Tenant admins read their own tenant but change only
    /// tenants below it: a tenant's limits are set by its parent.
    pub fn authorize_tenant(&self, ancestors: &[Uuid], access: Access) -> CoreResult<()> {
        let Some(&own) = ancestors.last() else {
            return Err(CoreError::NotFound { kind: "tenant" });
        };
        match &self.role {
            Role::ServerAdmin => self.check_write(access),
            Role::TenantAdmin { tenant_id } if ancestors.contains(&tenant_id.0) => {
                self.check_write(access)?;
                if access == Access::Write && own == tenant_id.0 {
                    return Err(CoreError::forbidden(
                        "a tenant administrator cannot change its own tenant",
                    ));
                }
                Ok(())
            }
            _ => Err(CoreError::NotFound { kind: "tenant" }),
        }
    }

    /// Access to a domain object itself. Domain admins and accounts may read their domain.
    pub fn authorize_domain(
        &self,
        ancestors: &[Uuid],
        domain: DomainId,
        access: Access,
    ) -> CoreResult<()> {
        match &self.role {
            Role::ServerAdmin => self.check_write(access),
            Role::TenantAdmin { tenant_id } if ancestors.contains(&tenant_id.0) => {
                self.check_write(access)
            }
            Role::DomainAdmin { domain_id, .. } | Role::Account { domain_id, .. }
                if *domain_id == domain =>
            {
                self.check_write(access)?;
                if access == Access::Write {
                    return Err(CoreError::forbidden(
                        "only tenant and server administrators change domains",
                    ));
                }
                Ok(())
            }
            _ => Err(CoreError::NotFound { kind: "domain" }),
        }
    }

    /// Access to something a domain owns (account, group, alias, template of a domain).
    /// Accounts reach only themselves, and only where `account` names them.
    pub fn authorize_in_domain(
        &self,
        ancestors: &[Uuid],
        domain: DomainId,
        account: Option<AccountId>,
        kind: &'static str,
        access: Access,
    ) -> CoreResult<()> {
        match &self.role {
            Role::ServerAdmin => self.check_write(access),
            Role::TenantAdmin { tenant_id } if ancestors.contains(&tenant_id.0) => {
                self.check_write(access)
            }
            Role::DomainAdmin { domain_id, .. } if *domain_id == domain => self.check_write(access),
            Role::Account { account_id, .. } if Some(*account_id) == account => {
                self.check_write(access)
            }
            _ => Err(CoreError::NotFound { kind }),
        }
    }

    /// Only administrators (not plain accounts) may list or manage this kind of object.
    pub fn require_admin(&self) -> CoreResult<()> {
        if matches!(self.role, Role::Account { .. }) {
            return Err(CoreError::forbidden("administrator rights are required"));
        }
        Ok(())
    }

    /// Only tenant and server administrators.
    pub fn require_tenant_admin(&self) -> CoreResult<()> {
        if matches!(self.role, Role::Account { .. } | Role::DomainAdmin { .. }) {
            return Err(CoreError::forbidden(
                "tenant or server administrator rights are required",
            ));
        }
        Ok(())
    }

    pub fn require_writable(&self) -> CoreResult<()> {
        self.check_write(Access::Write)
    }

    /// Server-wide objects (settings, services, IP groups, the queue) are server
    /// administrators' only.
    pub fn require_server_admin(&self) -> CoreResult<()> {
        if !self.is_server_admin() {
            return Err(CoreError::forbidden(
                "server administrator rights are required",
            ));
        }
        Ok(())
    }

    /// Server-wide settings are changed by read-write server administrators only; asked before
    /// the value is looked at, so others learn nothing from validation errors.
    pub fn may_change_server_settings(&self) -> CoreResult<()> {
        self.require_server_admin()?;
        self.require_writable()
    }
}
