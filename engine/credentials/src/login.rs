//! Every login that takes the credentials of this crate, on top of core's (`postbay_core::
//! auth`: the user name, the lockout, the address delay, the security log): the mail
//! protocols' (a password — main or app — or a bearer token) and the API's (a password, then
//! the second factor where the account has one or must have one).

use std::net::IpAddr;

use postbay_core::access::Principal;
use postbay_core::auth::{
    self, AdminSession, ClientApplication, LoginRequest, MailAccount, MailLoginError,
    RefreshRequest, SecretCheck, Session, SessionReach, TokenKeys,
};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::AccountId;
use postbay_core::secrets::SecretKey;
use sqlx::PgPool;

use crate::sasl::BearerResponse;
use crate::{Protocol, app_passwords, policy, tokens, totp};

/// What a mail client logs in with.
#[derive(Debug)]
pub enum MailCredentials {
    /// A user name and a password: the account's main password or one of its app passwords.
    Password { user: String, password: String },
    /// A SASL bearer message (OAUTHBEARER, XOAUTH2): a token the API issued.
    Bearer(BearerResponse),
}

impl Protocol {
    /// The service name of core's security log and lockout.
    fn service(self) -> &'static str {
        match self {
            Self::Imap => "imap",
            Self::Pop3 => "pop3",
            Self::Submission => "smtp",
            Self::Managesieve => "managesieve",
            Self::Api => "api",
        }
    }
}

/// The user name and secret core checks: for a bearer message that names nobody, the address
/// of the account the token belongs to.
async fn request_of(
    pool: &PgPool,
    credentials: MailCredentials,
) -> CoreResult<(LoginRequest, bool)> {
    Ok(match credentials {
        MailCredentials::Password { user, password } => {
            (LoginRequest::password(user, password), false)
        }
        MailCredentials::Bearer(BearerResponse { user, token }) => {
            let user = match user {
                Some(user) => user,
                None => tokens::owner(pool, &token).await?.unwrap_or_default(),
            };
            (LoginRequest::password(user, token), true)
        }
    })
}

/// A login on IMAP, POP3 or ManageSieve: core's `mail_login`, where an app password for the
/// protocol or a token for it is taken besides the main password (unless the account takes
/// only app passwords).
pub async fn mail_login(
    pool: &PgPool,
    protocol: Protocol,
    credentials: MailCredentials,
    address: &str,
    local: Option<IpAddr>,
) -> Result<MailAccount, MailLoginError> {
    let (request, bearer) = request_of(pool, credentials)
        .await
        .map_err(MailLoginError::Failed)?;
    let secret = request.password.as_str();
    auth::mail_login_with(
        pool,
        &request,
        address,
        local,
        protocol.service(),
        async |account| mail_secret(pool, account, secret, bearer, protocol, address).await,
    )
    .await
}

/// What a mail client's secret is for `account`: a token (`bearer`), else an app password or
/// the main password.
async fn mail_secret(
    pool: &PgPool,
    account: AccountId,
    secret: &str,
    bearer: bool,
    protocol: Protocol,
    address: &str,
) -> CoreResult<SecretCheck> {
    if bearer {
        tokens::check(pool, account, secret, protocol).await
    } else {
        app_passwords::check(pool, account, secret, protocol, address).await
    }
}

/// A login on SMTP submission: as [`mail_login`], answered with the principal (which also
/// refuses an account suspended for abuse: it may not send).
pub async fn submission_login(
    pool: &PgPool,
    credentials: MailCredentials,
    address: &str,
    local: Option<IpAddr>,
) -> CoreResult<Principal> {
    let protocol = Protocol::Submission;
    let (request, bearer) = request_of(pool, credentials).await?;
    let secret = request.password.as_str();
    auth::check_password_with(
        pool,
        &request,
        address,
        local,
        protocol.service(),
        async |account| mail_secret(pool, account, secret, bearer, protocol, address).await,
    )
    .await
}

/// Checks an API login: the password (main, or an app password for `api`), then the second
/// factor. An account with a confirmed factor needs a code (`totp_required`, `totp_invalid`);
/// an administrator a tenant requires one of but who has none gets a self-service session.
/// An app password never stands in for a second factor: it is refused where one is needed.
async fn check_api_login(
    pool: &PgPool,
    key: &SecretKey,
    request: &LoginRequest,
    address: &str,
    service: &'static str,
) -> CoreResult<(Principal, SessionReach)> {
    let mut by_app_password = false;
    let principal =
        auth::check_password_with(pool, request, address, None, service, async |account| {
            let verdict =
                app_passwords::check(pool, account, &request.password, Protocol::Api, address)
                    .await?;
            by_app_password = verdict == SecretCheck::Accepted;
            Ok(verdict)
        })
        .await?;
    let account = principal
        .account_id
        .ok_or(CoreError::Internal("logins belong to accounts".into()))?;
    let enrolled = totp::enrolled(pool, account).await?;
    let required = enrolled || policy::totp_required(pool, &principal).await?;
    if by_app_password && required {
        auth::second_factor_failed(pool, &request.user_name, address, service).await?;
        return Err(CoreError::Unauthenticated(
            "an app password does not open the API of an account that logs in with a second factor; use the password and a code".into(),
        ));
    }
    if !enrolled {
        let reach = if required {
            SessionReach::SelfService
        } else {
            SessionReach::Full
        };
        return Ok((principal, reach));
    }
    let Some(code) = request
        .totp_code
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    else {
        return Err(CoreError::SecondFactor {
            code: "totp_required",
            message: "the account logs in with a second factor: send totpCode (the app's current code, or a recovery code)".into(),
        });
    };
    let taken = match code.len() {
        0..=64 => totp::take_code(pool, key, account, code).await,
        _ => Ok(false),
    };
    let taken = match taken {
        Err(CoreError::LockedOut { retry_after_secs }) => {
            // Tries while locked slow their address down like any other failure.
            auth::second_factor_failed(pool, &request.user_name, address, service).await?;
            return Err(CoreError::LockedOut { retry_after_secs });
        }
        other => other?,
    };
    if !taken {
        auth::second_factor_failed(pool, &request.user_name, address, service).await?;
        return Err(CoreError::SecondFactor {
            code: "totp_invalid",
            message: "the code is wrong, used already or out of date".into(),
        });
    }
    Ok((principal, SessionReach::Full))
}

/// A REST session's refresh (`POST /auth/refresh`): the new session reaches what the old one
/// did, or less: an administrator who must now have a second factor and has none gets a
/// self-service session.
pub async fn refresh(
    pool: &PgPool,
    keys: &TokenKeys,
    request: &RefreshRequest,
    address: &str,
) -> CoreResult<Session> {
    let (principal, reach) = auth::redeem_refresh_token(pool, request, address).await?;
    let reach = match (reach, principal.account_id) {
        (SessionReach::Full, Some(account))
            if policy::totp_required(pool, &principal).await?
                && !totp::enrolled(pool, account).await? =>
        {
            SessionReach::SelfService
        }
        (reach, _) => reach,
    };
    auth::issue_session(pool, keys, &principal, reach).await
}

/// A REST login (`POST /auth/login`): a session, full or self-service.
pub async fn api_login(
    pool: &PgPool,
    keys: &TokenKeys,
    key: &SecretKey,
    request: &LoginRequest,
    address: &str,
) -> CoreResult<Session> {
    let (principal, reach) = check_api_login(pool, key, request, address, "api").await?;
    auth::issue_session(pool, keys, &principal, reach).await
}

/// A JSON-RPC login (`Session.login`): an admin session, full or self-service.
pub async fn open_admin_session(
    pool: &PgPool,
    key: &SecretKey,
    request: &LoginRequest,
    application: &ClientApplication,
    address: &str,
) -> CoreResult<AdminSession> {
    auth::check_application(application)?;
    let (principal, reach) = check_api_login(pool, key, request, address, "jsonrpc").await?;
    auth::open_admin_session(pool, principal, application, address, reach).await
}
