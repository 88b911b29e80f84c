//! Password hashing. New passwords are hashed with Argon2id; an already-hashed password may be
//! imported in PHC string form (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`, also `$argon2i$`
//! and `$argon2d$`), so accounts migrate from another server without knowing their passwords.

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::error::{CoreError, CoreResult};

pub const MAX_PASSWORD: usize = 1024;

/// What a password set in clear must be (security settings, `passwordPolicy`). Pre-hashed
/// imports (`passwordHash`) cannot be checked and are exempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct PasswordPolicy {
    /// Fewest characters; 1 to 128, default 10.
    pub min_length: u32,
    /// Refuse the 10,000 most common passwords, compared in lower case (default on).
    pub refuse_common: bool,
    /// Refuse a password that contains the login name (so also the address), in any case,
    /// for login names of three characters or more (default on).
    pub refuse_user_name: bool,
    /// How many kinds of character it must mix — lower case, upper case, digits, others;
    /// 0 to 4, default 0 (length matters more).
    pub min_character_classes: u8,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self {
            min_length: 10,
            refuse_common: true,
            refuse_user_name: true,
            min_character_classes: 0,
        }
    }
}

/// The shipped list (see `data/README.md`), read once.
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
});

impl PasswordPolicy {
    /// Whether the policy's own values are usable.
    pub fn validate(&self, field: &'static str) -> CoreResult<()> {
        if !(1..=128).contains(&self.min_length) {
            return Err(CoreError::invalid(
                format!("{field}.minLength"),
                "out_of_range",
                "1 to 128",
            ));
        }
        if self.min_character_classes > 4 {
            return Err(CoreError::invalid(
                format!("{field}.minCharacterClasses"),
                "out_of_range",
                "0 to 4",
            ));
        }
        Ok(())
    }

    /// Checks a password set in clear for the account `login`; `password_too_weak` names the
    /// rule it breaks.
    pub fn check(&self, password: &str, login: &str, field: &'static str) -> CoreResult<()> {
        if password.is_empty() {
            return Err(CoreError::invalid(
                field,
                "empty_password",
                "an empty password is not allowed",
            ));
        }
        let weak = |why: String| CoreError::invalid(field, "password_too_weak", why);
        if password.chars().any(char::is_control) {
            return Err(weak("a password may not contain control characters".into()));
        }
        if password.trim().is_empty() {
            return Err(weak("a password may not be only white space".into()));
        }
        if password.chars().count() < self.min_length as usize {
            return Err(weak(format!(
                "a password needs at least {} characters",
                self.min_length
            )));
        }
        let lower = password.to_lowercase();
        if self.refuse_common && COMMON.contains(lower.as_str()) {
            return Err(weak("this is one of the most common passwords".into()));
        }
        let login = login.trim().to_lowercase();
        if self.refuse_user_name && login.chars().count() >= 3 && lower.contains(&login) {
            return Err(weak("a password may not contain the login name".into()));
        }
        let classes = [
            password.chars().any(char::is_lowercase),
            password.chars().any(char::is_uppercase),
            password.chars().any(|c| c.is_ascii_digit()),
            password.chars().any(|c| !c.is_alphanumeric()),
        ]
        .into_iter()
        .filter(|x| *x)
        .count();
        if classes < usize::from(self.min_character_classes) {
            return Err(weak(format!(
                "a password must mix at least {} of: lower case, upper case, digits, other characters",
                self.min_character_classes
            )));
        }
        Ok(())
    }
}

/// Hashes a password on the blocking pool (Argon2id is deliberately slow).
pub async fn hash(password: String, field: &'static str) -> CoreResult<String> {
    if password.is_empty() {
        return Err(CoreError::invalid(
            field,
            "empty_password",
            "an empty password is not allowed",
        ));
    }
    if password.len() > MAX_PASSWORD {
        return Err(CoreError::invalid(
            field,
            "too_long",
            "a password is at most 1024 bytes",
        ));
    }
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| CoreError::Internal(format!("hashing failed: {e}").into()))
    })
    .await
    .map_err(|e| CoreError::Internal(e.to_string().into()))?
}

/// Checks that an imported hash is a PHC string this server can verify.
pub fn check_imported(hash: &str, field: &'static str) -> CoreResult<String> {
    let invalid = || {
        CoreError::invalid(
            field,
            "unsupported_password_hash",
            "expected an Argon2 PHC string such as $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>",
        )
    };
    if hash.len() > 512 {
        return Err(invalid());
    }
    let parsed = PasswordHash::new(hash).map_err(|_| invalid())?;
    if !matches!(
        parsed.algorithm.as_str(),
        "argon2id" | "argon2i" | "argon2d"
    ) || parsed.hash.is_none()
    {
        return Err(invalid());
    }
    Ok(hash.to_string())
}

/// Verifies a password against a stored hash, on the blocking pool. `None` (no password set)
/// never verifies; the work is still done so timing does not tell accounts apart.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$2GTHZh7vG2uTYqgEwaW8ViZYbUV0gmc9rjNqgfgUOxg";
        let (hash, real) = match stored.as_deref() {
            Some(h) => (h, true),
            None => (DUMMY, false),
        };
        let Ok(parsed) = PasswordHash::new(hash) else { return false };
        Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() && real
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_refuses_what_its_rules_say() {
        let policy = PasswordPolicy::default();
        let code = |p: &str, login: &str| match policy.check(p, login, "password") {
            Ok(()) => "ok",
            Err(e) => e.code(),
        };
        assert_eq!(code("x", "anna"), "password_too_weak");
        assert_eq!(code(" ", "anna"), "password_too_weak");
        assert_eq!(code("          ", "anna"), "password_too_weak");
        assert_eq!(code("abc\0defghijk", "anna"), "password_too_weak");
        assert_eq!(code("password", "anna"), "password_too_weak");
        assert_eq!(
            code("1234567890", "anna"),
            "password_too_weak",
            "common and long enough"
        );
        assert_eq!(
            code("Qwertyuiop", "anna"),
            "password_too_weak",
            "common in any case"
        );
        assert_eq!(code("my-Anna-secret", "anna"), "password_too_weak");
        assert_eq!(
            code("my-ann-secret", "an"),
            "ok",
            "short login names are not looked for"
        );
        assert_eq!(code("correct horse battery", "anna"), "ok");
        let strict = PasswordPolicy {
            min_character_classes: 3,
            ..PasswordPolicy::default()
        };
        assert!(strict.check("alllowercase", "anna", "password").is_err());
        assert!(strict.check("Mixed-case1", "anna", "password").is_ok());
        assert!(
            PasswordPolicy {
                min_length: 0,
                ..PasswordPolicy::default()
            }
            .validate("p")
            .is_err()
        );
        assert!(COMMON.len() >= 9_900, "the shipped list is there");
    }

    #[tokio::test]
    async fn hashes_verify_and_imports_are_checked() {
        let h = hash("s3cret".into(), "password").await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("s3cret".into(), Some(h.clone())).await);
        assert!(!verify("S3cret".into(), Some(h.clone())).await);
        assert!(!verify("s3cret".into(), None).await);
        assert!(check_imported(&h, "passwordHash").is_ok());
        assert!(check_imported("$1$abc$def", "passwordHash").is_err());
        assert!(check_imported("plain", "passwordHash").is_err());
        assert!(hash(String::new(), "password").await.is_err());
    }
}
