//! The certificates as an API resource: listed, uploaded, made self-signed, ordered from the
//! ACME CA, renewed, changed and deleted, by server administrators only (a certificate
//! answers for whatever names it holds, on every tenant's connections). Every change is
//! audited and announced, so every node's listeners serve it at once.

use chrono::{DateTime, Duration, Utc};
use postbay_core::access::Principal;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::CertificateId;
use postbay_core::list::PageParams;
use postbay_core::names::{DomainName, display_name};
use postbay_core::secrets::SecretKey;
use postbay_core::settings;
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};

use crate::inspect::{self, Facts, Material};

/// Where a certificate came from, which decides how it is renewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum CertificateSource {
    /// An operator's chain and key; replaced by uploading again, never renewed here.
    Uploaded,
    /// Made by the server; renewal makes a new one.
    SelfSigned,
    /// Ordered from the configured ACME CA; renewed before it expires.
    Acme,
}

postbay_core::stored_as_text!(CertificateSource {
    Uploaded => "uploaded",
    SelfSigned => "self_signed",
    Acme => "acme",
});

/// Whether a certificate is served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum CertificateStatus {
    /// Ordered from the CA; not issued yet.
    Pending,
    /// The first order failed (see `renewal.lastError`); it is retried.
    Failed,
    /// Served for its names.
    Valid,
    /// Past its `notAfter`; no longer served.
    Expired,
}

/// A certificate the server serves. Its private key is never shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    pub id: CertificateId,
    pub name: String,
    pub source: CertificateSource,
    pub status: CertificateStatus,
    /// The DNS names it is served for (chosen by the name a client asks for, SNI).
    pub names: Vec<String>,
    pub subject: Option<String>,
    pub issuer: Option<String>,
    pub serial: Option<String>,
    /// SHA-256 of the leaf certificate, hex.
    pub fingerprint_sha256: Option<String>,
    pub not_before: Option<DateTime<Utc>>,
    pub not_after: Option<DateTime<Utc>>,
    /// Served to clients that ask for no name, or for one no certificate holds.
    pub is_default: bool,
    /// The chain as served (PEM, leaf first); absent while an order is pending.
    pub chain: Option<String>,
    pub renewal: Renewal,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// When the server renews the certificate, and how its last attempt went.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Renewal {
    /// The next order (ACME) or regeneration (self-signed); absent for uploaded ones.
    pub next_at: Option<DateTime<Utc>>,
    /// Failed attempts since the last success.
    pub attempts: i32,
    pub last_error: Option<String>,
    pub last_error_at: Option<DateTime<Utc>>,
}

/// One page of certificates.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CertificatePage {
    pub items: Vec<Certificate>,
    pub next_cursor: Option<String>,
}

/// An operator's certificate: the PEM chain (leaf first, then its issuers) and its key.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UploadCertificateBody {
    /// A label; the first name of the certificate when absent.
    pub name: Option<String>,
    pub chain: String,
    pub key: String,
    #[serde(default)]
    pub is_default: bool,
}

/// A self-signed certificate for some names.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SelfSignedCertificateBody {
    pub name: Option<String>,
    /// DNS names, 1 to 100 (`*.example.com` allowed).
    pub names: Vec<String>,
    /// Days it is valid, 1 to 3650 (default 365).
    pub valid_days: Option<u32>,
    #[serde(default)]
    pub is_default: bool,
}

/// A certificate to order from the ACME CA (HTTP-01: each name must resolve to a node whose
/// HTTP listener answers `/.well-known/acme-challenge/` on port 80, or the CA's port).
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RequestCertificateBody {
    pub name: Option<String>,
    /// DNS names, 1 to 100; no wildcards (HTTP-01 cannot prove them).
    pub names: Vec<String>,
    #[serde(default)]
    pub is_default: bool,
}

/// Changes to a certificate: its label, whether it is the default, and (uploaded ones) a new
/// chain and key together.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateCertificateBody {
    pub name: Option<String>,
    pub is_default: Option<bool>,
    pub chain: Option<String>,
    pub key: Option<String>,
}

/// Narrows `listCertificates` to those served for a host name.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct CertificateFilter {
    /// Only certificates whose names cover this host (exactly or by wildcard).
    pub host: Option<String>,
}

const MAX_NAMES: usize = 100;
const SELECT: &str =
    "SELECT id, name, source, names, chain_pem, subject, issuer, serial, fingerprint,
        not_before, not_after, is_default, renew_at, attempts, last_error, last_error_at,
        created_at, updated_at FROM certificates";

#[derive(sqlx::FromRow)]
struct Row {
    id: CertificateId,
    name: String,
    source: CertificateSource,
    names: Vec<String>,
    chain_pem: Option<String>,
    subject: Option<String>,
    issuer: Option<String>,
    serial: Option<String>,
    fingerprint: Option<String>,
    not_before: Option<DateTime<Utc>>,
    not_after: Option<DateTime<Utc>>,
    is_default: bool,
    renew_at: Option<DateTime<Utc>>,
    attempts: i32,
    last_error: Option<String>,
    last_error_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Row {
    fn into_certificate(self, now: DateTime<Utc>) -> Certificate {
        let status = match (&self.chain_pem, self.not_after) {
            (None, _) if self.last_error.is_some() => CertificateStatus::Failed,
            (None, _) => CertificateStatus::Pending,
            (Some(_), Some(after)) if after <= now => CertificateStatus::Expired,
            (Some(_), _) => CertificateStatus::Valid,
        };
        Certificate {
            id: self.id,
            name: self.name,
            source: self.source,
            status,
            names: self.names,
            subject: self.subject,
            issuer: self.issuer,
            serial: self.serial,
            fingerprint_sha256: self.fingerprint,
            not_before: self.not_before,
            not_after: self.not_after,
            is_default: self.is_default,
            chain: self.chain_pem,
            renewal: Renewal {
                next_at: self.renew_at,
                attempts: self.attempts,
                last_error: self.last_error,
                last_error_at: self.last_error_at,
            },
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

/// The certificates, by name.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    filter: &CertificateFilter,
    page: &PageParams,
) -> CoreResult<CertificatePage> {
    principal.require_server_admin()?;
    let mut qb = sqlx::QueryBuilder::new(format!("{SELECT} WHERE true"));
    if let Some(pattern) = page.prefix_pattern()? {
        qb.push(" AND lower(name) LIKE ").push_bind(pattern);
    }
    if let Some(host) = filter.host.as_deref() {
        let host = DomainName::parse(host, "host")?.as_str().to_string();
        let wildcard = host
            .split_once('.')
            .map(|(_, parent)| format!("*.{parent}"))
            .unwrap_or_default();
        qb.push(" AND names && ").push_bind(vec![host, wildcard]);
    }
    page.push_page(&mut qb, "lower(name)", "id")?;
    let rows: Vec<Row> = qb.build_query_as().fetch_all(pool).await?;
    let (rows, next_cursor) = page.finish(rows, |row| (row.name.to_lowercase(), row.id.0))?;
    let now = Utc::now();
    Ok(CertificatePage {
        items: rows.into_iter().map(|r| r.into_certificate(now)).collect(),
        next_cursor,
    })
}

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    id: CertificateId,
) -> CoreResult<Certificate> {
    principal.require_server_admin()?;
    let mut conn = pool.acquire().await?;
    fetch(&mut conn, id).await
}

async fn fetch(conn: &mut PgConnection, id: CertificateId) -> CoreResult<Certificate> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    row.map(|r| r.into_certificate(Utc::now()))
        .ok_or(CoreError::NotFound {
            kind: "certificate",
        })
}

/// Stores an operator's chain and key once they pass [`inspect::check`]; the key sealed.
pub async fn upload(
    pool: &PgPool,
    key: &SecretKey,
    principal: &Principal,
    body: &UploadCertificateBody,
) -> CoreResult<Certificate> {
    principal.may_change_server_settings()?;
    let material = inspect::check(&body.chain, &body.key, Utc::now())?;
    let name = label(body.name.as_deref(), &material.facts.names)?;
    let id = CertificateId::new();
    let mut tx = pool.begin().await?;
    insert(
        &mut tx,
        id,
        &name,
        CertificateSource::Uploaded,
        &material.facts.names,
        body.is_default,
    )
    .await?;
    store_material(&mut tx, key, id, &material, None).await?;
    finish(tx, principal, id, "certificates.upload", &name).await
}

/// Makes and stores a self-signed certificate; it is made again before it expires.
pub async fn create_self_signed(
    pool: &PgPool,
    key: &SecretKey,
    principal: &Principal,
    body: &SelfSignedCertificateBody,
) -> CoreResult<Certificate> {
    principal.may_change_server_settings()?;
    let names = dns_names(&body.names, true)?;
    let days = body.valid_days.unwrap_or(365);
    if !(1..=3650).contains(&days) {
        return Err(CoreError::invalid(
            "validDays",
            "out_of_range",
            "validDays must be 1 to 3650",
        ));
    }
    let material = self_signed(&names, days)?;
    let name = label(body.name.as_deref(), &names)?;
    let id = CertificateId::new();
    let mut tx = pool.begin().await?;
    insert(
        &mut tx,
        id,
        &name,
        CertificateSource::SelfSigned,
        &names,
        body.is_default,
    )
    .await?;
    let renew_at = renewal_time(&material.facts, settings_renew_before(&mut tx).await?);
    store_material(&mut tx, key, id, &material, Some(renew_at)).await?;
    finish(tx, principal, id, "certificates.create_self_signed", &name).await
}

/// Records an ACME order for the names; the renewal worker of some node places it at once
/// and the certificate turns `valid` (or `failed`, with the CA's reason) when it ends.
pub async fn request(
    pool: &PgPool,
    principal: &Principal,
    body: &RequestCertificateBody,
) -> CoreResult<Certificate> {
    principal.may_change_server_settings()?;
    let names = dns_names(&body.names, false)?;
    let name = label(body.name.as_deref(), &names)?;
    let id = CertificateId::new();
    let mut tx = pool.begin().await?;
    insert(
        &mut tx,
        id,
        &name,
        CertificateSource::Acme,
        &names,
        body.is_default,
    )
    .await?;
    sqlx::query("UPDATE certificates SET renew_at = now() WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    finish(tx, principal, id, "certificates.request", &name).await
}

/// Renews now, whatever the expiry: an ACME certificate is ordered again, a self-signed one
/// made again. The one served now stays until the new one is stored.
pub async fn renew(
    pool: &PgPool,
    principal: &Principal,
    id: CertificateId,
) -> CoreResult<Certificate> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    let current = fetch(&mut tx, id).await?;
    if current.source == CertificateSource::Uploaded {
        return Err(CoreError::conflict(
            "certificate_not_renewable",
            "an uploaded certificate is renewed by uploading its successor (updateCertificate)",
        ));
    }
    sqlx::query(
        "UPDATE certificates SET renew_at = now(), attempts = 0, lease_until = NULL, updated_at = now()
         WHERE id = $1",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    finish(tx, principal, id, "certificates.renew", &current.name).await
}

/// Changes a certificate's label or default mark, or replaces an uploaded one's chain and key.
pub async fn update(
    pool: &PgPool,
    key: &SecretKey,
    principal: &Principal,
    id: CertificateId,
    body: &UpdateCertificateBody,
) -> CoreResult<Certificate> {
    principal.may_change_server_settings()?;
    let material = match (&body.chain, &body.key) {
        (Some(chain), Some(pem)) => Some(inspect::check(chain, pem, Utc::now())?),
        (None, None) => None,
        (Some(_), None) => {
            return Err(CoreError::invalid(
                "key",
                "required",
                "a new chain needs its key",
            ));
        }
        (None, Some(_)) => {
            return Err(CoreError::invalid(
                "chain",
                "required",
                "a new key needs its chain",
            ));
        }
    };
    let name = body
        .name
        .as_deref()
        .map(|n| display_name(n, "name"))
        .transpose()?;
    let mut tx = pool.begin().await?;
    let current = fetch(&mut tx, id).await?;
    if material.is_some() && current.source != CertificateSource::Uploaded {
        return Err(CoreError::invalid(
            "chain",
            "certificate_not_uploaded",
            "only an uploaded certificate takes a new chain and key; renew the others",
        ));
    }
    if body.is_default == Some(true) {
        clear_default(&mut tx).await?;
    }
    sqlx::query(
        "UPDATE certificates SET name = coalesce($2, name), is_default = coalesce($3, is_default),
            updated_at = now() WHERE id = $1",
    )
    .bind(id)
    .bind(&name)
    .bind(body.is_default)
    .execute(&mut *tx)
    .await?;
    if let Some(material) = &material {
        sqlx::query("UPDATE certificates SET names = $2 WHERE id = $1")
            .bind(id)
            .bind(&material.facts.names)
            .execute(&mut *tx)
            .await?;
        store_material(&mut tx, key, id, material, None).await?;
    }
    let label = name.unwrap_or(current.name);
    finish(tx, principal, id, "certificates.update", &label).await
}

/// Deletes a certificate: its names fall back to the default certificate at once.
pub async fn delete(pool: &PgPool, principal: &Principal, id: CertificateId) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    let name: Option<String> =
        sqlx::query_scalar("DELETE FROM certificates WHERE id = $1 RETURNING name")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let name = name.ok_or(CoreError::NotFound {
        kind: "certificate",
    })?;
    audit(&mut tx, principal, id, "certificates.delete", &name).await?;
    settings::announce(&mut tx, CHANGED).await?;
    tx.commit().await?;
    settings::changed_here();
    Ok(())
}

/// What a change announces on the settings channel, so every node reloads its certificates.
pub const CHANGED: &str = "certificates";

async fn insert(
    tx: &mut PgConnection,
    id: CertificateId,
    name: &str,
    source: CertificateSource,
    names: &[String],
    is_default: bool,
) -> CoreResult<()> {
    if is_default {
        clear_default(tx).await?;
    }
    sqlx::query(
        "INSERT INTO certificates (id, name, source, names, is_default) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(name)
    .bind(source)
    .bind(names)
    .bind(is_default)
    .execute(tx)
    .await?;
    Ok(())
}

async fn clear_default(tx: &mut PgConnection) -> CoreResult<()> {
    sqlx::query("UPDATE certificates SET is_default = false, updated_at = now() WHERE is_default")
        .execute(tx)
        .await?;
    Ok(())
}

/// Stores checked material on a certificate row, its key sealed; `renew_at` is when the
/// worker renews it (none for uploaded ones). Clears the failure record.
pub(crate) async fn store_material(
    tx: &mut PgConnection,
    key: &SecretKey,
    id: CertificateId,
    material: &Material,
    renew_at: Option<DateTime<Utc>>,
) -> CoreResult<()> {
    let facts = &material.facts;
    sqlx::query(
        "UPDATE certificates SET chain_pem = $2, key_sealed = $3, subject = $4, issuer = $5,
            serial = $6, fingerprint = $7, not_before = $8, not_after = $9, renew_at = $10,
            attempts = 0, last_error = NULL, last_error_at = NULL, lease_until = NULL,
            updated_at = now()
         WHERE id = $1",
    )
    .bind(id)
    .bind(&material.chain_pem)
    .bind(key.seal(&material.key_pem)?)
    .bind(&facts.subject)
    .bind(&facts.issuer)
    .bind(&facts.serial)
    .bind(&facts.fingerprint)
    .bind(facts.not_before)
    .bind(facts.not_after)
    .bind(renew_at)
    .execute(tx)
    .await?;
    Ok(())
}

async fn finish(
    mut tx: sqlx::Transaction<'_, sqlx::Postgres>,
    principal: &Principal,
    id: CertificateId,
    action: &str,
    name: &str,
) -> CoreResult<Certificate> {
    audit(&mut tx, principal, id, action, name).await?;
    settings::announce(&mut tx, CHANGED).await?;
    let certificate = fetch(&mut tx, id).await?;
    tx.commit().await?;
    settings::changed_here();
    Ok(certificate)
}

async fn audit(
    tx: &mut PgConnection,
    principal: &Principal,
    id: CertificateId,
    action: &str,
    name: &str,
) -> CoreResult<()> {
    settings::record(
        tx,
        principal,
        action,
        serde_json::json!({ "certificateId": id, "name": name }),
    )
    .await
}

fn label(given: Option<&str>, names: &[String]) -> CoreResult<String> {
    match given {
        Some(name) => display_name(name, "name"),
        None => Ok(names
            .first()
            .cloned()
            .unwrap_or_else(|| "certificate".into())),
    }
}

/// Checked, lower-cased, de-duplicated DNS names; `*.` wildcards where `wildcards` allows.
fn dns_names(input: &[String], wildcards: bool) -> CoreResult<Vec<String>> {
    if input.is_empty() || input.len() > MAX_NAMES {
        return Err(CoreError::invalid(
            "names",
            "out_of_range",
            "1 to 100 DNS names are required",
        ));
    }
    let mut names = Vec::with_capacity(input.len());
    for raw in input {
        let (prefix, rest) = match raw.trim().strip_prefix("*.") {
            Some(rest) if wildcards => ("*.", rest),
            Some(_) => {
                return Err(CoreError::invalid(
                    "names",
                    "wildcard_not_allowed",
                    "an ACME order proves each name over HTTP (HTTP-01), which cannot prove a wildcard",
                ));
            }
            None => ("", raw.trim()),
        };
        let name = format!("{prefix}{}", DomainName::parse(rest, "names")?.as_str());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    Ok(names)
}

/// A new self-signed certificate for the names, valid from yesterday (clocks differ) for
/// `days` days.
pub(crate) fn self_signed(names: &[String], days: u32) -> CoreResult<Material> {
    let internal =
        |e: rcgen::Error| CoreError::Internal(format!("self-signed certificate: {e}").into());
    let mut params = rcgen::CertificateParams::new(names.to_vec()).map_err(internal)?;
    let start = Utc::now() - Duration::days(1);
    let end = start + Duration::days(i64::from(days) + 1);
    use chrono::Datelike;
    let day = |t: DateTime<Utc>| rcgen::date_time_ymd(t.year(), t.month() as u8, t.day() as u8);
    params.not_before = day(start);
    params.not_after = day(end);
    let mut subject = rcgen::DistinguishedName::new();
    if let Some(first) = names.first() {
        subject.push(rcgen::DnType::CommonName, first.as_str());
    }
    params.distinguished_name = subject;
    let key_pair = rcgen::KeyPair::generate().map_err(internal)?;
    let cert = params.self_signed(&key_pair).map_err(internal)?;
    inspect::check(&cert.pem(), &key_pair.serialize_pem(), Utc::now())
}

/// When a certificate with these dates is renewed: `renew_before` ahead of its expiry, or
/// a third of its life ahead for short-lived ones.
pub(crate) fn renewal_time(facts: &Facts, renew_before: Duration) -> DateTime<Utc> {
    let life = facts.not_after - facts.not_before;
    facts.not_after - renew_before.min(life / 3)
}

async fn settings_renew_before(conn: &mut PgConnection) -> CoreResult<Duration> {
    Ok(crate::acme_settings::settings_in(conn)
        .await?
        .renew_before())
}
