//! Collecting mail from remote POP3 mailboxes (Kerio's "POP3 Download"): the accounts with
//! their sorting rules, the runs ("jobs") asked for through the API or by the scheduler, and
//! the bookkeeping the collector (`postbay-collector`) does through them.
//!
//! An account belongs to a tenant (the server tenant for a server-wide one) or to one domain;
//! the administrators of its owner manage it. What it delivers to must be outside the server
//! or inside its owner's reach, so no administrator can drop mail into another tenant's
//! mailboxes. Kerio shares one set of sorting rules among all accounts; here each account has
//! its own, since accounts of different tenants cannot share them.

//!
//! `accounts` holds the accounts and their checks, `rules` the sorting rules, `runs` what the
//! collector reads and records while it downloads, `jobs` the runs asked for.

mod accounts;
mod jobs;
mod rules;
mod runs;

pub use accounts::*;
pub use jobs::*;
pub use rules::*;
pub use runs::*;

use std::collections::HashMap;

use sqlx::PgConnection;
use uuid::Uuid;

use crate::access::{Access, Principal, Role};
use crate::audit::Place;
use crate::domains;
use crate::error::{CoreError, CoreResult};
use crate::ids::{DomainId, TenantId};

/// Kerio stores POP3 passwords of at most 119 characters; we keep its limit.
pub const MAX_PASSWORD: usize = 119;
/// Most sorting rules one account has.
pub const MAX_RULES: i64 = 1000;
/// How long a collected message's digest is remembered after it left the remote server (for
/// dropping duplicates that arrive later).
pub const DIGEST_MEMORY_DAYS: i32 = 30;
/// Marks a download as no longer on the server: a space cannot be in a UIDL (RFC 1939: 0x21 to
/// 0x7E), so the row matches no UIDL again; its digest counts for duplicates for another 30
/// days from now.
pub(super) const GONE: &str =
    "uidl = 'gone ' || gen_random_uuid() || ' ' || uidl, downloaded_at = now()";
/// Finished jobs are kept this long.
const JOB_DAYS: i32 = 7;

/// Who owns an account (or asked for a job), with the tenant path its authorization needs.
#[derive(Debug, Clone)]
pub(super) struct Owner {
    tenant: Uuid,
    tenant_path: Vec<Uuid>,
    domain: Option<DomainId>,
}

impl Owner {
    /// Access to an object this owner holds: its domain's administrators for a domain-owned
    /// one, the administrators of the tenant or above it for a tenant-owned one.
    fn authorize(
        &self,
        principal: &Principal,
        access: Access,
        kind: &'static str,
    ) -> CoreResult<()> {
        principal
            .require_admin()
            .map_err(|_| CoreError::NotFound { kind })?;
        if let Some(domain) = self.domain {
            return principal.authorize_in_domain(&self.tenant_path, domain, None, kind, access);
        }
        let reached = match &principal.role {
            Role::ServerAdmin => true,
            Role::TenantAdmin { tenant_id } => self.tenant_path.contains(&tenant_id.0),
            _ => false,
        };
        if !reached {
            return Err(CoreError::NotFound { kind });
        }
        if access == Access::Write {
            principal.require_writable()?;
        }
        Ok(())
    }

    fn place(&self) -> Place<'_> {
        Place {
            tenant_path: &self.tenant_path,
            domain: self.domain,
        }
    }

    /// Which of `names` are domains of this server (or their aliases), each with whether the
    /// owner's accounts may deliver there; one query however many.
    async fn local_reach(
        &self,
        conn: &mut PgConnection,
        names: &[&str],
    ) -> CoreResult<HashMap<String, bool>> {
        let rows: Vec<(String, Uuid, Vec<Uuid>)> = sqlx::query_as(
            "SELECT n.name, n.domain_id, t.ancestors FROM mail_domain_names n
             JOIN domains d ON d.id = n.domain_id JOIN tenants t ON t.id = d.tenant_id
             WHERE n.name = ANY($1)",
        )
        .bind(names)
        .fetch_all(conn)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(name, domain, path)| {
                let reached = match self.domain {
                    Some(own) => own.0 == domain,
                    None => path.contains(&self.tenant),
                };
                (name, reached)
            })
            .collect())
    }

    /// The owner a new account or job of `principal` gets from what it asked for.
    async fn for_new(
        conn: &mut PgConnection,
        principal: &Principal,
        tenant: Option<TenantId>,
        domain: Option<DomainId>,
    ) -> CoreResult<Self> {
        let domain = domain.or(match (&principal.role, tenant) {
            (Role::DomainAdmin { domain_id, .. }, None) => Some(*domain_id),
            _ => None,
        });
        let owner = if let Some(domain) = domain {
            let ctx = domains::context(conn, domain, false).await?;
            let tenant = *ctx
                .tenant_path
                .last()
                .ok_or(CoreError::NotFound { kind: "domain" })?;
            Self {
                tenant,
                tenant_path: ctx.tenant_path,
                domain: Some(domain),
            }
        } else {
            let tenant = match (tenant, &principal.role) {
                (Some(t), _) => t.0,
                (None, Role::TenantAdmin { tenant_id }) => tenant_id.0,
                (None, _) => crate::tenants::root_in(conn).await?.0,
            };
            let path: Vec<Uuid> = sqlx::query_scalar("SELECT ancestors FROM tenants WHERE id = $1")
                .bind(tenant)
                .fetch_optional(&mut *conn)
                .await?
                .ok_or(CoreError::NotFound { kind: "tenant" })?;
            Self {
                tenant,
                tenant_path: path,
                domain: None,
            }
        };
        owner.authorize(principal, Access::Write, "tenant")?;
        Ok(owner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::EmailAddress;

    #[test]
    fn sort_addresses_parse_into_their_forms() {
        assert_eq!(SortAddress::parse("*", "f").ok(), Some(SortAddress::Any));
        assert!(matches!(
            SortAddress::parse("*@Company.com", "f"),
            Ok(SortAddress::Domain(d)) if d.as_str() == "company.com"
        ));
        assert!(matches!(
            SortAddress::parse("Bob@Company.com", "f"),
            Ok(SortAddress::Exact(a)) if a.to_string() == "bob@company.com"
        ));
        assert!(SortAddress::parse("bob*@company.com", "f").is_err());
        assert!(SortAddress::parse("company.com", "f").is_err());
        assert!(matches!(
            RuleTarget::parse("*@other.org", "f"),
            Ok(RuleTarget::SameLocalPart(d)) if d.as_str() == "other.org"
        ));
    }

    #[test]
    fn a_complete_address_wins_over_its_domain() {
        let rules = vec![
            rule("*", "admin@company.com"),
            rule("*@company.com", "*@company.com"),
            rule("alice@company.com", "carol@company.com"),
        ];
        assert_eq!(
            rule_for(&rules, &address("Alice@company.com")),
            Some(Matched::Target(address("carol@company.com")))
        );
        assert_eq!(
            rule_for(&rules, &address("bob@company.com")),
            Some(Matched::SameLocalPart(address("bob@company.com")))
        );
        assert_eq!(rule_for(&rules, &address("bob@else.org")), None);
        assert_eq!(catch_all(&rules), Some(address("admin@company.com")));
        assert_eq!(catch_all(&rules[1..]), None);
    }

    fn rule(sort: &str, target: &str) -> (SortAddress, RuleTarget) {
        (
            SortAddress::parse(sort, "s").expect("sort"),
            RuleTarget::parse(target, "t").expect("target"),
        )
    }

    fn address(text: &str) -> EmailAddress {
        EmailAddress::parse(text, "a").expect("address")
    }

    #[test]
    fn back_off_doubles_to_an_hour() {
        assert_eq!(back_off(1), 60);
        assert_eq!(back_off(2), 120);
        assert_eq!(back_off(6), 32 * 60);
        assert_eq!(back_off(7), 60 * 60);
        assert_eq!(back_off(50), 60 * 60);
    }

    #[test]
    fn retention_round_trips_through_keep_days() {
        for r in [
            Pop3Retention::Delete,
            Pop3Retention::Keep,
            Pop3Retention::KeepDays { days: 14 },
        ] {
            assert_eq!(Pop3Retention::from_keep_days(r.keep_days()), r);
        }
        assert!(check_retention(Pop3Retention::KeepDays { days: 0 }).is_err());
    }

    #[test]
    fn credentials_refuse_line_breaks_and_long_passwords() {
        assert!(check_password(&"x".repeat(119)).is_ok());
        assert!(check_password(&"x".repeat(120)).is_err());
        assert!(check_password("a\r\nDELE 1").is_err());
        assert!(check_header_name("X-Envelope-To:").is_ok());
        assert!(check_header_name("Bad Header").is_err());
    }
}
