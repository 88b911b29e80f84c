//! Fuzzing the REST query parameters on stable Rust: query strings near the grammar (the
//! parameters' own names, percent escapes, invalid UTF-8, repeated keys) read by `ApiQuery`,
//! the extractor every list endpoint uses. Each either parses or is refused with a 400
//! `invalid_query_parameter`, never a panic (what the values then mean — limits, cursors,
//! searches — the core's own fuzzing checks). CI runs each property
//! with proptest's default number of cases; the long mode is
//! `PROPTEST_CASES=1000000 cargo test --release -p postbay-api fuzz`.

use axum::extract::FromRequestParts;
use axum::http::Request;
use postbay_core::accounts::AccountFilter;
use postbay_core::audit::AuditQuery;
use postbay_core::list::PageParams;
use postbay_core::queue::QueueFilter;
use proptest::prelude::*;
use serde::de::DeserializeOwned;

use crate::extract::ApiQuery;

fn query_string() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "limit",
        "cursor",
        "q",
        "sort",
        "domainId",
        "tenantId",
        "status",
        "externalId",
        "fullName",
        "since",
        "until",
        "objectId",
        "action",
        "state",
        "x",
        "",
    ]);
    let value = prop_oneof![
        "[0-9]{0,25}",
        Just("-1".to_string()),
        Just("1000".to_string()),
        Just("1001".to_string()),
        Just("name".to_string()),
        Just("-created".to_string()),
        Just("2026-12-04T00:00:00Z".to_string()),
        Just("0190c0de-0000-7000-8000-000000000000".to_string()),
        "[ -~]{0,20}",
        "(%[0-9A-Fa-f]{2}){0,8}",
        "%[^0-9A-Fa-f]?",
    ];
    prop::collection::vec(
        (key, prop::sample::select(vec!["=", "", "=="]), value),
        0..8,
    )
    .prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, eq, v)| format!("{k}{eq}{v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Reads `query` as `T`, or the refusal's status and code: `None` when the URI itself is not
/// one HTTP would carry.
fn extract<T: DeserializeOwned>(query: &str) -> Option<Result<T, (u16, String)>> {
    let request = Request::builder()
        .uri(format!("/api/v1/accounts?{query}"))
        .body(())
        .ok()?;
    let (mut parts, ()) = request.into_parts();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    Some(
        runtime
            .block_on(ApiQuery::<T>::from_request_parts(&mut parts, &()))
            .map(|ApiQuery(v)| v)
            .map_err(|e| (e.0.status, e.0.code)),
    )
}

proptest! {
    #[test]
    fn fuzz_query_strings_parse_or_are_refused(query in query_string()) {
        for refused in [
            extract::<PageParams>(&query).and_then(Result::err),
            extract::<AccountFilter>(&query).and_then(Result::err),
            extract::<AuditQuery>(&query).and_then(Result::err),
            extract::<QueueFilter>(&query).and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        {
            prop_assert_eq!(refused, (400, "invalid_query_parameter".to_string()));
        }
    }
}

#[test]
fn a_bad_value_is_refused_and_a_good_one_read() {
    let page = extract::<PageParams>("limit=5&cursor=abc&sort=-name")
        .expect("a URI")
        .expect("parses");
    assert_eq!((page.limit, page.cursor.as_deref()), (Some(5), Some("abc")));
    assert_eq!(
        extract::<PageParams>("limit=99999999999")
            .expect("a URI")
            .err(),
        Some((400, "invalid_query_parameter".to_string()))
    );
}
