//! The lifecycle state every tenant, domain and account has, and why a suspended one is
//! suspended. The state of a node holds for everything below it: an account is only as
//! reachable as its domain and every tenant above.
//!
//! - `active`: logs in, sends and receives.
//! - `suspended` for `billing` or `admin`: no login on any protocol; mail is still received.
//! - `suspended` for `abuse`: logs in and reads, receives, but may not send.
//! - `disabled`: no login; mail is refused.
//! - `pendingDeletion`: terminated, within its grace period. Nothing is reachable and mail is
//!   refused, but the data and the name are kept until it is restored or purged
//!   (`postbay-lifecycle` owns those transitions; no patch reaches or leaves this state).

use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::counters::{Counter, bump};

use crate::ids::DomainId;

use crate::error::{CoreError, CoreResult};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    #[default]
    Active,
    Suspended,
    Disabled,
    /// Terminated and waiting for its purge; set by a delete, left by a restore.
    PendingDeletion,
}

crate::stored_as_text!(Status {
    Active => "active",
    Suspended => "suspended",
    Disabled => "disabled",
    PendingDeletion => "pending_deletion",
});

/// Why a node is suspended; it decides what still works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum StatusReason {
    /// Unpaid: no login, mail still received.
    Billing,
    /// Sent spam or was compromised: login and reading allowed, sending refused.
    Abuse,
    /// Any other administrative hold: no login, mail still received.
    Admin,
}

crate::stored_as_text!(StatusReason {
    Billing => "billing",
    Abuse => "abuse",
    Admin => "admin",
});

/// The state and reason a created node starts in.
pub(crate) fn initial(
    status: Status,
    reason: Option<StatusReason>,
) -> CoreResult<(Status, Option<StatusReason>)> {
    resolve(Status::Active, None, Some(status), reason)
}

/// The state and reason after a patch of `status` and `statusReason`: a suspension without a
/// reason is `admin`'s, a reason only goes with a suspension, and neither enters nor leaves
/// `pendingDeletion` (delete and restore do).
pub(crate) fn resolve(
    current: Status,
    current_reason: Option<StatusReason>,
    status: Option<Status>,
    reason: Option<StatusReason>,
) -> CoreResult<(Status, Option<StatusReason>)> {
    refuse_pending(current)?;
    let next = status.unwrap_or(current);
    if next == Status::PendingDeletion {
        return Err(CoreError::invalid(
            "status",
            "invalid_status",
            "pendingDeletion is entered by deleting, not by setting the status",
        ));
    }
    match (next, reason) {
        (Status::Suspended, Some(r)) => Ok((next, Some(r))),
        (Status::Suspended, None) if status.is_none() || current == Status::Suspended => {
            Ok((next, current_reason.or(Some(StatusReason::Admin))))
        }
        (Status::Suspended, None) => Ok((next, Some(StatusReason::Admin))),
        (_, Some(_)) => Err(CoreError::invalid(
            "statusReason",
            "reason_without_suspension",
            "a status reason is only given with status suspended",
        )),
        (_, None) => Ok((next, None)),
    }
}

/// Refuses a change to a node waiting for its purge: it must be restored first.
pub fn refuse_pending(status: Status) -> CoreResult<()> {
    if status == Status::PendingDeletion {
        return Err(CoreError::conflict_on(
            "pending_deletion",
            "status",
            "this is deleted and waiting for its purge; restore it first",
        ));
    }
    Ok(())
}

/// SQL for what account `a` of domain `d` under tenant `t` may do over the mail protocols,
/// the worst state on its path deciding: `disabled` (it or anything above is disabled or
/// pending deletion: no login, mail refused), `suspended` (suspended for billing or admin: no
/// login, mail received), `abuse` (suspended for abuse: login and reading, no sending), or
/// `active`.
pub const MAIL_ACCESS: &str = "(SELECT CASE
       WHEN bool_or(s.status IN ('disabled', 'pending_deletion')) THEN 'disabled'
       WHEN bool_or(s.status = 'suspended' AND s.status_reason <> 'abuse') THEN 'suspended'
       WHEN bool_or(s.status = 'suspended') THEN 'abuse'
       ELSE 'active' END
     FROM (SELECT a.status, a.status_reason UNION ALL SELECT d.status, d.status_reason
           UNION ALL SELECT x.status, x.status_reason FROM tenants x WHERE x.id = ANY(t.ancestors))
          AS s(status, status_reason))";

/// Which kind of node a lifecycle change concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Tenant,
    Domain,
    Account,
}

/// A tenant, domain or account about to be terminated, restored or purged: where it sits (for
/// the audit trail and the webhooks) and the state it is in. Its row is locked.
#[derive(Debug, Clone)]
pub struct Removal {
    pub kind: NodeKind,
    pub id: Uuid,
    pub name: String,
    pub tenant_path: Vec<Uuid>,
    /// The domain of an account, and a domain's own id.
    pub domain: Option<DomainId>,
    pub status: Status,
    pub status_reason: Option<StatusReason>,
}

/// Takes what a node counts (itself and, for a domain or tenant, what is in it) off the
/// counters above it, as it enters pending deletion: a terminated account no longer holds a
/// place under its domain's `maxAccounts`. Its stored mail still counts as storage until the
/// purge releases it. A purge changes no count again.
pub async fn uncount(conn: &mut PgConnection, removal: &Removal) -> CoreResult<()> {
    shift(conn, removal, -1).await
}

/// Puts back what [`uncount`] took, as a node is restored; refused with `limit_exceeded` when
/// the places were taken meanwhile.
pub async fn recount(conn: &mut PgConnection, removal: &Removal) -> CoreResult<()> {
    shift(conn, removal, 1).await
}

async fn shift(conn: &mut PgConnection, removal: &Removal, sign: i64) -> CoreResult<()> {
    let path = &removal.tenant_path;
    match removal.kind {
        NodeKind::Account => bump(conn, path, removal.domain, Counter::Accounts, sign).await,
        NodeKind::Domain => {
            let (accounts, aliases, groups): (i64, i64, i64) = sqlx::query_as(
                "SELECT account_count, alias_count, group_count FROM domains WHERE id = $1",
            )
            .bind(removal.id)
            .fetch_one(&mut *conn)
            .await?;
            for (counter, n) in [
                (Counter::Domains, 1),
                (Counter::Accounts, accounts),
                (Counter::Aliases, aliases),
                (Counter::Groups, groups),
            ] {
                bump(conn, path, None, counter, sign * n).await?;
            }
            Ok(())
        }
        NodeKind::Tenant => {
            // The tenant's own counters describe its subtree; the tenants above stop counting it.
            let (domains, accounts, aliases, groups): (i64, i64, i64, i64) = sqlx::query_as(
                "SELECT domain_count, account_count, alias_count, group_count FROM tenants WHERE id = $1",
            )
            .bind(removal.id)
            .fetch_one(&mut *conn)
            .await?;
            let above = &path[..path.len().saturating_sub(1)];
            for (counter, n) in [
                (Counter::Domains, domains),
                (Counter::Accounts, accounts),
                (Counter::Aliases, aliases),
                (Counter::Groups, groups),
            ] {
                bump(conn, above, None, counter, sign * n).await?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_suspension_carries_a_reason_and_nothing_else_does() {
        assert_eq!(
            resolve(Status::Active, None, Some(Status::Suspended), None).ok(),
            Some((Status::Suspended, Some(StatusReason::Admin)))
        );
        assert_eq!(
            resolve(
                Status::Suspended,
                Some(StatusReason::Billing),
                None,
                Some(StatusReason::Abuse)
            )
            .ok(),
            Some((Status::Suspended, Some(StatusReason::Abuse)))
        );
        assert_eq!(
            resolve(
                Status::Suspended,
                Some(StatusReason::Billing),
                Some(Status::Suspended),
                None
            )
            .ok(),
            Some((Status::Suspended, Some(StatusReason::Billing)))
        );
        assert_eq!(
            resolve(
                Status::Suspended,
                Some(StatusReason::Billing),
                Some(Status::Active),
                None
            )
            .ok(),
            Some((Status::Active, None))
        );
        assert!(resolve(Status::Active, None, None, Some(StatusReason::Billing)).is_err());
        assert!(resolve(Status::Active, None, Some(Status::PendingDeletion), None).is_err());
        assert!(resolve(Status::PendingDeletion, None, Some(Status::Active), None).is_err());
    }
}
