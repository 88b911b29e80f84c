//! Custom rules (Kerio's Custom Rules tab): an ordered list for the server and one per domain,
//! run top-down on mail from other servers. A rule tests one part of the message (a header,
//! the envelope sender or recipients with their header fields, the body text, the size, the
//! attachment names) and adds a score, marks the message as spam or as not spam, refuses or
//! discards it; `notSpam`, `spam`, `reject` and `discard` end the list, as does `stop`.
//! Every rule is checked when it is saved: a pattern that does not compile, a test that makes
//! no sense for its target, is refused naming the field.

use postbay_core::access::{Access, Principal};
use postbay_core::audit::{self, Place};
use postbay_core::ids::{DomainId, SpamRuleId};
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use crate::ordered::{self, OrderedTable};

/// Most rules in one list (the server's, or one domain's).
pub const MAX_RULES: i64 = 200;
/// The longest value a rule tests with.
const MAX_VALUE: usize = 1000;
/// The most memory a compiled pattern may take: patterns stay small and linear-time.
const MAX_PATTERN_BYTES: usize = 256 * 1024;

/// What part of a message a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum RuleTarget {
    /// The header field named by `header` (every occurrence).
    Header,
    /// The envelope sender and the `From` field, as Kerio compares them.
    From,
    /// The envelope recipients and the `To` and `Cc` fields.
    To,
    /// The text of the body (text parts, HTML as text), at most 512 KiB of it.
    Body,
    /// The message size in bytes.
    Size,
    /// The file names of the attachments.
    AttachmentName,
}

/// How a rule tests its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum RuleTest {
    /// Contains `value`, case-insensitively.
    Contains,
    /// Matches the regular expression `value` (case-insensitive, linear-time).
    Matches,
    /// The header field is present.
    Exists,
    /// The header field is absent.
    Missing,
    /// The header field is present with nothing in it.
    IsEmpty,
    /// One of its addresses is `value`.
    ContainsAddress,
    /// One of its addresses is in the domain `value`.
    ContainsDomain,
    /// Larger than `value` bytes.
    Above,
}

/// What a matching rule does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum RuleAction {
    /// Adds `score` (negative protects a sender) and goes on, unless `stop`.
    Score,
    /// The message is spam: at least the tag score. Ends the list.
    Spam,
    /// The message is not spam, whatever else scores it: never tagged or blocked. Ends the list.
    NotSpam,
    /// Refused at SMTP with `550 5.7.1`. Ends the list.
    Reject,
    /// Accepted and dropped. Ends the list.
    Discard,
}

/// A custom rule.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SpamRule {
    pub id: SpamRuleId,
    /// The domain whose list it is in; absent for the server's list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_id: Option<DomainId>,
    /// Its place in its list, from 0: rules run in this order.
    pub position: i32,
    /// Named in `X-Spam-Status` when it hits: letters, digits, `_`, `-`, `.`.
    pub name: String,
    pub description: String,
    pub enabled: bool,
    #[sqlx(try_from = "String")]
    pub target: RuleTarget,
    /// The header field tested (with `target: header`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    #[sqlx(try_from = "String")]
    pub test: RuleTest,
    pub value: String,
    #[sqlx(try_from = "String")]
    pub action: RuleAction,
    /// Added with `action: score`: -100 to 100.
    pub score: f64,
    /// With `action: score`: the rules below are not run when this one hits.
    pub stop: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A rule to add.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewSpamRule {
    /// The domain whose list it joins (its administrators manage it); absent: the server's.
    pub domain_id: Option<DomainId>,
    /// Its place, from 0; the rules from there move down. Absent: at the end.
    pub position: Option<i32>,
    #[schema(max_length = 64)]
    pub name: String,
    #[serde(default)]
    #[schema(max_length = 255)]
    pub description: String,
    #[serde(default = "on")]
    pub enabled: bool,
    pub target: RuleTarget,
    /// Required with `target: header`: the field name, without the colon.
    pub header: Option<String>,
    pub test: RuleTest,
    /// What is looked for; not used by `exists`, `missing` and `isEmpty`. At most 1000
    /// characters; a regular expression for `matches`, a number of bytes for `above`.
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub value: String,
    pub action: RuleAction,
    /// -100 to 100, with `action: score`.
    #[serde(default)]
    #[schema(minimum = -100, maximum = 100)]
    pub score: f64,
    #[serde(default)]
    pub stop: bool,
}

fn on() -> bool {
    true
}

/// Changes to a rule; what is left out stays. The list it is in does not change.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SpamRuleUpdate {
    /// Moves it to this place in its list.
    pub position: Option<i32>,
    #[schema(max_length = 64)]
    pub name: Option<String>,
    #[schema(max_length = 255)]
    pub description: Option<String>,
    pub enabled: Option<bool>,
    pub target: Option<RuleTarget>,
    pub header: Option<String>,
    pub test: Option<RuleTest>,
    #[schema(max_length = 1000)]
    pub value: Option<String>,
    pub action: Option<RuleAction>,
    #[schema(minimum = -100, maximum = 100)]
    pub score: Option<f64>,
    pub stop: Option<bool>,
}

/// Whose rules to list.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SpamRuleScope {
    /// A domain's list; absent: the server's.
    pub domain_id: Option<DomainId>,
}

/// A list of rules, in order: all of it (a list holds at most 200).
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SpamRulePage {
    pub items: Vec<SpamRule>,
    /// Never present: a list is one page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

macro_rules! text_enum {
    ($ty:ty, $($variant:ident => $text:literal),+ $(,)?) => {
        impl $ty {
            pub(crate) fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
        }
        impl TryFrom<String> for $ty {
            type Error = String;
            fn try_from(text: String) -> Result<Self, String> {
                match text.as_str() { $($text => Ok(Self::$variant),)+ other => Err(format!("unknown value {other}")) }
            }
        }
    };
}

text_enum!(RuleTarget, Header => "header", From => "from", To => "to", Body => "body",
    Size => "size", AttachmentName => "attachmentName");
text_enum!(RuleTest, Contains => "contains", Matches => "matches", Exists => "exists",
    Missing => "missing", IsEmpty => "isEmpty", ContainsAddress => "containsAddress",
    ContainsDomain => "containsDomain", Above => "above");
text_enum!(RuleAction, Score => "score", Spam => "spam", NotSpam => "notSpam",
    Reject => "reject", Discard => "discard");

/// A rule's condition and effect, checked.
struct Checked {
    name: String,
    description: String,
    target: RuleTarget,
    header: Option<String>,
    test: RuleTest,
    value: String,
    action: RuleAction,
    score: f64,
}

/// Checks a rule as it would be saved; the value is normalised (a domain or address lower
/// case, a size as digits).
#[allow(clippy::too_many_arguments)]
fn check(
    name: &str,
    description: &str,
    target: RuleTarget,
    header: Option<&str>,
    test: RuleTest,
    value: &str,
    action: RuleAction,
    score: f64,
) -> CoreResult<Checked> {
    if name.is_empty()
        || name.len() > 64
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        return Err(CoreError::invalid(
            "name",
            "invalid_name",
            "1 to 64 letters, digits, `_`, `-` or `.`",
        ));
    }
    let description = postbay_core::names::free_text(description, "description", 255)?;
    let header = match (target, header.map(str::trim)) {
        (RuleTarget::Header, Some(h))
            if !h.is_empty()
                && h.len() <= 76
                && h.bytes().all(|b| b.is_ascii_graphic() && b != b':') =>
        {
            Some(h.to_string())
        }
        (RuleTarget::Header, _) => {
            return Err(CoreError::invalid(
                "header",
                "invalid_header",
                "a header field name (printable ASCII, no colon, at most 76 characters)",
            ));
        }
        (_, None) => None,
        (_, Some(_)) => {
            return Err(CoreError::invalid(
                "header",
                "not_applicable",
                "only with target `header`",
            ));
        }
    };
    use RuleTest::*;
    let fits = match target {
        RuleTarget::Header => matches!(
            test,
            Contains | Matches | Exists | Missing | IsEmpty | ContainsAddress | ContainsDomain
        ),
        RuleTarget::From | RuleTarget::To => {
            matches!(test, Contains | Matches | ContainsAddress | ContainsDomain)
        }
        RuleTarget::Body | RuleTarget::AttachmentName => matches!(test, Contains | Matches),
        RuleTarget::Size => test == Above,
    };
    if !fits {
        return Err(CoreError::invalid(
            "test",
            "invalid_test",
            format!(
                "`{}` does not apply to target `{}`",
                test.as_str(),
                target.as_str()
            ),
        ));
    }
    let value = value.trim();
    if value.chars().count() > MAX_VALUE || value.chars().any(char::is_control) {
        return Err(CoreError::invalid(
            "value",
            "invalid_value",
            "at most 1000 characters, no control characters",
        ));
    }
    let value = match test {
        Exists | Missing | IsEmpty => String::new(),
        _ if value.is_empty() => {
            return Err(CoreError::invalid(
                "value",
                "required",
                "this test needs a value",
            ));
        }
        Matches => {
            pattern(value).map_err(|e| CoreError::invalid("value", "invalid_pattern", e))?;
            value.to_string()
        }
        Above => value
            .parse::<u64>()
            .map_err(|_| CoreError::invalid("value", "invalid_size", "a number of bytes"))?
            .to_string(),
        ContainsAddress => postbay_core::names::EmailAddress::parse(value, "value")?.to_string(),
        ContainsDomain => postbay_core::names::DomainName::parse(value, "value")?
            .as_str()
            .to_string(),
        Contains => value.to_lowercase(),
    };
    if !(score.is_finite() && (-100.0..=100.0).contains(&score)) {
        return Err(CoreError::invalid(
            "score",
            "out_of_range",
            "must be -100 to 100",
        ));
    }
    Ok(Checked {
        name: name.to_string(),
        description,
        target,
        header,
        test,
        value,
        action,
        score,
    })
}

/// `value` compiled as a rule's pattern.
pub(crate) fn pattern(value: &str) -> Result<regex::Regex, String> {
    regex::RegexBuilder::new(value)
        .case_insensitive(true)
        .size_limit(MAX_PATTERN_BYTES)
        .dfa_size_limit(MAX_PATTERN_BYTES)
        .build()
        .map_err(|e| format!("not a regular expression this server runs: {e}"))
}

const TABLE: OrderedTable = OrderedTable("spam_rules");

const COLUMNS: &str = "id, domain_id, position, name, description, enabled, target, header, test, \
    value, action, score, stop, created_at";

/// A list of rules, in order.
pub async fn list(
    pool: &PgPool,
    principal: &Principal,
    scope: &SpamRuleScope,
) -> CoreResult<SpamRulePage> {
    let mut conn = pool.acquire().await?;
    ordered::authorize(&mut conn, principal, scope.domain_id, Access::Read).await?;
    let items = TABLE.rows(&mut conn, COLUMNS, scope.domain_id).await?;
    Ok(SpamRulePage {
        items,
        next_cursor: None,
    })
}

/// Adds a rule to its list; every process runs it within seconds.
pub async fn create(
    pool: &PgPool,
    principal: &Principal,
    new: NewSpamRule,
) -> CoreResult<SpamRule> {
    let mut tx = pool.begin().await?;
    let path = ordered::authorize(&mut tx, principal, new.domain_id, Access::Write).await?;
    let rule = check(
        &new.name,
        &new.description,
        new.target,
        new.header.as_deref(),
        new.test,
        &new.value,
        new.action,
        new.score,
    )?;
    let position = TABLE
        .make_room(&mut tx, new.domain_id, new.position, MAX_RULES, "name")
        .await?;
    let saved: SpamRule = sqlx::query_as(&format!(
        "INSERT INTO spam_rules (id, domain_id, position, name, description, enabled, target, \
         header, test, value, action, score, stop) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING {COLUMNS}"
    ))
    .bind(SpamRuleId::new())
    .bind(new.domain_id)
    .bind(position)
    .bind(&rule.name)
    .bind(&rule.description)
    .bind(new.enabled)
    .bind(rule.target.as_str())
    .bind(&rule.header)
    .bind(rule.test.as_str())
    .bind(&rule.value)
    .bind(rule.action.as_str())
    .bind(rule.score)
    .bind(new.stop)
    .fetch_one(&mut *tx)
    .await?;
    changed(&mut tx, principal, "spamRule.create", &saved, &path).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(saved)
}

/// Changes a rule (and moves it, with `position`).
pub async fn update(
    pool: &PgPool,
    principal: &Principal,
    id: SpamRuleId,
    change: SpamRuleUpdate,
) -> CoreResult<SpamRule> {
    let mut tx = pool.begin().await?;
    let current = find(&mut tx, id).await?;
    let path = ordered::authorize(&mut tx, principal, current.domain_id, Access::Write).await?;
    let header = match (&change.header, change.target) {
        (Some(h), _) => Some(h.as_str()),
        // A rule moved off `header` drops its field name.
        (None, Some(t)) if t != RuleTarget::Header => None,
        (None, _) => current.header.as_deref(),
    };
    let rule = check(
        change.name.as_deref().unwrap_or(&current.name),
        change
            .description
            .as_deref()
            .unwrap_or(&current.description),
        change.target.unwrap_or(current.target),
        header,
        change.test.unwrap_or(current.test),
        change.value.as_deref().unwrap_or(&current.value),
        change.action.unwrap_or(current.action),
        change.score.unwrap_or(current.score),
    )?;
    // The list's lock before the row's: creates lock the list, then shift its rows.
    let count = TABLE.lock(&mut tx, current.domain_id).await?;
    // Read again under the lock: another writer may have moved it meanwhile.
    let current = find(&mut tx, id).await?;
    if let Some(wanted) = change.position {
        let to = ordered::place(Some(wanted), count - 1, "position")?;
        // Out of its place, into the new one (it sits at -1 meanwhile).
        sqlx::query("UPDATE spam_rules SET position = -1 WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        TABLE
            .close(&mut tx, current.domain_id, current.position)
            .await?;
        TABLE.open(&mut tx, current.domain_id, to).await?;
        sqlx::query("UPDATE spam_rules SET position = $2 WHERE id = $1")
            .bind(id)
            .bind(to)
            .execute(&mut *tx)
            .await?;
    }
    let saved: SpamRule = sqlx::query_as(&format!(
        "UPDATE spam_rules SET name = $2, description = $3, enabled = coalesce($4, enabled), \
         target = $5, header = $6, test = $7, value = $8, action = $9, score = $10, \
         stop = coalesce($11, stop), updated_at = now() WHERE id = $1 RETURNING {COLUMNS}"
    ))
    .bind(id)
    .bind(&rule.name)
    .bind(&rule.description)
    .bind(change.enabled)
    .bind(rule.target.as_str())
    .bind(&rule.header)
    .bind(rule.test.as_str())
    .bind(&rule.value)
    .bind(rule.action.as_str())
    .bind(rule.score)
    .bind(change.stop)
    .fetch_one(&mut *tx)
    .await?;
    changed(&mut tx, principal, "spamRule.update", &saved, &path).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(saved)
}

pub async fn delete(pool: &PgPool, principal: &Principal, id: SpamRuleId) -> CoreResult<()> {
    let mut tx = pool.begin().await?;
    let current = find(&mut tx, id).await?;
    let path = ordered::authorize(&mut tx, principal, current.domain_id, Access::Write).await?;
    TABLE.lock(&mut tx, current.domain_id).await?;
    let current = find(&mut tx, id).await?;
    sqlx::query("DELETE FROM spam_rules WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    TABLE
        .close(&mut tx, current.domain_id, current.position)
        .await?;
    changed(&mut tx, principal, "spamRule.delete", &current, &path).await?;
    tx.commit().await?;
    postbay_core::settings::changed_here();
    Ok(())
}

/// The rule, for whoever may reach its list (checked by the caller); not locked: writers
/// serialise on the list's lock ([`OrderedTable::lock`]).
async fn find(conn: &mut PgConnection, id: SpamRuleId) -> CoreResult<SpamRule> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM spam_rules WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(CoreError::NotFound { kind: "spam rule" })
}

/// The audit event and the announcement to every process, in the change's transaction.
async fn changed(
    conn: &mut PgConnection,
    principal: &Principal,
    action: &str,
    rule: &SpamRule,
    path: &[Uuid],
) -> CoreResult<()> {
    audit::record(
        &mut *conn,
        principal,
        action,
        "spam rule",
        Some(rule.id.0),
        Place {
            tenant_path: path,
            domain: rule.domain_id,
        },
        serde_json::json!({"name": rule.name, "position": rule.position, "target": rule.target,
                           "test": rule.test, "value": rule.value, "action": rule.action,
                           "score": rule.score, "enabled": rule.enabled}),
    )
    .await?;
    postbay_core::settings::announce(conn, "spam_rules").await
}

/// The enabled rules of every list, in order, as the filter runs them.
pub(crate) async fn enabled(pool: &PgPool) -> CoreResult<Vec<SpamRule>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM spam_rules WHERE enabled ORDER BY domain_id NULLS FIRST, position, id"
    ))
    .fetch_all(pool)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(
        target: RuleTarget,
        header: Option<&str>,
        test: RuleTest,
        value: &str,
    ) -> CoreResult<Checked> {
        check("R", "", target, header, test, value, RuleAction::Score, 1.0)
    }

    fn field_of(e: CoreError) -> String {
        match e {
            CoreError::Invalid { field, .. } => field.into_owned(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn rules_are_checked_naming_the_field() {
        assert!(
            rule(
                RuleTarget::Header,
                Some("Subject"),
                RuleTest::Contains,
                "Cheap"
            )
            .is_ok()
        );
        assert_eq!(
            rule(
                RuleTarget::Header,
                Some("Subject"),
                RuleTest::Contains,
                "Cheap"
            )
            .unwrap()
            .value,
            "cheap"
        );
        assert_eq!(
            field_of(
                rule(RuleTarget::Header, None, RuleTest::Exists, "")
                    .err()
                    .unwrap()
            ),
            "header"
        );
        assert_eq!(
            field_of(
                rule(RuleTarget::Header, Some("X:Y"), RuleTest::Exists, "")
                    .err()
                    .unwrap()
            ),
            "header"
        );
        assert_eq!(
            field_of(
                rule(RuleTarget::Body, Some("X"), RuleTest::Contains, "a")
                    .err()
                    .unwrap()
            ),
            "header"
        );
        assert_eq!(
            field_of(
                rule(RuleTarget::Size, None, RuleTest::Contains, "a")
                    .err()
                    .unwrap()
            ),
            "test"
        );
        assert_eq!(
            field_of(
                rule(RuleTarget::Size, None, RuleTest::Above, "ten")
                    .err()
                    .unwrap()
            ),
            "value"
        );
        assert_eq!(
            field_of(
                rule(RuleTarget::Body, None, RuleTest::Matches, "(unclosed")
                    .err()
                    .unwrap()
            ),
            "value"
        );
        assert_eq!(
            field_of(
                rule(RuleTarget::Body, None, RuleTest::Contains, "")
                    .err()
                    .unwrap()
            ),
            "value"
        );
        assert_eq!(
            field_of(
                rule(
                    RuleTarget::From,
                    None,
                    RuleTest::ContainsDomain,
                    "not a domain"
                )
                .err()
                .unwrap()
            ),
            "value"
        );
        assert_eq!(
            field_of(
                check(
                    "bad name",
                    "",
                    RuleTarget::Size,
                    None,
                    RuleTest::Above,
                    "1",
                    RuleAction::Score,
                    1.0
                )
                .err()
                .unwrap()
            ),
            "name"
        );
        assert_eq!(
            field_of(
                check(
                    "R",
                    "",
                    RuleTarget::Size,
                    None,
                    RuleTest::Above,
                    "1",
                    RuleAction::Score,
                    101.0
                )
                .err()
                .unwrap()
            ),
            "score"
        );
        // A pattern the regex crate takes by default but larger than our bound is refused.
        let large = format!("(a|b|c){{1,{}}}", 2_000);
        assert!(regex::Regex::new(&large).is_ok());
        assert!(pattern(&large).is_err());
    }
}
