//! The quarantine: messages the filter holds instead of refusing or dropping them (spam at
//! the block score, viruses, spam a user sends), stored until an administrator releases them
//! (the delivery pipeline delivers them as first addressed), deletes them, or they expire.
//!
//! One entry per recipient domain, so a domain's administrators list, release and delete their
//! own domain's copy only. This crate owns the `quarantine` table; it does not deliver.

use chrono::{DateTime, Utc};
use postbay_core::access::{Access, Principal};
use postbay_core::ids::{AccountId, DomainId, QuarantineId, TenantId};
use postbay_core::list::PageParams;
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

/// The longest subject kept for the list, in characters.
const SUBJECT_CHARS: usize = 200;

/// Why a message is held.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema, sqlx::Type,
)]
#[serde(rename_all = "lowercase")]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum HoldReason {
    /// Mail from another server at the block score.
    Spam,
    /// The virus scanner found something.
    Virus,
    /// A user's submission at the block score (an account that may be compromised).
    Outbound,
    /// Mail from another server whose sender checks failed (DMARC, SPF, DKIM) where the
    /// mail-auth settings say `quarantine`.
    Unauthenticated,
}

/// A held message as the API lists it (without its content).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QuarantinedMessage {
    pub id: QuarantineId,
    /// The recipient domain this entry is held for.
    pub domain_id: DomainId,
    pub held_at: DateTime<Utc>,
    /// When it is deleted unless released first.
    pub expires_at: DateTime<Utc>,
    pub reason: HoldReason,
    /// The envelope sender; absent for the null sender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// This domain's envelope recipients: a release delivers to them.
    pub recipients: Vec<String>,
    /// The client that handed it over; absent for users' submissions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    pub subject: String,
    pub score: f64,
    /// The rules that hit.
    pub tests: Vec<String>,
    /// The virus found, for a message held for one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub virus: Option<String>,
    /// Bytes.
    pub size: i64,
}

/// One page of held messages, newest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QuarantinePage {
    pub items: Vec<QuarantinedMessage>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Which held messages to list.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct QuarantineFilter {
    /// Only this domain's.
    pub domain_id: Option<DomainId>,
    /// Only those held for this reason.
    #[param(value_type = Option<HoldReason>)]
    pub reason: Option<HoldReason>,
}

/// What the filter holds: a message and its verdict, for the recipients of one or more
/// domains (split by [`hold`]).
#[derive(Debug, Clone)]
pub struct Hold<'a> {
    pub reason: HoldReason,
    pub sender: Option<&'a str>,
    /// Every envelope recipient.
    pub recipients: &'a [String],
    pub client_ip: Option<std::net::IpAddr>,
    pub score: f64,
    pub tests: Vec<String>,
    pub virus: Option<String>,
    pub content: &'a [u8],
    pub retention_days: u32,
}

/// Who sent a held message, which decides where it is filed.
#[derive(Debug, Clone, Copy)]
pub enum HeldFrom {
    /// Another server: each recipient's copy is filed under its (hosted) domain.
    Outside,
    /// A user's submission: one entry under the user's own domain, whatever the recipients
    /// (another tenant's name must never see it), routed as its tenant's mail on release.
    User {
        domain: DomainId,
        tenant: TenantId,
        account: AccountId,
    },
}

/// What holding came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// This many entries were made.
    Entries(usize),
    /// Mail from outside has a recipient in no hosted domain (a relayed one): nothing is held,
    /// and the caller must not accept the message as held.
    Unplaced,
}

/// Holds `held` in `conn`'s transaction (see [`HeldFrom`]); a domain alias counts as its
/// domain.
pub async fn hold(conn: &mut PgConnection, held: &Hold<'_>, from: HeldFrom) -> CoreResult<Held> {
    let (by_domain, origin_tenant, submitted_by) = match from {
        HeldFrom::User {
            domain,
            tenant,
            account,
        } => (
            vec![(domain.0, held.recipients.to_vec())],
            Some(tenant),
            Some(account),
        ),
        HeldFrom::Outside => {
            let names: Vec<String> = held
                .recipients
                .iter()
                .map(|r| {
                    r.rsplit_once('@')
                        .map_or(String::new(), |(_, d)| d.to_ascii_lowercase())
                })
                .collect();
            let domains: Vec<(String, Uuid)> = sqlx::query_as(
                "SELECT name, domain_id FROM mail_domain_names WHERE name = ANY($1)",
            )
            .bind(&names)
            .fetch_all(&mut *conn)
            .await?;
            let mut by_domain: Vec<(Uuid, Vec<String>)> = Vec::new();
            for (recipient, name) in held.recipients.iter().zip(&names) {
                let Some(domain) = domains.iter().find(|(n, _)| n == name).map(|(_, d)| *d) else {
                    return Ok(Held::Unplaced);
                };
                match by_domain.iter_mut().find(|(d, _)| *d == domain) {
                    Some((_, list)) => list.push(recipient.clone()),
                    None => by_domain.push((domain, vec![recipient.clone()])),
                }
            }
            (by_domain, None, None)
        }
    };
    // The subject as a person reads it (RFC 2047 decoded).
    let subject: String = mail_parser::MessageParser::new()
        .parse_headers(held.content)
        .and_then(|m| m.subject().map(str::to_string))
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control())
        .take(SUBJECT_CHARS)
        .collect();
    let score = if held.score.is_finite() {
        held.score
    } else {
        0.0
    };
    for (domain, recipients) in &by_domain {
        sqlx::query(
            "INSERT INTO quarantine (id, domain_id, expires_at, reason, sender, recipients, client_ip, \
             subject, score, tests, virus, size, content, origin_tenant_id, submitted_by) \
             VALUES ($1, $2, now() + make_interval(days => $3), $4, $5, $6, $7::inet, $8, $9, $10, $11, $12, $13, $14, $15)",
        )
        .bind(QuarantineId::new())
        .bind(domain)
        .bind(held.retention_days as i32)
        .bind(held.reason)
        .bind(held.sender)
        .bind(recipients)
        .bind(held.client_ip.map(|ip| ip.to_string()))
        .bind(&subject)
        .bind(score)
        .bind(&held.tests)
        .bind(&held.virus)
        .bind(held.content.len() as i64)
        .bind(held.content)
        .bind(origin_tenant)
        .bind(submitted_by)
        .execute(&mut *conn)
        .await?;
    }
    Ok(Held::Entries(by_domain.len()))
}

#[derive(sqlx::FromRow)]
struct Row {
    id: QuarantineId,
    domain_id: DomainId,
    held_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    reason: HoldReason,
    sender: Option<String>,
    recipients: Vec<String>,
    client_ip: Option<String>,
    subject: String,
    score: f64,
    tests: Vec<String>,
    virus: Option<String>,
    size: i64,
}

impl From<Row> for QuarantinedMessage {
    fn from(r: Row) -> Self {
        Self {
            id: r.id,
            domain_id: r.domain_id,
            held_at: r.held_at,
            expires_at: r.expires_at,
            reason: r.reason,
            sender: r.sender,
            recipients: r.recipients,
            client_ip: r.client_ip,
            subject: r.subject,
            score: r.score,
            tests: r.tests,
            virus: r.virus,
            size: r.size,
        }
    }
}

const COLUMNS: &str = "q.id, q.domain_id, q.held_at, q.expires_at, q.reason, q.sender, \
    q.recipients, host(q.client_ip) AS client_ip, q.subject, q.score, q.tests, q.virus, q.size";
const FROM: &str =
    "FROM quarantine q JOIN domains d ON d.id = q.domain_id JOIN tenants t ON t.id = d.tenant_id";

/// The held messages the caller reaches (administrators: server, tenant, domain), newest
/// first (`sort=created` for oldest first); `q` searches the sender and the subject by prefix.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &QuarantineFilter,
    page: &PageParams,
) -> CoreResult<QuarantinePage> {
    principal.require_admin()?;
    if let Some(domain) = filter.domain_id {
        // A domain out of reach is not found, as everywhere.
        postbay_core::domains::get(pool, principal, domain).await?;
    }
    let mut qb = QueryBuilder::<Postgres>::new(format!(
        "SELECT {COLUMNS} {FROM} WHERE q.expires_at > now()"
    ));
    principal
        .filter()
        .push_reach(&mut qb, "t.ancestors", "q.domain_id");
    if let Some(d) = filter.domain_id {
        qb.push(" AND q.domain_id = ").push_bind(d.0);
    }
    if let Some(reason) = filter.reason {
        qb.push(" AND q.reason = ").push_bind(reason);
    }
    if let Some(p) = page.prefix_pattern()? {
        qb.push(" AND (lower(q.sender) LIKE ")
            .push_bind(p.clone())
            .push(" OR lower(q.subject) LIKE ")
            .push_bind(p)
            .push(")");
    }
    // Newest first unless asked otherwise: a name sort means nothing here.
    let mut page = page.clone();
    page.sort = Some(match page.sort {
        Some(postbay_core::list::Sort::Created) => postbay_core::list::Sort::Created,
        _ => postbay_core::list::Sort::CreatedDesc,
    });
    page.push_page(&mut qb, "q.subject", "q.id")?;
    let rows: Vec<Row> = qb.build_query_as().fetch_all(pool).await?;
    let (rows, next_cursor) = page.finish(rows, |r| (r.subject.clone(), r.id.0))?;
    Ok(QuarantinePage {
        items: rows.into_iter().map(Into::into).collect(),
        next_cursor,
    })
}

/// A held message as a release delivers it.
#[derive(Debug, Clone)]
pub struct Releasable {
    pub entry: QuarantinedMessage,
    pub content: Vec<u8>,
    /// For a user's outgoing mail, the user's tenant: its recipients are routed as its mail.
    pub origin_tenant: Option<TenantId>,
    /// For a user's outgoing mail, the account that submitted it (while it exists).
    pub submitted_by: Option<AccountId>,
    /// Its domain's tenant and the tenants above, for the audit log.
    tenant_path: Vec<Uuid>,
}

/// How long a release's claim on an entry holds: a process that died mid-release leaves it
/// to be released again after this.
const CLAIM_MINUTES: i32 = 10;

/// Claims a held message for release, if the caller may release it (an administrator of its
/// domain, read-write) and no other release has it. The caller delivers it, then calls
/// [`released`] — or [`unclaim`] when delivery failed.
pub async fn releasable(
    pool: &PgPool,
    principal: &Principal,
    id: QuarantineId,
) -> CoreResult<Releasable> {
    let mut tx = pool.begin().await?;
    let (entry, tenant_path) = authorized(&mut tx, principal, id, Access::Write).await?;
    let claimed: Option<(Vec<u8>, Option<TenantId>, Option<AccountId>)> = sqlx::query_as(
        "UPDATE quarantine SET claimed_at = now() WHERE id = $1 \
         AND (claimed_at IS NULL OR claimed_at < now() - make_interval(mins => $2)) \
         RETURNING content, origin_tenant_id, submitted_by",
    )
    .bind(id)
    .bind(CLAIM_MINUTES)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((content, origin_tenant, submitted_by)) = claimed else {
        return Err(CoreError::conflict(
            "release_in_progress",
            "another release of this message is under way",
        ));
    };
    tx.commit().await?;
    Ok(Releasable {
        entry,
        content,
        origin_tenant,
        submitted_by,
        tenant_path,
    })
}

/// Gives a claimed entry back after its delivery failed.
pub async fn unclaim(pool: &PgPool, held: &Releasable) -> CoreResult<()> {
    sqlx::query("UPDATE quarantine SET claimed_at = NULL WHERE id = $1")
        .bind(held.entry.id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Removes an entry its release delivered, with the audit event.
pub async fn released(pool: &PgPool, principal: &Principal, held: &Releasable) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    remove(
        &mut tx,
        principal,
        "quarantine.release",
        &held.entry,
        &held.tenant_path,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Deletes a held message unread (an administrator of its domain, read-write).
pub async fn delete(pool: &PgPool, principal: &Principal, id: QuarantineId) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let (entry, tenant_path) = authorized(&mut tx, principal, id, Access::Write).await?;
    let claimed: bool = sqlx::query_scalar(
        "SELECT claimed_at IS NOT NULL AND claimed_at >= now() - make_interval(mins => $2) \
         FROM quarantine WHERE id = $1",
    )
    .bind(id)
    .bind(CLAIM_MINUTES)
    .fetch_one(&mut *tx)
    .await?;
    if claimed {
        return Err(CoreError::conflict(
            "release_in_progress",
            "the message is being released",
        ));
    }
    remove(
        &mut tx,
        principal,
        "quarantine.delete",
        &entry,
        &tenant_path,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

const NOT_FOUND: CoreError = CoreError::NotFound {
    kind: "quarantined message",
};

async fn remove(
    conn: &mut PgConnection,
    principal: &Principal,
    action: &str,
    entry: &QuarantinedMessage,
    tenant_path: &[Uuid],
) -> CoreResult<()> {
    let gone = sqlx::query("DELETE FROM quarantine WHERE id = $1")
        .bind(entry.id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if gone == 0 {
        // Released or deleted meanwhile by someone else.
        return Err(NOT_FOUND);
    }
    postbay_core::audit::record(
        conn,
        principal,
        action,
        "quarantined message",
        Some(entry.id.0),
        postbay_core::audit::Place {
            tenant_path,
            domain: Some(entry.domain_id),
        },
        serde_json::json!({"sender": entry.sender, "recipients": entry.recipients,
                           "reason": entry.reason, "score": entry.score}),
    )
    .await
}

/// The entry and its tenant path, if the caller reaches its domain as an administrator.
async fn authorized(
    conn: &mut PgConnection,
    principal: &Principal,
    id: QuarantineId,
    access: Access,
) -> CoreResult<(QuarantinedMessage, Vec<Uuid>)> {
    principal.require_admin()?;
    #[derive(sqlx::FromRow)]
    struct Reached {
        #[sqlx(flatten)]
        row: Row,
        ancestors: Vec<Uuid>,
    }
    let reached: Option<Reached> = sqlx::query_as(&format!(
        "SELECT {COLUMNS}, t.ancestors {FROM} WHERE q.id = $1 AND q.expires_at > now() FOR UPDATE OF q"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let reached = reached.ok_or(NOT_FOUND)?;
    principal.authorize_in_domain(
        &reached.ancestors,
        reached.row.domain_id,
        None,
        "quarantined message",
        access,
    )?;
    Ok((reached.row.into(), reached.ancestors))
}

/// Deletes entries past their retention; how many.
pub async fn purge(pool: &PgPool) -> CoreResult<u64> {
    Ok(
        sqlx::query("DELETE FROM quarantine WHERE expires_at <= now()")
            .execute(pool)
            .await?
            .rows_affected(),
    )
}
