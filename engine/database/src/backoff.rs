//! How a background loop waits after failures (the database gone, a full disk): each failure
//! in a row waits twice as long as the one before, up to a cap kept short enough that work
//! resumes within seconds of recovery; only the first failure of a run is worth a warning, so
//! an outage does not flood the log.

use std::time::Duration;

/// Waits of a loop that keeps failing.
#[derive(Debug, Clone)]
pub struct Backoff {
    first: Duration,
    most: Duration,
    /// The wait after the next failure; `None` while nothing fails.
    next: Option<Duration>,
}

impl Backoff {
    pub const fn new(first: Duration, most: Duration) -> Self {
        Self {
            first,
            most,
            next: None,
        }
    }

    /// Records a failure: how long to wait before trying again, and whether it is the first
    /// of a run (log it as a warning; the rest at debug level).
    pub fn failed(&mut self) -> (Duration, bool) {
        let first = self.next.is_none();
        let wait = self.next.unwrap_or(self.first);
        self.next = Some((wait * 2).min(self.most));
        (wait, first)
    }

    /// Records a success; true when it ends a run of failures (worth saying it recovered).
    pub fn succeeded(&mut self) -> bool {
        self.next.take().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_up_to_the_cap_and_start_again_after_a_success() {
        let mut b = Backoff::new(Duration::from_millis(500), Duration::from_secs(5));
        assert!(!b.succeeded(), "nothing failed yet");
        let waits: Vec<(u128, bool)> = (0..6)
            .map(|_| {
                let (wait, first) = b.failed();
                (wait.as_millis(), first)
            })
            .collect();
        assert_eq!(
            waits,
            [
                (500, true),
                (1000, false),
                (2000, false),
                (4000, false),
                (5000, false),
                (5000, false)
            ]
        );
        assert!(b.succeeded(), "a success ends the run");
        assert_eq!(b.failed(), (Duration::from_millis(500), true));
    }
}
