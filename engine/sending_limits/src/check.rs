//! The check on the submission path: count the message against every limit that applies, or
//! refuse it. One query when no limit applies; otherwise one transaction whose row locks on the
//! counts serialise an account's submissions across nodes, taken in one order (no deadlock).

use chrono::{DateTime, Utc};
use postbay_core::error::CoreResult;
use postbay_core::ids::AccountId;
use sqlx::PgPool;
use uuid::Uuid;

/// What a counted submission added, to be given back if the message is then not stored.
#[derive(Debug, Default)]
pub struct Taken {
    rows: Vec<(Uuid, &'static str, DateTime<Utc>)>,
    recipients: i64,
}

/// Which of the four limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    MessagesPerHour,
    MessagesPerDay,
    RecipientsPerHour,
    RecipientsPerDay,
}

impl Limit {
    /// Its name, as the API and events spell it.
    pub fn name(self) -> &'static str {
        match self {
            Self::MessagesPerHour => "messagesPerHour",
            Self::MessagesPerDay => "messagesPerDay",
            Self::RecipientsPerHour => "recipientsPerHour",
            Self::RecipientsPerDay => "recipientsPerDay",
        }
    }

    /// What it counts and over what period, in words.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Self::MessagesPerHour => ("messages", "hour"),
            Self::MessagesPerDay => ("messages", "day"),
            Self::RecipientsPerHour => ("recipients", "hour"),
            Self::RecipientsPerDay => ("recipients", "day"),
        }
    }
}

/// A limit a submission would pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exceeded {
    /// `account`, `domain` or `tenant`: whose limit.
    pub scope: String,
    pub limit: Limit,
    pub value: i64,
    /// The message alone is over the limit (more recipients than it allows, or a limit of
    /// 0): retrying cannot help.
    pub permanent: bool,
}

impl Exceeded {
    /// The SMTP reply: a temporary failure, so a legitimate client retries later.
    pub fn reply(&self) -> String {
        let (what, period) = self.limit.words();
        let whose = match self.scope.as_str() {
            "account" => "your account",
            "domain" => "your domain",
            _ => "your provider's plan",
        };
        if self.permanent {
            format!(
                "550 5.7.1 Sending limit: {whose} may send {} {what} per {period}, fewer than this message needs",
                self.value
            )
        } else {
            format!(
                "451 4.7.1 Sending limit reached: {whose} may send {} {what} per {period}; try again later",
                self.value
            )
        }
    }
}

#[derive(sqlx::FromRow)]
struct Applicable {
    scope_id: Uuid,
    scope_kind: String,
    messages_per_hour: Option<i64>,
    messages_per_day: Option<i64>,
    recipients_per_hour: Option<i64>,
    recipients_per_day: Option<i64>,
    suspend_account: bool,
    ancestors: Vec<Uuid>,
}

/// Counts a submission by `account` to `recipients` recipients against its own, its domain's
/// and its tenants' limits. `Ok(Err(..))`: over a limit, nothing counted but the refusal (the
/// first refusal of a period is announced as `account.sending_limit_hit`). A message counted
/// and then not stored is handed to [`give_back`].
pub async fn take(
    pool: &PgPool,
    account: AccountId,
    recipients: usize,
) -> CoreResult<Result<Taken, Exceeded>> {
    let mut limits: Vec<Applicable> = sqlx::query_as(
        "SELECT l.scope_id, l.scope_kind, l.messages_per_hour, l.messages_per_day,
                l.recipients_per_hour, l.recipients_per_day, l.suspend_account, t.ancestors
           FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
           JOIN sending_limits l ON l.scope_id = a.id OR l.scope_id = d.id OR l.scope_id = ANY(t.ancestors)
          WHERE a.id = $1",
    )
    .bind(account.0)
    .fetch_all(pool)
    .await?;
    if limits.is_empty() {
        return Ok(Ok(Taken::default()));
    }
    limits.sort_by_key(|l| l.scope_id);
    let recipients = i64::try_from(recipients).unwrap_or(i64::MAX);
    let mut taken = Taken {
        rows: Vec::new(),
        recipients,
    };
    let mut tx = pool.begin().await?;
    for limit in &limits {
        for (period, messages, rcpts, names) in [
            (
                "day",
                limit.messages_per_day,
                limit.recipients_per_day,
                (Limit::MessagesPerDay, Limit::RecipientsPerDay),
            ),
            (
                "hour",
                limit.messages_per_hour,
                limit.recipients_per_hour,
                (Limit::MessagesPerHour, Limit::RecipientsPerHour),
            ),
        ] {
            if messages.is_none() && rcpts.is_none() {
                continue;
            }
            let (sent, reached, start): (i64, i64, DateTime<Utc>) = sqlx::query_as(
                "INSERT INTO sending_counts (scope_id, period, period_start, messages, recipients)
                 VALUES ($1, $2, date_trunc($2, now(), 'UTC'), 1, $3)
                 ON CONFLICT (scope_id, period, period_start) DO UPDATE
                    SET messages = sending_counts.messages + 1,
                        recipients = sending_counts.recipients + $3
                 RETURNING messages, recipients, period_start",
            )
            .bind(limit.scope_id)
            .bind(period)
            .bind(recipients)
            .fetch_one(&mut *tx)
            .await?;
            taken.rows.push((limit.scope_id, period, start));
            let over = match (messages, rcpts) {
                (Some(m), _) if sent > m => Some((names.0, m, m == 0)),
                (_, Some(r)) if reached > r => Some((names.1, r, recipients > r)),
                _ => None,
            };
            if let Some((name, value, permanent)) = over {
                tx.rollback().await?;
                let exceeded = Exceeded {
                    scope: limit.scope_kind.clone(),
                    limit: name,
                    value,
                    permanent,
                };
                refused(pool, account, limit, period, &exceeded).await?;
                return Ok(Err(exceeded));
            }
        }
    }
    tx.commit().await?;
    Ok(Ok(taken))
}

/// Gives back what [`take`] counted for a message that was then not stored (refused by the
/// filter, or a storage failure the client will retry), so it is not counted twice.
pub async fn give_back(pool: &PgPool, taken: Taken) -> CoreResult<()> {
    if taken.rows.is_empty() {
        return Ok(());
    }
    let (ids, periods, starts): (Vec<Uuid>, Vec<&str>, Vec<DateTime<Utc>>) = taken
        .rows
        .into_iter()
        .fold((Vec::new(), Vec::new(), Vec::new()), |mut v, (i, p, s)| {
            v.0.push(i);
            v.1.push(p);
            v.2.push(s);
            v
        });
    sqlx::query(
        "UPDATE sending_counts c SET messages = GREATEST(c.messages - 1, 0),
                recipients = GREATEST(c.recipients - $4, 0)
           FROM UNNEST($1::uuid[], $2::text[], $3::timestamptz[]) AS u(scope_id, period, period_start)
          WHERE c.scope_id = u.scope_id AND c.period = u.period AND c.period_start = u.period_start",
    )
    .bind(&ids)
    .bind(&periods)
    .bind(&starts)
    .bind(taken.recipients)
    .execute(pool)
    .await?;
    Ok(())
}

/// Counts a refusal; the first of its period is announced to the tenant's webhooks. A limit
/// set to suspend the account does so (for abuse: it may still log in and read), which the
/// audit trail records and the webhooks announce as `account.suspended`.
async fn refused(
    pool: &PgPool,
    account: AccountId,
    limit: &Applicable,
    period: &str,
    exceeded: &Exceeded,
) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let refusals: i64 = sqlx::query_scalar(
        "INSERT INTO sending_counts (scope_id, period, period_start, refused)
         VALUES ($1, $2, date_trunc($2, now(), 'UTC'), 1)
         ON CONFLICT (scope_id, period, period_start) DO UPDATE SET refused = sending_counts.refused + 1
         RETURNING refused",
    )
    .bind(limit.scope_id)
    .bind(period)
    .fetch_one(&mut *tx)
    .await?;
    tracing::info!(target: "postbay::security", account = %account, scope = exceeded.scope,
        limit = exceeded.limit.name(), value = exceeded.value, "submission over a sending limit refused");
    if refusals == 1 {
        let data = serde_json::json!({
            "id": account, "scope": exceeded.scope, "scopeId": limit.scope_id,
            "limit": exceeded.limit.name(), "value": exceeded.value,
        });
        postbay_webhooks::events::emit(
            &mut tx,
            &limit.ancestors,
            "account.sending_limit_hit",
            data,
        )
        .await?;
    }
    if limit.suspend_account {
        suspend_for_abuse(&mut tx, account, exceeded).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn suspend_for_abuse(
    conn: &mut sqlx::PgConnection,
    account: AccountId,
    exceeded: &Exceeded,
) -> CoreResult<()> {
    let suspended: Option<(Uuid, Vec<Uuid>)> = sqlx::query_as(
        "UPDATE accounts a SET status = 'suspended', status_reason = 'abuse', updated_at = now()
           FROM domains d JOIN tenants t ON t.id = d.tenant_id
          WHERE a.id = $1 AND d.id = a.domain_id AND a.status = 'active'
          RETURNING a.domain_id, t.ancestors",
    )
    .bind(account.0)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((domain, path)) = suspended else {
        return Ok(());
    };
    tracing::warn!(target: "postbay::security", account = %account, limit = exceeded.limit.name(),
        "account suspended for abuse by a sending limit");
    postbay_core::audit::record(
        conn,
        &postbay_core::access::Principal::system(),
        "account.update",
        "account",
        Some(account.0),
        postbay_core::audit::Place {
            tenant_path: &path,
            domain: Some(postbay_core::ids::DomainId(domain)),
        },
        serde_json::json!({"status": "suspended", "statusReason": "abuse",
            "cause": "sendingLimit", "scope": exceeded.scope, "limit": exceeded.limit.name(), "value": exceeded.value}),
    )
    .await
}

/// Forgets counts of periods that ended more than a day ago (an hourly job).
pub async fn purge(pool: &PgPool) -> CoreResult<()> {
    sqlx::query("DELETE FROM sending_counts WHERE period_start < now() - interval '2 days'")
        .execute(pool)
        .await?;
    Ok(())
}
