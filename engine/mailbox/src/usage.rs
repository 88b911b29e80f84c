//! Usage counters of stored mail: bytes and messages on accounts, bytes on their domains and
//! every tenant above. The one writer of those columns for mail (delivery, APPEND, COPY and
//! expunge all come here), called with the rows already locked; and the quota warnings they
//! make due.

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
        "UPDATE accounts a SET used_bytes = a.used_bytes + d.b, used_messages = a.used_messages + d.n,
                peak_bytes = GREATEST(a.used_bytes + d.b,
                                      CASE WHEN a.peak_day = current_date THEN a.peak_bytes ELSE a.used_bytes END),
                peak_day = current_date
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

/// An account at or past a share of one of its quotas, to be warned.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QuotaWarning {
    pub account: Uuid,
    pub login: String,
    pub domain: String,
    pub used_bytes: i64,
    pub quota_bytes: i64,
    pub used_messages: i64,
    pub quota_messages: i64,
}

/// The accounts among `accounts` whose mailbox is full (a quota reached) and was not
/// announced as full in the last 24 hours, marked in the caller's transaction.
pub async fn quota_full_due(
    conn: &mut PgConnection,
    accounts: &[Uuid],
) -> MailboxResult<Vec<Uuid>> {
    if accounts.is_empty() {
        return Ok(Vec::new());
    }
    Ok(sqlx::query_scalar(
        "UPDATE accounts a SET quota_full_at = now()
         WHERE a.id = ANY($1)
           AND (a.quota_full_at IS NULL OR a.quota_full_at < now() - interval '24 hours')
           AND ((a.quota_bytes > 0 AND a.used_bytes >= a.quota_bytes)
             OR (a.quota_messages > 0 AND a.used_messages >= a.quota_messages))
         RETURNING a.id",
    )
    .bind(accounts)
    .fetch_all(conn)
    .await?)
}

/// The accounts among `accounts` that have reached `percent` % of a quota and were not warned
/// in the last 24 hours, marked as warned in the caller's transaction.
pub async fn quota_warnings_due(
    conn: &mut PgConnection,
    accounts: &[Uuid],
    percent: i64,
) -> MailboxResult<Vec<QuotaWarning>> {
    if accounts.is_empty() {
        return Ok(Vec::new());
    }
    Ok(sqlx::query_as(
        "UPDATE accounts a SET quota_warned_at = now() FROM domains d
         WHERE d.id = a.domain_id AND a.id = ANY($1)
           AND (a.quota_warned_at IS NULL OR a.quota_warned_at < now() - interval '24 hours')
           AND ((a.quota_bytes > 0 AND a.used_bytes::numeric * 100 >= a.quota_bytes::numeric * $2)
             OR (a.quota_messages > 0 AND a.used_messages::numeric * 100 >= a.quota_messages::numeric * $2))
         RETURNING a.id AS account, a.login, d.name AS domain, a.used_bytes, a.quota_bytes,
                   a.used_messages, a.quota_messages",
    )
    .bind(accounts)
    .bind(percent)
    .fetch_all(conn)
    .await?)
}
