//! Fuzzing the SMTP wire parsing on stable Rust: random and half-valid command lines, and
//! message data cut into random chunks. CI runs each property with proptest's default number
//! of cases; the long mode is `PROPTEST_CASES=1000000 cargo test --release -p postbay-smtp fuzz`.

use proptest::prelude::*;
use smtp_proto::Request;
use smtp_proto::request::receiver::{BdatReceiver, DataReceiver};

use crate::numbers::{Oversized, oversized};

/// Command-like lines: a verb, arguments drawn from SMTP's own vocabulary and from noise.
fn command_line() -> impl Strategy<Value = Vec<u8>> {
    let verb = prop::sample::select(vec![
        "MAIL FROM:",
        "RCPT TO:",
        "EHLO ",
        "HELO ",
        "BDAT ",
        "DATA",
        "AUTH ",
        "ETRN ",
        "VRFY ",
        "mail from:<",
        "bdat ",
        "",
    ]);
    let word = prop_oneof![
        "[ -~]{0,40}",
        "[0-9]{1,45}",
        Just("SIZE=".to_string()),
        Just("BODY=8BITMIME".to_string()),
        Just("<a@b.test>".to_string()),
        Just("LAST".to_string()),
        Just("NOTIFY=SUCCESS,FAILURE".to_string()),
        Just("ORCPT=rfc822;x@y".to_string()),
    ];
    (
        verb,
        prop::collection::vec(word, 0..6),
        prop::collection::vec(any::<u8>(), 0..8),
    )
        .prop_map(|(verb, words, noise)| {
            let mut line = verb.as_bytes().to_vec();
            line.extend_from_slice(words.join(" ").as_bytes());
            line.extend_from_slice(&noise);
            line.extend_from_slice(b"\r\n");
            line
        })
}

proptest! {
    #[test]
    fn fuzz_command_lines_parse_without_panicking(line in command_line()) {
        let _ = oversized(&line);
        let _ = Request::parse(&mut line.iter());
    }

    #[test]
    fn fuzz_raw_bytes_parse_without_panicking(line in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = oversized(&line);
        let _ = Request::parse(&mut line.iter());
    }

    /// A SIZE that does not fit in 64 bits is always caught, and one that does never is.
    #[test]
    fn fuzz_sizes_are_caught_exactly_when_they_overflow(digits in "[0-9]{1,40}") {
        let line = format!("MAIL FROM:<a@b.test> SIZE={digits}\r\n");
        let fits = digits.trim_start_matches('0').len() < 20
            || digits.trim_start_matches('0').parse::<u64>().is_ok();
        prop_assert_eq!(oversized(line.as_bytes()).is_none(), fits);
        let bdat = format!("BDAT {digits} LAST\r\n");
        prop_assert_eq!(oversized(bdat.as_bytes()) == Some(Oversized::ChunkSize), !fits);
    }

    /// DATA gives the same message however the client's bytes are cut into reads.
    #[test]
    fn fuzz_data_is_the_same_in_any_chunks(
        body in prop::collection::vec(prop_oneof![Just(b'.'), Just(b'\r'), Just(b'\n'), any::<u8>()], 0..400),
        cuts in prop::collection::vec(1usize..50, 0..20),
    ) {
        let mut stream = body.clone();
        stream.extend_from_slice(b"\r\n.\r\n");
        let whole = {
            let mut out = Vec::new();
            let mut receiver = DataReceiver::new();
            receiver.ingest(&mut stream.iter(), &mut out);
            out
        };
        let mut out = Vec::new();
        let mut receiver = DataReceiver::new();
        let mut rest: &[u8] = &stream;
        let mut cuts = cuts.into_iter();
        let mut done = false;
        while !rest.is_empty() && !done {
            let n = cuts.next().unwrap_or(rest.len()).min(rest.len());
            let (chunk, tail) = rest.split_at(n);
            done = receiver.ingest(&mut chunk.iter(), &mut out);
            rest = tail;
        }
        prop_assert_eq!(out, whole);
    }

    /// BDAT takes exactly the announced number of bytes, however they arrive, and leaves
    /// what follows them for the command parser.
    #[test]
    fn fuzz_bdat_takes_exactly_its_chunk(
        chunk in prop::collection::vec(any::<u8>(), 0..300),
        cut in 1usize..64,
    ) {
        let mut receiver = BdatReceiver::new(chunk.len(), true);
        let mut out = Vec::new();
        let mut stream = chunk.clone();
        stream.extend_from_slice(b"QUIT\r\n");
        let mut after = Vec::new();
        let mut finished = chunk.is_empty();
        for piece in stream.chunks(cut) {
            let mut iter = piece.iter();
            if !finished {
                finished = receiver.ingest(&mut iter, &mut out);
            }
            after.extend(iter.copied());
        }
        prop_assert_eq!(&out, &chunk);
        prop_assert_eq!(after, b"QUIT\r\n".to_vec());
    }
}
