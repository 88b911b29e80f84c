//! The one error type of the core services. Every variant maps to a stable machine `code`
//! that both API projections pass through unchanged.

use std::borrow::Cow;

/// What went wrong, in terms a client can act on.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// Input failed validation. `field` is a JSON path such as `login` or `limits.maxAccounts`.
    #[error("{field}: {message}")]
    Invalid {
        field: Cow<'static, str>,
        code: &'static str,
        message: Cow<'static, str>,
    },
    /// The object does not exist, or the caller may not know that it does.
    #[error("{kind} not found")]
    NotFound { kind: &'static str },
    /// The caller is known but not allowed to do this.
    #[error("{0}")]
    Forbidden(Cow<'static, str>),
    /// Credentials missing, wrong or expired.
    #[error("{0}")]
    Unauthenticated(Cow<'static, str>),
    /// The request conflicts with the current state (duplicate name, limit, guarded delete).
    #[error("{message}")]
    Conflict {
        code: &'static str,
        field: Option<Cow<'static, str>>,
        message: Cow<'static, str>,
    },
    /// Too many failed logins from the caller's address.
    #[error("too many failed logins from this address; try again in {retry_after_secs} s")]
    LockedOut { retry_after_secs: i64 },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("internal error: {0}")]
    Internal(Cow<'static, str>),
}

pub type CoreResult<T> = Result<T, CoreError>;

impl CoreError {
    pub fn invalid(
        field: impl Into<Cow<'static, str>>,
        code: &'static str,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::Invalid {
            field: field.into(),
            code,
            message: message.into(),
        }
    }

    pub fn conflict(code: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
        Self::Conflict {
            code,
            field: None,
            message: message.into(),
        }
    }

    pub fn conflict_on(
        code: &'static str,
        field: impl Into<Cow<'static, str>>,
        message: impl Into<Cow<'static, str>>,
    ) -> Self {
        Self::Conflict {
            code,
            field: Some(field.into()),
            message: message.into(),
        }
    }

    pub fn forbidden(message: impl Into<Cow<'static, str>>) -> Self {
        Self::Forbidden(message.into())
    }

    /// A copy of this error for each of several items it applies to (database errors become
    /// internal ones: their source cannot be copied).
    pub fn replicate(&self) -> Self {
        match self {
            Self::Invalid {
                field,
                code,
                message,
            } => Self::Invalid {
                field: field.clone(),
                code,
                message: message.clone(),
            },
            Self::NotFound { kind } => Self::NotFound { kind },
            Self::Forbidden(m) => Self::Forbidden(m.clone()),
            Self::Unauthenticated(m) => Self::Unauthenticated(m.clone()),
            Self::Conflict {
                code,
                field,
                message,
            } => Self::Conflict {
                code,
                field: field.clone(),
                message: message.clone(),
            },
            Self::LockedOut { retry_after_secs } => Self::LockedOut {
                retry_after_secs: *retry_after_secs,
            },
            Self::Database(e) => Self::Internal(e.to_string().into()),
            Self::Internal(m) => Self::Internal(m.clone()),
        }
    }

    /// A value PostgreSQL refused (a NUL byte, an out-of-range number; SQLSTATE class 22):
    /// bad input rather than a failure of the database.
    pub fn is_refused_value(&self) -> bool {
        match self {
            Self::Database(e) => e
                .as_database_error()
                .and_then(|d| d.code())
                .is_some_and(|c| c.starts_with("22")),
            _ => false,
        }
    }

    /// The stable machine code for this error.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid { code, .. } | Self::Conflict { code, .. } => code,
            Self::NotFound { .. } => "not_found",
            Self::Forbidden(_) => "forbidden",
            Self::Unauthenticated(_) => "unauthenticated",
            Self::LockedOut { .. } => "locked_out",
            Self::Database(_) | Self::Internal(_) => "internal",
        }
    }

    /// Turns a unique-constraint violation into a conflict on `field`; other errors pass.
    pub fn unique_violation(
        err: sqlx::Error,
        code: &'static str,
        field: &'static str,
        message: &'static str,
    ) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.code().as_deref() == Some("23505") => {
                Self::conflict_on(code, field, message)
            }
            _ => Self::Database(err),
        }
    }
}

impl From<postbay_mailbox::MailboxError> for CoreError {
    /// The mail store's failures that reach the directory (releasing a deleted account's
    /// mail) are database failures.
    fn from(err: postbay_mailbox::MailboxError) -> Self {
        match err {
            postbay_mailbox::MailboxError::Database(e) => Self::Database(e),
            other => Self::Internal(other.to_string().into()),
        }
    }
}
