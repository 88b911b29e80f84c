//! Names and addresses, validated and normalised once at the edge of the core.
//!
//! Domain names are stored as lower-case A-labels; local parts as lower case. The character
//! rules follow the Kerio product: logins and alias names use `a-z 0-9 . - _` (aliases add the
//! wildcards `*` and `?`); diacritics are refused.

use std::borrow::Cow;

use crate::error::{CoreError, CoreResult};

pub const MAX_LOCAL_PART: usize = 64;
pub const MAX_DOMAIN: usize = 253;
pub const MAX_ADDRESS: usize = 254;
pub const MAX_NAME: usize = 128;
pub const MAX_DESCRIPTION: usize = 1024;
pub const MAX_EXTERNAL_ID: usize = 255;

/// A domain name in A-label form, lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DomainName(String);

impl DomainName {
    pub fn parse(input: &str, field: &'static str) -> CoreResult<Self> {
        let invalid = |msg: &'static str| CoreError::invalid(field, "invalid_domain_name", msg);
        let trimmed = input.trim().trim_end_matches('.');
        if trimmed.is_empty() {
            return Err(invalid("a domain name is required"));
        }
        if trimmed.len() > MAX_DOMAIN * 4 {
            return Err(invalid("the domain name is too long"));
        }
        let ascii = idna::domain_to_ascii(trimmed)
            .map_err(|_| invalid("not a valid internationalised domain name"))?;
        if ascii.len() > MAX_DOMAIN {
            return Err(invalid("the domain name is longer than 253 characters"));
        }
        let labels: Vec<&str> = ascii.split('.').collect();
        if labels.len() < 2 {
            return Err(invalid(
                "the domain name needs at least two labels (example.com)",
            ));
        }
        for label in &labels {
            if label.is_empty() || label.len() > 63 {
                return Err(invalid("each label must be 1 to 63 characters"));
            }
            if !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            {
                return Err(invalid("labels may hold only letters, digits and hyphens"));
            }
            if label.starts_with('-') || label.ends_with('-') {
                return Err(invalid("a label may not start or end with a hyphen"));
            }
        }
        if labels
            .last()
            .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(invalid("the top-level label may not be numeric"));
        }
        Ok(Self(ascii.to_ascii_lowercase()))
    }

    /// Wraps a name read back from the database, already normalised.
    pub fn from_stored(name: String) -> Self {
        Self(name)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The Unicode (U-label) form, for display.
    pub fn unicode(&self) -> String {
        idna::domain_to_unicode(&self.0).0
    }
}

/// The local part of a login or owned address: `a-z 0-9 . - _`, at most 64, lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LocalPart(String);

impl LocalPart {
    pub fn parse(input: &str, field: impl Into<Cow<'static, str>>) -> CoreResult<Self> {
        let value = parse_local(input, false)
            .map_err(|m| CoreError::invalid(field, "invalid_local_part", m))?;
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// An alias name: a local part that may hold the wildcards `*` and `?`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasPattern(String);

impl AliasPattern {
    pub fn parse(input: &str, field: &'static str) -> CoreResult<Self> {
        let value = parse_local(input, true)
            .map_err(|m| CoreError::invalid(field, "invalid_alias_name", m))?;
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_pattern(&self) -> bool {
        self.0.contains(['*', '?'])
    }

    /// Whether `local` matches this pattern (`*` any run, `?` exactly one character).
    pub fn matches(&self, local: &str) -> bool {
        wildcard_match(self.0.as_bytes(), local.as_bytes())
    }
}

fn parse_local(input: &str, wildcards: bool) -> Result<String, &'static str> {
    let value = input.trim();
    if value.is_empty() {
        return Err("a name is required");
    }
    if value.len() > MAX_LOCAL_PART {
        return Err("at most 64 characters");
    }
    let allowed = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, '.' | '-' | '_')
            || (wildcards && matches!(c, '*' | '?'))
    };
    if !value.chars().all(allowed) {
        return Err(if wildcards {
            "only letters a-z, digits, '.', '-', '_', '*' and '?' are allowed"
        } else {
            "only letters a-z, digits, '.', '-' and '_' are allowed"
        });
    }
    if value.starts_with('.') || value.ends_with('.') || value.contains("..") {
        return Err("dots may not lead, trail or repeat");
    }
    Ok(value.to_ascii_lowercase())
}

/// Iterative wildcard match with backtracking to the last `*`; linear in practice.
fn wildcard_match(pattern: &[u8], text: &[u8]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == b'?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == b'*' {
            star = Some((p, t));
            p += 1;
        } else if let Some((sp, st)) = star {
            p = sp + 1;
            t = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&b| b == b'*')
}

/// A mailbox address `local@domain` with the domain normalised. The local part of an
/// external address may hold any printable ASCII but spaces, quotes, `<>`, `@` and commas.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress {
    local: String,
    domain: DomainName,
}

impl EmailAddress {
    pub fn parse(input: &str, field: impl Into<Cow<'static, str>>) -> CoreResult<Self> {
        let field = field.into();
        let invalid = |msg: &'static str| CoreError::invalid(field.clone(), "invalid_address", msg);
        let value = input.trim();
        if value.len() > MAX_ADDRESS {
            return Err(invalid("an address is at most 254 characters"));
        }
        let (local, domain) = value
            .rsplit_once('@')
            .ok_or_else(|| invalid("an address needs an '@'"))?;
        if local.is_empty() || local.len() > MAX_LOCAL_PART {
            return Err(invalid("the local part must be 1 to 64 characters"));
        }
        let printable = |c: char| {
            c.is_ascii_graphic()
                && !matches!(
                    c,
                    '"' | '<' | '>' | '@' | ',' | '(' | ')' | '[' | ']' | '\\' | ';' | ':'
                )
        };
        if !local.chars().all(printable)
            || local.starts_with('.')
            || local.ends_with('.')
            || local.contains("..")
        {
            return Err(invalid(
                "the local part holds characters an address may not use",
            ));
        }
        let domain = DomainName::parse(domain, "address")
            .map_err(|_| invalid("the domain of the address is not valid"))?;
        Ok(Self {
            local: local.to_ascii_lowercase(),
            domain,
        })
    }

    pub fn local(&self) -> &str {
        &self.local
    }

    pub fn domain(&self) -> &DomainName {
        &self.domain
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}", self.local, self.domain.as_str())
    }
}

/// A display name (tenant, group, template): 1 to 128 characters, no control characters.
pub fn display_name(input: &str, field: &'static str) -> CoreResult<String> {
    let value = input.trim();
    if value.is_empty() {
        return Err(CoreError::invalid(field, "required", "a name is required"));
    }
    if value.chars().count() > MAX_NAME {
        return Err(CoreError::invalid(
            field,
            "too_long",
            "at most 128 characters",
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(CoreError::invalid(
            field,
            "invalid_characters",
            "control characters are not allowed",
        ));
    }
    Ok(value.to_string())
}

/// Free text with a length bound and no control characters but tab and newline.
pub fn free_text(input: &str, field: &'static str, max: usize) -> CoreResult<String> {
    if input.chars().count() > max {
        return Err(CoreError::invalid(
            field,
            "too_long",
            format!("at most {max} characters"),
        ));
    }
    if input
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(CoreError::invalid(
            field,
            "invalid_characters",
            "control characters are not allowed",
        ));
    }
    Ok(input.to_string())
}

/// A remote server's host name or IP address, as an administrator gives it (checked for
/// shape only: it is resolved when it is used).
pub fn host(input: &str, field: &'static str) -> CoreResult<String> {
    let invalid = || {
        CoreError::invalid(
            field,
            "invalid_host",
            "must be a host name (letters, digits, hyphens; Unicode names as IDNA) or an IP address",
        )
    };
    let host = input.trim().trim_end_matches('.');
    if host.is_empty() || host.len() > MAX_DOMAIN * 4 {
        return Err(invalid());
    }
    let literal = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    if let Ok(ip) = literal.parse::<std::net::IpAddr>() {
        return Ok(ip.to_canonical().to_string());
    }
    // A name: IDNA to A-labels, then every label LDH (a single label, `mail`, is a name too).
    let ascii = idna::domain_to_ascii_strict(host).map_err(|_| invalid())?;
    let labels_ok = ascii.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    });
    if ascii.is_empty() || ascii.len() > MAX_DOMAIN || !labels_ok {
        return Err(invalid());
    }
    Ok(ascii)
}

/// A control panel's own id for an object, stored as given.
pub fn external_id(input: Option<&str>, field: &'static str) -> CoreResult<Option<String>> {
    match input {
        None => Ok(None),
        Some("") => Ok(None),
        Some(v) => free_text(v, field, MAX_EXTERNAL_ID).map(Some),
    }
}

/// Why a domain name may mislead the people who read it (Unicode TS #39). A warning for
/// administrators, never a refusal: most names in other scripts are what they seem.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NameWarning {
    pub code: NameWarningCode,
    /// The label at fault, in Unicode.
    pub label: String,
    /// The all-ASCII name it can pass for (`ascii_look_alike`).
    pub looks_like: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NameWarningCode {
    /// Every character of the label can be read as a Latin letter or digit: `аррӏе` (all
    /// Cyrillic) passes for `apple`.
    AsciiLookAlike,
    /// One label mixes scripts beyond what TS #39 calls highly restrictive (Latin with
    /// Cyrillic or Greek, say): the classic spoofing pattern.
    MixedScript,
}

/// The warnings for a stored (A-label) domain name; empty for every all-ASCII name.
pub fn name_warnings(name: &DomainName) -> Vec<NameWarning> {
    use unicode_security::{RestrictionLevel, RestrictionLevelDetection};
    if !name.as_str().contains("xn--") {
        return Vec::new();
    }
    let unicode = name.unicode();
    let labels: Vec<&str> = unicode.split('.').collect();
    let mut warnings = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        if label.is_ascii() {
            continue;
        }
        let skeleton: String = unicode_security::skeleton(label).collect();
        if skeleton.is_ascii() {
            let mut looks_like: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
            looks_like[i] = skeleton.to_ascii_lowercase();
            warnings.push(NameWarning {
                code: NameWarningCode::AsciiLookAlike,
                label: label.to_string(),
                looks_like: Some(looks_like.join(".")),
            });
        } else if label.detect_restriction_level() > RestrictionLevel::HighlyRestrictive {
            warnings.push(NameWarning {
                code: NameWarningCode::MixedScript,
                label: label.to_string(),
                looks_like: None,
            });
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_names_or_ip_literals() {
        let ok = |h: &str| host(h, "host").ok();
        assert_eq!(ok("Mail.Example.COM."), Some("mail.example.com".into()));
        assert_eq!(ok("mail"), Some("mail".into()));
        assert_eq!(ok("[::1]"), Some("::1".into()));
        assert_eq!(ok("::ffff:10.0.0.1"), Some("10.0.0.1".into()));
        assert_eq!(
            ok("pop.bücher.example"),
            Some("pop.xn--bcher-kva.example".into())
        );
        for bad in [
            "\\\u{e9}",
            "a\\b",
            "a b",
            "a/b",
            "-a.example",
            "a..b",
            "",
            "x:110",
            "a_b.example",
        ] {
            assert_eq!(ok(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn domains_normalise_to_lower_case_a_labels() {
        assert_eq!(
            DomainName::parse("Example.COM.", "name").unwrap().as_str(),
            "example.com"
        );
        let idn = DomainName::parse("bücher.example", "name").unwrap();
        assert_eq!(idn.as_str(), "xn--bcher-kva.example");
        assert_eq!(idn.unicode(), "bücher.example");
        for bad in [
            "",
            "localhost",
            "a..b",
            "-a.com",
            "a_b.com",
            "a.123",
            &"a".repeat(64),
        ] {
            assert!(DomainName::parse(bad, "name").is_err(), "{bad}");
        }
    }

    #[test]
    fn logins_refuse_diacritics_and_stray_dots() {
        assert_eq!(
            LocalPart::parse("John.Wayne", "login").unwrap().as_str(),
            "john.wayne"
        );
        for bad in ["jiří", "a b", ".a", "a.", "a..b", "", "a*", &"a".repeat(65)] {
            assert!(LocalPart::parse(bad, "login").is_err(), "{bad}");
        }
    }

    #[test]
    fn wildcards_match_as_the_product_describes() {
        let p = |s| AliasPattern::parse(s, "name").unwrap();
        assert!(p("?ime").matches("time") && p("?ime").matches("dime"));
        assert!(!p("?ime").matches("ime") && !p("?ime").matches("slime"));
        assert!(p("*sms*").matches("sms") && p("*sms*").matches("mysmsbox"));
        assert!(p("a*00*").matches("a1003") && !p("a*00*").matches("b100"));
        assert!(p("*").matches("anything"));
    }

    #[test]
    fn addresses_need_a_valid_domain() {
        let a = EmailAddress::parse("Bob.Smith@Example.org", "to").unwrap();
        assert_eq!(a.to_string(), "bob.smith@example.org");
        for bad in [
            "bob",
            "bob@",
            "@example.org",
            "a b@example.org",
            "bob@localhost",
        ] {
            assert!(EmailAddress::parse(bad, "to").is_err(), "{bad}");
        }
    }

    #[test]
    fn look_alike_names_are_flagged_and_honest_ones_not() {
        let warnings = |name: &str| {
            name_warnings(&DomainName::parse(name, "name").expect("valid"))
                .into_iter()
                .map(|w| (w.code, w.label, w.looks_like))
                .collect::<Vec<_>>()
        };
        // All Cyrillic, every letter a Latin look-alike.
        assert_eq!(
            warnings("аррӏе.com"),
            [(
                NameWarningCode::AsciiLookAlike,
                "аррӏе".to_string(),
                Some("apple.com".to_string())
            )]
        );
        // One Cyrillic letter among Latin ones.
        assert_eq!(warnings("pаypal.com")[0].0, NameWarningCode::AsciiLookAlike);
        // Latin with Greek that has no Latin twin: mixed scripts.
        assert_eq!(warnings("aλb.com")[0].0, NameWarningCode::MixedScript);
        for honest in [
            "münchen.de",
            "пример.рф",
            "例子.中国",
            "example.com",
            "xn--mnchen-3ya.de",
        ] {
            assert!(warnings(honest).is_empty(), "{honest}");
        }
    }
}
