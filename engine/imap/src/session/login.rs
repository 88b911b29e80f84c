//! Logging in: LOGIN, AUTHENTICATE PLAIN (a main or app password) and AUTHENTICATE OAUTHBEARER
//! and XOAUTH2 (a token the API issued), through `postbay_credentials::login`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use imap_codec::imap_types::core::Tag;
use postbay_core::auth::MailLoginError;
use postbay_credentials::Protocol;
pub(super) use postbay_credentials::login::{self, MailCredentials};
pub(super) use postbay_credentials::sasl::{self, BearerMechanism};
use postbay_mailbox::folders;

use super::*;

/// Where an AUTHENTICATE exchange stands.
#[derive(Debug, Clone, Copy)]
pub(super) enum SaslStep {
    /// PLAIN: the response carries the password.
    Plain,
    /// A bearer mechanism: the response carries the token.
    Bearer(BearerMechanism),
    /// The token was refused and the error challenge sent (RFC 7628 §3.2.3): whatever the
    /// client answers, the exchange fails.
    BearerRefused,
}

impl Session {
    /// One client response of an AUTHENTICATE exchange (or its initial response).
    pub(super) async fn sasl(
        &mut self,
        tag: &Tag<'static>,
        step: SaslStep,
        data: &[u8],
        out: &mut Vec<u8>,
    ) -> Next {
        match step {
            SaslStep::Plain => {
                self.plain(tag, data, out).await;
                Next::Continue
            }
            SaslStep::Bearer(mechanism) => match sasl::parse(mechanism, data) {
                Some(response) => {
                    let credentials = MailCredentials::Bearer(response);
                    self.login(tag, credentials, Some(mechanism), out).await
                }
                None => {
                    tagged(
                        out,
                        tag,
                        "NO [AUTHENTICATIONFAILED] Malformed bearer token message",
                    );
                    Next::Continue
                }
            },
            SaslStep::BearerRefused => {
                tagged(
                    out,
                    tag,
                    "NO [AUTHENTICATIONFAILED] The token is invalid, expired or not for IMAP",
                );
                Next::Continue
            }
        }
    }

    pub(super) async fn plain(&mut self, tag: &Tag<'static>, data: &[u8], out: &mut Vec<u8>) {
        let parts: Vec<&[u8]> = data.split(|&b| b == 0).collect();
        let [authzid, user, password] = parts.as_slice() else {
            return tagged(out, tag, "BAD Malformed PLAIN response");
        };
        if !authzid.is_empty() && authzid != user {
            return tagged(
                out,
                tag,
                "NO [AUTHORIZATIONFAILED] Acting for another user is not allowed",
            );
        }
        let user = String::from_utf8_lossy(user).into_owned();
        let password = String::from_utf8_lossy(password).into_owned();
        self.login(tag, MailCredentials::Password { user, password }, None, out)
            .await;
    }

    /// Logs in. A token refused in a bearer exchange is answered with the mechanism's error
    /// challenge first (the exchange goes on one more step); every other refusal at once.
    pub(super) async fn login(
        &mut self,
        tag: &Tag<'static>,
        credentials: MailCredentials,
        bearer: Option<BearerMechanism>,
        out: &mut Vec<u8>,
    ) -> Next {
        let user = match &credentials {
            MailCredentials::Password { user, .. } => Some(user.clone()),
            MailCredentials::Bearer(response) => response.user.clone(),
        };
        let address = self.peer.ip().to_string();
        match login::mail_login(
            self.pool(),
            Protocol::Imap,
            credentials,
            &address,
            self.local,
        )
        .await
        {
            Ok(account) => {
                if let Err(e) = folders::ensure_special(self.pool(), account.id.0).await {
                    tracing::error!(error = %e, "making special-use folders");
                    tagged(
                        out,
                        tag,
                        "NO [UNAVAILABLE] Temporary failure; try again later",
                    );
                    return Next::Continue;
                }
                self.connection.logged_in(account.id, &account.email);
                self.account = Some(account.id.0);
                self.user = Some(user.unwrap_or_else(|| account.email.clone()));
                self.email = Some(account.email.clone());
                self.state = State::Authenticated;
                let caps = self.capabilities().await;
                tagged(out, tag, &format!("OK [CAPABILITY {caps}] Logged in"));
            }
            Err(MailLoginError::Invalid) => match bearer {
                Some(mechanism) => {
                    let challenge = BASE64.encode(sasl::error_challenge(mechanism, "imap"));
                    return Next::Authenticate(tag.clone(), SaslStep::BearerRefused, challenge);
                }
                None => tagged(
                    out,
                    tag,
                    "NO [AUTHENTICATIONFAILED] Wrong user name or password",
                ),
            },
            Err(MailLoginError::LockedOut) => tagged(
                out,
                tag,
                "NO [UNAVAILABLE] Too many failed logins for this account; try again later",
            ),
            Err(MailLoginError::Suspended) => {
                tagged(out, tag, "NO [UNAVAILABLE] The account is suspended")
            }
            Err(MailLoginError::Disabled) => {
                tagged(out, tag, "NO [CONTACTADMIN] The account is disabled")
            }
            Err(MailLoginError::Failed(e)) => {
                tracing::error!(error = %e, "checking an IMAP login");
                tagged(
                    out,
                    tag,
                    "NO [UNAVAILABLE] Temporary failure; try again later",
                );
            }
        }
        Next::Continue
    }
}
