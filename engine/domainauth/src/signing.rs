//! What mail leaving the server is signed and sealed with: the active keys of a hosted name
//! (a domain's own name or one of its aliases, which signs as itself with its domain's keys),
//! opened once and kept until a key or setting changes anywhere (the settings generation).
//! The outbound workers DKIM-sign with them; the pipeline ARC-seals mail a hosted domain
//! forwards with its active RSA key.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use base64::Engine;
use postbay_core::secrets::SecretKey;
use postbay_core::{CoreError, CoreResult};
use postbay_mailauth::ArcSealKey;
use postbay_mailauth::signing::Signer;
use sqlx::PgPool;

use crate::keys::DkimAlgorithm;

/// A name's keys, opened.
pub struct NameKeys {
    signers: Vec<Signer>,
    /// The active RSA key, for ARC seals.
    pub arc: Option<ArcSealKey>,
}

type Signers = Arc<NameKeys>;

/// The signing keys of every hosted name, read when first needed.
pub struct SigningKeys {
    pool: PgPool,
    secret: SecretKey,
    /// The settings generation the entries were read at, and the entries.
    cache: Mutex<(u64, HashMap<String, Signers>)>,
}

/// The name the server's own reports (from `MAILER-DAEMON@<host name>`) are signed as: the
/// most specific name at or above `from_domain` (`mail.example.com` by `example.com`, which
/// DMARC's relaxed alignment accepts) that the server tenant itself holds, verified — never
/// with a key a customer who added that name brought.
pub async fn report_signing_name(pool: &PgPool, from_domain: &str) -> CoreResult<Option<String>> {
    let labels: Vec<&str> = from_domain.split('.').collect();
    let candidates: Vec<String> = (0..labels.len().saturating_sub(1))
        .map(|i| labels[i..].join("."))
        .collect();
    Ok(sqlx::query_scalar(
        "SELECT n.name FROM mail_domain_names n
         JOIN domains d ON d.id = n.domain_id
         JOIN tenants t ON t.id = d.tenant_id
         WHERE n.name = ANY($1) AND n.verified_at IS NOT NULL AND t.parent_id IS NULL
         ORDER BY length(n.name) DESC LIMIT 1",
    )
    .bind(&candidates)
    .fetch_optional(pool)
    .await?)
}

/// Names cached at most; beyond, the cache starts again (a server hosts many names, but
/// only those that send are asked for).
const MAX_CACHED: usize = 10_000;

impl SigningKeys {
    pub fn new(pool: PgPool, secret: SecretKey) -> Self {
        Self {
            pool,
            secret,
            cache: Mutex::new((u64::MAX, HashMap::new())),
        }
    }

    fn cached(&self, name: &str, generation: u64) -> Option<Signers> {
        let cache = self.cache.lock().ok()?;
        if cache.0 != generation {
            return None;
        }
        cache.1.get(name).cloned()
    }

    async fn signers(&self, name: &str) -> CoreResult<Signers> {
        let generation = postbay_core::settings::generation();
        if let Some(found) = self.cached(name, generation) {
            return Ok(found);
        }
        let rows: Vec<(DkimAlgorithm, String, String)> = sqlx::query_as(
            "SELECT k.algorithm, k.selector, k.private_key
             FROM mail_domain_names n JOIN dkim_keys k ON k.domain_id = n.domain_id
             WHERE n.name = $1 AND k.status = 'active' ORDER BY k.algorithm",
        )
        .bind(name)
        .fetch_all(&self.pool)
        .await?;
        let headers = crate::settings::mail_auth(&self.pool).await?.signed_headers;
        let mut signers = Vec::with_capacity(rows.len());
        let mut arc = None;
        for (algorithm, selector, sealed) in rows {
            // One key that cannot be used (sealed under another secret key, damaged) leaves
            // the others signing.
            let opened = self.secret.open(&sealed).and_then(|text| {
                base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .map_err(|_| CoreError::Internal("a stored DKIM key is damaged".into()))
            });
            let signer = opened.and_then(|der| {
                Signer::new(algorithm.key_algorithm(), &der, name, &selector, &headers)
                    .map(|signer| (signer, der))
                    .map_err(|e| CoreError::Internal(e.to_string().into()))
            });
            let (signer, der) = match signer {
                Ok(found) => found,
                Err(e) => {
                    tracing::error!(%name, %selector, error = %e, "a DKIM key cannot be used; skipped");
                    continue;
                }
            };
            signers.push(signer);
            if algorithm == DkimAlgorithm::Rsa {
                arc = Some(ArcSealKey {
                    domain: name.to_string(),
                    selector,
                    rsa_private_der: der,
                });
            }
        }
        let signers = Arc::new(NameKeys { signers, arc });
        if let Ok(mut cache) = self.cache.lock() {
            if cache.0 != generation || cache.1.len() >= MAX_CACHED {
                *cache = (generation, HashMap::new());
            }
            cache.1.insert(name.to_string(), signers.clone());
        }
        Ok(signers)
    }

    /// The keys of `name`: none when it has no active key (or they cannot be read: logged).
    pub async fn of(&self, name: &str) -> Option<Arc<NameKeys>> {
        match self.signers(name).await {
            Ok(keys) => Some(keys),
            Err(e) => {
                tracing::error!(%name, error = %e, "the DKIM keys cannot be read");
                None
            }
        }
    }

    /// `message` with a `DKIM-Signature` per active key of `name` on top (RSA and Ed25519
    /// both, when the domain has both); as it was when the name has no active key, or (with
    /// an error logged) when the keys cannot be read: the mail still goes. The signing runs
    /// on the blocking pool: it hashes the whole message.
    pub async fn sign(&self, name: &str, message: Vec<u8>) -> Vec<u8> {
        let signers = match self.signers(name).await {
            Ok(signers) if !signers.signers.is_empty() => signers,
            Ok(_) => return message,
            Err(e) => {
                tracing::error!(%name, error = %e, "the DKIM keys cannot be read; sent unsigned");
                return message;
            }
        };
        let message = Arc::new(message);
        let shared = message.clone();
        let headers = tokio::task::spawn_blocking(move || {
            signers
                .signers
                .iter()
                .map(|signer| signer.sign(&shared))
                .collect::<Result<String, _>>()
        })
        .await;
        let message = Arc::try_unwrap(message).unwrap_or_else(|shared| (*shared).clone());
        match headers {
            Ok(Ok(headers)) => {
                let mut signed = headers.into_bytes();
                signed.extend_from_slice(&message);
                signed
            }
            Ok(Err(e)) => {
                tracing::error!(%name, error = %e, "DKIM signing failed; sent unsigned");
                message
            }
            Err(e) => {
                tracing::error!(%name, error = %e, "DKIM signing stopped; sent unsigned");
                message
            }
        }
    }
}
