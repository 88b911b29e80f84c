//! Fuzzing the core's parsers of what clients type, on stable Rust: names and addresses (and
//! their look-alike warnings), hosts, networks, IP group entries, CSV imports, and the page
//! parameters every list takes (limit, cursor, search). Every parser answers without
//! panicking, a name it accepts parses again to itself, and a cursor it issues reads back. CI runs each property with proptest's default
//! number of cases; the long mode is
//! `PROPTEST_CASES=1000000 cargo test --release -p postbay-core fuzz`.

use std::collections::HashMap;

use proptest::prelude::*;

use crate::list::PageParams;
use crate::names::{self, AliasPattern, DomainName, EmailAddress, LocalPart};

/// Strings near the grammar: letters, digits, the separators names use, Unicode and noise.
fn near_name() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-z0-9]{1,8}",
            Just(".".to_string()),
            Just("-".to_string()),
            Just("@".to_string()),
            Just("*".to_string()),
            Just("xn--".to_string()),
            Just("bücher".to_string()),
            Just("аррӏе".to_string()),
            "\\PC{1,3}",
            "[ -~]{1,3}",
        ],
        0..10,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn fuzz_page_parameters_are_checked_without_panicking(
        limit in prop::option::of(any::<u32>()),
        cursor in prop::option::of(prop_oneof!["\\PC{0,40}", "[A-Za-z0-9_-]{0,60}"]),
        q in prop::option::of("\\PC{0,140}"),
    ) {
        let page = PageParams { limit, cursor, q, sort: None };
        prop_assert_eq!(page.limit().is_ok(), limit.is_none_or(|n| (1..=1000).contains(&n)));
        let _ = page.cursor();
        let _ = page.prefix_pattern();
    }

    #[test]
    fn fuzz_issued_cursors_read_back(name in "\\PC{0,40}") {
        let id = uuid::Uuid::now_v7();
        let first = PageParams { limit: Some(1), ..PageParams::default() };
        let (_, next) = first
            .finish(vec![(name.clone(), id), (String::new(), id)], Clone::clone)
            .expect("a page");
        let back = PageParams { cursor: next, ..PageParams::default() }
            .cursor()
            .expect("a cursor this server issued")
            .expect("present");
        prop_assert_eq!((back.key, back.id), (name, id));
    }
}

proptest! {
    #[test]
    fn fuzz_names_parse_to_themselves(input in near_name()) {
        if let Ok(d) = DomainName::parse(&input, "d") {
            let _ = names::name_warnings(&d);
            prop_assert_eq!(DomainName::parse(d.as_str(), "d").map(|x| x.as_str().to_string()).ok(),
                            Some(d.as_str().to_string()));
        }
        if let Ok(l) = LocalPart::parse(&input, "l") {
            prop_assert_eq!(LocalPart::parse(l.as_str(), "l").map(|x| x.as_str().to_string()).ok(),
                            Some(l.as_str().to_string()));
        }
        if let Ok(a) = EmailAddress::parse(&input, "a") {
            let text = a.to_string();
            prop_assert_eq!(EmailAddress::parse(&text, "a").map(|x| x.to_string()).ok(), Some(text));
        }
        if let Ok(h) = names::host(&input, "h") {
            prop_assert_eq!(names::host(&h, "h").ok(), Some(h));
        }
        let _ = AliasPattern::parse(&input, "p");
    }

    #[test]
    fn fuzz_any_text_is_answered(input in "\\PC{0,80}") {
        let _ = DomainName::parse(&input, "d");
        let _ = LocalPart::parse(&input, "l");
        let _ = EmailAddress::parse(&input, "a");
        let _ = names::host(&input, "h");
        let _ = names::free_text(&input, "t", 100);
        let _ = crate::net::parse_network(&input);
        let _ = crate::net::tenant_may_name(&input);
        let _ = crate::ip_groups::parse_value(&input, "value");
    }

    #[test]
    fn fuzz_networks_parse_or_refuse(addr in "[0-9a-f:.]{0,40}", bits in "[0-9]{0,4}") {
        let entry = format!("{addr}/{bits}");
        if let Some(net) = crate::net::parse_network(&entry) {
            prop_assert!(net.prefix_len() <= net.max_prefix_len());
        }
    }

    /// CSV files of any shape are parsed or refused with a file error, never a panic.
    #[test]
    fn fuzz_csv_imports_are_answered(
        header in prop::sample::subsequence(vec!["Name", "Password", "FullName", "MailAddress", "Groups", "Description", "Bogus"], 0..7),
        rows in prop::collection::vec(prop::collection::vec("[ -~]{0,12}", 0..8), 0..6),
        separator in prop::sample::select(vec![";", ","]),
    ) {
        let mut text = header.join(separator);
        text.push('\n');
        for row in rows {
            text.push_str(&row.join(separator));
            text.push('\n');
        }
        let _ = crate::import::parse(&text, None, &HashMap::new());
    }
}
