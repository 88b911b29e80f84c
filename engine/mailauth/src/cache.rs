//! The records sender authentication has parsed, kept until their DNS TTL runs out, so a busy
//! MX does not parse the same SPF, DKIM key and DMARC records for every message. Bounded: a
//! full cache drops what has expired, and if nothing has, everything (the resolver below still
//! holds the raw answers).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Mutex;
use std::time::Instant;

use mail_auth::{MX, RecordSet, ResolverCache, Txt};

/// Entries each cache holds at most.
const CAPACITY: usize = 10_000;

pub(crate) struct TtlCache<K, V> {
    entries: Mutex<HashMap<K, (V, Instant)>>,
}

impl<K, V> Default for TtlCache<K, V> {
    fn default() -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Hash + Eq, V: Clone> ResolverCache<K, V> for TtlCache<K, V> {
    fn get<Q>(&self, name: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match entries.get(name) {
            Some((value, until)) if *until > Instant::now() => Some(value.clone()),
            Some(_) => {
                entries.remove(name);
                None
            }
            None => None,
        }
    }

    fn remove<Q>(&self, name: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.remove(name).map(|(value, _)| value)
    }

    fn insert(&self, key: K, value: V, valid_until: Instant) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= CAPACITY {
            let now = Instant::now();
            entries.retain(|_, (_, until)| *until > now);
            if entries.len() >= CAPACITY {
                entries.clear();
            }
        }
        entries.insert(key, (value, valid_until));
    }
}

/// One cache per record type, as mail-auth asks.
#[derive(Default)]
pub(crate) struct Caches {
    pub txt: TtlCache<Box<str>, Txt>,
    pub mx: TtlCache<Box<str>, RecordSet<MX>>,
    pub ipv4: TtlCache<Box<str>, RecordSet<Ipv4Addr>>,
    pub ipv6: TtlCache<Box<str>, RecordSet<Ipv6Addr>>,
    pub ptr: TtlCache<IpAddr, RecordSet<Box<str>>>,
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn entries_live_until_their_ttl_and_the_size_is_bounded() {
        let cache: TtlCache<Box<str>, u32> = TtlCache::default();
        let soon = Instant::now() + Duration::from_secs(60);
        cache.insert("a.example".into(), 1, soon);
        cache.insert(
            "gone.example".into(),
            2,
            Instant::now() - Duration::from_secs(1),
        );
        assert_eq!(cache.get("a.example"), Some(1));
        assert_eq!(cache.get("gone.example"), None, "expired");
        for i in 0..CAPACITY + 10 {
            cache.insert(format!("n{i}.example").into(), 0, soon);
        }
        let held = cache.entries.lock().expect("lock").len();
        assert!(held <= CAPACITY, "{held}");
    }
}
