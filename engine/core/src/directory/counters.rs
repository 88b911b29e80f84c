//! Usage counters and the limits they are held against. Counters live on the domain row and on
//! every tenant above it; they change in the transaction of the change that moves them, and a
//! change that would pass a limit anywhere up the tree is refused with `limit_exceeded`.

use sqlx::PgConnection;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult};
use crate::ids::DomainId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counter {
    Domains,
    Accounts,
    Aliases,
    Groups,
}

impl Counter {
    fn column(self) -> &'static str {
        match self {
            Self::Domains => "domain_count",
            Self::Accounts => "account_count",
            Self::Aliases => "alias_count",
            Self::Groups => "group_count",
        }
    }

    fn limit_column(self) -> &'static str {
        match self {
            Self::Domains => "max_domains",
            Self::Accounts => "max_accounts",
            Self::Aliases => "max_aliases",
            Self::Groups => "max_groups",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Self::Domains => "domains",
            Self::Accounts => "accounts",
            Self::Aliases => "aliases",
            Self::Groups => "groups",
        }
    }

    fn field(self) -> &'static str {
        match self {
            Self::Domains => "maxDomains",
            Self::Accounts => "maxAccounts",
            Self::Aliases => "maxAliases",
            Self::Groups => "maxGroups",
        }
    }
}

/// Whether a limit set below what is already used is taken: refused (`limit_below_usage`,
/// with the overage), or accepted, which only stops growth until usage is under it again
/// (a forced plan downgrade).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BelowUsage {
    Refuse,
    Accept,
}

/// Adds `delta` to `counter` on `domain` (if the counter is kept per domain) and on every
/// tenant in `tenant_path`, refusing a positive delta that passes a limit.
pub(crate) async fn bump(
    conn: &mut PgConnection,
    tenant_path: &[Uuid],
    domain: Option<DomainId>,
    counter: Counter,
    delta: i64,
) -> CoreResult<()> {
    if delta == 0 {
        return Ok(());
    }
    if let Some(domain) = domain.filter(|_| counter != Counter::Domains) {
        let sql = match counter {
            Counter::Accounts => {
                "UPDATE domains SET account_count = account_count + $2 WHERE id = $1 RETURNING name, max_accounts, account_count"
            }
            Counter::Aliases => {
                "UPDATE domains SET alias_count = alias_count + $2 WHERE id = $1 RETURNING name, max_aliases, alias_count"
            }
            Counter::Groups | Counter::Domains => {
                "UPDATE domains SET group_count = group_count + $2 WHERE id = $1 RETURNING name, NULL::bigint, group_count"
            }
        };
        let (name, max, count): (String, Option<i64>, i64) = sqlx::query_as(sql)
            .bind(domain.0)
            .bind(delta)
            .fetch_one(&mut *conn)
            .await?;
        if delta > 0 && max.is_some_and(|m| count > m) {
            return Err(limit_error(
                counter,
                "domain",
                &name,
                max.unwrap_or_default(),
            ));
        }
    }
    // Lock the tenants in id order so concurrent changes never deadlock.
    let sql = format!(
        "UPDATE tenants t SET {col} = t.{col} + $2
         FROM (SELECT id FROM tenants WHERE id = ANY($1) ORDER BY id FOR UPDATE) locked
         WHERE t.id = locked.id
         RETURNING t.name, t.{lim}, t.{col}, t.status = 'pending_deletion'",
        col = counter.column(),
        lim = counter.limit_column()
    );
    let rows: Vec<(String, Option<i64>, i64, bool)> = sqlx::query_as(&sql)
        .bind(tenant_path)
        .bind(delta)
        .fetch_all(&mut *conn)
        .await?;
    // Read under the tenants' row locks: a tenant terminated meanwhile (it took its counts
    // off the tenants above it) is seen here, so nothing inside it is counted again.
    if rows.iter().any(|r| r.3) {
        return Err(CoreError::conflict(
            "pending_deletion",
            "a tenant this belongs to is deleted and waiting for its purge; restore it first",
        ));
    }
    if delta > 0
        && let Some((name, max, _, _)) = rows
            .iter()
            .find(|(_, max, count, _)| max.is_some_and(|m| *count > m))
    {
        return Err(limit_error(
            counter,
            "tenant",
            name,
            max.unwrap_or_default(),
        ));
    }
    Ok(())
}

fn limit_error(counter: Counter, holder: &str, name: &str, max: i64) -> CoreError {
    CoreError::conflict_on(
        "limit_exceeded",
        counter.field(),
        format!("{holder} {name} allows at most {max} {}", counter.noun()),
    )
}

/// The largest limit accepted (about 1 PB for byte limits), so sums of limits never overflow.
pub(crate) const MAX_LIMIT: i64 = 1_000_000_000_000_000;

/// A size or count that is not a limit of the tree (a quota, a message size): 0 to
/// `MAX_LIMIT`, so that no sum or percentage of it overflows a bigint.
pub(crate) fn bounded(value: i64, field: &'static str) -> CoreResult<i64> {
    match value {
        v if v < 0 => Err(CoreError::invalid(
            field,
            "out_of_range",
            "may not be negative",
        )),
        v if v > MAX_LIMIT => Err(CoreError::invalid(
            field,
            "out_of_range",
            "is at most 10^15",
        )),
        v => Ok(v),
    }
}

/// "0 or null = unlimited": limits are stored as NULL when unlimited.
pub(crate) fn normalise_limit(value: Option<i64>, field: &'static str) -> CoreResult<Option<i64>> {
    match value {
        Some(v) if v < 0 => Err(CoreError::invalid(
            field,
            "out_of_range",
            "a limit may not be negative",
        )),
        Some(v) if v > MAX_LIMIT => Err(CoreError::invalid(
            field,
            "out_of_range",
            "a limit is at most 10^15",
        )),
        Some(0) | None => Ok(None),
        Some(v) => Ok(Some(v)),
    }
}

/// Gives back what the stored mail of `accounts` (about to be deleted, with their messages)
/// counts; the mail store does it (`postbay_mailbox::release_account_mail`).
pub(crate) async fn release_mail(
    conn: &mut PgConnection,
    accounts: &[Uuid],
    domain: Option<DomainId>,
    tenant_path: &[Uuid],
) -> CoreResult<()> {
    postbay_mailbox::release_account_mail(conn, accounts, domain.map(|d| d.0), tenant_path).await?;
    Ok(())
}
