//! Fuzzing what IMAP parses and renders, on stable Rust: command lines (imap-codec, the
//! extensions `extended` rewrites, APPEND forms, NOTIFY, IMAP URLs), the framing of literals, modified UTF-7 folder names, and
//! ENVELOPE, BODYSTRUCTURE and sections of random MIME messages. CI runs each property with
//! proptest's default number of cases; the long mode is
//! `PROPTEST_CASES=1000000 cargo test --release -p postbay-imap fuzz`.

use imap_codec::CommandCodec;
use imap_codec::decode::Decoder;
use imap_codec::fragmentizer::Fragmentizer;
use proptest::prelude::*;

use crate::extended::{SavedSets, replace_saved, rewrite};
use crate::render::{self, Piece};

fn command_line() -> impl Strategy<Value = Vec<u8>> {
    let verb = prop::sample::select(vec![
        "a SELECT ",
        "b FETCH ",
        "c UID FETCH ",
        "d SEARCH ",
        "e UID SEARCH RETURN (SAVE) ",
        "f STORE ",
        "g LIST ",
        "h STATUS ",
        "i APPEND ",
        "j SORT ",
        "k COPY $ ",
        "l LOGIN ",
        "m APPEND INBOX ",
        "n APPEND Drafts CATENATE (",
        "o NOTIFY SET ",
        "p CANCELUPDATE ",
        "q SORT RETURN (PARTIAL ",
        "",
    ]);
    let word = prop_oneof![
        "[ -~]{0,30}",
        Just("$".to_string()),
        Just("1:*".to_string()),
        Just("(FLAGS BODY.PEEK[HEADER.FIELDS (Subject)])".to_string()),
        Just("{5}".to_string()),
        Just("{3+}".to_string()),
        Just("\"quoted \\\" string\"".to_string()),
        Just("(RETURN (CHILDREN STATUS (MESSAGES)))".to_string()),
        Just("CHANGEDSINCE 5".to_string()),
        Just("~{3}\r\na\0b".to_string()),
        Just("URL \"/INBOX;UIDVALIDITY=1/;UID=2/;SECTION=1.MIME/;PARTIAL=0.5\"".to_string()),
        Just("TEXT {2}\r\nhi)".to_string()),
        Just("(selected (MessageNew (UID BODY.PEEK[HEADER]) MessageExpunge))".to_string()),
        Just("(subtree (a \"b c\") NONE)".to_string()),
        Just("-1:-20".to_string()),
    ];
    (
        verb,
        prop::collection::vec(word, 0..6),
        prop::collection::vec(any::<u8>(), 0..6),
    )
        .prop_map(|(verb, words, noise)| {
            let mut line = verb.as_bytes().to_vec();
            line.extend_from_slice(words.join(" ").as_bytes());
            line.extend_from_slice(&noise);
            line.extend_from_slice(b"\r\n");
            line
        })
}

/// MIME messages built from pieces real ones have, nested and broken at random.
fn message() -> impl Strategy<Value = Vec<u8>> {
    let header = prop_oneof![
        Just("Subject: =?utf-8?q?caf=C3=A9?= hi\r\n".to_string()),
        Just("From: \"A\" <a@x.test>, group: b@y.test, <@route:c@z.test>;\r\n".to_string()),
        Just("Content-Type: multipart/mixed; boundary=b\r\n".to_string()),
        Just("Content-Type: message/rfc822\r\n".to_string()),
        Just("Content-Transfer-Encoding: base64\r\n".to_string()),
        Just("Content-Transfer-Encoding: quoted-printable\r\n".to_string()),
        "[A-Za-z-]{1,12}: [ -~]{0,40}\r\n",
    ];
    let body = prop_oneof![
        Just("--b\r\n".to_string()),
        Just("--b--\r\n".to_string()),
        Just("\r\n".to_string()),
        Just("AAECAw==\r\n".to_string()),
        Just("caf=C3=A9 =\r\n".to_string()),
        "[ -~]{0,60}\r\n",
    ];
    (
        prop::collection::vec(header, 0..8),
        prop::collection::vec(body, 0..16),
        prop::collection::vec(any::<u8>(), 0..8),
    )
        .prop_map(|(headers, body, noise)| {
            let mut m = headers.concat().into_bytes();
            m.extend_from_slice(b"\r\n");
            m.extend_from_slice(body.concat().as_bytes());
            m.extend_from_slice(&noise);
            m
        })
}

proptest! {
    #[test]
    fn fuzz_commands_decode_or_fail_without_panicking(line in command_line()) {
        let _ = CommandCodec::new().decode(&line);
        let _ = rewrite(&line);
        let saved = SavedSets { uids: Some("4:7,9"), numbers: None };
        let _ = replace_saved(&line, &saved);
    }

    #[test]
    fn fuzz_raw_bytes_decode_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = CommandCodec::new().decode(&bytes);
        let _ = rewrite(&bytes);
        let _ = replace_saved(&bytes, &SavedSets { uids: None, numbers: None });
    }

    /// The framing splits any stream into messages without losing or adding a byte.
    #[test]
    fn fuzz_fragmentizer_keeps_every_byte(
        lines in prop::collection::vec(command_line(), 1..6),
        cut in 1usize..40,
    ) {
        let stream = lines.concat();
        let mut fragments = Fragmentizer::new(64 * 1024);
        let mut seen = Vec::new();
        for piece in stream.chunks(cut) {
            fragments.enqueue_bytes(piece);
            while let Some(_info) = fragments.progress() {
                if fragments.is_message_complete() {
                    seen.extend_from_slice(fragments.message_bytes());
                }
            }
        }
        prop_assert!(seen.len() <= stream.len());
        prop_assert_eq!(&stream[..seen.len()], &seen[..]);
    }

    /// The APPEND, NOTIFY and IMAP URL readers take any bytes without panicking; a literal8
    /// APPEND's re-encoding never leaves a NUL in a part it could reach.
    #[test]
    fn fuzz_extension_syntax_without_panicking(line in command_line(), raw in message()) {
        let _ = crate::append::parse(&line);
        let text = String::from_utf8_lossy(&line);
        let _ = crate::notify::parse(&text);
        let _ = crate::append::parse_url(&text);
        let _ = crate::binary::without_nul(&raw);
    }

    #[test]
    fn fuzz_folder_names_round_trip_through_modified_utf7(name in "\\PC{0,30}") {
        prop_assert_eq!(crate::mutf7::decode(&crate::mutf7::encode(&name)), Some(name));
    }

    #[test]
    fn fuzz_folder_names_decode_without_panicking(name in "[ -~]{0,40}") {
        let _ = crate::mutf7::decode(&name);
    }

    /// ENVELOPE, BODYSTRUCTURE, sections and BINARY of any message render without panicking.
    #[test]
    fn fuzz_messages_render_without_panicking(raw in message(), path in prop::collection::vec(1u32..4, 0..3)) {
        if let Some(m) = mail_parser::MessageParser::default().parse(&raw) {
            let mut out = Vec::new();
            render::envelope(&mut out, &m);
            render::structure(&mut out, &m, true);
            for piece in [Piece::Part, Piece::Header, Piece::Text, Piece::Mime,
                          Piece::Fields { names: vec!["subject".into()], not: true }] {
                let _ = render::section(&m, &path, &piece);
            }
            let _ = render::binary(&m, &path);
        }
    }
}
