//! APPEND: one message (imap-codec's form), several at once (MULTIAPPEND, RFC 3502, all or
//! none), and messages made of text and parts of stored messages named by IMAP URLs
//! (CATENATE, RFC 4469). Every form ends in one `messages::append_many` transaction.

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::flag::Flag;
use imap_codec::imap_types::mailbox::Mailbox;
use postbay_mailbox::MailboxError;
use postbay_mailbox::messages::{self, NewMessage};

use crate::append::{AppendCommand, AppendData, CatPart, ImapUrl, parse_url};
use crate::render::{self, Piece};

use std::collections::HashMap;

use super::*;

/// A message ready to store.
pub(super) struct Appended {
    pub(super) content: Vec<u8>,
    pub(super) flags: Vec<String>,
    pub(super) date: Option<chrono::DateTime<chrono::Utc>>,
}

/// What one APPEND may still build and read: the messages it stores together, and the stored
/// messages its CATENATE URLs read (each read once per command), each within APPENDLIMIT.
struct Budget {
    build: usize,
    read: usize,
    /// Stored messages already read, by (folder, uid).
    read_already: HashMap<(Uuid, i64), std::sync::Arc<Vec<u8>>>,
}

/// Why a message of an APPEND cannot be stored; the whole command fails.
enum Refused {
    BadUrl(String),
    TooBig,
    Empty,
    UnknownCte,
}

/// Why a URL gives nothing.
enum UrlRefused {
    /// Not a part of a message this user may read: BADURL.
    Unreadable,
    /// Reading it would pass what one command may read: TOOBIG.
    TooMuch,
}

/// Flags as stored: \Recent belongs to the server (RFC 3501 2.3.2).
fn stored_flags(flags: impl IntoIterator<Item = String>) -> Vec<String> {
    flags
        .into_iter()
        .filter(|f| !f.eq_ignore_ascii_case("\\Recent"))
        .collect()
}

impl Session {
    /// APPEND of one message, as imap-codec parsed it.
    pub(super) async fn append(
        &mut self,
        tag: &Tag<'_>,
        mailbox: &Mailbox<'_>,
        flags: &[Flag<'_>],
        date: Option<chrono::DateTime<chrono::Utc>>,
        content: Vec<u8>,
        out: &mut Vec<u8>,
    ) {
        let message = Appended {
            content,
            flags: stored_flags(flags.iter().map(ToString::to_string)),
            date,
        };
        self.store_appended(tag, mailbox, vec![message], out).await;
    }

    /// MULTIAPPEND and CATENATE: each message put together, then all stored at once.
    pub(super) async fn append_command(
        &mut self,
        tag: &Tag<'_>,
        command: AppendCommand,
        out: &mut Vec<u8>,
    ) {
        let Ok(mailbox) = Mailbox::try_from(command.mailbox.as_str()) else {
            return tagged(out, tag, "BAD Not a folder name");
        };
        let limit = self.config.max_command as usize;
        let mut budget = Budget {
            build: limit,
            read: limit,
            read_already: HashMap::new(),
        };
        let mut ready = Vec::with_capacity(command.messages.len());
        for message in command.messages {
            let content = match message.data {
                AppendData::Literal {
                    bytes,
                    binary: false,
                } => Ok(bytes),
                AppendData::Literal {
                    bytes,
                    binary: true,
                } => crate::binary::without_nul(&bytes).ok_or(Refused::UnknownCte),
                // A TEXT part may be a literal8 (RFC 4469 with RFC 3516).
                AppendData::Catenate(parts) => self
                    .catenate(parts, &mut budget)
                    .await
                    .and_then(|c| crate::binary::without_nul(&c).ok_or(Refused::UnknownCte)),
            };
            let content = content.and_then(|c| {
                if c.is_empty() {
                    Err(Refused::Empty)
                } else if c.len() > budget.build {
                    Err(Refused::TooBig)
                } else {
                    budget.build -= c.len();
                    Ok(c)
                }
            });
            match content {
                Ok(content) => ready.push(Appended {
                    content,
                    flags: stored_flags(message.flags),
                    date: message.date.map(|d| d.with_timezone(&chrono::Utc)),
                }),
                Err(Refused::BadUrl(url)) => {
                    let mut line = format!("{} NO [BADURL ", tag.inner()).into_bytes();
                    render::string(&mut line, url.as_bytes());
                    line.extend_from_slice(
                        b"] The URL names no message part this user may read\r\n",
                    );
                    out.extend_from_slice(&line);
                    return;
                }
                Err(Refused::TooBig) => {
                    return tagged(out, tag, "NO [TOOBIG] The message would be too large");
                }
                Err(Refused::Empty) => {
                    return tagged(out, tag, "NO An empty message is not stored");
                }
                Err(Refused::UnknownCte) => {
                    return tagged(
                        out,
                        tag,
                        "NO [UNKNOWN-CTE] A NUL outside any part's body cannot be stored",
                    );
                }
            }
        }
        self.store_appended(tag, &mailbox, ready, out).await;
    }

    /// The message CATENATE's parts make, within what the command may still build.
    async fn catenate(&self, parts: Vec<CatPart>, budget: &mut Budget) -> Result<Vec<u8>, Refused> {
        let mut content = Vec::new();
        for part in parts {
            let bytes = match part {
                CatPart::Text(text) => text,
                CatPart::Url(url) => match parse_url(&url) {
                    Some(parsed) => self.url_part(&parsed, budget).await.map_err(|e| match e {
                        UrlRefused::Unreadable => Refused::BadUrl(url),
                        UrlRefused::TooMuch => Refused::TooBig,
                    })?,
                    None => return Err(Refused::BadUrl(url)),
                },
            };
            if content.len() + bytes.len() > budget.build {
                return Err(Refused::TooBig);
            }
            content.extend_from_slice(&bytes);
        }
        Ok(content)
    }

    /// The bytes an IMAP URL names, when it names a part of a message of this account (an
    /// absolute URL of another user is refused: there is no URLAUTH).
    async fn url_part(&self, url: &ImapUrl, budget: &mut Budget) -> Result<Vec<u8>, UrlRefused> {
        let found = self.url_bytes(url, budget).await?.and_then(|raw| {
            let bytes = match &url.section {
                None => raw.as_ref().clone(),
                Some(section) => {
                    let (path, piece) = url_section(section)?;
                    let parsed = mail_parser::MessageParser::default().parse(raw.as_slice())?;
                    render::section(&parsed, &path, &piece)?
                }
            };
            Some(match url.partial {
                None => bytes,
                Some((offset, length)) => {
                    let from = offset.min(bytes.len());
                    let to =
                        length.map_or(bytes.len(), |l| from.saturating_add(l).min(bytes.len()));
                    bytes[from..to].to_vec()
                }
            })
        });
        found.ok_or(UrlRefused::Unreadable)
    }

    /// The whole stored message a URL names, read once per command and within its budget.
    async fn url_bytes(
        &self,
        url: &ImapUrl,
        budget: &mut Budget,
    ) -> Result<Option<std::sync::Arc<Vec<u8>>>, UrlRefused> {
        if let Some(user) = &url.user
            && !self
                .user
                .as_deref()
                .is_some_and(|u| u.eq_ignore_ascii_case(user))
        {
            return Ok(None);
        }
        let name = if url.mailbox.eq_ignore_ascii_case("INBOX") {
            "INBOX".to_string()
        } else {
            url.mailbox.clone()
        };
        let Ok(Some(folder)) = folders::by_name(self.pool(), self.account_id(), &name).await else {
            return Ok(None);
        };
        if url.uid_validity.is_some_and(|v| v != folder.uid_validity) {
            return Ok(None);
        }
        if let Some(raw) = budget.read_already.get(&(folder.id.0, url.uid)) {
            return Ok(Some(raw.clone()));
        }
        let Ok(rows) = messages::by_uids(self.pool(), folder.id, &[url.uid]).await else {
            return Ok(None);
        };
        let Some(row) = rows.into_iter().next() else {
            return Ok(None);
        };
        let size = usize::try_from(row.size).unwrap_or(usize::MAX);
        if size > budget.read {
            return Err(UrlRefused::TooMuch);
        }
        budget.read -= size;
        let Ok(raw) = messages::content(self.pool(), row.content_id).await else {
            return Ok(None);
        };
        let raw = std::sync::Arc::new(raw);
        budget
            .read_already
            .insert((folder.id.0, url.uid), raw.clone());
        Ok(Some(raw))
    }

    /// Stores the messages of one APPEND, all or none, and answers with APPENDUID.
    async fn store_appended(
        &mut self,
        tag: &Tag<'_>,
        mailbox: &Mailbox<'_>,
        messages: Vec<Appended>,
        out: &mut Vec<u8>,
    ) {
        let folder = match self.folder(mailbox).await {
            Ok(f) => f,
            Err(MailboxError::NoFolder) => {
                return tagged(out, tag, "NO [TRYCREATE] No such folder");
            }
            Err(e) => return failed(out, tag, e),
        };
        let new: Vec<NewMessage<'_>> = messages
            .iter()
            .map(|m| NewMessage {
                content: &m.content,
                flags: &m.flags,
                internal_date: m.date,
            })
            .collect();
        match messages::append_many(self.pool(), self.account_id(), folder.id, &new).await {
            Ok((validity, uids)) => {
                self.sync(out, Sync::Full).await;
                tagged(
                    out,
                    tag,
                    &format!(
                        "OK [APPENDUID {validity} {}] APPEND completed",
                        uid_set(&uids)
                    ),
                );
            }
            Err(e) => failed(out, tag, e),
        }
    }
}

/// A URL's SECTION (`1.2`, `HEADER`, `1.TEXT`, `2.MIME`) as a part path and piece.
fn url_section(section: &str) -> Option<(Vec<u32>, Piece)> {
    let mut path = Vec::new();
    let mut piece = Piece::Part;
    for (i, word) in section.split('.').enumerate() {
        match word.parse::<u32>() {
            Ok(n) if n > 0 && piece_is_part(&piece) && path.len() == i => path.push(n),
            _ => {
                piece = match word.to_ascii_uppercase().as_str() {
                    "HEADER" => Piece::Header,
                    "TEXT" => Piece::Text,
                    "MIME" if !path.is_empty() => Piece::Mime,
                    _ => return None,
                };
                if i + 1 != section.split('.').count() {
                    return None;
                }
            }
        }
    }
    Some((path, piece))
}

fn piece_is_part(piece: &Piece) -> bool {
    matches!(piece, Piece::Part)
}
