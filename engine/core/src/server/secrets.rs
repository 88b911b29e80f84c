//! Secrets the server must replay to someone else (a relay host's password, a remote POP3
//! mailbox's) are stored sealed with ChaCha20-Poly1305 under a key kept outside the database:
//! a copy of the database alone does not give them away. Passwords users log in with are
//! never sealed; they are hashed (`passwords`).

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rand::RngCore;

use crate::{CoreError, CoreResult};

/// Marks the sealing scheme, so the format can change later.
const PREFIX: &str = "v1:";
const NONCE_BYTES: usize = 12;

/// The server's sealing key (32 bytes). Every process sharing a database needs the same one.
#[derive(Clone)]
pub struct SecretKey {
    cipher: Arc<ChaCha20Poly1305>,
    /// The key itself, from which keys for other purposes are derived.
    bytes: Arc<[u8; 32]>,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

impl SecretKey {
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self {
            cipher: Arc::new(ChaCha20Poly1305::new(Key::from_slice(&bytes))),
            bytes: Arc::new(bytes),
        }
    }

    /// A key for another purpose (`label`, such as `"srs"`), derived from this one: every
    /// node sharing the sealing key shares it, and it gives the sealing key away to nobody.
    pub fn derive(&self, label: &str) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        hash.update(b"postbay derived key\0");
        hash.update(label.as_bytes());
        hash.update([0]);
        hash.update(self.bytes.as_slice());
        hash.finalize().into()
    }

    /// A key written as base64 (44 characters), as `generate` makes it.
    pub fn from_base64(text: &str) -> Result<Self, String> {
        let bytes = BASE64
            .decode(text.trim())
            .map_err(|_| "the secret key is not base64".to_string())?;
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|_| "the secret key must be 32 bytes".to_string())?;
        Ok(Self::from_bytes(bytes))
    }

    /// A new random key, as base64.
    pub fn generate() -> String {
        let mut bytes = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut bytes);
        BASE64.encode(bytes)
    }

    /// `plain` sealed: a fresh random nonce and the ciphertext with its tag, as text.
    pub fn seal(&self, plain: &str) -> CoreResult<String> {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::thread_rng().fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plain.as_bytes())
            .map_err(|_| CoreError::Internal("sealing a secret failed".into()))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(format!("{PREFIX}{}", BASE64.encode(out)))
    }

    /// The secret `seal` made. Fails for text sealed under another key (a process started
    /// with the wrong key) or changed since.
    pub fn open(&self, sealed: &str) -> CoreResult<String> {
        let wrong = || {
            CoreError::Internal("a stored secret cannot be opened with this server's key".into())
        };
        let bytes = sealed
            .strip_prefix(PREFIX)
            .and_then(|b| BASE64.decode(b).ok())
            .filter(|b| b.len() > NONCE_BYTES)
            .ok_or_else(wrong)?;
        let (nonce, body) = bytes.split_at(NONCE_BYTES);
        let plain = self
            .cipher
            .decrypt(Nonce::from_slice(nonce), body)
            .map_err(|_| wrong())?;
        String::from_utf8(plain).map_err(|_| wrong())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_with_their_key_only() {
        let key = SecretKey::from_base64(&SecretKey::generate()).expect("key");
        let sealed = key.seal("s3cret pässword").expect("seal");
        assert!(!sealed.contains("s3cret"));
        assert_ne!(
            sealed,
            key.seal("s3cret pässword").expect("seal"),
            "fresh nonce"
        );
        assert_eq!(key.open(&sealed).expect("open"), "s3cret pässword");
        let other = SecretKey::from_base64(&SecretKey::generate()).expect("key");
        assert!(other.open(&sealed).is_err());
        assert!(key.open("v1:AAAA").is_err());
        assert!(SecretKey::from_base64("short").is_err());
        assert_ne!(key.derive("srs"), key.derive("other"));
        assert_ne!(key.derive("srs"), other.derive("srs"));
        assert_eq!(key.derive("srs"), key.clone().derive("srs"));
    }
}
