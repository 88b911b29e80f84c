//! Who reaches an account, for core's own account functions and for the crates that keep
//! things of an account (its rules, credentials, mail search): the reach checks, and where the
//! account sits for the audit trail.

use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::accounts::{AccountRow, fetch_row};
use crate::access::{Access, Principal, Role};
use crate::audit::Place;
use crate::domains::{self, DomainContext};
use crate::error::{CoreError, CoreResult};
use crate::ids::{AccountId, DomainId};

/// Whether `principal` may read or change what belongs to account `id` (its own settings
/// kept by other crates): not found when it is out of reach. Says where the account sits,
/// for the audit trail.
pub async fn authorize(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
    access: Access,
) -> CoreResult<AccountPlace> {
    let row = authorized_row(pool, principal, id, access).await?;
    Ok(AccountPlace {
        tenant_path: row.tenant_path,
        domain: DomainId(row.domain_id),
    })
}

/// Whether `principal` may change what another crate keeps for account `id` and acts as it
/// (its app passwords, tokens, login links, second factor): the account itself, or an
/// administrator reaching it whose rights are not below the account's, so that nobody gets a
/// credential stronger than their own. Not found when out of reach; refused while the account
/// is pending deletion.
pub async fn authorize_on_behalf(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
) -> CoreResult<AccountPlace> {
    let mut conn = pool.acquire().await?;
    let row = fetch_row(&mut conn, id).await?;
    let domain = DomainId(row.domain_id);
    principal.authorize_in_domain(&row.tenant_path, domain, Some(id), "account", Access::Write)?;
    let ctx = domains::context(&mut conn, domain, false).await?;
    if principal.account_id != Some(id) {
        guard_target(&mut conn, principal, &ctx, id).await?;
    }
    crate::status::refuse_pending(row.status)?;
    ctx.refuse_pending()?;
    Ok(AccountPlace {
        tenant_path: row.tenant_path,
        domain,
    })
}

/// Where an account sits, for the audit trail of what is done with its mail.
#[derive(Debug, Clone)]
pub struct AccountPlace {
    pub tenant_path: Vec<Uuid>,
    pub domain: DomainId,
}

impl AccountPlace {
    /// Where the audit trail files what is done to the account.
    pub fn audit_place(&self) -> Place<'_> {
        Place {
            tenant_path: &self.tenant_path,
            domain: Some(self.domain),
        }
    }
}

/// Whether `principal` may search account `id`'s mail through the API: the account itself,
/// the server and tenant administrators above it, and its domain's administrators only where
/// the domain allows it (`mail.adminsMaySearchMail`). Not found when out of reach.
pub async fn authorize_mail_search(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
) -> CoreResult<AccountPlace> {
    let place = authorize(pool, principal, id, Access::Read).await?;
    if matches!(principal.role, Role::DomainAdmin { .. }) {
        let allowed: Option<bool> = sqlx::query_scalar(
            "SELECT (mail_settings->>'adminsMaySearchMail')::boolean FROM domains WHERE id = $1",
        )
        .bind(place.domain.0)
        .fetch_one(pool)
        .await?;
        if allowed != Some(true) {
            return Err(CoreError::forbidden(
                "the domain does not let its administrators search its accounts' mail (mail.adminsMaySearchMail)",
            ));
        }
    }
    Ok(place)
}

pub(super) async fn authorized_row(
    pool: &PgPool,
    principal: &Principal,
    id: AccountId,
    access: Access,
) -> CoreResult<AccountRow> {
    let mut conn = pool.acquire().await?;
    let row = fetch_row(&mut conn, id).await?;
    principal.authorize_in_domain(
        &row.tenant_path,
        DomainId(row.domain_id),
        Some(id),
        "account",
        access,
    )?;
    Ok(row)
}

/// Refuses a change to an account whose rights reach beyond the caller's: only server
/// administrators touch server administrators, and a tenant administrator of a tenant above the
/// caller's is out of reach of tenant and domain administrators alike.
pub(super) async fn guard_target(
    conn: &mut PgConnection,
    principal: &Principal,
    ctx: &DomainContext,
    id: AccountId,
) -> CoreResult<()> {
    if principal.is_server_admin() {
        return Ok(());
    }
    let (server_rights, tenant_admin_of): (bool, Option<Uuid>) = sqlx::query_as(
        "SELECT a.admin_role <> 'none' OR EXISTS (SELECT 1 FROM group_members m JOIN groups g ON g.id = m.group_id
                WHERE m.account_id = a.id AND g.admin_role <> 'none'), a.tenant_admin_of
         FROM accounts a WHERE a.id = $1",
    )
    .bind(id.0)
    .fetch_one(&mut *conn)
    .await?;
    let position = |t: Uuid| ctx.tenant_path.iter().position(|x| *x == t);
    let out_of_reach = server_rights
        || match (&principal.role, tenant_admin_of) {
            (_, None) => false,
            (Role::TenantAdmin { tenant_id }, Some(t)) => position(t) < position(tenant_id.0),
            (_, Some(_)) => true,
        };
    if out_of_reach {
        return Err(CoreError::forbidden(
            "this account has administration rights beyond yours",
        ));
    }
    Ok(())
}
