//! The selected folder: SELECT/EXAMINE with CONDSTORE and QRESYNC, and telling the client
//! what changed since it last heard (EXISTS, EXPUNGE, FETCH of changed flags).

use std::collections::HashSet;

use imap_codec::imap_types::command::SelectParameter;
use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::mailbox::Mailbox;
use imap_codec::imap_types::sequence::SequenceSet;
use postbay_mailbox::MailboxError;
use postbay_mailbox::folders;
use postbay_mailbox::messages::{self, Message};

use crate::render;

use super::*;

impl Session {
    pub(super) async fn select(
        &mut self,
        tag: &Tag<'_>,
        mailbox: &Mailbox<'_>,
        read_only: bool,
        parameters: &[SelectParameter],
        out: &mut Vec<u8>,
    ) {
        if matches!(self.state, State::Selected(_)) && (self.qresync || self.rev2) {
            // RFC 7162 section 3.2.11, RFC 9051 section 6.3.2.
            untagged(out, "OK [CLOSED] Previous folder closed");
        }
        self.state = State::Authenticated;
        let mut resync = None;
        for parameter in parameters {
            match parameter {
                SelectParameter::CondStore => self.condstore = true,
                SelectParameter::QResync { .. } if !self.qresync => {
                    return tagged(out, tag, "BAD Enable QRESYNC first");
                }
                SelectParameter::QResync {
                    uid_validity,
                    mod_sequence_value,
                    known_uids,
                    ..
                } => resync = Some((*uid_validity, *mod_sequence_value, known_uids.clone())),
            }
        }
        let folder = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let changes = self.shared.changes.subscribe();
        // The uid list: this process's copy when the folder has not changed since it was
        // read, else the folder row and its uids again, in one statement.
        let (folder, uids) = match self.shared.uids.get(folder.id, folder.highest_modseq) {
            Some(uids) => (folder, uids.as_ref().clone()),
            None => match folders::with_uids(self.pool(), folder.id).await {
                Ok(Some((folder, uids))) => {
                    let uids = std::sync::Arc::new(uids);
                    self.shared
                        .uids
                        .put(folder.id, folder.highest_modseq, uids.clone());
                    (folder, std::sync::Arc::unwrap_or_clone(uids))
                }
                Ok(None) => return failed(out, tag, MailboxError::NoFolder),
                Err(e) => return failed(out, tag, e),
            },
        };
        flag_lines(out, &folder.keywords, read_only);
        // A read-write SELECT takes the folder's recent messages; EXAMINE only looks; an
        // IMAP4rev2 session, which has no \Recent, leaves them to a rev1 one.
        let recent = match self.rev2 {
            true => Ok((0, 0)),
            // Up to what this session has listed: later arrivals are claimed when it hears
            // of them, so none is taken unseen.
            false => {
                let upto = uids.last().map_or(1, |u| u + 1);
                folders::recent(self.pool(), folder.id, Some(upto), !read_only).await
            }
        };
        let recent = match recent {
            Ok((from, to)) if from < to => vec![(from, to)],
            Ok(_) => Vec::new(),
            Err(e) => return failed(out, tag, e),
        };
        untagged(out, &format!("{} EXISTS", uids.len()));
        if self.rev2 {
            // RFC 9051 section 6.3.2: the folder's LIST response; RECENT is gone.
            let attrs = use_attribute(folder.special_use.as_deref()).unwrap_or_default();
            let mut line = format!("* LIST ({attrs}) \"/\" ").into_bytes();
            render::string(&mut line, wire_name(&folder, true).as_bytes());
            line.extend_from_slice(b"\r\n");
            out.extend_from_slice(&line);
        } else {
            let count = uids
                .iter()
                .filter(|&&u| recent.iter().any(|&(from, to)| from <= u && u < to))
                .count();
            untagged(out, &format!("{count} RECENT"));
            // RFC 3501 6.3.1: the first unseen message's number (RFC 9051 dropped it).
            match folders::first_unseen(self.pool(), folder.id).await {
                Ok(Some(uid)) => {
                    if let Ok(index) = uids.binary_search(&uid) {
                        untagged(out, &format!("OK [UNSEEN {}] First unseen", index + 1));
                    }
                }
                Ok(None) => {}
                Err(e) => return failed(out, tag, e),
            }
        }
        untagged(
            out,
            &format!("OK [UIDVALIDITY {}] UIDs valid", folder.uid_validity),
        );
        untagged(
            out,
            &format!("OK [UIDNEXT {}] Predicted next UID", folder.uid_next),
        );
        if self.condstore {
            untagged(
                out,
                &format!("OK [HIGHESTMODSEQ {}] Highest", folder.highest_modseq),
            );
        }
        let modseq = folder.highest_modseq;
        let verb = if read_only { "EXAMINE" } else { "SELECT" };
        let keywords = folder.keywords.clone();
        let selected = Selected {
            folder,
            read_only,
            uids,
            modseq,
            expunged_to: modseq,
            changes,
            dirty: false,
            saved: Vec::new(),
            keywords,
            recent,
            contexts: Vec::new(),
        };
        self.state = State::Selected(Box::new(selected));
        if let Some((validity, since, known)) = resync
            && i64::from(validity.get()) == self.selected().map_or(0, |s| s.folder.uid_validity)
        {
            let since = i64::try_from(since.get()).unwrap_or(i64::MAX);
            if let Err(e) = self.resync(since, known.as_ref(), out).await {
                return failed(out, tag, e);
            }
        }
        let mode = if read_only { "READ-ONLY" } else { "READ-WRITE" };
        tagged(out, tag, &format!("OK [{mode}] {verb} completed"));
    }

    /// CONDSTORE turned on by a command that needs it (FETCH MODSEQ or CHANGEDSINCE, STORE
    /// UNCHANGEDSINCE, SEARCH MODSEQ): RFC 7162 3.1 wants the selected folder's
    /// HIGHESTMODSEQ told then, once.
    pub(super) fn enable_condstore(&mut self, out: &mut Vec<u8>) {
        if self.condstore {
            return;
        }
        self.condstore = true;
        if let Some(selected) = self.selected() {
            untagged(
                out,
                &format!("OK [HIGHESTMODSEQ {}] Highest", selected.modseq),
            );
        }
    }

    /// QRESYNC at SELECT: what vanished and what changed since the client's modseq.
    pub(super) async fn resync(
        &mut self,
        since: i64,
        known: Option<&SequenceSet>,
        out: &mut Vec<u8>,
    ) -> Result<(), MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(());
        };
        let folder = selected.folder.id;
        let largest = selected.folder.uid_next;
        let mut gone = messages::expunged_since(self.pool(), folder, since).await?;
        if let Some(known) = known {
            gone = gone.intersect(&set_ranges(known, largest));
        }
        if !gone.is_empty() {
            untagged(out, &format!("VANISHED (EARLIER) {gone}"));
        }
        let mut changed = messages::changed_since(self.pool(), folder, since).await?;
        self.announce_keywords_of(&changed, out).await;
        for m in &mut changed {
            self.mark_recent(m);
        }
        let Some(selected) = self.selected() else {
            return Ok(());
        };
        for m in &changed {
            if let Ok(index) = selected.uids.binary_search(&m.uid) {
                untagged(
                    out,
                    &format!(
                        "{} FETCH (UID {} FLAGS ({}) MODSEQ ({}))",
                        index + 1,
                        m.uid,
                        m.flags.join(" "),
                        m.modseq
                    ),
                );
            }
        }
        Ok(())
    }

    /// Reports what changed in the selected folder since the last report, and what that did
    /// to the live searches.
    pub(super) async fn sync(&mut self, out: &mut Vec<u8>, mode: Sync) {
        if self.sync_changes(out, mode).await {
            self.refresh_contexts(out).await;
        }
    }

    /// [`Self::sync`] without the live searches; says whether anything changed.
    async fn sync_changes(&mut self, out: &mut Vec<u8>, mode: Sync) -> bool {
        let State::Selected(selected) = &mut self.state else {
            return false;
        };
        // Drain notifications already queued; any change is found by modseq anyway.
        while let Ok(id) = selected.changes.try_recv() {
            if id == selected.folder.id.0 {
                selected.dirty = true;
            }
        }
        let pool = &self.shared.pool;
        let current = folders::highest_modseq(pool, selected.folder.id)
            .await
            .ok()
            .flatten();
        let Some(current) = current else {
            return false;
        };
        let flags_due = current > selected.modseq;
        let expunges_due = mode == Sync::Full && current > selected.expunged_to;
        if !flags_due && !expunges_due {
            selected.dirty = false;
            return false;
        }
        if expunges_due {
            let gone = messages::expunged_since(pool, selected.folder.id, selected.expunged_to)
                .await
                .unwrap_or_default();
            // Live searches lose expunged messages before the EXPUNGE responses (RFC 5267
            // 4.3.2), while the sequence numbers still hold.
            contexts_lose(selected, &gone, out);
            let mut vanished = Vec::new();
            let mut removed: HashSet<i64> = HashSet::new();
            // Sequence numbers as each EXPUNGE is sent: earlier removals shift later ones.
            for (index, &uid) in selected.uids.iter().enumerate() {
                if gone.contains(uid) {
                    let seq = index + 1 - removed.len();
                    removed.insert(uid);
                    if self.qresync {
                        vanished.push(uid);
                    } else {
                        untagged(out, &format!("{seq} EXPUNGE"));
                    }
                }
            }
            if !removed.is_empty() {
                selected.uids.retain(|u| !removed.contains(u));
            }
            if !vanished.is_empty() {
                untagged(out, &format!("VANISHED {}", uid_set(&vanished)));
            }
            selected.expunged_to = current;
        }
        if !flags_due {
            selected.dirty = false;
            return true;
        }
        let mut changed = messages::changed_since(pool, selected.folder.id, selected.modseq)
            .await
            .unwrap_or_default();
        let last = selected.uids.last().copied().unwrap_or(0);
        let mut added = false;
        for m in &changed {
            if m.uid > last {
                selected.uids.push(m.uid);
                added = true;
            }
        }
        // New keywords first, so the FETCH responses below show only announced flags (read
        // only when a changed message carries one not announced yet).
        if unannounced(&selected.keywords, &changed)
            && let Ok(keywords) = folders::keywords(pool, selected.folder.id).await
            && keywords != selected.keywords
        {
            flag_lines(out, &keywords, selected.read_only);
            selected.keywords = keywords;
        }
        if added {
            untagged(out, &format!("{} EXISTS", selected.uids.len()));
            if !self.rev2 {
                // The new messages are recent here, unless another session saw them first.
                let upto = selected.uids.last().map_or(0, |u| u + 1);
                if let Ok((from, to)) =
                    folders::recent(pool, selected.folder.id, Some(upto), !selected.read_only).await
                    && from < to
                {
                    let from = from.max(last + 1);
                    match selected.recent.last_mut() {
                        Some(range) if range.1 >= from => range.1 = range.1.max(to),
                        _ => selected.recent.push((from, to)),
                    }
                }
                untagged(out, &format!("{} RECENT", selected.recent_count()));
            }
        }
        if !self.rev2 {
            for m in &mut changed {
                if selected.is_recent(m.uid) && !m.flags.iter().any(|f| f == "\\Recent") {
                    m.flags.push("\\Recent".to_string());
                }
            }
        }
        for m in &changed {
            if m.uid <= last
                && let Ok(index) = selected.uids.binary_search(&m.uid)
            {
                let modseq = if self.condstore {
                    format!(" MODSEQ ({})", m.modseq)
                } else {
                    String::new()
                };
                out.extend_from_slice(
                    format!(
                        "* {} FETCH (UID {} FLAGS ({}){modseq})\r\n",
                        index + 1,
                        m.uid,
                        m.flags.join(" ")
                    )
                    .as_bytes(),
                );
            }
        }
        selected.modseq = current;
        selected.dirty = false;
        true
    }

    /// This session changed flags at `modseq` and reports them itself: when nothing else
    /// happened in the folder since the last report (each change takes the next modseq), the
    /// next sync need not report them again.
    pub(super) fn reported_own_change(&mut self, modseq: i64) {
        if let State::Selected(selected) = &mut self.state
            && modseq == selected.modseq + 1
        {
            selected.modseq = modseq;
        }
    }

    /// Announces the folder's keywords again when they changed since the last time.
    pub(super) async fn announce_keywords(&mut self, out: &mut Vec<u8>) {
        let State::Selected(selected) = &mut self.state else {
            return;
        };
        if let Ok(keywords) = folders::keywords(&self.shared.pool, selected.folder.id).await
            && keywords != selected.keywords
        {
            flag_lines(out, &keywords, selected.read_only);
            selected.keywords = keywords;
        }
    }

    /// Announces the keywords before FETCH responses that would show one the client has not
    /// been told of (another session's STORE since the last sync).
    pub(super) async fn announce_keywords_of<'m>(
        &mut self,
        shown: impl IntoIterator<Item = &'m Message>,
        out: &mut Vec<u8>,
    ) {
        if self
            .selected()
            .is_some_and(|selected| unannounced(&selected.keywords, shown))
        {
            self.announce_keywords(out).await;
        }
    }

    pub(super) fn selected(&self) -> Option<&Selected> {
        match &self.state {
            State::Selected(s) => Some(s),
            _ => None,
        }
    }
}

/// Whether any of `shown` carries a keyword not among those announced.
fn unannounced<'m>(announced: &[String], shown: impl IntoIterator<Item = &'m Message>) -> bool {
    shown
        .into_iter()
        .flat_map(|m| &m.flags)
        .any(|f| !f.starts_with('\\') && !announced.iter().any(|k| k == f))
}

/// FLAGS and PERMANENTFLAGS with the folder's keywords (RFC 3501 7.2.6): `\*` while new
/// keywords may still be made.
fn flag_lines(out: &mut Vec<u8>, keywords: &[String], read_only: bool) {
    let mut flags = String::from("\\Answered \\Flagged \\Deleted \\Seen \\Draft");
    for k in keywords {
        flags.push(' ');
        flags.push_str(k);
    }
    untagged(out, &format!("FLAGS ({flags})"));
    if read_only {
        untagged(out, "OK [PERMANENTFLAGS ()] Read-only");
    } else {
        let more = if keywords.len() < postbay_mailbox::messages::MAX_KEYWORDS {
            " \\*"
        } else {
            ""
        };
        untagged(out, &format!("OK [PERMANENTFLAGS ({flags}{more})] Flags"));
    }
}
