//! A domain's DKIM keys. A key is made by the server (or imported), published, then signs:
//!
//! - `pending`: published in the domain's DNS records, not yet signing. A new key starts so
//!   when its domain already signs with one of its algorithm, so it can be published before
//!   it takes over (rotation).
//! - `active`: signs; one per algorithm and domain. The first key of an algorithm starts
//!   active. Activating a key retires the one it replaces.
//! - `retired`: signs no more, and stays published for the mail-auth settings'
//!   `retiredKeyDays`, so mail already signed with it still verifies.
//!
//! Private keys are sealed with the server's secret key and never leave the server.

use base64::Engine;
use chrono::{DateTime, Utc};
use postbay_core::access::{Access, Principal};
use postbay_core::audit::{self, Place};
use postbay_core::domains::DomainContext;
use postbay_core::ids::{DkimKeyId, DomainId};
use postbay_core::secrets::SecretKey;
use postbay_core::{CoreError, CoreResult};
use postbay_mailauth::signing::{KeyAlgorithm, KeyPair};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};

use crate::administered_domain;
use crate::dns_record::{DnsRecord, RecordType};

/// A DKIM key's algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DkimAlgorithm {
    /// Ed25519-SHA256 (RFC 8463).
    Ed25519,
    /// RSA-SHA256, 2048 bits when the server makes it.
    Rsa,
}

postbay_core::stored_as_text!(DkimAlgorithm { Ed25519 => "ed25519", Rsa => "rsa" });

impl DkimAlgorithm {
    pub(crate) fn key_algorithm(self) -> KeyAlgorithm {
        match self {
            Self::Ed25519 => KeyAlgorithm::Ed25519,
            Self::Rsa => KeyAlgorithm::Rsa,
        }
    }

    fn of(algorithm: KeyAlgorithm) -> Self {
        match algorithm {
            KeyAlgorithm::Ed25519 => Self::Ed25519,
            KeyAlgorithm::Rsa => Self::Rsa,
        }
    }
}

/// Where a key is in its life (see the module's doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DkimKeyStatus {
    Pending,
    Active,
    Retired,
}

postbay_core::stored_as_text!(DkimKeyStatus { Pending => "pending", Active => "active", Retired => "retired" });

/// A DKIM key as administrators see it (never its private half).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DkimKey {
    pub id: DkimKeyId,
    pub domain_id: DomainId,
    pub selector: String,
    pub algorithm: DkimAlgorithm,
    pub status: DkimKeyStatus,
    /// Brought by an operator rather than made by the server.
    pub imported: bool,
    /// Listed in the domain's DNS records (not retired longer than `retiredKeyDays`).
    pub published: bool,
    /// The TXT record to publish at `<selector>._domainkey.<domain>`.
    pub record: DnsRecord,
    pub created_at: DateTime<Utc>,
    pub activated_at: Option<DateTime<Utc>>,
    pub retired_at: Option<DateTime<Utc>>,
}

/// A key to make, or to import.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewDkimKey {
    /// Ignored when a `privateKey` is imported (its own algorithm counts).
    pub algorithm: DkimAlgorithm,
    /// 1 to 63 of `a-z`, `0-9` and inner `-`; by default the algorithm and the date
    /// (`ed20261204`, `rsa20261204`).
    #[schema(min_length = 1, max_length = 63)]
    pub selector: Option<String>,
    /// An existing key to import instead of making one: PEM, `RSA PRIVATE KEY` (PKCS#1) or
    /// `PRIVATE KEY` (PKCS#8, RSA of 2048 to 4096 bits or Ed25519). Write-only.
    #[schema(max_length = 16384)]
    pub private_key: Option<String>,
}

/// A key's new status: `active` (it signs from now on, and the active key of its algorithm
/// retires) or `retired`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DkimKeyUpdate {
    pub status: DkimKeyStatus,
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    id: DkimKeyId,
    domain_id: DomainId,
    selector: String,
    algorithm: DkimAlgorithm,
    status: DkimKeyStatus,
    imported: bool,
    public_key: Vec<u8>,
    created_at: DateTime<Utc>,
    activated_at: Option<DateTime<Utc>>,
    retired_at: Option<DateTime<Utc>>,
}

const COLUMNS: &str = "id, domain_id, selector, algorithm, status, imported, public_key, created_at, activated_at, retired_at";

impl KeyRow {
    fn shown(self, domain: &str, retired_key_days: u32) -> DkimKey {
        let published = is_published(self.status, self.retired_at, retired_key_days);
        DkimKey {
            record: key_record(domain, &self.selector, self.algorithm, &self.public_key),
            id: self.id,
            domain_id: self.domain_id,
            selector: self.selector,
            algorithm: self.algorithm,
            status: self.status,
            imported: self.imported,
            published,
            created_at: self.created_at,
            activated_at: self.activated_at,
            retired_at: self.retired_at,
        }
    }
}

/// Whether a key is still in DNS: all but those retired longer than the retention.
fn is_published(
    status: DkimKeyStatus,
    retired_at: Option<DateTime<Utc>>,
    retired_key_days: u32,
) -> bool {
    match (status, retired_at) {
        (DkimKeyStatus::Retired, Some(at)) => {
            Utc::now() - at < chrono::Duration::days(i64::from(retired_key_days))
        }
        _ => true,
    }
}

/// The TXT record of a key.
fn key_record(domain: &str, selector: &str, algorithm: DkimAlgorithm, public: &[u8]) -> DnsRecord {
    DnsRecord {
        record_type: RecordType::Txt,
        name: format!("{selector}._domainkey.{domain}"),
        value: postbay_mailauth::signing::key_record(algorithm.key_algorithm(), public),
        ttl: crate::dns_record::TTL,
    }
}

/// The domain's keys, newest first.
pub async fn list(pool: &PgPool, principal: &Principal, id: DomainId) -> CoreResult<Vec<DkimKey>> {
    let mut conn = pool.acquire().await?;
    let ctx = administered_domain(&mut conn, principal, id, Access::Read, false).await?;
    let days = crate::settings::mail_auth_in(&mut conn)
        .await?
        .retired_key_days;
    let rows: Vec<KeyRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM dkim_keys WHERE domain_id = $1 ORDER BY created_at DESC, id DESC"
    ))
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.shown(&ctx.name, days)).collect())
}

/// The keys a domain publishes, for its DNS records.
pub(crate) async fn published(
    conn: &mut PgConnection,
    id: DomainId,
    domain: &str,
    retired_key_days: u32,
) -> CoreResult<Vec<DnsRecord>> {
    let rows: Vec<KeyRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM dkim_keys WHERE domain_id = $1 ORDER BY selector"
    ))
    .bind(id.0)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| r.shown(domain, retired_key_days))
        .filter(|k| k.published)
        .map(|k| k.record)
        .collect())
}

fn check_selector(selector: &str) -> CoreResult<()> {
    let bytes = selector.as_bytes();
    let valid = (1..=63).contains(&bytes.len())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes.first() != Some(&b'-')
        && bytes.last() != Some(&b'-');
    if valid {
        Ok(())
    } else {
        Err(CoreError::invalid(
            "selector",
            "invalid_selector",
            "a selector is 1 to 63 of a-z, 0-9 and inner hyphens",
        ))
    }
}

/// Makes (or imports) a key for the domain. The first key of its algorithm signs at once;
/// a later one waits as `pending` until it is activated.
pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    secret: &SecretKey,
    id: DomainId,
    new: NewDkimKey,
) -> CoreResult<DkimKey> {
    principal.require_writable()?;
    if let Some(selector) = &new.selector {
        check_selector(selector)?;
    }
    {
        let mut conn = pool.acquire().await?;
        administered_domain(&mut conn, principal, id, Access::Write, false).await?;
        // Asked before the (costly) key is made, and again under the domain's lock.
        check_room(&mut conn, id).await?;
    }
    let imported = new.private_key.is_some();
    let algorithm = new.algorithm.key_algorithm();
    // One key made at a time in this process: an RSA key keeps a core busy for a while, and
    // parallel requests must not take both.
    let _turn = GENERATING
        .acquire()
        .await
        .map_err(|_| CoreError::Internal("key generation stopped".into()))?;
    let pair = tokio::task::spawn_blocking(move || match new.private_key {
        Some(pem) if pem.len() > 16384 => Err(CoreError::invalid(
            "privateKey",
            "invalid_key",
            "a private key is at most 16384 characters of PEM",
        )),
        Some(pem) => KeyPair::import_pem(&pem)
            .map_err(|e| CoreError::invalid("privateKey", "invalid_key", e.to_string())),
        None => KeyPair::generate(algorithm).map_err(|e| CoreError::Internal(e.to_string().into())),
    })
    .await
    .map_err(|e| CoreError::Internal(format!("making a key: {e}").into()))??;
    let algorithm = DkimAlgorithm::of(pair.algorithm);
    let sealed =
        secret.seal(&base64::engine::general_purpose::STANDARD.encode(&pair.private_der))?;

    let mut tx = pool.begin().await?;
    let ctx = administered_domain(&mut tx, principal, id, Access::Write, true).await?;
    check_room(&mut tx, id).await?;
    let selector = match new.selector {
        Some(s) => s,
        None => free_selector(&mut tx, id, algorithm).await?,
    };
    let has_active: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM dkim_keys WHERE domain_id = $1 AND algorithm = $2 AND status = 'active')",
    )
    .bind(id.0)
    .bind(algorithm)
    .fetch_one(&mut *tx)
    .await?;
    let status = if has_active {
        DkimKeyStatus::Pending
    } else {
        DkimKeyStatus::Active
    };
    let row: Option<KeyRow> = sqlx::query_as(&format!(
        "INSERT INTO dkim_keys (id, domain_id, selector, algorithm, status, private_key, public_key, imported, activated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $5 = 'active' THEN now() END)
         ON CONFLICT (domain_id, selector) DO NOTHING
         RETURNING {COLUMNS}"
    ))
    .bind(DkimKeyId::new())
    .bind(id.0)
    .bind(&selector)
    .bind(algorithm)
    .bind(status)
    .bind(&sealed)
    .bind(&pair.public)
    .bind(imported)
    .fetch_optional(&mut *tx)
    .await?;
    let row = row.ok_or_else(|| {
        CoreError::conflict_on(
            "selector_taken",
            "selector",
            "the domain has a key with this selector",
        )
    })?;
    record(
        &mut tx,
        principal,
        &ctx,
        "dkim_key.create",
        &row,
        serde_json::json!({"selector": selector, "algorithm": algorithm, "status": status, "imported": imported}),
    )
    .await?;
    let days = crate::settings::mail_auth_in(&mut tx)
        .await?
        .retired_key_days;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(row.shown(&ctx.name, days))
}

/// Makes key generation take turns (see `create`).
static GENERATING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

/// Keys a domain may have at once, whatever their status: rotation needs two per algorithm.
pub const MAX_KEYS_PER_DOMAIN: i64 = 10;

async fn check_room(conn: &mut PgConnection, id: DomainId) -> CoreResult<()> {
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM dkim_keys WHERE domain_id = $1")
        .bind(id.0)
        .fetch_one(&mut *conn)
        .await?;
    if count >= MAX_KEYS_PER_DOMAIN {
        return Err(CoreError::conflict(
            "too_many_keys",
            format!(
                "a domain has at most {MAX_KEYS_PER_DOMAIN} DKIM keys: delete a retired one first"
            ),
        ));
    }
    Ok(())
}

/// `ed20261204`, or with `-2`, `-3`... when the domain has that selector already.
async fn free_selector(
    conn: &mut PgConnection,
    id: DomainId,
    algorithm: DkimAlgorithm,
) -> CoreResult<String> {
    let prefix = match algorithm {
        DkimAlgorithm::Ed25519 => "ed",
        DkimAlgorithm::Rsa => "rsa",
    };
    let base = format!("{prefix}{}", Utc::now().format("%Y%m%d"));
    let taken: Vec<String> = sqlx::query_scalar(
        "SELECT selector FROM dkim_keys WHERE domain_id = $1 AND (selector = $2 OR selector LIKE $2 || '-%')",
    )
    .bind(id.0)
    .bind(&base)
    .fetch_all(&mut *conn)
    .await?;
    let free = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|s| !taken.contains(s))
        .unwrap_or(base);
    Ok(free)
}

/// The domain's key `key`, locked for a change; not found through another domain.
async fn locked(conn: &mut PgConnection, id: DomainId, key: DkimKeyId) -> CoreResult<KeyRow> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM dkim_keys WHERE id = $1 AND domain_id = $2 FOR UPDATE"
    ))
    .bind(key.0)
    .bind(id.0)
    .fetch_optional(conn)
    .await?
    .ok_or(CoreError::NotFound { kind: "DKIM key" })
}

/// Activates or retires a key.
pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    key: DkimKeyId,
    change: DkimKeyUpdate,
) -> CoreResult<DkimKey> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let ctx = administered_domain(&mut tx, principal, id, Access::Write, true).await?;
    let current = locked(&mut tx, id, key).await?;
    let days = crate::settings::mail_auth_in(&mut tx)
        .await?
        .retired_key_days;
    if change.status == DkimKeyStatus::Active
        && !is_published(current.status, current.retired_at, days)
    {
        return Err(CoreError::conflict_on(
            "dkim_key_unpublished",
            "status",
            "the key is no longer in the domain's DNS records: make a new one",
        ));
    }
    let row: KeyRow = match (current.status, change.status) {
        (_, DkimKeyStatus::Pending) => {
            return Err(CoreError::invalid(
                "status",
                "invalid_status",
                "a key can be made active or retired",
            ));
        }
        (before, after) if before == after => current,
        (_, DkimKeyStatus::Active) => {
            sqlx::query(
                "UPDATE dkim_keys SET status = 'retired', retired_at = now()
                 WHERE domain_id = $1 AND algorithm = $2 AND status = 'active'",
            )
            .bind(id.0)
            .bind(current.algorithm)
            .execute(&mut *tx)
            .await?;
            sqlx::query_as(&format!(
                "UPDATE dkim_keys SET status = 'active', activated_at = now(), retired_at = NULL
                 WHERE id = $1 RETURNING {COLUMNS}"
            ))
            .bind(key.0)
            .fetch_one(&mut *tx)
            .await?
        }
        (_, DkimKeyStatus::Retired) => {
            sqlx::query_as(&format!(
                "UPDATE dkim_keys SET status = 'retired', retired_at = now() WHERE id = $1 RETURNING {COLUMNS}"
            ))
            .bind(key.0)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    record(
        &mut tx,
        principal,
        &ctx,
        "dkim_key.update",
        &row,
        serde_json::json!({"selector": row.selector, "status": row.status}),
    )
    .await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(row.shown(&ctx.name, days))
}

/// Deletes a key that does not sign (pending or retired): an active key is retired first,
/// so a domain never stops signing by accident.
pub async fn delete(
    pool: &PgPool,
    principal: &Principal,
    id: DomainId,
    key: DkimKeyId,
) -> CoreResult<()> {
    principal.require_writable()?;
    let mut tx = pool.begin().await?;
    let ctx = administered_domain(&mut tx, principal, id, Access::Write, true).await?;
    let row = locked(&mut tx, id, key).await?;
    if row.status == DkimKeyStatus::Active {
        return Err(CoreError::conflict_on(
            "dkim_key_active",
            "status",
            "the key signs the domain's mail: retire it (or activate another) first",
        ));
    }
    sqlx::query("DELETE FROM dkim_keys WHERE id = $1")
        .bind(key.0)
        .execute(&mut *tx)
        .await?;
    record(
        &mut tx,
        principal,
        &ctx,
        "dkim_key.delete",
        &row,
        serde_json::json!({"selector": row.selector}),
    )
    .await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(())
}

/// The audit event of a key change, and the announcement that makes every process read the
/// signing keys again; in the change's transaction.
async fn record(
    conn: &mut PgConnection,
    principal: &Principal,
    ctx: &DomainContext,
    action: &str,
    row: &KeyRow,
    changes: serde_json::Value,
) -> CoreResult<()> {
    audit::record(
        &mut *conn,
        principal,
        action,
        "dkim_key",
        Some(row.id.0),
        Place {
            tenant_path: &ctx.tenant_path,
            domain: Some(ctx.id),
        },
        changes,
    )
    .await?;
    postbay_core::settings::announce(conn, "dkim_keys").await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_are_dns_labels() {
        for good in ["a", "ed20261204", "rsa-2", "s1"] {
            assert!(check_selector(good).is_ok(), "{good}");
        }
        for bad in ["", "-a", "a-", "A", "a.b", "a_b", &"a".repeat(64)] {
            assert!(check_selector(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn retired_keys_stay_published_for_the_retention() {
        let now = Utc::now();
        assert!(is_published(DkimKeyStatus::Pending, None, 7));
        assert!(is_published(DkimKeyStatus::Retired, Some(now), 7));
        assert!(!is_published(
            DkimKeyStatus::Retired,
            Some(now - chrono::Duration::days(8)),
            7
        ));
        assert!(!is_published(DkimKeyStatus::Retired, Some(now), 0));
    }
}
