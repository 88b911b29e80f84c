//! Sender authentication for the domains Postbay hosts, as administrators steer it: each
//! domain's DKIM keys (`keys`), the server's mail-auth settings (`settings`: what is done
//! with received mail that fails a check, what the recommended records say), the DNS
//! records a domain publishes and the check that it does (`records`), and the signing keys
//! the outbound workers sign with (`signing`).
//!
//! The protocol work (key generation, signatures, verification) is `postbay-mailauth`'s;
//! the rules of who may see and change what are `postbay-core`'s. This crate joins them and
//! owns the `dkim_keys` table.

pub mod dns_record;
pub mod keys;
pub mod monitor;
pub mod records;
pub mod settings;
pub mod signing;

use postbay_core::access::{Access, Principal};
use postbay_core::domains::DomainContext;
use postbay_core::ids::DomainId;

/// The domain, checked for `access` by `principal`: its administrators (domain, tenant,
/// server) only; plain accounts see none of this. `lock` takes the domain row lock, which
/// serialises changes to its keys.
pub(crate) async fn administered_domain(
    conn: &mut sqlx::PgConnection,
    principal: &Principal,
    id: DomainId,
    access: Access,
    lock: bool,
) -> postbay_core::CoreResult<DomainContext> {
    let ctx = postbay_core::domains::context(conn, id, lock).await?;
    principal.authorize_in_domain(&ctx.tenant_path, id, None, "domain", access)?;
    principal.require_admin()?;
    Ok(ctx)
}
