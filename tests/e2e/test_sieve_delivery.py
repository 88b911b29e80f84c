"""Users' Sieve scripts at delivery (issue 21): the active script, stored through the API,
files mail into folders (made with :create), sets flags, discards, redirects; a script that
fails keeps the message in the Inbox; a user without a script is untouched. Redirect, reject
and vacation end to end: test_sieve_actions.py."""

import imaplib
import smtplib
import ssl

from test_imap import PASSWORD
from test_smtp import setup_domain

TLS = ssl._create_unverified_context()

SCRIPT = r'''require ["fileinto", "imap4flags", "mailbox", "variables", "body"];
if body :contains "needle-in-large" { fileinto :create "Large"; stop; }
if header :contains "subject" "report" { fileinto :create "Reports/2026"; stop; }
if header :contains "subject" "flag me" { addflag ["\\Flagged", "$Work"]; }
if header :contains "subject" "drop" { discard; stop; }
if header :contains "subject" "nowhere" { fileinto "Missing"; stop; }
if header :contains "subject" "both" { fileinto :flags "\\Seen" "Archive"; keep; stop; }
if header :matches "subject" "forward *" { redirect "someone@else.test"; }
'''


def send(server, to, subject, body=None):
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    body = body or f"body of {subject}\r\n"
    smtp.sendmail("sender@remote.test", [to],
                  f"From: sender@remote.test\r\nTo: {to}\r\nSubject: {subject}\r\n\r\n{body}".encode())
    smtp.quit()


def folder(imap, name):
    """(subject, flags) of each message in the folder, in uid order."""
    typ, _ = imap.select(f'"{name}"', readonly=True)
    assert typ == "OK", name
    typ, data = imap.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    if data == [None]:
        return []
    out = []
    for item in data:
        if isinstance(item, tuple):
            flags = item[0].decode()
            subject = item[1].decode().split(":", 1)[1].strip()
            out.append((subject, flags))
    return out


def test_the_active_script_files_flags_and_discards(server):
    w = setup_domain(server)
    alice, bob = f"alice@{w['name']}", f"bob@{w['name']}"
    admin = w["admin"]
    admin.ok("PUT", f"/accounts/{w['alice']['id']}/sieve-scripts/rules", {"content": SCRIPT, "active": True})
    admin.ok("POST", f"/accounts/{w['alice']['id']}/sieve-scripts/rules/activate")
    # A folder the script files into without :create must exist.
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS)
    imap.login(alice, PASSWORD)
    assert imap.create("Archive")[0] == "OK"
    for subject in ("quarterly report", "flag me please", "drop this", "nowhere to go", "both places",
                    "forward this", "plain"):
        send(server, alice, subject)
    send(server, bob, "quarterly report")
    # A large message (run off the async workers) with the word near its end.
    send(server, alice, "large one", "filler line of the large message\r\n" * 12000 + "needle-in-large\r\n")
    reports = folder(imap, "Reports/2026")
    assert [s for s, _ in reports] == ["quarterly report"], reports
    inbox = folder(imap, "INBOX")
    subjects = [s for s, _ in inbox]
    # Discarded: gone. Filed into a folder that does not exist: kept. Redirected (without
    # :copy): not kept. Kept and filed: both.
    assert subjects == ["flag me please", "nowhere to go", "both places", "plain"], inbox
    flagged = dict(inbox)["flag me please"]
    assert "\\Flagged" in flagged and "$Work" in flagged, flagged
    assert [s for s, _ in folder(imap, "Large")] == ["large one"]
    archive = folder(imap, "Archive")
    assert [s for s, _ in archive] == ["both places"] and "\\Seen" in archive[0][1], archive
    # The keyword is one the folder now offers.
    imap.select("INBOX", readonly=True)
    assert b"$Work" in b" ".join(imap.untagged_responses.get("FLAGS", [b""])), imap.untagged_responses
    imap.logout()
    # Bob has no script: his copy is in his Inbox.
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS)
    imap.login(bob, PASSWORD)
    assert [s for s, _ in folder(imap, "INBOX")] == ["quarterly report"]
    imap.logout()


def test_a_failing_script_keeps_the_message(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    # Five different redirects break the run's limit of four: the message is kept.
    script = "".join(f'redirect "r{i}@else.test";\n' for i in range(5))
    w["admin"].ok("PUT", f"/accounts/{w['alice']['id']}/sieve-scripts/many", {"content": script, "active": True})
    send(server, alice, "kept anyway")
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS)
    imap.login(alice, PASSWORD)
    assert [s for s, _ in folder(imap, "INBOX")] == ["kept anyway"]
    imap.logout()
