//! Fuzzing what a POP3 client sends, on stable Rust: lines of random bytes read through
//! buffers of random sizes, command lines near the grammar, and SASL PLAIN responses. CI runs
//! each property with proptest's default number of cases; the long mode is
//! `PROPTEST_CASES=1000000 cargo test --release -p postbay-pop3 fuzz`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use proptest::prelude::*;

use crate::parse::{LineRead, MAX_LINE, command_line, plain_response, read_line};

/// Input that is mostly lines: words of POP3's vocabulary, noise, and now and then a line
/// longer than the bound.
fn session_input() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "USER ",
            "PASS ",
            "AUTH PLAIN",
            "RETR ",
            "TOP ",
            "LIST",
            "UIDL",
            "DELE ",
            "STLS",
            "QUIT",
            "CAPA",
            "\r\n",
            "\n",
            " ",
            "*",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        prop::collection::vec(any::<u8>(), 0..40),
        (1usize..3).prop_map(|n| vec![b'x'; n * MAX_LINE]),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

/// What `read_line` makes of `input` read through a buffer of `capacity` bytes.
fn read_all(input: &[u8], capacity: usize) -> Vec<(bool, Vec<u8>)> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let mut reader = tokio::io::BufReader::with_capacity(capacity, input);
        let mut lines = Vec::new();
        loop {
            let mut line = Vec::new();
            match read_line(&mut reader, &mut line).await.expect("in memory") {
                LineRead::Closed => return lines,
                LineRead::Line => lines.push((true, line)),
                LineRead::TooLong => lines.push((false, line)),
            }
        }
    })
}

proptest! {
    #[test]
    fn fuzz_lines_are_bounded_and_none_is_lost(input in session_input(), capacity in 1usize..5000) {
        let lines = read_all(&input, capacity);
        let ends = input.iter().filter(|&&b| b == b'\n').count();
        // Each LF ends one line, kept or skipped; what follows the last LF is never a line.
        prop_assert_eq!(lines.len(), ends);
        let mut rest = &input[..];
        for (kept, line) in &lines {
            let end = rest.iter().position(|&b| b == b'\n').expect("an LF per line") + 1;
            if *kept {
                prop_assert!(line.len() <= MAX_LINE);
                prop_assert_eq!(&line[..], &rest[..end]);
            } else {
                prop_assert!(end > MAX_LINE && line.is_empty());
            }
            rest = &rest[end..];
        }
    }

    #[test]
    fn fuzz_command_lines_split_without_panicking(text in "\\PC{0,80}|[ -~]{0,80}") {
        let line = command_line(&text);
        prop_assert!(!line.verb.contains(' '));
        prop_assert!(line.args.iter().all(|a| !a.is_empty() && !a.contains(' ')));
        prop_assert!(text.ends_with(line.rest));
    }

    #[test]
    fn fuzz_plain_responses_decode_without_panicking(
        raw in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..120),
            ("[a-z@.]{0,12}", "[a-z@.]{0,12}", prop::collection::vec(any::<u8>(), 0..40)).prop_map(
                |(authzid, user, password)| [authzid.as_bytes(), b"\0", user.as_bytes(), b"\0", &password].concat()
            ),
        ],
        text in "[A-Za-z0-9+/=*]{0,80}",
    ) {
        let _ = plain_response(&text);
        if let Ok((user, password)) = plain_response(&BASE64.encode(&raw)) {
            let parts: Vec<&[u8]> = raw.split(|&b| b == 0).collect();
            prop_assert_eq!(parts.len(), 3);
            prop_assert!(parts[0].is_empty() || parts[0] == parts[1], "acting for another user");
            prop_assert_eq!(user, String::from_utf8_lossy(parts[1]).into_owned());
            prop_assert_eq!(password, String::from_utf8_lossy(parts[2]).into_owned());
        }
    }
}

#[test]
fn a_plain_response_gives_user_and_password() {
    let ok = BASE64.encode(b"\0alice@a.test\0pass word");
    assert_eq!(
        plain_response(&ok),
        Ok(("alice@a.test".to_string(), "pass word".to_string()))
    );
    let other = BASE64.encode(b"bob\0alice\0x");
    assert!(plain_response(&other).is_err(), "acting for another user");
    assert!(plain_response("not base64!").is_err());
}
