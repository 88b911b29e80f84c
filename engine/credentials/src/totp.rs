//! A second factor for API logins: time-based one-time passwords (RFC 6238: HMAC-SHA-1, six
//! digits, 30-second steps, as every authenticator app makes them), with ten single-use
//! recovery codes for a lost phone.
//!
//! Enrolment is the account's own: `enrol` makes a seed (pending), `confirm` takes a first
//! code from the app, switches the factor on and hands out the recovery codes. From then on
//! every API login of the account needs a code. A code is taken once (`last_step`), and the
//! attempts are bounded per account (`take_code`). The seed is sealed with the server's secret
//! key; recovery codes are stored as HMACs under a key derived from it.

use chrono::{DateTime, Utc};
use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use postbay_core::access::{Access, Principal};
use postbay_core::accounts;
use postbay_core::audit;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::AccountId;
use postbay_core::secrets::SecretKey;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha1::Sha1;
use sqlx::PgPool;

const STEP_SECONDS: i64 = 30;
const DIGITS: u32 = 6;
/// Steps either side of now a code is still taken from (clock drift of the phone).
const DRIFT_STEPS: i64 = 1;
const SEED_BYTES: usize = 20;
const RECOVERY_CODES: usize = 10;

/// The code of `seed` for time step `step` (RFC 4226 §5.3 dynamic truncation).
pub fn code_at(seed: &[u8], step: u64) -> u32 {
    // HMAC takes keys of any length: `new_from_slice` cannot fail for it.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(seed) else {
        return u32::MAX;
    };
    mac.update(&step.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[19] & 0x0f);
    let binary = u32::from_be_bytes([
        hash[offset] & 0x7f,
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]);
    binary % 10u32.pow(DIGITS)
}

fn step_of(now: DateTime<Utc>) -> i64 {
    now.timestamp().div_euclid(STEP_SECONDS)
}

/// A pending enrolment: what the authenticator app needs. Shown once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TotpEnrolment {
    /// The seed in base32, for typing into an app.
    pub secret: String,
    /// `otpauth://totp/…`, for a QR code.
    pub otpauth_uri: String,
    pub digits: u32,
    pub period_seconds: i64,
    pub algorithm: &'static str,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TotpCode {
    /// The six digits the app shows now.
    pub code: String,
}

/// The recovery codes (80 random bits each, `xxxx-xxxx-xxxx-xxxx`), each good for one login
/// without the app. Shown once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TotpRecoveryCodes {
    pub recovery_codes: Vec<String>,
}

/// Whether an account has a second factor.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TotpStatus {
    /// Confirmed: every API login needs a code.
    pub enrolled: bool,
    /// Enrolled but not yet confirmed with a first code.
    pub pending: bool,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub recovery_codes_left: i64,
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Files a change of an account's second factor in the audit trail (never the seed or a code).
async fn audit_change(
    conn: &mut sqlx::PgConnection,
    principal: &Principal,
    action: &str,
    account: AccountId,
    place: &postbay_core::accounts::AccountPlace,
) -> CoreResult<()> {
    audit::record(
        conn,
        principal,
        action,
        "account",
        Some(account.0),
        place.audit_place(),
        serde_json::json!({}),
    )
    .await
}

fn only_self(principal: &Principal, account: AccountId) -> CoreResult<()> {
    if principal.account_id != Some(account) {
        return Err(CoreError::forbidden(
            "a second factor is enrolled by the account itself, logged in as itself",
        ));
    }
    Ok(())
}

/// Starts (or restarts) the enrolment of the caller's own account. Refused while a confirmed
/// factor exists: delete it first.
pub async fn enrol(
    pool: &PgPool,
    key: &SecretKey,
    principal: &Principal,
    account: AccountId,
    issuer: &str,
) -> CoreResult<TotpEnrolment> {
    only_self(principal, account)?;
    let place = accounts::authorize(pool, principal, account, Access::Read).await?;
    let email = principal.actor.trim_start_matches("account:").to_string();
    let mut seed = [0u8; SEED_BYTES];
    rand::thread_rng().fill_bytes(&mut seed);
    let secret = BASE32_NOPAD.encode(&seed);
    let mut tx = pool.begin().await?;
    let stored = sqlx::query(
        "INSERT INTO totp_secrets (account_id, sealed_seed) VALUES ($1, $2)
         ON CONFLICT (account_id) DO UPDATE SET sealed_seed = EXCLUDED.sealed_seed, last_step = 0, created_at = now()
         WHERE totp_secrets.confirmed_at IS NULL",
    )
    .bind(account.0)
    .bind(key.seal(&secret)?)
    .execute(&mut *tx)
    .await?;
    if stored.rows_affected() == 0 {
        return Err(CoreError::conflict(
            "totp_enrolled",
            "the account has a second factor; delete it before enrolling another",
        ));
    }
    audit_change(&mut tx, principal, "totp.enrol", account, &place).await?;
    tx.commit().await?;
    let label = percent_encode(&format!("{issuer}:{email}"));
    Ok(TotpEnrolment {
        otpauth_uri: format!(
            "otpauth://totp/{label}?secret={secret}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            percent_encode(issuer)
        ),
        secret,
        digits: DIGITS,
        period_seconds: STEP_SECONDS,
        algorithm: "SHA1",
    })
}

/// Confirms a pending enrolment with a code from the app: the factor is on from now, and the
/// recovery codes are handed out.
pub async fn confirm(
    pool: &PgPool,
    key: &SecretKey,
    principal: &Principal,
    account: AccountId,
    code: &TotpCode,
) -> CoreResult<TotpRecoveryCodes> {
    only_self(principal, account)?;
    let place = accounts::authorize(pool, principal, account, Access::Read).await?;
    let mut tx = pool.begin().await?;
    let pending: Option<(String, Option<DateTime<Utc>>)> = sqlx::query_as(
        "SELECT sealed_seed, confirmed_at FROM totp_secrets WHERE account_id = $1 FOR UPDATE",
    )
    .bind(account.0)
    .fetch_optional(&mut *tx)
    .await?;
    let seed = match pending {
        None => {
            return Err(CoreError::conflict(
                "totp_not_enrolled",
                "enrol first (enrolTotp)",
            ));
        }
        Some((_, Some(_))) => {
            return Err(CoreError::conflict(
                "totp_enrolled",
                "the second factor is already confirmed",
            ));
        }
        Some((sealed, None)) => open_seed(key, &sealed)?,
    };
    let step = matching_step(&seed, &code.code, 0, Utc::now()).ok_or(CoreError::invalid(
        "code",
        "totp_invalid",
        "the code does not match; check the phone's clock and type the current code",
    ))?;
    sqlx::query(
        "UPDATE totp_secrets SET confirmed_at = now(), last_step = $2 WHERE account_id = $1",
    )
    .bind(account.0)
    .bind(step)
    .execute(&mut *tx)
    .await?;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let mut bytes = [0u8; 10];
        rand::thread_rng().fill_bytes(&mut bytes);
        let text = BASE32_NOPAD.encode(&bytes).to_ascii_lowercase();
        let code = text
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-");
        sqlx::query("INSERT INTO totp_recovery_codes (account_id, code_hash) VALUES ($1, $2)")
            .bind(account.0)
            .bind(recovery_digest(key, &code))
            .execute(&mut *tx)
            .await?;
        codes.push(code);
    }
    audit_change(&mut tx, principal, "totp.confirm", account, &place).await?;
    tx.commit().await?;
    Ok(TotpRecoveryCodes {
        recovery_codes: codes,
    })
}

/// Removes an account's second factor (pending or confirmed) and its recovery codes, and ends
/// the account's API sessions: the account itself, or an administrator whose rights are not
/// below its own (a lost phone).
pub async fn delete(pool: &PgPool, principal: &Principal, account: AccountId) -> CoreResult<()> {
    let place = if principal.account_id == Some(account) {
        accounts::authorize(pool, principal, account, Access::Read).await?
    } else {
        principal.require_writable()?;
        accounts::authorize_on_behalf(pool, principal, account).await?
    };
    let mut tx = pool.begin().await?;
    let removed = sqlx::query("DELETE FROM totp_secrets WHERE account_id = $1")
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
    if removed.rows_affected() == 0 {
        return Err(CoreError::NotFound {
            kind: "second factor",
        });
    }
    audit_change(&mut tx, principal, "totp.delete", account, &place).await?;
    // Sessions opened with the factor do not go on without it: an administrator a tenant
    // requires one of logs in again (self-service, to enrol anew).
    postbay_core::auth::end_sessions(&mut tx, account).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the account has a second factor, for itself and the administrators reaching it.
pub async fn status(
    pool: &PgPool,
    principal: &Principal,
    account: AccountId,
) -> CoreResult<TotpStatus> {
    accounts::authorize(pool, principal, account, Access::Read).await?;
    let row: Option<(Option<DateTime<Utc>>, i64)> = sqlx::query_as(
        "SELECT s.confirmed_at, (SELECT count(*) FROM totp_recovery_codes c WHERE c.account_id = s.account_id AND c.used_at IS NULL)
         FROM totp_secrets s WHERE s.account_id = $1",
    )
    .bind(account.0)
    .fetch_optional(pool)
    .await?;
    Ok(match row {
        None => TotpStatus {
            enrolled: false,
            pending: false,
            confirmed_at: None,
            recovery_codes_left: 0,
        },
        Some((confirmed_at, left)) => TotpStatus {
            enrolled: confirmed_at.is_some(),
            pending: confirmed_at.is_none(),
            confirmed_at,
            recovery_codes_left: left,
        },
    })
}

fn open_seed(key: &SecretKey, sealed: &str) -> CoreResult<Vec<u8>> {
    let secret = key.open(sealed)?;
    BASE32_NOPAD
        .decode(secret.as_bytes())
        .map_err(|_| CoreError::Internal("a stored TOTP seed is corrupt".into()))
}

fn is_six_digits(code: &str) -> bool {
    let code = code.trim();
    code.len() == DIGITS as usize && code.bytes().all(|b| b.is_ascii_digit())
}

/// The step whose code `code` is, within the drift window and after `after`; `None` when it
/// matches none. Compared in constant time.
fn matching_step(seed: &[u8], code: &str, after: i64, now: DateTime<Utc>) -> Option<i64> {
    if !is_six_digits(code) {
        return None;
    }
    let code = code.trim();
    let now = step_of(now);
    let mut found = None;
    for step in (now - DRIFT_STEPS)..=(now + DRIFT_STEPS) {
        let expected = format!("{:06}", code_at(seed, step.unsigned_abs()));
        let same: bool = subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), code.as_bytes()).into();
        if same && step > after && found.is_none() {
            found = Some(step);
        }
    }
    found
}

/// A recovery code as stored: HMAC-SHA-256 under a key derived from the server's secret key,
/// so a copy of the database alone cannot be searched for the codes.
fn recovery_digest(key: &SecretKey, code: &str) -> Vec<u8> {
    let derived = key.derive("totp recovery codes");
    // HMAC takes keys of any length: `new_from_slice` cannot fail for it.
    let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(&derived) else {
        return Vec::new();
    };
    mac.update(normalise_recovery(code).as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn normalise_recovery(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Whether the account has a confirmed second factor.
pub(crate) async fn enrolled(pool: &PgPool, account: AccountId) -> CoreResult<bool> {
    Ok(sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM totp_secrets WHERE account_id = $1 AND confirmed_at IS NOT NULL)",
    )
    .bind(account.0)
    .fetch_one(pool)
    .await?)
}

/// Codes an account may try per window, whatever the password policy says: with three codes
/// valid at any time, a guesser who has the password gets about 480 tries a day.
const CODES_PER_WINDOW: i32 = 5;
const WINDOW_SECONDS: f64 = 900.0;

/// Takes a code at login: a current TOTP code not used before, or an unused recovery code
/// (used up by this). Every six-digit attempt is counted before the code is looked at (so
/// parallel guesses cannot outrun the count) and a right one clears the count; past
/// `CODES_PER_WINDOW` attempts in `WINDOW_SECONDS` six-digit codes are refused (`locked_out`)
/// until the window has passed. Recovery codes are taken even then. False for a wrong code.
pub(crate) async fn take_code(
    pool: &PgPool,
    key: &SecretKey,
    account: AccountId,
    code: &str,
) -> CoreResult<bool> {
    // A recovery code (80 bits: not guessable) is taken whatever the six-digit budget says,
    // so someone who knows the password cannot lock the owner out by wasting it.
    if !is_six_digits(code) {
        let used = sqlx::query(
            "UPDATE totp_recovery_codes c SET used_at = now()
             FROM totp_secrets s
             WHERE c.account_id = $1 AND c.code_hash = $2 AND c.used_at IS NULL
               AND s.account_id = c.account_id AND s.confirmed_at IS NOT NULL",
        )
        .bind(account.0)
        .bind(recovery_digest(key, code))
        .execute(pool)
        .await?;
        let taken = used.rows_affected() == 1;
        if taken {
            clear_tries(pool, account).await?;
        }
        return Ok(taken);
    }
    let row: Option<(String, i64, i32, f64)> = sqlx::query_as(
        "UPDATE totp_secrets SET
             failed_codes = CASE WHEN failed_since IS NULL OR failed_since <= now() - make_interval(secs => $2)
                                 THEN 1 ELSE failed_codes + 1 END,
             failed_since = CASE WHEN failed_since IS NULL OR failed_since <= now() - make_interval(secs => $2)
                                 THEN now() ELSE failed_since END
         WHERE account_id = $1 AND confirmed_at IS NOT NULL
         RETURNING sealed_seed, last_step, failed_codes,
                   extract(epoch FROM failed_since + make_interval(secs => $2) - now())::float8",
    )
    .bind(account.0)
    .bind(WINDOW_SECONDS)
    .fetch_optional(pool)
    .await?;
    let Some((sealed, last_step, attempts, window_left)) = row else {
        return Ok(false);
    };
    if attempts > CODES_PER_WINDOW {
        return Err(CoreError::LockedOut {
            retry_after_secs: (window_left.ceil() as i64).max(1),
        });
    }
    let seed = open_seed(key, &sealed)?;
    // Two logins racing with one code: only one moves the step on.
    let taken =
        match matching_step(&seed, code, last_step, Utc::now()) {
            Some(step) => sqlx::query(
                "UPDATE totp_secrets SET last_step = $2 WHERE account_id = $1 AND last_step < $2",
            )
            .bind(account.0)
            .bind(step)
            .execute(pool)
            .await?
            .rows_affected()
                == 1,
            None => false,
        };
    if taken {
        clear_tries(pool, account).await?;
    }
    Ok(taken)
}

/// The owner is in: the six-digit tries start again from none.
async fn clear_tries(pool: &PgPool, account: AccountId) -> CoreResult<()> {
    sqlx::query(
        "UPDATE totp_secrets SET failed_codes = 0, failed_since = NULL WHERE account_id = $1",
    )
    .bind(account.0)
    .execute(pool)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B, SHA-1, truncated to six digits.
    #[test]
    fn rfc_6238_test_vectors() {
        let seed = b"12345678901234567890";
        for (time, expected) in [
            (59u64, 94_287_082u32),
            (1_111_111_109, 7_081_804),
            (1_111_111_111, 14_050_471),
            (1_234_567_890, 89_005_924),
            (2_000_000_000, 69_279_037),
            (20_000_000_000, 65_353_130),
        ] {
            assert_eq!(code_at(seed, time / 30), expected % 1_000_000, "at {time}");
        }
    }

    #[test]
    fn codes_match_within_the_window_and_after_the_last_step() {
        let seed = b"12345678901234567890";
        let now = DateTime::from_timestamp(1_111_111_111, 0).unwrap();
        let step = step_of(now);
        let code = format!("{:06}", code_at(seed, step as u64));
        assert_eq!(matching_step(seed, &code, 0, now), Some(step));
        assert_eq!(matching_step(seed, &code, step, now), None, "reused");
        let previous = format!("{:06}", code_at(seed, (step - 1) as u64));
        assert_eq!(matching_step(seed, &previous, 0, now), Some(step - 1));
        let old = format!("{:06}", code_at(seed, (step - 2) as u64));
        assert_eq!(matching_step(seed, &old, 0, now), None, "too old");
        assert_eq!(matching_step(seed, "12345", 0, now), None);
        assert_eq!(matching_step(seed, "abcdef", 0, now), None);
        assert_eq!(normalise_recovery("AbCd-Efgh "), "abcdefgh");
    }
}
