//! The message index. Each stored content gets, once, after the delivery commit: its header
//! block, its ENVELOPE and BODYSTRUCTURE in IMAP's syntax, and its search text (decoded,
//! lower-cased) under trigram indexes. IMAP FETCH reads the rendered pieces instead of
//! parsing the message; IMAP SEARCH and the admin API's message search ask the index which
//! messages match, with IMAP's semantics (a case-insensitive substring of the decoded text).
//!
//! The index is exact, not a pre-filter that can miss: a condition is decided by SQL on the
//! same text [`digest::Digest`] computes, and a message not indexed yet is decided by computing
//! its digest in memory ([`query::unindexed_in`]), so results with and without the index
//! are the same.

pub mod admin;
pub mod digest;
pub mod indexer;
pub mod query;

/// Errors of the index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("indexing stopped: {0}")]
    Indexing(String),
}

pub type SearchResult<T> = Result<T, SearchError>;

impl From<SearchError> for postbay_mailbox::MailboxError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::Database(e) => Self::Database(e),
            SearchError::Indexing(why) => Self::Database(sqlx::Error::Protocol(why)),
        }
    }
}
