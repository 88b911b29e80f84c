//! Usage counters of stored mail: bytes and messages on accounts, bytes on their domains and
//! every tenant above. The one writer of those columns for mail (delivery, APPEND, COPY and
//! expunge all come here), called with the rows already locked.

use std::collections::BTreeMap;

use sqlx::PgConnection;
use uuid::Uuid;

use crate::MailboxResult;

/// What one account's stored mail changes by (negative: mail removed).
pub(crate) struct UsageChange<'a> {
    pub account: Uuid,
    pub domain: Uuid,
    /// The account's tenant and every tenant above it.
    pub tenants: &'a [Uuid],
    pub bytes: i64,
    pub messages: i64,
}

/// Applies `changes` with three statements, whatever their number.
pub(crate) async fn count(
    conn: &mut PgConnection,
    changes: &[UsageChange<'_>],
) -> MailboxResult<()> {
    let mut per_account: BTreeMap<Uuid, (i64, i64)> = BTreeMap::new();
    let mut per_domain: BTreeMap<Uuid, i64> = BTreeMap::new();
    let mut per_tenant: BTreeMap<Uuid, i64> = BTreeMap::new();
    for c in changes {
        let account = per_account.entry(c.account).or_default();
        account.0 += c.bytes;
        account.1 += c.messages;
        *per_domain.entry(c.domain).or_default() += c.bytes;
        for t in c.tenants {
            *per_tenant.entry(*t).or_default() += c.bytes;
        }
    }
    let accounts: Vec<Uuid> = per_account.keys().copied().collect();
    let bytes: Vec<i64> = per_account.values().map(|(b, _)| *b).collect();
    let messages: Vec<i64> = per_account.values().map(|(_, n)| *n).collect();
    sqlx::query(
        "UPDATE accounts a SET used_bytes = a.used_bytes + d.b, used_messages = a.used_messages + d.n
         FROM unnest($1::uuid[], $2::bigint[], $3::bigint[]) AS d(id, b, n) WHERE a.id = d.id",
    )
    .bind(&accounts)
    .bind(&bytes)
    .bind(&messages)
    .execute(&mut *conn)
    .await?;
    for (table, deltas) in [("domains", &per_domain), ("tenants", &per_tenant)] {
        let ids: Vec<Uuid> = deltas.keys().copied().collect();
        let amounts: Vec<i64> = deltas.values().copied().collect();
        sqlx::query(&format!(
            "UPDATE {table} x SET storage_bytes = x.storage_bytes + d.b
             FROM unnest($1::uuid[], $2::bigint[]) AS d(id, b) WHERE x.id = d.id"
        ))
        .bind(&ids)
        .bind(&amounts)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
