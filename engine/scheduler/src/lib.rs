//! The scheduler: runs due scheduled events (each once across every process sharing the
//! database), inside their time range when they have one. Actions: flush the outgoing queue
//! (offline mode, domains forwarded on schedule, deferred mail) and send ETRN to the
//! configured servers, and queue a run of the POP3 collector. ETRN is also sent once at start-up, as Kerio does, so mail held
//! elsewhere arrives soon after an outage.

use std::net::SocketAddr;
use std::time::Duration;

use postbay_core::outbound_settings::TlsMode;
use postbay_core::schedule::{self, ScheduledAction, ScheduledEvent};
use postbay_core::secrets::SecretKey;
use postbay_dns::Dns;
use postbay_outbound::client::{self, Peer, TlsConfigs};
use sqlx::PgPool;
use tokio::sync::watch;

/// How often due events are looked for.
const TICK: Duration = Duration::from_secs(5);

/// What the scheduler needs.
#[derive(Clone)]
pub struct Scheduler {
    pub pool: PgPool,
    pub dns: Dns,
    /// Our host name, for EHLO.
    pub hostname: String,
    /// Opens ETRN servers' passwords.
    pub key: SecretKey,
    /// The operator's cap on every wait for an ETRN server.
    pub timeouts: client::PeerTimeouts,
}

impl Scheduler {
    /// Runs until `stop` turns true.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let tls = match TlsConfigs::new() {
            Ok(t) => t,
            Err(e) => {
                tracing::error!(error = %e, "no TLS client configuration; the scheduler is off");
                return;
            }
        };
        let started = self.send_etrn(&tls).await;
        if !started.is_empty() {
            tracing::info!(result = %started, "ETRN at start-up");
        }
        loop {
            tokio::select! {
                _ = tokio::time::sleep(TICK) => {}
                _ = stop.changed() => return,
            }
            if *stop.borrow() {
                return;
            }
            let due = match schedule::claim_due_events(&self.pool).await {
                Ok(due) => due,
                Err(e) => {
                    tracing::warn!(error = %e, "reading scheduled events");
                    continue;
                }
            };
            for event in due {
                let result = self.run_event(&event, &tls).await;
                if let Err(e) = schedule::event_ran(&self.pool, event.id, &result).await {
                    tracing::warn!(error = %e, "recording a scheduled event's run");
                }
            }
        }
    }

    /// Runs one event's actions; what happened, in words.
    async fn run_event(&self, event: &ScheduledEvent, tls: &TlsConfigs) -> String {
        if let Some(range_id) = event.time_range_id {
            match schedule::time_range_by_id(&self.pool, range_id).await {
                Ok(Some(range)) if !range.contains(chrono::Utc::now()) => {
                    return format!("skipped: outside the time range {}", range.name);
                }
                Ok(_) => {}
                Err(e) => return format!("skipped: the time range cannot be read: {e}"),
            }
        }
        let mut parts = Vec::new();
        for action in &event.actions {
            match action {
                ScheduledAction::FlushQueue => {
                    match postbay_core::queue::flush_scheduled(&self.pool).await {
                        Ok(n) => parts.push(format!("queue flushed ({n} recipients due)")),
                        Err(e) => parts.push(format!("queue flush failed: {e}")),
                    }
                }
                ScheduledAction::CollectPop3 => {
                    match postbay_core::collection::enqueue_scheduled(&self.pool).await {
                        Ok(Some(job)) => parts.push(format!("POP3 collection queued (job {job})")),
                        Ok(None) => parts.push("POP3 collection still running from before".into()),
                        Err(e) => parts.push(format!("POP3 collection failed: {e}")),
                    }
                }
                ScheduledAction::SendEtrn => {
                    let sent = self.send_etrn(tls).await;
                    parts.push(if sent.is_empty() {
                        "no ETRN servers".to_string()
                    } else {
                        sent
                    });
                }
            }
        }
        parts.join("; ")
    }

    /// Sends ETRN to every enabled ETRN server for its domains, recording each outcome.
    async fn send_etrn(&self, tls: &TlsConfigs) -> String {
        let targets = match schedule::etrn_targets(&self.pool, &self.key).await {
            Ok(t) => t,
            Err(e) => return format!("ETRN servers cannot be read: {e}"),
        };
        let mut summary = Vec::new();
        for target in targets {
            let result = self.etrn_one(&target, tls).await;
            if let Err(e) = schedule::etrn_ran(&self.pool, target.id, &result).await {
                tracing::warn!(error = %e, "recording an ETRN run");
            }
            summary.push(format!("{}: {result}", target.host));
        }
        summary.join("; ")
    }

    async fn etrn_one(&self, target: &schedule::EtrnTarget, tls: &TlsConfigs) -> String {
        let addresses = match self.dns.addresses(&target.host).await {
            Ok(a) if !a.is_empty() => a,
            Ok(_) => return format!("{} has no address", target.host),
            Err(e) => return format!("DNS lookup failed: {e}"),
        };
        let mut last = String::new();
        for ip in addresses {
            let peer = Peer {
                host: &target.host,
                address: SocketAddr::new(ip, target.port),
                tls: TlsMode::Opportunistic,
                verify_certificate: false,
                auth: target.auth.as_ref().map(|(u, p)| (u.as_str(), p.as_str())),
                timeouts: self.timeouts,
            };
            match client::etrn(&self.hostname, &peer, tls, &target.domains).await {
                Ok(replies) => {
                    return target
                        .domains
                        .iter()
                        .zip(replies)
                        .map(|(d, r)| format!("{d}: {r}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                }
                Err(e) => last = e.to_string(),
            }
        }
        last
    }
}
