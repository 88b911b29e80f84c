//! Antivirus through ClamAV's `clamd` (Kerio's external antivirus, ADAPT): the whole message
//! goes over `INSTREAM` (TCP or a Unix socket); clamd decodes the MIME parts and opens the
//! archives itself. Run after the spam score, as Kerio does (the spam check is cheaper, and
//! refused spam needs no scan). The protocol is a command, length-prefixed chunks and one
//! reply line: a few lines here rather than a dependency.

use std::time::Duration;

use postbay_core::access::Principal;
use postbay_core::{CoreError, CoreResult};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::EngineError;

const KEY: &str = "antivirus";
/// Bytes per INSTREAM chunk.
const CHUNK: usize = 64 * 1024;
/// The longest reply read.
const MAX_REPLY: u64 = 4096;

/// Where clamd listens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum VirusEngine {
    /// clamd's `TCPSocket` (its default port is 3310).
    Clamd {
        host: String,
        #[schema(minimum = 1, maximum = 65535)]
        port: u16,
    },
    /// clamd's `LocalSocket`, a Unix socket path on this machine.
    ClamdSocket {
        #[schema(max_length = 255)]
        path: String,
    },
}

/// What happens to a message carrying a virus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum VirusAction {
    /// Refused at SMTP with `554 5.7.1`, naming what was found.
    Reject,
    /// Accepted and dropped.
    Discard,
    /// Accepted and held in quarantine for its domain's administrators (kept as long as the
    /// spam settings' `quarantineRetentionDays`).
    Quarantine,
}

/// What happens when clamd cannot scan (down, too slow, an error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ScanFailure {
    /// The sender is told to try again later (`451 4.7.1`): nothing unscanned gets in.
    Defer,
    /// The message goes on unscanned, marked `X-Virus-Scan: failed`.
    Accept,
}

/// What happens to a message clamd could not look into: an encrypted archive, or one past its
/// limits (clamd says so when its `AlertEncrypted` / `AlertExceedsMax` options are on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum UnscannableAction {
    /// Delivered, marked `X-Virus-Scan: unscannable (<what clamd said>)`.
    Accept,
    /// Refused at SMTP with `554 5.7.1`.
    Reject,
    /// Held in quarantine.
    Quarantine,
}

/// Antivirus, server-wide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct AntivirusSettings {
    /// The scanner; none: no antivirus.
    pub engine: Option<VirusEngine>,
    pub action: VirusAction,
    pub on_failure: ScanFailure,
    /// What an archive clamd cannot open leads to.
    pub on_unscannable: UnscannableAction,
    /// Larger messages are not scanned (clamd's own `StreamMaxLength` is 25 MB by default):
    /// 1 KiB to 256 MiB.
    #[schema(minimum = 1024, maximum = 268435456)]
    pub max_scan_bytes: u32,
    /// The longest a message waits for clamd, in seconds: 1 to 120.
    #[schema(minimum = 1, maximum = 120)]
    pub time_budget_seconds: u32,
}

impl Default for AntivirusSettings {
    fn default() -> Self {
        Self {
            engine: None,
            action: VirusAction::Reject,
            on_failure: ScanFailure::Defer,
            on_unscannable: UnscannableAction::Accept,
            max_scan_bytes: 25 * 1024 * 1024,
            time_budget_seconds: 30,
        }
    }
}

impl AntivirusSettings {
    fn validate(&mut self) -> CoreResult<()> {
        postbay_core::settings::check_ranges(&[
            (
                (1024..=256 * 1024 * 1024).contains(&self.max_scan_bytes),
                "maxScanBytes",
                "1024 to 268435456",
            ),
            (
                (1..=120).contains(&self.time_budget_seconds),
                "timeBudgetSeconds",
                "1 to 120",
            ),
        ])?;
        match &mut self.engine {
            Some(VirusEngine::Clamd { host, port }) => {
                *host = postbay_core::names::host(host, "engine.host")?;
                if *port == 0 {
                    return Err(CoreError::invalid(
                        "engine.port",
                        "out_of_range",
                        "must be 1 to 65535",
                    ));
                }
            }
            Some(VirusEngine::ClamdSocket { path })
                if !path.starts_with('/')
                    || path.len() > 255
                    || path.chars().any(char::is_control) =>
            {
                return Err(CoreError::invalid(
                    "engine.path",
                    "invalid_path",
                    "an absolute path of at most 255 characters",
                ));
            }
            Some(VirusEngine::ClamdSocket { .. }) => {}
            None => {}
        }
        Ok(())
    }
}

/// The settings as the filter reads them.
pub async fn antivirus(pool: &PgPool) -> CoreResult<AntivirusSettings> {
    postbay_core::settings::read(pool, KEY).await
}

pub async fn get(pool: &PgPool, principal: &Principal) -> CoreResult<AntivirusSettings> {
    principal.require_server_admin()?;
    antivirus(pool).await
}

/// Replaces the settings; every process applies them within seconds.
pub async fn set(
    pool: &PgPool,
    principal: &Principal,
    mut value: AntivirusSettings,
) -> CoreResult<AntivirusSettings> {
    principal.may_change_server_settings()?;
    value.validate()?;
    postbay_core::settings::store(pool, principal, KEY, value).await
}

/// What clamd said of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanVerdict {
    Clean,
    /// The name of what was found.
    Infected(String),
    /// clamd could not look inside (its heuristic for encrypted or oversized archives).
    Unscannable(String),
}

/// Scans `message` with the engine, within `budget`.
pub async fn scan(
    engine: &VirusEngine,
    message: &[u8],
    budget: Duration,
) -> Result<ScanVerdict, EngineError> {
    let scanned = async {
        match engine {
            VirusEngine::Clamd { host, port } => {
                let stream = tokio::net::TcpStream::connect((host.as_str(), *port)).await?;
                instream(stream, message).await
            }
            VirusEngine::ClamdSocket { path } => {
                let stream = tokio::net::UnixStream::connect(path).await?;
                instream(stream, message).await
            }
        }
    };
    tokio::time::timeout(budget, scanned)
        .await
        .map_err(|_| EngineError::Timeout)?
}

async fn instream<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    message: &[u8],
) -> Result<ScanVerdict, EngineError> {
    stream.write_all(b"zINSTREAM\0").await?;
    for chunk in message.chunks(CHUNK) {
        let length = u32::try_from(chunk.len()).unwrap_or(u32::MAX);
        stream.write_all(&length.to_be_bytes()).await?;
        stream.write_all(chunk).await?;
    }
    stream.write_all(&0u32.to_be_bytes()).await?;
    stream.flush().await?;
    let mut reply = Vec::new();
    (&mut stream)
        .take(MAX_REPLY)
        .read_to_end(&mut reply)
        .await?;
    parse_reply(&reply)
}

/// Reads `stream: OK`, `stream: <name> FOUND` or `... ERROR`.
fn parse_reply(reply: &[u8]) -> Result<ScanVerdict, EngineError> {
    let text = String::from_utf8_lossy(reply);
    let text = text.trim_end_matches(['\0', '\n']).trim();
    let answer = text.strip_prefix("stream:").map(str::trim).ok_or_else(|| {
        EngineError::Protocol(format!(
            "not a clamd answer: {}",
            text.chars().take(80).collect::<String>()
        ))
    })?;
    if answer == "OK" {
        return Ok(ScanVerdict::Clean);
    }
    if let Some(name) = answer.strip_suffix(" FOUND") {
        let name: String = name.chars().filter(|c| !c.is_control()).take(128).collect();
        // Not a virus: what clamd's heuristics say of what it could not open.
        if name.starts_with("Heuristics.Encrypted.")
            || name.starts_with("Heuristics.Limits.Exceeded")
        {
            return Ok(ScanVerdict::Unscannable(name));
        }
        return Ok(ScanVerdict::Infected(name));
    }
    Err(EngineError::Refused(answer.chars().take(200).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_are_read_as_clean_infected_or_errors() {
        assert_eq!(parse_reply(b"stream: OK\0").unwrap(), ScanVerdict::Clean);
        assert_eq!(
            parse_reply(b"stream: Eicar-Test-Signature FOUND\0").unwrap(),
            ScanVerdict::Infected("Eicar-Test-Signature".into())
        );
        assert!(matches!(
            parse_reply(b"INSTREAM size limit exceeded. ERROR\0"),
            Err(EngineError::Protocol(_))
        ));
        assert!(matches!(
            parse_reply(b"stream: Can't allocate memory ERROR\0"),
            Err(EngineError::Refused(_))
        ));
    }
}
