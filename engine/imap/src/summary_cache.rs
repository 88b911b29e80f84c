//! Fields of stored contents that SORT reads from their summaries (the first addresses, for
//! SORT FROM/TO/CC), kept by this process after a first read. A content never changes (it is
//! addressed by its digest), so an entry is never stale; a webmail sorting a large folder
//! page after page reads them once. (Dates and subjects are kept on the copies instead.)

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use uuid::Uuid;

/// Entries kept at most, over two generations (a few hundred bytes each).
const CAPACITY: usize = 200_000;

/// Two generations: lookups promote from the older one; when the newer one is full it
/// becomes the older, and the older is dropped. Bounded, and without per-entry bookkeeping.
pub(crate) struct SummaryCache<T> {
    generations: Mutex<Generations<T>>,
}

/// The newer generation, then the older.
type Generations<T> = (HashMap<Uuid, Arc<T>>, HashMap<Uuid, Arc<T>>);

impl<T> Default for SummaryCache<T> {
    fn default() -> Self {
        Self {
            generations: Mutex::new((HashMap::new(), HashMap::new())),
        }
    }
}

impl<T> SummaryCache<T> {
    /// The kept entries among `ids`, and the ids not kept.
    pub(crate) fn get_many(&self, ids: &[Uuid]) -> (HashMap<Uuid, Arc<T>>, Vec<Uuid>) {
        let mut found = HashMap::with_capacity(ids.len());
        let mut missing = Vec::new();
        let Ok(mut generations) = self.generations.lock() else {
            return (found, ids.to_vec());
        };
        for id in ids {
            if let Some(entry) = generations.0.get(id) {
                found.insert(*id, entry.clone());
            } else if let Some(entry) = generations.1.remove(id) {
                found.insert(*id, entry.clone());
                Self::insert(&mut generations, *id, entry);
            } else {
                missing.push(*id);
            }
        }
        (found, missing)
    }

    pub(crate) fn put(&self, id: Uuid, entry: Arc<T>) {
        if let Ok(mut generations) = self.generations.lock() {
            Self::insert(&mut generations, id, entry);
        }
    }

    fn insert(generations: &mut Generations<T>, id: Uuid, entry: Arc<T>) {
        if generations.0.len() >= CAPACITY / 2 {
            generations.1 = std::mem::take(&mut generations.0);
        }
        generations.0.insert(id, entry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_promoted_and_bounded() {
        let cache = SummaryCache::<u32>::default();
        let ids: Vec<Uuid> = (0..CAPACITY + 10).map(|_| Uuid::now_v7()).collect();
        cache.put(ids[0], Arc::new(7));
        let (found, missing) = cache.get_many(&ids[..2]);
        assert_eq!(found.get(&ids[0]).map(|v| **v), Some(7));
        assert_eq!(missing, vec![ids[1]]);
        for id in &ids {
            cache.put(*id, Arc::new(1));
        }
        let (found, _) = cache.get_many(&ids);
        assert!(found.len() <= CAPACITY, "{}", found.len());
        assert!(found.contains_key(&ids[ids.len() - 1]));
    }
}
