//! A client of SpamAssassin's `spamd` (the SPAMC/SPAMD protocol, as `spamc` speaks it: a
//! request line and headers, the message, then a status line, headers and a body). No crate
//! speaks it; it is small. We ask `SYMBOLS`: the verdict comes in the `Spam` header and the
//! names of the rules that hit in the body.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::EngineError;

/// The longest answer read: a verdict and a list of rule names.
const MAX_REPLY: u64 = 64 * 1024;

/// What spamd made of a message.
#[derive(Debug, Clone, PartialEq)]
pub struct SpamdVerdict {
    /// Whether spamd's own threshold was reached (ours decide; this is kept for the record).
    pub spam: bool,
    pub score: f64,
    /// spamd's own threshold.
    pub threshold: f64,
    /// The names of the rules that hit.
    pub symbols: Vec<String>,
}

/// Asks spamd at `host:port` to score `message`. `user` is whose preferences spamd applies
/// (spamd ignores it unless it is set up for per-user settings).
pub async fn check(
    host: &str,
    port: u16,
    message: &[u8],
    user: &str,
) -> Result<SpamdVerdict, EngineError> {
    let reply = exchange(host, port, "SYMBOLS", &[("User", user)], message).await?;
    parse_reply(&reply)
}

/// Teaches spamd's Bayes classifier (`TELL`, `Set: local`): spamd must run with
/// `--allow-tell` and Bayes on. Whether spamd says it learned it (it did not when it knew it).
pub async fn tell(
    host: &str,
    port: u16,
    message: &[u8],
    lesson: crate::rspamd::Lesson,
) -> Result<bool, EngineError> {
    let class = match lesson {
        crate::rspamd::Lesson::Spam => "spam",
        crate::rspamd::Lesson::Ham => "ham",
    };
    let headers = [
        ("Message-class", class),
        ("Set", "local"),
        ("User", "postbay"),
    ];
    let reply = exchange(host, port, "TELL", &headers, message).await?;
    let (fields, _) = split_reply(&reply)?;
    Ok(fields
        .iter()
        .any(|(name, value)| name.eq_ignore_ascii_case("DidSet") && value.contains("local")))
}

/// One request (`command` with `headers` and the message) and spamd's whole answer.
async fn exchange(
    host: &str,
    port: u16,
    command: &str,
    headers: &[(&str, &str)],
    message: &[u8],
) -> Result<Vec<u8>, EngineError> {
    let mut stream = TcpStream::connect((host, port)).await?;
    let mut head = format!(
        "{command} SPAMC/1.5\r\nContent-length: {}\r\n",
        message.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {}\r\n", value.replace(['\r', '\n'], "")));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(message).await?;
    stream.shutdown().await?;
    let mut reply = Vec::new();
    (&mut stream)
        .take(MAX_REPLY + 1)
        .read_to_end(&mut reply)
        .await?;
    if reply.len() as u64 > MAX_REPLY {
        return Err(EngineError::Protocol("the answer is too long".into()));
    }
    Ok(reply)
}

/// An answer's header fields and body, when its status is `0 EX_OK`.
fn split_reply(reply: &[u8]) -> Result<(Vec<(String, String)>, String), EngineError> {
    let text = String::from_utf8_lossy(reply);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .or_else(|| text.split_once("\n\n"))
        .unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default();
    // SPAMD/1.1 0 EX_OK
    let mut parts = status.splitn(3, ' ');
    let (protocol, code, message) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    if !protocol.starts_with("SPAMD/") {
        return Err(EngineError::Protocol(format!(
            "not a spamd answer: {}",
            status.chars().take(80).collect::<String>()
        )));
    }
    if code != "0" {
        return Err(EngineError::Refused(format!("{code} {message}")));
    }
    let fields = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect();
    Ok((fields, body.to_string()))
}

/// Reads spamd's answer to `SYMBOLS`.
fn parse_reply(reply: &[u8]) -> Result<SpamdVerdict, EngineError> {
    let (fields, body) = split_reply(reply)?;
    let verdict = fields
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("spam"))
        .map(|(_, value)| value.as_str())
        .ok_or_else(|| EngineError::Protocol("no Spam header in the answer".into()))?;
    // Spam: True ; 1000.0 / 5.0
    let (flag, scores) = verdict
        .split_once(';')
        .ok_or_else(|| EngineError::Protocol(format!("unreadable verdict: {verdict}")))?;
    let (score, threshold) = scores
        .split_once('/')
        .ok_or_else(|| EngineError::Protocol(format!("unreadable verdict: {verdict}")))?;
    let number = |s: &str| {
        s.trim()
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| EngineError::Protocol(format!("unreadable score: {verdict}")))
    };
    let spam = match flag.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" => true,
        "false" | "no" => false,
        _ => {
            return Err(EngineError::Protocol(format!(
                "unreadable verdict: {verdict}"
            )));
        }
    };
    let symbols = body
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.chars().take(64).collect())
        .take(200)
        .collect();
    Ok(SpamdVerdict {
        spam,
        score: number(score)?,
        threshold: number(threshold)?,
        symbols,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symbols_answer_gives_the_score_and_the_rules() {
        let reply = b"SPAMD/1.1 0 EX_OK\r\nContent-length: 24\r\nSpam: True ; 1000.3 / 5.0\r\n\r\nGTUBE,MISSING_DATE,NO_RECEIVED";
        let v = parse_reply(reply).unwrap();
        assert!(v.spam);
        assert_eq!((v.score, v.threshold), (1000.3, 5.0));
        assert_eq!(v.symbols, ["GTUBE", "MISSING_DATE", "NO_RECEIVED"]);
        let ham = parse_reply(b"SPAMD/1.1 0 EX_OK\r\nSpam: False ; -0.1 / 5.0\r\n\r\n").unwrap();
        assert!(!ham.spam && ham.symbols.is_empty() && ham.score == -0.1);
    }

    #[test]
    fn errors_and_nonsense_are_errors_not_scores() {
        assert!(matches!(
            parse_reply(b"SPAMD/1.0 76 Bad header line: x\r\n"),
            Err(EngineError::Refused(_))
        ));
        assert!(matches!(
            parse_reply(b"HTTP/1.1 200 OK\r\n\r\n"),
            Err(EngineError::Protocol(_))
        ));
        assert!(matches!(
            parse_reply(b"SPAMD/1.1 0 EX_OK\r\nSpam: True ; NaN / 5\r\n\r\n"),
            Err(EngineError::Protocol(_))
        ));
        assert!(matches!(
            parse_reply(b"SPAMD/1.1 0 EX_OK\r\n\r\n"),
            Err(EngineError::Protocol(_))
        ));
    }
}
