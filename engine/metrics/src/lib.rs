//! Prometheus metrics. Every crate counts through the `metrics` facade, which does nothing
//! until [`install`] sets the recorder (only when `POSTBAY_METRICS_ADDR` is set); the
//! `/metrics` listener answers with [`render`]. The names, kinds and help of every metric are
//! declared here, so the scrape documents itself:
//!
//! | metric | kind | labels | counted in |
//! |---|---|---|---|
//! | `postbay_connections_total` | counter | `service` | listener (admitted) |
//! | `postbay_connections_refused_total` | counter | `service`, `reason` | listener |
//! | `postbay_sessions_active` | gauge | `service` | listener |
//! | `postbay_smtp_replies_total` | counter | `class` (`2xx`, `4xx`, `5xx`) | smtp |
//! | `postbay_messages_received_total` | counter | `service` | delivery |
//! | `postbay_messages_delivered_total` | counter | `path` (`local`, `remote`) | delivery, outbound |
//! | `postbay_messages_deferred_total` | counter | | outbound |
//! | `postbay_messages_bounced_total` | counter | | outbound |
//! | `postbay_delivery_seconds` | histogram | | outbound (queued to delivered) |
//! | `postbay_filter_verdicts_total` | counter | `verdict` | delivery |
//! | `postbay_auth_failures_total` | counter | `service` | core (logins) |
//! | `postbay_collection_runs_total` | counter | `result` | collector |
//! | `postbay_api_requests_total` | counter | `method`, `route`, `status` | api |
//! | `postbay_api_request_seconds` | histogram | `method`, `route` | api |
//! | `postbay_queue_messages`, `postbay_queue_bytes`, `postbay_queue_oldest_seconds` | gauge | | sampled |
//! | `postbay_db_connections` | gauge | `state` (`idle`, `used`) | sampled |
//! | `postbay_log_lines_dropped_total` | counter | | sampled |

use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use postbay_core::access::Principal;
use sqlx::PgPool;

/// Seconds: the buckets of both latency histograms (a request, a delivery).
const LATENCY_BUCKETS: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 60.0, 600.0, 3600.0,
];

/// Every metric the server exports (the sample dashboard, `deploy/grafana/postbay.json`,
/// uses no other).
pub const METRICS: [&str; 19] = [
    "postbay_connections_total",
    "postbay_connections_refused_total",
    "postbay_sessions_active",
    "postbay_smtp_replies_total",
    "postbay_messages_received_total",
    "postbay_messages_delivered_total",
    "postbay_messages_deferred_total",
    "postbay_messages_bounced_total",
    "postbay_delivery_seconds",
    "postbay_filter_verdicts_total",
    "postbay_auth_failures_total",
    "postbay_collection_runs_total",
    "postbay_api_requests_total",
    "postbay_api_request_seconds",
    "postbay_queue_messages",
    "postbay_queue_bytes",
    "postbay_queue_oldest_seconds",
    "postbay_db_connections",
    "postbay_log_lines_dropped_total",
];

/// Why the recorder could not be set.
#[derive(Debug, thiserror::Error)]
#[error("metrics recorder: {0}")]
pub struct InstallError(String);

/// Sets the process's recorder and declares the metrics; once per process.
pub fn install() -> Result<PrometheusHandle, InstallError> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &LATENCY_BUCKETS)
        .map_err(|e| InstallError(e.to_string()))?
        .install_recorder()
        .map_err(|e| InstallError(e.to_string()))?;
    describe();
    Ok(handle)
}

fn describe() {
    describe_counter!(
        "postbay_connections_total",
        "Connections admitted, by service."
    );
    describe_counter!(
        "postbay_connections_refused_total",
        "Connections refused before a session (not allowed, too many from the address)."
    );
    describe_gauge!(
        "postbay_sessions_active",
        "Sessions running now, by service."
    );
    describe_counter!(
        "postbay_smtp_replies_total",
        "SMTP replies sent, by class (2xx, 3xx, 4xx, 5xx)."
    );
    describe_counter!(
        "postbay_messages_received_total",
        "Messages stored or queued after reception, by the service that received them."
    );
    describe_counter!(
        "postbay_messages_delivered_total",
        "Recipients delivered: local mailboxes, or remote servers that accepted."
    );
    describe_counter!(
        "postbay_messages_deferred_total",
        "Remote delivery attempts deferred (to be retried), per recipient."
    );
    describe_counter!(
        "postbay_messages_bounced_total",
        "Recipients given up on (a bounce goes to the sender)."
    );
    describe_histogram!(
        "postbay_delivery_seconds",
        Unit::Seconds,
        "From queueing to the remote server's acceptance, per recipient."
    );
    describe_counter!(
        "postbay_filter_verdicts_total",
        "Content filter verdicts (deliver, junk, refuse, discard, quarantine, defer)."
    );
    describe_counter!(
        "postbay_auth_failures_total",
        "Failed logins, by service (smtp, imap, pop3, managesieve, api, jsonrpc)."
    );
    describe_counter!(
        "postbay_collection_runs_total",
        "Remote POP3 collection runs, by result."
    );
    describe_counter!(
        "postbay_api_requests_total",
        "Admin API requests, by method, route and status."
    );
    describe_histogram!(
        "postbay_api_request_seconds",
        Unit::Seconds,
        "Admin API request latency, by method and route."
    );
    describe_gauge!(
        "postbay_queue_messages",
        "Messages in the outbound queue with recipients still to deliver."
    );
    describe_gauge!("postbay_queue_bytes", Unit::Bytes, "Their size.");
    describe_gauge!(
        "postbay_queue_oldest_seconds",
        Unit::Seconds,
        "Age of the oldest of them."
    );
    describe_gauge!(
        "postbay_db_connections",
        "This node's database connections, idle and in use."
    );
    describe_counter!(
        "postbay_log_lines_dropped_total",
        "Log lines dropped because the writer fell behind."
    );
}

/// The scrape: the gauges sampled now (a failing database leaves them as they were), then
/// every metric in Prometheus's text format.
pub async fn render(handle: &PrometheusHandle, pool: &PgPool) -> String {
    if let Ok(stats) = postbay_core::queue::stats(pool, &Principal::system()).await {
        metrics::gauge!("postbay_queue_messages").set(stats.messages as f64);
        metrics::gauge!("postbay_queue_bytes").set(stats.bytes as f64);
        let age = stats
            .oldest
            .map(|at| (chrono::Utc::now() - at).num_seconds().max(0) as f64)
            .unwrap_or(0.0);
        metrics::gauge!("postbay_queue_oldest_seconds").set(age);
    }
    let idle = pool.num_idle() as f64;
    let size = f64::from(pool.size());
    metrics::gauge!("postbay_db_connections", "state" => "idle").set(idle);
    metrics::gauge!("postbay_db_connections", "state" => "used").set((size - idle).max(0.0));
    metrics::counter!("postbay_log_lines_dropped_total").absolute(postbay_logs::capture::dropped());
    handle.run_upkeep();
    handle.render()
}

#[cfg(test)]
mod tests {
    use super::METRICS;

    #[test]
    fn the_sample_dashboard_uses_only_exported_metrics() {
        let dashboard = include_str!("../../../deploy/grafana/postbay.json");
        let parsed: serde_json::Value = serde_json::from_str(dashboard).expect("valid JSON");
        assert!(parsed["panels"].as_array().is_some_and(|p| p.len() >= 10));
        let mut used = 0;
        for (at, _) in dashboard.match_indices("postbay_") {
            let name: String = dashboard[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let base = ["_bucket", "_count", "_sum"]
                .iter()
                .find_map(|s| name.strip_suffix(s))
                .unwrap_or(&name);
            assert!(METRICS.contains(&base), "{name} is not exported");
            used += 1;
        }
        assert!(used >= 15);
    }

    #[test]
    fn every_exported_metric_is_described() {
        let source = include_str!("lib.rs");
        for name in METRICS {
            assert!(
                source.matches(&format!("\"{name}\"")).count() >= 2,
                "{name} is listed but not described"
            );
        }
    }
}
