//! Failures that clients meet one request at a time while the database is down: every
//! session hits the same error, and a log line each would bury everything else (1,300 lines
//! in the two seconds of one test's outage). A gate lets the first through, then one per
//! window, each saying how many it held back.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// One kind of per-request failure line, limited to one per window.
#[derive(Debug)]
pub struct LogGate {
    window: Duration,
    state: Mutex<GateState>,
}

#[derive(Debug)]
struct GateState {
    /// When the last line went through.
    passed_at: Option<Instant>,
    /// Lines held back since.
    held: u64,
}

impl LogGate {
    pub const fn new(window: Duration) -> Self {
        Self {
            window,
            state: Mutex::new(GateState {
                passed_at: None,
                held: 0,
            }),
        }
    }

    /// `Some(lines held back since the last one)` when this failure is to be logged now.
    pub fn pass(&self) -> Option<u64> {
        self.pass_at(Instant::now())
    }

    fn pass_at(&self, now: Instant) -> Option<u64> {
        let Ok(mut state) = self.state.lock() else {
            return Some(0);
        };
        match state.passed_at {
            Some(at) if now.saturating_duration_since(at) < self.window => {
                state.held += 1;
                None
            }
            _ => {
                state.passed_at = Some(now);
                Some(std::mem::take(&mut state.held))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_window_counting_what_was_held_back() {
        let gate = LogGate::new(Duration::from_secs(10));
        let start = Instant::now();
        assert_eq!(gate.pass_at(start), Some(0));
        for ms in [1, 2, 9_999] {
            assert_eq!(gate.pass_at(start + Duration::from_millis(ms)), None);
        }
        assert_eq!(gate.pass_at(start + Duration::from_secs(10)), Some(3));
        assert_eq!(gate.pass_at(start + Duration::from_secs(11)), None);
        assert_eq!(gate.pass_at(start + Duration::from_secs(30)), Some(1));
    }
}
