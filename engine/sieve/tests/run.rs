//! Scripts run against messages give the actions RFC 5228 and its extensions say; every bound
//! stops a hostile script with an error (the pipeline then keeps the message in the Inbox).

use std::collections::HashMap;
use std::sync::Arc;

use postbay_sieve::*;

struct Store {
    folders: Vec<&'static str>,
    scripts: HashMap<(bool, String), Arc<Script>>,
}

impl Environment for Store {
    fn mailbox_exists(&self, name: &str) -> bool {
        self.folders.contains(&name)
    }
    fn script(&self, global: bool, name: &str) -> Option<Arc<Script>> {
        self.scripts.get(&(global, name.to_string())).cloned()
    }
}

fn store() -> Store {
    Store {
        folders: vec!["INBOX", "Archive"],
        scripts: HashMap::new(),
    }
}

const MAIL: &str = "From: \"Bob\" <bob@example.com>\r\n\
To: alice+lists@example.org\r\n\
Subject: [sieve] Re: matching rules\r\n\
Sender: owner-ietf-mta-filters@imc.org\r\n\
X-Spam-Score: 7\r\n\
\r\n\
The body talks about unsubscribe links.\r\n";

fn actions_with(
    script: &str,
    message: &str,
    env: &Store,
    limits: &RunLimits,
) -> Result<Vec<Action>, RunError> {
    let script = compile(script, &Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    let envelope = Envelope {
        from: "bob@example.com".into(),
        to: "alice+lists@example.org".into(),
    };
    let mail = Mail::new(message.as_bytes(), &envelope);
    run(&script, &mail, env, limits)
}

fn actions(script: &str) -> Vec<Action> {
    actions_with(script, MAIL, &store(), &RunLimits::default()).expect("runs")
}

fn keep() -> Action {
    Action::Keep { flags: vec![] }
}

fn into(mailbox: &str) -> Action {
    Action::FileInto {
        mailbox: mailbox.into(),
        flags: vec![],
        create: false,
    }
}

#[test]
fn implicit_keep_and_what_cancels_it() {
    assert_eq!(actions(""), vec![keep()]);
    assert_eq!(actions("discard;"), vec![Action::Discard]);
    assert_eq!(
        actions("require \"fileinto\"; fileinto \"Lists\";"),
        vec![into("Lists")]
    );
    assert_eq!(
        actions("require [\"fileinto\", \"copy\"]; fileinto :copy \"Lists\";"),
        vec![into("Lists"), keep()]
    );
    assert_eq!(
        actions("redirect \"x@y.test\"; redirect \"x@y.test\";"),
        vec![Action::Redirect {
            address: "x@y.test".into()
        }]
    );
    assert_eq!(actions("keep; discard;"), vec![keep()]);
    assert_eq!(actions("stop; discard;"), vec![keep()]);
}

#[test]
fn the_rfc_5228_example_files_by_sender_and_domain() {
    let script = r#"require ["fileinto"];
        if header :is "Sender" "owner-ietf-mta-filters@imc.org" { fileinto "filter"; }
        elsif address :DOMAIN :is ["From", "To"] "example.com" { keep; }
        elsif anyof (NOT address :all :contains ["To", "Cc", "Bcc"] "me@example.com",
                     header :matches "subject" ["*make*money*fast*", "*university*dipl*mas*"]) {
            fileinto "spam";
        } else { fileinto "personal"; }"#;
    assert_eq!(
        actions_with(script, MAIL, &store(), &RunLimits::default()).expect("runs"),
        vec![into("filter")]
    );
    let from_company = MAIL.replace("Sender: owner-ietf-mta-filters@imc.org\r\n", "");
    assert_eq!(
        actions_with(script, &from_company, &store(), &RunLimits::default()).expect("runs"),
        vec![keep()]
    );
    let stranger = from_company.replace("bob@example.com", "eve@elsewhere.test");
    assert_eq!(
        actions_with(script, &stranger, &store(), &RunLimits::default()).expect("runs"),
        vec![into("spam")]
    );
    // Addressed to "me@example.com" (as :contains sees it) but outside the company domain.
    let to_me = stranger.replace("alice+lists@example.org", "me@example.com.other.test");
    assert_eq!(
        actions_with(script, &to_me, &store(), &RunLimits::default()).expect("runs"),
        vec![into("personal")]
    );
}

#[test]
fn tests_compare_as_their_comparators_and_match_types_say() {
    let yes = |test: &str| {
        let script = format!(
            "require [\"relational\", \"comparator-i;ascii-numeric\", \"envelope\", \"subaddress\", \"body\"];\n\
             if {test} {{ discard; }}"
        );
        actions(&script) == vec![Action::Discard]
    };
    assert!(yes("header :contains \"subject\" \"MATCHING\""));
    assert!(!yes(
        "header :comparator \"i;octet\" :contains \"subject\" \"MATCHING\""
    ));
    assert!(yes(
        "header :value \"gt\" :comparator \"i;ascii-numeric\" \"X-Spam-Score\" \"5\""
    ));
    assert!(!yes(
        "header :value \"gt\" :comparator \"i;ascii-numeric\" \"X-Spam-Score\" \"10\""
    ));
    assert!(yes(
        "header :count \"eq\" :comparator \"i;ascii-numeric\" \"X-Spam-Score\" \"1\""
    ));
    assert!(yes("address :user \"to\" \"alice\""));
    assert!(yes("address :detail \"to\" \"lists\""));
    assert!(yes("envelope :detail \"to\" \"lists\""));
    assert!(yes("envelope :domain \"from\" \"EXAMPLE.COM\""));
    assert!(yes("exists [\"From\", \"Sender\"]"));
    assert!(!yes("exists [\"From\", \"List-Id\"]"));
    assert!(yes("size :under 1K"));
    assert!(!yes("size :over 1K"));
    assert!(yes("body :contains \"unsubscribe\""));
    assert!(!yes("body :contains \"nowhere\""));
    assert!(yes("allof (true, not false)"));
    assert!(!yes("anyof (false, not true)"));
}

#[test]
fn variables_carry_match_groups_and_modifiers() {
    let script = r#"require ["fileinto", "variables"];
        if header :matches "Subject" "[*] *" {
            set :upperfirst "list" "${1}";
            fileinto "Lists/${list}";
        }
        set "n" "${unknown}x";
        if string :is "${n}" "x" { set :length "len" "${0}"; }
        if string :is "${len}" "26" { fileinto "Counted"; }"#;
    assert_eq!(actions(script), vec![into("Lists/Sieve"), into("Counted")]);
}

#[test]
fn flags_follow_imap4flags() {
    let script = r#"require ["imap4flags", "fileinto"];
        addflag "\\Seen";
        addflag ["$Work \\Flagged", "\\seen"];
        removeflag "\\Flagged";
        if hasflag :contains "work" { fileinto "Work"; }
        fileinto :flags "\\Answered" "Answered";"#;
    assert_eq!(
        actions(script),
        vec![
            Action::FileInto {
                mailbox: "Work".into(),
                flags: vec!["\\Seen".into(), "$Work".into()],
                create: false
            },
            Action::FileInto {
                mailbox: "Answered".into(),
                flags: vec!["\\Answered".into()],
                create: false
            },
        ]
    );
}

#[test]
fn includes_run_in_their_own_variables_and_stop_everything() {
    let mut env = store();
    let common = compile(
        r#"require ["include", "variables", "fileinto"];
        global "box";
        if header :contains "subject" "sieve" { fileinto "${box}"; return; }
        discard;"#,
        &Limits::default(),
    )
    .expect("compiles");
    env.scripts
        .insert((false, "common".into()), Arc::new(common));
    let stopper = compile("stop;", &Limits::default()).expect("compiles");
    env.scripts
        .insert((true, "stopper".into()), Arc::new(stopper));
    let script = r#"require ["include", "variables", "fileinto"];
        global "box"; set "box" "Sieve";
        include :once "common"; include :once "common";
        include :global "stopper";
        fileinto "never";"#;
    assert_eq!(
        actions_with(script, MAIL, &env, &RunLimits::default()).expect("runs"),
        vec![into("Sieve")]
    );
    let missing = "require \"include\"; include \"nope\";";
    assert_eq!(
        actions_with(missing, MAIL, &env, &RunLimits::default()),
        Err(RunError::IncludeMissing("nope".into()))
    );
    let optional = "require \"include\"; include :optional \"nope\";";
    assert_eq!(
        actions_with(optional, MAIL, &env, &RunLimits::default()).expect("runs"),
        vec![keep()]
    );
    // A script including itself stops at the depth limit.
    let looping =
        compile("require \"include\"; include \"loop\";", &Limits::default()).expect("compiles");
    env.scripts
        .insert((false, "loop".into()), Arc::new(looping));
    assert_eq!(
        actions_with(
            "require \"include\"; include \"loop\";",
            MAIL,
            &env,
            &RunLimits::default()
        ),
        Err(RunError::IncludeDepth(10))
    );
}

#[test]
fn vacation_and_reject_are_decided_not_sent() {
    let got = actions(r#"require "vacation"; vacation :days 3 :subject "Away" "Back Monday.";"#);
    let [Action::Vacation(reply), Action::Keep { .. }] = got.as_slice() else {
        panic!("{got:?}")
    };
    assert_eq!(reply.period, VacationPeriod::Days(3));
    assert_eq!(reply.reason, "Back Monday.");
    assert_eq!(
        actions("require \"reject\"; reject \"no\";"),
        vec![Action::Reject {
            reason: "no".into(),
            extended: false
        }]
    );
    let conflict = "require [\"reject\", \"fileinto\"]; fileinto \"x\"; reject \"no\";";
    assert_eq!(
        actions_with(conflict, MAIL, &store(), &RunLimits::default()),
        Err(RunError::RejectConflict("fileinto"))
    );
}

#[test]
fn hostile_scripts_stop_at_their_limits() {
    let limits = RunLimits::default();
    let redirects = "redirect \"a@b.test\"; redirect \"c@d.test\"; redirect \"e@f.test\"; redirect \"g@h.test\"; redirect \"i@j.test\";";
    assert_eq!(
        actions_with(redirects, MAIL, &store(), &limits),
        Err(RunError::TooManyRedirects(4))
    );
    // A :matches with many wildcards against a 10 MB body.
    let huge = format!("Subject: x\r\n\r\n{}", "a".repeat(10 << 20));
    let pattern = "*a".repeat(40) + "b";
    let script = format!("require \"body\"; if body :raw :matches \"{pattern}\" {{ discard; }}");
    let started = std::time::Instant::now();
    assert_eq!(
        actions_with(&script, &huge, &store(), &limits),
        Err(RunError::Steps(limits.steps))
    );
    assert!(
        started.elapsed().as_secs() < 20,
        "stopped in {:?}",
        started.elapsed()
    );
    let actions_limit = RunLimits {
        actions: 3,
        ..limits
    };
    let many =
        "require \"fileinto\"; fileinto \"a\"; fileinto \"b\"; fileinto \"c\"; fileinto \"d\";";
    assert_eq!(
        actions_with(many, MAIL, &store(), &actions_limit),
        Err(RunError::TooManyActions(3))
    );
    let few_vars = RunLimits {
        variables: 2,
        ..limits
    };
    let vars = "require \"variables\"; set \"a\" \"1\"; set \"b\" \"2\"; set \"c\" \"3\";";
    assert_eq!(
        actions_with(vars, MAIL, &store(), &few_vars),
        Err(RunError::TooManyVariables(2))
    );
    // A value longer than the limit is cut, at a character boundary.
    let short = RunLimits {
        variable_bytes: 3,
        ..limits
    };
    let cut = "require \"variables\"; set \"a\" \"éé\"; if string :is \"${a}\" \"é\" { discard; }";
    assert_eq!(
        actions_with(cut, MAIL, &store(), &short).expect("runs"),
        vec![Action::Discard]
    );
}

#[test]
fn mailboxexists_asks_the_store() {
    let script = "require [\"mailbox\", \"fileinto\"]; if mailboxexists \"Archive\" { fileinto :create \"Archive/2026\"; }";
    assert_eq!(
        actions(script),
        vec![Action::FileInto {
            mailbox: "Archive/2026".into(),
            flags: vec![],
            create: true
        }]
    );
}

#[test]
fn globals_are_shared_only_by_the_scripts_that_declare_them() {
    // RFC 6609 3.5, as Pigeonhole runs it: a name the main script keeps local is not the
    // global one an included script sets, and back.
    let mut env = store();
    let child = compile(
        r#"require ["include", "variables"]; global "x"; set "x" "global";"#,
        &Limits::default(),
    )
    .expect("compiles");
    env.scripts.insert((false, "child".into()), Arc::new(child));
    let main = r#"require ["include", "variables", "fileinto"];
        set "x" "local"; include "child"; fileinto "x-${x}";"#;
    assert_eq!(
        actions_with(main, MAIL, &env, &RunLimits::default()).expect("runs"),
        vec![into("x-local")]
    );
    let sharing = r#"require ["include", "variables", "fileinto"];
        global "x"; set "x" "mine"; include "child"; fileinto "x-${x}";"#;
    assert_eq!(
        actions_with(sharing, MAIL, &env, &RunLimits::default()).expect("runs"),
        vec![into("x-global")]
    );
}

#[test]
fn expansion_flags_and_includes_are_paid_for() {
    let limits = RunLimits::default();
    // A thousand references to a 4 KB value: 4 MB of text, stopped by the step limit
    // long before memory matters.
    let big = format!("Subject: {}\r\n\r\nbody\r\n", "x".repeat(4000));
    let script = format!(
        "require [\"variables\", \"fileinto\"]; if header :matches \"subject\" \"*\" {{ fileinto \"{}\"; }}",
        "${0}".repeat(1000)
    );
    let small = RunLimits {
        steps: 10_000,
        ..limits
    };
    assert_eq!(
        actions_with(&script, &big, &store(), &small),
        Err(RunError::Steps(10_000))
    );
    // Flags are bounded in number.
    let flags: Vec<String> = (0..200).map(|i| format!("$f{i}")).collect();
    let script = format!("require \"imap4flags\"; addflag \"{}\";", flags.join(" "));
    assert_eq!(
        actions_with(&script, MAIL, &store(), &limits),
        Err(RunError::TooManyFlags(128))
    );
    // Includes are bounded in all, however shallow.
    let mut env = store();
    let leaf = compile("keep;", &Limits::default()).expect("compiles");
    env.scripts.insert((false, "leaf".into()), Arc::new(leaf));
    let many = format!("require \"include\"; {}", "include \"leaf\"; ".repeat(300));
    assert_eq!(
        actions_with(&many, MAIL, &env, &limits),
        Err(RunError::TooManyIncludes(255))
    );
    // A redirect built from the message is checked at run time.
    let script = r#"require "variables"; if header :matches "subject" "*" { redirect "${0}"; }"#;
    assert!(matches!(
        actions_with(script, MAIL, &store(), &limits),
        Err(RunError::BadAddress(_))
    ));
    // One response of each kind.
    let twice = r#"require "reject"; reject "a"; reject "b";"#;
    assert_eq!(
        actions_with(twice, MAIL, &store(), &limits),
        Err(RunError::Duplicate("reject"))
    );
}

#[test]
fn a_sequence_adds_up_its_scripts_and_stop_ends_it() {
    let compiled = |text: &str| compile(text, &Limits::default()).expect("compiles");
    let before = compiled(
        "require \"fileinto\";\nif header :contains \"x-spam-score\" \"9\" { fileinto \"Junk\"; stop; }\n",
    );
    let user = compiled("require \"fileinto\";\nfileinto \"Archive\";\n");
    let after = compiled("require \"imap4flags\";\naddflag \"$Seen-by-after\";\n");
    let envelope = Envelope {
        from: "bob@example.com".into(),
        to: "alice@example.org".into(),
    };
    let run_on = |message: &str| {
        let mail = Mail::new(message.as_bytes(), &envelope);
        run_sequence(
            &[&before, &user, &after],
            &mail,
            &store(),
            &RunLimits::default(),
        )
        .expect("runs")
    };
    // The user's fileinto cancels the implicit keep for the whole sequence; the after
    // script's flag does not bring it back (it only sets flags).
    assert_eq!(run_on(MAIL), vec![into("Archive")]);
    // The before script stops the sequence: neither the user's nor the after script runs.
    let spam = MAIL.replace("X-Spam-Score: 7", "X-Spam-Score: 9");
    assert_eq!(run_on(&spam), vec![into("Junk")]);
    // Variables of one script do not reach the next.
    let sets = compiled("require \"variables\";\nset \"folder\" \"Archive\";\n");
    let uses = compiled(
        "require [\"variables\", \"fileinto\"];\nif string :is \"${folder}\" \"\" { keep; } else { fileinto \"${folder}\"; }\n",
    );
    let mail = Mail::new(MAIL.as_bytes(), &envelope);
    let got = run_sequence(&[&sets, &uses], &mail, &store(), &RunLimits::default());
    assert_eq!(got, Ok(vec![keep()]));
}
