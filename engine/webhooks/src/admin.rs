//! Subscriptions as the admin API manages them: tenant and server administrators, each within
//! their subtree (the server tenant's subscriptions are the server-wide ones). Every change is
//! audited; a secret is shown once, when it is made.

use chrono::{DateTime, Utc};
use postbay_core::access::{Principal, Role};
use postbay_core::audit::{self, Place};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{TenantId, WebhookDeliveryId, WebhookId};
use postbay_core::secrets::SecretKey;
use postbay_core::{names, tenants};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::events::EventType;
use crate::signing::SigningSecret;
use crate::target::{check_url, url_origin};

/// Subscriptions one tenant may hold.
const MAX_PER_TENANT: i64 = 50;
/// How long a rotated-out secret still signs, so receivers can switch without losing events.
const ROTATION_OVERLAP_HOURS: i64 = 24;

/// A subscription.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Webhook {
    pub id: WebhookId,
    /// The tenant whose subtree's events it receives (the server tenant: every event).
    pub tenant_id: TenantId,
    pub url: String,
    /// The event types it receives (`account.created`, ...).
    pub events: Vec<String>,
    pub description: String,
    pub enabled: bool,
    /// `failing` when the server turned it off after a day of failed deliveries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled_reason: Option<String>,
    /// Since when every delivery has failed; absent while deliveries succeed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failing_since: Option<DateTime<Utc>>,
    /// The signing secret (`whsec_…`): only in the answer that made it (creation, rotation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    tenant_id: Uuid,
    url: String,
    events: Vec<String>,
    description: String,
    enabled: bool,
    disabled_reason: Option<String>,
    failing_since: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    ancestors: Vec<Uuid>,
}

impl Row {
    fn into_webhook(self, secret: Option<SigningSecret>) -> Webhook {
        Webhook {
            id: WebhookId(self.id),
            tenant_id: TenantId(self.tenant_id),
            url: self.url,
            events: self.events,
            description: self.description,
            enabled: self.enabled,
            disabled_reason: self.disabled_reason,
            failing_since: self.failing_since,
            secret: secret.map(|s| s.as_str().to_string()),
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

const SELECT: &str =
    "SELECT w.id, w.tenant_id, w.url, w.events, w.description, w.enabled, w.disabled_reason,
        w.failing_since, w.created_at, w.updated_at, t.ancestors
   FROM webhooks w JOIN tenants t ON t.id = w.tenant_id";

/// A new subscription.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewWebhook {
    /// `https://` (or `http://`) URL the events are POSTed to.
    pub url: String,
    /// Event types to receive, at least one.
    pub events: Vec<String>,
    /// The tenant whose events it receives; by default the caller's own (a server
    /// administrator's: the server tenant, every event).
    pub tenant_id: Option<TenantId>,
    pub description: Option<String>,
    /// Default true.
    pub enabled: Option<bool>,
}

/// Changes to a subscription; absent fields stay.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WebhookPatch {
    pub url: Option<String>,
    pub events: Option<Vec<String>>,
    pub description: Option<String>,
    /// Turning a subscription on again clears its failure.
    pub enabled: Option<bool>,
    /// A new signing secret, returned in the answer; the old one still signs for 24 hours.
    pub rotate_secret: Option<bool>,
}

/// Which subscriptions to list.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct WebhookQuery {
    /// Only this tenant's subscriptions.
    #[param(value_type = Option<String>, format = Uuid)]
    pub tenant_id: Option<TenantId>,
    /// Rows per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous page.
    pub cursor: Option<String>,
}

postbay_core::page_type!(WebhookPage, Webhook);

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum DeliveryState {
    /// Not sent yet, or to be tried again.
    Pending,
    /// The subscriber answered 2xx.
    Delivered,
    /// Given up after 24 hours of failures.
    Failed,
}

postbay_core::stored_as_text!(DeliveryState {
    Pending => "pending",
    Delivered => "delivered",
    Failed => "failed",
});

/// One event's delivery to a subscription: the delivery log.
#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WebhookDelivery {
    pub id: WebhookDeliveryId,
    /// The event, sent as `webhook-id` (the same on every attempt and redelivery).
    #[schema(value_type = String, format = Uuid)]
    pub event_id: Uuid,
    pub event_type: String,
    pub state: DeliveryState,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_attempt_at: Option<DateTime<Utc>>,
    /// The subscriber's HTTP status at the last attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_status: Option<i32>,
    /// Why the last attempt failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<DateTime<Utc>>,
    /// When it is tried next (pending deliveries).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_attempt_at: Option<DateTime<Utc>>,
}

const DELIVERY_SELECT: &str =
    "SELECT d.id, d.event_id, e.type AS event_type, d.state, d.attempts, d.created_at,
        d.last_attempt_at, d.last_status, d.last_error, d.delivered_at,
        CASE WHEN d.state = 'pending' THEN d.next_attempt_at END AS next_attempt_at
   FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id";

/// Which deliveries to list, newest first.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct DeliveryQuery {
    #[param(value_type = Option<DeliveryState>)]
    pub state: Option<DeliveryState>,
    /// Rows per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous page.
    pub cursor: Option<String>,
}

postbay_core::page_type!(WebhookDeliveryPage, WebhookDelivery);

/// Tenant and server administrators only; others are told so. Then the subscription's tenant
/// must be within the caller's reach, else it is not found.
fn authorize(principal: &Principal, path: &[Uuid]) -> CoreResult<()> {
    principal.require_tenant_admin()?;
    match &principal.role {
        Role::ServerAdmin => Ok(()),
        Role::TenantAdmin { tenant_id } if path.contains(&tenant_id.0) => Ok(()),
        _ => Err(CoreError::NotFound { kind: "webhook" }),
    }
}

fn check_events(events: &[String]) -> CoreResult<Vec<String>> {
    if events.is_empty() {
        return Err(CoreError::invalid(
            "events",
            "required",
            "at least one event type",
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(events.len());
    for (i, e) in events.iter().enumerate() {
        if !EventType::is_known(e) {
            return Err(CoreError::invalid(
                format!("events[{i}]"),
                "unknown_event_type",
                format!("not an event type: {}", EventType::ALL.join(", ")),
            ));
        }
        if !out.contains(e) {
            out.push(e.clone());
        }
    }
    Ok(out)
}

fn check_description(text: Option<&str>) -> CoreResult<String> {
    names::free_text(
        text.unwrap_or_default().trim(),
        "description",
        names::MAX_DESCRIPTION,
    )
}

async fn fetch(conn: &mut PgConnection, principal: &Principal, id: WebhookId) -> CoreResult<Row> {
    let row: Row = sqlx::query_as(&format!("{SELECT} WHERE w.id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "webhook" })?;
    authorize(principal, &row.ancestors)?;
    Ok(row)
}

fn audit_changes(
    url: &str,
    events: &[String],
    description: &str,
    enabled: bool,
) -> serde_json::Value {
    serde_json::json!({"url": url_origin(url), "events": events,
                       "description": description, "enabled": enabled})
}

pub async fn create(
    pool: &PgPool,
    key: &SecretKey,
    principal: &Principal,
    input: NewWebhook,
) -> CoreResult<Webhook> {
    principal.require_tenant_admin()?;
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let tenant = match (input.tenant_id, &principal.role) {
        (Some(t), _) => t,
        (None, Role::TenantAdmin { tenant_id }) => *tenant_id,
        (None, _) => tenants::root(pool).await?,
    };
    let path = tenants::path_of(&mut tx, tenant).await?;
    authorize(principal, &path).map_err(|e| match e {
        CoreError::NotFound { .. } => CoreError::NotFound { kind: "tenant" },
        other => other,
    })?;
    let server_wide = path.len() <= 1;
    let url = check_url(&input.url, server_wide)?;
    let events = check_events(&input.events)?;
    let description = check_description(input.description.as_deref())?;
    let enabled = input.enabled.unwrap_or(true);
    // Serialises creations per tenant, so the count below holds.
    sqlx::query("SELECT 1 FROM tenants WHERE id = $1 FOR UPDATE")
        .bind(tenant.0)
        .execute(&mut *tx)
        .await?;
    let held: i64 = sqlx::query_scalar("SELECT count(*) FROM webhooks WHERE tenant_id = $1")
        .bind(tenant.0)
        .fetch_one(&mut *tx)
        .await?;
    if held >= MAX_PER_TENANT {
        return Err(CoreError::conflict(
            "limit_reached",
            "a tenant may hold at most 50 webhooks",
        ));
    }
    let secret = SigningSecret::generate();
    let id = WebhookId::new();
    sqlx::query(
        "INSERT INTO webhooks (id, tenant_id, url, events, description, enabled, secret)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id.0)
    .bind(tenant.0)
    .bind(&url)
    .bind(&events)
    .bind(&description)
    .bind(enabled)
    .bind(key.seal(secret.as_str())?)
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        principal,
        "webhook.create",
        "webhook",
        Some(id.0),
        Place {
            tenant_path: &path,
            domain: None,
        },
        audit_changes(&url, &events, &description, enabled),
    )
    .await?;
    let row = fetch(&mut tx, principal, id).await?;
    tx.commit().await?;
    Ok(row.into_webhook(Some(secret)))
}

pub async fn get(pool: &PgPool, principal: &Principal, id: WebhookId) -> CoreResult<Webhook> {
    let mut conn = pool.acquire().await?;
    Ok(fetch(&mut conn, principal, id).await?.into_webhook(None))
}

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    query: &WebhookQuery,
) -> CoreResult<WebhookPage> {
    principal.require_tenant_admin()?;
    let limit = postbay_core::list::limit(query.limit, 100, 1000)?;
    let mut qb = QueryBuilder::<Postgres>::new(SELECT);
    qb.push(" WHERE true");
    principal
        .filter()
        .push_reach(&mut qb, "t.ancestors", "NULL");
    if let Some(t) = query.tenant_id {
        qb.push(" AND w.tenant_id = ").push_bind(t.0);
    }
    if let Some(cursor) = query.cursor.as_deref().filter(|c| !c.is_empty()) {
        let after: Uuid = cursor.parse().map_err(|_| bad_cursor())?;
        qb.push(" AND w.id > ").push_bind(after);
    }
    qb.push(" ORDER BY w.id LIMIT ")
        .push_bind(i64::from(limit) + 1);
    let mut rows: Vec<Row> = qb.build_query_as().fetch_all(pool).await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|r| r.id.to_string())
    } else {
        None
    };
    Ok(WebhookPage {
        items: rows.into_iter().map(|r| r.into_webhook(None)).collect(),
        next_cursor,
    })
}

fn bad_cursor() -> CoreError {
    CoreError::invalid(
        "cursor",
        "invalid_cursor",
        "the cursor is not one this server issued",
    )
}

pub async fn update(
    pool: &PgPool,
    key: &SecretKey,
    principal: &Principal,
    id: WebhookId,
    patch: WebhookPatch,
) -> CoreResult<Webhook> {
    // Read-only callers are told so before anything is looked up.
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let row = fetch(&mut tx, principal, id).await?;
    let server_wide = row.ancestors.len() <= 1;
    let url = match &patch.url {
        Some(u) => check_url(u, server_wide)?,
        None => row.url.clone(),
    };
    let events = match &patch.events {
        Some(e) => check_events(e)?,
        None => row.events.clone(),
    };
    let description = match &patch.description {
        Some(d) => check_description(Some(d))?,
        None => row.description.clone(),
    };
    let enabled = patch.enabled.unwrap_or(row.enabled);
    let rotate = patch.rotate_secret.unwrap_or(false);
    if rotate {
        let rotating: bool = sqlx::query_scalar(
            "SELECT COALESCE(previous_secret_until > now(), false) FROM webhooks WHERE id = $1",
        )
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
        if rotating {
            return Err(CoreError::conflict_on(
                "rotation_in_progress",
                "rotateSecret",
                "the secret was rotated less than 24 hours ago and the one before still signs; rotate again once it has expired",
            ));
        }
    }
    let secret = rotate.then(SigningSecret::generate);
    let sealed = secret.as_ref().map(|s| key.seal(s.as_str())).transpose()?;
    sqlx::query(
        "UPDATE webhooks SET url = $2, events = $3, description = $4, enabled = $5,
                disabled_reason = CASE WHEN $5 THEN NULL ELSE disabled_reason END,
                failing_since = CASE WHEN $5 AND NOT enabled THEN NULL ELSE failing_since END,
                previous_secret = CASE WHEN $6::text IS NULL THEN previous_secret ELSE secret END,
                previous_secret_until = CASE WHEN $6::text IS NULL THEN previous_secret_until
                                             ELSE now() + make_interval(hours => $7) END,
                secret = COALESCE($6, secret), updated_at = now()
          WHERE id = $1",
    )
    .bind(id.0)
    .bind(&url)
    .bind(&events)
    .bind(&description)
    .bind(enabled)
    .bind(sealed)
    .bind(ROTATION_OVERLAP_HOURS as i32)
    .execute(&mut *tx)
    .await?;
    if row.enabled && !enabled {
        crate::worker::settle_pending(&mut tx, id.0, "the webhook was turned off").await?;
    }
    let mut changes = audit_changes(&url, &events, &description, enabled);
    if secret.is_some() {
        changes["secretRotated"] = serde_json::Value::Bool(true);
    }
    audit::record(
        &mut tx,
        principal,
        "webhook.update",
        "webhook",
        Some(id.0),
        Place {
            tenant_path: &row.ancestors,
            domain: None,
        },
        changes,
    )
    .await?;
    let row = fetch(&mut tx, principal, id).await?;
    tx.commit().await?;
    Ok(row.into_webhook(secret))
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: WebhookId) -> CoreResult<()> {
    // Read-only callers are told so before anything is looked up.
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let row = fetch(&mut tx, principal, id).await?;
    sqlx::query("DELETE FROM webhooks WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "webhook.delete",
        "webhook",
        Some(id.0),
        Place {
            tenant_path: &row.ancestors,
            domain: None,
        },
        audit_changes(&row.url, &row.events, &row.description, row.enabled),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The delivery log of a subscription, newest first.
pub async fn deliveries(
    pool: &PgPool,
    principal: &Principal,
    id: WebhookId,
    query: &DeliveryQuery,
) -> CoreResult<WebhookDeliveryPage> {
    let mut conn = pool.acquire().await?;
    fetch(&mut conn, principal, id).await?;
    let limit = postbay_core::list::limit(query.limit, 100, 1000)?;
    let mut qb = QueryBuilder::<Postgres>::new(DELIVERY_SELECT);
    qb.push(" WHERE d.webhook_id = ").push_bind(id.0);
    if let Some(state) = query.state {
        qb.push(" AND d.state = ").push_bind(state);
    }
    if let Some(cursor) = query.cursor.as_deref().filter(|c| !c.is_empty()) {
        let (micros, after) = cursor.split_once('_').ok_or_else(bad_cursor)?;
        let micros: i64 = micros.parse().map_err(|_| bad_cursor())?;
        let after: Uuid = after.parse().map_err(|_| bad_cursor())?;
        let at = DateTime::from_timestamp_micros(micros).ok_or_else(bad_cursor)?;
        qb.push(" AND (d.created_at, d.id) < (")
            .push_bind(at)
            .push(", ")
            .push_bind(after)
            .push(")");
    }
    qb.push(" ORDER BY d.created_at DESC, d.id DESC LIMIT ")
        .push_bind(i64::from(limit) + 1);
    let mut items: Vec<WebhookDelivery> = qb.build_query_as().fetch_all(&mut *conn).await?;
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items
            .last()
            .map(|d| format!("{}_{}", d.created_at.timestamp_micros(), d.id))
    } else {
        None
    };
    Ok(WebhookDeliveryPage { items, next_cursor })
}

async fn delivery(conn: &mut PgConnection, id: Uuid) -> CoreResult<WebhookDelivery> {
    Ok(
        sqlx::query_as(&format!("{DELIVERY_SELECT} WHERE d.id = $1"))
            .bind(id)
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// A subscription something is to be sent to now: the caller may write, and it is on.
async fn fetch_to_send(
    conn: &mut PgConnection,
    principal: &Principal,
    id: WebhookId,
) -> CoreResult<Row> {
    // Read-only callers are told so before anything is looked up.
    principal.require_writable()?;
    let row = fetch(conn, principal, id).await?;
    if !row.enabled {
        return Err(CoreError::conflict(
            "webhook_disabled",
            "the webhook is turned off; turn it on to send it anything",
        ));
    }
    Ok(row)
}

/// Sends an event of the log again, as a new delivery with the same `webhook-id`.
pub async fn redeliver(
    pool: &PgPool,
    principal: &Principal,
    id: WebhookId,
    delivery_id: WebhookDeliveryId,
) -> CoreResult<WebhookDelivery> {
    let mut tx = pool.begin().await?;
    let row = fetch_to_send(&mut tx, principal, id).await?;
    let event: Uuid = sqlx::query_scalar(
        "SELECT event_id FROM webhook_deliveries WHERE id = $1 AND webhook_id = $2",
    )
    .bind(delivery_id.0)
    .bind(id.0)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(CoreError::NotFound {
        kind: "webhook delivery",
    })?;
    let new = WebhookDeliveryId::new();
    sqlx::query("INSERT INTO webhook_deliveries (id, webhook_id, event_id) VALUES ($1, $2, $3)")
        .bind(new.0)
        .bind(id.0)
        .bind(event)
        .execute(&mut *tx)
        .await?;
    sqlx::query("SELECT pg_notify('postbay_webhooks', '')")
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        principal,
        "webhook.redeliver",
        "webhook",
        Some(id.0),
        Place {
            tenant_path: &row.ancestors,
            domain: None,
        },
        serde_json::json!({"deliveryId": delivery_id, "eventId": event}),
    )
    .await?;
    let answer = delivery(&mut tx, new.0).await?;
    tx.commit().await?;
    Ok(answer)
}

/// Sends the subscription a `webhook.ping` event, whatever types it asked for.
pub async fn ping(
    pool: &PgPool,
    principal: &Principal,
    id: WebhookId,
) -> CoreResult<WebhookDelivery> {
    let mut tx = pool.begin().await?;
    let row = fetch_to_send(&mut tx, principal, id).await?;
    let data = serde_json::json!({"id": id, "tenantId": row.tenant_id});
    let event = crate::events::emit_to(&mut tx, &row.ancestors, EventType::PING, data, id).await?;
    let event = event.ok_or(CoreError::NotFound { kind: "webhook" })?;
    let delivery_id: Uuid = sqlx::query_scalar(
        "SELECT id FROM webhook_deliveries WHERE event_id = $1 AND webhook_id = $2",
    )
    .bind(event)
    .bind(id.0)
    .fetch_one(&mut *tx)
    .await?;
    let answer = delivery(&mut tx, delivery_id).await?;
    tx.commit().await?;
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_types_are_known_and_kept_once() {
        let events = check_events(&["account.created".into(), "account.created".into()]);
        assert_eq!(events.ok(), Some(vec!["account.created".to_string()]));
        assert!(check_events(&[]).is_err());
        assert!(check_events(&["account.exploded".into()]).is_err());
    }
}
