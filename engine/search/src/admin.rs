//! The admin API's side of the index: support staff and control panels search an account's
//! mail (`searchAccountMessages`, audited) and read how far indexing has come
//! (`getSearchIndexStatus`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use postbay_core::access::Principal;
use postbay_core::audit;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::AccountId;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

use crate::indexer;
use crate::query::{self, FoundMessage, MessageQuery};

/// Longest text a search term may be, characters.
const MAX_TERM: usize = 256;

/// What to look for in an account's mail; every filter optional, all must hold.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
#[into_params(parameter_in = Query)]
pub struct MessageSearch {
    /// Only this folder (its full name, e.g. `INBOX` or `Archive/2025`).
    pub folder: Option<String>,
    /// Text anywhere in the header or the decoded body (IMAP's TEXT): a case-insensitive
    /// substring, at most 256 characters.
    pub q: Option<String>,
    /// In the From field (name or address).
    pub from: Option<String>,
    /// In the To field.
    pub to: Option<String>,
    /// In the Subject.
    pub subject: Option<String>,
    /// Received at or after.
    pub since: Option<DateTime<Utc>>,
    /// Received before.
    pub until: Option<DateTime<Utc>>,
    /// At least this many bytes.
    #[param(minimum = 0)]
    pub min_size: Option<i64>,
    /// Messages per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous page.
    pub cursor: Option<String>,
}

/// One message found, newest first.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MessageHit {
    pub id: Uuid,
    pub folder_id: Uuid,
    /// The folder's full name.
    pub folder: String,
    /// The message's IMAP uid in its folder.
    pub uid: i64,
    pub size: i64,
    pub received_at: DateTime<Utc>,
    pub subject: Option<String>,
    /// The first From address.
    pub from: Option<String>,
}

impl From<FoundMessage> for MessageHit {
    fn from(m: FoundMessage) -> Self {
        MessageHit {
            id: m.id,
            folder_id: m.folder_id,
            folder: m.folder,
            uid: m.uid,
            size: m.size,
            received_at: m.received_at,
            subject: m.subject,
            from: m.from,
        }
    }
}

/// A page of messages found.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MessageHitPage {
    /// May hold fewer than `limit` messages (those not indexed yet are checked one by one);
    /// the last page is the one without `nextCursor`.
    pub items: Vec<MessageHit>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// How far the background indexer has come for an account.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SearchIndexStatus {
    /// The account's messages whose content is indexed.
    pub indexed_messages: i64,
    /// The account's messages waiting for the indexer (searches still find them, reading
    /// them one by one).
    pub pending_messages: i64,
    /// Stored contents waiting in the whole server, every account's (the indexer's backlog).
    pub pending_server_wide: i64,
    /// Share of the account's messages indexed, 0 to 100.
    pub percent: f64,
}

/// Searches an account's mail, newest first; the search is recorded in the audit log with
/// who made it and what was asked.
pub async fn search_account_messages(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    search: &MessageSearch,
) -> CoreResult<MessageHitPage> {
    let place = postbay_core::accounts::authorize_mail_search(pool, principal, account).await?;
    let limit = match search.limit {
        None => 100,
        Some(n @ 1..=1000) => i64::from(n),
        Some(_) => {
            return Err(CoreError::invalid(
                "limit",
                "out_of_range",
                "limit must be 1 to 1000",
            ));
        }
    };
    for (field, value) in [
        ("q", &search.q),
        ("from", &search.from),
        ("to", &search.to),
        ("subject", &search.subject),
    ] {
        if value.as_ref().is_some_and(|v| v.chars().count() > MAX_TERM) {
            return Err(CoreError::invalid(
                field,
                "too_long",
                "at most 256 characters",
            ));
        }
    }
    if search.min_size.is_some_and(|n| n < 0) {
        return Err(CoreError::invalid(
            "minSize",
            "out_of_range",
            "minSize must not be negative",
        ));
    }
    let folder = match search.folder.as_deref() {
        Some(name) => Some(
            postbay_mailbox::folders::by_name(pool, account.0, name)
                .await?
                .ok_or(CoreError::NotFound { kind: "folder" })?
                .id,
        ),
        None => None,
    };
    let after = search
        .cursor
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(decode_cursor)
        .transpose()?;
    let query = MessageQuery {
        account: account.0,
        folder,
        text: search.q.clone().filter(|t| !t.is_empty()),
        from: search.from.clone().filter(|t| !t.is_empty()),
        to: search.to.clone().filter(|t| !t.is_empty()),
        subject: search.subject.clone().filter(|t| !t.is_empty()),
        since: search.since,
        until: search.until,
        min_size: search.min_size,
        limit,
        after,
    };
    let (found, next) = query::account_messages(pool, &query).await?;
    let mut conn = pool.acquire().await?;
    audit::record(
        &mut conn,
        principal,
        "account.searchMail",
        "account",
        Some(account.0),
        place.audit_place(),
        serde_json::json!({
            "folder": search.folder,
            "q": search.q,
            "from": search.from,
            "to": search.to,
            "subject": search.subject,
            "since": search.since,
            "until": search.until,
            "minSize": search.min_size,
            "found": found.len(),
        }),
    )
    .await?;
    Ok(MessageHitPage {
        items: found.into_iter().map(MessageHit::from).collect(),
        next_cursor: next
            .map(|(at, id)| URL_SAFE_NO_PAD.encode(format!("{}\n{id}", at.to_rfc3339()))),
    })
}

/// The indexing progress of an account's messages (whoever may read the account may ask).
pub async fn index_status(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<SearchIndexStatus> {
    postbay_core::accounts::authorize(pool, principal, account, postbay_core::access::Access::Read)
        .await?;
    let p = indexer::progress(pool, account.0).await?;
    let total = p.indexed_messages + p.pending_messages;
    Ok(SearchIndexStatus {
        indexed_messages: p.indexed_messages,
        pending_messages: p.pending_messages,
        pending_server_wide: p.pending_contents,
        percent: if total == 0 {
            100.0
        } else {
            (p.indexed_messages as f64 * 1000.0 / total as f64).floor() / 10.0
        },
    })
}

fn decode_cursor(cursor: &str) -> CoreResult<(DateTime<Utc>, Uuid)> {
    let bad = || {
        CoreError::invalid(
            "cursor",
            "invalid_cursor",
            "the cursor is not one this server issued",
        )
    };
    let text = URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(bad)?;
    let (at, id) = text.split_once('\n').ok_or_else(bad)?;
    Ok((
        DateTime::parse_from_rfc3339(at)
            .map_err(|_| bad())?
            .with_timezone(&Utc),
        id.parse().map_err(|_| bad())?,
    ))
}

impl From<crate::SearchError> for CoreError {
    fn from(e: crate::SearchError) -> Self {
        match e {
            crate::SearchError::Database(e) => e.into(),
            crate::SearchError::Indexing(why) => CoreError::Internal(why.into()),
        }
    }
}
