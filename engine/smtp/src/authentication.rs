//! AUTH PLAIN and LOGIN (RFC 4954), and OAUTHBEARER (RFC 7628) and XOAUTH2 with a token the
//! API issued, offered only under TLS: the exchange and the login.

use postbay_credentials::login::{self, MailCredentials};
use postbay_credentials::sasl::{self, BearerMechanism};

use super::*;

impl Session {
    /// Takes one line of an AUTH exchange from `iter`; `None` until the line is complete.
    pub(crate) fn auth_line(
        &mut self,
        iter: &mut std::slice::Iter<'_, u8>,
    ) -> Option<Result<String, ()>> {
        match self.gather_line(iter) {
            Gathered::Incomplete => None,
            Gathered::TooLong => Some(Err(())),
            Gathered::Complete => Some(
                String::from_utf8(std::mem::take(&mut self.line))
                    .map(|l| l.trim_end_matches(['\r', '\n']).to_string())
                    .map_err(|_| ()),
            ),
        }
    }

    pub(crate) async fn auth(&mut self, mechanism: u64, initial: String, out: &mut Vec<u8>) {
        if !self.tls && !self.plain_login {
            return self.refuse(
                out,
                "538 5.7.11 Encryption required for requested authentication mechanism",
            );
        }
        if self.authenticated.is_some() {
            return self.refuse(out, "503 5.5.1 Already authenticated");
        }
        if self.transaction.is_some() {
            return self.refuse(
                out,
                "503 5.5.1 AUTH is not allowed during a mail transaction",
            );
        }
        let initial = if initial.trim() == "=" {
            String::new()
        } else {
            initial
        };
        match mechanism {
            smtp_proto::AUTH_PLAIN if initial.is_empty() => {
                self.receiving = Receiving::AuthPlain;
                reply(out, "334 ");
            }
            smtp_proto::AUTH_LOGIN if initial.is_empty() => {
                self.receiving = Receiving::AuthLoginUser;
                reply(out, "334 VXNlcm5hbWU6");
            }
            smtp_proto::AUTH_OAUTHBEARER | smtp_proto::AUTH_XOAUTH2 => {
                let mechanism = if mechanism == smtp_proto::AUTH_OAUTHBEARER {
                    BearerMechanism::OAuthBearer
                } else {
                    BearerMechanism::XOAuth2
                };
                if initial.is_empty() {
                    self.receiving = Receiving::AuthBearer(mechanism);
                    reply(out, "334 ");
                } else {
                    self.auth_step(Receiving::AuthBearer(mechanism), Ok(initial), out)
                        .await
                }
            }
            smtp_proto::AUTH_PLAIN => self.auth_step(Receiving::AuthPlain, Ok(initial), out).await,
            smtp_proto::AUTH_LOGIN => {
                self.auth_step(Receiving::AuthLoginUser, Ok(initial), out)
                    .await
            }
            _ => self.refuse(out, "504 5.5.4 Unrecognised authentication mechanism"),
        }
    }

    /// One client response in an AUTH exchange.
    pub(crate) async fn auth_step(
        &mut self,
        state: Receiving,
        line: Result<String, ()>,
        out: &mut Vec<u8>,
    ) {
        let Ok(line) = line else {
            return self.refuse(out, "500 5.5.6 Authentication line too long");
        };
        if line == "*" {
            return self.refuse(out, "501 5.0.0 Authentication cancelled");
        }
        if let Receiving::AuthBearerRefused = state {
            return self.refuse(out, "535 5.7.8 Authentication credentials invalid");
        }
        let Ok(decoded) = BASE64.decode(line.trim()) else {
            return self.refuse(out, "501 5.5.2 Cannot decode the response");
        };
        match state {
            // SASL PLAIN: authzid NUL authcid NUL password; acting for someone else is refused.
            Receiving::AuthPlain => match postbay_listener::sasl::plain(&decoded) {
                Ok((user, password)) => {
                    self.login(MailCredentials::Password { user, password }, None, out)
                        .await
                }
                Err(postbay_listener::sasl::PlainError::Malformed) => {
                    self.refuse(out, "501 5.5.2 Malformed PLAIN response")
                }
                Err(postbay_listener::sasl::PlainError::OtherIdentity) => {
                    self.refuse(out, "535 5.7.8 Authentication credentials invalid")
                }
            },
            Receiving::AuthLoginUser => {
                self.receiving =
                    Receiving::AuthLoginPassword(String::from_utf8_lossy(&decoded).into_owned());
                reply(out, "334 UGFzc3dvcmQ6");
            }
            Receiving::AuthLoginPassword(user) => {
                let password = String::from_utf8_lossy(&decoded).into_owned();
                self.login(MailCredentials::Password { user, password }, None, out)
                    .await;
            }
            Receiving::AuthBearer(mechanism) => match sasl::parse(mechanism, &decoded) {
                Some(bearer) => {
                    self.login(MailCredentials::Bearer(bearer), Some(mechanism), out)
                        .await
                }
                None => self.refuse(out, "501 5.5.2 Malformed bearer token message"),
            },
            _ => {}
        }
    }

    /// Logs in. A token refused in a bearer exchange is answered with the mechanism's error
    /// challenge first (334; one more line is read); every other refusal at once.
    pub(crate) async fn login(
        &mut self,
        credentials: MailCredentials,
        bearer: Option<BearerMechanism>,
        out: &mut Vec<u8>,
    ) {
        let address = self.peer.ip().to_string();
        match login::submission_login(self.pipeline.pool(), credentials, &address, self.local).await
        {
            Ok(principal) => match principal.account_id {
                Some(account) => {
                    let login = principal.actor.trim_start_matches("account:").to_string();
                    let submitter =
                        match postbay_delivery::submitter(self.pipeline.pool(), account.0).await {
                            Ok(submitter) => submitter,
                            Err(e) => {
                                tracing::error!(error = %e, "reading a sender's limits");
                                return reply(out, "454 4.7.0 Temporary authentication failure");
                            }
                        };
                    self.live.logged_in(account, &login);
                    self.authenticated = Some(Authenticated {
                        account,
                        login,
                        max_message_size: submitter.max_message_size,
                        tenant: submitter.tenant,
                    });
                    reply(out, "235 2.7.0 Authentication successful");
                }
                None => self.refuse(out, "535 5.7.8 Authentication credentials invalid"),
            },
            Err(postbay_core::CoreError::LockedOut { .. }) => self.refuse(
                out,
                "454 4.7.0 Too many failed logins for this account; try again later",
            ),
            Err(postbay_core::CoreError::Unauthenticated(_)) => match bearer {
                Some(mechanism) => {
                    self.receiving = Receiving::AuthBearerRefused;
                    let challenge = BASE64.encode(sasl::error_challenge(mechanism, "submission"));
                    reply(out, &format!("334 {challenge}"));
                }
                None => self.refuse(out, "535 5.7.8 Authentication credentials invalid"),
            },
            Err(e) => {
                tracing::error!(error = %e, "checking SMTP AUTH");
                reply(out, "454 4.7.0 Temporary authentication failure");
            }
        }
    }
}
