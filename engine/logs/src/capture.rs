//! Turning the process's `tracing` events into log lines. Crates log by emitting ordinary
//! events (they need no dependency on this crate): an event whose target is
//! `postbay::<family>` (`postbay::mail`, `postbay::security`, `postbay::spam`,
//! `postbay::operations`) is a line of that family; any other warning or error is a line of
//! the warning or error family; debug events of the components switched on at run time are
//! debug lines. Lines go to a bounded queue that the writer empties: logging never waits for
//! the database, and when the queue is full lines are dropped and counted.
//!
//! Fields with a meaning: `message_id`, `account`, `from`, `to`, `delivered`, `recipient`,
//! `sender` (addresses, a list comma-separated) and `domains` (comma-separated names whose
//! administrators see the line; derived from the addresses when absent). A field named like a
//! secret (`password`, `secret`, `token`) is never kept.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{OnceLock, RwLock};

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use tokio::sync::mpsc;
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_subscriber::layer::{Context, Filter, Layer};

use crate::Family;

/// Lines waiting for the writer; beyond it they are dropped (and counted).
pub const QUEUE_LINES: usize = 65_536;
/// The longest text kept of one field, bytes (cut at a character boundary).
const MAX_FIELD_BYTES: usize = 2_000;

/// One line as captured.
#[derive(Debug, Clone)]
pub struct LogLine {
    pub at: DateTime<Utc>,
    pub family: Family,
    pub text: String,
    pub fields: Map<String, Value>,
    pub message_id: Option<String>,
    pub account: Option<String>,
    pub addresses: Vec<String>,
    pub domains: Vec<String>,
}

static QUEUE: OnceLock<mpsc::Sender<LogLine>> = OnceLock::new();
/// The queue's other end, until the writer takes it.
static RECEIVER: std::sync::Mutex<Option<mpsc::Receiver<LogLine>>> = std::sync::Mutex::new(None);
static DROPPED: AtomicU64 = AtomicU64::new(0);
/// Target prefixes whose debug events are kept (see [`set_debug`]).
static DEBUG_TARGETS: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Lines dropped because the writer fell behind, since the process started.
pub fn dropped() -> u64 {
    DROPPED.load(Ordering::Relaxed)
}

/// The capturing layer, installed once when the process sets up its subscriber; its lines
/// wait for [`take_queue`] (the writer).
pub fn layer<S>() -> impl Layer<S>
where
    S: Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    let (sender, receiver) = mpsc::channel(QUEUE_LINES);
    if QUEUE.set(sender).is_ok()
        && let Ok(mut slot) = RECEIVER.lock()
    {
        *slot = Some(receiver);
    }
    CaptureLayer.with_filter(CaptureFilter)
}

/// The captured lines, once (for the writer); `None` when no layer was installed.
pub fn take_queue() -> Option<mpsc::Receiver<LogLine>> {
    RECEIVER.lock().ok()?.take()
}

/// Keeps debug events of targets starting with any of `prefixes` (replacing the previous
/// set), from the next event on.
pub fn set_debug(prefixes: Vec<String>) {
    match DEBUG_TARGETS.write() {
        Ok(mut current) if *current != prefixes => *current = prefixes,
        Ok(_) => return,
        Err(poisoned) => *poisoned.into_inner() = prefixes,
    }
    tracing::callsite::rebuild_interest_cache();
}

struct CaptureFilter;

impl CaptureFilter {
    fn wants(meta: &Metadata<'_>) -> bool {
        if !meta.is_event() || meta.target().starts_with("postbay_logs") {
            return false; // the writer's own trouble must not feed itself
        }
        if family_target(meta.target()).is_some() {
            return true;
        }
        match *meta.level() {
            Level::ERROR | Level::WARN => true,
            Level::DEBUG | Level::TRACE => debug_wanted(meta.target()),
            Level::INFO => false,
        }
    }
}

fn debug_wanted(target: &str) -> bool {
    let Ok(prefixes) = DEBUG_TARGETS.read() else {
        return false;
    };
    prefixes.iter().any(|p| target.starts_with(p.as_str()))
}

impl<S> Filter<S> for CaptureFilter {
    fn enabled(&self, meta: &Metadata<'_>, _: &Context<'_, S>) -> bool {
        Self::wants(meta)
    }

    fn callsite_enabled(&self, meta: &'static Metadata<'static>) -> tracing::subscriber::Interest {
        if Self::wants(meta) {
            tracing::subscriber::Interest::always()
        } else {
            tracing::subscriber::Interest::never()
        }
    }
}

fn family_target(target: &str) -> Option<Family> {
    match target.strip_prefix("postbay::")? {
        "mail" => Some(Family::Mail),
        "security" => Some(Family::Security),
        "spam" => Some(Family::Spam),
        "operations" => Some(Family::Operations),
        _ => None,
    }
}

struct CaptureLayer;

impl<S: Subscriber> Layer<S> for CaptureLayer {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let Some(queue) = QUEUE.get() else {
            return;
        };
        let meta = event.metadata();
        let family = family_target(meta.target()).unwrap_or(match *meta.level() {
            Level::ERROR => Family::Error,
            Level::WARN => Family::Warning,
            _ => Family::Debug,
        });
        let mut fields = Fields::default();
        event.record(&mut fields);
        let line = fields.into_line(family, meta.target());
        if queue.try_send(line).is_err() {
            DROPPED.fetch_add(1, Ordering::Relaxed);
        }
    }
}

#[derive(Default)]
struct Fields {
    message: String,
    map: Map<String, Value>,
}

fn secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    ["password", "secret", "token", "credential"]
        .iter()
        .any(|s| name.contains(s))
}

fn bounded(mut text: String) -> String {
    text.truncate(text.floor_char_boundary(MAX_FIELD_BYTES));
    text
}

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.record_str(field, &format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message = bounded(value.to_string());
        } else if !secret(field.name()) {
            self.map.insert(
                field.name().to_string(),
                Value::String(bounded(value.to_string())),
            );
        }
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.map
            .insert(field.name().to_string(), Value::from(value));
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.map
            .insert(field.name().to_string(), Value::from(value));
    }

    fn record_f64(&mut self, field: &Field, value: f64) {
        self.map
            .insert(field.name().to_string(), Value::from(value));
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.map
            .insert(field.name().to_string(), Value::from(value));
    }
}

const ADDRESS_FIELDS: [&str; 6] = ["from", "to", "delivered", "recipient", "sender", "account"];

impl Fields {
    fn text_of(&self, name: &str) -> Option<&str> {
        self.map.get(name).and_then(Value::as_str)
    }

    fn into_line(self, family: Family, target: &str) -> LogLine {
        let message_id = self
            .text_of("message_id")
            .map(|id| {
                id.trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string()
            })
            .filter(|id| !id.is_empty());
        let account = self.text_of("account").map(str::to_ascii_lowercase);
        let mut addresses: Vec<String> = Vec::new();
        for name in ADDRESS_FIELDS {
            for address in self.text_of(name).unwrap_or("").split(',') {
                let address = address
                    .trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_ascii_lowercase();
                if address.contains('@') && !addresses.contains(&address) {
                    addresses.push(address);
                }
            }
        }
        let mut domains: Vec<String> = match self.text_of("domains") {
            Some(list) => list
                .split(',')
                .map(|d| d.trim().to_ascii_lowercase())
                .filter(|d| !d.is_empty())
                .collect(),
            None => addresses
                .iter()
                .filter_map(|a| a.rsplit_once('@').map(|(_, d)| d.to_string()))
                .collect(),
        };
        domains.sort();
        domains.dedup();
        let mut text = self.message;
        if family == Family::Debug || family == Family::Warning || family == Family::Error {
            text = format!("{target}: {text}");
        }
        for (name, value) in &self.map {
            if name == "domains" {
                continue;
            }
            let _ = match value {
                Value::String(s) => write!(text, ", {name}: {s}"),
                other => write!(text, ", {name}: {other}"),
            };
        }
        LogLine {
            at: Utc::now(),
            family,
            text,
            fields: self.map,
            message_id,
            account,
            addresses,
            domains,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing_subscriber::layer::SubscriberExt;

    #[test]
    fn events_become_lines_of_their_family_without_secrets() {
        let layer = layer();
        let mut lines = take_queue().expect("the layer's queue");
        let subscriber = tracing_subscriber::registry().with(layer);
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(target: "postbay::mail", message_id = "<a@b.test>", from = "x@remote.test",
                to = "u@one.test,v@two.test", size = 10u64, "received");
            tracing::info!(target: "postbay::security", account = "u@one.test", password = "hunter2", "login failed");
            tracing::info!("an ordinary info event is not a log line");
            tracing::warn!(target: "postbay_delivery", "something odd");
            tracing::debug!(target: "postbay_delivery", "not switched on");
        });
        let mail = lines.try_recv().expect("mail line");
        assert_eq!(mail.family, Family::Mail);
        assert_eq!(mail.message_id.as_deref(), Some("a@b.test"));
        assert_eq!(
            mail.addresses,
            ["x@remote.test", "u@one.test", "v@two.test"]
        );
        assert_eq!(mail.domains, ["one.test", "remote.test", "two.test"]);
        assert!(mail.text.starts_with("received, "), "{}", mail.text);
        let security = lines.try_recv().expect("security line");
        assert!(!security.text.contains("hunter2") && !security.fields.contains_key("password"));
        assert_eq!(security.account.as_deref(), Some("u@one.test"));
        assert_eq!(lines.try_recv().expect("warning").family, Family::Warning);
        assert!(
            lines.try_recv().is_err(),
            "info and debug events are not kept"
        );
    }
}
