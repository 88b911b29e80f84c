//! The one error type of the core services. Every variant maps to a stable machine `code`
//! that both API projections pass through unchanged.

use std::borrow::Cow;

/// Requests meeting the database down: one line per window, not one per request.
static UNAVAILABLE: postbay_database::LogGate =
    postbay_database::LogGate::new(std::time::Duration::from_secs(10));

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
    /// The password was right but a second factor is missing or wrong (`totp_required`,
    /// `totp_invalid`): a client asks for the code rather than the password again.
    #[error("{message}")]
    SecondFactor {
        code: &'static str,
        message: Cow<'static, str>,
    },
    /// The request conflicts with the current state (duplicate name, limit, guarded delete).
    #[error("{message}")]
    Conflict {
        code: &'static str,
        field: Option<Cow<'static, str>>,
        message: Cow<'static, str>,
    },
    /// Too many failed logins for the account: it is locked for a while.
    #[error("too many failed logins for this account; try again in {retry_after_secs} s")]
    LockedOut { retry_after_secs: i64 },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// The database could not serve (a copy of an unavailable `Database` error, made by
    /// `replicate`): the client may retry.
    #[error("unavailable: {0}")]
    Unavailable(Cow<'static, str>),
    #[error("internal error: {0}")]
    Internal(Cow<'static, str>),
}

pub type CoreResult<T> = Result<T, CoreError>;

/// The kinds of failure a client tells apart (and the API projections map to statuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    Invalid,
    NotFound,
    Forbidden,
    Unauthenticated,
    Conflict,
    LockedOut,
    /// The database cannot be reached now (pool, connection, shutdown, overload, a
    /// serialisation failure): the same request may succeed later.
    Unavailable,
    /// A defect or an unexpected database error: retrying will not help.
    Internal,
}

/// An error as a client sees it: its class, stable code, message and the field at fault.
#[derive(Debug, Clone)]
pub struct Described {
    pub class: ErrorClass,
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
    /// Seconds to wait before retrying (`LockedOut`).
    pub retry_after: Option<i64>,
}

impl Described {
    fn unavailable() -> Self {
        Self::new(
            ErrorClass::Unavailable,
            "unavailable",
            "the database is not available; retry later",
        )
    }

    fn new(class: ErrorClass, code: &'static str, message: impl Into<Cow<'static, str>>) -> Self {
        Self {
            class,
            code,
            message: message.into().into_owned(),
            field: None,
            retry_after: None,
        }
    }
}

/// Whether a database error says the database cannot serve now, rather than that the query
/// or the data is wrong: pool exhausted or closed, the connection lost, or SQLSTATE classes 08
/// (connection), 53 (insufficient resources), 57P (shutdown) and 40 (serialisation failure,
/// deadlock), after which the same request can succeed.
fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|c| {
            c.starts_with("08")
                || c.starts_with("53")
                || c.starts_with("57P")
                || c.starts_with("40")
        }),
        _ => false,
    }
}

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

    /// A copy of this error for each of several items it applies to. A database error's
    /// source cannot be copied, so the copy keeps its class: unavailable (retry) or internal.
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
            Self::SecondFactor { code, message } => Self::SecondFactor {
                code,
                message: message.clone(),
            },
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
            Self::Database(e) if is_unavailable(e) => Self::Unavailable(e.to_string().into()),
            Self::Database(e) => Self::Internal(e.to_string().into()),
            Self::Unavailable(m) => Self::Unavailable(m.clone()),
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
            Self::Invalid { code, .. }
            | Self::Conflict { code, .. }
            | Self::SecondFactor { code, .. } => code,
            Self::NotFound { .. } => "not_found",
            Self::Forbidden(_) => "forbidden",
            Self::Unauthenticated(_) => "unauthenticated",
            Self::LockedOut { .. } => "locked_out",
            Self::Database(e) if is_unavailable(e) => "unavailable",
            Self::Unavailable(_) => "unavailable",
            Self::Database(_) | Self::Internal(_) => "internal",
        }
    }

    /// What the error is to a client: the one table both API projections answer from (REST
    /// maps the class to a status, JSON-RPC to its error codes). Server-side failures are logged
    /// here, once, with what the client is not told.
    pub fn describe(self) -> Described {
        if self.is_refused_value() {
            return Described::new(
                ErrorClass::Invalid,
                "invalid_value",
                "a value in the request cannot be stored or compared",
            );
        }
        let code = self.code();
        match self {
            Self::Invalid { field, message, .. } => Described {
                field: Some(field.into_owned()),
                ..Described::new(ErrorClass::Invalid, code, message)
            },
            Self::NotFound { kind } => {
                Described::new(ErrorClass::NotFound, code, format!("{kind} not found"))
            }
            Self::Forbidden(m) => Described::new(ErrorClass::Forbidden, code, m),
            Self::Unauthenticated(m) => Described::new(ErrorClass::Unauthenticated, code, m),
            Self::SecondFactor { message, .. } => Described {
                field: Some("totpCode".into()),
                ..Described::new(ErrorClass::Unauthenticated, code, message)
            },
            Self::Conflict { field, message, .. } => Described {
                field: field.map(Cow::into_owned),
                ..Described::new(ErrorClass::Conflict, code, message)
            },
            Self::LockedOut { retry_after_secs } => Described {
                retry_after: Some(retry_after_secs),
                ..Described::new(
                    ErrorClass::LockedOut,
                    code,
                    format!(
                        "too many failed logins for this account; retry in {retry_after_secs} s"
                    ),
                )
            },
            Self::Database(e) if is_unavailable(&e) => {
                if let Some(held_back) = UNAVAILABLE.pass() {
                    tracing::warn!(error = %e, held_back, "database unavailable");
                }
                Described::unavailable()
            }
            Self::Unavailable(m) => {
                if let Some(held_back) = UNAVAILABLE.pass() {
                    tracing::warn!(error = %m, held_back, "database unavailable");
                }
                Described::unavailable()
            }
            Self::Database(e) => {
                tracing::error!(error = %e, "database error");
                Described::new(ErrorClass::Internal, "internal", "internal error")
            }
            Self::Internal(m) => {
                tracing::error!(error = %m, "internal error");
                Described::new(ErrorClass::Internal, "internal", "internal error")
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_errors_are_unavailable_only_when_a_retry_can_help() {
        let class = |e: sqlx::Error| CoreError::Database(e).describe().class;
        assert_eq!(class(sqlx::Error::PoolTimedOut), ErrorClass::Unavailable);
        assert_eq!(class(sqlx::Error::PoolClosed), ErrorClass::Unavailable);
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset");
        assert_eq!(class(sqlx::Error::Io(io)), ErrorClass::Unavailable);
        // A missing row or a column that does not decode is a defect, not an outage.
        assert_eq!(class(sqlx::Error::RowNotFound), ErrorClass::Internal);
        assert_eq!(
            class(sqlx::Error::ColumnNotFound("x".into())),
            ErrorClass::Internal
        );
    }

    #[test]
    fn replicated_database_errors_keep_their_class() {
        let unavailable = CoreError::Database(sqlx::Error::PoolTimedOut);
        assert_eq!(unavailable.code(), "unavailable");
        let copy = unavailable.replicate();
        assert_eq!(copy.code(), "unavailable");
        assert_eq!(copy.describe().class, ErrorClass::Unavailable);
        let defect = CoreError::Database(sqlx::Error::RowNotFound).replicate();
        assert_eq!(defect.code(), "internal");
        assert_eq!(defect.describe().class, ErrorClass::Internal);
    }

    #[test]
    fn described_errors_keep_code_and_field() {
        let d = CoreError::invalid("limits.maxAccounts", "out_of_range", "too big").describe();
        assert_eq!(
            (d.class, d.code, d.field.as_deref()),
            (
                ErrorClass::Invalid,
                "out_of_range",
                Some("limits.maxAccounts")
            )
        );
        let d = CoreError::NotFound { kind: "domain" }.describe();
        assert_eq!(
            (d.class, d.code, d.message.as_str()),
            (ErrorClass::NotFound, "not_found", "domain not found")
        );
        let d = CoreError::LockedOut {
            retry_after_secs: 30,
        }
        .describe();
        assert_eq!((d.class, d.retry_after), (ErrorClass::LockedOut, Some(30)));
    }
}
