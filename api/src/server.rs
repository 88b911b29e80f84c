//! `postbay serve`: open (or start) the database, migrate, bootstrap, serve until a signal.

use std::net::SocketAddr;

use anyhow::Context;
use axum::serve::ListenerExt;
use postbay_core::auth::TokenKeys;
use postbay_core::bootstrap::{self, BootstrapConfig, BootstrapOutcome};
use postbay_core::services::ServiceDefault;
use postbay_database::EmbeddedCluster;
use sqlx::postgres::PgConnectOptions;

use crate::config::Config;
use crate::{AppState, router};

/// The database a command works on, and the private cluster behind it if one was started.
pub struct Database {
    pub pool: sqlx::PgPool,
    cluster: Option<EmbeddedCluster>,
}

impl Database {
    pub async fn open(config: &Config) -> anyhow::Result<Self> {
        let (options, cluster) = match &config.database_url {
            Some(url) => (
                url.parse::<PgConnectOptions>()
                    .context("POSTBAY_DATABASE_URL is not a valid PostgreSQL URL")?,
                None,
            ),
            None => {
                let cluster = EmbeddedCluster::start(&config.data_dir).await?;
                cluster
                    .ensure_database()
                    .await
                    .context("creating the postbay database")?;
                (cluster.connect_options(), Some(cluster))
            }
        };
        let pool = match postbay_database::connect(options, config.max_db_connections).await {
            Ok(pool) => pool,
            Err(e) => {
                if let Some(c) = cluster {
                    let _ = c.stop().await;
                }
                return Err(e.into());
            }
        };
        postbay_database::migrate(&pool).await?;
        Ok(Self { pool, cluster })
    }

    /// Closes the pool and stops the private cluster, if any.
    pub async fn close(self) {
        self.pool.close().await;
        if let Some(cluster) = self.cluster {
            match cluster.stop().await {
                Ok(()) => tracing::info!("private PostgreSQL stopped"),
                Err(e) => tracing::error!(error = %e, "stopping the private PostgreSQL failed"),
            }
        }
    }
}

pub async fn serve(config: Config, admin_password: Option<String>) -> anyhow::Result<()> {
    let db = Database::open(&config).await?;
    let result = run(&config, &db, admin_password).await;
    db.close().await;
    result
}

async fn run(config: &Config, db: &Database, admin_password: Option<String>) -> anyhow::Result<()> {
    let outcome = bootstrap::run(
        &db.pool,
        &BootstrapConfig {
            hostname: config.hostname.clone(),
            primary_domain: config.primary_domain(),
            admin_password,
        },
    )
    .await?;
    if let BootstrapOutcome::Created {
        admin,
        generated_password,
    } = outcome
    {
        tracing::info!(%admin, "created the server administrator");
        if let Some(password) = generated_password {
            // Printed once, on standard output only, never to the log.
            println!("postbay: administrator {admin} created with password: {password}");
        }
    }
    postbay_core::net::allow_internal_targets(config.internal_targets()?);
    let keys = TokenKeys::load(&db.pool).await?;
    let secret_key = config.secret_key()?;
    tokio::spawn(postbay_core::settings::follow_changes(db.pool.clone()));
    let services: std::sync::Arc<[ServiceDefault]> = config.service_defaults().into();
    let dns = postbay_dns::Dns::new(&config.dns_servers);
    let client_tls = postbay_listener::client_tls::TlsConfigs::new()
        .context("making the TLS client configuration")?;
    let sender_auth = if config.sender_auth {
        let auth = dns
            .hickory()
            .map(|resolver| postbay_mailauth::SenderAuth::new(resolver, &config.hostname));
        if auth.is_none() {
            tracing::warn!("no DNS resolver: the senders of received mail go unchecked");
        }
        auth
    } else {
        None
    };
    let signing = std::sync::Arc::new(postbay_domainauth::signing::SigningKeys::new(
        db.pool.clone(),
        secret_key.clone(),
    ));
    // Counted in memory on the hot paths, written every few seconds until the server stops.
    let counters = std::sync::Arc::new(postbay_counters::Counters::default());
    let filter = std::sync::Arc::new(postbay_filter::Filter::new(dns.clone(), counters.clone()));
    let pipeline = postbay_delivery::Pipeline::start(
        db.pool.clone(),
        &config.hostname,
        sender_auth,
        signing,
        filter.clone(),
        postbay_srs::Srs::new(&secret_key.derive("srs")),
    );
    // This process as a node: its live connections, published for every node's API.
    let live = postbay_listener::LiveConnections::default();
    let node = postbay_status::Node::new(config.node_name(), live.clone());
    let app = router(AppState {
        pool: db.pool.clone(),
        keys,
        max_body_bytes: config.max_body_bytes,
        services: services.clone(),
        secret_key: secret_key.clone(),
        dns: dns.clone(),
        client_tls: client_tls.clone(),
        peer_timeouts: config.peer_timeouts(),
        api_tls: config.api_tls,
        hostname: config.hostname.as_str().into(),
        pipeline: pipeline.clone(),
        node: node.clone(),
    });
    // One resolver for every TLS listener: stored certificates by SNI, else this identity.
    let certificates = postbay_certificates::CertificateResolver::new(crate::tls::identity(
        &config.data_dir,
        &config.hostname,
    )?);
    if let Err(err) = certificates.reload(&db.pool, &secret_key).await {
        tracing::warn!(error = %err, "stored certificates cannot be read yet; serving the file identity");
    }
    // Every TLS listener: the certificates by SNI, and TLS-ALPN-01 challenges of ACME orders.
    let tls = postbay_listener::ServerTls::new(
        certificates.server_config().context("TLS configuration")?,
        Some(postbay_certificates::alpn::AcmeTlsChallenges::new(
            db.pool.clone(),
        )),
    );
    let listener = tokio::net::TcpListener::bind(config.api_addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.api_addr))?;
    tracing::info!(addr = %listener.local_addr()?, tls = config.api_tls, "admin API listening");
    let (stop, stopped) = tokio::sync::watch::channel(false);
    // Prometheus metrics, on their own listener, before anything counts.
    if let Some(addr) = config.metrics_addr {
        serve_metrics(addr, db.pool.clone(), stopped.clone()).await?;
    }
    // Every mail port is bound before any worker starts: a port that cannot be had stops the
    // server with one error naming it, and nothing is left running on a pool being closed.
    let shared = postbay_smtp::SmtpShared::new(&pipeline, dns.clone());
    let mut mail = crate::listeners::MailListeners::new(
        db.pool.clone(),
        services.clone(),
        pipeline.clone(),
        shared,
        config.hostname.clone(),
        tls.clone(),
        stopped.clone(),
        live,
    );
    mail.start().await?;
    let publishing = tokio::spawn(node.run(db.pool.clone(), stopped.clone()));
    let counting = tokio::spawn(counters.run(db.pool.clone(), stopped.clone()));
    // The log families: captured lines written in batches; retention and debug switches.
    let log_writer = tokio::spawn(postbay_logs::writer::run(db.pool.clone(), stopped.clone()));
    tokio::spawn(postbay_logs::writer::maintain(
        db.pool.clone(),
        stopped.clone(),
    ));
    tokio::spawn(certificates.follow(db.pool.clone(), secret_key.clone(), stopped.clone()));
    // Orders and renewals of certificates; any node may take one (leased), so every node runs it.
    tokio::spawn(postbay_certificates::acme::run(
        db.pool.clone(),
        secret_key.clone(),
        stopped.clone(),
    ));
    tokio::spawn(purge_expired(db.pool.clone(), filter));
    // Usage snapshots for billing: hourly, one node at a time.
    tokio::spawn(postbay_usage::snapshot::run(
        db.pool.clone(),
        stopped.clone(),
    ));
    // The daily re-check of every domain's DNS records (a change is announced to webhooks).
    tokio::spawn(postbay_domainauth::monitor::run(
        db.pool.clone(),
        dns.clone(),
        config.hostname.as_str().to_string(),
        services.to_vec(),
        stopped.clone(),
    ));
    // Purges of what was deleted and waited out its grace period; every node looks.
    tokio::spawn(postbay_lifecycle::purge::run(
        db.pool.clone(),
        stopped.clone(),
    ));
    // Webhooks: every node drains the outbox (each delivery taken by one node at a time).
    tokio::spawn(postbay_webhooks::worker::run(
        db.pool.clone(),
        secret_key.clone(),
        stopped.clone(),
    ));
    // The search index (and the ENVELOPE, BODYSTRUCTURE and header block IMAP reads), filled
    // after each delivery's commit and for mail stored before the index existed.
    tokio::spawn(postbay_search::indexer::run(
        db.pool.clone(),
        stopped.clone(),
    ));
    let outbound = config.outbound.then(|| {
        tokio::spawn(postbay_outbound::run(
            db.pool.clone(),
            pipeline.clone(),
            dns.clone(),
            postbay_outbound::OutboundConfig {
                hostname: config.hostname.clone(),
                mx_port: config.mx_port,
                key: secret_key.clone(),
                timeouts: config.peer_timeouts(),
            },
            stopped.clone(),
        ))
    });
    let scheduler = config.outbound.then(|| {
        tokio::spawn(
            postbay_scheduler::Scheduler {
                pool: db.pool.clone(),
                dns: dns.clone(),
                hostname: config.hostname.clone(),
                key: secret_key.clone(),
                timeouts: config.peer_timeouts(),
            }
            .run(stopped.clone()),
        )
    });
    let collector = config.outbound.then(|| {
        tokio::spawn(
            postbay_collector::Collector {
                pool: db.pool.clone(),
                pipeline,
                dns,
                hostname: config.hostname.clone(),
                key: secret_key.clone(),
                tls: client_tls,
                timeouts: config.peer_timeouts(),
                process: uuid::Uuid::now_v7(),
                live: postbay_collector::Live::default(),
            }
            .run(stopped),
        )
    });
    let mail = tokio::spawn(mail.supervise());
    let app = app.into_make_service_with_connect_info::<SocketAddr>();
    let served = if config.api_tls {
        // `tap_io` gives the TLS listener axum's `ConnectInfo<SocketAddr>`, as a plain TCP
        // listener has it.
        let listener = crate::https::TlsListener::new(listener, tls)?.tap_io(|_| {});
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
    } else {
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
    };
    // However the API ended, the workers stop before the pool closes.
    tracing::info!("shutting down");
    let _ = stop.send(true);
    let _ = mail.await;
    if let Some(outbound) = outbound {
        let _ = outbound.await;
    }
    if let Some(scheduler) = scheduler {
        let _ = scheduler.await;
    }
    if let Some(collector) = collector {
        let _ = collector.await;
    }
    // Last, once nothing counts any more: the final sums are written.
    let _ = counting.await;
    let _ = publishing.await;
    // And the log lines of it all.
    let _ = log_writer.await;
    served.context("serving the admin API")
}

/// Installs the metrics recorder and serves `/metrics` on `addr` until `stop`.
async fn serve_metrics(
    addr: SocketAddr,
    pool: sqlx::PgPool,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let handle = postbay_metrics::install()?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr} (metrics)"))?;
    tracing::info!(addr = %listener.local_addr()?, "metrics listening");
    let app = axum::Router::new().route(
        "/metrics",
        axum::routing::get(move || {
            let (handle, pool) = (handle.clone(), pool.clone());
            async move {
                (
                    [(
                        axum::http::header::CONTENT_TYPE,
                        "text/plain; version=0.0.4; charset=utf-8",
                    )],
                    postbay_metrics::render(&handle, &pool).await,
                )
            }
        }),
    );
    tokio::spawn(async move {
        let stopped = async move {
            let _ = stop.changed().await;
        };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(stopped)
            .await
        {
            tracing::error!(error = %e, "the metrics listener failed");
        }
    });
    Ok(())
}

/// How long IMAP clients can learn expunges one by one (QRESYNC); after that a reconnecting
/// client is told every uid that is not there.
const EXPUNGE_HISTORY: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// Idempotency records are kept for 24 hours, dead admin sessions, expired account tokens
/// and login links for a day, the history of
/// expunges for `EXPUNGE_HISTORY`, greylisted triplets as the spam settings say and quarantined
/// messages until they expire; this drops
/// older ones every hour.
async fn purge_expired(pool: sqlx::PgPool, filter: std::sync::Arc<postbay_filter::Filter>) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        if let Err(e) = postbay_core::idempotency::purge(&pool).await {
            tracing::warn!(error = %e, "purging idempotency records failed");
        }
        if let Err(e) = postbay_core::auth::purge_sessions(&pool).await {
            tracing::warn!(error = %e, "purging admin sessions failed");
        }
        if let Err(e) = postbay_credentials::tokens::purge_expired(&pool).await {
            tracing::warn!(error = %e, "purging expired account tokens failed");
        }
        if let Err(e) = postbay_credentials::login_links::purge_expired(&pool).await {
            tracing::warn!(error = %e, "purging expired login links failed");
        }
        if let Err(e) =
            postbay_mailbox::messages::prune_expunge_history(&pool, EXPUNGE_HISTORY).await
        {
            tracing::warn!(error = %e, "pruning the history of expunges failed");
        }
        if let Err(e) = filter.purge_greylist(&pool).await {
            tracing::warn!(error = %e, "purging greylisted triplets failed");
        }
        if let Err(e) = postbay_quarantine::purge(&pool).await {
            tracing::warn!(error = %e, "purging expired quarantined messages failed");
        }
        if let Err(e) = postbay_sending_limits::check::purge(&pool).await {
            tracing::warn!(error = %e, "purging past sending counts failed");
        }
        if let Err(e) = postbay_webhooks::worker::purge(&pool).await {
            tracing::warn!(error = %e, "purging the webhooks' delivery log failed");
        }
    }
}

async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        tracing::error!("cannot install signal handlers; stop with SIGKILL");
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => {},
        _ = int.recv() => {},
    }
}
