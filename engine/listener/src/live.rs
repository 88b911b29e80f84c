//! The process's live connections: who is connected to which service, from where, as whom,
//! with or without TLS, doing what. The accept loop registers every admitted client; its
//! session tells the entry what changes (a login, TLS, a command, a selected folder); the
//! entry leaves the table when the session's handle is dropped. `postbay-status` publishes
//! snapshots so any node's API can list every node's connections.
//!
//! Only a command's name is kept, never its arguments: LOGIN and AUTH carry passwords.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use postbay_core::ids::AccountId;

/// Longest command name kept (the verbs of SMTP, IMAP, POP3 and ManageSieve are far shorter).
const MAX_COMMAND: usize = 24;
/// Longest folder name kept, bytes.
const MAX_FOLDER: usize = 512;

/// One connection as the table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionState {
    /// The session number of the log lines (`session{id=...}`), unique in the process.
    pub id: u64,
    /// The service's name (`smtp`, `submission`, `imaps`, ...).
    pub service: &'static str,
    pub client: SocketAddr,
    pub since: SystemTime,
    /// TLS is up (implicit, or after STARTTLS/STLS).
    pub tls: bool,
    /// The account logged in, with its address; `None` before a login (and for MX clients).
    pub user: Option<(AccountId, String)>,
    /// The name of the last command the client gave (upper case, no arguments).
    pub command: Option<String>,
    /// The IMAP folder selected, by name.
    pub folder: Option<String>,
}

#[derive(Default)]
struct Table {
    connections: Mutex<HashMap<u64, Arc<Mutex<ConnectionState>>>>,
    /// Bumped by every change, so a publisher can tell a snapshot is still current.
    generation: AtomicU64,
}

/// The table of the process's live connections; clones share it.
#[derive(Clone, Default)]
pub struct LiveConnections {
    table: Arc<Table>,
}

impl LiveConnections {
    /// Registers a connection; it leaves the table when the handle is dropped.
    pub fn open(&self, id: u64, service: &'static str, client: SocketAddr) -> LiveConnection {
        let state = Arc::new(Mutex::new(ConnectionState {
            id,
            service,
            client,
            since: SystemTime::now(),
            tls: false,
            user: None,
            command: None,
            folder: None,
        }));
        lock(&self.table.connections).insert(id, state.clone());
        self.table.generation.fetch_add(1, Ordering::Relaxed);
        LiveConnection(Arc::new(Entry {
            table: self.table.clone(),
            id,
            state,
        }))
    }

    /// Every connection now, oldest first.
    pub fn snapshot(&self) -> Vec<ConnectionState> {
        let entries: Vec<Arc<Mutex<ConnectionState>>> =
            lock(&self.table.connections).values().cloned().collect();
        let mut all: Vec<ConnectionState> = entries.iter().map(|e| lock(e).clone()).collect();
        all.sort_by_key(|c| (c.since, c.id));
        all
    }

    /// Changes so far: equal numbers mean an equal table.
    pub fn generation(&self) -> u64 {
        self.table.generation.load(Ordering::Relaxed)
    }
}

/// A session's entry in the table of live connections; clones share it, and it leaves the
/// table when the last is dropped.
#[derive(Clone)]
pub struct LiveConnection(Arc<Entry>);

struct Entry {
    table: Arc<Table>,
    id: u64,
    state: Arc<Mutex<ConnectionState>>,
}

impl LiveConnection {
    /// An entry in no table, for sessions run outside an accept loop (tests, fuzzing).
    pub fn detached(service: &'static str, client: SocketAddr) -> Self {
        LiveConnections::default().open(0, service, client)
    }

    /// TLS is up.
    pub fn secured(&self) {
        self.change(|s| s.tls = true);
    }

    /// The client logged in as `account` (`address`: its `login@domain`).
    pub fn logged_in(&self, account: AccountId, address: &str) {
        self.change(|s| s.user = Some((account, address.to_string())));
    }

    /// The client gave a command named `name`; only the name is kept.
    pub fn command(&self, name: &str) {
        let mut state = lock(&self.0.state);
        let name = &name[..name.floor_char_boundary(MAX_COMMAND)];
        if state
            .command
            .as_deref()
            .is_some_and(|c| c.eq_ignore_ascii_case(name))
        {
            return;
        }
        state.command = Some(name.to_ascii_uppercase());
        drop(state);
        self.0.table.generation.fetch_add(1, Ordering::Relaxed);
    }

    /// The client gave a command whose name is whatever it sent (POP3, ManageSieve): kept
    /// only when it is one of `verbs`, else as `UNKNOWN`, so a password sent out of turn is
    /// never shown.
    pub fn command_among(&self, name: &str, verbs: &[&'static str]) {
        let known = verbs
            .iter()
            .find(|v| v.eq_ignore_ascii_case(name))
            .copied()
            .unwrap_or("UNKNOWN");
        self.command(known);
    }

    /// The IMAP folder now selected (`None`: none).
    pub fn folder(&self, folder: Option<&str>) {
        let folder = folder.map(|f| &f[..f.floor_char_boundary(MAX_FOLDER)]);
        let mut state = lock(&self.0.state);
        if state.folder.as_deref() == folder {
            return;
        }
        state.folder = folder.map(str::to_string);
        drop(state);
        self.0.table.generation.fetch_add(1, Ordering::Relaxed);
    }

    fn change(&self, f: impl FnOnce(&mut ConnectionState)) {
        f(&mut lock(&self.0.state));
        self.0.table.generation.fetch_add(1, Ordering::Relaxed);
    }
}

impl Drop for Entry {
    fn drop(&mut self) {
        lock(&self.table.connections).remove(&self.id);
        self.table.generation.fetch_add(1, Ordering::Relaxed);
    }
}

/// The table's locks guard plain data: one poisoned by a panic elsewhere is still usable.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_follow_their_sessions() {
        let live = LiveConnections::default();
        let client: SocketAddr = "192.0.2.7:40000".parse().unwrap_or_else(|_| unreachable!());
        let first = live.open(1, "imap", client);
        let second = live.open(2, "smtp", client);
        let before = live.generation();
        first.secured();
        first.command("login");
        first.logged_in(AccountId::new(), "a@example.com");
        first.folder(Some("INBOX"));
        assert!(live.generation() > before);
        let unchanged = live.generation();
        first.command("LOGIN");
        first.folder(Some("INBOX"));
        assert_eq!(
            live.generation(),
            unchanged,
            "repeating a state is no change"
        );
        let all = live.snapshot();
        assert_eq!(all.len(), 2);
        let imap = all.iter().find(|c| c.id == 1).expect("the IMAP entry");
        assert!(imap.tls);
        assert_eq!(imap.command.as_deref(), Some("LOGIN"));
        assert_eq!(imap.folder.as_deref(), Some("INBOX"));
        assert_eq!(
            imap.user.as_ref().map(|u| u.1.as_str()),
            Some("a@example.com")
        );
        drop(second);
        assert_eq!(live.snapshot().len(), 1);
        drop(first);
        assert!(live.snapshot().is_empty());
    }
}
