//! The audit entry of every lifecycle transition, which is also how webhooks hear of it.

use postbay_core::access::Principal;
use postbay_core::audit::{self, Place};
use postbay_core::error::CoreResult;
use postbay_core::status::Removal;
use sqlx::PgConnection;

/// The audit entry of a transition (which the webhooks announce as `<kind>.<verb>ed`).
pub(crate) async fn record(
    conn: &mut PgConnection,
    principal: &Principal,
    verb: &str,
    removal: &Removal,
    changes: serde_json::Value,
) -> CoreResult<()> {
    audit::record(
        conn,
        principal,
        &format!("{}.{verb}", crate::noun(removal.kind)),
        crate::noun(removal.kind),
        Some(removal.id),
        Place {
            tenant_path: &removal.tenant_path,
            domain: removal.domain,
        },
        changes,
    )
    .await
}
