//! Folders as the client names them: LIST (and LSUB, LIST-EXTENDED, LIST-STATUS), STATUS,
//! quota, special-use attributes and the wire form of names.

use std::collections::HashSet;

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::mailbox::{ListMailbox, Mailbox};
use imap_codec::imap_types::status::StatusDataItemName;
use postbay_mailbox::MailboxError;
use postbay_mailbox::folders::{self, Folder};
use postbay_mailbox::messages;

use crate::extended::Extras;
use crate::mutf7;
use crate::render;

use super::*;

impl Session {
    pub(super) async fn folder(&self, mailbox: &Mailbox<'_>) -> Result<Folder, MailboxError> {
        let name = self.name_of(mailbox).ok_or(MailboxError::NoFolder)?;
        folders::by_name(self.pool(), self.account_id(), &name)
            .await?
            .ok_or(MailboxError::NoFolder)
    }

    pub(super) async fn list(
        &mut self,
        tag: &Tag<'_>,
        reference: &Mailbox<'_>,
        pattern: &ListMailbox<'_>,
        subscribed_only: bool,
        out: &mut Vec<u8>,
    ) {
        let reference = self.name_of(reference).unwrap_or_default();
        let pattern = match pattern {
            ListMailbox::Token(t) => String::from_utf8_lossy(t.as_ref()).into_owned(),
            ListMailbox::String(s) => String::from_utf8_lossy(s.as_ref()).into_owned(),
        };
        let verb = if subscribed_only { "LSUB" } else { "LIST" };
        let (selection, returns, status_items, several) = match std::mem::take(&mut self.extras) {
            Extras::List {
                selection,
                returns,
                status,
                patterns,
            } => (selection, returns, status, patterns),
            _ => (Vec::new(), Vec::new(), Vec::new(), Vec::new()),
        };
        let only_subscribed = subscribed_only || selection.iter().any(|s| s == "SUBSCRIBED");
        let only_special = selection.iter().any(|s| s == "SPECIAL-USE");
        let show_subscribed = returns.iter().any(|r| r == "SUBSCRIBED")
            || selection.iter().any(|s| s == "SUBSCRIBED");
        if pattern.is_empty() && several.is_empty() {
            untagged(out, &format!("{verb} (\\Noselect) \"/\" \"\""));
            return tagged(out, tag, &format!("OK {verb} completed"));
        }
        let given = if several.is_empty() {
            vec![pattern]
        } else {
            several
        };
        if given.len() > MAX_PATTERNS {
            return tagged(out, tag, "BAD Too many patterns");
        }
        let mut patterns = Vec::with_capacity(given.len());
        for pattern in given {
            let joined = format!("{reference}{pattern}");
            let decoded = if self.rev2 {
                Some(joined)
            } else {
                mutf7::decode(&joined)
            };
            let Some(pattern) = decoded else {
                return tagged(out, tag, "BAD Not a valid folder name");
            };
            if pattern.chars().count() > MAX_PATTERN {
                return tagged(out, tag, "BAD Pattern too long");
            }
            patterns.push(pattern);
        }
        let list = match folders::list(self.pool(), self.account_id()).await {
            Ok(l) => l,
            Err(e) => return failed(out, tag, e),
        };
        let names: HashSet<&str> = list.iter().map(|f| f.name.as_str()).collect();
        for folder in &list {
            let shown = if folder.special_use.as_deref() == Some("inbox") {
                "INBOX"
            } else {
                folder.name.as_str()
            };
            if !patterns.iter().any(|p| wildcard(p, shown))
                || (only_subscribed && !folder.subscribed)
                || (only_special && folder.special_use.as_deref().is_none_or(|u| u == "inbox"))
            {
                continue;
            }
            let children = names.iter().any(|n| {
                n.len() > shown.len() + 1
                    && n.starts_with(shown)
                    && n[shown.len()..].starts_with('/')
            });
            let mut attrs = vec![if children {
                "\\HasChildren"
            } else {
                "\\HasNoChildren"
            }];
            attrs.extend(use_attribute(folder.special_use.as_deref()));
            if show_subscribed && folder.subscribed && !subscribed_only {
                attrs.push("\\Subscribed");
            }
            let mut line = format!("* {verb} ({}) \"/\" ", attrs.join(" ")).into_bytes();
            render::string(&mut line, wire_name(folder, self.rev2).as_bytes());
            line.extend_from_slice(b"\r\n");
            out.extend_from_slice(&line);
            if !status_items.is_empty()
                && let Err(e) =
                    status_line(out, self.pool(), folder, &status_items, self.rev2).await
            {
                return failed(out, tag, e);
            }
        }
        tagged(out, tag, &format!("OK {verb} completed"));
    }

    pub(super) async fn status(
        &mut self,
        tag: &Tag<'_>,
        mailbox: &Mailbox<'_>,
        items: &[StatusDataItemName],
        out: &mut Vec<u8>,
    ) {
        let folder = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let names: Vec<String> = items
            .iter()
            .filter_map(|item| {
                Some(match item {
                    StatusDataItemName::Messages => "MESSAGES",
                    StatusDataItemName::Recent => "RECENT",
                    StatusDataItemName::UidNext => "UIDNEXT",
                    StatusDataItemName::UidValidity => "UIDVALIDITY",
                    StatusDataItemName::Unseen => "UNSEEN",
                    StatusDataItemName::Deleted => "DELETED",
                    StatusDataItemName::Size => "SIZE",
                    StatusDataItemName::HighestModSeq => "HIGHESTMODSEQ",
                    _ => return None,
                })
            })
            .map(str::to_string)
            .collect();
        if let Err(e) = status_line(out, self.pool(), &folder, &names, self.rev2).await {
            return failed(out, tag, e);
        }
        tagged(out, tag, "OK STATUS completed");
    }

    /// QUOTA (RFC 9208): one quota root, "", for the whole account.
    pub(super) async fn quota(
        &mut self,
        tag: &Tag<'_>,
        root_of: Option<&Mailbox<'_>>,
        root: Option<&str>,
        out: &mut Vec<u8>,
    ) {
        if let Some(mailbox) = root_of {
            match self.folder(mailbox).await {
                Ok(folder) => {
                    let mut line = b"* QUOTAROOT ".to_vec();
                    render::string(&mut line, wire_name(&folder, self.rev2).as_bytes());
                    line.extend_from_slice(b" \"\"\r\n");
                    out.extend_from_slice(&line);
                }
                Err(e) => return failed(out, tag, e),
            }
        } else if root.is_some_and(|r| !r.is_empty()) {
            return tagged(out, tag, "NO [NONEXISTENT] No such quota root");
        }
        let messages::Usage {
            used_bytes,
            quota_bytes,
            used_messages,
            quota_messages,
        } = match messages::usage(self.pool(), self.account_id()).await {
            Ok(u) => u,
            Err(e) => return failed(out, tag, e),
        };
        let mut resources = Vec::new();
        if quota_bytes > 0 {
            resources.push(format!(
                "STORAGE {} {}",
                (used_bytes + 1023) / 1024,
                quota_bytes / 1024
            ));
        }
        if quota_messages > 0 {
            resources.push(format!("MESSAGE {used_messages} {quota_messages}"));
        }
        untagged(out, &format!("QUOTA \"\" ({})", resources.join(" ")));
        tagged(out, tag, "OK GETQUOTA completed");
    }
}

/// The SPECIAL-USE attribute (RFC 6154) of a folder's special use, such as `\\Sent`.
pub(super) fn use_attribute(special_use: Option<&str>) -> Option<&'static str> {
    match special_use? {
        "sent" => Some("\\Sent"),
        "drafts" => Some("\\Drafts"),
        "trash" => Some("\\Trash"),
        "junk" => Some("\\Junk"),
        _ => None,
    }
}

/// The special use an attribute names (`\\Drafts` → `drafts`).
pub(super) fn special_use_of(attribute: &str) -> Option<&'static str> {
    match attribute.to_ascii_lowercase().as_str() {
        "\\sent" => Some("sent"),
        "\\drafts" => Some("drafts"),
        "\\trash" => Some("trash"),
        "\\junk" => Some("junk"),
        _ => None,
    }
}

/// A `* STATUS` line (STATUS, and LIST-STATUS of RFC 5819) with the items named.
pub(super) async fn status_line(
    out: &mut Vec<u8>,
    pool: &sqlx::PgPool,
    folder: &Folder,
    items: &[String],
    utf8: bool,
) -> Result<(), MailboxError> {
    let counts = folders::counts(pool, folder.id).await?;
    let parts: Vec<String> = items
        .iter()
        .filter_map(|item| match item.as_str() {
            "MESSAGES" => Some(format!("MESSAGES {}", folder.message_count)),
            "RECENT" => Some(format!("RECENT {}", counts.recent)),
            "UIDNEXT" => Some(format!("UIDNEXT {}", folder.uid_next)),
            "UIDVALIDITY" => Some(format!("UIDVALIDITY {}", folder.uid_validity)),
            "UNSEEN" => Some(format!("UNSEEN {}", counts.unseen)),
            "DELETED" => Some(format!("DELETED {}", counts.deleted)),
            "SIZE" => Some(format!("SIZE {}", counts.bytes)),
            "HIGHESTMODSEQ" => Some(format!("HIGHESTMODSEQ {}", folder.highest_modseq)),
            _ => None,
        })
        .collect();
    let mut line = b"* STATUS ".to_vec();
    render::string(&mut line, wire_name(folder, utf8).as_bytes());
    line.extend_from_slice(format!(" ({})\r\n", parts.join(" ")).as_bytes());
    out.extend_from_slice(&line);
    Ok(())
}

/// A folder's name as clients see it: INBOX, or the name in modified UTF-7 (in UTF-8 once
/// IMAP4rev2 is enabled).
pub(super) fn wire_name(folder: &Folder, utf8: bool) -> String {
    if folder.special_use.as_deref() == Some("inbox") {
        "INBOX".to_string()
    } else if utf8 {
        folder.name.clone()
    } else {
        mutf7::encode(&folder.name)
    }
}

/// A folder name from the client (INBOX in any case; others in modified UTF-7).
/// A folder name as the client sent it: modified UTF-7, or UTF-8 once IMAP4rev2 is enabled.
pub(super) fn mailbox_name(mailbox: &Mailbox<'_>, utf8: bool) -> Option<String> {
    match mailbox {
        Mailbox::Inbox => Some("INBOX".into()),
        Mailbox::Other(other) => {
            let raw = std::str::from_utf8(other.inner().as_ref()).ok()?;
            if utf8 {
                (!raw.chars().any(char::is_control)).then(|| raw.to_string())
            } else {
                mutf7::decode(raw)
            }
        }
    }
}

/// IMAP LIST wildcards: `*` matches anything, `%` anything but the delimiter. Dynamic
/// programming over (pattern, name) positions: time is bounded by their product, whatever the
/// client sends.
pub(super) fn wildcard(pattern: &str, name: &str) -> bool {
    let canonical = |s: &str| -> Vec<char> {
        if s.eq_ignore_ascii_case("inbox") {
            "INBOX".chars().collect()
        } else {
            s.chars().collect()
        }
    };
    let (p, n) = (canonical(pattern), canonical(name));
    // reach[j]: the pattern so far matches the first j characters of the name.
    let mut reach = vec![false; n.len() + 1];
    reach[0] = true;
    for &c in &p {
        let mut next = vec![false; n.len() + 1];
        match c {
            '*' => {
                let mut any = false;
                for j in 0..=n.len() {
                    any |= reach[j];
                    next[j] = any;
                }
            }
            '%' => {
                let mut any = false;
                for j in 0..=n.len() {
                    if j > 0 && n[j - 1] == '/' {
                        any = false;
                    }
                    any |= reach[j];
                    next[j] = any;
                }
            }
            c => {
                for j in 1..=n.len() {
                    next[j] = reach[j - 1] && n[j - 1] == c;
                }
            }
        }
        reach = next;
    }
    reach[n.len()]
}
