//! Logging in: LOGIN and AUTHENTICATE PLAIN, through `core::auth::mail_login`.

use imap_codec::imap_types::core::Tag;
use postbay_core::auth::{self, LoginRequest, MailLoginError};
use postbay_mailbox::folders;

use super::*;

impl Session {
    pub(super) async fn plain(&mut self, tag: &Tag<'_>, data: &[u8], out: &mut Vec<u8>) {
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
        self.login(tag, user, password, out).await;
    }

    pub(super) async fn login(
        &mut self,
        tag: &Tag<'_>,
        user: String,
        password: String,
        out: &mut Vec<u8>,
    ) {
        let request = LoginRequest {
            user_name: user.clone(),
            password,
        };
        let address = self.peer.ip().to_string();
        match auth::mail_login(self.pool(), &request, &address, self.local, "imap").await {
            Ok(account) => {
                if let Err(e) = folders::ensure_special(self.pool(), account.id.0).await {
                    tracing::error!(error = %e, "making special-use folders");
                    return tagged(
                        out,
                        tag,
                        "NO [UNAVAILABLE] Temporary failure; try again later",
                    );
                }
                self.connection.logged_in(account.id, &account.email);
                self.account = Some(account.id.0);
                self.user = Some(user);
                self.email = Some(account.email.clone());
                self.state = State::Authenticated;
                let caps = self.capabilities().await;
                tagged(out, tag, &format!("OK [CAPABILITY {caps}] Logged in"));
            }
            Err(MailLoginError::Invalid) => tagged(
                out,
                tag,
                "NO [AUTHENTICATIONFAILED] Wrong user name or password",
            ),
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
    }
}
