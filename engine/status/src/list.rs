//! Reading the live status of every node: connections (Kerio's *Active connections*) and the
//! IMAP folders they hold open (*Opened folders*), within the caller's reach. Server
//! administrators see every connection; tenant and domain administrators see the
//! connections logged in to accounts of their subtree or domain, and no anonymous ones.

use chrono::{DateTime, Utc};
use postbay_core::access::{Principal, Role};
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::{AccountId, DomainId};
use postbay_core::services::ServiceName;
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

use crate::Node;

/// Rows per page when not asked (and most one page may hold).
const DEFAULT_LIMIT: u32 = 100;
const MAX_LIMIT: u32 = 1000;
/// A node silent for longer is taken for dead and not shown.
const ALIVE_SECONDS: i64 = 90;

/// Filters for the live connections.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ConnectionQuery {
    /// Only this service's connections.
    #[param(value_type = Option<ServiceName>)]
    pub service: Option<ServiceName>,
    /// Only connections logged in to accounts of this domain.
    #[param(value_type = Option<String>, format = Uuid)]
    pub domain_id: Option<DomainId>,
    /// Only connections logged in to this account.
    #[param(value_type = Option<String>, format = Uuid)]
    pub account_id: Option<AccountId>,
    /// Rows per page, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous page.
    pub cursor: Option<String>,
}

/// A client connected to one of the nodes.
#[derive(Debug, Serialize, FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Connection {
    /// The node it is connected to (`POSTBAY_NODE_NAME`).
    pub node: String,
    /// The session's number on its node, as its log lines show it (`session{id=...}`).
    pub session: i64,
    #[sqlx(try_from = "String")]
    #[schema(value_type = ServiceName)]
    pub service: ServiceText,
    /// The client's address.
    pub client: String,
    pub client_port: i32,
    pub since: DateTime<Utc>,
    /// TLS is up (implicit or after STARTTLS).
    pub tls: bool,
    /// The account logged in; absent before a login and for mail from other servers.
    #[schema(value_type = Option<String>, format = Uuid)]
    pub account_id: Option<Uuid>,
    /// The account's address.
    pub user: Option<String>,
    /// The name of the last command (never its arguments).
    pub last_command: Option<String>,
    /// The IMAP folder selected (POP3: `INBOX`, which the session holds).
    pub folder: Option<String>,
    #[serde(skip)]
    node_id: Uuid,
}

/// A service name read back from a snapshot.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ServiceText(ServiceName);

impl TryFrom<String> for ServiceText {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        ServiceName::parse(&text)
            .map(ServiceText)
            .ok_or_else(|| format!("unknown service {text:?}"))
    }
}

/// One page of connections, oldest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionPage {
    pub items: Vec<Connection>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Filters for the open folders.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OpenFolderQuery {
    /// Only folders of accounts of this domain.
    #[param(value_type = Option<String>, format = Uuid)]
    pub domain_id: Option<DomainId>,
    /// Only this account's folders.
    #[param(value_type = Option<String>, format = Uuid)]
    pub account_id: Option<AccountId>,
}

/// A folder some session holds open, with how many do.
#[derive(Debug, Serialize, FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OpenFolder {
    #[schema(value_type = String, format = Uuid)]
    pub account_id: Uuid,
    /// The account's address.
    pub user: String,
    pub folder: String,
    /// Sessions holding it open (Kerio's reference count), on every node.
    pub sessions: i64,
    /// The nodes they are connected to.
    pub nodes: Vec<String>,
}

/// The open folders, by account address and folder name.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct OpenFolderList {
    pub items: Vec<OpenFolder>,
}

/// Most open folders one answer lists.
const MAX_OPEN_FOLDERS: i64 = 10_000;

/// The live connections of every node, oldest first, within the caller's reach. This node's
/// are published first, so they are current.
pub async fn connections(
    pool: &PgPool,
    principal: &Principal,
    node: &Node,
    query: &ConnectionQuery,
) -> CoreResult<ConnectionPage> {
    authorize(pool, principal, query.domain_id, query.account_id).await?;
    let limit = postbay_core::list::limit(query.limit, DEFAULT_LIMIT, MAX_LIMIT)?;
    let after = query
        .cursor
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(parse_cursor)
        .transpose()?;
    publish_own(pool, node).await;
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT n.name AS node, n.node_id, c.id AS session, c.service, c.client,
                c.port AS client_port, c.since, c.tls, a.id AS account_id, c.user,
                c.command AS last_command, c.folder",
    );
    push_from(&mut qb, principal, query.domain_id, query.account_id);
    if let Some(service) = query.service {
        qb.push(" AND c.service = ").push_bind(service.as_str());
    }
    if let Some((since, node_id, session)) = after {
        qb.push(" AND (c.since, n.node_id, c.id) > (")
            .push_bind(since)
            .push(", ")
            .push_bind(node_id)
            .push(", ")
            .push_bind(session)
            .push(")");
    }
    qb.push(" ORDER BY c.since, n.node_id, c.id LIMIT ")
        .push_bind(i64::from(limit) + 1);
    let mut items: Vec<Connection> = qb.build_query_as().fetch_all(pool).await?;
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items
            .last()
            .map(|c| format!("{}.{}.{}", c.since.timestamp_micros(), c.node_id, c.session))
    } else {
        None
    };
    Ok(ConnectionPage { items, next_cursor })
}

/// The IMAP folders (and POP3 inboxes) sessions hold open on every node, by account and
/// folder, within the caller's reach.
pub async fn open_folders(
    pool: &PgPool,
    principal: &Principal,
    node: &Node,
    query: &OpenFolderQuery,
) -> CoreResult<OpenFolderList> {
    authorize(pool, principal, query.domain_id, query.account_id).await?;
    publish_own(pool, node).await;
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT a.id AS account_id, min(c.user) AS user, c.folder, count(*) AS sessions,
                array_agg(DISTINCT n.name ORDER BY n.name) AS nodes",
    );
    push_from(&mut qb, principal, query.domain_id, query.account_id);
    qb.push(" AND a.id IS NOT NULL AND c.folder IS NOT NULL GROUP BY a.id, c.folder ORDER BY min(c.user), c.folder LIMIT ")
        .push_bind(MAX_OPEN_FOLDERS);
    Ok(OpenFolderList {
        items: qb.build_query_as().fetch_all(pool).await?,
    })
}

/// Administrators only; a domain or account filter out of reach is not found.
async fn authorize(
    pool: &PgPool,
    principal: &Principal,
    domain: Option<DomainId>,
    account: Option<AccountId>,
) -> CoreResult<()> {
    principal.require_admin()?;
    if let Some(domain) = domain {
        postbay_core::domains::get(pool, principal, domain).await?;
    }
    if let Some(account) = account {
        postbay_core::accounts::get(pool, principal, account).await?;
    }
    Ok(())
}

/// The answering node's own snapshot, so what it lists of itself is current. A failure only
/// leaves it as old as the last one.
async fn publish_own(pool: &PgPool, node: &Node) {
    if let Err(e) = node.publish(pool, false).await {
        tracing::warn!(error = %e, "publishing this node's live status");
    }
}

/// The connections of the living nodes, each with its account (when logged in to one that
/// still exists), narrowed to the caller's reach and the filters.
fn push_from(
    qb: &mut QueryBuilder<'_, Postgres>,
    principal: &Principal,
    domain: Option<DomainId>,
    account: Option<AccountId>,
) {
    qb.push(
        " FROM node_status n
          CROSS JOIN LATERAL jsonb_to_recordset(n.connections) AS c(
              id bigint, service text, client text, port int, since timestamptz, tls boolean,
              account uuid, \"user\" text, command text, folder text)
          LEFT JOIN accounts a ON a.id = c.account
          LEFT JOIN domains d ON d.id = a.domain_id
          LEFT JOIN tenants t ON t.id = d.tenant_id
          WHERE n.heartbeat_at > now() - make_interval(secs => ",
    )
    .push_bind(ALIVE_SECONDS as f64)
    .push(")");
    if !matches!(principal.role, Role::ServerAdmin) {
        qb.push(" AND a.id IS NOT NULL");
        principal.filter().push_reach(qb, "t.ancestors", "d.id");
    }
    if let Some(domain) = domain {
        qb.push(" AND d.id = ").push_bind(domain);
    }
    if let Some(account) = account {
        qb.push(" AND a.id = ").push_bind(account);
    }
}

fn parse_cursor(text: &str) -> CoreResult<(DateTime<Utc>, Uuid, i64)> {
    let bad = || {
        CoreError::invalid(
            "cursor",
            "invalid_cursor",
            "the cursor is not one this server issued",
        )
    };
    let mut parts = text.splitn(3, '.');
    let since = parts
        .next()
        .and_then(|p| p.parse::<i64>().ok())
        .and_then(DateTime::<Utc>::from_timestamp_micros)
        .ok_or_else(bad)?;
    let node = parts
        .next()
        .and_then(|p| p.parse::<Uuid>().ok())
        .ok_or_else(bad)?;
    let session = parts
        .next()
        .and_then(|p| p.parse::<i64>().ok())
        .ok_or_else(bad)?;
    Ok((since, node, session))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_bad_ones_are_refused() {
        let node = Uuid::now_v7();
        let parsed = parse_cursor(&format!("1733475600123456.{node}.42")).expect("a cursor");
        assert_eq!(parsed.0.timestamp_micros(), 1_733_475_600_123_456);
        assert_eq!(parsed.1, node);
        assert_eq!(parsed.2, 42);
        for bad in [
            "",
            "x",
            "1.2.3",
            &format!("1.{node}"),
            &format!("1.{node}.x"),
        ] {
            assert!(parse_cursor(bad).is_err(), "{bad:?}");
        }
    }
}
