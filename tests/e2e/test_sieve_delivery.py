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


def test_hostile_scripts_are_refused_when_saved_or_stopped_at_delivery(server):
    """Deep nesting and too many commands are refused when saved; 10,000 redirects, an endless
    include chain and a :matches of many wildcards against a 10 MB body are stopped by the
    run's limits at delivery, and the message is kept in the Inbox each time."""
    import time

    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    base = f"/accounts/{w['alice']['id']}/sieve-scripts"
    deep = "if true { " * 40 + "keep;" + " }" * 40
    r = admin.put(f"{base}/deep", {"content": deep})
    assert r.status_code == 422 and r.json()["code"] == "invalid_script", r.text
    many = "keep;\r\n" * 10_001
    r = admin.put(f"{base}/many", {"content": many})
    assert r.status_code == 422 and r.json()["code"] == "invalid_script", r.text

    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS)
    imap.login(f"alice@{name}", PASSWORD)

    def kept(subject, body=None):
        started = time.monotonic()
        send(server, f"alice@{name}", subject, body)
        took = time.monotonic() - started
        assert subject in [s for s, _ in folder(imap, "INBOX")], subject
        return took

    # 10,000 redirects: the run stops at the fifth.
    admin.ok("PUT", f"{base}/redirects", {"content": "".join(f'redirect "r{i}@else.test";\r\n' for i in range(9_999)), "active": True})
    kept("ten thousand redirects")
    # An endless include chain: the depth limit stops it.
    admin.ok("PUT", f"{base}/ping", {"content": 'require "include";\r\ninclude :personal "pong";\r\n'})
    admin.ok("PUT", f"{base}/pong", {"content": 'require "include";\r\ninclude :personal "ping";\r\n', "active": True})
    kept("endless include")
    # Many wildcards against a 10 MB body: the step limit stops it.
    wildcards = "*" + "*".join("abcdefghijklmnopqrstuvwxy") + "*z9"
    admin.ok("PUT", f"{base}/wild", {"content": f'require "body";\r\nif body :raw :matches "{wildcards}" {{ discard; }}\r\n', "active": True})
    # It would match (the body ends in z9): only the limit keeps the message from being discarded.
    body = ("abcdefghijklmnopqrstuvwxy" * 3 + "\r\n") * (10 * 1024 * 1024 // 77) + "z9\r\n"
    took = kept("ten megabytes of wildcards", body)
    print(f"10 MB message with a hostile :matches delivered in {took:.1f} s")
    # The user is shown why on the script; storing it again clears it.
    failed = admin.ok("GET", f"{base}/wild")
    assert "steps" in failed["lastError"] and failed["lastErrorAt"], failed
    assert admin.ok("PUT", f"{base}/wild", {"content": "keep;\r\n"})["lastError"] is None
    imap.logout()
