//! The per-address limits of the security options: connections at once, messages per sliding
//! hour, and the directory-harvest block. Counters live in this process's memory (several
//! `postbay` processes each count their own clients); the settings come from the database and
//! are read again as soon as a change is announced (`settings::generation`), and every few
//! seconds whatever happens, so changes apply without a restart.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use postbay_core::ip_groups::{self, IpMatcher};
use postbay_core::settings::{self, SmtpSecurity};
use sqlx::PgPool;

const REFRESH: Duration = Duration::from_secs(5);
const HOUR: Duration = Duration::from_secs(3600);
/// Addresses tracked before a sweep of stale entries.
const SWEEP_AT: usize = 10_000;

#[derive(Default)]
struct Client {
    connections: u32,
    messages: VecDeque<Instant>,
    unknown: VecDeque<Instant>,
    blocked_until: Option<Instant>,
}

impl Client {
    fn forget_before(&mut self, now: Instant) {
        while self
            .messages
            .front()
            .is_some_and(|t| now.duration_since(*t) > HOUR)
        {
            self.messages.pop_front();
        }
        while self
            .unknown
            .front()
            .is_some_and(|t| now.duration_since(*t) > HOUR)
        {
            self.unknown.pop_front();
        }
        if self.blocked_until.is_some_and(|t| t <= now) {
            self.blocked_until = None;
        }
    }

    fn idle(&self) -> bool {
        self.connections == 0
            && self.messages.is_empty()
            && self.unknown.is_empty()
            && self.blocked_until.is_none()
    }
}

/// The settings with their IP groups resolved, as sessions use them.
#[derive(Default)]
pub struct Policy {
    pub settings: Arc<SmtpSecurity>,
    /// Addresses the per-address limits do not apply to.
    pub exempt: IpMatcher,
    /// Addresses that may relay without AUTH.
    pub relay: IpMatcher,
    /// Passwords may be sent without TLS (the server's login policy allows it).
    pub plain_login: bool,
}

/// Shared by every session of every listener.
pub struct Guard {
    pool: PgPool,
    /// When and at which settings generation the policy was read, and the policy.
    settings: Mutex<(Instant, u64, Arc<Policy>)>,
    clients: Mutex<HashMap<IpAddr, Client>>,
}

/// Why a connection is turned away at once.
pub enum Refusal {
    TooManyConnections,
    Blocked,
}

/// Holds one connection slot of an address; gives it back when dropped.
pub struct Ticket {
    guard: Arc<Guard>,
    ip: IpAddr,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        let mut clients = self.guard.clients();
        if let Some(c) = clients.get_mut(&self.ip) {
            c.connections = c.connections.saturating_sub(1);
            c.forget_before(Instant::now());
            if c.idle() {
                clients.remove(&self.ip);
            }
        }
    }
}

impl Guard {
    pub fn new(pool: PgPool) -> Arc<Self> {
        let stale = Instant::now()
            .checked_sub(REFRESH * 2)
            .unwrap_or_else(Instant::now);
        Arc::new(Self {
            pool,
            settings: Mutex::new((stale, 0, Arc::new(Policy::default()))),
            clients: Mutex::new(HashMap::new()),
        })
    }

    fn clients(&self) -> MutexGuard<'_, HashMap<IpAddr, Client>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The current settings and IP groups, re-read from the database after a change was
    /// announced or when older than a few seconds (the last good ones are kept if the database
    /// cannot be read).
    pub async fn policy(&self) -> Arc<Policy> {
        let (fetched, generation, current) = {
            let cached = self.settings.lock().unwrap_or_else(|e| e.into_inner());
            (cached.0, cached.1, cached.2.clone())
        };
        let now_generation = settings::generation();
        if fetched.elapsed() < REFRESH && generation == now_generation {
            return current;
        }
        match self.load().await {
            Ok(fresh) => {
                let fresh = Arc::new(fresh);
                *self.settings.lock().unwrap_or_else(|e| e.into_inner()) =
                    (Instant::now(), now_generation, fresh.clone());
                fresh
            }
            Err(e) => {
                tracing::warn!(error = %e, "reading SMTP settings; keeping the last ones");
                current
            }
        }
    }

    async fn load(&self) -> postbay_core::CoreResult<Policy> {
        let settings = settings::smtp_security(&self.pool).await?;
        let plain_login = !settings::security(&self.pool)
            .await?
            .require_encrypted_login;
        let group = |id| async move {
            match id {
                Some(id) => ip_groups::matcher(&self.pool, id).await,
                None => Ok(IpMatcher::default()),
            }
        };
        Ok(Policy {
            exempt: group(settings.exempt_group_id).await?,
            relay: group(settings.relay_group_id).await?,
            plain_login,
            settings: Arc::new(settings),
        })
    }

    /// Takes a connection slot for `ip`, unless it has too many or is blocked.
    pub fn open(self: &Arc<Self>, ip: IpAddr, policy: &Policy) -> Result<Ticket, Refusal> {
        self.sweep();
        let limits = &policy.settings;
        let exempt = policy.exempt.contains(ip);
        let now = Instant::now();
        let mut clients = self.clients();
        let client = clients.entry(ip).or_default();
        client.forget_before(now);
        if !exempt && client.blocked_until.is_some() {
            return Err(Refusal::Blocked);
        }
        if !exempt
            && limits.max_connections_per_ip > 0
            && client.connections >= limits.max_connections_per_ip
        {
            return Err(Refusal::TooManyConnections);
        }
        client.connections += 1;
        Ok(Ticket {
            guard: self.clone(),
            ip,
        })
    }

    /// Now and then drops what an hour has made irrelevant, so the map holds only addresses
    /// seen in the last hour.
    fn sweep(&self) {
        let mut clients = self.clients();
        if clients.len() < SWEEP_AT {
            return;
        }
        let now = Instant::now();
        clients.retain(|_, c| {
            c.forget_before(now);
            !c.idle()
        });
    }

    /// Counts a message from `ip`; false when the hourly limit is already reached.
    pub fn take_message(&self, ip: IpAddr, limits: &SmtpSecurity) -> bool {
        if limits.max_messages_per_hour_per_ip == 0 {
            return true;
        }
        let now = Instant::now();
        let mut clients = self.clients();
        let client = clients.entry(ip).or_default();
        client.forget_before(now);
        if client.messages.len() >= limits.max_messages_per_hour_per_ip as usize {
            return false;
        }
        client.messages.push_back(now);
        true
    }

    /// Counts a RCPT to an unknown user from `ip`; true when that blocks the address.
    pub fn unknown_recipient(&self, ip: IpAddr, limits: &SmtpSecurity) -> bool {
        if limits.max_unknown_recipients_per_ip == 0 {
            return false;
        }
        let now = Instant::now();
        let mut clients = self.clients();
        let client = clients.entry(ip).or_default();
        client.forget_before(now);
        client.unknown.push_back(now);
        if client.unknown.len() >= limits.max_unknown_recipients_per_ip as usize {
            client.blocked_until = Some(now + HOUR);
            client.unknown.clear();
            return true;
        }
        false
    }
}
