//! `throughput SCRIPT MESSAGE [SECONDS]`: runs a Sieve script on a message over and over on
//! one core, as delivery does for each recipient (compile, then run), and prints runs per
//! second — with and without the compile. What tests/bench/sieve.py reports per core.

use std::time::{Duration, Instant};

use postbay_sieve::{Envelope, Environment, Limits, Mail, RunLimits, Script};

struct Folders;

impl Environment for Folders {
    fn mailbox_exists(&self, _name: &str) -> bool {
        true
    }
    fn script(&self, _global: bool, _name: &str) -> Option<std::sync::Arc<Script>> {
        None
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(script), Some(message)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: throughput SCRIPT MESSAGE [SECONDS]");
        std::process::exit(2);
    };
    let seconds: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(3);
    let text = std::fs::read_to_string(script).expect("the script");
    let content = std::fs::read(message).expect("the message");
    let envelope = Envelope {
        from: "sender@remote.test".into(),
        to: "user0@bench.test".into(),
    };
    let compiled = postbay_sieve::compile(&text, &Limits::default()).expect("a valid script");
    let measure = |with_compile: bool| {
        let until = Instant::now() + Duration::from_secs(seconds);
        let mut runs = 0u64;
        let started = Instant::now();
        while Instant::now() < until {
            let owned;
            let script = if with_compile {
                owned = postbay_sieve::compile(&text, &Limits::default()).expect("compiles");
                &owned
            } else {
                &compiled
            };
            let mail = Mail::new(&content, &envelope);
            let actions =
                postbay_sieve::run(script, &mail, &Folders, &RunLimits::default()).expect("runs");
            std::hint::black_box(actions);
            runs += 1;
        }
        runs as f64 / started.elapsed().as_secs_f64()
    };
    let compiled_rate = measure(false);
    let full_rate = measure(true);
    println!(
        "{{\"runs_per_second\": {compiled_rate:.0}, \"runs_per_second_with_compile\": {full_rate:.0}, \"script_bytes\": {}, \"message_bytes\": {}}}",
        text.len(),
        content.len()
    );
}
