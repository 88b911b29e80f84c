//! Outbound delivery: workers that take due recipients from the queue the delivery pipeline
//! fills, find where their domain's mail goes (a relay host, else the domain's MX by
//! preference, else its own address; null MX fails at once), hand the message over with the
//! SMTP client, and record per recipient: delivered, deferred (retried after the retry
//! interval) or failed. Senders get RFC 3464 reports through the pipeline: a bounce for
//! failures, a warning once when delivery is slow, a success report when asked for.
//!
//! Any number of processes share the queue: recipients are claimed with `FOR UPDATE SKIP
//! LOCKED` and held by a process id whose heartbeat the others watch; a process that stops
//! loses its claims within `STALE_AFTER_SECONDS`. No transaction is open while a peer is
//! talked to.

pub mod client;
mod here;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use postbay_core::ids::{DeliveryProcessId, QueueId};
use postbay_core::outbound_settings::{DeliverySettings, TlsMode};
use postbay_core::secrets::SecretKey;
use postbay_delivery::Pipeline;
use postbay_delivery::dsn::{Action, RecipientStatus};
use postbay_dns::{Dns, MailRoute};
use sqlx::PgPool;
use tokio::sync::watch;
use tracing::Instrument;

use crate::client::{Peer, RcptTo, TlsConfigs, Transaction};
use postbay_queue as queue;
use postbay_queue::{AttemptResult, Claimed, Final};

pub use queue::STALE_AFTER_SECONDS;

/// A process's delivery setup.
#[derive(Clone)]
pub struct OutboundConfig {
    /// Our host name: EHLO, loop detection, reports.
    pub hostname: String,
    /// The port mail exchangers are reached on: 25, except in tests.
    pub mx_port: u16,
    /// Opens relay passwords.
    pub key: SecretKey,
    /// The operator's cap on every wait for a peer.
    pub timeouts: client::PeerTimeouts,
}

/// Tries at a report (two minutes apart) before it is given up.
const MAX_REPORT_TRIES: i32 = 5;
/// How often the workers look for due recipients when idle.
const POLL: Duration = Duration::from_millis(500);
/// How often the heartbeat, recovery, reports and clean-up run.
const HOUSEKEEPING: Duration = Duration::from_secs(2);
/// How often the settings are read again.
const SETTINGS_REFRESH: Duration = Duration::from_secs(5);

struct Shared {
    pool: PgPool,
    pipeline: Pipeline,
    dns: Dns,
    config: OutboundConfig,
    tls: TlsConfigs,
    process: DeliveryProcessId,
    in_flight: AtomicUsize,
    /// The recipients this process's attempts hold: claims of its own outside this set are
    /// orphans (see `queue::release_orphans`).
    claimed: std::sync::Mutex<HashMap<(QueueId, i32), usize>>,
}

/// An attempt's hold on its recipients: given up when the attempt ends, however it ends.
struct Holding {
    shared: Arc<Shared>,
    keys: Vec<(QueueId, i32)>,
}

impl Holding {
    fn new(shared: Arc<Shared>, group: &[Claimed]) -> Self {
        let keys: Vec<(QueueId, i32)> = group.iter().map(|c| (c.queue_id, c.position)).collect();
        if let Ok(mut claimed) = shared.claimed.lock() {
            for key in &keys {
                *claimed.entry(*key).or_default() += 1;
            }
        }
        shared.in_flight.fetch_add(1, Ordering::Relaxed);
        Self { shared, keys }
    }
}

impl Drop for Holding {
    fn drop(&mut self) {
        if let Ok(mut claimed) = self.shared.claimed.lock() {
            // Counted: the same recipient may be claimed again before this attempt lets go.
            for key in &self.keys {
                if let Some(n) = claimed.get_mut(key) {
                    *n -= 1;
                    if *n == 0 {
                        claimed.remove(key);
                    }
                }
            }
        }
        self.shared.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// How often a process says it is alive (well inside `STALE_AFTER_SECONDS`).
const HEARTBEAT: Duration = Duration::from_secs(2);

/// Runs the delivery workers until `stop` turns true; in-flight attempts are abandoned then
/// and their recipients become due again at once.
pub async fn run(
    pool: PgPool,
    pipeline: Pipeline,
    dns: Dns,
    config: OutboundConfig,
    mut stop: watch::Receiver<bool>,
) {
    let tls = match TlsConfigs::new() {
        Ok(t) => t,
        Err(e) => {
            tracing::error!(error = %e, "no TLS client configuration; outbound delivery is off");
            return;
        }
    };
    let shared = Arc::new(Shared {
        pool,
        pipeline,
        dns,
        config,
        tls,
        process: DeliveryProcessId::new(),
        in_flight: AtomicUsize::new(0),
        claimed: std::sync::Mutex::new(HashMap::new()),
    });
    // The heartbeat has a task of its own: nothing else this process does may delay it (a
    // late heartbeat lets others take over claims that are being delivered).
    let heartbeat = {
        let (pool, process) = (shared.pool.clone(), shared.process);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(HEARTBEAT);
            loop {
                tick.tick().await;
                if let Err(e) = queue::heartbeat(&pool, process).await {
                    tracing::warn!(error = %e, "queue heartbeat");
                }
            }
        })
    };
    let mut tasks = tokio::task::JoinSet::new();
    let mut settings = DeliverySettings::default();
    let mut settings_read = tokio::time::Instant::now() - SETTINGS_REFRESH;
    let mut settings_generation = postbay_core::settings::generation();
    let mut housekeeping = tokio::time::Instant::now() - HOUSEKEEPING;
    let mut failing = postbay_database::Backoff::new(POLL, Duration::from_secs(5));
    loop {
        if *stop.borrow() {
            break;
        }
        let now = tokio::time::Instant::now();
        let generation = postbay_core::settings::generation();
        if now.duration_since(settings_read) >= SETTINGS_REFRESH
            || generation != settings_generation
        {
            settings_generation = generation;
            match postbay_core::outbound_settings::delivery(&shared.pool).await {
                Ok(s) => settings = s,
                Err(e) => tracing::warn!(error = %e, "reading the delivery settings"),
            }
            settings_read = now;
        }
        if now.duration_since(housekeeping) >= HOUSEKEEPING {
            housekeep(&shared, &settings).await;
            housekeeping = now;
        }
        while tasks.try_join_next().is_some() {}
        let free = (settings.concurrency as usize)
            .saturating_sub(shared.in_flight.load(Ordering::Relaxed));
        let mut claimed_any = false;
        if free > 0 {
            match queue::claim(&shared.pool, shared.process, free as i64).await {
                Ok(groups) => {
                    if failing.succeeded() {
                        tracing::info!("claiming queued recipients works again");
                    }
                    claimed_any = !groups.is_empty();
                    for group in groups {
                        // Taken here, before the next housekeeping can look for orphans.
                        let holding = Holding::new(shared.clone(), &group);
                        let shared = shared.clone();
                        let fallback = settings.clone();
                        // Every log line of the attempt names the message and the domain.
                        let span = group.first().map_or_else(tracing::Span::none, |c| {
                            tracing::info_span!(
                                "delivery",
                                queue_id = %c.queue_id,
                                domain = %c.domain,
                                recipients = group.len()
                            )
                        });
                        tasks.spawn(
                            async move {
                                let _holding = holding;
                                // Read for each attempt: a change applies to the next attempt.
                                let settings =
                                    postbay_core::outbound_settings::delivery(&shared.pool)
                                        .await
                                        .unwrap_or(fallback);
                                attempt(&shared, &settings, group).await;
                            }
                            .instrument(span),
                        );
                    }
                }
                Err(e) => {
                    // The database is away: wait longer each time (up to 5 s), warn once.
                    let (wait, first) = failing.failed();
                    if first {
                        tracing::warn!(error = %e, "claiming queued recipients");
                    } else {
                        tracing::debug!(error = %e, ?wait, "claiming queued recipients failed again");
                    }
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = stop.changed() => {}
                    }
                    continue;
                }
            }
        }
        if free == 0 {
            // Every worker is busy: go on as soon as one is done.
            tokio::select! {
                _ = tasks.join_next() => {}
                _ = tokio::time::sleep(POLL) => {}
                _ = stop.changed() => {}
            }
        } else if !claimed_any {
            tokio::select! {
                _ = tokio::time::sleep(POLL) => {}
                _ = stop.changed() => {}
            }
        }
    }
    tasks.abort_all();
    while tasks.join_next().await.is_some() {}
    heartbeat.abort();
    if let Err(e) = queue::resign(&shared.pool, shared.process).await {
        tracing::warn!(error = %e, "giving back queue claims at shutdown");
    }
}

/// Taking back stale and orphaned claims, expiry, reports and clean-up.
async fn housekeep(shared: &Shared, settings: &DeliverySettings) {
    let pool = &shared.pool;
    let held: Vec<(QueueId, i32)> = match shared.claimed.lock() {
        Ok(claimed) => claimed.keys().copied().collect(),
        Err(_) => return,
    };
    match queue::release_orphans(pool, shared.process, &held).await {
        Ok(0) => {}
        Ok(n) => tracing::warn!(recipients = n, "gave back claims no attempt held"),
        Err(e) => tracing::warn!(error = %e, "giving back orphaned claims"),
    }
    match queue::recover(pool).await {
        Ok(0) => {}
        Ok(n) => tracing::warn!(
            recipients = n,
            "took back recipients a stopped process was delivering; a peer that had already accepted one gets it twice"
        ),
        Err(e) => tracing::warn!(error = %e, "recovering queue claims"),
    }
    if let Err(e) = queue::expire(pool, settings.bounce_after_minutes).await {
        tracing::warn!(error = %e, "expiring queued recipients");
    }
    send_reports(shared).await;
    if settings.warn_after_minutes > 0 {
        send_warnings(shared, settings.warn_after_minutes).await;
    }
    if let Err(e) = queue::clean(pool).await {
        tracing::warn!(error = %e, "dropping finished queue entries");
    }
}

/// Where one attempt goes: the hosts to try in order, with how to talk to them.
struct Route {
    hosts: Vec<String>,
    port: u16,
    tls: TlsMode,
    verify_certificate: bool,
    auth: Option<(String, String)>,
    relayed: bool,
    /// The hosts were configured by a tenant (a tenant's domain forwarding): only addresses
    /// `net::tenant_may_reach` allows are connected to.
    tenant_configured: bool,
    /// A domain forwarded in ETRN or scheduled mode, or offline delivery: a temporary failure
    /// waits for the next flush (`etrn` or `schedule`) instead of the retry interval.
    holds: Option<&'static str>,
}

/// Why no host could be tried.
struct NoRoute {
    /// Our own failure (the database gone), not the destination's: no deferral for the
    /// retry interval; the claim is given back as due at once by housekeeping.
    local: bool,
    permanent: bool,
    status: &'static str,
    reason: String,
}

async fn route(
    shared: &Shared,
    settings: &DeliverySettings,
    sender: Option<&str>,
    domain: &str,
) -> Result<Route, NoRoute> {
    match postbay_core::domains::forwarding_route(&shared.pool, domain).await {
        Ok(Some((forwarding, _)))
            if forwarding
                .host
                .eq_ignore_ascii_case(&shared.config.hostname) =>
        {
            return Err(NoRoute {
                local: false,
                permanent: true,
                status: "5.4.6",
                reason: format!("mail for {domain} is forwarded to this server itself"),
            });
        }
        Ok(Some((forwarding, server_wide))) => {
            return Ok(Route {
                hosts: vec![forwarding.host],
                port: forwarding.port,
                tls: TlsMode::Opportunistic,
                verify_certificate: false,
                auth: None,
                relayed: true,
                tenant_configured: !server_wide,
                holds: match forwarding.mode {
                    postbay_core::domains::ForwardingMode::Etrn => Some("etrn"),
                    postbay_core::domains::ForwardingMode::Scheduled => Some("schedule"),
                    postbay_core::domains::ForwardingMode::Immediate => {
                        settings.offline.then_some("schedule")
                    }
                },
            });
        }
        Ok(None) => {}
        Err(e) => {
            return Err(NoRoute {
                local: true,
                permanent: false,
                status: "4.3.0",
                reason: format!("reading the domain's forwarding failed: {e}"),
            });
        }
    }
    if let Some(relay) = settings.relay_for(sender) {
        let password = relay.password(&shared.config.key).map_err(|e| NoRoute {
            local: false,
            permanent: false,
            status: "4.7.0",
            reason: format!("the relay host's password cannot be used: {e}"),
        })?;
        let auth = match (&relay.username, password) {
            (Some(user), Some(password)) => Some((user.clone(), password)),
            _ => None,
        };
        return Ok(Route {
            hosts: vec![relay.host.clone()],
            port: relay.port,
            tls: relay.tls,
            verify_certificate: relay.verify_certificate,
            auth,
            relayed: true,
            tenant_configured: false,
            holds: settings.offline.then_some("schedule"),
        });
    }
    let hosts = match shared.dns.mail_route(domain).await {
        Ok(MailRoute::Exchangers(hosts)) => hosts,
        Ok(MailRoute::Implicit(host)) => vec![host],
        Ok(MailRoute::NullMx) => {
            return Err(NoRoute {
                local: false,
                permanent: true,
                status: "5.1.10",
                reason: format!("{domain} accepts no mail (null MX)"),
            });
        }
        Ok(MailRoute::Missing) => {
            return Err(NoRoute {
                local: false,
                permanent: true,
                status: "5.1.2",
                reason: format!("{domain} does not exist in DNS or has no mail exchanger"),
            });
        }
        Err(e) => {
            return Err(NoRoute {
                local: false,
                permanent: false,
                status: "4.4.3",
                reason: format!("DNS lookup for {domain} failed: {e}"),
            });
        }
    };
    let ours = |h: &String| h.eq_ignore_ascii_case(&shared.config.hostname);
    if hosts.iter().all(ours) {
        return Err(NoRoute {
            local: false,
            permanent: true,
            status: "5.4.6",
            reason: format!("mail for {domain} loops back to myself"),
        });
    }
    Ok(Route {
        hosts: hosts.into_iter().filter(|h| !ours(h)).collect(),
        port: shared.config.mx_port,
        tls: settings.mx_tls,
        verify_certificate: false,
        auth: None,
        relayed: false,
        tenant_configured: false,
        holds: settings.offline.then_some("schedule"),
    })
}

/// One SMTP transaction for the claimed recipients of one message in one domain.
async fn attempt(shared: &Shared, settings: &DeliverySettings, group: Vec<Claimed>) {
    let Some(first) = group.first() else { return };
    let queue_id = first.queue_id;
    let domain = first.domain.clone();
    let fail_all = |permanent: bool, status: &str, reason: &str, host: Option<&str>| {
        group
            .iter()
            .map(|c| AttemptResult {
                position: c.position,
                state: if permanent {
                    Final::Failed
                } else {
                    Final::Deferred
                },
                reply: reason.to_string(),
                status: status.to_string(),
                remote_host: host.map(str::to_string),
                report: false,
            })
            .collect::<Vec<_>>()
    };
    let loaded = async {
        let entry = queue::entry(&shared.pool, queue_id).await?;
        let content = match &entry {
            Some(e) => Some(postbay_mailbox::messages::content(&shared.pool, e.content_id).await?),
            None => None,
        };
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(entry.zip(content))
    };
    let (entry, content) = match loaded.await {
        Ok(Some(found)) => found,
        // Removed meanwhile.
        Ok(None) => return,
        Err(e) => {
            // Our own failure (the database gone), not the recipient's: no deferral for the
            // retry interval. The claim is left to housekeeping, which gives back claims no
            // attempt holds as due at once (`queue::release_orphans`).
            static READ_FAILURES: postbay_database::LogGate =
                postbay_database::LogGate::new(Duration::from_secs(10));
            if let Some(held_back) = READ_FAILURES.pass() {
                tracing::warn!(error = %e, held_back, "reading a queued message; it is tried again soon");
            }
            return;
        }
    };
    let logged = Logged {
        queue_id,
        queued_at: entry.created_at,
        bytes: content.len(),
        from: entry.envelope_from.clone().unwrap_or_default(),
        message_id: entry.message_id.clone().unwrap_or_default(),
        group: &group,
    };
    let hops = postbay_mailbox::message::header_section(&content)
        .split(|b| *b == b'\n')
        .filter(|line| line.len() > 9 && line[..9].eq_ignore_ascii_case(b"received:"))
        .count();
    let max_hops = match postbay_core::settings::smtp_security(&shared.pool).await {
        Ok(s) => s.max_received_hops as usize,
        Err(_) => 50,
    };
    if hops > max_hops {
        let results = fail_all(
            true,
            "5.4.6",
            &format!("too many hops ({hops} Received headers): a mail loop"),
            None,
        );
        record(shared, settings, &logged, &results).await;
        return;
    }
    // A recipient hosted here (a user's rules redirected to a local address) is delivered
    // through the pipeline.
    match here::deliver(&shared.pipeline, &entry, &content, &group).await {
        here::HereOutcome::Elsewhere => {}
        here::HereOutcome::Done(results) => {
            tracing::info!(queue = %queue_id, %domain, "delivered here");
            record(shared, settings, &logged, &results).await;
            return;
        }
        here::HereOutcome::Failed(e) => {
            tracing::warn!(queue = %queue_id, error = %e, "delivering a queued message here; it is tried again soon");
            return;
        }
    }
    // Signed now, with the keys active now: a key rotated while the message waited signs it.
    let content = match &entry.dkim_domain {
        Some(name) => shared.pipeline.signing_keys().sign(name, content).await,
        None => content,
    };
    let route = match route(shared, settings, entry.envelope_from.as_deref(), &domain).await {
        Ok(r) => r,
        Err(no) if no.local => {
            tracing::warn!(reason = %no.reason, "routing a queued message; it is tried again soon");
            return;
        }
        Err(no) => {
            let mut results = fail_all(no.permanent, no.status, &no.reason, None);
            if settings.offline && !no.permanent {
                // Offline: nothing is tried again before the next scheduled flush.
                for r in &mut results {
                    r.state = Final::Held("schedule");
                }
            }
            record(shared, settings, &logged, &results).await;
            return;
        }
    };
    let ret = entry.ret();
    let envid = entry.envid();
    let rcpts: Vec<RcptTo<'_>> = group
        .iter()
        .map(|c| RcptTo {
            address: &c.address,
            notify: &c.notify,
            orcpt: c.orcpt.as_deref(),
        })
        .collect();
    let transaction = Transaction {
        from: entry.envelope_from.as_deref(),
        recipients: &rcpts,
        ret: ret.as_deref(),
        envid: envid.as_deref(),
        content: &content,
    };
    // The last host's failure (enhanced status, text) decides what the sender is told.
    let mut last_error: Option<(String, String)> = None;
    for host in &route.hosts {
        let addresses = match shared.dns.addresses(host).await {
            Ok(a) => a,
            Err(e) => {
                last_error = Some(("4.4.3".into(), format!("DNS lookup for {host} failed: {e}")));
                continue;
            }
        };
        for ip in addresses {
            if route.tenant_configured && !postbay_core::net::tenant_may_reach(ip) {
                // Never connected to: the tenant's host is this machine or its network.
                let reason = format!(
                    "the forwarding host {host} is at an internal address ({ip}), which only domains of the server tenant may forward to"
                );
                tracing::warn!(queue = %queue_id, %domain, %host, %ip, "refused an internal forwarding target");
                let results = fail_all(true, "5.7.1", &reason, Some(host));
                record(shared, settings, &logged, &results).await;
                return;
            }
            let peer = Peer {
                host,
                address: SocketAddr::new(ip, route.port),
                tls: route.tls,
                verify_certificate: route.verify_certificate,
                auth: route.auth.as_ref().map(|(u, p)| (u.as_str(), p.as_str())),
                timeouts: shared.config.timeouts,
            };
            match client::deliver(&shared.config.hostname, &peer, &shared.tls, &transaction).await {
                Ok(outcome) => {
                    let remote = format!("{host} [{ip}]");
                    let passed_on = outcome.dsn_passed_on;
                    let results = group
                        .iter()
                        .zip(outcome.replies)
                        .map(|(c, reply)| AttemptResult {
                            position: c.position,
                            state: if reply.code < 400 {
                                Final::Delivered
                            } else if reply.is_permanent() {
                                Final::Failed
                            } else if let Some(hold) = route.holds {
                                Final::Held(hold)
                            } else {
                                Final::Deferred
                            },
                            status: reply.status(),
                            reply: reply.to_string(),
                            remote_host: Some(remote.clone()),
                            // RFC 3461 section 6.2.6: a peer that took NOTIFY reports success
                            // itself; for one that did not, we report "relayed".
                            report: !passed_on && c.notify.iter().any(|n| n == "SUCCESS"),
                        })
                        .collect::<Vec<_>>();
                    tracing::info!(queue = %queue_id, %domain, host = %remote, relayed = route.relayed, "delivery attempt finished");
                    record(shared, settings, &logged, &results).await;
                    return;
                }
                Err(e) if e.is_permanent() => {
                    let remote = format!("{host} [{ip}]");
                    let results = fail_all(true, &e.status(), &e.to_string(), Some(&remote));
                    record(shared, settings, &logged, &results).await;
                    return;
                }
                Err(e) => {
                    tracing::info!(queue = %queue_id, error = %e, "delivery attempt failed; trying the next address");
                    last_error = Some((e.status(), e.to_string()));
                }
            }
        }
    }
    let (status, reason) = last_error.unwrap_or_else(|| {
        (
            "4.4.4".to_string(),
            format!("no address found for the mail exchangers of {domain}"),
        )
    });
    let mut results = fail_all(false, &status, &reason, None);
    if let Some(hold) = route.holds {
        for r in &mut results {
            r.state = Final::Held(hold);
        }
    }
    record(shared, settings, &logged, &results).await;
}

/// What the mail log says of an attempt's recipients: one line each, once recorded.
struct Logged<'a> {
    queue_id: QueueId,
    queued_at: chrono::DateTime<chrono::Utc>,
    bytes: usize,
    from: String,
    message_id: String,
    group: &'a [Claimed],
}

impl Logged<'_> {
    fn results(&self, results: &[AttemptResult], counters: &postbay_counters::Counters) {
        let sender_domain = self.from.rsplit_once('@').map_or("", |(_, d)| d);
        for result in results {
            let Some(claim) = self.group.iter().find(|c| c.position == result.position) else {
                continue;
            };
            let outcome = match result.state {
                queue::Final::Delivered => {
                    metrics::counter!("postbay_messages_delivered_total", "path" => "remote")
                        .increment(1);
                    postbay_counters::sent(counters, sender_domain, self.bytes);
                    let waited = (chrono::Utc::now() - self.queued_at).num_milliseconds();
                    metrics::histogram!("postbay_delivery_seconds").record(waited as f64 / 1000.0);
                    "delivered"
                }
                queue::Final::Deferred => {
                    metrics::counter!("postbay_messages_deferred_total").increment(1);
                    "deferred"
                }
                queue::Final::Held(_) => "held",
                queue::Final::Failed => {
                    metrics::counter!("postbay_messages_bounced_total").increment(1);
                    "bounced"
                }
            };
            tracing::info!(
                target: "postbay::mail",
                message_id = self.message_id.trim(),
                queue = %self.queue_id,
                from = self.from.as_str(),
                recipient = claim.address.as_str(),
                result = outcome,
                status = result.status.as_str(),
                host = result.remote_host.as_deref().unwrap_or(""),
                reply = result.reply.as_str(),
                // The sender's domain sees its outgoing mail; the recipient's is not ours.
                domains = sender_domain,
                "Sent"
            );
        }
    }
}

/// Records an attempt's outcomes, trying a few times: an outcome lost here means the
/// recipients are attempted again (their claims become orphans), and a delivered one may
/// arrive twice.
async fn record(
    shared: &Shared,
    settings: &DeliverySettings,
    logged: &Logged<'_>,
    results: &[AttemptResult],
) {
    let queue_id = logged.queue_id;
    for wait in [1, 2, 4, 8] {
        match queue::record(
            &shared.pool,
            shared.process,
            queue_id,
            results,
            settings.retry_interval_minutes,
        )
        .await
        {
            Ok(()) => {
                logged.results(results, shared.pipeline.filter().counters());
                return;
            }
            Err(e) => {
                tracing::warn!(error = %e, queue = %queue_id, "recording a delivery attempt failed; trying again");
                tokio::time::sleep(Duration::from_secs(wait)).await;
            }
        }
    }
    tracing::error!(queue = %queue_id, "a delivery attempt's outcome could not be recorded; its recipients will be attempted again");
}

/// Tells senders what became of their recipients: bounces for failures (unless NOTIFY says
/// otherwise), success reports when asked for. Never to `<>`.
async fn send_reports(shared: &Shared) {
    let ids = match queue::claim_reports(&shared.pool, 50).await {
        Ok(ids) => ids,
        Err(e) => {
            tracing::warn!(error = %e, "finding reports to send");
            return;
        }
    };
    for (id, tries) in ids {
        if let Err(e) = report_one(shared, id).await {
            if tries >= MAX_REPORT_TRIES {
                tracing::error!(error = %e, queue = %id, "a delivery report could not be sent after several tries; given up");
                if let Ok(recipients) = queue::unreported(&shared.pool, id).await {
                    let positions: Vec<i32> = recipients.iter().map(|r| r.position).collect();
                    let _ = queue::mark_reported(&shared.pool, id, &positions).await;
                }
            } else {
                tracing::warn!(error = %e, queue = %id, "sending a delivery report failed; it will be tried again");
            }
        }
    }
}

fn wants(notify: &[String], what: &str, default: bool) -> bool {
    if notify.is_empty() {
        default
    } else {
        notify.iter().any(|n| n == what)
    }
}

async fn report_one(
    shared: &Shared,
    id: QueueId,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let Some(entry) = queue::entry(&shared.pool, id).await? else {
        return Ok(());
    };
    let recipients = queue::unreported(&shared.pool, id).await?;
    let positions: Vec<i32> = recipients.iter().map(|r| r.position).collect();
    let statuses: Vec<RecipientStatus> = recipients
        .iter()
        .filter(|r| {
            if r.status == "failed" {
                wants(&r.notify, "FAILURE", true)
            } else {
                wants(&r.notify, "SUCCESS", false)
            }
        })
        .map(|r| RecipientStatus {
            address: r.address.clone(),
            original: r.orcpt.clone(),
            action: if r.status == "failed" {
                Action::Failed
            } else {
                Action::Relayed
            },
            status: r.status_code.clone().unwrap_or_else(|| {
                if r.status == "failed" {
                    "5.0.0"
                } else {
                    "2.0.0"
                }
                .into()
            }),
            diagnostic: r.last_reply.clone().unwrap_or_default(),
        })
        .collect();
    if let (Some(sender), false) = (entry.envelope_from.as_deref(), statuses.is_empty()) {
        let return_full = entry.ret().as_deref() == Some("FULL");
        tell_sender(shared, &entry, sender, &statuses, return_full).await?;
    }
    queue::mark_reported(&shared.pool, id, &positions).await?;
    Ok(())
}

/// Sends the sender of a queued message an RFC 3464 report on `statuses` (through the
/// pipeline: into a local mailbox or back into the queue).
async fn tell_sender(
    shared: &Shared,
    entry: &queue::Entry,
    sender: &str,
    statuses: &[RecipientStatus],
    return_full: bool,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let original = postbay_mailbox::messages::content(&shared.pool, entry.content_id).await?;
    let envid = entry.envid();
    shared
        .pipeline
        .report(&postbay_delivery::Report {
            sender,
            envid: envid.as_deref(),
            return_full,
            arrival: entry.created_at,
            original: &original,
            recipients: statuses,
        })
        .await?;
    Ok(())
}

/// Warns senders, once, of messages still undelivered after `minutes`.
async fn send_warnings(shared: &Shared, minutes: u32) {
    let ids = match queue::claim_warnings(&shared.pool, minutes, 50).await {
        Ok(ids) => ids,
        Err(e) => {
            tracing::warn!(error = %e, "finding delay warnings to send");
            return;
        }
    };
    for id in ids {
        if let Err(e) = warn_one(shared, id).await {
            tracing::warn!(error = %e, queue = %id, "sending a delay warning failed");
        }
    }
}

async fn warn_one(
    shared: &Shared,
    id: QueueId,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let Some(entry) = queue::entry(&shared.pool, id).await? else {
        return Ok(());
    };
    let Some(sender) = entry.envelope_from.as_deref() else {
        return Ok(());
    };
    let statuses: Vec<RecipientStatus> = queue::delayed(&shared.pool, id)
        .await?
        .into_iter()
        .filter(|r| wants(&r.notify, "DELAY", true))
        .map(|r| RecipientStatus {
            address: r.address,
            original: r.orcpt,
            action: Action::Delayed,
            status: r.status_code.unwrap_or_else(|| "4.0.0".into()),
            diagnostic: r.last_reply.unwrap_or_default(),
        })
        .collect();
    if statuses.is_empty() {
        return Ok(());
    }
    // A warning never carries the whole message: it is not returned yet.
    tell_sender(shared, &entry, sender, &statuses, false).await
}
