//! Credentials a client may log in with besides an account's main password, and the policies
//! that require them:
//!
//! - `app_passwords`: named, per-protocol passwords the server makes, revocable one by one,
//!   with their last use;
//! - `tokens`: short-lived bearer tokens the API issues for an account's mail protocols, which
//!   IMAP, POP3 and SMTP take through SASL OAUTHBEARER (RFC 7628) and XOAUTH2 (`sasl`);
//! - `login_links`: single-use links that open an API session for an account (a control
//!   panel's single sign-on);
//! - `totp`: a second factor for API logins (RFC 6238) with recovery codes;
//! - `policy`: an account that takes only app passwords on the mail protocols, and tenants that
//!   require a second factor of their administrators;
//! - `login`: every login path that takes them (the mail protocols' and the API's), on top of
//!   core's lockout and logging (`postbay_core::auth`).
//!
//! The secrets a client presents are random values of at least 120 bits the server made,
//! stored as SHA-256 (as API keys are): a slow hash would add nothing but latency. TOTP
//! recovery codes (80 bits, to be typed) are HMACs under a key derived from the server's
//! secret key. The TOTP seed is the one the server must replay, so it is sealed with that key.

pub mod app_passwords;
pub mod login;
pub mod login_links;
pub mod policy;
pub mod sasl;
pub mod tokens;
pub mod totp;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use postbay_core::error::{CoreError, CoreResult};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A service a credential opens. `api` is the admin API's login (REST and JSON-RPC).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Imap,
    Pop3,
    /// SMTP AUTH on the submission listeners.
    Submission,
    Managesieve,
    Api,
}

postbay_core::stored_as_text!(Protocol {
    Imap => "imap",
    Pop3 => "pop3",
    Submission => "submission",
    Managesieve => "managesieve",
    Api => "api",
});

/// Whether `principal` may give someone access to account `account`'s mail (an app password,
/// a token, a login link made for another account): a domain administrator only where the
/// domain lets its administrators into its accounts' mail (`mail.adminsMaySearchMail`), as for
/// searching it; the account itself and tenant and server administrators always.
async fn may_open_mailbox(
    pool: &sqlx::PgPool,
    principal: &postbay_core::access::Principal,
    account: postbay_core::ids::AccountId,
) -> CoreResult<()> {
    if principal.account_id == Some(account) {
        return Ok(());
    }
    postbay_core::accounts::authorize_mail_search(pool, principal, account)
        .await
        .map(|_| ())
}

/// Checks a list of protocols a credential is for: at least one, none twice, and for a bearer
/// token only the protocols that take one (`for_token`: IMAP, POP3, submission).
fn check_protocols(protocols: &[Protocol], for_token: bool) -> CoreResult<Vec<String>> {
    if protocols.is_empty() {
        return Err(CoreError::invalid(
            "protocols",
            "required",
            "name at least one protocol",
        ));
    }
    let mut sorted = protocols.to_vec();
    sorted.sort();
    sorted.dedup();
    if sorted.len() != protocols.len() {
        return Err(CoreError::invalid(
            "protocols",
            "duplicate",
            "a protocol is named twice",
        ));
    }
    if for_token
        && sorted
            .iter()
            .any(|p| matches!(p, Protocol::Api | Protocol::Managesieve))
    {
        return Err(CoreError::invalid(
            "protocols",
            "not_allowed",
            "tokens are for IMAP, POP3 and submission (imap, pop3, submission); the API's sessions come from login links",
        ));
    }
    Ok(sorted.iter().map(|p| p.as_str().to_string()).collect())
}

/// Reads stored protocol names back (an unknown one is a corrupt row, refused).
fn stored_protocols(names: &[String]) -> CoreResult<Vec<Protocol>> {
    names
        .iter()
        .map(|n| {
            Protocol::from_stored(n)
                .ok_or_else(|| CoreError::Internal(format!("unknown stored protocol {n:?}").into()))
        })
        .collect()
}

/// SHA-256 of a presented secret: what is stored and looked up.
fn digest(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

/// 32 random bytes as base64url (256 bits).
fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_lists_are_checked() {
        assert!(check_protocols(&[], false).is_err());
        assert!(check_protocols(&[Protocol::Imap, Protocol::Imap], false).is_err());
        assert!(check_protocols(&[Protocol::Api], true).is_err());
        assert!(check_protocols(&[Protocol::Managesieve], true).is_err());
        assert!(check_protocols(&[Protocol::Api], false).is_ok());
        assert_eq!(
            check_protocols(&[Protocol::Submission, Protocol::Imap], true).unwrap(),
            vec!["imap", "submission"]
        );
    }
}
