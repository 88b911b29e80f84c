//! A domain's own Sieve scripts (as Pigeonhole's `sieve_before` and `sieve_after`): set by
//! the domain's administrators, run at delivery before and after each of its users' scripts
//! as one execution (`postbay_sieve::run_sequence`), so a domain can file its spam or tag
//! its mail whatever its users write, and a `stop` in the "before" script has the last word.

use chrono::{DateTime, Utc};
use postbay_core::access::{Access, Principal};
use postbay_core::audit::{self, Place};
use postbay_core::domains;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::DomainId;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

/// When a domain script runs, relative to the user's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SieveStage {
    Before,
    After,
}

impl SieveStage {
    fn as_str(self) -> &'static str {
        match self {
            Self::Before => "before",
            Self::After => "after",
        }
    }
}

/// A domain's script for one stage.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainSieveScript {
    #[sqlx(try_from = "String")]
    pub stage: SieveStage,
    /// The script's text (RFC 5228).
    pub content: String,
    /// Bytes of text.
    pub size: i64,
    pub updated_at: DateTime<Utc>,
}

impl TryFrom<String> for SieveStage {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        match text.as_str() {
            "before" => Ok(Self::Before),
            "after" => Ok(Self::After),
            other => Err(format!("unknown domain script stage {other:?}")),
        }
    }
}

/// A domain script's text.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainSieveScriptBody {
    pub content: String,
}

const COLUMNS: &str = "stage, content, octet_length(content)::bigint AS size, updated_at";

/// Only the domain's administrators (and those above them) read or change its scripts.
async fn authorize(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    access: Access,
) -> CoreResult<Vec<uuid::Uuid>> {
    let mut conn = pool.acquire().await?;
    let ctx = domains::context(&mut conn, domain, false).await?;
    // Something the domain owns: its administrators may change it, its users reach nothing.
    principal.authorize_in_domain(&ctx.tenant_path, domain, None, "domain", access)?;
    Ok(ctx.tenant_path)
}

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    stage: SieveStage,
) -> CoreResult<DomainSieveScript> {
    authorize(pool, principal, domain, Access::Read).await?;
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM domain_sieve_scripts WHERE domain_id = $1 AND stage = $2"
    ))
    .bind(domain.0)
    .bind(stage.as_str())
    .fetch_optional(pool)
    .await?
    .ok_or(CoreError::NotFound {
        kind: "domain sieve script",
    })
}

/// Sets the domain's script for `stage`, after checking it as a user's script is checked.
pub async fn put(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    stage: SieveStage,
    body: &DomainSieveScriptBody,
) -> CoreResult<DomainSieveScript> {
    let tenant_path = authorize(pool, principal, domain, Access::Write).await?;
    crate::scripts::compiles(&body.content)?;
    let mut tx = pool.begin().await?;
    let script: DomainSieveScript = sqlx::query_as(&format!(
        "INSERT INTO domain_sieve_scripts (domain_id, stage, content) VALUES ($1, $2, $3)
         ON CONFLICT (domain_id, stage) DO UPDATE SET content = EXCLUDED.content, updated_at = now()
         RETURNING {COLUMNS}"
    ))
    .bind(domain.0)
    .bind(stage.as_str())
    .bind(&body.content)
    .fetch_one(&mut *tx)
    .await?;
    record(
        &mut tx,
        principal,
        "domain.sieveScript.put",
        domain,
        &tenant_path,
        serde_json::json!({ "stage": stage, "size": script.size }),
    )
    .await?;
    tx.commit().await?;
    Ok(script)
}

pub async fn delete(
    pool: &PgPool,
    principal: &Principal,
    domain: DomainId,
    stage: SieveStage,
) -> CoreResult<()> {
    let tenant_path = authorize(pool, principal, domain, Access::Write).await?;
    let mut tx = pool.begin().await?;
    let deleted: Option<bool> = sqlx::query_scalar(
        "DELETE FROM domain_sieve_scripts WHERE domain_id = $1 AND stage = $2 RETURNING true",
    )
    .bind(domain.0)
    .bind(stage.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    if deleted.is_none() {
        return Err(CoreError::NotFound {
            kind: "domain sieve script",
        });
    }
    record(
        &mut tx,
        principal,
        "domain.sieveScript.delete",
        domain,
        &tenant_path,
        serde_json::json!({ "stage": stage }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

async fn record(
    conn: &mut sqlx::PgConnection,
    principal: &Principal,
    action: &str,
    domain: DomainId,
    tenant_path: &[uuid::Uuid],
    changes: serde_json::Value,
) -> CoreResult<()> {
    audit::record(
        conn,
        principal,
        action,
        "domain",
        Some(domain.0),
        Place {
            tenant_path,
            domain: Some(domain),
        },
        changes,
    )
    .await
}
