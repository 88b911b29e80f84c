//! Server administration rights held by accounts and groups, and the guard that keeps at least
//! one read-write server administrator. A leaf of the directory: accounts, groups, domains and
//! tenants all ask it, so it imports none of them.

use serde::{Deserialize, Serialize};
use sqlx::PgConnection;

use crate::error::{CoreError, CoreResult};

/// Server administration right of an account or group.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum AdminRole {
    #[default]
    None,
    ServerReadOnly,
    ServerReadWrite,
}

crate::stored_as_text!(AdminRole {
    None => "none",
    ServerReadOnly => "server_read_only",
    ServerReadWrite => "server_read_write",
});

/// Fails with `last_server_admin` when no active account keeps server read-write rights
/// (its own or through a group). Called after every change that could remove the last one.
pub async fn ensure_server_admin_remains(conn: &mut PgConnection) -> CoreResult<()> {
    let remains: bool = sqlx::query_scalar(
        // Start from the few candidates (partial index on admin_role, privileged groups), never
        // from all accounts.
        "SELECT EXISTS (SELECT 1 FROM accounts a JOIN domains d ON d.id = a.domain_id JOIN tenants t ON t.id = d.tenant_id
           WHERE a.id IN (SELECT id FROM accounts WHERE admin_role = 'server_read_write'
                          UNION SELECT m.account_id FROM group_members m JOIN groups g ON g.id = m.group_id
                                WHERE g.admin_role = 'server_read_write')
           AND a.status = 'active' AND d.status = 'active' AND a.password_hash IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM tenants x WHERE x.id = ANY(t.ancestors) AND x.status <> 'active'))",
    )
    .fetch_one(&mut *conn)
    .await?;
    if remains {
        Ok(())
    } else {
        Err(CoreError::conflict(
            "last_server_admin",
            "this would leave the server without an active read-write administrator",
        ))
    }
}
