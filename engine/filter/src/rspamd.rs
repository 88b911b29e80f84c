//! A client of rspamd's HTTP protocol: `POST /checkv2` on its normal worker scores a message,
//! `POST /learnspam` and `/learnham` on its controller teach its classifier. The envelope goes
//! in request headers (`IP`, `Helo`, `From`, `Rcpt`, `User`), the answer is JSON.
//!
//! The `rspamd-client` crate speaks the same protocol, but brings reqwest 0.13 (with its own
//! TLS stack), zstd and the HTTPCrypt ciphers — some sixty crates to build for one POST to
//! a loopback or LAN address. One request over a plain connection, read with `httparse`, is
//! all this needs.

use std::net::IpAddr;

use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::EngineError;

/// The longest answer read: a verdict with its symbols.
const MAX_REPLY: u64 = 256 * 1024;

/// What rspamd would do with a message, by its own thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RspamdAction {
    NoAction,
    Greylist,
    AddHeader,
    RewriteSubject,
    /// Try again later (rate limits, or a temporary failure of a check).
    SoftReject,
    Reject,
}

impl RspamdAction {
    fn parse(action: &str) -> Self {
        match action {
            "reject" => Self::Reject,
            "soft reject" => Self::SoftReject,
            "rewrite subject" => Self::RewriteSubject,
            "add header" => Self::AddHeader,
            "greylist" => Self::Greylist,
            // "no action", and any action a later rspamd invents: its score still counts.
            _ => Self::NoAction,
        }
    }
}

/// What rspamd made of a message.
#[derive(Debug, Clone, PartialEq)]
pub struct RspamdVerdict {
    pub action: RspamdAction,
    pub score: f64,
    /// Its reject threshold (what `/checkv2` calls `required_score`).
    pub required_score: f64,
    /// The symbols that hit, highest score first.
    pub symbols: Vec<String>,
}

/// The envelope rspamd is told of: its checks (SPF, the sender's reputation, rate limits)
/// read it, and `user` marks mail from a user who logged in.
#[derive(Debug, Clone, Copy, Default)]
pub struct RspamdEnvelope<'a> {
    pub client: Option<IpAddr>,
    pub helo: Option<&'a str>,
    pub sender: Option<&'a str>,
    pub recipients: &'a [String],
    pub user: Option<&'a str>,
}

/// Asks rspamd's normal worker at `host:port` to score `message`.
pub async fn check(
    host: &str,
    port: u16,
    message: &[u8],
    envelope: RspamdEnvelope<'_>,
) -> Result<RspamdVerdict, EngineError> {
    let mut headers = Vec::new();
    if let Some(ip) = envelope.client {
        headers.push(("IP", ip.to_string()));
    }
    if let Some(helo) = envelope.helo {
        headers.push(("Helo", helo.to_string()));
    }
    // The null sender is `<>` to rspamd too.
    headers.push(("From", envelope.sender.unwrap_or("<>").to_string()));
    for recipient in envelope.recipients {
        headers.push(("Rcpt", recipient.clone()));
    }
    if let Some(user) = envelope.user {
        headers.push(("User", user.to_string()));
    }
    let (status, body) = post(host, port, "/checkv2", &headers, message).await?;
    if status != 200 {
        return Err(EngineError::Refused(format!(
            "HTTP {status}: {}",
            error_text(&body)
        )));
    }
    parse_verdict(&body)
}

/// Whether a message is taught as spam or as ham.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lesson {
    Spam,
    Ham,
}

/// What teaching came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Learned {
    Learned,
    /// rspamd had learned this message already (as the same class): nothing to do.
    AlreadyKnown,
    /// rspamd's learn conditions declined it (its classifier is sure already, or has no
    /// storage configured).
    Declined,
}

/// Teaches rspamd's classifier through its controller at `host:port`; the controller must
/// trust this server's address (`secure_ip`), as no password is sent.
pub async fn learn(
    host: &str,
    port: u16,
    message: &[u8],
    lesson: Lesson,
) -> Result<Learned, EngineError> {
    let path = match lesson {
        Lesson::Spam => "/learnspam",
        Lesson::Ham => "/learnham",
    };
    let (status, body) = post(host, port, path, &[], message).await?;
    match status {
        200 => Ok(Learned::Learned),
        // rspamd's answer to a message it has learned already.
        208 => Ok(Learned::AlreadyKnown),
        204 => Ok(Learned::Declined),
        _ => Err(EngineError::Refused(format!(
            "HTTP {status}: {}",
            error_text(&body)
        ))),
    }
}

/// One HTTP/1.0 request (the connection closes after the answer, so no chunking); the
/// status and the body of the answer.
async fn post(
    host: &str,
    port: u16,
    path: &str,
    headers: &[(&str, String)],
    body: &[u8],
) -> Result<(u16, Vec<u8>), EngineError> {
    let mut stream = TcpStream::connect((host, port)).await?;
    let mut head = format!(
        "POST {path} HTTP/1.0\r\nHost: {host}\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        // Values come from the envelope, already checked by SMTP; no line breaks get through.
        let value: String = value.chars().filter(|c| !c.is_control()).collect();
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body).await?;
    stream.flush().await?;
    let mut reply = Vec::new();
    (&mut stream)
        .take(MAX_REPLY + 1)
        .read_to_end(&mut reply)
        .await?;
    if reply.len() as u64 > MAX_REPLY {
        return Err(EngineError::Protocol("the answer is too long".into()));
    }
    parse_response(&reply)
}

fn parse_response(reply: &[u8]) -> Result<(u16, Vec<u8>), EngineError> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    let parsed = response
        .parse(reply)
        .map_err(|e| EngineError::Protocol(format!("not an HTTP answer: {e}")))?;
    let httparse::Status::Complete(head) = parsed else {
        return Err(EngineError::Protocol(
            "the answer ended in its header".into(),
        ));
    };
    if response.headers.iter().any(|h| {
        h.name.eq_ignore_ascii_case("transfer-encoding")
            && !h.value.eq_ignore_ascii_case(b"identity")
    }) {
        return Err(EngineError::Protocol(
            "a chunked answer to an HTTP/1.0 request".into(),
        ));
    }
    let status = response.code.unwrap_or_default();
    Ok((status, reply[head..].to_vec()))
}

/// The `error` of rspamd's JSON error answer, or the start of the body.
fn error_text(body: &[u8]) -> String {
    #[derive(Deserialize)]
    struct Failure {
        error: String,
    }
    match serde_json::from_slice::<Failure>(body) {
        Ok(failure) => failure.error,
        Err(_) => String::from_utf8_lossy(&body[..body.len().min(120)]).into_owned(),
    }
}

fn parse_verdict(body: &[u8]) -> Result<RspamdVerdict, EngineError> {
    #[derive(Deserialize)]
    struct Symbol {
        #[serde(default)]
        score: f64,
    }
    #[derive(Deserialize)]
    struct Reply {
        action: String,
        score: f64,
        #[serde(default)]
        required_score: f64,
        #[serde(default)]
        symbols: std::collections::HashMap<String, Symbol>,
    }
    let reply: Reply = serde_json::from_slice(body)
        .map_err(|e| EngineError::Protocol(format!("an answer that is not a verdict: {e}")))?;
    if !reply.score.is_finite() {
        return Err(EngineError::Protocol("a score that is not a number".into()));
    }
    let mut symbols: Vec<(String, f64)> = reply
        .symbols
        .into_iter()
        .map(|(name, s)| (name, s.score))
        .collect();
    symbols.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(RspamdVerdict {
        action: RspamdAction::parse(&reply.action),
        score: reply.score,
        required_score: reply.required_score,
        symbols: symbols.into_iter().map(|(name, _)| name).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verdict_is_read_with_its_symbols_highest_first() {
        let body = br#"{"is_skipped":false,"score":16.5,"required_score":15.0,"action":"reject",
            "symbols":{"GTUBE":{"name":"GTUBE","score":0.0},"MISSING_DATE":{"name":"MISSING_DATE","score":1.0}},
            "message-id":"x"}"#;
        let v = parse_verdict(body).unwrap();
        assert_eq!(v.action, RspamdAction::Reject);
        assert_eq!((v.score, v.required_score), (16.5, 15.0));
        assert_eq!(v.symbols, vec!["MISSING_DATE", "GTUBE"]);
        assert!(parse_verdict(b"{\"error\":\"x\"}").is_err());
    }

    #[test]
    fn an_answer_is_split_into_status_and_body() {
        let reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
        assert_eq!(parse_response(reply).unwrap(), (200, b"{}".to_vec()));
        let chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
        assert!(parse_response(chunked).is_err());
        assert!(parse_response(b"HTTP/1.1 200").is_err());
        assert_eq!(
            error_text(br#"{"error":"has been already learned as spam, ignore it"}"#),
            "has been already learned as spam, ignore it"
        );
    }
}
