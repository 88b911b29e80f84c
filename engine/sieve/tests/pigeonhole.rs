//! Differential test against Dovecot's Pigeonhole, the reference Sieve engine: every script of
//! `tests/corpus` runs on every message there, in both engines, and both must decide the same
//! actions. Pigeonhole's `sieve-test` (Debian's dovecot-sieve, which `.ci/run` installs) runs
//! with its own minimal configuration and prints the actions it would take.
//!
//! Differences that are intended are listed in `INTENDED`, each with its reason.

use std::collections::{BTreeSet, HashMap};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use postbay_sieve::*;

const SENDER: &str = "bob@example.com";
const RECIPIENT: &str = "alice+lists@example.org";

/// (script, message): why Postbay decides differently from Pigeonhole.
const INTENDED: &[(&str, &str, &str)] = &[
    // Pigeonhole 2.3.19 matches a pattern that starts with `?` and holds a later `*` against
    // any value: `"?xyzzy *"` matches "[sieve] Re: matching rules". RFC 5228 2.7.1 says `?`
    // is one character, so the `eekly` after it must follow; Postbay follows the RFC.
    (
        "06-matches-wildcards.sieve",
        "plain.eml",
        LEADING_QUESTION_MARK,
    ),
    (
        "06-matches-wildcards.sieve",
        "encoded.eml",
        LEADING_QUESTION_MARK,
    ),
    (
        "06-matches-wildcards.sieve",
        "spam.eml",
        LEADING_QUESTION_MARK,
    ),
    (
        "06-matches-wildcards.sieve",
        "forwarded.eml",
        LEADING_QUESTION_MARK,
    ),
];

const LEADING_QUESTION_MARK: &str = "Pigeonhole's \"?…*\" patterns match anything";

struct NoStore;

impl Environment for NoStore {
    fn mailbox_exists(&self, name: &str) -> bool {
        name == "INBOX"
    }
    fn script(&self, _: bool, _: &str) -> Option<Arc<Script>> {
        None
    }
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn files(extension: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    found.sort();
    found
}

/// What Postbay decides, in the words both sides are reduced to.
fn postbay(script: &str, message: &[u8]) -> BTreeSet<String> {
    let script = match compile(script, &Limits::default()) {
        Ok(s) => s,
        Err(_) => return BTreeSet::from(["invalid".to_string()]),
    };
    let envelope = Envelope {
        from: SENDER.into(),
        to: RECIPIENT.into(),
    };
    let mail = Mail::new(message, &envelope);
    let actions = match run(&script, &mail, &NoStore, &RunLimits::default()) {
        Ok(a) => a,
        Err(_) => return BTreeSet::from(["error".to_string()]),
    };
    let flags = |list: &[String]| -> String {
        let set: BTreeSet<String> = list.iter().map(|f| f.to_ascii_lowercase()).collect();
        if set.is_empty() {
            String::new()
        } else {
            format!(" +{}", set.into_iter().collect::<Vec<_>>().join(" "))
        }
    };
    let mut out = BTreeSet::new();
    for action in actions {
        match action {
            Action::Keep { flags: f } => out.insert(format!("keep{}", flags(&f))),
            Action::FileInto {
                mailbox, flags: f, ..
            } if mailbox == "INBOX" => out.insert(format!("keep{}", flags(&f))),
            Action::FileInto {
                mailbox, flags: f, ..
            } => out.insert(format!("fileinto {mailbox}{}", flags(&f))),
            Action::Redirect { address } => out.insert(format!("redirect {address}")),
            Action::Reject { .. } => out.insert("reject".into()),
            Action::Vacation(_) => out.insert("vacation".into()),
            Action::Discard => false,
        };
    }
    if out.is_empty() {
        out.insert("discard".into());
    }
    out
}

/// What Pigeonhole's `sieve-test` printed, reduced the same way.
fn pigeonhole(output: &str) -> BTreeSet<String> {
    if output.contains("failed to compile") {
        return BTreeSet::from(["invalid".to_string()]);
    }
    if !output.contains("Performed actions:") {
        return BTreeSet::from(["error".to_string()]);
    }
    let mut out = BTreeSet::new();
    let mut last: Option<String> = None;
    let push = |entry: Option<String>, out: &mut BTreeSet<String>| {
        if let Some(e) = entry {
            out.insert(e);
        }
    };
    for line in output.lines() {
        let line = line.trim();
        if let Some(folder) = line.strip_prefix("* store message in folder: ") {
            push(last.take(), &mut out);
            last = Some(if folder == "INBOX" {
                "keep".into()
            } else {
                format!("fileinto {folder}")
            });
        } else if let Some(flags) = line.strip_prefix("+ add IMAP flags: ") {
            let set: BTreeSet<String> = flags
                .split_whitespace()
                .map(|f| f.to_ascii_lowercase())
                .collect();
            if let Some(entry) = last.as_mut() {
                entry.push_str(&format!(
                    " +{}",
                    set.into_iter().collect::<Vec<_>>().join(" ")
                ));
            }
        } else if let Some(address) = line.strip_prefix("* redirect message to: ") {
            push(last.take(), &mut out);
            out.insert(format!(
                "redirect {}",
                address.trim_start_matches('<').trim_end_matches('>')
            ));
        } else if line.starts_with("* reject message") {
            push(last.take(), &mut out);
            out.insert("reject".into());
        } else if line.starts_with("* send vacation message") {
            push(last.take(), &mut out);
            out.insert("vacation".into());
        } else if line.starts_with("* ") {
            push(last.take(), &mut out);
        }
    }
    push(last.take(), &mut out);
    if out.is_empty() {
        out.insert("discard".into());
    }
    out
}

#[test]
fn postbay_decides_as_pigeonhole_does() {
    let found = Command::new("sieve-test").arg("-h").output();
    assert!(
        found.is_ok(),
        "sieve-test is not installed: apt-get install dovecot-sieve (.ci/run does)"
    );
    // sieve-test drops to the mail user (nobody), who must read the files and may write the
    // compiled binaries beside the scripts.
    let dir = std::env::temp_dir().join(format!("postbay-pigeonhole-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("mail")).expect("temp dir");
    for path in [&dir, &dir.join("mail")] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o777)).expect("mode");
    }
    let config = dir.join("dovecot.conf");
    std::fs::write(
        &config,
        format!(
            "mail_location = maildir:{}/mail\nmail_uid = 65534\nmail_gid = 65534\n\
             first_valid_uid = 1\nfirst_valid_gid = 1\n\
             plugin {{\n  sieve_extensions = +vacation-seconds\n}}\n",
            dir.display()
        ),
    )
    .expect("config");
    let messages = files("eml");
    let scripts = files("sieve");
    assert!(
        messages.len() * scripts.len() >= 100,
        "a corpus of 100 pairs"
    );
    let intended: HashMap<(&str, &str), &str> = INTENDED
        .iter()
        .map(|(s, m, why)| ((*s, *m), *why))
        .collect();
    let mut differences = Vec::new();
    for script in &scripts {
        let name = script.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let text = std::fs::read_to_string(script).expect("script");
        let copy = dir.join(name);
        std::fs::write(&copy, &text).expect("copy");
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o644)).expect("mode");
        for message in &messages {
            let message_name = message.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let bytes = std::fs::read(message).expect("message");
            let output = Command::new("sieve-test")
                .env("HOME", &dir)
                .arg("-c")
                .arg(&config)
                .args(["-f", SENDER, "-r", RECIPIENT])
                .arg(&copy)
                .arg(message)
                .output()
                .expect("sieve-test runs");
            let printed = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            let theirs = pigeonhole(&printed);
            let ours = postbay(&text, &bytes);
            if theirs != ours && !intended.contains_key(&(name, message_name)) {
                differences.push(format!(
                    "{name} on {message_name}:\n  Pigeonhole {theirs:?}\n  Postbay    {ours:?}\n{printed}"
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        differences.is_empty(),
        "{} of {} pairs differ:\n{}",
        differences.len(),
        messages.len() * scripts.len(),
        differences.join("\n")
    );
}
