//! The event types a subscription may ask for, and how a crate announces one.

use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

/// The event types, `<object>.<verb>` in lower case. The directory's come from the audit
/// trail (migration 0044); the rest from the crate where they happen.
pub struct EventType;

impl EventType {
    /// Every type a subscription may name.
    pub const ALL: &'static [&'static str] = &[
        "tenant.created",
        "tenant.updated",
        "tenant.deleted",
        "tenant.suspended",
        "tenant.restored",
        "tenant.purged",
        "domain.created",
        "domain.updated",
        "domain.deleted",
        "domain.suspended",
        "domain.dns_check_changed",
        "domain.restored",
        "domain.purged",
        "account.created",
        "account.updated",
        "account.deleted",
        "account.suspended",
        "account.restored",
        "account.purged",
        "alias.created",
        "alias.updated",
        "alias.deleted",
        "group.created",
        "group.updated",
        "group.deleted",
        "account.quota_warning",
        "account.quota_full",
        "account.message_bounced",
        "certificate.expiring",
        "account.sending_limit_hit",
        "collection.failed",
        "webhook.disabled",
    ];

    /// Sent by `pingWebhook` to the one subscription, whatever it asked for.
    pub const PING: &'static str = "webhook.ping";

    /// Whether a subscription may name `text`.
    pub fn is_known(text: &str) -> bool {
        Self::ALL.contains(&text)
    }
}

/// Announces an event to the subscriptions of `tenant_path` (the object's tenant and those
/// above it) that asked for `event_type`, in the caller's transaction: it is sent only if
/// that commits. Returns the event's id, or `None` when nobody subscribed.
pub async fn emit(
    conn: &mut PgConnection,
    tenant_path: &[Uuid],
    event_type: &str,
    data: Value,
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar("SELECT webhook_emit($1, $2, $3)")
        .bind(tenant_path)
        .bind(event_type)
        .bind(data)
        .fetch_one(conn)
        .await
}

/// Sends an event to the one subscription `webhook` of `tenant_path`, whatever types it asked
/// for (a ping), in the caller's transaction. `None` when it is not enabled.
pub async fn emit_to(
    conn: &mut PgConnection,
    tenant_path: &[Uuid],
    event_type: &str,
    data: Value,
    webhook: postbay_core::ids::WebhookId,
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar("SELECT webhook_emit($1, $2, $3, $4)")
        .bind(tenant_path)
        .bind(event_type)
        .bind(data)
        .bind(webhook.0)
        .fetch_one(conn)
        .await
}

/// Announces `account.message_bounced` for local senders that got a bounce, with how many
/// recipients failed (never what the message said), in the transaction that stores it.
pub async fn bounces(conn: &mut PgConnection, bounces: &[(Uuid, i64)]) -> Result<(), sqlx::Error> {
    if bounces.is_empty() {
        return Ok(());
    }
    let (ids, failed): (Vec<Uuid>, Vec<i64>) = bounces.iter().copied().unzip();
    sqlx::query(
        "SELECT webhook_emit(t.ancestors, 'account.message_bounced', jsonb_build_object(
                'id', a.id, 'domainId', a.domain_id, 'address', a.login || '@' || d.name,
                'failedRecipients', u.failed))
           FROM unnest($1::uuid[], $2::bigint[]) AS u(id, failed)
           JOIN accounts a ON a.id = u.id JOIN domains d ON d.id = a.domain_id
           JOIN tenants t ON t.id = d.tenant_id",
    )
    .bind(&ids)
    .bind(&failed)
    .execute(conn)
    .await?;
    Ok(())
}

/// Which quota event: a mailbox at 90 % of a quota, or at 100 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaEvent {
    Warning,
    Full,
}

/// Announces `account.quota_warning` (or `account.quota_full`) for `accounts`, with their
/// usage and quotas, in the caller's transaction (the one that marks them warned, so once a
/// day at most).
pub async fn quota_events(
    conn: &mut PgConnection,
    event_type: QuotaEvent,
    accounts: &[Uuid],
) -> Result<(), sqlx::Error> {
    if accounts.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "SELECT webhook_emit(t.ancestors, $2, jsonb_build_object(
                'id', a.id, 'domainId', a.domain_id, 'address', a.login || '@' || d.name,
                'usedBytes', a.used_bytes, 'quotaBytes', a.quota_bytes,
                'usedMessages', a.used_messages, 'quotaMessages', a.quota_messages))
           FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
          WHERE a.id = ANY($1)",
    )
    .bind(accounts)
    .bind(match event_type {
        QuotaEvent::Warning => "account.quota_warning",
        QuotaEvent::Full => "account.quota_full",
    })
    .execute(conn)
    .await?;
    Ok(())
}
