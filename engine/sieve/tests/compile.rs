//! Scripts from the RFCs' own examples compile to what they say; scripts that break a rule are
//! refused with the rule and the place.

use postbay_sieve::*;

fn ok(text: &str) -> Script {
    compile(text, &Limits::default()).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn refused(text: &str) -> SieveError {
    compile(text, &Limits::default()).expect_err(text)
}

#[test]
fn rfc_5228_section_9_example() {
    let script = ok(r#"#
# Example Sieve Filter
# Declare any optional features or extension used by the script
#
require ["fileinto"];

#
# Handle messages from known mailing lists
# Move messages from IETF filter discussion list to filter mailbox
#
if header :is "Sender" "owner-ietf-mta-filters@imc.org"
        {
        fileinto "filter";  # move to "filter" mailbox
        }
#
# Keep all messages to or from people in my company
#
elsif address :DOMAIN :is ["From", "To"] "example.com"
        {
        keep;               # keep in "In" mailbox
        }

#
# Try and catch unsolicited email.  If a message is not to me,
# or it contains a subject known to be spam, file it away.
#
elsif anyof (NOT address :all :contains
               ["To", "Cc", "Bcc"] "me@example.com",
             header :matches "subject"
               ["*make*money*fast*", "*university*dipl*mas*"])
        {
        fileinto "spam";   # move to "spam" mailbox
        }
else
        {
        # Move all other (non-company) mail to "personal"
        # mailbox.
        fileinto "personal";
        }
"#);
    assert_eq!(
        script.extensions.iter().copied().collect::<Vec<_>>(),
        vec![Extension::FileInto]
    );
    let [
        Command::If {
            branches,
            otherwise,
        },
    ] = script.commands.as_slice()
    else {
        panic!("one if: {:?}", script.commands);
    };
    assert_eq!(branches.len(), 3);
    assert_eq!(
        branches[1].0,
        Test::Address {
            part: AddressPart::Domain,
            matching: Matching {
                comparator: Comparator::AsciiCaseMap,
                kind: MatchKind::Is
            },
            headers: vec!["From".into(), "To".into()],
            keys: vec!["example.com".into()],
        }
    );
    let Test::AnyOf(tests) = &branches[2].0 else {
        panic!("anyof")
    };
    assert!(matches!(&tests[0], Test::Not(inner) if matches!(**inner, Test::Address { .. })));
    assert_eq!(
        otherwise.as_deref(),
        Some(
            &[Command::FileInto {
                mailbox: "personal".into(),
                copy: false,
                create: false,
                flags: None
            }][..]
        )
    );
}

#[test]
fn the_extensions_postbay_offers() {
    // RFC 5230 with RFC 6131, RFC 5229, RFC 5232, RFC 5173, RFC 5231, RFC 3894, RFC 6609,
    // RFC 5490, RFC 5233, RFC 5429.
    let script = ok(
        r#"require ["vacation", "vacation-seconds", "variables", "imap4flags", "body",
        "relational", "comparator-i;ascii-numeric", "copy", "include", "mailbox", "subaddress",
        "fileinto", "envelope", "reject", "ereject"];
    include :personal :once "common";
    include :global :optional "site";
    global ["who"];
    if header :matches "From" "*<*>" { set :lower "who" "${2}"; }
    if envelope :detail "to" "lists" { fileinto :create :copy :flags ["\\Seen"] "Lists"; }
    if header :value "ge" :comparator "i;ascii-numeric" "X-Spam-Score" "5" { addflag "$Junk"; }
    if header :count "gt" "Received" "20" { discard; stop; }
    if body :content "text" :contains "unsubscribe" { setflag "flags" "\\Flagged"; }
    if body :raw :matches "*--*" { removeflag "\\Seen"; }
    if string :is "${who}" "" { return; }
    if hasflag :contains "flags" "Flagged" { keep :flags "\\Flagged"; }
    if mailboxexists "Archive" { redirect :copy "archive@example.com"; }
    if size :over 10M { reject "too large"; } elsif size :under 1 { ereject text:
no empty mail, please
.
; }
    vacation :seconds 3600 :subject "Away" :from "me@example.com" :addresses ["me@example.net"]
        :handle "h1" "I am away.";
    "#,
    );
    assert_eq!(script.extensions.len(), 15);
    let vacation = script
        .commands
        .iter()
        .find_map(|c| match c {
            Command::Vacation(v) => Some(v),
            _ => None,
        })
        .expect("vacation");
    assert_eq!(vacation.period, VacationPeriod::Seconds(3600));
    assert_eq!(vacation.addresses, vec!["me@example.net".to_string()]);
    assert_eq!(vacation.reason, "I am away.");
    assert!(script.commands.contains(&Command::If {
        branches: vec![
            (
                Test::Size {
                    over: true,
                    limit: 10 << 20
                },
                vec![Command::Reject {
                    reason: "too large".into(),
                    extended: false
                }]
            ),
            (
                Test::Size {
                    over: false,
                    limit: 1
                },
                vec![Command::Reject {
                    reason: "no empty mail, please\r\n".into(),
                    extended: true
                }]
            )
        ],
        otherwise: None,
    }));
    // Vacation's default period is 7 days.
    let script = ok(r#"require "vacation"; vacation "away";"#);
    let [Command::Vacation(v)] = script.commands.as_slice() else {
        panic!("vacation")
    };
    assert_eq!(v.period, VacationPeriod::Days(7));
}

#[test]
fn extensions_must_be_required_and_known() {
    let e = refused("fileinto \"x\";");
    assert_eq!(
        e.kind,
        ErrorKind::NotRequired {
            name: "fileinto".into(),
            extension: "fileinto"
        }
    );
    let e = refused("require \"fileinto\";\nfileinto :copy \"x\";");
    assert_eq!(
        e.kind,
        ErrorKind::NotRequired {
            name: "fileinto :copy".into(),
            extension: "copy"
        }
    );
    assert_eq!(e.at, Position { line: 2, column: 1 });
    assert_eq!(
        refused("require \"editheader\";").kind,
        ErrorKind::UnsupportedExtension("editheader".into())
    );
    assert_eq!(
        refused("keep;\nrequire \"fileinto\";").kind,
        ErrorKind::LateRequire
    );
    assert_eq!(
        refused("if true { require \"fileinto\"; }").kind,
        ErrorKind::LateRequire
    );
    assert_eq!(
        refused("frobnicate;").kind,
        ErrorKind::UnknownCommand("frobnicate".into())
    );
    assert_eq!(
        refused("if frob { keep; }").kind,
        ErrorKind::UnknownTest("frob".into())
    );
    let e = refused("if header :value \"gt\" \"a\" \"1\" { keep; }");
    assert_eq!(
        e.kind,
        ErrorKind::NotRequired {
            name: ":value".into(),
            extension: "relational"
        }
    );
}

#[test]
fn arguments_are_checked_by_type_and_count() {
    let bad = |text: &str| match refused(text).kind {
        ErrorKind::BadArgument { problem, .. } => problem,
        ErrorKind::UnexpectedArgument { argument, .. } => format!("unexpected {argument}"),
        ErrorKind::MissingArgument { argument, .. } => format!("missing {argument}"),
        ErrorKind::Repeated { argument, .. } => format!("repeated {argument}"),
        other => format!("{other:?}"),
    };
    assert_eq!(bad("redirect;"), "missing the address");
    assert_eq!(
        bad("redirect [\"a@b\", \"c@d\"];"),
        "the address must be a string, not a string list"
    );
    assert_eq!(bad("keep \"x\";"), "unexpected a string");
    assert_eq!(bad("discard :copy;"), "unexpected :copy");
    assert_eq!(
        bad("if size 10 { keep; }"),
        "missing one of :over and :under"
    );
    assert_eq!(
        bad("if size :over :under 10 { keep; }"),
        "missing one of :over and :under"
    );
    assert_eq!(
        bad("if size :over \"10\" { keep; }"),
        "the size must be a number, not a string"
    );
    assert_eq!(
        bad("if header :is :contains \"a\" \"b\" { keep; }"),
        "more than one match type"
    );
    assert_eq!(
        bad("if header :is :is \"a\" \"b\" { keep; }"),
        "repeated :is"
    );
    assert_eq!(bad("if header \"a\" { keep; }"), "missing the keys");
    assert_eq!(
        bad("if header :comparator \"i;fancy\" \"a\" \"b\" { keep; }"),
        "unknown comparator \"i;fancy\""
    );
    assert_eq!(
        bad("if header \"a\" :is \"b\" { keep; }"),
        ":is after a positional argument"
    );
    assert_eq!(bad("if true;"), "missing a block");
    assert_eq!(bad("stop true;"), "unexpected a test");
    assert_eq!(
        bad("if true { keep; } else true { keep; }"),
        "unexpected a test"
    );
    assert_eq!(
        bad("require \"envelope\"; if envelope \"cc\" \"x\" { keep; }"),
        "no envelope part \"cc\" (from, to)"
    );
    assert_eq!(
        bad("require \"variables\"; set \"1x\" \"v\";"),
        "\"1x\" is not a variable name"
    );
    assert_eq!(
        bad("require \"variables\"; set :lower :upper \"x\" \"v\";"),
        "two modifiers of the same precedence"
    );
    assert_eq!(
        bad("require [\"vacation\", \"vacation-seconds\"]; vacation :days 1 :seconds 1 \"x\";"),
        ":days and :seconds together"
    );
    assert_eq!(
        bad("require \"include\"; include :personal :global \"x\";"),
        ":personal and :global together"
    );
    assert_eq!(
        bad("require \"include\"; include \"../etc/passwd\";"),
        "\"../etc/passwd\" is not a script name"
    );
    assert_eq!(
        refused("else { keep; }").kind,
        ErrorKind::OrphanElse("else".into())
    );
    assert_eq!(
        refused("if true { keep; } else { keep; } else { keep; }").kind,
        ErrorKind::OrphanElse("else".into())
    );
    assert_eq!(
        refused("keep; elsif true { keep; }").kind,
        ErrorKind::OrphanElse("elsif".into())
    );
}

#[test]
fn hostile_scripts_are_refused_when_saved() {
    let limits = Limits {
        script_bytes: 1000,
        commands: 50,
        depth: 10,
    };
    assert_eq!(
        compile(&"#".repeat(1001), &limits).expect_err("long").kind,
        ErrorKind::TooLong(1000)
    );
    let redirects = "redirect \"a@b.c\";".repeat(51);
    assert_eq!(
        compile(&redirects, &limits).expect_err("many").kind,
        ErrorKind::TooManyCommands(50)
    );
    let nested = "if true {".repeat(11) + &"}".repeat(11);
    assert_eq!(
        compile(&nested, &limits).expect_err("deep").kind,
        ErrorKind::TooDeep(10)
    );
    let tests = format!("if {}true {{ keep; }}", "not ".repeat(11));
    assert_eq!(
        compile(&tests, &limits).expect_err("deep tests").kind,
        ErrorKind::TooDeep(10)
    );
    // The default limits stop a deep nest long before the stack would.
    let nested = "if true {".repeat(100_000) + &"}".repeat(100_000);
    assert_eq!(refused(&nested).kind, ErrorKind::TooDeep(32));
}

#[test]
fn what_pigeonhole_accepts_and_refuses_so_does_postbay() {
    // Accepted: the two built-in comparators may be required; vacation-seconds implies vacation.
    ok(r#"require ["comparator-i;octet", "comparator-i;ascii-casemap"]; keep;"#);
    ok(r#"require "vacation-seconds"; vacation :seconds 10 "x";"#);
    ok(r#"require "vacation"; vacation :from "Me <me@example.com>" "x";"#);
    ok(r#"require "variables"; if header :matches "to" "*" { redirect "${1}"; }"#);
    // Refused.
    let problem = |text: &str| match refused(text).kind {
        ErrorKind::BadArgument { problem, .. } => problem,
        ErrorKind::MissingArgument { argument, .. } => format!("missing {argument}"),
        ErrorKind::UnexpectedArgument { argument, .. } => format!("unexpected {argument}"),
        other => format!("{other:?}"),
    };
    assert_eq!(
        problem(
            r#"require ["comparator-i;ascii-numeric"]; if header :contains :comparator "i;ascii-numeric" "x" "1" { keep; }"#
        ),
        "i;ascii-numeric cannot be used with :contains or :matches"
    );
    assert_eq!(problem("if (true) { keep; }"), "unexpected a test list");
    assert_eq!(problem("if not (true) { keep; }"), "missing one test");
    assert_eq!(problem("if anyof true { keep; }"), "missing a test list");
    assert_eq!(
        problem(r#"require ["imap4flags", "variables"]; setflag "a b!" "\\Seen";"#),
        "\"a b!\" is not a variable name"
    );
    assert_eq!(
        problem(r#"require ["include", "variables"]; include "${n}";"#),
        "\"${n}\" is not a script name"
    );
    assert_eq!(
        problem(r#"redirect "not an address";"#),
        "\"not an address\" is not an address"
    );
    assert_eq!(
        problem(r#"redirect "a@b.test, c@d.test";"#),
        "\"a@b.test, c@d.test\" is not an address"
    );
    assert_eq!(
        problem(r#"require "vacation"; vacation :from "nobody" "x";"#),
        "\":from\" \"nobody\" is not an address"
    );
    assert_eq!(
        problem(r#"if address :is "Subject" "a@b.c" { keep; }"#),
        "\"Subject\" is not a field that holds addresses"
    );
    ok(r#"if address :is ["FROM", "Resent-Reply-To", "X-Original-To"] "a@b.c" { keep; }"#);
}
