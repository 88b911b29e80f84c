//! Proving that a domain is its tenant's. Any tenant may create any unclaimed name — also
//! `gmail.com` — so a name counts as the tenant's own, for mail that other tenants' users and
//! aliases send, only once a TXT record `_postbay-verify.<domain>` holds the token the server
//! issued. Until then such mail leaves by MX as for any external domain (`aliases::expand`
//! decides per hop). Mail from outside (port 25) is not affected, and domains a server
//! administrator creates are verified from the start.

use chrono::{DateTime, Utc};
use postbay_dns::Dns;
use rand::RngCore;
use serde::Serialize;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::access::{Access, Principal};
use crate::audit::{self, Place};
use crate::error::{CoreError, CoreResult};
use crate::ids::{DomainId, TenantId};
use crate::names::DomainName;

/// The label under which the proof is published.
pub const RECORD_LABEL: &str = "_postbay-verify";
/// What the TXT record's text starts with, before the token.
const VALUE_PREFIX: &str = "postbay-verify=";

/// Whether a domain's ownership is proven.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum VerificationStatus {
    /// Not yet: mail other tenants send to it leaves by MX.
    Pending,
    Verified,
}

/// A domain's verification, and the record that proves it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainVerification {
    pub status: VerificationStatus,
    /// The token the server issued for this domain.
    pub token: String,
    /// The TXT record to publish: its name (`_postbay-verify.<domain>`) ...
    pub record_name: String,
    /// ... and its text (`postbay-verify=<token>`).
    pub record_value: String,
    pub verified_at: Option<DateTime<Utc>>,
}

impl DomainVerification {
    pub(crate) fn new(domain: &str, token: String, verified_at: Option<DateTime<Utc>>) -> Self {
        Self {
            status: if verified_at.is_some() {
                VerificationStatus::Verified
            } else {
                VerificationStatus::Pending
            },
            record_name: format!("{RECORD_LABEL}.{domain}"),
            record_value: format!("{VALUE_PREFIX}{token}"),
            token,
            verified_at,
        }
    }
}

/// A fresh token: 128 random bits, hex.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Refuses a name a tenant may not take: a parent or a subdomain of a verified name (domain or
/// domain alias) of another tenant, so `sales.b.test` cannot be made beside another tenant's
/// `b.test`, nor `test` above it. Unverified names block nobody: a squatter on `co.uk` stops
/// no one, and an unverified name reaches no other tenant's mail anyway. Server administrators may. Serialised with every other such check, so
/// two tenants cannot take `b.test` and `x.b.test` at the same moment.
pub(crate) async fn check_not_nested(
    conn: &mut PgConnection,
    principal: &Principal,
    name: &DomainName,
    tenant: TenantId,
    field: &'static str,
) -> CoreResult<()> {
    if principal.is_server_admin() {
        return Ok(());
    }
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext('postbay_domain_names'))")
        .execute(&mut *conn)
        .await?;
    let clash: Option<String> = sqlx::query_scalar(
        "SELECT n.name FROM mail_domain_names n JOIN domains d ON d.id = n.domain_id
         WHERE d.tenant_id <> $2 AND n.verified_at IS NOT NULL
           AND (right(n.name, length($1) + 1) = '.' || $1 OR right($1, length(n.name) + 1) = '.' || n.name)
         LIMIT 1",
    )
    .bind(name.as_str())
    .bind(tenant.0)
    .fetch_optional(&mut *conn)
    .await?;
    match clash {
        Some(_) => Err(CoreError::conflict_on(
            "domain_conflict",
            field,
            "this name is a parent or a subdomain of another tenant's domain",
        )),
        None => Ok(()),
    }
}

/// Looks for the TXT record of each of the domain's names (its own and its aliases') not yet
/// verified, and marks those whose record holds the token. Fails when the domain's own name
/// stays unproven; a verified name stays verified. DNS is asked outside any transaction.
pub async fn verify(
    pool: &PgPool,
    dns: &Dns,
    principal: &Principal,
    id: DomainId,
) -> CoreResult<DomainVerification> {
    principal.require_writable()?;
    let mut conn = pool.acquire().await?;
    let ctx = crate::domains::context(&mut conn, id, false).await?;
    principal.authorize_domain(&ctx.tenant_path, id, Access::Write)?;
    let token: String = sqlx::query_scalar("SELECT verification_token FROM domains WHERE id = $1")
        .bind(id.0)
        .fetch_one(&mut *conn)
        .await?;
    let pending: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM mail_domain_names WHERE domain_id = $1 AND verified_at IS NULL ORDER BY name",
    )
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    drop(conn);
    let expected = format!("{VALUE_PREFIX}{token}");
    let mut proven = Vec::new();
    let mut lookup_error = None;
    for name in &pending {
        match dns.txt(&format!("{RECORD_LABEL}.{name}")).await {
            Ok(records) if records.iter().any(|r| r.trim() == expected) => {
                proven.push(name.clone())
            }
            Ok(_) => {}
            Err(e) => lookup_error = Some(e.to_string()),
        }
    }
    if !proven.is_empty() {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "UPDATE mail_domain_names SET verified_at = now()
             WHERE domain_id = $1 AND name = ANY($2) AND verified_at IS NULL",
        )
        .bind(id.0)
        .bind(&proven)
        .execute(&mut *tx)
        .await?;
        audit::record(
            &mut tx,
            principal,
            "domain.verify",
            "domain",
            Some(id.0),
            Place {
                tenant_path: &ctx.tenant_path,
                domain: Some(id),
            },
            serde_json::json!({"name": ctx.name, "verifiedNames": proven}),
        )
        .await?;
        tx.commit().await?;
    }
    let mut conn = pool.acquire().await?;
    let verification = of_domain(&mut conn, id, &ctx.name).await?;
    if verification.status == VerificationStatus::Pending {
        let why = match lookup_error {
            Some(e) => format!(
                "the TXT record {} could not be looked up: {e}",
                verification.record_name
            ),
            None => format!(
                "no TXT record {} with the text {} was found",
                verification.record_name, verification.record_value
            ),
        };
        return Err(CoreError::conflict_on(
            "verification_failed",
            "verification",
            why,
        ));
    }
    Ok(verification)
}

/// The verification of the domain's own name.
async fn of_domain(
    conn: &mut PgConnection,
    id: DomainId,
    name: &str,
) -> CoreResult<DomainVerification> {
    let (token, verified_at): (String, Option<DateTime<Utc>>) = sqlx::query_as(
        "SELECT d.verification_token, n.verified_at FROM domains d
         JOIN mail_domain_names n ON n.domain_id = d.id AND NOT n.is_alias WHERE d.id = $1",
    )
    .bind(id.0)
    .fetch_one(&mut *conn)
    .await?;
    Ok(DomainVerification::new(name, token, verified_at))
}

/// How a name counts for mail sent to it by an account or alias of tenant `origin` (`None`:
/// from outside): as one of the server's, or — unproven and another tenant's — as external.
pub(crate) fn local_for(origin: Option<Uuid>, owner: Uuid, verified: bool) -> bool {
    verified || origin.is_none_or(|o| o == owner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_domains_are_local_to_their_own_tenant_and_to_the_outside_only() {
        let (mine, theirs) = (Uuid::now_v7(), Uuid::now_v7());
        assert!(
            local_for(None, mine, false),
            "mail from outside is unaffected"
        );
        assert!(local_for(Some(mine), mine, false));
        assert!(!local_for(Some(theirs), mine, false));
        assert!(local_for(Some(theirs), mine, true));
        let v = DomainVerification::new("a.test", "abc".into(), None);
        assert_eq!(v.status, VerificationStatus::Pending);
        assert_eq!(v.record_name, "_postbay-verify.a.test");
        assert_eq!(v.record_value, "postbay-verify=abc");
    }
}
