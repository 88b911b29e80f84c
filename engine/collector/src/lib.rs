//! The POP3 collector: downloads remote POP3 mailboxes and delivers each message through the
//! delivery pipeline, to one address or by the account's sorting rules.
//!
//! Runs are jobs (`postbay_core::collection`): asked for through the API ("download now") or
//! queued by the scheduler; any process takes a waiting job. An account is leased to one
//! process at a time. A message is stored and recorded as downloaded (by its UIDL) in one
//! transaction before it is marked for deletion on the server, so a session cut at any point
//! loses nothing and, next time, downloads nothing twice.

pub mod client;
pub mod sort;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use postbay_core::collection::{
    self, AccountRunResult, CollectTarget, ConnectionTest, Matched, NotLeased, Pop3Delivery,
    Pop3Retention,
};
use postbay_core::ids::Pop3AccountId;
use postbay_core::names::EmailAddress;
use postbay_core::net;
use postbay_core::secrets::SecretKey;
use postbay_delivery::{Collected, Envelope, Origin, Pipeline, Recipient, RecipientCheck, Route};
use postbay_dns::Dns;
use postbay_listener::client_tls::TlsConfigs;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;
use tracing::Instrument;
use uuid::Uuid;

use crate::client::{Listed, PeerTimeouts, Pop3Error, Remote, Session};
use crate::sort::HeaderReader;

/// How often waiting jobs are looked for besides being told of new ones (a job whose process
/// died is found this way).
const POLL: Duration = Duration::from_secs(5);
/// The channel new jobs are announced on.
const CHANNEL: &str = "postbay_collection";
/// Accounts one job collects at once.
const CONCURRENT_ACCOUNTS: usize = 4;
/// Jobs one process runs at once (others wait for it or another process).
const MAX_JOBS: usize = 4;
/// The largest message collected; a larger one stays on the server (and is reported).
pub const MAX_MESSAGE: u64 = 100 * 1024 * 1024;

/// What the collector needs.
#[derive(Clone)]
pub struct Collector {
    pub pool: PgPool,
    pub pipeline: Pipeline,
    pub dns: Dns,
    /// Our host name, for the trace header.
    pub hostname: String,
    /// Opens the accounts' passwords.
    pub key: SecretKey,
    pub tls: TlsConfigs,
    /// The operator's cap on every wait for a remote server.
    pub timeouts: PeerTimeouts,
    /// This process, as it holds leases on accounts and jobs.
    pub process: Uuid,
    /// The accounts and jobs this process is at now (`Live::default()`).
    pub live: Live,
}

/// The accounts and jobs a process is at, whose leases its keeper extends. An entry leaves
/// when its run ends however it ends (the guard is dropped on panic and abort too), so a
/// lease a failed run could not give back still runs out.
#[derive(Clone, Default)]
pub struct Live(Arc<std::sync::Mutex<HashSet<Uuid>>>);

impl Live {
    fn hold(&self, id: Uuid) -> Held {
        if let Ok(mut ids) = self.0.lock() {
            ids.insert(id);
        }
        Held {
            live: self.clone(),
            id,
        }
    }

    fn ids(&self) -> Vec<Uuid> {
        self.0
            .lock()
            .map(|ids| ids.iter().copied().collect())
            .unwrap_or_default()
    }
}

/// One entry of [`Live`], removed when dropped.
struct Held {
    live: Live,
    id: Uuid,
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Ok(mut ids) = self.live.0.lock() {
            ids.remove(&self.id);
        }
    }
}

/// What each target address meant, as found once per session (a full mailbox is asked
/// again: it may have room by the next message).
type Routes = HashMap<EmailAddress, RecipientCheck>;

/// What one session keeps between messages.
struct SessionState {
    reader: HeaderReader,
    routes: Routes,
    /// The remote server's address, for the trace header.
    peer: std::net::IpAddr,
    /// The listed messages taken before, with when.
    known: HashMap<String, chrono::DateTime<Utc>>,
}

/// What becomes of a downloaded message.
enum Prepared {
    /// Nothing to store (a duplicate, unsorted, taken before); deleted as the retention says.
    Done,
    /// To be stored, and then deleted as the retention says.
    Store(Box<Envelope>, Vec<u8>, Collected),
}

/// The stores of one session under way, so the next RETR overlaps the store of the last
/// (the batch writer then commits many at once).
struct InFlight {
    tasks: JoinSet<Result<(), String>>,
    /// Each task's message: its number, size and digest.
    messages: HashMap<tokio::task::Id, (u32, usize, Vec<u8>)>,
    bytes: usize,
}

impl InFlight {
    fn holds_digest(&self, sha256: &[u8]) -> bool {
        self.messages.values().any(|(_, _, d)| d == sha256)
    }
}

/// Most stores under way in one session, by count and by bytes.
const MAX_IN_FLIGHT: usize = 32;
const MAX_IN_FLIGHT_BYTES: usize = 64 * 1024 * 1024;

/// Leaves a message on the server for a later session, saying why.
fn defer(target: &CollectTarget, result: &mut AccountRunResult, number: u32, why: &str) {
    result.deferred += 1;
    tracing::warn!(account = %target.id, number, %why, "a collected message stays on the server");
    result
        .warning
        .get_or_insert(format!("message {number} left on the server: {why}"));
}

/// Why a collected message could not be delivered this time.
enum Deferred {
    /// Temporary (a mailbox full, the store failing): it stays on the server for next time.
    Temporary(String),
}

impl Collector {
    /// Takes waiting jobs until `stop` turns true; extends this process's leases meanwhile.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let keeper = {
            let (pool, process, live) = (self.pool.clone(), self.process, self.live.clone());
            tokio::spawn(async move {
                let period =
                    Duration::from_secs(u64::try_from(collection::LEASE_SECONDS / 4).unwrap_or(30));
                let mut tick = tokio::time::interval(period);
                loop {
                    tick.tick().await;
                    // Account and job ids are both UUIDv7s: one set, each query picks its own.
                    let ids = live.ids();
                    if let Err(e) = collection::extend_leases(&pool, process, &ids, &ids).await {
                        tracing::warn!(error = %e, "extending POP3 collection leases");
                    }
                }
            })
        };
        let announced = Arc::new(Notify::new());
        let listener = tokio::spawn(listen(self.pool.clone(), announced.clone()));
        // Each job runs on a task of its own; stopping ends them (a session cut before QUIT
        // deletes nothing remotely, and what was stored is recorded).
        let mut jobs = tokio::task::JoinSet::new();
        loop {
            while jobs.try_join_next().is_some() {}
            let claimed = if jobs.len() < MAX_JOBS {
                collection::claim_job(&self.pool, self.process).await
            } else {
                Ok(None)
            };
            match claimed {
                Ok(Some(job)) => {
                    let this = self.clone();
                    let span = tracing::info_span!("collection_job", job = %job.id);
                    jobs.spawn(async move { this.run_job(job).await }.instrument(span));
                    continue;
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "looking for POP3 collection jobs"),
            }
            tokio::select! {
                _ = tokio::time::sleep(POLL) => {}
                _ = announced.notified() => {}
                Some(_) = jobs.join_next(), if !jobs.is_empty() => {}
                _ = stop.changed() => break,
            }
            if *stop.borrow() {
                break;
            }
        }
        jobs.abort_all();
        while jobs.join_next().await.is_some() {}
        keeper.abort();
        listener.abort();
    }

    async fn run_job(&self, job: collection::ClaimedJob) {
        let _held = self.live.hold(job.id);
        let accounts = job.accounts.clone();
        let mut pending = accounts.into_iter();
        let mut running = tokio::task::JoinSet::new();
        let mut accounts_of = HashMap::new();
        loop {
            while running.len() < CONCURRENT_ACCOUNTS {
                let Some(account) = pending.next() else { break };
                let this = self.clone();
                let span = tracing::info_span!("collect", account = %account);
                let task = running
                    .spawn(async move { this.collect_account(account).await }.instrument(span));
                accounts_of.insert(task.id(), account);
            }
            let Some(done) = running.join_next_with_id().await else {
                break;
            };
            let result = match done {
                Ok((_, r)) => r,
                Err(e) => {
                    // A run that panicked still gives its account back.
                    let account = accounts_of.get(&e.id()).copied();
                    let failed = AccountRunResult {
                        account_id: account.map(Pop3AccountId),
                        error: Some(format!("the run failed: {e}")),
                        ..AccountRunResult::default()
                    };
                    if let Some(account) = account
                        && let Err(e) =
                            collection::finish_run(&self.pool, account, self.process, &failed).await
                    {
                        tracing::warn!(error = %e, %account, "giving back a POP3 account");
                    }
                    failed
                }
            };
            if let Err(e) = collection::add_job_result(&self.pool, job.id, &result).await {
                tracing::warn!(error = %e, job = %job.id, "recording a collection result");
            }
        }
        if let Err(e) = collection::finish_job(&self.pool, job.id).await {
            tracing::warn!(error = %e, job = %job.id, "finishing a collection job");
        }
    }

    /// Collects one account if no one else is at it, and records how it went.
    pub async fn collect_account(&self, account: Uuid) -> AccountRunResult {
        let target = match collection::lease(&self.pool, &self.key, account, self.process).await {
            Ok(Ok(t)) => t,
            Ok(Err(reason)) => {
                return AccountRunResult {
                    account_id: Some(Pop3AccountId(account)),
                    skipped: true,
                    error: Some(match reason {
                        NotLeased::Busy => "another run is collecting this account".into(),
                        NotLeased::Disabled => "the account is disabled".into(),
                        NotLeased::Gone => "the account was deleted".into(),
                        NotLeased::Unusable(why) => why,
                    }),
                    ..AccountRunResult::default()
                };
            }
            Err(e) => {
                return AccountRunResult {
                    account_id: Some(Pop3AccountId(account)),
                    skipped: true,
                    error: Some(format!("the account cannot be read: {e}")),
                    ..AccountRunResult::default()
                };
            }
        };
        let _held = self.live.hold(account);
        let mut result = AccountRunResult {
            account_id: Some(Pop3AccountId(account)),
            host: target.host.clone(),
            username: target.username.clone(),
            ..AccountRunResult::default()
        };
        if let Err(e) = self.download(&target, &mut result).await {
            result.error = Some(e.to_string());
        }
        let outcome = if result.error.is_some() {
            "failed"
        } else {
            "ok"
        };
        metrics::counter!("postbay_collection_runs_total", "result" => outcome).increment(1);
        match &result.error {
            None => tracing::info!(
                account = %account, host = %target.host, messages = result.messages, bytes = result.bytes,
                duplicates = result.duplicates, discarded = result.discarded, deferred = result.deferred,
                "POP3 account collected"
            ),
            Some(error) => tracing::warn!(
                account = %account, host = %target.host, messages = result.messages, %error,
                "POP3 collection failed"
            ),
        }
        if let Err(e) = collection::finish_run(&self.pool, account, self.process, &result).await {
            tracing::warn!(error = %e, account = %account, "recording a POP3 run");
        }
        result
    }

    /// One session: list, download what is new within the limits, delete what the retention
    /// says, quit.
    async fn download(
        &self,
        target: &CollectTarget,
        result: &mut AccountRunResult,
    ) -> Result<(), Pop3Error> {
        let mut session = connect(&self.dns, &self.tls, self.timeouts, target).await?;
        let listing = session.listing().await?;
        if target.retention != Pop3Retention::Delete && listing.iter().any(|m| m.uidl.is_none()) {
            let _ = session.quit().await;
            return Err(Pop3Error::Protocol(
                "the server gives no UIDL, which leaving messages on it needs".into(),
            ));
        }
        let uidls: Vec<String> = listing.iter().filter_map(|m| m.uidl.clone()).collect();
        let known: HashMap<String, chrono::DateTime<Utc>> =
            collection::downloaded(&self.pool, target.id, &uidls)
                .await
                .map_err(store_error)?
                .into_iter()
                .collect();
        let mut state = SessionState {
            reader: HeaderReader::new(&target.preferred_header),
            routes: Routes::new(),
            peer: session.peer.ip(),
            known,
        };
        let mut flight = InFlight {
            tasks: JoinSet::new(),
            messages: HashMap::new(),
            bytes: 0,
        };
        let walked = self
            .walk(
                target,
                &listing,
                &mut session,
                &mut state,
                &mut flight,
                result,
            )
            .await;
        // Whatever happened, the stores under way finish (and are counted) first; after a
        // failure the session is not used again.
        let usable = if walked.is_ok() {
            Some(&mut session)
        } else {
            None
        };
        let settled = self.settle_all(usable, target, &mut flight, result).await;
        walked?;
        settled?;
        session.quit().await?;
        if listing.iter().all(|m| m.uidl.is_some())
            && let Err(e) = collection::forget_downloads(&self.pool, target.id, &uidls).await
        {
            tracing::warn!(error = %e, account = %target.id, "forgetting old POP3 downloads");
        }
        Ok(())
    }

    /// Goes through the maildrop: deletes what the retention says of messages taken before,
    /// downloads the new ones within the limits and hands each to the pipeline, while earlier
    /// ones are still being stored.
    async fn walk(
        &self,
        target: &CollectTarget,
        listing: &[Listed],
        session: &mut Session,
        state: &mut SessionState,
        flight: &mut InFlight,
        result: &mut AccountRunResult,
    ) -> Result<(), Pop3Error> {
        let now = Utc::now();
        let mut taken = 0u32;
        let mut bytes = 0u64;
        for message in listing {
            if let Some(uidl) = &message.uidl
                && let Some(when) = state.known.get(uidl)
            {
                // Downloaded before: only the retention has something to do.
                if target.deletes(*when, now) {
                    session.dele(message.number).await?;
                    result.deleted += 1;
                }
                continue;
            }
            if !target.has_room(taken, bytes, message.size) {
                result.deferred += 1;
                continue;
            }
            if message.size > MAX_MESSAGE {
                result.deferred += 1;
                result
                    .warning
                    .get_or_insert(Pop3Error::TooLarge(message.number, MAX_MESSAGE).to_string());
                continue;
            }
            // A lying LIST size does not make room for more than the bound.
            let content = session.retr(message.number, MAX_MESSAGE).await?;
            if target.drop_duplicates && flight.holds_digest(&Sha256::digest(&content)) {
                // A copy is being stored: whether this one is a duplicate depends on how that
                // store ends.
                self.settle_all(Some(session), target, flight, result)
                    .await?;
            }
            taken += 1;
            bytes += content.len() as u64;
            result.bytes += i64::try_from(content.len()).unwrap_or(i64::MAX);
            match self.prepare(target, state, message, content, result).await {
                Ok(Prepared::Done) => {
                    if target.retention == Pop3Retention::Delete {
                        session.dele(message.number).await?;
                        result.deleted += 1;
                    }
                }
                Ok(Prepared::Store(envelope, content, collected)) => {
                    let size = content.len();
                    // Room first: at most so many stores and bytes under way.
                    while !flight.tasks.is_empty()
                        && (flight.tasks.len() >= MAX_IN_FLIGHT
                            || flight.bytes + size > MAX_IN_FLIGHT_BYTES)
                    {
                        let Some(done) = flight.tasks.join_next_with_id().await else {
                            break;
                        };
                        self.settle(done, Some(session), target, flight, result)
                            .await?;
                    }
                    let (pipeline, digest) = (self.pipeline.clone(), collected.sha256.clone());
                    let task = flight.tasks.spawn(async move {
                        pipeline
                            .deliver_collected(&envelope, content, collected)
                            .await
                            .map(|_| ())
                            .map_err(|e| e.to_string())
                    });
                    flight
                        .messages
                        .insert(task.id(), (message.number, size, digest));
                    flight.bytes += size;
                }
                Err(Deferred::Temporary(why)) => defer(target, result, message.number, &why),
            }
            while let Some(done) = flight.tasks.try_join_next_with_id() {
                self.settle(done, Some(session), target, flight, result)
                    .await?;
            }
        }
        Ok(())
    }

    /// Waits for every store under way. Without a usable session (it failed) nothing is
    /// deleted: what was stored is known by its UIDL next time. The first error is returned
    /// once all are settled.
    async fn settle_all(
        &self,
        mut session: Option<&mut Session>,
        target: &CollectTarget,
        flight: &mut InFlight,
        result: &mut AccountRunResult,
    ) -> Result<(), Pop3Error> {
        let mut first: Option<Pop3Error> = None;
        while let Some(done) = flight.tasks.join_next_with_id().await {
            let usable = if first.is_none() {
                session.as_deref_mut()
            } else {
                None
            };
            if let Err(e) = self.settle(done, usable, target, flight, result).await {
                first.get_or_insert(e);
            }
        }
        match first {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// A store that finished: the message is deleted on the server when the retention says
    /// (it is committed here now), or stays there for next time.
    async fn settle(
        &self,
        done: Result<(tokio::task::Id, Result<(), String>), tokio::task::JoinError>,
        session: Option<&mut Session>,
        target: &CollectTarget,
        flight: &mut InFlight,
        result: &mut AccountRunResult,
    ) -> Result<(), Pop3Error> {
        let (id, stored) = match done {
            Ok((id, stored)) => (id, stored),
            Err(e) => (e.id(), Err(format!("the store failed: {e}"))),
        };
        let Some((number, size, _)) = flight.messages.remove(&id) else {
            return Ok(());
        };
        flight.bytes = flight.bytes.saturating_sub(size);
        match stored {
            Ok(()) => {
                result.messages += 1;
                if let Some(session) = session
                    && target.retention == Pop3Retention::Delete
                {
                    session.dele(number).await?;
                    result.deleted += 1;
                }
            }
            Err(why) => defer(target, result, number, &why),
        }
        Ok(())
    }

    /// Works out what becomes of one downloaded message: dropped as a duplicate or as
    /// unsorted (recorded as downloaded), kept on the server for now, or to be stored.
    async fn prepare(
        &self,
        target: &CollectTarget,
        state: &mut SessionState,
        message: &Listed,
        content: Vec<u8>,
        result: &mut AccountRunResult,
    ) -> Result<Prepared, Deferred> {
        let sha256 = Sha256::digest(&content).to_vec();
        // Without a UIDL, the content names the message.
        let uidl = message
            .uidl
            .clone()
            .unwrap_or_else(|| format!("content {}", hex::encode(&sha256)));
        let temporary = |e: &dyn std::fmt::Display| Deferred::Temporary(e.to_string());
        if message.uidl.is_none()
            && !collection::downloaded(&self.pool, target.id, std::slice::from_ref(&uidl))
                .await
                .map_err(|e| temporary(&e))?
                .is_empty()
        {
            // Taken before (the server keeps no UIDLs, so only its content tells).
            return Ok(Prepared::Done);
        }
        // (A copy still on its way to the store was waited for: the store knows it now.)
        if target.drop_duplicates
            && collection::seen_digest(&self.pool, target.id, &sha256)
                .await
                .map_err(|e| temporary(&e))?
        {
            result.duplicates += 1;
            collection::record_download(&self.pool, target.id, &uidl, &sha256)
                .await
                .map_err(|e| temporary(&e))?;
            return Ok(Prepared::Done);
        }
        let (groups, return_path) = state.reader.read(&content);
        let addresses = match &target.delivery {
            Pop3Delivery::Address { address } => match EmailAddress::parse(address, "deliverTo") {
                Ok(a) => vec![a],
                Err(_) => Vec::new(),
            },
            Pop3Delivery::SortingRules => self
                .sorted(target, &mut state.routes, &groups)
                .await
                .map_err(|e| temporary(&e))?,
        };
        let recipients = self.recipients(&mut state.routes, &addresses).await?;
        if recipients.is_empty() && !addresses.is_empty() {
            // Its targets exist no more or take no mail: kept for when they do.
            let targets: Vec<String> = addresses.iter().map(ToString::to_string).collect();
            return Err(Deferred::Temporary(format!(
                "no target takes mail: {}",
                targets.join(", ")
            )));
        }
        if recipients.is_empty() {
            result.discarded += 1;
            tracing::warn!(
                account = %target.id, uidl = %uidl, "a collected message matched no sorting rule and there is no * rule; discarded"
            );
            collection::record_download(&self.pool, target.id, &uidl, &sha256)
                .await
                .map_err(|e| temporary(&e))?;
            return Ok(Prepared::Done);
        }
        let envelope = Envelope {
            from: return_path.map(|a| a.to_string()),
            recipients,
            ret: None,
            envid: None,
            origin: Origin::Trusted,
        };
        let mut stored = format!(
            "Received: from {} ({}) by {} with POP3 id {}; {}\r\n",
            target.host,
            state.peer,
            self.hostname,
            uidl.replace(|c: char| !c.is_ascii_graphic(), "_"),
            Utc::now().to_rfc2822()
        )
        .into_bytes();
        stored.extend_from_slice(&content);
        Ok(Prepared::Store(
            Box::new(envelope),
            stored,
            Collected {
                account: target.id,
                uidl,
                sha256,
                process: self.process,
            },
        ))
    }

    /// The addresses the sorting rules give for a message's header groups.
    async fn sorted(
        &self,
        target: &CollectTarget,
        routes: &mut Routes,
        groups: &[Vec<EmailAddress>],
    ) -> Result<Vec<EmailAddress>, postbay_delivery::DeliveryError> {
        for group in groups {
            let mut found: Vec<EmailAddress> = Vec::new();
            for address in group {
                let matched = match collection::rule_for(&target.rules, address) {
                    Some(Matched::Target(a)) => Some(a),
                    // `*@a > *@b` takes an address only if it is someone here.
                    Some(Matched::SameLocalPart(a)) => match self.route(routes, &a).await? {
                        RecipientCheck::Unknown | RecipientCheck::NotLocal => None,
                        _ => Some(a),
                    },
                    None => None,
                };
                if let Some(a) = matched
                    && !found.contains(&a)
                {
                    found.push(a);
                }
            }
            if !found.is_empty() {
                return Ok(found);
            }
        }
        Ok(collection::catch_all(&target.rules).into_iter().collect())
    }

    /// Routes for the target addresses, as delivery resolves them. An address nothing answers
    /// to is logged and left out; a full mailbox defers the whole message.
    /// What `address` means for delivery, asked once per session.
    async fn route(
        &self,
        routes: &mut Routes,
        address: &EmailAddress,
    ) -> Result<RecipientCheck, postbay_delivery::DeliveryError> {
        if let Some(known) = routes.get(address) {
            return Ok(known.clone());
        }
        // Collected mail comes from outside, whoever's account collected it.
        let check = postbay_delivery::check_recipient(&self.pool, address, None).await?;
        if check != RecipientCheck::OverQuota {
            routes.insert(address.clone(), check.clone());
        }
        Ok(check)
    }

    async fn recipients(
        &self,
        routes: &mut Routes,
        addresses: &[EmailAddress],
    ) -> Result<Vec<Recipient>, Deferred> {
        let mut recipients = Vec::new();
        let mut seen = BTreeSet::new();
        for address in addresses {
            if !seen.insert(address.to_string()) {
                continue;
            }
            let route = match self
                .route(routes, address)
                .await
                .map_err(|e| Deferred::Temporary(e.to_string()))?
            {
                RecipientCheck::Local(route) => route,
                RecipientCheck::NotLocal => Route::relayed(&address.to_string()),
                RecipientCheck::OverQuota => {
                    return Err(Deferred::Temporary(format!(
                        "the mailbox of {address} is full"
                    )));
                }
                other => {
                    tracing::warn!(%address, ?other, "a collected message's target takes no mail; left out");
                    continue;
                }
            };
            recipients.push(Recipient {
                address: address.clone(),
                route,
                notify: Vec::new(),
                orcpt: None,
            });
        }
        Ok(recipients)
    }
}

/// Wakes the runner whenever a job is queued (`pg_notify` in the queuing transaction), and
/// when listening starts (again), for jobs queued while it was not.
async fn listen(pool: PgPool, announced: Arc<Notify>) {
    postbay_database::notifications::follow(pool, CHANNEL, |_| announced.notify_one()).await;
}

async fn connect(
    dns: &Dns,
    tls: &TlsConfigs,
    timeouts: PeerTimeouts,
    target: &CollectTarget,
) -> Result<Session, Pop3Error> {
    let addresses = dns
        .addresses(&target.host)
        .await
        .map_err(|e| Pop3Error::Resolve(target.host.clone(), e.to_string()))?;
    if addresses.is_empty() {
        return Err(Pop3Error::Resolve(target.host.clone(), "no address".into()));
    }
    if target.public_only && !addresses.iter().copied().all(net::tenant_may_reach) {
        return Err(Pop3Error::Resolve(
            target.host.clone(),
            "it is a loopback, private or otherwise internal address, which only server-wide accounts may use".into(),
        ));
    }
    let tls = if target.verify_certificate {
        tls.verified.clone()
    } else {
        tls.any.clone()
    };
    Session::open(
        &Remote {
            host: &target.host,
            port: target.port,
            security: target.security,
            authentication: target.authentication,
            username: &target.username,
            password: &target.password,
            tls,
            timeouts,
        },
        &addresses,
    )
    .await
}

/// Connects, negotiates TLS and logs in as the account says, downloading nothing.
pub async fn test_connection(
    dns: &Dns,
    tls: &TlsConfigs,
    timeouts: PeerTimeouts,
    target: &CollectTarget,
) -> ConnectionTest {
    let failed = |secure: bool, e: Pop3Error| ConnectionTest {
        ok: false,
        secure,
        messages: None,
        bytes: None,
        error: Some(e.to_string()),
    };
    let mut session = match connect(dns, tls, timeouts, target).await {
        Ok(s) => s,
        Err(e) => return failed(false, e),
    };
    let secure = session.secure;
    let stat = session.stat().await;
    let _ = session.quit().await;
    match stat {
        Ok((messages, bytes)) => ConnectionTest {
            ok: true,
            secure,
            messages: Some(messages),
            bytes: Some(bytes),
            error: None,
        },
        Err(e) => failed(secure, e),
    }
}

fn store_error(e: postbay_core::CoreError) -> Pop3Error {
    Pop3Error::Protocol(format!("the store failed: {e}"))
}
