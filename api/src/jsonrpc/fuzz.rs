//! Fuzzing the JSON-RPC request envelope on stable Rust: random bytes as a body, and random
//! JSON values as one request. Every input gets an answer (or, for a notification, none) and
//! never a panic. CI runs each property with proptest's default number of cases; the long mode
//! is `PROPTEST_CASES=1000000 cargo test --release -p postbay-api fuzz`.

use proptest::prelude::*;
use serde_json::{Map, Value};

use super::parse_call;

/// JSON values of any shape, a few levels deep, with the envelope's own keys likely.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        Just(Value::String("2.0".into())),
        Just(Value::String("Session.login".into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "jsonrpc", "id", "method", "params", "token", "query", "x", ""
                    ]),
                    inner
                ),
                0..6
            )
            .prop_map(|pairs| Value::Object(
                pairs
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect::<Map<_, _>>()
            )),
        ]
    })
}

proptest! {
    #[test]
    fn fuzz_envelopes_are_answered_or_dropped_never_panicking(value in json_value()) {
        let was_object = value.is_object();
        let well_formed = value.get("jsonrpc") == Some(&Value::String("2.0".into()))
            && value.get("method").is_some_and(Value::is_string);
        match parse_call(value) {
            Ok(call) => {
                prop_assert!(was_object && well_formed);
                prop_assert!(call.params.is_object(), "params are always named");
                prop_assert!(call.id.as_ref().is_none_or(|id| !id.is_object() && !id.is_array()));
            }
            Err(Some(reply)) => {
                let reply: Value = serde_json::from_str(&reply).expect("a reply is JSON");
                prop_assert!(reply["error"]["code"].is_i64(), "{reply}");
                prop_assert_eq!(&reply["jsonrpc"], "2.0");
            }
            // Only a notification (no id) goes unanswered.
            Err(None) => prop_assert!(was_object && well_formed),
        }
    }

    #[test]
    fn fuzz_bodies_of_random_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(value) = serde_json::from_slice::<Value>(&body) {
            let _ = parse_call(value);
        }
    }
}

#[test]
fn deeply_nested_bodies_are_refused_not_overflowing() {
    // serde_json stops at 128 levels: a body of nesting is a parse error, never a stack overflow.
    let body = "[".repeat(100_000);
    assert!(serde_json::from_str::<Value>(&body).is_err());
}
