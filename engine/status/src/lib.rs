//! Live status across nodes. Every `postbay serve` process is a node: it keeps the table of
//! its live connections in memory (`postbay_listener::live`) and publishes a snapshot to
//! `node_status` when it changed (checked every 5 seconds; a heartbeat at least every 30), so
//! any node's API answers for all of them. The node that answers publishes its own snapshot
//! first, so its own connections are never stale; another node's are at most a few seconds
//! old. A node that stops deletes its row; a node that died is ignored after 90 seconds.
//!
//! Merging through the database rather than node-to-node calls keeps nodes unaware of each
//! other's addresses: what they share is PostgreSQL, as for everything else.

pub mod list;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use postbay_listener::LiveConnections;
use postbay_listener::live::ConnectionState;
use serde::Serialize;
use sqlx::PgPool;
use tokio::sync::watch;
use uuid::Uuid;

/// How often a node looks whether its table changed.
const PUBLISH_EVERY: Duration = Duration::from_secs(5);
/// A node's row is rewritten at least this often, changed or not.
const HEARTBEAT_EVERY: Duration = Duration::from_secs(30);
/// Most connections one snapshot carries (beyond it, the oldest are shown).
const MAX_PUBLISHED: usize = 50_000;

/// This process as a node of the cluster.
pub struct Node {
    pub id: Uuid,
    /// The name its connections are shown with (`POSTBAY_NODE_NAME`).
    pub name: String,
    pub started_at: DateTime<Utc>,
    pub live: LiveConnections,
    /// The table's generation last published (`u64::MAX`: none yet).
    published: AtomicU64,
    /// The node is stopping: its row is gone and must not come back.
    stopping: AtomicBool,
}

/// One connection as it is published (and read back by [`list`]).
#[derive(Serialize)]
struct Published<'a> {
    id: u64,
    service: &'static str,
    client: String,
    port: u16,
    since: DateTime<Utc>,
    tls: bool,
    account: Option<Uuid>,
    user: Option<&'a str>,
    command: Option<&'a str>,
    folder: Option<&'a str>,
}

impl<'a> From<&'a ConnectionState> for Published<'a> {
    fn from(c: &'a ConnectionState) -> Self {
        Self {
            id: c.id,
            service: c.service,
            client: c.client.ip().to_string(),
            port: c.client.port(),
            since: DateTime::<Utc>::from(c.since),
            tls: c.tls,
            account: c.user.as_ref().map(|(id, _)| id.0),
            user: c.user.as_ref().map(|(_, address)| address.as_str()),
            command: c.command.as_deref(),
            folder: c.folder.as_deref(),
        }
    }
}

impl Node {
    pub fn new(name: String, live: LiveConnections) -> Arc<Self> {
        Arc::new(Self {
            id: Uuid::now_v7(),
            name,
            started_at: Utc::now(),
            live,
            published: AtomicU64::new(u64::MAX),
            stopping: AtomicBool::new(false),
        })
    }

    /// Writes this node's snapshot when its table changed since the last one (`force`:
    /// whatever it holds, as a heartbeat). A snapshot never replaces a newer one.
    pub async fn publish(&self, pool: &PgPool, force: bool) -> Result<(), sqlx::Error> {
        let generation = self.live.generation();
        if self.stopping.load(Ordering::Relaxed)
            || (!force && self.published.load(Ordering::Relaxed) == generation)
        {
            return Ok(());
        }
        let snapshot = self.live.snapshot();
        let shown = snapshot.len().min(MAX_PUBLISHED);
        let rows: Vec<Published<'_>> = snapshot[..shown].iter().map(Published::from).collect();
        let connections = serde_json::to_value(&rows).unwrap_or_default();
        sqlx::query(
            "INSERT INTO node_status (node_id, name, started_at, heartbeat_at, generation, connections)
             VALUES ($1, $2, $3, now(), $4, $5)
             ON CONFLICT (node_id) DO UPDATE
               SET heartbeat_at = now(), generation = EXCLUDED.generation,
                   connections = EXCLUDED.connections
               WHERE node_status.generation <= EXCLUDED.generation",
        )
        .bind(self.id)
        .bind(&self.name)
        .bind(self.started_at)
        .bind(i64::try_from(generation).unwrap_or(i64::MAX))
        .bind(connections)
        .execute(pool)
        .await?;
        self.published.store(generation, Ordering::Relaxed);
        Ok(())
    }

    /// Publishes until the server stops, then takes this node's row away. Rows of nodes
    /// silent for a day are removed on the way.
    pub async fn run(self: Arc<Self>, pool: PgPool, mut stop: watch::Receiver<bool>) {
        let mut last_beat = Instant::now();
        let mut ticker = tokio::time::interval(PUBLISH_EVERY);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stop.changed() => break,
            }
            let beat = last_beat.elapsed() >= HEARTBEAT_EVERY
                || self.published.load(Ordering::Relaxed) == u64::MAX;
            match self.publish(&pool, beat).await {
                Ok(()) if beat => {
                    last_beat = Instant::now();
                    if let Err(e) = sqlx::query(
                        "DELETE FROM node_status WHERE heartbeat_at < now() - interval '1 day'",
                    )
                    .execute(&pool)
                    .await
                    {
                        tracing::debug!(error = %e, "removing the status of dead nodes");
                    }
                }
                Ok(()) => {}
                Err(e) => tracing::warn!(error = %e, "publishing this node's live status"),
            }
        }
        // No request still being answered may write the row back (it would show this
        // node's connections for another 90 s).
        self.stopping.store(true, Ordering::Relaxed);
        if let Err(e) = sqlx::query("DELETE FROM node_status WHERE node_id = $1")
            .bind(self.id)
            .execute(&pool)
            .await
        {
            tracing::warn!(error = %e, "removing this node's live status");
        }
    }
}
