//! Certificates from an ACME CA (RFC 8555), through `instant-acme`: the settings (directory,
//! contact, a private CA's certificate to trust, the challenge), the account (one per
//! directory, its key sealed), challenges kept in PostgreSQL so any node answers them — HTTP-01
//! on the HTTP listener, TLS-ALPN-01 (RFC 8737) on every TLS listener (`AcmeTlsChallenges`) —,
//! and the renewal worker every node runs. A node takes a due certificate with a lease, so one
//! order is placed however many nodes run; no transaction is held while the CA is asked.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use instant_acme::{
    Account, AccountBuilder, AccountCredentials, AuthorizationStatus, Identifier, NewAccount,
    NewOrder, OrderStatus, RetryPolicy,
};
use postbay_core::error::CoreResult;
use postbay_core::ids::CertificateId;
use postbay_core::secrets::SecretKey;
use postbay_core::settings;
use sqlx::PgPool;
use tokio::sync::watch;

use crate::inspect::{self, Material};
use crate::store::{self, CertificateSource};

pub use crate::acme_settings::{
    AcmeChallenge, AcmeSettings, LETS_ENCRYPT, get_settings, update_settings,
};
use crate::acme_settings::{roots, settings_in, stored_settings};

/// The key authorization for an HTTP-01 token of an order in flight, which
/// `/.well-known/acme-challenge/<token>` answers (public: the CA fetches it unauthenticated).
pub async fn challenge_answer(pool: &PgPool, token: &str) -> CoreResult<Option<String>> {
    if token.len() > 256 {
        return Ok(None);
    }
    Ok(sqlx::query_scalar(
        "SELECT key_authorization FROM acme_challenges
          WHERE token = $1 AND kind = 'http-01' AND expires_at > now()",
    )
    .bind(token)
    .fetch_optional(pool)
    .await?)
}

/// Renews due certificates until `stop`: woken by any settings change (a request or renewal
/// through the API announces one) and every 30 s. Runs on every node.
pub async fn run(pool: PgPool, key: SecretKey, mut stop: watch::Receiver<bool>) {
    let mut changes = settings::subscribe();
    let mut backoff =
        postbay_database::Backoff::new(StdDuration::from_millis(500), StdDuration::from_secs(30));
    loop {
        if *stop.borrow() {
            return;
        }
        if let Err(err) = warn_expiring(&pool).await {
            tracing::warn!(error = %err, "looking for certificates about to expire");
        }
        if let Err(err) = renew_due(&pool, &key).await {
            let (wait, first) = backoff.failed();
            if first {
                tracing::warn!(error = %err, "certificate renewal cannot use the database; retrying");
            }
            tokio::time::sleep(wait).await;
            continue;
        }
        backoff.succeeded();
        tokio::select! {
            _ = stop.changed() => return,
            _ = changes.changed() => {}
            _ = tokio::time::sleep(StdDuration::from_secs(30)) => {}
        }
        if *stop.borrow() {
            return;
        }
    }
}

/// Takes and renews due certificates one at a time, until none is due.
async fn renew_due(pool: &PgPool, key: &SecretKey) -> CoreResult<()> {
    while let Some(due) = claim(pool).await? {
        let outcome = renew_one(pool, key, &due).await;
        let mut tx = pool.begin().await?;
        match outcome {
            Ok(material) => {
                let renew_at = store::renewal_time(
                    &material.facts,
                    settings_in(&mut tx).await?.renew_before(),
                );
                store::store_material(&mut tx, key, due.id, &material, Some(renew_at)).await?;
                tracing::info!(certificate = %due.id, names = ?due.names, not_after = %material.facts.not_after, "certificate renewed");
            }
            Err(reason) => {
                let attempts = due.attempts + 1;
                let retry_in = retry_delay(attempts);
                tracing::warn!(certificate = %due.id, names = ?due.names, attempts, retry_in_secs = retry_in.num_seconds(), error = %reason, "certificate renewal failed");
                sqlx::query(
                    "UPDATE certificates SET attempts = $2, last_error = $3, last_error_at = now(),
                        renew_at = now() + $4 * interval '1 second', lease_until = NULL,
                        updated_at = now()
                     WHERE id = $1",
                )
                .bind(due.id)
                .bind(attempts)
                .bind(&reason[..reason.floor_char_boundary(1000)])
                .bind(retry_in.num_seconds() as f64)
                .execute(&mut *tx)
                .await?;
            }
        }
        settings::announce(&mut tx, store::CHANGED).await?;
        tx.commit().await?;
        settings::changed_here();
    }
    Ok(())
}

/// 1 minute after the first failure, doubling to at most 6 hours.
fn retry_delay(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 10) - 1;
    Duration::minutes(1i64 << exponent).min(Duration::hours(6))
}

#[derive(sqlx::FromRow)]
struct Due {
    id: CertificateId,
    source: CertificateSource,
    names: Vec<String>,
    attempts: i32,
    lifetime_days: Option<i64>,
}

/// The most overdue certificate no node holds, leased to this one for 10 minutes.
async fn claim(pool: &PgPool) -> CoreResult<Option<Due>> {
    Ok(sqlx::query_as(
        "UPDATE certificates SET lease_until = now() + interval '10 minutes'
         WHERE id = (SELECT id FROM certificates
                      WHERE renew_at <= now() AND source <> 'uploaded'
                        AND (lease_until IS NULL OR lease_until < now())
                      ORDER BY renew_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING id, source, names, attempts,
                   round(extract(epoch FROM not_after - not_before) / 86400)::bigint
                       AS lifetime_days",
    )
    .fetch_optional(pool)
    .await?)
}

async fn renew_one(pool: &PgPool, key: &SecretKey, due: &Due) -> Result<Material, String> {
    match due.source {
        CertificateSource::SelfSigned => {
            let days = due.lifetime_days.unwrap_or(365).clamp(1, 3650) as u32;
            store::self_signed(&due.names, days).map_err(|e| e.to_string())
        }
        CertificateSource::Acme => order(pool, key, &due.names).await,
        CertificateSource::Uploaded => Err("an uploaded certificate is not renewed here".into()),
    }
}

/// Places an order for the names, proves each with the settings' challenge and returns the
/// issued chain.
async fn order(pool: &PgPool, key: &SecretKey, names: &[String]) -> Result<Material, String> {
    let settings = stored_settings(pool).await.map_err(|e| e.to_string())?;
    let account = account(pool, key, &settings).await?;
    let identifiers: Vec<Identifier> = names.iter().map(|n| Identifier::Dns(n.clone())).collect();
    let mut order = account
        .new_order(&NewOrder::new(&identifiers))
        .await
        .map_err(|e| format!("the CA refused the order: {e}"))?;
    let mut tokens = Vec::new();
    let proved = async {
        let mut authorizations = order.authorizations();
        while let Some(result) = authorizations.next().await {
            let mut authorization = result.map_err(|e| e.to_string())?;
            match authorization.status {
                AuthorizationStatus::Pending => {}
                AuthorizationStatus::Valid => continue,
                other => return Err(format!("an authorization is {other:?}")),
            }
            let kind = settings.challenge;
            let mut challenge = authorization
                .challenge(kind.acme_type())
                .ok_or_else(|| format!("the CA offers no {} challenge", kind.as_str()))?;
            let token = challenge.token.clone();
            let name = match challenge.identifier().identifier {
                Identifier::Dns(name) => name.to_ascii_lowercase(),
                other => return Err(format!("cannot prove {other:?}")),
            };
            sqlx::query(
                "INSERT INTO acme_challenges (token, key_authorization, expires_at, kind, name)
                 VALUES ($1, $2, now() + interval '1 hour', $3, $4)
                 ON CONFLICT (token) DO UPDATE SET key_authorization = EXCLUDED.key_authorization,
                     kind = EXCLUDED.kind, name = EXCLUDED.name",
            )
            .bind(&token)
            .bind(challenge.key_authorization().as_str())
            .bind(kind)
            .bind(&name)
            .execute(pool)
            .await
            .map_err(|e| e.to_string())?;
            tokens.push(token);
            challenge.set_ready().await.map_err(|e| e.to_string())?;
        }
        Ok::<(), String>(())
    }
    .await;
    let issued = match proved {
        Ok(()) => finish_order(&mut order).await,
        Err(e) => Err(e),
    };
    // Challenges end with the order, whatever became of it (expired ones are also skipped).
    let _ = sqlx::query("DELETE FROM acme_challenges WHERE token = ANY($1) OR expires_at < now()")
        .bind(&tokens)
        .execute(pool)
        .await;
    let (chain, key_pem) = issued?;
    inspect::check(&chain, &key_pem, Utc::now())
        .map_err(|e| format!("the CA's certificate cannot be served: {e}"))
}

async fn finish_order(order: &mut instant_acme::Order) -> Result<(String, String), String> {
    let retries = RetryPolicy::new()
        .initial_delay(StdDuration::from_millis(250))
        .timeout(StdDuration::from_secs(120));
    let status = order
        .poll_ready(&retries)
        .await
        .map_err(|e| format!("validation: {e}"))?;
    if status != OrderStatus::Ready {
        let detail = order
            .state()
            .error
            .as_ref()
            .map(|p| format!(": {p}"))
            .unwrap_or_default();
        return Err(format!("the order is {status:?}, not ready{detail}"));
    }
    let key_pem = order
        .finalize()
        .await
        .map_err(|e| format!("finalize: {e}"))?;
    let chain = order
        .poll_certificate(&retries)
        .await
        .map_err(|e| format!("certificate: {e}"))?;
    Ok((chain, key_pem))
}

/// The account for the configured directory: the stored one, or a new one registered now.
async fn account(
    pool: &PgPool,
    key: &SecretKey,
    settings: &AcmeSettings,
) -> Result<Account, String> {
    let stored: Option<String> =
        sqlx::query_scalar("SELECT credentials_sealed FROM acme_accounts WHERE directory_url = $1")
            .bind(&settings.directory_url)
            .fetch_optional(pool)
            .await
            .map_err(|e| e.to_string())?;
    if let Some(sealed) = stored {
        let credentials: AccountCredentials = key
            .open(&sealed)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .ok_or("the stored ACME account cannot be opened with this server's key")?;
        return builder(settings)?
            .from_credentials(credentials)
            .await
            .map_err(|e| format!("the ACME directory cannot be reached: {e}"));
    }
    let contact: Vec<String> = settings
        .contact
        .iter()
        .map(|c| format!("mailto:{c}"))
        .collect();
    let contact: Vec<&str> = contact.iter().map(String::as_str).collect();
    let (account, credentials) = builder(settings)?
        .create(
            &NewAccount {
                contact: &contact,
                terms_of_service_agreed: true,
                only_return_existing: false,
            },
            settings.directory_url.clone(),
            None,
        )
        .await
        .map_err(|e| format!("the CA refused a new account: {e}"))?;
    let text = serde_json::to_string(&credentials).map_err(|e| e.to_string())?;
    let sealed = key.seal(&text).map_err(|e| e.to_string())?;
    // Two nodes registering at once: the first stored account is the one kept.
    sqlx::query(
        "INSERT INTO acme_accounts (directory_url, credentials_sealed) VALUES ($1, $2)
         ON CONFLICT (directory_url) DO NOTHING",
    )
    .bind(&settings.directory_url)
    .bind(sealed)
    .execute(pool)
    .await
    .map_err(|e| e.to_string())?;
    Ok(account)
}

/// The HTTPS client for the directory: the platform's roots, or only the configured CA's.
fn builder(settings: &AcmeSettings) -> Result<AccountBuilder, String> {
    let Some(pem) = &settings.ca_certificate else {
        return Account::builder().map_err(|e| e.to_string());
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots(pem)?)
        .with_no_client_auth();
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_only()
        .enable_http1()
        .build();
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build::<_, instant_acme::BodyWrapper<bytes::Bytes>>(connector);
    Ok(Account::builder_with_http(Box::new(client)))
}

/// A warning, once a day across nodes, for each certificate that expires within 14 days and
/// will not be renewed in time by itself (uploaded ones, and those whose renewal keeps
/// failing): in the log, and to the server-wide webhooks as `certificate.expiring`, in the
/// transaction that marks it announced.
async fn warn_expiring(pool: &PgPool) -> Result<(), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Expiring {
        id: CertificateId,
        names: Vec<String>,
        not_after: DateTime<Utc>,
    }
    let mut tx = pool.begin().await?;
    let rows: Vec<Expiring> = sqlx::query_as(
        "UPDATE certificates SET expiry_announced_at = now()
          WHERE not_after < now() + interval '14 days' AND (renew_at IS NULL OR attempts > 0)
            AND (expiry_announced_at IS NULL OR expiry_announced_at < now() - interval '24 hours')
          RETURNING id, names, not_after",
    )
    .fetch_all(&mut *tx)
    .await?;
    if rows.is_empty() {
        return Ok(());
    }
    let root: Vec<uuid::Uuid> =
        sqlx::query_scalar("SELECT id FROM tenants WHERE parent_id IS NULL")
            .fetch_all(&mut *tx)
            .await?;
    for Expiring {
        id,
        names,
        not_after,
    } in rows
    {
        tracing::warn!(certificate = %id, ?names, %not_after, "certificate expires soon and is not being renewed");
        let data = serde_json::json!({"id": id, "names": names, "notAfter": not_after});
        postbay_webhooks::events::emit(&mut tx, &root, "certificate.expiring", data).await?;
    }
    tx.commit().await
}
