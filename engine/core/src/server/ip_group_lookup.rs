//! Whether an IP group exists, for the settings and services that name one. Kept apart from
//! `ip_groups`, which asks those two whether a group is in use before deleting it, so that no
//! module needs the other back.

use sqlx::PgConnection;

use crate::error::CoreResult;
use crate::ids::IpGroupId;

/// Fails naming `field` when `group` is given and does not exist.
pub async fn require(
    conn: &mut PgConnection,
    group: Option<IpGroupId>,
    field: &'static str,
) -> CoreResult<()> {
    match group {
        Some(id) if !exists(conn, id).await? => Err(crate::error::CoreError::invalid(
            field,
            "unknown_group",
            "there is no such IP group",
        )),
        _ => Ok(()),
    }
}

/// Whether group `id` exists.
pub async fn exists(conn: &mut PgConnection, id: IpGroupId) -> CoreResult<bool> {
    Ok(
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM ip_groups WHERE id = $1)")
            .bind(id.0)
            .fetch_one(conn)
            .await?,
    )
}
