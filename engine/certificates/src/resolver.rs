//! The certificate a TLS handshake gets, chosen by the name the client asks for (SNI) among
//! the stored certificates: a valid one holding the name (exactly, else by a `*.` wildcard),
//! the latest-expiring first; else the default one; else the process's own identity (the
//! file certificate of the data directory). Every TLS listener shares one resolver, so a new
//! or renewed certificate serves the next handshake on every port while sessions already
//! running keep the one they started with.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use chrono::{DateTime, Utc};
use postbay_core::error::CoreResult;
use postbay_core::ids::CertificateId;
use postbay_core::secrets::SecretKey;
use postbay_core::settings;
use rustls::ServerConfig;
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use sqlx::PgPool;
use tokio::sync::watch;

use crate::inspect;

/// Chooses the served certificate of every TLS handshake of this process.
#[derive(Debug)]
pub struct CertificateResolver {
    /// The process's own identity, for when no stored certificate answers.
    fallback: Arc<CertifiedKey>,
    current: RwLock<Arc<Snapshot>>,
}

#[derive(Debug, Default)]
struct Snapshot {
    /// What the loaded rows were (ids and change times), to skip a reload that changes nothing.
    version: String,
    by_name: HashMap<String, Vec<Served>>,
    default: Option<Served>,
}

#[derive(Debug, Clone)]
struct Served {
    key: Arc<CertifiedKey>,
    not_before: DateTime<Utc>,
    not_after: DateTime<Utc>,
}

impl Served {
    fn valid_at(&self, now: DateTime<Utc>) -> bool {
        self.not_before <= now && now < self.not_after
    }
}

impl Snapshot {
    fn for_name(&self, name: &str, now: DateTime<Utc>) -> Option<Arc<CertifiedKey>> {
        let best = |candidates: &Vec<Served>| {
            candidates
                .iter()
                .filter(|c| c.valid_at(now))
                .max_by_key(|c| c.not_after)
                .map(|c| c.key.clone())
        };
        if let Some(found) = self.by_name.get(name).and_then(best) {
            return Some(found);
        }
        let (_, parent) = name.split_once('.')?;
        self.by_name.get(&format!("*.{parent}")).and_then(best)
    }
}

impl CertificateResolver {
    /// A resolver serving only `fallback` until [`Self::reload`] reads the stored ones.
    pub fn new(fallback: Arc<CertifiedKey>) -> Arc<Self> {
        Arc::new(Self {
            fallback,
            current: RwLock::new(Arc::new(Snapshot::default())),
        })
    }

    /// The TLS configuration of every listener: TLS 1.2 and 1.3, certificates from here.
    pub fn server_config(self: &Arc<Self>) -> Result<Arc<ServerConfig>, rustls::Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_no_client_auth()
            .with_cert_resolver(self.clone());
        Ok(Arc::new(config))
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        match self.current.read() {
            Ok(current) => current.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Reads the stored certificates again when any changed; true when it did. A certificate
    /// that cannot be loaded (its key sealed under another key) is skipped with a warning.
    pub async fn reload(&self, pool: &PgPool, key: &SecretKey) -> CoreResult<bool> {
        let version: String = sqlx::query_scalar(
            "SELECT coalesce(md5(string_agg(id::text || updated_at::text, ',' ORDER BY id)), '')
             FROM certificates WHERE chain_pem IS NOT NULL",
        )
        .fetch_one(pool)
        .await?;
        if version == self.snapshot().version {
            return Ok(false);
        }
        let rows: Vec<StoredRow> = sqlx::query_as(
            "SELECT id, names, chain_pem, key_sealed, not_before, not_after, is_default
             FROM certificates WHERE chain_pem IS NOT NULL",
        )
        .fetch_all(pool)
        .await?;
        let mut snapshot = Snapshot {
            version,
            ..Snapshot::default()
        };
        for row in rows {
            let loaded = key
                .open(&row.key_sealed)
                .and_then(|key_pem| inspect::load(&row.chain_pem, &key_pem));
            let key = match loaded {
                Ok(key) => key,
                Err(err) => {
                    tracing::warn!(certificate = %row.id, error = %err, "a stored certificate cannot be served");
                    continue;
                }
            };
            let served = Served {
                key,
                not_before: row.not_before,
                not_after: row.not_after,
            };
            for name in &row.names {
                snapshot
                    .by_name
                    .entry(name.clone())
                    .or_default()
                    .push(served.clone());
            }
            if row.is_default {
                snapshot.default = Some(served);
            }
        }
        let count = snapshot.by_name.len();
        match self.current.write() {
            Ok(mut current) => *current = Arc::new(snapshot),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(snapshot),
        }
        tracing::info!(names = count, "certificates loaded");
        Ok(true)
    }

    /// Keeps the certificates current until `stop`: reloaded at every settings change
    /// announced by any node (every certificate change is one) and every minute (for expiry).
    pub async fn follow(
        self: Arc<Self>,
        pool: PgPool,
        key: SecretKey,
        mut stop: watch::Receiver<bool>,
    ) {
        let mut changes = settings::subscribe();
        loop {
            if let Err(err) = self.reload(&pool, &key).await {
                tracing::debug!(error = %err, "certificates cannot be reloaded now");
            }
            tokio::select! {
                _ = stop.changed() => return,
                _ = changes.changed() => {}
                _ = tokio::time::sleep(Duration::from_secs(60)) => {}
            }
            if *stop.borrow() {
                return;
            }
        }
    }
}

#[derive(sqlx::FromRow)]
struct StoredRow {
    id: CertificateId,
    names: Vec<String>,
    chain_pem: String,
    key_sealed: String,
    not_before: DateTime<Utc>,
    not_after: DateTime<Utc>,
    is_default: bool,
}

impl ResolvesServerCert for CertificateResolver {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        let snapshot = self.snapshot();
        let now = Utc::now();
        if let Some(name) = hello.server_name()
            && let Some(found) = snapshot.for_name(&name.to_ascii_lowercase(), now)
        {
            return Some(found);
        }
        match &snapshot.default {
            Some(default) if default.valid_at(now) => Some(default.key.clone()),
            _ => Some(self.fallback.clone()),
        }
    }
}
