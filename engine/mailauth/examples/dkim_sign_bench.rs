//! DKIM signing speed, one core: signatures per second of a 10 KB message with a new Ed25519
//! key and a new RSA-2048 key, as the outbound workers make them (relaxed/relaxed, From
//! over-signed, the whole body hashed each time). Prints its figures; asserts nothing.
//!
//! cargo run --release -p postbay-mailauth --example dkim_sign_bench [seconds per key]

use std::time::{Duration, Instant};

use postbay_mailauth::signing::{KeyAlgorithm, KeyPair, Signer, default_signed_headers};

fn message() -> Vec<u8> {
    let mut m = b"From: Alice <alice@example.com>\r\nTo: Bob <bob@example.net>\r\n\
Subject: The quarterly report\r\nDate: Fri, 4 Dec 2026 18:00:00 +0000\r\n\
Message-ID: <bench@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        .to_vec();
    while m.len() < 10 * 1024 {
        m.extend_from_slice(
            b"The figures for the quarter are attached; totals are up on last year.\r\n",
        );
    }
    m
}

fn main() {
    let seconds: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let message = message();
    println!(
        "DKIM signing, one core, {} byte message, {seconds} s per key",
        message.len()
    );
    for algorithm in [KeyAlgorithm::Ed25519, KeyAlgorithm::Rsa] {
        let pair = match KeyPair::generate(algorithm) {
            Ok(pair) => pair,
            Err(e) => {
                eprintln!("making a key: {e}");
                return;
            }
        };
        let signer = match Signer::new(
            algorithm,
            &pair.private_der,
            "example.com",
            "bench",
            &default_signed_headers(),
        ) {
            Ok(signer) => signer,
            Err(e) => {
                eprintln!("a signer: {e}");
                return;
            }
        };
        let started = Instant::now();
        let mut signed = 0u64;
        while started.elapsed() < Duration::from_secs(seconds) {
            if signer.sign(&message).is_err() {
                eprintln!("signing failed");
                return;
            }
            signed += 1;
        }
        let rate = signed as f64 / started.elapsed().as_secs_f64();
        println!(
            "{:<8} {:>9.0} signatures/s  ({:.1} µs each)",
            algorithm.tag(),
            rate,
            1e6 / rate
        );
    }
}
