//! NOTIFY (RFC 5465): the client names the events it wants to hear of, for the selected
//! folder and for others, and the server tells them as they happen — between commands, not
//! only in IDLE. Changes reach every process through the store's change notifications (a
//! folder's id when its messages change, the account's id when its folder list does).

use std::collections::HashMap;

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::fetch::{MacroOrMessageDataItemNames, MessageDataItemName};
use imap_codec::imap_types::mailbox::Mailbox;
use postbay_mailbox::FolderId;
use postbay_mailbox::folders::{self, Folder};

use crate::notify::{Event, MailboxFilter, NotifyRequest};
use crate::render;

use super::*;

/// What NOTIFY SET asked for, and the folders as last told.
pub(super) struct NotifyState {
    /// Events of the selected folder; `None` without a `selected` group.
    selected: Option<SelectedEvents>,
    others: Vec<OtherGroup>,
    changes: broadcast::Receiver<Uuid>,
    /// The account's folders, by id, as the client was last told of them.
    known: HashMap<FolderId, Folder>,
}

struct SelectedEvents {
    /// Expunges wait for a command that allows them (`selected-delayed`).
    delayed: bool,
    /// FETCH items sent for each new message.
    fetch: Vec<MessageDataItemName<'static>>,
}

struct OtherGroup {
    filter: MailboxFilter,
    messages: bool,
    flags: bool,
    names: bool,
    subscriptions: bool,
}

/// The events this server offers (RFC 5465 BADEVENT lists them).
const SUPPORTED: &str = "MessageNew MessageExpunge FlagChange MailboxName SubscriptionChange";

impl OtherGroup {
    fn covers(&self, folder: &Folder) -> bool {
        let inbox = folder.special_use.as_deref() == Some("inbox");
        let named = |n: &String| {
            if n.eq_ignore_ascii_case("INBOX") {
                inbox
            } else {
                &folder.name == n
            }
        };
        match &self.filter {
            MailboxFilter::Selected | MailboxFilter::SelectedDelayed => false,
            MailboxFilter::Inboxes => inbox,
            MailboxFilter::Personal => true,
            MailboxFilter::Subscribed => folder.subscribed,
            MailboxFilter::Mailboxes(names) => names.iter().any(named),
            MailboxFilter::Subtree(names) => names.iter().any(|n| {
                named(n)
                    || folder
                        .name
                        .strip_prefix(n.as_str())
                        .is_some_and(|rest| rest.starts_with(folders::DELIMITER))
            }),
        }
    }
}

/// What woke a session that waits for the client.
pub(super) enum Wake {
    /// The selected folder changed (IDLE without NOTIFY).
    Selected,
    /// Change notifications NOTIFY listens to (`None` in the list: some were missed).
    Notified(Vec<Option<Uuid>>),
}

impl Session {
    /// NOTIFY NONE / NOTIFY SET.
    pub(super) async fn notify(
        &mut self,
        tag: &Tag<'_>,
        request: NotifyRequest,
        out: &mut Vec<u8>,
    ) {
        let (status, groups) = match request {
            NotifyRequest::None => {
                self.notify = None;
                return tagged(out, tag, "OK NOTIFY completed");
            }
            NotifyRequest::Set { status, groups } => (status, groups),
        };
        let unknown: Vec<&str> = groups
            .iter()
            .flat_map(|g| &g.events)
            .filter_map(|e| match e {
                Event::Other(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        if !unknown.is_empty() {
            return tagged(
                out,
                tag,
                &format!(
                    "NO [BADEVENT ({SUPPORTED})] Not offered: {}",
                    unknown.join(" ")
                ),
            );
        }
        let mut selected = None;
        let mut others = Vec::new();
        for group in groups {
            let has = |f: &dyn Fn(&Event) -> bool| group.events.iter().any(f);
            let new = has(&|e| matches!(e, Event::MessageNew(_)));
            let expunge = has(&|e| matches!(e, Event::MessageExpunge));
            let flags = has(&|e| matches!(e, Event::FlagChange));
            // RFC 5465 5: MessageNew and MessageExpunge go together; FlagChange needs both.
            if new != expunge || (flags && !new) {
                return tagged(
                    out,
                    tag,
                    "BAD MessageNew and MessageExpunge go together, and FlagChange needs both",
                );
            }
            let atts = group.events.iter().find_map(|e| match e {
                Event::MessageNew(Some(atts)) => Some(atts.clone()),
                _ => None,
            });
            match group.filter {
                MailboxFilter::Selected | MailboxFilter::SelectedDelayed => {
                    let fetch = match atts.as_deref().map(fetch_items) {
                        None => Vec::new(),
                        Some(Some(items)) => items,
                        Some(None) => {
                            return tagged(
                                out,
                                tag,
                                "BAD MessageNew takes FETCH items that do not set \\Seen",
                            );
                        }
                    };
                    selected = Some(SelectedEvents {
                        delayed: group.filter == MailboxFilter::SelectedDelayed,
                        fetch,
                    });
                }
                filter => {
                    if atts.is_some() {
                        return tagged(out, tag, "BAD FETCH items are for the selected folder");
                    }
                    let filter = match filter {
                        MailboxFilter::Subtree(names) => {
                            MailboxFilter::Subtree(self.folder_names(names))
                        }
                        MailboxFilter::Mailboxes(names) => {
                            MailboxFilter::Mailboxes(self.folder_names(names))
                        }
                        other => other,
                    };
                    others.push(OtherGroup {
                        filter,
                        messages: new,
                        flags,
                        names: has(&|e| matches!(e, Event::MailboxName)),
                        subscriptions: has(&|e| matches!(e, Event::SubscriptionChange)),
                    });
                }
            }
        }
        let changes = self.shared.changes.subscribe();
        let known: HashMap<FolderId, Folder> =
            match folders::list(self.pool(), self.account_id()).await {
                Ok(list) => list.into_iter().map(|f| (f.id, f)).collect(),
                Err(e) => return failed(out, tag, e),
            };
        if status {
            // RFC 5465 3.1: the current state of every folder the groups watch for messages.
            let selected_id = self.selected().map(|s| s.folder.id);
            let mut watched: Vec<&Folder> = known
                .values()
                .filter(|f| Some(f.id) != selected_id)
                .filter(|f| others.iter().any(|g| g.messages && g.covers(f)))
                .collect();
            watched.sort_by(|a, b| a.name.cmp(&b.name));
            for folder in watched {
                self.status_notice(folder, out);
            }
        }
        self.notify = Some(Box::new(NotifyState {
            selected,
            others,
            changes,
            known,
        }));
        tagged(out, tag, "OK NOTIFY completed");
    }

    /// Folder names from the client's encoding (modified UTF-7 unless UTF-8 is on).
    fn folder_names(&self, names: Vec<String>) -> Vec<String> {
        names
            .into_iter()
            .filter_map(|n| {
                Mailbox::try_from(n.as_str())
                    .ok()
                    .and_then(|m| self.name_of(&m))
            })
            .collect()
    }

    /// Waits for what concerns a session waiting for its client: with NOTIFY, any change of
    /// the account's folders; in IDLE without it, a change of the selected folder.
    pub(super) async fn wake(&mut self, idle: bool) -> Wake {
        let account = self.account_id();
        let selected = self.selected().map(|s| s.folder.id);
        let Some(notify) = self.notify.as_mut() else {
            if idle {
                self.changed().await;
                return Wake::Selected;
            }
            return std::future::pending().await;
        };
        // Notifications carry a folder's id or, for its folder list, the account's.
        let relevant = |id: &Uuid, known: &HashMap<FolderId, Folder>| {
            *id == account || Some(FolderId(*id)) == selected || known.contains_key(&FolderId(*id))
        };
        let mut ids = Vec::new();
        loop {
            match notify.changes.recv().await {
                Ok(id) if relevant(&id, &notify.known) => {
                    ids.push(Some(id));
                    break;
                }
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    ids.push(None);
                    break;
                }
                Err(broadcast::error::RecvError::Closed) => std::future::pending::<()>().await,
            }
        }
        // Whatever else is queued already goes in the same round.
        while let Ok(id) = notify.changes.try_recv() {
            if relevant(&id, &notify.known) && !ids.contains(&Some(id)) {
                ids.push(Some(id));
            }
        }
        Wake::Notified(ids)
    }

    /// Tells what the changes `ids` mean for the events asked for (`idle`: in IDLE, where
    /// the selected folder is always reported).
    pub(super) async fn notifications(
        &mut self,
        ids: &[Option<Uuid>],
        idle: bool,
        out: &mut Vec<u8>,
    ) {
        let everything = ids.contains(&None);
        let account = self.account_id();
        // The selected folder: as a command would report it, then the new messages' items.
        if let Some(selected) = self.selected() {
            let id = selected.folder.id;
            // New messages are those past the last uid known before the sync (an expunge in
            // the same round moves positions, not uids).
            let last_known = selected.uids.last().copied().unwrap_or(0);
            let events = self.notify.as_ref().and_then(|n| n.selected.as_ref());
            if (everything || ids.contains(&Some(id.0))) && (idle || events.is_some()) {
                let delayed = events.is_some_and(|e| e.delayed) && !idle;
                let items = events.map(|e| e.fetch.clone()).unwrap_or_default();
                self.sync(out, if delayed { Sync::NoExpunge } else { Sync::Full })
                    .await;
                if !items.is_empty() {
                    self.fetch_new(last_known, &items, out).await;
                }
            }
        }
        if everything || ids.contains(&Some(account)) {
            self.folder_list_notices(out).await;
        }
        let selected = self.selected().map(|s| s.folder.id);
        let Some(notify) = self.notify.as_ref() else {
            return;
        };
        let changed: Vec<FolderId> = notify
            .known
            .keys()
            .copied()
            .filter(|id| Some(*id) != selected && (everything || ids.contains(&Some(id.0))))
            .collect();
        for id in changed {
            let Ok(Some(now)) = folders::refresh(self.pool(), id).await else {
                continue;
            };
            let Some(notify) = self.notify.as_ref() else {
                return;
            };
            let Some(before) = notify.known.get(&id) else {
                continue;
            };
            let messages =
                now.message_count != before.message_count || now.uid_next != before.uid_next;
            let flags = now.highest_modseq != before.highest_modseq;
            let tell_messages =
                messages && notify.others.iter().any(|g| g.messages && g.covers(&now));
            let tell_flags =
                !messages && flags && notify.others.iter().any(|g| g.flags && g.covers(&now));
            if tell_messages {
                self.status_notice(&now, out);
            } else if tell_flags {
                self.flags_notice(&now, out).await;
            }
            if let Some(notify) = self.notify.as_mut() {
                notify.known.insert(id, now);
            }
        }
    }

    /// FETCH of the items MessageNew asked for, for the messages with a uid past `last_known`.
    async fn fetch_new(
        &mut self,
        last_known: i64,
        items: &[MessageDataItemName<'static>],
        out: &mut Vec<u8>,
    ) {
        let Some(selected) = self.selected() else {
            return;
        };
        let pairs: Vec<(usize, i64)> = selected
            .uids
            .iter()
            .enumerate()
            .filter(|(_, u)| **u > last_known)
            .map(|(i, u)| (i + 1, *u))
            .collect();
        if pairs.is_empty() {
            return;
        }
        let Ok(rows) = self.rows(&pairs).await else {
            return;
        };
        let contents = if needs_content(items) {
            self.contents(&rows).await.unwrap_or_default()
        } else {
            HashMap::new()
        };
        let rendered = if needs_rendered(items) {
            self.rendered(&rows, pieces_of(items))
                .await
                .unwrap_or_default()
        } else {
            HashMap::new()
        };
        for (seq, row) in &rows {
            let content = contents.get(&row.content_id).map(Vec::as_slice);
            let kept = rendered.get(&row.content_id);
            fetch_one(out, *seq, row, content, kept, items, false);
        }
    }

    /// `* STATUS` for messages that came or went (RFC 5465 5.2, 5.3).
    fn status_notice(&self, folder: &Folder, out: &mut Vec<u8>) {
        let mut line = b"* STATUS ".to_vec();
        render::string(&mut line, wire_name(folder, self.rev2).as_bytes());
        let mut items = format!(
            " (MESSAGES {} UIDNEXT {} UIDVALIDITY {}",
            folder.message_count, folder.uid_next, folder.uid_validity
        );
        if self.condstore {
            items.push_str(&format!(" HIGHESTMODSEQ {}", folder.highest_modseq));
        }
        line.extend_from_slice(items.as_bytes());
        line.extend_from_slice(b")\r\n");
        out.extend_from_slice(&line);
    }

    /// `* STATUS` for flags changed (RFC 5465 5.4): HIGHESTMODSEQ with CONDSTORE, else UNSEEN.
    async fn flags_notice(&self, folder: &Folder, out: &mut Vec<u8>) {
        let mut line = b"* STATUS ".to_vec();
        render::string(&mut line, wire_name(folder, self.rev2).as_bytes());
        let tail = if self.condstore {
            format!(
                " (UIDVALIDITY {} HIGHESTMODSEQ {})\r\n",
                folder.uid_validity, folder.highest_modseq
            )
        } else {
            let Ok(counts) = folders::counts(self.pool(), folder.id).await else {
                return;
            };
            format!(
                " (UIDVALIDITY {} UNSEEN {})\r\n",
                folder.uid_validity, counts.unseen
            )
        };
        line.extend_from_slice(tail.as_bytes());
        out.extend_from_slice(&line);
    }

    /// LIST for folders made, deleted or renamed (MailboxName) and (un)subscribed
    /// (SubscriptionChange), RFC 5465 5.5 and 5.6.
    async fn folder_list_notices(&mut self, out: &mut Vec<u8>) {
        let Ok(list) = folders::list(self.pool(), self.account_id()).await else {
            return;
        };
        let rev2 = self.rev2;
        let Some(notify) = self.notify.as_mut() else {
            return;
        };
        let now: HashMap<FolderId, Folder> = list.into_iter().map(|f| (f.id, f)).collect();
        let names = |f: &Folder| notify.others.iter().any(|g| g.names && g.covers(f));
        let subscriptions =
            |f: &Folder| notify.others.iter().any(|g| g.subscriptions && g.covers(f));
        let list_line =
            |out: &mut Vec<u8>, attributes: &str, folder: &Folder, old: Option<&Folder>| {
                let mut line = format!("* LIST ({attributes}) \"/\" ").into_bytes();
                render::string(&mut line, wire_name(folder, rev2).as_bytes());
                if let Some(old) = old {
                    line.extend_from_slice(b" (\"OLDNAME\" (");
                    render::string(&mut line, wire_name(old, rev2).as_bytes());
                    line.extend_from_slice(b"))");
                }
                line.extend_from_slice(b"\r\n");
                out.extend_from_slice(&line);
            };
        let mut ordered: Vec<&Folder> = now.values().collect();
        ordered.sort_by(|a, b| a.name.cmp(&b.name));
        for folder in ordered {
            match notify.known.get(&folder.id) {
                None if names(folder) => {
                    let attributes = if folder.subscribed {
                        "\\Subscribed"
                    } else {
                        ""
                    };
                    list_line(out, attributes, folder, None);
                }
                None => {}
                Some(old) if old.name != folder.name && (names(folder) || names(old)) => {
                    list_line(out, "", folder, Some(old));
                }
                Some(old) if old.subscribed != folder.subscribed && subscriptions(folder) => {
                    let attributes = if folder.subscribed {
                        "\\Subscribed"
                    } else {
                        ""
                    };
                    list_line(out, attributes, folder, None);
                }
                Some(_) => {}
            }
        }
        let mut gone: Vec<&Folder> = notify
            .known
            .values()
            .filter(|f| !now.contains_key(&f.id) && names(f))
            .collect();
        gone.sort_by(|a, b| a.name.cmp(&b.name));
        for folder in gone {
            list_line(out, "\\NonExistent", folder, None);
        }
        // Message counts of folders already known stay as told; new ones start as they are.
        let mut known = now;
        for (id, folder) in known.iter_mut() {
            if let Some(old) = notify.known.get(id) {
                folder.message_count = old.message_count;
                folder.uid_next = old.uid_next;
                folder.highest_modseq = old.highest_modseq;
            }
        }
        notify.known = known;
    }
}

/// MessageNew's FETCH items, read with imap-codec's FETCH syntax; `None` when they do not
/// parse or would set \Seen.
fn fetch_items(atts: &str) -> Option<Vec<MessageDataItemName<'static>>> {
    use imap_codec::CommandCodec;
    use imap_codec::decode::Decoder;
    let line = format!("n FETCH 1 {atts}\r\n");
    let (_, command) = CommandCodec::new().decode(line.as_bytes()).ok()?;
    let CommandBody::Fetch {
        macro_or_item_names,
        ..
    } = command.body
    else {
        return None;
    };
    let items: Vec<MessageDataItemName<'static>> = match macro_or_item_names {
        MacroOrMessageDataItemNames::Macro(m) => {
            m.expand().into_iter().map(|i| i.into_static()).collect()
        }
        MacroOrMessageDataItemNames::MessageDataItemNames(list) => {
            list.into_iter().map(|i| i.into_static()).collect()
        }
    };
    let sets_seen = items.iter().any(|i| {
        matches!(
            i,
            MessageDataItemName::BodyExt { peek: false, .. }
                | MessageDataItemName::Binary { peek: false, .. }
                | MessageDataItemName::Rfc822
                | MessageDataItemName::Rfc822Text
        )
    });
    (!sets_seen).then_some(items)
}
