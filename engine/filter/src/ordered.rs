//! Ordered lists owned by the server or by one domain (custom rules, attachment rules): who
//! may read and change one, and keeping the positions a sequence 0..n while rules are added,
//! moved and removed. One writer per list at a time (an advisory lock for the transaction).

use postbay_core::access::{Access, Principal};
use postbay_core::ids::DomainId;
use postbay_core::{CoreError, CoreResult};
use sqlx::PgConnection;
use uuid::Uuid;

/// A table of ordered lists: its rows have `domain_id` (NULL: the server's list) and
/// `position`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OrderedTable(pub &'static str);

/// The tenant path of the list's owner, if the caller may `access` it: the server's list is
/// the server administrators', a domain's its administrators' (a domain out of reach is not
/// found).
pub(crate) async fn authorize(
    conn: &mut PgConnection,
    principal: &Principal,
    domain: Option<DomainId>,
    access: Access,
) -> CoreResult<Vec<Uuid>> {
    match domain {
        None => {
            match access {
                Access::Read => principal.require_server_admin()?,
                Access::Write => principal.may_change_server_settings()?,
            }
            Ok(vec![postbay_core::tenants::root_in(&mut *conn).await?.0])
        }
        Some(domain) => {
            principal.require_admin()?;
            let path: Option<Vec<Uuid>> = sqlx::query_scalar(
                "SELECT t.ancestors FROM domains d JOIN tenants t ON t.id = d.tenant_id WHERE d.id = $1",
            )
            .bind(domain)
            .fetch_optional(&mut *conn)
            .await?;
            let path = path.ok_or(CoreError::NotFound { kind: "domain" })?;
            principal.authorize_in_domain(&path, domain, None, "domain", access)?;
            Ok(path)
        }
    }
}

impl OrderedTable {
    /// Locks `domain`'s list for the rest of the transaction; how many rows it has.
    pub(crate) async fn lock(
        self,
        conn: &mut PgConnection,
        domain: Option<DomainId>,
    ) -> CoreResult<i64> {
        let owner = domain.map_or_else(|| "server".to_string(), |d| d.to_string());
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind(format!("{}:{owner}", self.0))
            .execute(&mut *conn)
            .await?;
        Ok(sqlx::query_scalar(&format!(
            "SELECT count(*) FROM {} WHERE domain_id IS NOT DISTINCT FROM $1",
            self.0
        ))
        .bind(domain)
        .fetch_one(&mut *conn)
        .await?)
    }

    /// `domain`'s list in order.
    pub(crate) async fn rows<T>(
        self,
        conn: &mut PgConnection,
        columns: &str,
        domain: Option<DomainId>,
    ) -> CoreResult<Vec<T>>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
    {
        Ok(sqlx::query_as(&format!(
            "SELECT {columns} FROM {} WHERE domain_id IS NOT DISTINCT FROM $1 ORDER BY position, id",
            self.0
        ))
        .bind(domain)
        .fetch_all(&mut *conn)
        .await?)
    }

    /// Locks `domain`'s list and makes room for one more row at `wanted` (the end when
    /// absent): its position. A full list (`max` rows) is a conflict on `field`.
    pub(crate) async fn make_room(
        self,
        conn: &mut PgConnection,
        domain: Option<DomainId>,
        wanted: Option<i32>,
        max: i64,
        field: &'static str,
    ) -> CoreResult<i32> {
        let count = self.lock(conn, domain).await?;
        if count >= max {
            return Err(CoreError::conflict_on(
                "limit_exceeded",
                field,
                format!("at most {max} rules in a list"),
            ));
        }
        let position = place(wanted, count, "position")?;
        self.open(conn, domain, position).await?;
        Ok(position)
    }

    /// Makes room at `position`: the rows from there move down one.
    pub(crate) async fn open(
        self,
        conn: &mut PgConnection,
        domain: Option<DomainId>,
        position: i32,
    ) -> CoreResult<()> {
        self.shift(conn, domain, "position + 1", "position >= $2", position)
            .await
    }

    /// Closes the gap a row left at `position`: the rows below move up one.
    pub(crate) async fn close(
        self,
        conn: &mut PgConnection,
        domain: Option<DomainId>,
        position: i32,
    ) -> CoreResult<()> {
        self.shift(conn, domain, "position - 1", "position > $2", position)
            .await
    }

    async fn shift(
        self,
        conn: &mut PgConnection,
        domain: Option<DomainId>,
        to: &str,
        which: &str,
        position: i32,
    ) -> CoreResult<()> {
        sqlx::query(&format!(
            "UPDATE {} SET position = {to} WHERE domain_id IS NOT DISTINCT FROM $1 AND {which}",
            self.0
        ))
        .bind(domain)
        .bind(position)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

/// A wanted place in a list whose last place is `last` (the end when absent).
pub(crate) fn place(wanted: Option<i32>, last: i64, field: &'static str) -> CoreResult<i32> {
    let last = i32::try_from(last.max(0)).unwrap_or(i32::MAX);
    match wanted {
        None => Ok(last),
        Some(p) if (0..=last).contains(&p) => Ok(p),
        Some(_) => Err(CoreError::invalid(
            field,
            "out_of_range",
            format!("0 to {last}"),
        )),
    }
}
