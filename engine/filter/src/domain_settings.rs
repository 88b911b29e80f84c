//! A domain's own spam settings over the server's (Kerio has one set for the server; a
//! hosting provider's customers want their own thresholds): the tag and block scores, what
//! blocking does, the Junk folder, the subject prefix and the exempt recipients. A field left
//! out inherits the server's. The domain's administrators set them; mail for the domain is
//! judged alone (see `Filter::rules_domain`), so its settings apply to its mail only.

use std::collections::HashMap;

use postbay_core::CoreResult;
use postbay_core::access::{Access, Principal};
use postbay_core::audit::{self, Place};
use postbay_core::ids::DomainId;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::ordered;
use crate::settings::{BlockAction, SpamSettings};

/// A domain's overrides; absent fields inherit the server's value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainSpamSettings {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(minimum = 0, maximum = 10)]
    pub tag_score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(minimum = 0, maximum = 10)]
    pub block_score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_action: Option<BlockAction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spam_to_junk: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(max_length = 64)]
    pub subject_prefix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(max_items = 100)]
    pub exempt_recipients: Option<Vec<String>>,
}

impl DomainSpamSettings {
    /// The server's settings with this domain's over them.
    pub fn over(&self, server: &SpamSettings) -> SpamSettings {
        let mut s = server.clone();
        if let Some(v) = self.tag_score {
            s.tag_score = v;
        }
        if let Some(v) = self.block_score {
            s.block_score = v;
        }
        if let Some(v) = self.block_action {
            s.block_action = v;
        }
        if let Some(v) = self.spam_to_junk {
            s.spam_to_junk = v;
        }
        if let Some(v) = &self.subject_prefix {
            s.subject_prefix = v.clone();
        }
        if let Some(v) = &self.exempt_recipients {
            s.exempt_recipients = v.clone();
        }
        s
    }

    pub(crate) fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A domain's overrides (empty when it has none).
pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
) -> CoreResult<DomainSpamSettings> {
    let mut conn = pool.acquire().await?;
    ordered::authorize(&mut conn, principal, Some(domain), Access::Read).await?;
    let stored: Option<sqlx::types::Json<DomainSpamSettings>> =
        sqlx::query_scalar("SELECT settings FROM domain_spam_settings WHERE domain_id = $1")
            .bind(domain)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(stored.map(|s| s.0).unwrap_or_default())
}

/// Replaces a domain's overrides (empty: the server's settings again). Checked over the
/// server's current settings, so that the result makes sense as a whole.
pub async fn set(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    mut value: DomainSpamSettings,
) -> CoreResult<DomainSpamSettings> {
    // Read before the transaction: it must not wait on a second connection of the pool.
    let server = crate::settings::spam(pool).await?;
    let mut tx = pool.begin().await?;
    let path = ordered::authorize(&mut tx, principal, Some(domain), Access::Write).await?;
    let mut merged = value.over(&server);
    merged.validate()?;
    // Keep the normalised forms the check made.
    if value.exempt_recipients.is_some() {
        value.exempt_recipients = Some(merged.exempt_recipients);
    }
    if value.is_empty() {
        sqlx::query("DELETE FROM domain_spam_settings WHERE domain_id = $1")
            .bind(domain)
            .execute(&mut *tx)
            .await?;
    } else {
        sqlx::query(
            "INSERT INTO domain_spam_settings (domain_id, settings) VALUES ($1, $2) \
             ON CONFLICT (domain_id) DO UPDATE SET settings = $2, updated_at = now()",
        )
        .bind(domain)
        .bind(sqlx::types::Json(&value))
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        principal,
        "domain.spamSettings",
        "domain",
        Some(domain.0),
        Place {
            tenant_path: &path,
            domain: Some(domain),
        },
        serde_json::to_value(&value).unwrap_or_default(),
    )
    .await?;
    postbay_core::settings::announce(&mut tx, "domain_spam_settings").await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(value)
}

/// Every domain's overrides over `server`, as the filter applies them.
pub(crate) async fn all(
    pool: &PgPool,
    server: &SpamSettings,
) -> CoreResult<HashMap<DomainId, SpamSettings>> {
    let rows: Vec<(DomainId, sqlx::types::Json<DomainSpamSettings>)> =
        sqlx::query_as("SELECT domain_id, settings FROM domain_spam_settings")
            .fetch_all(pool)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(domain, own)| (domain, own.0.over(server)))
        .collect())
}
