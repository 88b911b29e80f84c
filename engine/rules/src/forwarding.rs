//! Forwarding as its own view (`getForwarding`/`updateForwarding`): the account's
//! `forwardTo` and `forwardKeepCopy`, the same data the account resource shows, so the two
//! stay in step. Delivery carries it out when it resolves the address: each target gets a
//! copy that leaves with an SRS envelope sender, as a Sieve `redirect :copy` would; without
//! "keep a copy" the account's own mailbox gets none.

use postbay_core::access::Principal;
use postbay_core::accounts::{self, AccountPatch, Forwarding};
use postbay_core::error::CoreResult;
use postbay_core::ids::AccountId;
use serde::Deserialize;
use sqlx::PgPool;

/// Where an account's mail is forwarded.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ForwardingBody {
    /// Addresses to forward to (none: no forwarding); at most 50.
    pub targets: Vec<String>,
    /// Also keep the message in the account's own mailbox.
    pub keep_copy: bool,
}

pub async fn get(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<Forwarding> {
    Ok(accounts::get(pool, principal, account).await?.forwarding)
}

/// Sets both fields through the account's own update (checked, audited as an account
/// change, and allowed to the account itself).
pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
    body: ForwardingBody,
) -> CoreResult<Forwarding> {
    let patch = AccountPatch {
        forward_to: Some(body.targets),
        forward_keep_copy: Some(body.keep_copy),
        ..AccountPatch::default()
    };
    Ok(accounts::update(pool, principal, account, patch)
        .await?
        .forwarding)
}
