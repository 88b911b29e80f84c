//! Password hashing. New passwords are hashed with Argon2id; an already-hashed password may be
//! imported in PHC string form (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`, also `$argon2i$`
//! and `$argon2d$`), so accounts migrate from another server without knowing their passwords.

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};

use crate::error::{CoreError, CoreResult};

pub const MAX_PASSWORD: usize = 1024;

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
