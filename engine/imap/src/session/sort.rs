//! SORT (RFC 5256) and THREAD (ORDEREDSUBJECT, REFERENCES).

use std::collections::HashMap;

use imap_codec::imap_types::core::Tag;
use imap_codec::imap_types::extensions::sort::{SortCriterion, SortKey};
use imap_codec::imap_types::search::SearchKey;
use postbay_mailbox::messages::Message;

use crate::extended::Extras;
use crate::thread::ThreadMessage;

use super::*;

impl Session {
    /// SORT (RFC 5256): the matching messages ordered by the criteria, ties by sequence.
    pub(super) async fn sort(
        &mut self,
        tag: &Tag<'_>,
        criteria: &[SortCriterion],
        search: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let wants = |keys: &[SortKey]| criteria.iter().any(|c| keys.contains(&c.key));
        let by_subject = wants(&[SortKey::Subject]);
        // A whole folder sorted by subject: its subjects are read while its rows are.
        let whole = by_subject && search.iter().all(|k| matches!(k, SearchKey::All));
        let (found, subjects) = if whole {
            let (found, subjects) = tokio::join!(self.matching(search), self.subjects(None));
            (found, Some(subjects))
        } else {
            (self.matching(search).await, None)
        };
        let found = match found {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let subjects = match subjects {
            Some(read) => read,
            None if by_subject => self.subjects(Some(&found)).await,
            None => Ok(HashMap::new()),
        };
        let subjects = match subjects {
            Ok(s) => s,
            Err(e) => return failed(out, tag, e),
        };
        let by_address = [
            SortKey::From,
            SortKey::DisplayFrom,
            SortKey::To,
            SortKey::DisplayTo,
            SortKey::Cc,
        ];
        let addresses = if wants(&by_address) {
            match self.first_addresses(&found).await {
                Ok(a) => a,
                Err(e) => return failed(out, tag, e),
            }
        } else {
            HashMap::new()
        };
        let nobody = Addresses::default();
        let key = |m: &Message, k: &SortKey| -> SortValue {
            let a = addresses.get(&m.content_id).map_or(&nobody, |a| a.as_ref());
            // Summaries stored before the first addresses were kept have only the lists.
            let first =
                |first: &Option<FirstAddress>, list: &Option<String>, display: bool| match first {
                    Some(f) if display => f.display_key(),
                    Some(f) => f.mailbox_key(),
                    None => list
                        .as_deref()
                        .map(|a| {
                            if display {
                                a.to_lowercase()
                            } else {
                                a.split('@').next().unwrap_or("").to_lowercase()
                            }
                        })
                        .unwrap_or_default(),
                };
            match k {
                SortKey::Arrival => SortValue::Number(m.internal_date.timestamp()),
                SortKey::Date => SortValue::Number(m.sort_date.timestamp()),
                SortKey::Size => SortValue::Number(m.size),
                SortKey::Subject => SortValue::Text(
                    crate::thread::base_subject(
                        subjects
                            .get(&m.uid)
                            .and_then(|s| s.as_deref())
                            .unwrap_or(""),
                    )
                    .0,
                ),
                SortKey::From => SortValue::Text(first(&a.first_from, &a.from, false)),
                SortKey::DisplayFrom => SortValue::Text(first(&a.first_from, &a.from, true)),
                SortKey::To => SortValue::Text(first(&a.first_to, &a.to, false)),
                SortKey::DisplayTo => SortValue::Text(first(&a.first_to, &a.to, true)),
                SortKey::Cc => SortValue::Text(first(&a.first_cc, &a.cc, false)),
            }
        };
        // Each message's keys made once, then sorted (not remade at every comparison).
        let mut keyed: Vec<(Vec<SortValue>, (usize, Message))> = found
            .into_iter()
            .map(|(seq, m)| (criteria.iter().map(|c| key(&m, &c.key)).collect(), (seq, m)))
            .collect();
        keyed.sort_by(|(ka, (sa, _)), (kb, (sb, _))| {
            for (i, c) in criteria.iter().enumerate() {
                let order = ka[i].cmp(&kb[i]);
                let order = if c.reverse { order.reverse() } else { order };
                if order != std::cmp::Ordering::Equal {
                    return order;
                }
            }
            sa.cmp(sb)
        });
        let ordered: Vec<(usize, Message)> = keyed.into_iter().map(|(_, m)| m).collect();
        if let Extras::SortReturn(words) = std::mem::take(&mut self.extras) {
            // ESORT (RFC 5267 3): the answer is ESEARCH, in the sort order.
            let options = match ResultOptions::parse(&words) {
                Ok(o) if o.save || o.update => {
                    return tagged(out, tag, "BAD SAVE and UPDATE are for SEARCH");
                }
                Ok(o) => o,
                Err(why) => return tagged(out, tag, &format!("BAD {why}")),
            };
            esearch(out, tag, uid, &options, &ordered, true, false);
            self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
                .await;
            return tagged(out, tag, "OK SORT completed");
        }
        let list: Vec<String> = ordered
            .iter()
            .map(|(seq, m)| {
                if uid {
                    m.uid.to_string()
                } else {
                    seq.to_string()
                }
            })
            .collect();
        untagged(out, format!("SORT {}", list.join(" ")).trim_end());
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK SORT completed");
    }

    /// THREAD (RFC 5256): ORDEREDSUBJECT groups by base subject; REFERENCES links each
    /// message to the nearest of its References / In-Reply-To found among the results.
    pub(super) async fn thread(
        &mut self,
        tag: &Tag<'_>,
        references: bool,
        search: &[SearchKey<'_>],
        uid: bool,
        out: &mut Vec<u8>,
    ) {
        let found = match self.matching(search).await {
            Ok(f) => f,
            Err(e) => return failed(out, tag, e),
        };
        let mut nodes: Vec<ThreadMessage> = Vec::with_capacity(found.len());
        let mut subjects = match self.subjects(Some(&found)).await {
            Ok(s) => s,
            Err(e) => return failed(out, tag, e),
        };
        for chunk in found.chunks(RENDERED_BATCH) {
            // The kept header block: threading never reads a message's body.
            let headers = if references {
                let header = postbay_search::query::Pieces {
                    header: true,
                    ..Default::default()
                };
                match self.rendered(chunk, header).await {
                    Ok(c) => c,
                    Err(e) => return failed(out, tag, e),
                }
            } else {
                HashMap::new()
            };
            for (seq, m) in chunk {
                let (message_id, parents) = match headers.get(&m.content_id) {
                    Some(kept) => {
                        let (fields, _) = postbay_mailbox::message::split_message(&kept.header);
                        let value = |name: &str| {
                            fields
                                .iter()
                                .filter(|f| f.is(name))
                                .map(|f| f.value())
                                .collect::<Vec<_>>()
                                .join(" ")
                        };
                        let mut parents = message_ids(&value("References"));
                        if parents.is_empty() {
                            parents = message_ids(&value("In-Reply-To"));
                        }
                        (
                            message_ids(&value("Message-ID")).into_iter().next(),
                            parents,
                        )
                    }
                    None => (None, Vec::new()),
                };
                nodes.push(ThreadMessage {
                    number: if uid { m.uid } else { *seq as i64 },
                    date: m.sort_date.timestamp(),
                    subject: subjects.remove(&m.uid).flatten().unwrap_or_default(),
                    message_id,
                    references: parents,
                });
            }
        }
        let threads = if references {
            crate::thread::references(&nodes)
        } else {
            crate::thread::ordered_subject(&nodes)
        };
        untagged(out, format!("THREAD {threads}").trim_end());
        self.sync(out, if uid { Sync::Full } else { Sync::NoExpunge })
            .await;
        tagged(out, tag, "OK THREAD completed");
    }
}

/// The first From, To and Cc of a content's summary (`postbay_mailbox::summary`), for SORT
/// by address.
#[derive(Debug, Default)]
pub(crate) struct Addresses {
    /// The first address listed (all summaries have it).
    pub(super) from: Option<String>,
    pub(super) to: Option<String>,
    pub(super) cc: Option<String>,
    /// The first entry as ENVELOPE shows it (summaries stored since they were kept).
    pub(super) first_from: Option<FirstAddress>,
    pub(super) first_to: Option<FirstAddress>,
    pub(super) first_cc: Option<FirstAddress>,
}

impl From<postbay_mailbox::messages::FirstAddresses> for Addresses {
    fn from(f: postbay_mailbox::messages::FirstAddresses) -> Self {
        let first = |kept: bool, name, mailbox, address| {
            kept.then_some(FirstAddress {
                name,
                mailbox,
                address,
            })
        };
        Addresses {
            from: f.from_listed,
            to: f.to_listed,
            cc: f.cc_listed,
            first_from: first(f.from_kept, f.from_name, f.from_mailbox, f.from_address),
            first_to: first(f.to_kept, f.to_name, f.to_mailbox, f.to_address),
            first_cc: first(f.cc_kept, f.cc_name, f.cc_mailbox, f.cc_address),
        }
    }
}

/// The first address of a field, as stored in the summary.
#[derive(Debug, Default)]
pub(super) struct FirstAddress {
    pub(super) name: Option<String>,
    pub(super) mailbox: Option<String>,
    pub(super) address: Option<String>,
}

impl FirstAddress {
    /// RFC 5256: the addr-mailbox.
    fn mailbox_key(&self) -> String {
        self.mailbox.as_deref().unwrap_or("").to_lowercase()
    }

    /// RFC 5957: the display name, else the address.
    fn display_key(&self) -> String {
        match self.name.as_deref().filter(|n| !n.trim().is_empty()) {
            Some(name) => name.trim().to_lowercase(),
            None => self
                .address
                .as_deref()
                .or(self.mailbox.as_deref())
                .unwrap_or("")
                .to_lowercase(),
        }
    }
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum SortValue {
    Number(i64),
    Text(String),
}

/// The `<...>` message ids in a header value.
pub(super) fn message_ids(value: &str) -> Vec<String> {
    value
        .split('<')
        .skip(1)
        .filter_map(|part| {
            part.split_once('>')
                .map(|(id, _)| id.trim().to_ascii_lowercase())
        })
        .filter(|id| !id.is_empty())
        .collect()
}
