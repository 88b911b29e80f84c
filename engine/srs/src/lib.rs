//! The Sender Rewriting Scheme (SRS), in the form libsrs2 and postsrsd write it, so mail this
//! server forwards passes SPF at the destination and its bounces still find the sender.
//!
//! A forwarded message leaves with its envelope sender rewritten into the forwarding domain:
//! `alice@example.org` becomes `SRS0=HHHH=TT=example.org=alice@forwarder.test` — a keyed
//! hash (`HHHH`) so nobody can forge one and use the server as a relay for bounces, and a day
//! stamp (`TT`) so an old one stops working. A bounce to that address is turned back
//! ([`Srs::reverse`]) into the original sender. An address already rewritten by another
//! forwarder (`SRS0=…@other.test`) becomes `SRS1=HHHH=other.test==HHHH=TT=…`, which turns
//! back into that forwarder's address, as the scheme says, so the chain stays short.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Characters of the hash kept in an address (libsrs2's default).
const HASH_CHARS: usize = 4;
/// The day stamp counts days modulo this (two base32 characters).
const STAMP_MODULUS: u64 = 1024;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Why an address cannot be turned back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SrsError {
    #[error("not an SRS address")]
    NotSrs,
    #[error("the SRS address is malformed")]
    Malformed,
    #[error("the SRS address's hash is wrong (forged or mangled)")]
    BadHash,
    #[error("the SRS address has expired")]
    Expired,
}

/// The scheme with this server's key.
#[derive(Clone)]
pub struct Srs {
    key: Vec<u8>,
    max_age_days: u64,
}

impl std::fmt::Debug for Srs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Srs(..)")
    }
}

impl Srs {
    /// Bounces are accepted for 21 days after the message was forwarded, as postsrsd does.
    pub const DEFAULT_MAX_AGE_DAYS: u64 = 21;

    /// `key` must be the same on every node sharing the database: each must turn back the
    /// addresses the others wrote.
    pub fn new(key: &[u8]) -> Self {
        Self {
            key: key.to_vec(),
            max_age_days: Self::DEFAULT_MAX_AGE_DAYS,
        }
    }

    /// Whether a local part is written in the scheme (it may still be forged or expired).
    pub fn is_srs(local: &str) -> bool {
        srs_tag(local).is_some()
    }

    /// The envelope sender for `sender`'s message forwarded by `forwarder` (a domain of this
    /// server) on day `today` (days since the Unix epoch, [`today`]). A sender already in
    /// the forwarder's domain, or without a domain, is left as it is.
    pub fn forward(&self, sender: &str, forwarder: &str, today: u64) -> String {
        let Some((local, domain)) = sender.rsplit_once('@') else {
            return sender.to_string();
        };
        if domain.eq_ignore_ascii_case(forwarder) || local.is_empty() {
            return sender.to_string();
        }
        match srs_tag(local) {
            Some(Tag::Srs0) => {
                // `SRS0=HHHH=TT=d=l@domain` → `SRS1=H=domain==HHHH=TT=d=l`.
                let rest = &local[4..];
                let hash = self.hash(&[domain, rest]);
                format!("SRS1={hash}={domain}={rest}@{forwarder}")
            }
            Some(Tag::Srs1) => {
                // `SRS1=H=first==rest@domain` → `SRS1=H'=first==rest`: first stays.
                match split_srs1(local) {
                    Some((_, first, rest)) => {
                        let hash = self.hash(&[first, rest]);
                        format!("SRS1={hash}={first}={rest}@{forwarder}")
                    }
                    None => self.srs0(local, domain, forwarder, today),
                }
            }
            None => self.srs0(local, domain, forwarder, today),
        }
    }

    fn srs0(&self, local: &str, domain: &str, forwarder: &str, today: u64) -> String {
        let stamp = stamp(today);
        let hash = self.hash(&[&stamp, domain, local]);
        format!("SRS0={hash}={stamp}={domain}={local}@{forwarder}")
    }

    /// The address a bounce to `address` (an SRS address of this server) goes to, checked
    /// against the key and, for `SRS0`, its age on day `today`.
    pub fn reverse(&self, address: &str, today: u64) -> Result<String, SrsError> {
        let (local, _) = address.rsplit_once('@').ok_or(SrsError::NotSrs)?;
        match srs_tag(local).ok_or(SrsError::NotSrs)? {
            Tag::Srs0 => {
                let mut parts = local[5..].splitn(4, '=');
                let (Some(hash), Some(stamp_text), Some(domain), Some(user)) =
                    (parts.next(), parts.next(), parts.next(), parts.next())
                else {
                    return Err(SrsError::Malformed);
                };
                if domain.is_empty() || user.is_empty() {
                    return Err(SrsError::Malformed);
                }
                if !self.hash_matches(hash, &[stamp_text, domain, user]) {
                    return Err(SrsError::BadHash);
                }
                let made = unstamp(stamp_text).ok_or(SrsError::Malformed)?;
                let age = (today % STAMP_MODULUS + STAMP_MODULUS - made) % STAMP_MODULUS;
                if age > self.max_age_days {
                    return Err(SrsError::Expired);
                }
                Ok(format!("{user}@{domain}"))
            }
            Tag::Srs1 => {
                let (hash, first, rest) = split_srs1(local).ok_or(SrsError::Malformed)?;
                if !self.hash_matches(hash, &[first, rest]) {
                    return Err(SrsError::BadHash);
                }
                Ok(format!("SRS0{rest}@{first}"))
            }
        }
    }

    fn hash(&self, parts: &[&str]) -> String {
        let mut text = BASE64.encode(self.mac(parts));
        text.truncate(HASH_CHARS);
        text
    }

    /// Compared without regard to case: some relays fold the local part to lower case.
    fn hash_matches(&self, given: &str, parts: &[&str]) -> bool {
        given.len() == HASH_CHARS && self.hash(parts).eq_ignore_ascii_case(given)
    }

    fn mac(&self, parts: &[&str]) -> Vec<u8> {
        // Any key length is accepted by HMAC; the error cannot happen.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key) else {
            return Vec::new();
        };
        for part in parts {
            mac.update(part.to_ascii_lowercase().as_bytes());
            mac.update(&[0]);
        }
        mac.finalize().into_bytes().to_vec()
    }
}

/// Days since the Unix epoch now.
pub fn today() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Srs0,
    Srs1,
}

fn srs_tag(local: &str) -> Option<Tag> {
    let tag = local.get(..4)?;
    if local.as_bytes().get(4) != Some(&b'=') {
        return None;
    }
    if tag.eq_ignore_ascii_case("SRS0") {
        Some(Tag::Srs0)
    } else if tag.eq_ignore_ascii_case("SRS1") {
        Some(Tag::Srs1)
    } else {
        None
    }
}

/// `SRS1=HHHH=first==rest` → (`HHHH`, `first`, `=rest`).
fn split_srs1(local: &str) -> Option<(&str, &str, &str)> {
    let body = local.get(5..)?;
    let (hash, after) = body.split_once('=')?;
    let (first, rest) = after.split_once("==")?;
    if first.is_empty() || rest.is_empty() {
        return None;
    }
    // `rest` keeps its leading separator, as the SRS0 it stands for has it.
    let rest = &after[first.len() + 1..];
    Some((hash, first, rest))
}

fn stamp(today: u64) -> String {
    let day = today % STAMP_MODULUS;
    let high = BASE32[usize::try_from(day >> 5).unwrap_or(0) & 31];
    let low = BASE32[usize::try_from(day).unwrap_or(0) & 31];
    String::from_utf8_lossy(&[high, low]).into_owned()
}

fn unstamp(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    if bytes.len() != 2 {
        return None;
    }
    let value = |c: u8| {
        BASE32
            .iter()
            .position(|b| *b == c.to_ascii_uppercase())
            .map(|p| p as u64)
    };
    Some((value(bytes[0])? << 5) | value(bytes[1])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = 20_428;

    fn srs() -> Srs {
        Srs::new(b"a key of this server")
    }

    #[test]
    fn a_forwarded_sender_turns_back_into_itself() {
        let forwarded = srs().forward("alice@example.org", "forwarder.test", DAY);
        assert!(forwarded.starts_with("SRS0="), "{forwarded}");
        assert!(forwarded.ends_with("=example.org=alice@forwarder.test"));
        assert_eq!(
            srs().reverse(&forwarded, DAY + 3),
            Ok("alice@example.org".into())
        );
        // Case folded on the way (some relays do it) still turns back.
        assert_eq!(
            srs().reverse(&forwarded.to_ascii_lowercase(), DAY),
            Ok("alice@example.org".into())
        );
    }

    #[test]
    fn a_forged_or_old_address_does_not_turn_back() {
        let forwarded = srs().forward("alice@example.org", "forwarder.test", DAY);
        let forged = forwarded.replace("alice", "mallory");
        assert_eq!(srs().reverse(&forged, DAY), Err(SrsError::BadHash));
        let other_key = Srs::new(b"another key");
        assert_eq!(other_key.reverse(&forwarded, DAY), Err(SrsError::BadHash));
        assert_eq!(srs().reverse(&forwarded, DAY + 22), Err(SrsError::Expired));
        // The stamp wraps every 1024 days: an address made just before the wrap is young.
        let before_wrap = srs().forward("a@b.test", "f.test", 1023);
        assert_eq!(srs().reverse(&before_wrap, 1025), Ok("a@b.test".into()));
        assert_eq!(
            srs().reverse("alice@forwarder.test", DAY),
            Err(SrsError::NotSrs)
        );
        assert_eq!(
            srs().reverse("SRS0=abcd@forwarder.test", DAY),
            Err(SrsError::Malformed)
        );
    }

    #[test]
    fn a_second_forwarder_writes_srs1_which_turns_back_into_the_first() {
        let first = Srs::new(b"first forwarder's key");
        let once = first.forward("alice@example.org", "one.test", DAY);
        let twice = srs().forward(&once, "two.test", DAY);
        assert!(twice.starts_with("SRS1="), "{twice}");
        assert!(twice.contains("=one.test==") && twice.ends_with("@two.test"));
        assert_eq!(srs().reverse(&twice, DAY), Ok(once.clone()));
        assert_eq!(first.reverse(&once, DAY), Ok("alice@example.org".into()));
        // A third forwarder keeps pointing at the first, not at the second.
        let thrice = srs().forward(&twice, "three.test", DAY);
        assert!(thrice.contains("=one.test=="), "{thrice}");
        assert_eq!(srs().reverse(&thrice, DAY), Ok(once));
    }

    #[test]
    fn senders_in_the_forwarding_domain_and_the_null_sender_stay() {
        assert_eq!(
            srs().forward("bob@forwarder.test", "Forwarder.test", DAY),
            "bob@forwarder.test"
        );
        assert_eq!(srs().forward("", "forwarder.test", DAY), "");
    }
}
