//! DNS blocklists (Kerio's "Internet databases"): zones that list spam sources by client IP
//! (Spamhaus ZEN, SpamCop) or by domain (Spamhaus DBL, SURBL: the sender's domain and the
//! domains of links in the body). Each is set to add a score or to refuse the message; none
//! is set up by default, so nothing is asked of the internet until an operator says so.
//! Asked through the server's own resolver, which caches answers for their TTL.

use std::collections::BTreeSet;
use std::net::IpAddr;

use postbay_core::access::Principal;
use postbay_core::audit::{self, Place};
use postbay_core::ids::BlocklistId;
use postbay_core::list::PageParams;
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::Hit;

/// Most blocklists the server keeps.
const MAX_LISTS: i64 = 50;
/// Most link domains of one message looked up.
const MAX_LINK_DOMAINS: usize = 20;
/// How much of a body is searched for links.
const MAX_LINK_SCAN: usize = 256 * 1024;

/// What a blocklist lists.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, sqlx::Type, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum ListKind {
    /// Client IP addresses (`4.3.2.1.<zone>`; IPv6 by reversed nibbles).
    Ip,
    /// Domain names (`<domain>.<zone>`): the sender's, and those of links in the body.
    Domain,
}

/// What a listing does.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, sqlx::Type, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum ListAction {
    /// Refused at SMTP with `554 5.7.1`, naming the list.
    Reject,
    /// `score` added to the message's spam score.
    Score,
}

/// A DNS blocklist.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Blocklist {
    pub id: BlocklistId,
    /// The DNS zone asked (`zen.spamhaus.org`).
    pub zone: String,
    pub kind: ListKind,
    pub action: ListAction,
    /// Added to the score on a listing (with `action: score`); -100 to 100. Kerio
    /// recommends 1 to 3: several lists add up.
    pub score: f64,
    pub description: String,
    pub enabled: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A blocklist to add.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewBlocklist {
    #[schema(max_length = 253)]
    pub zone: String,
    pub kind: ListKind,
    pub action: ListAction,
    /// -100 to 100; ignored by `reject`. Default 2.
    #[serde(default = "default_score")]
    #[schema(minimum = -100, maximum = 100)]
    pub score: f64,
    #[serde(default)]
    #[schema(max_length = 255)]
    pub description: String,
    #[serde(default = "on")]
    pub enabled: bool,
}

fn default_score() -> f64 {
    2.0
}

fn on() -> bool {
    true
}

/// Changes to a blocklist; what is left out stays.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BlocklistUpdate {
    pub action: Option<ListAction>,
    #[schema(minimum = -100, maximum = 100)]
    pub score: Option<f64>,
    #[schema(max_length = 255)]
    pub description: Option<String>,
    pub enabled: Option<bool>,
}

/// A page of blocklists.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BlocklistPage {
    pub items: Vec<Blocklist>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

fn check_score(score: f64, field: &'static str) -> CoreResult<()> {
    postbay_core::settings::check_ranges(&[(
        score.is_finite() && (-100.0..=100.0).contains(&score),
        field,
        "-100 to 100",
    )])
}

const SELECT: &str =
    "SELECT id, zone, kind, action, score, description, enabled, created_at FROM spam_blocklists";

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    page: &PageParams,
) -> CoreResult<BlocklistPage> {
    principal.require_server_admin()?;
    let mut qb = QueryBuilder::<Postgres>::new(format!("{SELECT} WHERE true"));
    if let Some(p) = page.prefix_pattern()? {
        qb.push(" AND zone LIKE ").push_bind(p);
    }
    page.push_page(&mut qb, "zone", "id")?;
    let rows: Vec<Blocklist> = qb.build_query_as().fetch_all(pool).await?;
    let (items, next_cursor) = page.finish(rows, |r| (r.zone.clone(), r.id.0))?;
    Ok(BlocklistPage { items, next_cursor })
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    new: NewBlocklist,
) -> CoreResult<Blocklist> {
    principal.may_change_server_settings()?;
    let zone = postbay_core::names::DomainName::parse(&new.zone, "zone")?
        .as_str()
        .to_string();
    check_score(new.score, "score")?;
    let description = postbay_core::names::free_text(&new.description, "description", 255)?;
    let mut tx = pool.begin().await?;
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM spam_blocklists")
        .fetch_one(&mut *tx)
        .await?;
    if count >= MAX_LISTS {
        return Err(CoreError::conflict_on(
            "limit_exceeded",
            "zone",
            format!("at most {MAX_LISTS} blocklists"),
        ));
    }
    let list: Blocklist = sqlx::query_as(
        "INSERT INTO spam_blocklists (id, zone, kind, action, score, description, enabled)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, zone, kind, action, score, description, enabled, created_at",
    )
    .bind(BlocklistId::new())
    .bind(&zone)
    .bind(new.kind)
    .bind(new.action)
    .bind(new.score)
    .bind(&description)
    .bind(new.enabled)
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| match e.as_database_error().and_then(|d| d.code()) {
        Some(code) if code == "23505" => CoreError::conflict_on(
            "already_exists",
            "zone",
            "that zone is already a blocklist of this kind",
        ),
        _ => e.into(),
    })?;
    changed(&mut tx, principal, "blocklist.create", &list).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(list)
}

pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: BlocklistId,
    change: BlocklistUpdate,
) -> CoreResult<Blocklist> {
    principal.may_change_server_settings()?;
    if let Some(score) = change.score {
        check_score(score, "score")?;
    }
    let description = match &change.description {
        Some(d) => Some(postbay_core::names::free_text(d, "description", 255)?),
        None => None,
    };
    let mut tx = pool.begin().await?;
    let list: Option<Blocklist> = sqlx::query_as(
        "UPDATE spam_blocklists SET action = coalesce($2, action), score = coalesce($3, score),
                description = coalesce($4, description), enabled = coalesce($5, enabled),
                updated_at = now()
         WHERE id = $1
         RETURNING id, zone, kind, action, score, description, enabled, created_at",
    )
    .bind(id)
    .bind(change.action)
    .bind(change.score)
    .bind(description)
    .bind(change.enabled)
    .fetch_optional(&mut *tx)
    .await?;
    let list = list.ok_or(CoreError::NotFound { kind: "blocklist" })?;
    changed(&mut tx, principal, "blocklist.update", &list).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(list)
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: BlocklistId) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    let list: Option<Blocklist> = sqlx::query_as(
        "DELETE FROM spam_blocklists WHERE id = $1
         RETURNING id, zone, kind, action, score, description, enabled, created_at",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let list = list.ok_or(CoreError::NotFound { kind: "blocklist" })?;
    changed(&mut tx, principal, "blocklist.delete", &list).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(())
}

/// The audit event and the announcement to every process, in the change's transaction.
async fn changed(
    conn: &mut sqlx::PgConnection,
    principal: &Principal,
    action: &str,
    list: &Blocklist,
) -> CoreResult<()> {
    let root = vec![postbay_core::tenants::root_in(&mut *conn).await?.0];
    audit::record(
        &mut *conn,
        principal,
        action,
        "blocklist",
        Some(list.id.0),
        Place {
            tenant_path: &root,
            domain: None,
        },
        serde_json::json!({"zone": list.zone, "kind": list.kind, "action": list.action,
                           "score": list.score, "enabled": list.enabled}),
    )
    .await?;
    postbay_core::settings::announce(conn, "spam_blocklists").await
}

/// The enabled lists, as the filter asks them.
pub(crate) async fn enabled(pool: &PgPool) -> CoreResult<Vec<Blocklist>> {
    Ok(sqlx::query_as(&format!(
        "{SELECT} WHERE enabled ORDER BY zone, id LIMIT {MAX_LISTS}"
    ))
    .fetch_all(pool)
    .await?)
}

/// The name asked for `ip` in `zone`: reversed octets, or reversed nibbles for IPv6.
pub(crate) fn ip_query(ip: IpAddr, zone: &str) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => {
            let [a, b, c, d] = v4.octets();
            format!("{d}.{c}.{b}.{a}.{zone}")
        }
        IpAddr::V6(v6) => {
            let mut name = String::with_capacity(64 + zone.len());
            for byte in v6.octets().iter().rev() {
                name.push_str(&format!("{:x}.{:x}.", byte & 0x0f, byte >> 4));
            }
            name.push_str(zone);
            name
        }
    }
}

/// Whether an answer lists the name: an address in 127.0.0.0/8, except 127.255.255.0/24,
/// which Spamhaus and others answer when they refuse the query (an open resolver, over
/// quota) — a refusal is not a listing.
pub(crate) fn is_listing(answer: &[std::net::Ipv4Addr]) -> bool {
    answer.iter().any(|ip| {
        let [a, b, c, _] = ip.octets();
        a == 127 && !(b == 255 && c == 255)
    })
}

/// The domains of the links in a body (`http://` and `https://`), lower case, each with its
/// parent at two labels (`www.spam.example` → `spam.example`), at most 20.
pub(crate) fn link_domains(body: &[u8]) -> BTreeSet<String> {
    let body = &body[..body.len().min(MAX_LINK_SCAN)];
    let mut found = BTreeSet::new();
    let lower = body.to_ascii_lowercase();
    for scheme in [&b"http://"[..], b"https://"] {
        for at in memchr::memmem::find_iter(&lower, scheme) {
            let rest = &lower[at + scheme.len()..];
            let end = rest
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')))
                .unwrap_or(rest.len());
            let Ok(host) = std::str::from_utf8(&rest[..end]) else {
                continue;
            };
            let host = host.trim_matches('.');
            if !host.contains('.') || host.parse::<IpAddr>().is_ok() || host.len() > 253 {
                continue;
            }
            let labels: Vec<&str> = host.split('.').collect();
            found.insert(host.to_string());
            if labels.len() > 2 {
                found.insert(labels[labels.len() - 2..].join("."));
            }
            if found.len() >= MAX_LINK_DOMAINS {
                return found;
            }
        }
    }
    found
}

/// A listing found.
pub(crate) struct Listed {
    pub hit: Hit,
    /// The reply, when the list refuses.
    pub refusal: Option<String>,
}

/// Asks every list about the client and the domains; the listings found. A question that
/// fails is no listing (a blocklist that is down must not stop mail).
pub(crate) async fn ask(
    dns: &postbay_dns::Dns,
    lists: &[Blocklist],
    client: Option<IpAddr>,
    domains: &BTreeSet<String>,
) -> Vec<Listed> {
    let mut questions = tokio::task::JoinSet::new();
    for list in lists {
        let names: Vec<(String, String)> = match list.kind {
            ListKind::Ip => client
                .map(|ip| (ip_query(ip, &list.zone), ip.to_canonical().to_string()))
                .into_iter()
                .collect(),
            ListKind::Domain => domains
                .iter()
                .map(|d| (format!("{d}.{}", list.zone), d.clone()))
                .collect(),
        };
        for (name, what) in names {
            let dns = dns.clone();
            let list = list.clone();
            questions.spawn(async move {
                match dns.ipv4(&name).await {
                    Ok(answer) if is_listing(&answer) => Some((list, what)),
                    Ok(_) => None,
                    Err(e) => {
                        tracing::debug!(error = %e, name, "a blocklist question failed");
                        None
                    }
                }
            });
        }
    }
    let mut listed: Vec<Listed> = Vec::new();
    let mut seen = BTreeSet::new();
    while let Some(answer) = questions.join_next().await {
        let Ok(Some((list, what))) = answer else {
            continue;
        };
        tracing::info!(zone = %list.zone, listed = %what, "blocklist hit");
        // One hit per list, however many of a message's domains it lists.
        if !seen.insert(list.id) {
            continue;
        }
        let prefix = match list.kind {
            ListKind::Ip => "RBL",
            ListKind::Domain => "URIBL",
        };
        listed.push(Listed {
            hit: Hit::new(
                format!("{prefix}_{}", list.zone),
                match list.action {
                    ListAction::Score => list.score,
                    ListAction::Reject => 0.0,
                },
            ),
            refusal: (list.action == ListAction::Reject)
                .then(|| format!("554 5.7.1 Refused: {what} is listed by {}", list.zone)),
        });
    }
    listed.sort_by(|a, b| a.hit.name.cmp(&b.hit.name));
    listed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_reverse_the_address() {
        assert_eq!(
            ip_query("192.0.2.7".parse().unwrap(), "bl.test"),
            "7.2.0.192.bl.test"
        );
        assert_eq!(
            ip_query("::ffff:192.0.2.7".parse().unwrap(), "bl.test"),
            "7.2.0.192.bl.test"
        );
        let v6 = ip_query("2001:db8::1".parse().unwrap(), "bl.test");
        assert!(
            v6.starts_with("1.0.0.0.0.0.0.0.") && v6.ends_with(".8.b.d.0.1.0.0.2.bl.test"),
            "{v6}"
        );
    }

    #[test]
    fn only_loopback_answers_list_and_refusals_do_not() {
        let ip = |s: &str| s.parse::<std::net::Ipv4Addr>().unwrap();
        assert!(is_listing(&[ip("127.0.0.2")]));
        assert!(!is_listing(&[ip("127.255.255.254")]));
        assert!(!is_listing(&[ip("10.0.0.2")]));
        assert!(!is_listing(&[]));
    }

    #[test]
    fn link_domains_come_with_their_parent() {
        let found = link_domains(
            b"see HTTP://www.Spam.example/x?y and https://spam.example. or http://192.0.2.1/ and mailto:a@b.test",
        );
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            ["spam.example", "www.spam.example"]
        );
    }
}
