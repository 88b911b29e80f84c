//! `smtp-load ADDR CONNECTIONS SECONDS SIZE RCPT...`: keeps CONNECTIONS sessions sending
//! SIZE-byte messages to the recipients for SECONDS, then prints one line of JSON: messages
//! accepted, refused, and the latency from the end of DATA to the reply (p50, p99, max, in ms).
//! With `SMTP_LOAD_MESSAGE=<file>` every message is that file (a DKIM-signed message, say,
//! dot-stuffed, with CRLF line ends) under an `X-Load` header of its own, so that no two are
//! alike and the signature, which does not cover it, still verifies; SIZE is then ignored.

use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

async fn reply(reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>) -> std::io::Result<u16> {
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line.as_bytes().get(3) != Some(&b'-') {
            return Ok(line.get(..3).and_then(|c| c.parse().ok()).unwrap_or(0));
        }
    }
}

async fn session(
    addr: String,
    until: Instant,
    size: usize,
    rcpts: Vec<String>,
    worker: usize,
    template: Option<std::sync::Arc<Vec<u8>>>,
) -> std::io::Result<(u64, u64, Vec<f64>)> {
    let stream = TcpStream::connect(&addr).await?;
    stream.set_nodelay(true)?;
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    reply(&mut reader).await?;
    write.write_all(b"EHLO load.example\r\n").await?;
    reply(&mut reader).await?;
    let (mut ok, mut refused, mut latencies) = (0u64, 0u64, Vec::new());
    let mut n = 0u64;
    while Instant::now() < until {
        n += 1;
        let mut head = String::from("MAIL FROM:<load@sender.test>\r\n");
        for r in &rcpts {
            head.push_str(&format!("RCPT TO:<{r}>\r\n"));
        }
        head.push_str("DATA\r\n");
        write.write_all(head.as_bytes()).await?;
        for _ in 0..rcpts.len() + 2 {
            reply(&mut reader).await?;
        }
        let mut body = match &template {
            Some(message) => {
                let mut body =
                    format!("X-Load: {worker}-{n}-{}\r\n", until.elapsed().as_nanos()).into_bytes();
                body.extend_from_slice(message);
                body
            }
            None => {
                let mut body = format!(
                    "From: load@sender.test\r\nTo: {}\r\nSubject: load {worker}-{n}\r\nMessage-ID: <{worker}-{n}-{}@load>\r\n\r\n",
                    rcpts[0],
                    until.elapsed().as_nanos()
                )
                .into_bytes();
                while body.len() + 80 < size {
                    body.extend_from_slice(&[b'x'; 76]);
                    body.extend_from_slice(b"\r\n");
                }
                body
            }
        };
        body.extend_from_slice(b".\r\n");
        let sent = Instant::now();
        write.write_all(&body).await?;
        let code = reply(&mut reader).await?;
        latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
        if code == 250 {
            ok += 1;
        } else {
            refused += 1;
        }
    }
    write.write_all(b"QUIT\r\n").await?;
    Ok((ok, refused, latencies))
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 6 {
        eprintln!("usage: smtp-load ADDR CONNECTIONS SECONDS SIZE RCPT...");
        std::process::exit(2);
    }
    let addr = args[1].clone();
    let connections: usize = args[2].parse().unwrap_or(50);
    let seconds: u64 = args[3].parse().unwrap_or(20);
    let size: usize = args[4].parse().unwrap_or(10_240);
    let rcpts: Vec<String> = args[5..].to_vec();
    let template = match std::env::var("SMTP_LOAD_MESSAGE") {
        Ok(path) => match std::fs::read(&path) {
            Ok(message) => Some(std::sync::Arc::new(message)),
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                std::process::exit(2);
            }
        },
        Err(_) => None,
    };
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..connections)
        .map(|w| {
            tokio::spawn(session(
                addr.clone(),
                until,
                size,
                rcpts.clone(),
                w,
                template.clone(),
            ))
        })
        .collect();
    let (mut ok, mut refused, mut errors, mut latencies) = (0, 0, 0, Vec::new());
    for t in tasks {
        match t.await {
            Ok(Ok((o, r, l))) => {
                ok += o;
                refused += r;
                latencies.extend(l);
            }
            _ => errors += 1,
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or(f64::NAN)
    };
    println!(
        "{{\"accepted\": {ok}, \"refused\": {refused}, \"failed_sessions\": {errors}, \"seconds\": {elapsed:.2}, \"p50_ms\": {:.2}, \"p99_ms\": {:.2}, \"max_ms\": {:.2}}}",
        pct(0.50),
        pct(0.99),
        latencies.last().copied().unwrap_or(f64::NAN)
    );
}
