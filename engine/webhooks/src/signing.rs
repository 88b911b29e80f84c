//! Signatures as the Standard Webhooks specification defines them: the receiver checks
//! `webhook-signature` against HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` under
//! the secret it was given as `whsec_<base64>`. During a rotation both secrets sign, so a
//! receiver holding either accepts the delivery.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// The prefix the specification gives secrets.
const SECRET_PREFIX: &str = "whsec_";
/// Random bytes per secret (the specification asks for 24 to 64).
const SECRET_BYTES: usize = 32;

/// A signing secret, as handed to the subscriber once.
#[derive(Clone)]
pub struct SigningSecret(String);

impl std::fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningSecret(..)")
    }
}

impl SigningSecret {
    /// A new random secret.
    pub fn generate() -> Self {
        let mut bytes = [0u8; SECRET_BYTES];
        rand::thread_rng().fill_bytes(&mut bytes);
        Self(format!("{SECRET_PREFIX}{}", BASE64.encode(bytes)))
    }

    /// A secret as stored (after unsealing); `None` when it is not in the `whsec_` form.
    pub fn parse(text: &str) -> Option<Self> {
        let key = text.strip_prefix(SECRET_PREFIX)?;
        BASE64.decode(key).ok()?;
        Some(Self(text.to_string()))
    }

    /// The `whsec_…` text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn key(&self) -> Vec<u8> {
        // Checked in `parse` and made valid by `generate`.
        BASE64
            .decode(self.0.strip_prefix(SECRET_PREFIX).unwrap_or_default())
            .unwrap_or_default()
    }

    /// One `v1,<base64>` signature of a message.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        // HMAC takes a key of any length.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key()) else {
            return String::new();
        };
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        format!("v1,{}", BASE64.encode(mac.finalize().into_bytes()))
    }
}

/// The `webhook-signature` header: one signature per secret in use, separated by spaces.
pub fn signature_header(
    secrets: &[SigningSecret],
    id: &str,
    timestamp: i64,
    body: &[u8],
) -> String {
    secrets
        .iter()
        .map(|s| s.sign(id, timestamp, body))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the specification's reference libraries (standard-webhooks, its test
    /// suites in every language share it).
    #[test]
    fn signs_as_the_reference_implementations() {
        let secret =
            SigningSecret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("a valid secret");
        let signature = secret.sign(
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            br#"{"test": 2432232314}"#,
        );
        assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn a_rotation_signs_with_both_secrets() {
        let (a, b) = (SigningSecret::generate(), SigningSecret::generate());
        let header = signature_header(&[a.clone(), b.clone()], "msg_1", 1, b"{}");
        let parts: Vec<&str> = header.split(' ').collect();
        assert_eq!(
            parts,
            [a.sign("msg_1", 1, b"{}"), b.sign("msg_1", 1, b"{}")]
        );
        assert_ne!(parts[0], parts[1]);
    }

    #[test]
    fn secrets_are_in_the_whsec_form() {
        let s = SigningSecret::generate();
        assert!(s.as_str().starts_with("whsec_"));
        assert!(SigningSecret::parse(s.as_str()).is_some());
        assert!(SigningSecret::parse("not-a-secret").is_none());
        assert!(SigningSecret::parse("whsec_***").is_none());
    }
}
