//! How long the server's own clients (SMTP delivery and ETRN, POP3 collection) wait on a
//! remote peer. Each wait has the value its protocol gives it (RFC 5321 section 4.5.3.2: up to
//! ten minutes for the reply to the end of data); an operator may cap them all, so that a peer
//! that stalls is given up sooner and the queue moves on.

use std::time::Duration;

/// The cap on every wait for a remote peer; no cap by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PeerTimeouts {
    cap: Option<Duration>,
}

impl PeerTimeouts {
    /// Every wait at most `cap` (a zero cap is taken as none: no wait could succeed).
    pub fn capped(cap: Duration) -> Self {
        Self {
            cap: (!cap.is_zero()).then_some(cap),
        }
    }

    /// The wait to use where the protocol gives `standard`.
    pub fn bound(&self, standard: Duration) -> Duration {
        match self.cap {
            Some(cap) => standard.min(cap),
            None => standard,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_only_shortens() {
        let ten_minutes = Duration::from_secs(600);
        assert_eq!(PeerTimeouts::default().bound(ten_minutes), ten_minutes);
        let capped = PeerTimeouts::capped(Duration::from_secs(3));
        assert_eq!(capped.bound(ten_minutes), Duration::from_secs(3));
        assert_eq!(capped.bound(Duration::from_secs(1)), Duration::from_secs(1));
        assert_eq!(
            PeerTimeouts::capped(Duration::ZERO),
            PeerTimeouts::default()
        );
    }
}
