//! Runs the mail listeners as the services resource says (`core::services`), and follows its
//! changes without a restart: every few seconds it reads the services, binds what is new,
//! stops accepting on what was removed (sessions in progress finish), restarts listeners whose
//! connection limit changed, and hands each listener its service's current IP group.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use postbay_core::ip_groups::{self, IpMatcher};
use postbay_core::services::{self, Service, ServiceDefault, ServiceName};
use postbay_delivery::Pipeline;
use postbay_imap::{ImapConfig, ImapShared};
use postbay_listener::ServerTls;
use postbay_listener::{ListenerControl, LiveConnections, Security};
use postbay_managesieve::ManageSieveConfig;
use postbay_pop3::Pop3Config;
use postbay_smtp::{ListenerKind, SmtpConfig, SmtpShared};
use sqlx::PgPool;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How often the services are read again.
const REFRESH: Duration = Duration::from_secs(2);
/// Connections a service serves at once when it sets no limit.
const DEFAULT_MAX_CONNECTIONS: usize = 2000;

/// The limits a listener was started with; a change restarts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Limits {
    max_connections: u32,
    max_per_address: u32,
}

struct Running {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
    limits: Limits,
}

/// The mail listeners of this process.
pub struct MailListeners {
    pool: PgPool,
    defaults: Arc<[ServiceDefault]>,
    pipeline: Pipeline,
    shared: SmtpShared,
    imap: ImapShared,
    hostname: String,
    tls: ServerTls,
    shutdown: watch::Receiver<bool>,
    running: BTreeMap<(ServiceName, SocketAddr), Running>,
    allowed: BTreeMap<ServiceName, watch::Sender<Option<Arc<IpMatcher>>>>,
    /// Addresses that could not be bound, so the failure is logged once, not every refresh.
    failing: BTreeSet<(ServiceName, SocketAddr)>,
    /// The process's live connections, where every listener enters its clients.
    live: LiveConnections,
}

impl MailListeners {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        pool: PgPool,
        defaults: Arc<[ServiceDefault]>,
        pipeline: Pipeline,
        shared: SmtpShared,
        hostname: String,
        tls: ServerTls,
        shutdown: watch::Receiver<bool>,
        live: LiveConnections,
    ) -> Self {
        let allowed = ServiceName::ALL
            .into_iter()
            .map(|name| (name, watch::channel(None).0))
            .collect();
        Self {
            imap: ImapShared::start(pool.clone()),
            pool,
            defaults,
            pipeline,
            shared,
            hostname,
            tls,
            shutdown,
            running: BTreeMap::new(),
            allowed,
            failing: BTreeSet::new(),
            live,
        }
    }

    /// Starts the listeners the services ask for; an address that cannot be bound is an error
    /// (at start-up an operator wants to hear of a port in use at once).
    pub async fn start(&mut self) -> anyhow::Result<()> {
        let services = services::effective(&self.pool, &self.defaults).await?;
        let failed = self.apply(&services).await;
        if let Some((name, address)) = failed.first() {
            return Err(anyhow::anyhow!(
                "cannot listen on {address} for {}",
                name.as_str()
            ));
        }
        Ok(())
    }

    /// Follows the services until the server stops, then stops every listener.
    pub async fn supervise(mut self) {
        let mut shutdown = self.shutdown.clone();
        let mut changes = postbay_core::settings::subscribe();
        loop {
            tokio::select! {
                _ = tokio::time::sleep(REFRESH) => {}
                Ok(()) = changes.changed() => {}
                _ = shutdown.changed() => break,
            }
            match services::effective(&self.pool, &self.defaults).await {
                Ok(services) => {
                    let failed = self.apply(&services).await;
                    self.failing = failed.into_iter().collect();
                }
                Err(e) => tracing::warn!(error = %e, "reading the services failed"),
            }
        }
        for (_, running) in std::mem::take(&mut self.running) {
            let _ = running.stop.send(true);
            let _ = running.task.await;
        }
    }

    /// Brings the running listeners in line with `services`; returns the addresses that
    /// could not be bound.
    async fn apply(&mut self, services: &[Service]) -> Vec<(ServiceName, SocketAddr)> {
        let wanted: BTreeMap<(ServiceName, SocketAddr), Limits> = services
            .iter()
            .filter(|s| s.enabled)
            .flat_map(|s| {
                let limits = Limits {
                    max_connections: s.max_connections,
                    max_per_address: s.effective_max_connections_per_ip(),
                };
                s.addresses.iter().map(move |a| ((s.name, *a), limits))
            })
            .collect();
        for service in services {
            let matcher = match service.allowed_group_id {
                None => None,
                Some(group) => match ip_groups::matcher(&self.pool, group).await {
                    Ok(m) => Some(Arc::new(m)),
                    Err(e) => {
                        tracing::warn!(error = %e, service = service.name.as_str(), "reading the allowed IP group failed");
                        continue;
                    }
                },
            };
            if let Some(sender) = self.allowed.get(&service.name) {
                sender.send_replace(matcher);
            }
        }
        let stale: Vec<(ServiceName, SocketAddr)> = self
            .running
            .iter()
            .filter(|(key, r)| wanted.get(key) != Some(&r.limits))
            .map(|(key, _)| *key)
            .collect();
        for key in stale {
            if let Some(running) = self.running.remove(&key) {
                let _ = running.stop.send(true);
                let _ = running.task.await;
                tracing::info!(service = key.0.as_str(), address = %key.1, "stopped listening");
            }
        }
        let mut failed = Vec::new();
        for ((name, address), limits) in wanted {
            if self.running.contains_key(&(name, address)) {
                continue;
            }
            match self.bind(name, address, limits).await {
                Ok(running) => {
                    self.running.insert((name, address), running);
                }
                Err(e) => {
                    if !self.failing.contains(&(name, address)) {
                        tracing::error!(error = %e, service = name.as_str(), %address, "cannot listen");
                    }
                    failed.push((name, address));
                }
            }
        }
        failed
    }

    async fn bind(
        &self,
        name: ServiceName,
        address: SocketAddr,
        limits: Limits,
    ) -> anyhow::Result<Running> {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .with_context(|| format!("cannot listen on {address}"))?;
        tracing::info!(service = name.as_str(), addr = %listener.local_addr()?, "listening");
        let max_connections_now = match limits.max_connections {
            0 => DEFAULT_MAX_CONNECTIONS,
            n => n as usize,
        };
        let (stop, stop_accepting) = watch::channel(false);
        let allowed = self
            .allowed
            .get(&name)
            .map(watch::Sender::subscribe)
            .unwrap_or_else(|| watch::channel(None).1);
        let control = ListenerControl {
            service: name.as_str(),
            stop_accepting,
            shutdown: self.shutdown.clone(),
            allowed,
            max_per_address: limits.max_per_address as usize,
            live: self.live.clone(),
        };
        let smtp_kind = match name {
            ServiceName::Smtp => Some(ListenerKind::Mx),
            ServiceName::Submission => Some(ListenerKind::Submission),
            ServiceName::Submissions => Some(ListenerKind::Submissions),
            _ => None,
        };
        let task = if let Some(kind) = smtp_kind {
            let mut config = SmtpConfig::new(self.hostname.clone());
            config.max_connections = max_connections_now;
            tokio::spawn(postbay_smtp::serve(
                listener,
                kind,
                self.pipeline.clone(),
                self.shared.clone(),
                config,
                Some(self.tls.clone()),
                control,
            ))
        } else if matches!(name, ServiceName::Imap | ServiceName::Imaps) {
            let mut config = ImapConfig::new(self.hostname.clone());
            config.max_connections = max_connections_now;
            let security = if name == ServiceName::Imap {
                Security::StartTls
            } else {
                Security::Implicit
            };
            tokio::spawn(postbay_imap::serve(
                listener,
                security,
                self.imap.clone(),
                config,
                self.tls.clone(),
                control,
            ))
        } else if name == ServiceName::ManageSieve {
            let mut config = ManageSieveConfig::new(self.hostname.clone());
            config.max_connections = max_connections_now;
            tokio::spawn(postbay_managesieve::serve(
                listener,
                self.pool.clone(),
                config,
                self.tls.clone(),
                control,
            ))
        } else {
            let mut config = Pop3Config::new(self.hostname.clone());
            config.max_connections = max_connections_now;
            let security = if name == ServiceName::Pop3 {
                Security::StartTls
            } else {
                Security::Implicit
            };
            tokio::spawn(postbay_pop3::serve(
                listener,
                security,
                self.pool.clone(),
                config,
                self.tls.clone(),
                control,
            ))
        };
        Ok(Running { stop, task, limits })
    }
}
