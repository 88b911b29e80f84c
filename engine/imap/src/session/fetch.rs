//! FETCH: message rows and contents read in byte-bounded batches, each response written out
//! as it is built.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use imap_codec::imap_types::IntoStatic;
use imap_codec::imap_types::command::FetchModifier;
use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::fetch::{
    MacroOrMessageDataItemNames, MessageDataItemName, Part, Section,
};
use imap_codec::imap_types::sequence::SequenceSet;
use postbay_listener::send;
use postbay_mailbox::MailboxError;
use postbay_mailbox::messages::{self, FlagChange, Message};
use tokio::io::AsyncWrite;
use uuid::Uuid;

use postbay_search::digest::Rendered;
use postbay_search::query::Pieces;

use crate::render::{self, Piece};

use super::*;

impl Session {
    pub(super) async fn rows(
        &self,
        pairs: &[(usize, i64)],
    ) -> Result<Vec<(usize, Message)>, MailboxError> {
        let Some(selected) = self.selected() else {
            return Ok(Vec::new());
        };
        let (Some(first), Some(last)) = (pairs.first(), pairs.last()) else {
            return Ok(Vec::new());
        };
        // A contiguous run of uids (`1:*`, most ranges) is read by range, not by a list.
        let contiguous = selected
            .uids
            .binary_search(&first.1)
            .ok()
            .map(|i| i + pairs.len() - 1)
            == selected.uids.binary_search(&last.1).ok();
        let rows: Vec<Message> = if contiguous {
            messages::by_uid_range(self.pool(), selected.folder.id, first.1, last.1).await?
        } else {
            let uids: Vec<i64> = pairs.iter().map(|(_, u)| *u).collect();
            messages::by_uids(self.pool(), selected.folder.id, &uids).await?
        };
        let mut out = Vec::with_capacity(rows.len());
        for mut row in rows {
            if let Ok(i) = pairs.binary_search_by_key(&row.uid, |(_, u)| *u) {
                self.mark_recent(&mut row);
                out.push((pairs[i].0, row));
            }
        }
        Ok(out)
    }

    /// Adds \Recent to a row's flags when it is recent in this session (never stored; not
    /// in IMAP4rev2, which has no \Recent).
    pub(super) fn mark_recent(&self, row: &mut Message) {
        if !self.rev2
            && let Some(selected) = self.selected()
            && selected.is_recent(row.uid)
            && !row.flags.iter().any(|f| f == "\\Recent")
        {
            row.flags.push("\\Recent".to_string());
        }
    }

    /// What the index keeps rendered of some messages (ENVELOPE, BODYSTRUCTURE, the header
    /// block), by content id; a message the indexer has not reached yet is parsed here.
    pub(super) async fn rendered(
        &self,
        rows: &[(usize, Message)],
        pieces: Pieces,
    ) -> Result<HashMap<Uuid, Rendered>, MailboxError> {
        let mut ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.content_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut found = postbay_search::query::rendered(self.pool(), &ids, pieces).await?;
        let missing: Vec<(usize, Message)> = rows
            .iter()
            .filter(|(_, m)| !found.contains_key(&m.content_id))
            .cloned()
            .collect();
        for chunk in batches(&missing, CONTENT_BATCH, true) {
            let contents = self.contents(chunk).await?.into_iter().collect();
            for (id, digest) in postbay_search::digest::of_all(contents).await? {
                found.insert(id, digest.rendered());
            }
        }
        Ok(found)
    }

    /// The contents of some messages, one query.
    pub(super) async fn contents(
        &self,
        rows: &[(usize, Message)],
    ) -> Result<HashMap<Uuid, Vec<u8>>, MailboxError> {
        let ids: Vec<Uuid> = rows.iter().map(|(_, m)| m.content_id).collect();
        messages::contents(self.pool(), &ids).await
    }

    pub(super) async fn fetch<W: AsyncWrite + Unpin>(
        &mut self,
        tag: &Tag<'_>,
        request: FetchRequest<'_, '_>,
        out: &mut Vec<u8>,
        writer: &mut W,
    ) {
        let FetchRequest {
            set,
            names,
            uid,
            modifiers,
        } = request;
        let changed_since = modifiers.iter().find_map(|m| match m {
            FetchModifier::ChangedSince(n) => Some(i64::try_from(n.get()).unwrap_or(i64::MAX)),
            FetchModifier::Vanished => None,
        });
        let vanished = modifiers
            .iter()
            .any(|m| matches!(m, FetchModifier::Vanished));
        if vanished && (!uid || !self.qresync || changed_since.is_none()) {
            return tagged(
                out,
                tag,
                "BAD VANISHED needs UID FETCH, QRESYNC and CHANGEDSINCE",
            );
        }
        if changed_since.is_some() {
            self.enable_condstore(out);
        }
        let pairs = match self.resolve(set, uid) {
            Ok(p) => p,
            Err(e) => return tagged(out, tag, e),
        };
        let mut items: Vec<MessageDataItemName<'_>> = match &names {
            MacroOrMessageDataItemNames::Macro(m) => {
                m.expand().into_iter().map(|i| i.into_static()).collect()
            }
            MacroOrMessageDataItemNames::MessageDataItemNames(list) => list.clone(),
        };
        if uid && !items.iter().any(|i| matches!(i, MessageDataItemName::Uid)) {
            items.insert(0, MessageDataItemName::Uid);
        }
        // An item asked for twice is answered once.
        let mut seen = HashSet::new();
        items.retain(|i| seen.insert(i.clone()));
        if items
            .iter()
            .any(|i| matches!(i, MessageDataItemName::ModSeq))
        {
            self.enable_condstore(out);
        }
        if self.condstore
            && !items
                .iter()
                .any(|i| matches!(i, MessageDataItemName::ModSeq))
        {
            // RFC 7162 section 3.1.4.1: with CONDSTORE in use, FETCH FLAGS carries MODSEQ.
            if changed_since.is_some()
                || items
                    .iter()
                    .any(|i| matches!(i, MessageDataItemName::Flags))
            {
                items.push(MessageDataItemName::ModSeq);
            }
        }
        if vanished && let (Some(since), Some(selected)) = (changed_since, self.selected()) {
            let largest = selected.folder.uid_next;
            let gone = messages::expunged_since(self.pool(), selected.folder.id, since)
                .await
                .unwrap_or_default()
                .intersect(&set_ranges(set, largest));
            if !gone.is_empty() {
                untagged(out, &format!("VANISHED (EARLIER) {gone}"));
            }
        }
        let read_only = self.selected().is_none_or(|s| s.read_only);
        let sets_seen = !read_only
            && items.iter().any(|i| {
                matches!(
                    i,
                    MessageDataItemName::BodyExt { peek: false, .. }
                        | MessageDataItemName::Binary { peek: false, .. }
                        | MessageDataItemName::Rfc822
                        | MessageDataItemName::Rfc822Text
                )
            });
        let needs_content = needs_content(&items);
        let needs_rendered = !needs_content && needs_rendered(&items);
        let mut rows = match self.rows(&pairs).await {
            Ok(r) => r,
            Err(e) => return failed(out, tag, e),
        };
        // Messages in this session's view whose rows are gone were expunged meanwhile.
        let mut gone = rows.len() < pairs.len();
        if let Some(since) = changed_since {
            rows.retain(|(_, m)| m.modseq > since);
        }
        if sets_seen {
            let unseen: Vec<Uuid> = rows
                .iter()
                .filter(|(_, m)| !m.flags.iter().any(|f| f == "\\Seen"))
                .map(|(_, m)| m.id)
                .collect();
            if !unseen.is_empty()
                && let Some(folder) = self.selected().map(|s| s.folder.id)
                && let Ok(updated) = messages::store_flags(
                    self.pool(),
                    folder,
                    &unseen,
                    FlagChange::Add,
                    &["\\Seen".to_string()],
                    None,
                )
                .await
            {
                let mut own = None;
                let updated: HashMap<Uuid, &Message> = updated.iter().map(|u| (u.id, u)).collect();
                for (_, row) in &mut rows {
                    if let Some(u) = updated.get(&row.id) {
                        if u.modseq != row.modseq {
                            own = own.max(Some(u.modseq));
                        }
                        row.flags = u.flags.clone();
                        row.modseq = u.modseq;
                    }
                }
                for (_, row) in &mut rows {
                    self.mark_recent(row);
                }
                if let Some(modseq) = own {
                    self.reported_own_change(modseq);
                }
            }
        }
        self.announce_keywords_of(rows.iter().map(|(_, m)| m), out)
            .await;
        let batch = if needs_content {
            CONTENT_BATCH
        } else {
            RENDERED_BATCH
        };
        for chunk in batches(&rows, batch, needs_content) {
            let contents = if needs_content {
                match self.contents(chunk).await {
                    Ok(c) => c,
                    Err(e) => return failed(out, tag, e),
                }
            } else {
                HashMap::new()
            };
            let rendered = if needs_rendered {
                match self.rendered(chunk, pieces_of(&items)).await {
                    Ok(r) => r,
                    Err(e) => return failed(out, tag, e),
                }
            } else {
                HashMap::new()
            };
            for (seq, message) in chunk {
                let content = contents.get(&message.content_id).map(Vec::as_slice);
                let rendered = rendered.get(&message.content_id);
                if (needs_content && content.is_none()) || (needs_rendered && rendered.is_none()) {
                    // Expunged by another session meanwhile, content and all (RFC 2180 4.1.2).
                    gone = true;
                    continue;
                }
                fetch_one(out, *seq, message, content, rendered, &items, sets_seen);
            }
            if out.len() >= FLUSH_AT && send(writer, out).await.is_ok() {
                out.clear();
            }
        }
        if sets_seen {
            // \Seen set here changes live searches (UNSEEN ones) without a sync noticing.
            self.refresh_contexts(out).await;
        }
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        if gone {
            tagged(
                out,
                tag,
                "NO [EXPUNGEISSUED] Some messages were expunged meanwhile",
            );
        } else {
            tagged(out, tag, "OK FETCH completed");
        }
    }
}

/// What a FETCH asks for.
pub(super) struct FetchRequest<'a, 'b> {
    pub(super) set: &'a SequenceSet,
    pub(super) names: MacroOrMessageDataItemNames<'b>,
    pub(super) uid: bool,
    pub(super) modifiers: &'a [FetchModifier],
}

/// Whether any of the items is answered from the message's whole content.
pub(super) fn needs_content(items: &[MessageDataItemName<'_>]) -> bool {
    items.iter().any(|i| match i {
        MessageDataItemName::BodyExt { section, .. } => {
            let (path, piece, _) = section_spec(section.as_ref());
            !answered_from_header(&path, &piece)
        }
        MessageDataItemName::Binary { .. }
        | MessageDataItemName::BinarySize { .. }
        | MessageDataItemName::Rfc822
        | MessageDataItemName::Rfc822Text => true,
        _ => false,
    })
}

/// Whether any of the items is answered from what the index keeps rendered.
pub(super) fn needs_rendered(items: &[MessageDataItemName<'_>]) -> bool {
    items.iter().any(|i| {
        matches!(
            i,
            MessageDataItemName::BodyExt { .. }
                | MessageDataItemName::Body
                | MessageDataItemName::BodyStructure
                | MessageDataItemName::Envelope
                | MessageDataItemName::Rfc822Header
        )
    })
}

/// The kept pieces the items read.
pub(super) fn pieces_of(items: &[MessageDataItemName<'_>]) -> Pieces {
    let mut pieces = Pieces::default();
    for item in items {
        match item {
            MessageDataItemName::Envelope => pieces.envelope = true,
            MessageDataItemName::Body => pieces.body_structure = true,
            MessageDataItemName::BodyStructure => pieces.body_structure_ext = true,
            MessageDataItemName::Rfc822Header | MessageDataItemName::BodyExt { .. } => {
                pieces.header = true
            }
            _ => {}
        }
    }
    pieces
}

/// A top-level `HEADER` or `HEADER.FIELDS (…)`: the kept header block answers it.
fn answered_from_header(path: &[u32], piece: &Piece) -> bool {
    path.is_empty() && matches!(piece, Piece::Header | Piece::Fields { .. })
}

/// One FETCH response line.
pub(super) fn fetch_one(
    out: &mut Vec<u8>,
    seq: usize,
    message: &Message,
    content: Option<&[u8]>,
    rendered: Option<&Rendered>,
    items: &[MessageDataItemName<'_>],
    seen_set: bool,
) {
    let parsed = content.and_then(|c| mail_parser::MessageParser::default().parse(c));
    // Written straight into the response buffer: no line or item string of its own.
    let line = out;
    let _ = write!(line, "* {seq} FETCH (");
    let mut first = true;
    let mut flags_sent = false;
    let mut sep = |line: &mut Vec<u8>| {
        if !first {
            line.push(b' ');
        }
        first = false;
    };
    for item in items {
        match item {
            MessageDataItemName::Uid => {
                sep(line);
                let _ = write!(line, "UID {}", message.uid);
            }
            MessageDataItemName::Flags => {
                sep(line);
                flags_sent = true;
                write_flags(line, &message.flags);
            }
            MessageDataItemName::InternalDate => {
                sep(line);
                let date = message.internal_date.format("%d-%b-%Y %H:%M:%S +0000");
                let _ = write!(line, "INTERNALDATE \"{date}\"");
            }
            MessageDataItemName::ModSeq => {
                sep(line);
                let _ = write!(line, "MODSEQ ({})", message.modseq);
            }
            MessageDataItemName::Rfc822Size => {
                sep(line);
                let _ = write!(line, "RFC822.SIZE {}", message.size);
            }
            MessageDataItemName::Envelope => {
                sep(line);
                line.extend_from_slice(b"ENVELOPE ");
                match (&parsed, rendered) {
                    (Some(p), _) => render::envelope(line, p),
                    (None, Some(r)) => line.extend_from_slice(&r.envelope),
                    (None, None) => {
                        line.extend_from_slice(b"(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)")
                    }
                }
            }
            MessageDataItemName::Body | MessageDataItemName::BodyStructure => {
                sep(line);
                let extended = matches!(item, MessageDataItemName::BodyStructure);
                line.extend_from_slice(if extended {
                    b"BODYSTRUCTURE "
                } else {
                    b"BODY "
                });
                match (&parsed, rendered) {
                    (Some(p), _) => render::structure(line, p, extended),
                    (None, Some(r)) if extended => line.extend_from_slice(&r.body_structure_ext),
                    (None, Some(r)) => line.extend_from_slice(&r.body_structure),
                    (None, None) => {
                        line.extend_from_slice(b"(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 0 0)")
                    }
                }
            }
            MessageDataItemName::Rfc822
            | MessageDataItemName::Rfc822Header
            | MessageDataItemName::Rfc822Text => {
                sep(line);
                let (name, piece) = match item {
                    MessageDataItemName::Rfc822 => ("RFC822", Piece::Part),
                    MessageDataItemName::Rfc822Header => ("RFC822.HEADER", Piece::Header),
                    _ => ("RFC822.TEXT", Piece::Text),
                };
                let _ = write!(line, "{name} ");
                let bytes = match (&parsed, rendered) {
                    (Some(p), _) => render::section(p, &[], &piece),
                    (None, Some(r)) => r.header_section(&[], &piece),
                    (None, None) => None,
                };
                match (&piece, content, bytes) {
                    (Piece::Part, Some(c), _) => render::literal(line, c),
                    (_, _, Some(b)) => render::literal(line, &b),
                    _ => line.extend_from_slice(b"NIL"),
                }
            }
            MessageDataItemName::BodyExt {
                section, partial, ..
            } => {
                sep(line);
                let (path, piece, label) = section_spec(section.as_ref());
                let bytes = match (&piece, path.is_empty(), content) {
                    (Piece::Part, true, Some(c)) => Some(c.to_vec()),
                    _ => match (&parsed, rendered) {
                        (Some(p), _) => render::section(p, &path, &piece),
                        (None, Some(r)) => r.header_section(&path, &piece),
                        (None, None) => None,
                    },
                };
                let bytes = bytes.unwrap_or_default();
                match partial {
                    Some((origin, length)) => {
                        let start = (*origin as usize).min(bytes.len());
                        let end = start.saturating_add(length.get() as usize).min(bytes.len());
                        let _ = write!(line, "BODY[{label}]<{origin}> ");
                        render::literal(line, &bytes[start..end]);
                    }
                    None => {
                        let _ = write!(line, "BODY[{label}] ");
                        render::literal(line, &bytes);
                    }
                }
            }
            MessageDataItemName::Binary {
                section, partial, ..
            } => {
                sep(line);
                let path: Vec<u32> = section.iter().map(|n| n.get()).collect();
                let label = path
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(".");
                let decoded = match (path.is_empty(), content) {
                    (true, Some(c)) => Some(c.to_vec()),
                    _ => parsed.as_ref().and_then(|p| render::binary(p, &path)),
                };
                let bytes = decoded.unwrap_or_default();
                let (origin, slice) = match partial {
                    Some((origin, length)) => {
                        let start = (*origin as usize).min(bytes.len());
                        let end = start.saturating_add(length.get() as usize).min(bytes.len());
                        (Some(*origin), &bytes[start..end])
                    }
                    None => (None, &bytes[..]),
                };
                match origin {
                    Some(o) => {
                        let _ = write!(line, "BINARY[{label}]<{o}> ");
                    }
                    None => {
                        let _ = write!(line, "BINARY[{label}] ");
                    }
                }
                render::literal8(line, slice);
            }
            MessageDataItemName::BinarySize { section } => {
                sep(line);
                let path: Vec<u32> = section.iter().map(|n| n.get()).collect();
                let label = path
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(".");
                let size = match (path.is_empty(), content) {
                    (true, Some(c)) => c.len(),
                    _ => parsed
                        .as_ref()
                        .and_then(|p| render::binary(p, &path))
                        .map_or(0, |b| b.len()),
                };
                let _ = write!(line, "BINARY.SIZE[{label}] {size}");
            }
        }
    }
    if seen_set && !flags_sent {
        sep(line);
        write_flags(line, &message.flags);
    }
    line.extend_from_slice(b")\r\n");
}

fn write_flags(out: &mut Vec<u8>, flags: &[String]) {
    out.extend_from_slice(b"FLAGS (");
    for (i, flag) in flags.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        out.extend_from_slice(flag.as_bytes());
    }
    out.push(b')');
}

/// A section as a part path, the piece it asks for, and its name in the response.
pub(super) fn section_spec(section: Option<&Section<'_>>) -> (Vec<u32>, Piece, String) {
    let path_of = |part: Option<&Part>| -> Vec<u32> {
        part.map(|p| p.0.as_ref().iter().map(|n| n.get()).collect())
            .unwrap_or_default()
    };
    let label_of = |path: &[u32], suffix: &str| -> String {
        let mut s: Vec<String> = path.iter().map(u32::to_string).collect();
        if !suffix.is_empty() {
            s.push(suffix.to_string());
        }
        s.join(".")
    };
    let names = |list: &[imap_codec::imap_types::core::AString<'_>]| -> Vec<String> {
        list.iter()
            .map(|n| String::from_utf8_lossy(n.as_ref()).to_ascii_uppercase())
            .collect()
    };
    match section {
        None => (Vec::new(), Piece::Part, String::new()),
        Some(Section::Part(p)) => {
            let path = path_of(Some(p));
            let label = label_of(&path, "");
            (path, Piece::Part, label)
        }
        Some(Section::Header(p)) => {
            let path = path_of(p.as_ref());
            let label = label_of(&path, "HEADER");
            (path, Piece::Header, label)
        }
        Some(Section::Text(p)) => {
            let path = path_of(p.as_ref());
            let label = label_of(&path, "TEXT");
            (path, Piece::Text, label)
        }
        Some(Section::Mime(p)) => {
            let path = path_of(Some(p));
            let label = label_of(&path, "MIME");
            (path, Piece::Mime, label)
        }
        Some(Section::HeaderFields(p, list)) | Some(Section::HeaderFieldsNot(p, list)) => {
            let not = matches!(section, Some(Section::HeaderFieldsNot(..)));
            let path = path_of(p.as_ref());
            let list = names(list.as_ref());
            let kind = if not {
                "HEADER.FIELDS.NOT"
            } else {
                "HEADER.FIELDS"
            };
            let label = label_of(&path, &format!("{kind} ({})", list.join(" ")));
            (path, Piece::Fields { names: list, not }, label)
        }
    }
}
