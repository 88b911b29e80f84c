//! The attachment filter (Kerio's Attachment Filter): an ordered list of rules for the server
//! and one per domain, each a file name pattern (`*.exe`, `*.pdf.exe`) or a MIME type
//! (`application/x-msdownload`, `application/*`) with what to do with a match: refuse the
//! message, remove the attachment (a short notice takes its place), or accept it (no later
//! rule looks at it). Names are compared case-insensitively, RFC 2231 / RFC 2047 decoded; a
//! file's real type is read from its first bytes (the `infer` crate), so an executable named
//! `invoice.pdf` is still an executable.

use std::collections::HashMap;

use mail_parser::{MessageParser, MimeHeaders, PartType};
use postbay_core::access::{Access, Principal};
use postbay_core::audit::{self, Place};
use postbay_core::ids::{AttachmentRuleId, DomainId};
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::ordered::{self, OrderedTable};

/// Most rules in one list.
const MAX_RULES: i64 = 200;
/// Most attachments of one message looked at.
const MAX_PARTS: usize = 100;

/// What a matching rule does with an attachment.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, sqlx::Type, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
#[sqlx(type_name = "text", rename_all = "lowercase")]
pub enum AttachmentAction {
    /// The whole message is refused at SMTP (`554 5.7.1`).
    Block,
    /// The attachment is removed; a text part saying so takes its place.
    Remove,
    /// The attachment is kept; no later rule looks at it.
    Accept,
}

/// An attachment rule.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentRule {
    pub id: AttachmentRuleId,
    /// The domain whose list it is in; absent for the server's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_id: Option<DomainId>,
    /// Its place in its list, from 0.
    pub position: i32,
    /// A file name pattern (`*` any run, `?` one character) or, with a `/`, a MIME type
    /// (`application/*`).
    pub pattern: String,
    pub action: AttachmentAction,
    pub description: String,
    pub enabled: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// An attachment rule to add.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewAttachmentRule {
    /// The domain whose list it joins (its administrators manage it); absent: the server's.
    pub domain_id: Option<DomainId>,
    /// Its place, from 0; absent: at the end.
    pub position: Option<i32>,
    #[schema(max_length = 255)]
    pub pattern: String,
    pub action: AttachmentAction,
    #[serde(default)]
    #[schema(max_length = 255)]
    pub description: String,
    #[serde(default = "on")]
    pub enabled: bool,
}

fn on() -> bool {
    true
}

/// A list of attachment rules, in order: all of it (at most 200).
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentRulePage {
    pub items: Vec<AttachmentRule>,
    /// Never present: a list is one page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

/// Whose attachment rules to list.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AttachmentRuleScope {
    /// A domain's list; absent: the server's.
    pub domain_id: Option<DomainId>,
}

/// `pattern` checked and lower-cased, with its compiled form.
fn compile(pattern: &str) -> CoreResult<(String, regex::Regex)> {
    let pattern = pattern.trim().to_lowercase();
    let invalid = |message: &'static str| CoreError::invalid("pattern", "invalid_pattern", message);
    if pattern.is_empty() || pattern.chars().count() > 255 || pattern.chars().any(char::is_control)
    {
        return Err(invalid("1 to 255 characters, no control characters"));
    }
    if pattern.contains('\\') {
        return Err(invalid("a file name or a MIME type, without `\\`"));
    }
    if let Some((kind, sub)) = pattern.split_once('/') {
        let token = |t: &str| {
            !t.is_empty()
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$&^_.+-*".contains(c))
        };
        if !token(kind) || !token(sub) {
            return Err(invalid(
                "a MIME type such as `application/x-msdownload` or `application/*`",
            ));
        }
    }
    let mut re = String::from("^");
    for c in pattern.chars() {
        match c {
            '*' => re.push_str(".*"),
            '?' => re.push('.'),
            c => re.push_str(&regex::escape(&c.to_string())),
        }
    }
    re.push('$');
    let compiled = regex::RegexBuilder::new(&re)
        .size_limit(256 * 1024)
        .build()
        .map_err(|_| invalid("too complex"))?;
    Ok((pattern, compiled))
}

const TABLE: OrderedTable = OrderedTable("attachment_rules");

const COLUMNS: &str = "id, domain_id, position, pattern, action, description, enabled, created_at";

pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    scope: &AttachmentRuleScope,
) -> CoreResult<AttachmentRulePage> {
    let mut conn = pool.acquire().await?;
    ordered::authorize(&mut conn, principal, scope.domain_id, Access::Read).await?;
    let items = TABLE.rows(&mut conn, COLUMNS, scope.domain_id).await?;
    Ok(AttachmentRulePage {
        items,
        next_cursor: None,
    })
}

/// Adds a rule; every process applies it within seconds.
pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    new: NewAttachmentRule,
) -> CoreResult<AttachmentRule> {
    let mut tx = pool.begin().await?;
    let path = ordered::authorize(&mut tx, principal, new.domain_id, Access::Write).await?;
    let (pattern, _) = compile(&new.pattern)?;
    let description = postbay_core::names::free_text(&new.description, "description", 255)?;
    let position = TABLE
        .make_room(&mut tx, new.domain_id, new.position, MAX_RULES, "pattern")
        .await?;
    let rule: AttachmentRule = sqlx::query_as(&format!(
        "INSERT INTO attachment_rules (id, domain_id, position, pattern, action, description, enabled) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {COLUMNS}"
    ))
    .bind(AttachmentRuleId::new())
    .bind(new.domain_id)
    .bind(position)
    .bind(&pattern)
    .bind(new.action)
    .bind(&description)
    .bind(new.enabled)
    .fetch_one(&mut *tx)
    .await?;
    changed(&mut tx, principal, "attachmentRule.create", &rule, &path).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(rule)
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: AttachmentRuleId) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let find = async |conn: &mut PgConnection| -> CoreResult<AttachmentRule> {
        sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM attachment_rules WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound {
            kind: "attachment rule",
        })
    };
    let rule = find(&mut tx).await?;
    let path = ordered::authorize(&mut tx, principal, rule.domain_id, Access::Write).await?;
    // The list's lock first (as creates take it), then the row as it is now.
    TABLE.lock(&mut tx, rule.domain_id).await?;
    let rule = find(&mut tx).await?;
    sqlx::query("DELETE FROM attachment_rules WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    TABLE.close(&mut tx, rule.domain_id, rule.position).await?;
    changed(&mut tx, principal, "attachmentRule.delete", &rule, &path).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(())
}

async fn changed(
    conn: &mut PgConnection,
    principal: &Principal,
    action: &str,
    rule: &AttachmentRule,
    path: &[Uuid],
) -> CoreResult<()> {
    audit::record(
        &mut *conn,
        principal,
        action,
        "attachment rule",
        Some(rule.id.0),
        Place {
            tenant_path: path,
            domain: rule.domain_id,
        },
        serde_json::json!({"pattern": rule.pattern, "action": rule.action,
                           "position": rule.position, "enabled": rule.enabled}),
    )
    .await?;
    postbay_core::settings::announce(conn, "attachment_rules").await
}

/// A rule ready to run.
struct Compiled {
    /// Matches MIME types (the pattern has a `/`), else file names.
    by_type: bool,
    pattern: regex::Regex,
    action: AttachmentAction,
}

/// Every list's enabled rules, compiled.
#[derive(Default)]
pub(crate) struct AttachmentRules {
    server: Vec<Compiled>,
    domains: HashMap<DomainId, Vec<Compiled>>,
}

/// What the filter does with a message's attachments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AttachmentVerdict {
    /// Nothing to do.
    Keep,
    /// A `block` rule matched this attachment (its name, or its type when it has none).
    Refuse(String),
    /// `remove` rules matched: the message without them, and their names.
    Stripped(Vec<u8>, Vec<String>),
}

impl AttachmentRules {
    pub(crate) async fn load(pool: &PgPool) -> CoreResult<Self> {
        let rows: Vec<AttachmentRule> = sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM attachment_rules WHERE enabled \
             ORDER BY domain_id NULLS FIRST, position, id"
        ))
        .fetch_all(pool)
        .await?;
        let mut set = Self::default();
        for rule in rows {
            let Ok((pattern, compiled)) = compile(&rule.pattern) else {
                continue;
            };
            let compiled = Compiled {
                by_type: pattern.contains('/'),
                pattern: compiled,
                action: rule.action,
            };
            match rule.domain_id {
                None => set.server.push(compiled),
                Some(d) => set.domains.entry(d).or_default().push(compiled),
            }
        }
        Ok(set)
    }

    /// The domains with rules of their own.
    pub(crate) fn domains(&self) -> impl Iterator<Item = DomainId> + '_ {
        self.domains.keys().copied()
    }

    /// Applies the server's rules, then `domain`'s, to each attachment of `content`.
    pub(crate) fn check(&self, domain: Option<DomainId>, content: &[u8]) -> AttachmentVerdict {
        let rules: Vec<&Compiled> = self
            .server
            .iter()
            .chain(
                domain
                    .and_then(|d| self.domains.get(&d))
                    .into_iter()
                    .flatten(),
            )
            .collect();
        if rules.is_empty() {
            return AttachmentVerdict::Keep;
        }
        let Some(message) = MessageParser::default().parse(content) else {
            return AttachmentVerdict::Keep;
        };
        if message.attachment_count() > MAX_PARTS {
            // More than is looked at: refused rather than let through unread.
            return AttachmentVerdict::Refuse(format!("(more than {MAX_PARTS} attachments)"));
        }
        let mut removed: Vec<(usize, usize, String)> = Vec::new();
        for part in message.attachments() {
            let Some((action, shown)) = judge(&rules, part, 0) else {
                continue;
            };
            match action {
                AttachmentAction::Block => return AttachmentVerdict::Refuse(shown),
                AttachmentAction::Remove => {
                    removed.push((part.offset_header as usize, part.offset_end as usize, shown))
                }
                AttachmentAction::Accept => {}
            }
        }
        if removed.is_empty() {
            return AttachmentVerdict::Keep;
        }
        if let Some((_, _, name)) = removed.iter().find(|(start, _, _)| *start == 0) {
            // The message is the attachment (a single part): its own header stays, its body
            // becomes the notice.
            let name = name.clone();
            let (fields, _) = postbay_mailbox::message::split_message(content);
            let mut out = Vec::with_capacity(1024);
            for field in &fields {
                if !field.is_content() && !field.is("MIME-Version") {
                    out.extend_from_slice(field.raw);
                }
            }
            out.extend_from_slice(b"MIME-Version: 1.0\r\n");
            out.extend_from_slice(notice(&name).as_bytes());
            return AttachmentVerdict::Stripped(out, vec![name]);
        }
        let mut out = Vec::with_capacity(content.len());
        let mut at = 0;
        removed.sort_by_key(|(start, _, _)| *start);
        let mut names = Vec::new();
        for (start, end, name) in removed {
            if start < at || end > content.len() || start > end {
                // Offsets out of step with the message: it cannot be cut safely, so it is
                // refused rather than passed on with the attachment.
                return AttachmentVerdict::Refuse(name);
            }
            out.extend_from_slice(&content[at..start]);
            out.extend_from_slice(notice(&name).as_bytes());
            at = end;
            names.push(name);
        }
        out.extend_from_slice(&content[at..]);
        AttachmentVerdict::Stripped(out, names)
    }
}

/// How deep attached messages are opened.
const MAX_DEPTH: usize = 3;

/// What the first matching rule does with `part`, and the name shown for it. An attached
/// message (`message/rfc822`) is judged by what it carries as well: the strictest of its
/// attachments' actions is the whole part's.
fn judge(
    rules: &[&Compiled],
    part: &mail_parser::MessagePart<'_>,
    depth: usize,
) -> Option<(AttachmentAction, String)> {
    let name = part.attachment_name().unwrap_or_default().to_lowercase();
    let declared = part
        .content_type()
        .map(|ct| {
            format!(
                "{}/{}",
                ct.c_type,
                ct.c_subtype.as_deref().unwrap_or_default()
            )
            .to_lowercase()
        })
        .unwrap_or_default();
    let shown = if name.is_empty() {
        declared.clone()
    } else {
        name.clone()
    };
    let bytes: &[u8] = match &part.body {
        PartType::Binary(b) | PartType::InlineBinary(b) => b,
        PartType::Text(t) | PartType::Html(t) => t.as_bytes(),
        _ => &[],
    };
    // What its first bytes say it is.
    let real = infer::get(bytes);
    let real_name = real.map(|k| format!("file.{}", k.extension()));
    let own = rules.iter().find_map(|rule| {
        let hit = if rule.by_type {
            rule.pattern.is_match(&declared)
                || real.is_some_and(|k| rule.pattern.is_match(k.mime_type()))
        } else {
            (!name.is_empty() && rule.pattern.is_match(&name))
                || real_name
                    .as_deref()
                    .is_some_and(|n| rule.pattern.is_match(n))
        };
        hit.then_some(rule.action)
    });
    if own.is_some() {
        return own.map(|a| (a, shown));
    }
    let PartType::Message(inner) = &part.body else {
        return None;
    };
    if depth >= MAX_DEPTH || inner.attachment_count() > MAX_PARTS {
        return Some((AttachmentAction::Block, shown));
    }
    let mut strictest: Option<(AttachmentAction, String)> = None;
    for nested in inner.attachments() {
        match judge(rules, nested, depth + 1) {
            Some((AttachmentAction::Block, inside)) => {
                return Some((AttachmentAction::Block, format!("{shown}: {inside}")));
            }
            Some((AttachmentAction::Remove, inside)) if strictest.is_none() => {
                strictest = Some((AttachmentAction::Remove, format!("{shown}: {inside}")));
            }
            _ => {}
        }
    }
    strictest
}

/// The text part put where an attachment was.
fn notice(name: &str) -> String {
    let shown: String = name
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(100)
        .collect();
    format!(
        "Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: inline\r\n\
         Content-Transfer-Encoding: 8bit\r\n\r\n\
         The attachment \"{shown}\" was removed by the mail server's attachment filter.\r\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(list: &[(&str, AttachmentAction)]) -> AttachmentRules {
        AttachmentRules {
            server: list
                .iter()
                .map(|(p, action)| {
                    let (p, pattern) = compile(p).unwrap();
                    Compiled {
                        by_type: p.contains('/'),
                        pattern,
                        action: *action,
                    }
                })
                .collect(),
            ..AttachmentRules::default()
        }
    }

    fn message(name: &str, data: &str) -> Vec<u8> {
        format!(
            "Subject: files\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n\
             --b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n\
             --b\r\nContent-Type: application/octet-stream; name=\"{name}\"\r\n\
             Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{data}\r\n\
             --b--\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn patterns_are_checked() {
        assert!(compile("*.EXE").is_ok());
        assert!(compile("application/*").is_ok());
        assert!(compile("").is_err());
        assert!(compile("app lication/x").is_err());
        assert!(compile("a\\b").is_err());
    }

    #[test]
    fn an_executable_is_removed_with_a_notice_and_the_rest_kept() {
        // "MZ" and enough of a PE header for infer: base64 of "MZ" + padding.
        let m = message("Tool.EXE", "TVqQAAMAAAAEAAAA");
        let set = rules(&[("*.exe", AttachmentAction::Remove)]);
        let AttachmentVerdict::Stripped(out, names) = set.check(None, &m) else {
            panic!("not stripped");
        };
        assert_eq!(names, vec!["tool.exe"]);
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("See attached."), "{text}");
        assert!(
            text.contains("The attachment \"tool.exe\" was removed"),
            "{text}"
        );
        assert!(!text.contains("TVqQ"), "{text}");
        assert!(text.ends_with("--b--\r\n"), "{text}");
        // The result is still a message with two parts.
        let parsed = MessageParser::default().parse(text.as_bytes()).unwrap();
        assert_eq!(parsed.parts.len(), 3);
    }

    #[test]
    fn a_message_that_is_the_attachment_keeps_its_header() {
        let m = b"From: a@b.test\r\nSubject: tool\r\nMIME-Version: 1.0\r\n\
Content-Type: application/octet-stream; name=\"tool.exe\"\r\nContent-Transfer-Encoding: base64\r\n\r\nTVqQAAMAAAAEAAAA\r\n";
        let set = rules(&[("*.exe", AttachmentAction::Remove)]);
        let AttachmentVerdict::Stripped(out, _) = set.check(None, m) else {
            panic!("not stripped");
        };
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with(
                "From: a@b.test\r\nSubject: tool\r\nMIME-Version: 1.0\r\nContent-Type: text/plain"
            ),
            "{text}"
        );
        assert!(
            !text.contains("TVqQ") && !text.contains("octet-stream"),
            "{text}"
        );
    }

    #[test]
    fn an_attached_message_is_judged_by_what_it_carries() {
        let inner = String::from_utf8(message("tool.exe", "TVqQAAMAAAAEAAAA")).unwrap();
        let m = format!(
            "Subject: fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"o\"\r\n\r\n\
             --o\r\nContent-Type: text/plain\r\n\r\nForwarded.\r\n\
             --o\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--o--\r\n"
        );
        let block = rules(&[("*.exe", AttachmentAction::Block)]);
        assert!(
            matches!(block.check(None, m.as_bytes()), AttachmentVerdict::Refuse(n) if n.ends_with("tool.exe"))
        );
        let remove = rules(&[("*.exe", AttachmentAction::Remove)]);
        let AttachmentVerdict::Stripped(out, _) = remove.check(None, m.as_bytes()) else {
            panic!("not stripped");
        };
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("Forwarded.") && !text.contains("TVqQ") && text.ends_with("--o--\r\n"),
            "{text}"
        );
    }

    #[test]
    fn the_first_matching_rule_decides_and_magic_bytes_count() {
        let exe_as_pdf = message("invoice.pdf", "TVqQAAMAAAAEAAAA");
        let block = rules(&[("*.exe", AttachmentAction::Block)]);
        assert_eq!(
            block.check(None, &exe_as_pdf),
            AttachmentVerdict::Refuse("invoice.pdf".into())
        );
        let accept_first = rules(&[
            ("invoice.*", AttachmentAction::Accept),
            ("*.exe", AttachmentAction::Block),
        ]);
        assert_eq!(
            accept_first.check(None, &exe_as_pdf),
            AttachmentVerdict::Keep
        );
        let by_type = rules(&[("application/octet-stream", AttachmentAction::Block)]);
        assert!(matches!(
            by_type.check(None, &exe_as_pdf),
            AttachmentVerdict::Refuse(_)
        ));
        let plain = message("notes.txt", "aGVsbG8=");
        assert_eq!(block.check(None, &plain), AttachmentVerdict::Keep);
    }
}
