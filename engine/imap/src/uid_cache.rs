//! The uids of recently selected folders, shared by this process's sessions: a SELECT of a
//! folder that has not changed since (the same highest modseq: every append, expunge and flag
//! change moves it, in the transaction that makes the change) copies the list instead of
//! reading 100,000 uids from the database.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use postbay_mailbox::FolderId;

/// Uids kept over all folders at most (8 bytes each: 32 MiB); the least recently used folders
/// go first.
const BUDGET: usize = 4 * 1024 * 1024;

#[derive(Default)]
pub(crate) struct UidCache {
    entries: Mutex<HashMap<FolderId, Entry>>,
}

struct Entry {
    modseq: i64,
    uids: Arc<Vec<i64>>,
    used: Instant,
}

impl UidCache {
    /// The folder's uids when they were kept at exactly this modseq.
    pub(crate) fn get(&self, folder: FolderId, modseq: i64) -> Option<Arc<Vec<i64>>> {
        let mut entries = self.entries.lock().ok()?;
        let entry = entries.get_mut(&folder).filter(|e| e.modseq == modseq)?;
        entry.used = Instant::now();
        Some(entry.uids.clone())
    }

    /// Keeps a folder's uids as read at `modseq` (a newer reading replaces an older one).
    pub(crate) fn put(&self, folder: FolderId, modseq: i64, uids: Arc<Vec<i64>>) {
        if uids.len() > BUDGET {
            return;
        }
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.get(&folder).is_some_and(|e| e.modseq > modseq) {
            return;
        }
        entries.insert(
            folder,
            Entry {
                modseq,
                uids,
                used: Instant::now(),
            },
        );
        let mut total: usize = entries.values().map(|e| e.uids.len()).sum();
        while total > BUDGET {
            let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, e)| e.used)
                .map(|(id, _)| *id)
            else {
                break;
            };
            if let Some(gone) = entries.remove(&oldest) {
                total -= gone.uids.len();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_reused_only_at_its_modseq_and_the_budget_holds() {
        let cache = UidCache::default();
        let (a, b) = (FolderId::new(), FolderId::new());
        cache.put(a, 5, Arc::new(vec![1, 2, 3]));
        assert_eq!(cache.get(a, 5).as_deref(), Some(&vec![1, 2, 3]));
        assert!(cache.get(a, 6).is_none());
        cache.put(a, 4, Arc::new(vec![1]));
        assert!(
            cache.get(a, 5).is_some(),
            "an older reading does not replace a newer one"
        );
        cache.put(b, 1, Arc::new(vec![0; BUDGET]));
        assert!(cache.get(a, 5).is_none(), "the least recently used went");
        assert!(cache.get(b, 1).is_some());
    }
}
