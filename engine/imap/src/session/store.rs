//! Changing messages: STORE (flags, UNCHANGEDSINCE), EXPUNGE, COPY and MOVE.

use std::collections::HashMap;

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::flag::{Flag, StoreResponse, StoreType};
use imap_codec::imap_types::mailbox::Mailbox;
use imap_codec::imap_types::sequence::SequenceSet;
use postbay_mailbox::MailboxError;
use postbay_mailbox::messages::{self, FlagChange, Message};
use postbay_mailbox::operations_log;
use uuid::Uuid;

use super::*;

impl Session {
    pub(super) async fn store(
        &mut self,
        tag: &Tag<'_>,
        set: &SequenceSet,
        request: StoreRequest<'_, '_>,
        out: &mut Vec<u8>,
    ) {
        let StoreRequest {
            kind,
            response,
            flags,
            uid,
            unchanged_since,
        } = request;
        if unchanged_since.is_some() {
            self.enable_condstore(out);
        }
        if self.selected().is_some_and(|s| s.read_only) {
            return tagged(out, tag, "NO The folder is read-only");
        }
        let pairs = match self.resolve(set, uid) {
            Ok(p) => p,
            Err(e) => return tagged(out, tag, e),
        };
        let rows = match self.rows(&pairs).await {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.id).collect();
        // \Recent belongs to the server (RFC 3501 2.3.2): a client cannot set or clear it.
        let flags: Vec<String> = flags
            .iter()
            .map(ToString::to_string)
            .filter(|f| !f.eq_ignore_ascii_case("\\Recent"))
            .collect();
        let change = match kind {
            StoreType::Add => FlagChange::Add,
            StoreType::Remove => FlagChange::Remove,
            StoreType::Replace => FlagChange::Replace,
        };
        let Some(folder) = self.selected().map(|s| s.folder.id) else {
            return;
        };
        let limit = unchanged_since.map(|n| i64::try_from(n).unwrap_or(i64::MAX));
        // RFC 7162 section 3.1.3: copies modified after UNCHANGEDSINCE are left alone and named.
        let modified: Vec<(usize, i64)> = match limit {
            Some(n) => rows
                .iter()
                .filter(|(_, m)| m.modseq > n)
                .map(|(seq, m)| (*seq, m.uid))
                .collect(),
            None => Vec::new(),
        };
        let mut updated =
            match messages::store_flags(self.pool(), folder, &ids, change, &flags, limit).await {
                Ok(u) => u,
                Err(e) => return failed(out, tag, e),
            };
        for row in &mut updated {
            self.mark_recent(row);
        }
        // A keyword new to the folder is announced before the FETCH responses that show it.
        self.announce_keywords(out).await;
        let updated: HashMap<Uuid, &Message> = updated.iter().map(|u| (u.id, u)).collect();
        if let Some(modseq) = rows
            .iter()
            .filter_map(|(_, r)| updated.get(&r.id).filter(|u| u.modseq != r.modseq))
            .map(|u| u.modseq)
            .max()
        {
            self.reported_own_change(modseq);
        }
        for (seq, row) in &rows {
            let Some(u) = updated.get(&row.id) else {
                continue;
            };
            let changed = u.modseq != row.modseq;
            // .SILENT still reports a MODSEQ change under CONDSTORE (RFC 7162 section 3.2).
            if response == StoreResponse::Silent && !(self.condstore && changed) {
                continue;
            }
            let uid_part = if uid {
                format!("UID {} ", u.uid)
            } else {
                String::new()
            };
            let modseq = if self.condstore {
                format!(" MODSEQ ({})", u.modseq)
            } else {
                String::new()
            };
            let flags = if response == StoreResponse::Silent {
                String::new()
            } else {
                format!("FLAGS ({})", u.flags.join(" "))
            };
            let body = format!("{uid_part}{flags}{modseq}");
            out.extend_from_slice(format!("* {seq} FETCH ({})\r\n", body.trim()).as_bytes());
        }
        // This session's own change does not come back through the sync.
        self.refresh_contexts(out).await;
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        if modified.is_empty() {
            tagged(out, tag, "OK STORE completed");
        } else {
            let list: Vec<i64> = modified
                .iter()
                .map(|(seq, u)| if uid { *u } else { *seq as i64 })
                .collect();
            tagged(
                out,
                tag,
                &format!("OK [MODIFIED {}] Conditional STORE failed", uid_set(&list)),
            );
        }
    }

    pub(super) async fn expunge_deleted(
        &mut self,
        within: Option<&[(usize, i64)]>,
    ) -> Result<usize, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(0);
        };
        let folder = selected.folder.id;
        let name = selected.folder.name.clone();
        let uids = within.map(|w| w.iter().map(|(_, u)| *u).collect::<Vec<i64>>());
        let ids = messages::deleted(self.pool(), folder, uids.as_deref()).await?;
        let described = operations_log::describe(self.pool(), &ids).await;
        let gone = postbay_mailbox::expunge(self.pool(), self.account_id(), &ids).await?;
        operations_log::removed(&self.actor(), &name, &described, ids.len(), None);
        Ok(gone)
    }

    /// Who changes the mailbox, for the operations log.
    fn actor(&self) -> operations_log::Actor<'_> {
        operations_log::Actor {
            protocol: "imap",
            account: self.email.as_deref().unwrap_or(""),
            client: self.peer.ip().to_string(),
        }
    }

    pub(super) async fn expunge(
        &mut self,
        tag: &Tag<'_>,
        set: Option<&SequenceSet>,
        out: &mut Vec<u8>,
    ) {
        if self.selected().is_some_and(|s| s.read_only) {
            return tagged(out, tag, "NO The folder is read-only");
        }
        let within = match set.map(|s| self.resolve(s, true)) {
            Some(Ok(p)) => Some(p),
            Some(Err(e)) => return tagged(out, tag, e),
            None => None,
        };
        if let Err(e) = self.expunge_deleted(within.as_deref()).await {
            return failed(out, tag, e);
        }
        self.sync(out, Sync::Full).await;
        tagged(out, tag, "OK EXPUNGE completed");
    }

    pub(super) async fn copy(
        &mut self,
        tag: &Tag<'_>,
        set: &SequenceSet,
        mailbox: &Mailbox<'_>,
        uid: bool,
        moving: bool,
        out: &mut Vec<u8>,
    ) {
        if moving && self.selected().is_some_and(|s| s.read_only) {
            return tagged(out, tag, "NO The folder is read-only");
        }
        let pairs = match self.resolve(set, uid) {
            Ok(p) => p,
            Err(e) => return tagged(out, tag, e),
        };
        let target = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(MailboxError::NoFolder) => {
                return tagged(out, tag, "NO [TRYCREATE] No such folder");
            }
            Err(e) => return failed(out, tag, e),
        };
        let rows = match self.rows(&pairs).await {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.id).collect();
        let Some(source) = self.selected().map(|s| s.folder.id) else {
            return;
        };
        let pool = self.pool();
        let outcome = if moving {
            let described = operations_log::describe(pool, &ids).await;
            let moved =
                messages::move_messages(pool, self.account_id(), source, &ids, target.id).await;
            if moved.is_ok() {
                let from = self
                    .selected()
                    .map(|s| s.folder.name.clone())
                    .unwrap_or_default();
                operations_log::removed(
                    &self.actor(),
                    &from,
                    &described,
                    ids.len(),
                    Some(&target.name),
                );
            }
            moved
        } else {
            messages::copy(pool, self.account_id(), source, &ids, target.id).await
        };
        let (validity, mapping) = match outcome {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        // Into Junk or out of it: the spam engine learns from the user's verdict.
        let source_use = self
            .selected()
            .and_then(|s| s.folder.special_use.as_deref());
        if let Some(lesson) =
            postbay_filter::learning::lesson(source_use, target.special_use.as_deref())
        {
            let contents = rows.iter().map(|(_, m)| m.content_id).collect();
            postbay_filter::learning::teach(pool.clone(), contents, lesson);
        }
        let code = if mapping.is_empty() {
            String::new()
        } else {
            let src: Vec<String> = mapping.iter().map(|(s, _)| s.to_string()).collect();
            let dst: Vec<String> = mapping.iter().map(|(_, d)| d.to_string()).collect();
            format!("[COPYUID {validity} {} {}] ", src.join(","), dst.join(","))
        };
        if moving {
            if !code.is_empty() {
                untagged(out, &format!("OK {code}Moved"));
            }
            self.sync(out, Sync::Full).await;
            tagged(out, tag, "OK MOVE completed");
        } else {
            self.sync(out, Sync::Full).await;
            tagged(out, tag, &format!("OK {code}COPY completed"));
        }
    }
}

/// What a STORE asks for.
pub(super) struct StoreRequest<'a, 'b> {
    pub(super) kind: StoreType,
    pub(super) response: StoreResponse,
    pub(super) flags: &'a [Flag<'b>],
    pub(super) uid: bool,
    pub(super) unchanged_since: Option<u64>,
}
