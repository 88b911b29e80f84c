//! IP address groups: named lists of addresses, ranges, networks and other groups, as relay
//! control and the SMTP security options refer to them. Server administrators manage them;
//! nesting may not form a cycle, and a group still in use cannot be deleted.

use std::collections::{BTreeSet, HashMap};
use std::net::IpAddr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::access::Principal;
use crate::audit::{self, Place};
use crate::error::{CoreError, CoreResult};
use crate::ids::IpGroupId;
use crate::names;
use crate::net::{self, IpNet};

const MAX_ENTRIES: usize = 1000;
const MAX_GROUPS: i64 = 1000;

/// One member of a group: `value` (an address `192.0.2.7`, a network `10.0.0.0/8` or
/// `2001:db8::/32`, or a range `192.0.2.1-192.0.2.9`) or another group's `groupId`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IpEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<IpGroupId>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IpGroup {
    pub id: IpGroupId,
    pub name: String,
    pub description: String,
    pub entries: Vec<IpEntry>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A group as created or replaced (PUT replaces every member).
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IpGroupInput {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub entries: Vec<IpEntry>,
}

/// A parsed member.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Rule {
    Network(IpNet),
    Range(IpAddr, IpAddr),
}

pub(crate) fn parse_value(value: &str, field: &str) -> CoreResult<Rule> {
    let bad = || {
        CoreError::invalid(
            field.to_string(),
            "invalid_ip",
            "an address, a network (address/bits) or a range (first-last) of one family",
        )
    };
    let value = value.trim();
    // Clients are matched by their IPv4 form, so an IPv4-mapped entry would never match.
    let mapped = |ip: &IpAddr| matches!(ip, IpAddr::V6(v6) if v6.to_ipv4_mapped().is_some());
    let ipv4_mapped = || {
        CoreError::invalid(
            field.to_string(),
            "ipv4_mapped",
            "write IPv4-mapped IPv6 addresses in their IPv4 form",
        )
    };
    if let Some((from, to)) = value.split_once('-') {
        let from: IpAddr = from.trim().parse().map_err(|_| bad())?;
        let to: IpAddr = to.trim().parse().map_err(|_| bad())?;
        if mapped(&from) || mapped(&to) {
            return Err(ipv4_mapped());
        }
        let ordered = match (from, to) {
            (IpAddr::V4(a), IpAddr::V4(b)) => a <= b,
            (IpAddr::V6(a), IpAddr::V6(b)) => a <= b,
            _ => false,
        };
        return if ordered {
            Ok(Rule::Range(from, to))
        } else {
            Err(bad())
        };
    }
    let network = net::parse_network(value).ok_or_else(bad)?;
    if mapped(&network.addr()) {
        return Err(ipv4_mapped());
    }
    Ok(Rule::Network(network))
}

fn in_range(ip: IpAddr, from: IpAddr, to: IpAddr) -> bool {
    match (ip.to_canonical(), from, to) {
        (IpAddr::V4(x), IpAddr::V4(a), IpAddr::V4(b)) => a <= x && x <= b,
        (IpAddr::V6(x), IpAddr::V6(a), IpAddr::V6(b)) => a <= x && x <= b,
        _ => false,
    }
}

/// A group with its nested groups flattened, ready to test addresses against.
#[derive(Debug, Clone, Default)]
pub struct IpMatcher {
    rules: Vec<Rule>,
}

impl IpMatcher {
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.rules.iter().any(|rule| match *rule {
            Rule::Network(ref network) => net::network_contains(network, ip),
            Rule::Range(from, to) => in_range(ip, from, to),
        })
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    name: String,
    description: String,
    entries: sqlx::types::Json<Vec<IpEntry>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Row {
    fn into_group(self) -> IpGroup {
        IpGroup {
            id: IpGroupId(self.id),
            name: self.name,
            description: self.description,
            entries: self.entries.0,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

const SELECT: &str = "SELECT id, name, description, entries, created_at, updated_at FROM ip_groups";

pub async fn list(pool: &PgPool, principal: &Principal) -> CoreResult<Vec<IpGroup>> {
    principal.require_server_admin()?;
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} ORDER BY lower(name), id LIMIT {MAX_GROUPS}"
    ))
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Row::into_group).collect())
}

pub async fn get(pool: &PgPool, principal: &Principal, id: IpGroupId) -> CoreResult<IpGroup> {
    principal.require_server_admin()?;
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(pool)
        .await?;
    row.map(Row::into_group)
        .ok_or(CoreError::NotFound { kind: "IP group" })
}

/// Checks an input and returns the groups it names.
fn validate(input: &IpGroupInput) -> CoreResult<(String, String, Vec<Uuid>)> {
    let name = names::display_name(&input.name, "name")?;
    let description = names::free_text(&input.description, "description", names::MAX_DESCRIPTION)?;
    if input.entries.len() > MAX_ENTRIES {
        return Err(CoreError::invalid(
            "entries",
            "too_many",
            format!("at most {MAX_ENTRIES} entries"),
        ));
    }
    let mut nested = BTreeSet::new();
    for (i, entry) in input.entries.iter().enumerate() {
        names::free_text(&entry.description, "description", names::MAX_DESCRIPTION)?;
        match (&entry.value, entry.group_id) {
            (Some(value), None) => {
                parse_value(value, &format!("entries[{i}].value"))?;
            }
            (None, Some(group)) => {
                nested.insert(group.0);
            }
            _ => {
                return Err(CoreError::invalid(
                    format!("entries[{i}]"),
                    "invalid_entry",
                    "an entry has either a value or a groupId",
                ));
            }
        }
    }
    Ok((name, description, nested.into_iter().collect()))
}

/// Refuses members that do not exist or that would make `id` contain itself.
async fn check_nesting(conn: &mut PgConnection, id: Uuid, nested: &[Uuid]) -> CoreResult<()> {
    let all: Vec<(Uuid, Vec<Uuid>)> = sqlx::query_as("SELECT id, nested FROM ip_groups FOR UPDATE")
        .fetch_all(&mut *conn)
        .await?;
    let graph: HashMap<Uuid, Vec<Uuid>> = all.into_iter().collect();
    for n in nested {
        if !graph.contains_key(n) && *n != id {
            return Err(CoreError::invalid(
                "entries",
                "unknown_group",
                format!("there is no IP group {n}"),
            ));
        }
    }
    // Walk down from the new members: reaching `id` means a cycle.
    let mut stack: Vec<Uuid> = nested.to_vec();
    let mut seen = BTreeSet::new();
    while let Some(g) = stack.pop() {
        if g == id {
            return Err(CoreError::invalid(
                "entries",
                "cycle",
                "an IP group cannot contain itself, directly or through other groups",
            ));
        }
        if seen.insert(g) {
            stack.extend(graph.get(&g).into_iter().flatten().copied());
        }
    }
    Ok(())
}

fn conflict_on_name(e: sqlx::Error) -> CoreError {
    CoreError::unique_violation(
        e,
        "already_exists",
        "name",
        "an IP group with this name exists",
    )
}

pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    input: IpGroupInput,
) -> CoreResult<IpGroup> {
    principal.may_change_server_settings()?;
    let (name, description, nested) = validate(&input)?;
    let id = Uuid::now_v7();
    let mut tx = pool.begin().await?;
    check_nesting(&mut tx, id, &nested).await?;
    let row: Row = sqlx::query_as(
        "INSERT INTO ip_groups (id, name, description, entries, nested) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, name, description, entries, created_at, updated_at",
    )
    .bind(id)
    .bind(&name)
    .bind(&description)
    .bind(sqlx::types::Json(&input.entries))
    .bind(&nested)
    .fetch_one(&mut *tx)
    .await
    .map_err(conflict_on_name)?;
    record(
        &mut tx,
        principal,
        "ip_group.create",
        id,
        serde_json::json!({"name": name, "entries": input.entries}),
    )
    .await?;
    crate::settings::announce(&mut tx, "ip_groups").await?;
    tx.commit().await?;
    crate::settings::changed_here();
    Ok(row.into_group())
}

pub async fn replace(
    pool: &PgPool,
    principal: &Principal,
    id: IpGroupId,
    input: IpGroupInput,
) -> CoreResult<IpGroup> {
    principal.may_change_server_settings()?;
    let (name, description, nested) = validate(&input)?;
    let mut tx = pool.begin().await?;
    check_nesting(&mut tx, id.0, &nested).await?;
    let row: Option<Row> = sqlx::query_as(
        "UPDATE ip_groups SET name = $2, description = $3, entries = $4, nested = $5, updated_at = now()
         WHERE id = $1 RETURNING id, name, description, entries, created_at, updated_at",
    )
    .bind(id.0)
    .bind(&name)
    .bind(&description)
    .bind(sqlx::types::Json(&input.entries))
    .bind(&nested)
    .fetch_optional(&mut *tx)
    .await
    .map_err(conflict_on_name)?;
    let row = row.ok_or(CoreError::NotFound { kind: "IP group" })?;
    record(
        &mut tx,
        principal,
        "ip_group.update",
        id.0,
        serde_json::json!({"name": name, "entries": input.entries}),
    )
    .await?;
    crate::settings::announce(&mut tx, "ip_groups").await?;
    tx.commit().await?;
    crate::settings::changed_here();
    Ok(row.into_group())
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: IpGroupId) -> CoreResult<()> {
    principal.may_change_server_settings()?;
    let mut tx = pool.begin().await?;
    let used_by: Option<String> =
        sqlx::query_scalar("SELECT name FROM ip_groups WHERE $1 = ANY(nested) FOR UPDATE LIMIT 1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some(other) = used_by {
        return Err(CoreError::conflict(
            "in_use",
            format!("the IP group is a member of the group {other}"),
        ));
    }
    let smtp: crate::settings::SmtpSecurity =
        crate::settings::read_in(&mut tx, "smtp_security").await?;
    if smtp.exempt_group_id == Some(id) || smtp.relay_group_id == Some(id) {
        return Err(CoreError::conflict(
            "in_use",
            "the SMTP settings use this IP group",
        ));
    }
    if let Some(service) = crate::services::using_group(&mut tx, id).await? {
        return Err(CoreError::conflict(
            "in_use",
            format!("the {} service admits only this IP group", service.as_str()),
        ));
    }
    let deleted = sqlx::query("DELETE FROM ip_groups WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    if deleted.rows_affected() == 0 {
        return Err(CoreError::NotFound { kind: "IP group" });
    }
    record(
        &mut tx,
        principal,
        "ip_group.delete",
        id.0,
        serde_json::json!({}),
    )
    .await?;
    crate::settings::announce(&mut tx, "ip_groups").await?;
    tx.commit().await?;
    crate::settings::changed_here();
    Ok(())
}

async fn record(
    conn: &mut PgConnection,
    principal: &Principal,
    action: &str,
    id: Uuid,
    changes: serde_json::Value,
) -> CoreResult<()> {
    let root = vec![crate::tenants::root_in(&mut *conn).await?.0];
    audit::record(
        conn,
        principal,
        action,
        "ip_group",
        Some(id),
        Place {
            tenant_path: &root,
            domain: None,
        },
        changes,
    )
    .await
}

/// The group `id` with every nested group flattened in (an unknown id matches nothing).
pub async fn matcher(pool: &PgPool, id: IpGroupId) -> CoreResult<IpMatcher> {
    let all: Vec<(Uuid, sqlx::types::Json<Vec<IpEntry>>)> =
        sqlx::query_as("SELECT id, entries FROM ip_groups")
            .fetch_all(pool)
            .await?;
    let groups: HashMap<Uuid, Vec<IpEntry>> = all.into_iter().map(|(i, e)| (i, e.0)).collect();
    let mut rules = Vec::new();
    let mut stack = vec![id.0];
    let mut seen = BTreeSet::new();
    while let Some(g) = stack.pop() {
        if !seen.insert(g) {
            continue;
        }
        for entry in groups.get(&g).into_iter().flatten() {
            match (&entry.value, entry.group_id) {
                (Some(v), _) => {
                    if let Ok(rule) = parse_value(v, "value") {
                        rules.push(rule);
                    }
                }
                (None, Some(nested)) => stack.push(nested.0),
                (None, None) => {}
            }
        }
    }
    Ok(IpMatcher { rules })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn values_parse_and_match() {
        let m = IpMatcher {
            rules: vec![
                parse_value("10.0.0.0/8", "v").unwrap(),
                parse_value("192.0.2.10-192.0.2.20", "v").unwrap(),
                parse_value("2001:db8::1", "v").unwrap(),
            ],
        };
        assert!(m.contains(ip("10.1.2.3")));
        assert!(m.contains(ip("::ffff:10.9.9.9")));
        assert!(m.contains(ip("192.0.2.15")));
        assert!(!m.contains(ip("192.0.2.21")));
        assert!(m.contains(ip("2001:db8::1")));
        assert!(!m.contains(ip("2001:db8::2")));
        assert!(parse_value("192.0.2.20-192.0.2.10", "v").is_err());
        assert!(parse_value("10.0.0.1-2001:db8::1", "v").is_err());
        assert!(parse_value("10.0.0.0/33", "v").is_err());
        assert!(parse_value("nonsense", "v").is_err());
        for mapped in [
            "::ffff:10.0.0.1",
            "::ffff:10.0.0.0/104",
            "::ffff:10.0.0.1-::ffff:10.0.0.9",
        ] {
            assert!(matches!(
                parse_value(mapped, "v"),
                Err(CoreError::Invalid {
                    code: "ipv4_mapped",
                    ..
                })
            ));
        }
    }
}
