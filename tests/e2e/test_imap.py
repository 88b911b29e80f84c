"""The IMAP server with Python's imaplib (STARTTLS and implicit TLS): folders with special use,
delivery seen byte-identical, FETCH sections and structure, flags, SEARCH, COPY/MOVE with
COPYUID, APPEND with APPENDUID, EXPUNGE, IDLE hearing a delivery, and two sessions seeing each
other's changes; what POP3 deletes, IMAP sees expunged."""

import imaplib
import poplib
import json
import smtplib
import subprocess
import re
import socket
import ssl
import time

import pytest

from conftest import MAIL_LISTENERS, PG_URL, free_port, psql, start_server, stop_server, unique
from test_pop3 import deliver, pop
from test_smtp import body_of, setup_domain
from helpers import require_tool, wait_until

TLS = ssl._create_unverified_context()
PASSWORD = "Passw0rd-x"


def imap(server, user, password=PASSWORD):
    client = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=30)
    client.starttls(ssl_context=TLS)
    typ, _ = client.login(user, password)
    assert typ == "OK"
    return client


def ok(result):
    typ, data = result
    assert typ == "OK", (typ, data)
    return data


def test_login_folders_and_byte_identical_fetch(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    ids = deliver(server, alice, 2, body="Line one.\r\n.dot line\r\n")
    # Before STARTTLS: no passwords.
    plain = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=30)
    assert "LOGINDISABLED" in plain.capabilities and "STARTTLS" in plain.capabilities
    with pytest.raises(imaplib.IMAP4.error, match="PRIVACYREQUIRED"):
        plain.login(alice, PASSWORD)
    plain.logout()
    client = imap(server, alice)
    folders = ok(client.list())
    text = b"\n".join(folders).decode()
    for name, use in (("INBOX", None), ("Sent Items", "\\Sent"), ("Drafts", "\\Drafts"),
                      ("Deleted Items", "\\Trash"), ("Junk E-mail", "\\Junk")):
        line = next(l for l in text.split("\n") if l.endswith(f'"{name}"'))
        if use:
            assert use in line, line
    count = int(ok(client.select("INBOX"))[0])
    assert count == 2
    data = ok(client.fetch("1:*", "(UID FLAGS RFC822.SIZE BODY.PEEK[])"))
    bodies = [part[1] for part in data if isinstance(part, tuple)]
    assert bodies == [body_of(server, m) for m in ids]
    assert b"\\Seen" not in data[0][0], "PEEK leaves \\Seen alone"
    # BODY[] sets \Seen; sections; ENVELOPE and BODYSTRUCTURE.
    data = ok(client.fetch("1", "(BODY[HEADER.FIELDS (SUBJECT)] BODY[TEXT] FLAGS ENVELOPE BODYSTRUCTURE)"))
    head = data[0][0]
    assert b"BODY[HEADER.FIELDS (SUBJECT)]" in head
    assert data[0][1] == b"Subject: message 0\r\n\r\n"
    flat = b"".join(p if isinstance(p, bytes) else p[0] + p[1] for p in data)
    assert b'"TEXT" "PLAIN"' in flat and b'"message 0"' in flat
    ok(client.fetch("2", "(BODY[])"))
    flags = ok(client.fetch("2", "(FLAGS)"))[0]
    assert b"\\Seen" in flags
    partial = ok(client.fetch("1", "(BODY.PEEK[]<0.10>)"))
    assert partial[0][1] == body_of(server, ids[0])[:10] and b"<0>" in partial[0][0]
    client.logout()


def test_flags_search_copy_move_append_expunge(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 3)
    client = imap(server, alice)
    ok(client.select("INBOX"))
    ok(client.store("1", "+FLAGS", "(\\Flagged $Important)"))
    assert b"\\Flagged" in ok(client.fetch("1", "(FLAGS)"))[0]
    assert ok(client.search(None, "FLAGGED"))[0] == b"1"
    assert ok(client.search(None, "SUBJECT", '"message 2"'))[0] == b"3"
    assert ok(client.search(None, "BODY", "Hello"))[0] == b"1 2 3"
    assert ok(client.uid("SEARCH", None, "ALL"))[0].split()[0].isdigit()
    # Folders: create, copy with COPYUID, move.
    ok(client.create("Projects/2026"))
    names = b"\n".join(ok(client.list('""', "Projects*"))).decode()
    assert '"Projects"' in names and '"Projects/2026"' in names and "\\HasChildren" in names
    typ, data = client.copy("1", "Projects/2026")
    assert typ == "OK" and re.match(rb"\[COPYUID \d+ \d+ 1\]", data[0]), data
    typ, data = client._simple_command("MOVE", "2", "Projects")
    assert typ == "OK"
    assert ok(client.select("INBOX"))[0] == b"2"
    # APPEND with APPENDUID, into a folder that must exist.
    msg = b"From: me@x.test\r\nSubject: draft\r\n\r\nDraft body\r\n"
    typ, data = client.append("Drafts", "(\\Draft)", None, msg)
    assert typ == "OK" and b"APPENDUID" in data[0]
    assert client.append("Nowhere", None, None, msg)[0] == "NO"
    ok(client.select("Drafts"))
    assert ok(client.fetch("1", "(BODY.PEEK[])"))[0][1] == msg
    # Delete and expunge.
    ok(client.select("INBOX"))
    ok(client.store("1", "+FLAGS", "(\\Deleted)"))
    data = ok(client.expunge())
    assert data == [b"1"]
    assert ok(client.select("INBOX"))[0] == b"1"
    status = ok(client.status("Projects", "(MESSAGES UIDNEXT UNSEEN)"))[0].decode()
    assert "MESSAGES 1" in status
    ok(client.rename("Projects", "Archive"))
    assert ok(client.select("Archive/2026"))[0] == b"1"
    ok(client.select("INBOX"))
    ok(client.delete("Archive/2026"))
    client.logout()
    usage = w["admin"].ok("GET", f"/accounts/{w['alice']['id']}")["usage"]
    # INBOX 1, Archive 1 (moved), Drafts 1; the copy in Archive/2026 went with its folder.
    assert usage["messages"] == 3


def test_idle_hears_a_delivery_and_sessions_see_each_other(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 1)
    watcher = imap(server, alice)
    ok(watcher.select("INBOX"))
    other = imap(server, alice)
    ok(other.select("INBOX"))
    # IDLE: a delivery shows up within a second.
    tag = watcher._new_tag().decode()
    watcher.send(f"{tag} IDLE\r\n".encode())
    assert watcher.readline().startswith(b"+")
    started = time.time()
    deliver(server, alice, 1)
    line = watcher.readline()
    assert line == b"* 2 EXISTS\r\n", line
    assert time.time() - started < 3
    # RECENT follows EXISTS (IMAP4rev1): both messages are recent in the first session.
    assert watcher.readline() == b"* 2 RECENT\r\n"
    # Another session's flag change shows up while idling too.
    ok(other.store("1", "+FLAGS", "(\\Flagged)"))
    line = watcher.readline()
    assert b"FETCH" in line and b"\\Flagged" in line, line
    watcher.send(b"DONE\r\n")
    assert watcher.readline().startswith(tag.encode() + b" OK")
    # An expunge by one session is reported to the other on its next command (not during FETCH).
    ok(other.store("1", "+FLAGS", "(\\Deleted)"))
    ok(other.expunge())
    typ, data = watcher.fetch("1", "(FLAGS)")
    assert typ == "NO" and b"[EXPUNGEISSUED]" in data[0], (typ, data)
    assert not watcher.untagged_responses.get("EXPUNGE")
    watcher.noop()
    assert watcher.untagged_responses.get("EXPUNGE") == [b"1"]
    watcher.logout()
    other.logout()


def test_pop3_delete_is_an_imap_expunge(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 2)
    client = imap(server, alice)
    ok(client.select("INBOX"))
    p = pop(server, alice)
    p.dele(1)
    p.quit()
    client.noop()
    assert client.untagged_responses.get("EXPUNGE") == [b"1"]
    assert ok(client.select("INBOX"))[0] == b"1"
    client.logout()


class TlsLines:
    """Tagged commands over implicit TLS, reading until the tagged reply."""

    def __init__(self, port):
        self.sock = TLS.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=20))
        self.file = self.sock.makefile("rb")
        self.file.readline()

    def cmd(self, line: str) -> bytes:
        tag = line.split(" ", 1)[0].encode()
        self.sock.sendall(line.encode() + b"\r\n")
        while True:
            reply = self.file.readline()
            if not reply or reply.startswith(tag + b" "):
                return reply

    def close(self):
        self.file.close()
        self.sock.close()


def test_implicit_tls_and_refusals(server):
    w = setup_domain(server)
    client = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS, timeout=30)
    assert "AUTH=PLAIN" in client.capabilities and "STARTTLS" not in client.capabilities
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        client.login(f"alice@{w['name']}", "wrong")
    client.authenticate("PLAIN", lambda _: f"\0alice@{w['name']}\0{PASSWORD}".encode())
    typ, _ = client.select("INBOX")
    assert typ == "OK"
    client.logout()
    # Bad input: unknown commands, bad sequence numbers and sets, wrong state; the session goes on.
    raw = TlsLines(server.imaps_port)
    assert raw.cmd(f"a0 LOGIN alice@{w['name']} {PASSWORD}").startswith(b"a0 OK")
    assert raw.cmd("a1 SELECT INBOX").startswith(b"a1 OK")
    for i, bad in enumerate(("FROB", "FETCH 99 (FLAGS)", "FETCH x (FLAGS)", "UID FETCH 1:* (NONSENSE)", "STORE 1 +FLAGS",
                             "SEARCH CHARSET KOI8-R FOO", "LOGIN again now")):
        reply = raw.cmd(f"b{i} {bad}")
        assert reply.startswith(f"b{i} BAD".encode()) or reply.startswith(f"b{i} NO".encode()), (bad, reply)
    assert raw.cmd("c1 NOOP").startswith(b"c1 OK")
    raw.close()
    w["admin"].ok("PATCH", f"/accounts/{w['bob']['id']}", {"status": "disabled"})
    client = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS, timeout=30)
    with pytest.raises(imaplib.IMAP4.error, match="CONTACTADMIN"):
        client.login(f"bob@{w['name']}", PASSWORD)
    client.logout()
    raw = socket.create_connection(("127.0.0.1", server.imap_port), timeout=10)
    raw.recv(4096)
    raw.sendall(b"a1 SELECT INBOX\r\n")
    assert raw.recv(4096).startswith(b"a1 BAD")
    raw.sendall(b"a2 APPEND INBOX {99999999999}\r\n")
    reply = raw.recv(4096)
    assert reply.startswith(b"a2 BAD") or reply.startswith(b"a2 NO") or reply.startswith(b"* BAD"), reply
    raw.close()


def test_mbsync_mirrors_both_ways(server, tmp_path):
    require_tool("mbsync")
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    ids = deliver(server, alice, 3)
    client = imap(server, alice)
    ok(client.create("Work"))
    ok(client.append("Work", "(\\Flagged)", None, b"From: a@x.test\r\nSubject: work item\r\nMessage-ID: <work@x>\r\n\r\nDo it.\r\n"))
    client.logout()
    cert = tmp_path / "postbay-data" / "tls" / "cert.pem"
    assert cert.exists()
    mail = tmp_path / "mail"
    mail.mkdir()
    rc = tmp_path / "mbsyncrc"
    rc.write_text(f"""IMAPAccount postbay
Host 127.0.0.1
Port {server.imaps_port}
User {alice}
Pass {PASSWORD}
SSLType IMAPS
CertificateFile {cert}

IMAPStore remote
Account postbay

MaildirStore local
Path {mail}/
Inbox {mail}/INBOX
SubFolders Verbatim

Channel all
Far :remote:
Near :local:
Patterns *
Create Both
Expunge Both
SyncState *
""")

    def run():
        out = subprocess.run(["mbsync", "-c", str(rc), "-a"], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stdout + out.stderr
        return out.stdout + out.stderr

    run()
    inbox = sorted((mail / "INBOX" / "cur").iterdir()) + sorted((mail / "INBOX" / "new").iterdir())
    assert len(inbox) == 3
    # Maildir files have LF line ends and mbsync's X-TUID header; otherwise the same bytes.
    local = {re.sub(rb"X-TUID: [^\n]*\n", b"", f.read_bytes()) for f in inbox}
    assert local == {body_of(server, m).replace(b"\r\n", b"\n") for m in ids}
    work = list((mail / "Work" / "cur").iterdir()) + list((mail / "Work" / "new").iterdir())
    assert len(work) == 1 and "F" in work[0].name.rsplit(":2,", 1)[1], work
    # Locally: mark one read, move one into Work, delete one; then sync back.
    first, second, third = inbox
    first.rename(first.parent.parent / "cur" / (first.name.split(":2,")[0] + ":2,S"))
    (mail / "Work" / "cur").mkdir(exist_ok=True)
    moved = re.sub(rb"X-TUID: [^\n]*\n", b"", second.read_bytes()).replace(b"\n", b"\r\n")
    second.rename(mail / "Work" / "cur" / (second.name.split(",U=")[0] + ":2,"))
    third.rename(third.parent.parent / "cur" / (third.name.split(":2,")[0] + ":2,T"))
    run()
    client = imap(server, alice)
    assert ok(client.select("INBOX"))[0] == b"1"
    assert b"\\Seen" in ok(client.fetch("1", "(FLAGS)"))[0]
    assert ok(client.select("Work"))[0] == b"2"
    bodies = [re.sub(rb"X-TUID: [^\r]*\r\n", b"", p[1]) for p in ok(client.fetch("1:*", "(BODY.PEEK[])")) if isinstance(p, tuple)]
    assert moved in bodies
    client.logout()


def test_two_processes_on_one_database_see_each_other(server, tmp_path):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 1)
    ports = {name: free_port() for name in MAIL_LISTENERS}
    (tmp_path / "second").mkdir()
    process, _ = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{server.db}",
                               **{k: f"127.0.0.1:{v}" for k, v in ports.items()}}, tmp_path / "second")
    try:
        here = imap(server, alice)
        ok(here.select("INBOX"))
        there = imaplib.IMAP4("127.0.0.1", ports["POSTBAY_IMAP_ADDR"], timeout=30)
        there.starttls(ssl_context=TLS)
        ok(there.login(alice, PASSWORD))
        ok(there.select("INBOX"))
        # Idling here: a flag change there, then a delivery, arrive within a second or so.
        tag = here._new_tag().decode()
        here.send(f"{tag} IDLE\r\n".encode())
        assert here.readline().startswith(b"+")
        ok(there.store("1", "+FLAGS", "(\\Answered)"))
        line = here.readline()
        assert b"1 FETCH" in line and b"\\Answered" in line, line
        deliver(server, alice, 1)
        assert here.readline() == b"* 2 EXISTS\r\n"
        assert here.readline() == b"* 2 RECENT\r\n"
        here.send(b"DONE\r\n")
        assert here.readline().startswith(tag.encode() + b" OK")
        # The other process sees the delivery on NOOP, and its expunge is seen here.
        there.noop()
        assert there.untagged_responses.get("EXISTS")[-1] == b"2"
        ok(there.store("1", "+FLAGS", "(\\Deleted)"))
        ok(there.expunge())
        here.noop()
        assert here.untagged_responses.get("EXPUNGE") == [b"1"]
        assert ok(here.fetch("1", "(FLAGS)"))[0].startswith(b"1 (FLAGS")
        # NOTIFY (RFC 5465) here hears of a folder made and a message filed there.
        tag = here._new_tag().decode()
        here.send(f"{tag} NOTIFY SET (personal (MessageNew MessageExpunge MailboxName))\r\n".encode())
        assert here.readline().startswith(tag.encode() + b" OK")
        ok(there.create("Elsewhere"))
        assert here.readline() == b'* LIST () "/" "Elsewhere"\r\n'
        ok(there.append("Elsewhere", None, None, b"Subject: x\r\n\r\ny\r\n"))
        assert here.readline().startswith(b'* STATUS "Elsewhere" (MESSAGES 1 UIDNEXT 2 ')
        here.logout()
        there.logout()
    finally:
        assert stop_server(process) == 0


class Tagged(TlsLines):
    """Returns every line of a command's response, the tagged one last."""

    def all(self, line: str) -> list[bytes]:
        tag = line.split(" ", 1)[0].encode()
        self.sock.sendall(line.encode() + b"\r\n")
        lines = []
        while True:
            reply = self.file.readline()
            lines.append(reply)
            if not reply or reply.startswith(tag + b" "):
                return lines


def test_condstore_and_qresync(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 3)
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    caps = b"".join(c.all("b CAPABILITY"))
    assert b"CONDSTORE" in caps and b"QRESYNC" in caps
    lines = c.all("c SELECT INBOX (CONDSTORE)")
    highest = int(re.search(rb"HIGHESTMODSEQ (\d+)", b"".join(lines)).group(1))
    # FETCH MODSEQ; modseqs go up with every change.
    lines = c.all("d FETCH 1:* (UID MODSEQ)")
    modseqs = [int(re.search(rb"MODSEQ \((\d+)\)", l).group(1)) for l in lines if l.startswith(b"* ") and b" FETCH " in l]
    assert len(modseqs) == 3 and max(modseqs) <= highest
    lines = c.all("e STORE 1 +FLAGS (\\Flagged)")
    new = int(re.search(rb"MODSEQ \((\d+)\)", lines[0]).group(1))
    assert new > highest
    # CHANGEDSINCE returns only what changed.
    lines = c.all(f"f FETCH 1:* (FLAGS) (CHANGEDSINCE {highest})")
    fetched = [l for l in lines if l.startswith(b"* ") and b" FETCH " in l]
    assert len(fetched) == 1 and b"\\Flagged" in fetched[0] and b"MODSEQ" in fetched[0]
    # Conditional STORE: a message changed after the given modseq is left alone and named.
    lines = c.all(f"g STORE 1,2 (UNCHANGEDSINCE {highest}) +FLAGS (\\Seen)")
    assert lines[-1].startswith(b"g OK [MODIFIED 1]"), lines
    assert any(l.startswith(b"* 2 FETCH") for l in lines)
    # SEARCH MODSEQ.
    lines = c.all(f"h SEARCH MODSEQ {new}")
    assert re.match(rb"\* SEARCH 1 2 \(MODSEQ \d+\)", lines[0]), lines
    status = b"".join(c.all("i STATUS INBOX (HIGHESTMODSEQ MESSAGES)"))
    assert b"HIGHESTMODSEQ" in status and b"MESSAGES 3" in status
    before_expunge = int(re.search(rb"HIGHESTMODSEQ (\d+)", status).group(1))
    c.close()

    # QRESYNC: expunges are VANISHED; a reconnecting client learns what changed while away.
    q = Tagged(server.imaps_port)
    assert q.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    assert b"ENABLED QRESYNC" in b"".join(q.all("b ENABLE QRESYNC"))
    lines = q.all("c SELECT INBOX")
    validity = int(re.search(rb"UIDVALIDITY (\d+)", b"".join(lines)).group(1))
    uids = [int(re.search(rb"UID (\d+)", l).group(1)) for l in q.all("d UID FETCH 1:* (UID)") if l.startswith(b"* ")]
    q.all("e STORE 3 +FLAGS (\\Deleted)")
    lines = q.all("f EXPUNGE")
    assert lines[0] == f"* VANISHED {uids[2]}\r\n".encode(), lines
    q.all("g STORE 1 -FLAGS (\\Flagged)")
    q.close()
    q = Tagged(server.imaps_port)
    q.cmd(f"a LOGIN {alice} {PASSWORD}")
    q.all("b ENABLE QRESYNC")
    lines = q.all(f"c SELECT INBOX (QRESYNC ({validity} {before_expunge}))")
    text = b"".join(lines)
    assert f"* VANISHED (EARLIER) {uids[2]}".encode() in text, text
    # Message 1 was skipped by the conditional STORE, then lost \Flagged: no flags left.
    assert re.search(rb"\* 1 FETCH \(UID \d+ FLAGS \(\) MODSEQ", text), text
    lines = q.all(f"d UID FETCH 1:* (FLAGS) (CHANGEDSINCE {before_expunge} VANISHED)")
    assert lines[0].startswith(b"* VANISHED (EARLIER)"), lines
    # Without ENABLE QRESYNC, the QRESYNC select parameter is refused.
    plain = Tagged(server.imaps_port)
    plain.cmd(f"a LOGIN {alice} {PASSWORD}")
    assert plain.all(f"b SELECT INBOX (QRESYNC ({validity} 1))")[-1].startswith(b"b BAD")
    plain.close()
    q.close()


def test_quota_sort_status_size_and_appendlimit(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    w["admin"].ok("PATCH", f"/accounts/{w['alice']['id']}", {"quotaBytes": 10 * 1024 * 1024, "quotaMessages": 100})
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    for i, (subject, sender) in enumerate((("Re: zebra", "carol@x.test"), ("apple", "bob@x.test"), ("Fwd: mango", "alice@x.test"))):
        smtp.sendmail(sender, [alice], f"From: {sender}\r\nSubject: {subject}\r\nMessage-ID: <s{i}@x>\r\n\r\n{'x' * (100 * (3 - i))}\r\n".encode())
    smtp.quit()
    c = Tagged(server.imaps_port)
    caps = b"".join(c.all("a CAPABILITY"))
    assert b"APPENDLIMIT=" in caps and b"QUOTA" in caps and b"SORT" in caps and b"STATUS=SIZE" in caps
    c.cmd(f"b LOGIN {alice} {PASSWORD}")
    lines = c.all("c GETQUOTAROOT INBOX")
    assert lines[0] == b'* QUOTAROOT "INBOX" ""\r\n', lines
    used = w["admin"].ok("GET", f"/accounts/{w['alice']['id']}")["usage"]
    assert lines[1] == f'* QUOTA "" (STORAGE {(used["bytes"] + 1023) // 1024} 10240 MESSAGE 3 100)\r\n'.encode(), lines
    assert c.all('d GETQUOTA "other"')[-1].startswith(b"d NO")
    assert c.all('e SETQUOTA "" (STORAGE 1)')[-1].startswith(b"e NO")
    status = b"".join(c.all("f STATUS INBOX (SIZE MESSAGES)"))
    assert f"SIZE {used['bytes']}".encode() in status
    c.all("g SELECT INBOX")
    assert c.all("h SORT (SUBJECT) UTF-8 ALL")[0] == b"* SORT 2 3 1\r\n"
    assert c.all("i SORT (REVERSE SIZE) UTF-8 ALL")[0] == b"* SORT 1 2 3\r\n"  # the first is largest
    assert c.all("i2 SORT (SIZE) UTF-8 ALL")[0] == b"* SORT 3 2 1\r\n"
    assert c.all("j SORT (FROM) UTF-8 ALL")[0] == b"* SORT 3 2 1\r\n"
    assert c.all("k SORT (ARRIVAL) UTF-8 SUBJECT apple")[0] == b"* SORT 2\r\n"
    c.close()


def test_sort_and_thread_by_date_and_subject_as_every_writer_keeps_them(server):
    """RFC 5256: SORT (DATE) orders by the Date header, and by the internal date when there is
    none or it is not a date. Every way a copy is stored keeps that date and its subject with
    it (SORT reads the folder's rows, not the contents): delivery, APPEND and COPY."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    smtp.sendmail("bob@x.test", [alice], b"From: bob@x.test\r\nSubject: one\r\n"
                  b"Date: Sun, 01 Mar 2020 10:00:00 +0000\r\n\r\ndelivered\r\n")
    smtp.quit()
    c = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS)
    c.login(alice, PASSWORD)
    for date_header, internal in (
        (b"Date: Tue, 01 Jan 2019 08:00:00 -0500\r\n", "01-Jan-2025 00:00:00 +0000"),
        (b"", "01-Jun-2018 00:00:00 +0000"),  # no Date header: the internal date
        (b"Date: not a date at all\r\n", "01-Feb-2021 00:00:00 +0000"),
    ):
        message = b"From: carol@x.test\r\nSubject: two\r\n" + date_header + b"\r\nappended\r\n"
        assert c.append("INBOX", None, f'"{internal}"', message)[0] == "OK"
    c.select("INBOX")
    assert c.sort("(DATE)", "UTF-8", "ALL")[1] == [b"3 2 1 4"]
    assert c.sort("(REVERSE DATE)", "UTF-8", "ALL")[1] == [b"4 1 2 3"]
    assert c.sort("(ARRIVAL)", "UTF-8", "ALL")[1] == [b"3 4 2 1"]  # the delivery's is now
    assert c.sort("(SUBJECT DATE)", "UTF-8", "ALL")[1] == [b"1 3 2 4"]
    # ORDEREDSUBJECT: by base subject; the first by date is the parent of the others, in date
    # order, and threads go in the order of their first messages.
    assert c.thread("ORDEREDSUBJECT", "UTF-8", "ALL")[1] == [b"(3 (2)(4))(1)"]
    assert c.create("Kept")[0] == "OK"
    assert c.copy("1:4", "Kept")[0] == "OK"
    c.select("Kept")
    assert c.sort("(DATE)", "UTF-8", "ALL")[1] == [b"3 2 1 4"]
    assert c.sort("(SUBJECT DATE)", "UTF-8", "ALL")[1] == [b"1 3 2 4"]
    assert c.sort("(SUBJECT DATE)", "UTF-8", "SUBJECT two")[1] == [b"3 2 4"]
    c.logout()


def test_a_domain_bound_to_an_address_takes_bare_names_there(server):
    w = setup_domain(server)
    admin = w["admin"]
    other = free_port()
    admin.ok("PATCH", "/services/imaps", {"addresses": [f"127.0.0.1:{server.imaps_port}", f"127.0.0.2:{other}"]})
    d = admin.ok("PATCH", f"/domains/{w['domain']['id']}", {"mail": {"loginAddress": "127.0.0.2"}})
    assert d["mail"]["loginAddress"] == "127.0.0.2"
    second = admin.ok("POST", "/domains", {"name": "second-" + w["name"]})
    r = admin.patch(f"/domains/{second['id']}", {"mail": {"loginAddress": "127.0.0.2"}})
    assert r.status_code == 409 and r.json()["code"] == "already_bound" and r.json()["field"] == "mail.loginAddress"
    r = admin.patch(f"/domains/{second['id']}", {"mail": {"loginAddress": "somewhere"}})
    assert r.status_code == 422 and r.json()["field"] == "mail.loginAddress"

    def login(host, port, user, password=PASSWORD):
        client = wait_until(lambda: imaplib.IMAP4_SSL(host, port, ssl_context=TLS, timeout=10), timeout=8,
                            what=f"IMAP on {host}:{port}")
        try:
            return client.login(user, password)[0]
        except imaplib.IMAP4.error:
            return "NO"
        finally:
            client.shutdown()

    assert login("127.0.0.2", other, "alice") == "OK"
    assert login("127.0.0.1", server.imaps_port, "alice") == "NO"
    assert login("127.0.0.2", other, "admin", "Adm1n-secret") == "NO", "primary users give full addresses there"
    assert login("127.0.0.2", other, "admin@primary.test", "Adm1n-secret") == "OK"
    assert login("127.0.0.1", server.imaps_port, "admin", "Adm1n-secret") == "OK"


def test_a_tenant_cannot_capture_bare_name_logins(server):
    admin = server.admin()
    reseller = admin.ok("POST", "/tenants", {"kind": "reseller", "name": unique("Reseller ")})
    home = admin.ok("POST", "/domains", {"name": unique("home") + ".test", "tenantId": reseller["id"]})
    admin.ok("POST", f"/domains/{home['id']}/accounts",
             {"loginName": "boss", "password": "B0ss-pass-123", "tenantAdminOf": reseller["id"]})
    tenant_admin = server.login(f"boss@{home['name']}", "B0ss-pass-123")
    # Neither on a new domain nor on one it has may a tenant bind a login address.
    r = tenant_admin.post("/domains", {"name": unique("grab") + ".test", "mail": {"loginAddress": "127.0.0.1"}})
    assert r.status_code == 403 and r.json()["code"] == "forbidden", r.text
    grab = tenant_admin.ok("POST", "/domains", {"name": unique("grab") + ".test"})
    assert grab["isPrimary"] is False
    r = tenant_admin.patch(f"/domains/{grab['id']}", {"mail": {"loginAddress": "127.0.0.1"}})
    assert r.status_code == 403 and r.json()["code"] == "forbidden", r.text
    r = server.rpc(f"boss@{home['name']}", "B0ss-pass-123").call(
        "Domains.set", {"domainIds": [grab["id"]], "pattern": {"ipAddressBind": "127.0.0.1"}})
    assert "server administrator" in json.dumps(r), r
    assert admin.ok("GET", f"/domains/{grab['id']}")["mail"]["loginAddress"] is None
    tenant_admin.ok("POST", f"/domains/{grab['id']}/accounts", {"loginName": "admin", "password": "Capture-pass-1"})
    # A bare "admin" still means the server administrator, with its password only.
    for password, outcome in (("Adm1n-secret", "OK"), ("Capture-pass-1", "NO")):
        client = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS, timeout=10)
        try:
            assert client.login("admin", password)[0] == outcome
        except imaplib.IMAP4.error:
            assert outcome == "NO"
        finally:
            client.shutdown()
    # The same over SMTP AUTH (submission) and POP3.
    for password, accepted in (("Adm1n-secret", True), ("Capture-pass-1", False)):
        smtp = smtplib.SMTP_SSL("127.0.0.1", server.submissions_port, context=TLS, timeout=10)
        try:
            smtp.login("admin", password)
            assert accepted, "the tenant's password logged in as the bare admin"
        except smtplib.SMTPAuthenticationError:
            assert not accepted
        finally:
            smtp.close()
        pop = poplib.POP3_SSL("127.0.0.1", server.pop3s_port, context=TLS, timeout=10)
        try:
            pop.user("admin")
            pop.pass_(password)
            assert accepted, "the tenant's password logged in as the bare admin over POP3"
        except poplib.error_proto:
            assert not accepted
        finally:
            pop.close()
    # The server administrator still binds addresses.
    bound = admin.ok("PATCH", f"/domains/{grab['id']}", {"mail": {"loginAddress": "127.0.0.3"}})
    assert bound["mail"]["loginAddress"] == "127.0.0.3"


def test_hostile_input_is_bounded(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    # A message nested 5,000 multipart levels deep: BODYSTRUCTURE answers, the server lives.
    deep = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(5000))
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    smtp.sendmail("a@remote.test", [alice], ("Subject: deep\r\n" + deep + "\r\nend\r\n").encode())
    smtp.quit()
    c = Tagged(server.imaps_port)
    c.cmd(f"a LOGIN {alice} {PASSWORD}")
    assert c.all("b SELECT INBOX")[-1].startswith(b"b OK")
    assert c.all("c FETCH 1 (BODYSTRUCTURE)")[-1].startswith(b"c OK")
    # LIST with many wildcards is answered at once; an overlong pattern is refused.
    started = time.time()
    assert c.all('d LIST "" "' + "*" * 60 + 'X"')[-1].startswith(b"d OK")
    assert time.time() - started < 5
    assert c.all('e LIST "" "' + "*" * 2000 + '"')[-1].startswith(b"e BAD")
    # A set of many overlapping ranges is cheap.
    assert c.all("f FETCH " + ",".join(["1:*"] * 5000) + " (UID)")[-1].startswith(b"f OK")
    # Folder names: no second INBOX, special-use folders keep their names.
    assert c.all("g CREATE inbox/x")[-1].startswith(b"g NO")
    assert c.all('h RENAME "Sent Items" Elsewhere')[-1].startswith(b"h NO")
    # IDLE in the authenticated state.
    c.all("i UNSELECT")
    c.sock.sendall(b"j IDLE\r\n")
    assert c.file.readline().startswith(b"+")
    c.sock.sendall(b"DONE\r\n")
    assert c.file.readline().startswith(b"j OK")
    c.close()
    # Before login, a large literal ends the connection without being read, whether the
    # client waits for "+" or (non-synchronising) sends it unasked.
    for announce in ("k LOGIN {100000}", "k LOGIN {2147483648+}"):
        raw = Tagged(server.imaps_port)
        if announce.endswith("+}"):
            raw.sock.sendall(announce.encode() + b"\r\n")
            lines = [raw.file.readline(), raw.file.readline()]
        else:
            lines = raw.all(announce)
        assert lines[0].startswith(b"* BYE [TOOBIG]"), lines
        assert lines[-1] == b"", "the server closed the connection"
        raw.close()
    # After login a literal is bounded by the largest command, and answered NO [TOOBIG].
    raw = Tagged(server.imaps_port)
    raw.cmd(f"l LOGIN {alice} {PASSWORD}")
    assert raw.all("m APPEND INBOX {4000000000}")[-1].startswith(b"m NO [TOOBIG]")
    raw.close()


def test_esearch_list_extended_and_create_special_use(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 4)
    c = Tagged(server.imaps_port)
    caps = b"".join(c.all("a CAPABILITY"))
    for cap in (b"ESEARCH", b"LIST-EXTENDED", b"LIST-STATUS", b"CREATE-SPECIAL-USE"):
        assert cap in caps
    c.cmd(f"b LOGIN {alice} {PASSWORD}")
    c.all("c SELECT INBOX")
    c.all("d STORE 2,4 +FLAGS (\\Seen)")
    lines = c.all("e SEARCH RETURN (MIN MAX COUNT) UNSEEN")
    assert lines[0] == b'* ESEARCH (TAG "e") MIN 1 MAX 3 COUNT 2\r\n', lines
    lines = c.all("f UID SEARCH RETURN () ALL")
    assert re.match(rb'\* ESEARCH \(TAG "f"\) UID ALL \d+:\d+\r\n', lines[0]), lines
    lines = c.all("g SEARCH RETURN (COUNT) SUBJECT nothing-like-this")
    assert lines[0] == b'* ESEARCH (TAG "g") COUNT 0\r\n', lines
    # LIST-EXTENDED: selection and return options, LIST-STATUS.
    c.all('h UNSUBSCRIBE "Junk E-mail"')
    lines = c.all('i LIST (SUBSCRIBED) "" "*" RETURN (STATUS (MESSAGES UNSEEN))')
    text = b"".join(lines)
    assert b'"Junk E-mail"' not in text and b'"Drafts"' in text
    assert b'* STATUS "INBOX" (MESSAGES 4 UNSEEN 2)' in text, text
    lines = c.all('j LIST (SPECIAL-USE) "" "*"')
    names = [l for l in lines if l.startswith(b"* LIST")]
    assert len(names) == 4 and all(b"\\Sent" in l or b"\\Drafts" in l or b"\\Trash" in l or b"\\Junk" in l for l in names)
    # CREATE-SPECIAL-USE: a use another folder has is refused; after deleting it, taken.
    assert c.all("k CREATE Archive2 (USE (\\Archive))")[-1].startswith(b"k NO [USEATTR]")
    assert c.all("l CREATE MyDrafts (USE (\\Drafts))")[-1].startswith(b"l NO [USEATTR]")
    c.close()


def test_move_works_in_a_full_mailbox_and_keeps_usage(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 3)
    w["admin"].ok("PATCH", f"/accounts/{w['alice']['id']}", {"quotaMessages": 3})
    before = w["admin"].ok("GET", f"/accounts/{w['alice']['id']}")["usage"]
    c = Tagged(server.imaps_port)
    c.cmd(f"a LOGIN {alice} {PASSWORD}")
    c.all("b SELECT INBOX")
    # A copy does not fit; a move does, atomically, with COPYUID and the expunge reported.
    assert c.all('c COPY 1 "Deleted Items"')[-1].startswith(b"c NO [OVERQUOTA]")
    lines = c.all('d MOVE 1 "Deleted Items"')
    text = b"".join(lines)
    assert b"[COPYUID" in text and b"* 1 EXPUNGE" in text and lines[-1].startswith(b"d OK"), text
    assert w["admin"].ok("GET", f"/accounts/{w['alice']['id']}")["usage"] == before
    status = b"".join(c.all('e STATUS "Deleted Items" (MESSAGES)')) + b"".join(c.all("f STATUS INBOX (MESSAGES)"))
    assert b"MESSAGES 1" in status and b"MESSAGES 2" in status, status
    assert c.all("g SEARCH CHARSET KOI8-R ALL")[-1].startswith(b"g NO [BADCHARSET")
    # Over quota (the quota lowered below the usage): moving and expunging still work.
    w["admin"].ok("PATCH", f"/accounts/{w['alice']['id']}", {"quotaMessages": 1})
    assert c.all('h MOVE 1 "Deleted Items"')[-1].startswith(b"h OK")
    c.all("i STORE 1 +FLAGS (\\Deleted)")
    assert c.all("j EXPUNGE")[-1].startswith(b"j OK")
    c.close()


def test_thread_by_subject_and_references(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    mails = [  # (message-id, references, subject, date)
        ("a@x", "", "Plans", "Mon, 02 Nov 2026 10:00:00 +0000"),
        ("b@x", "<a@x>", "Re: Plans", "Mon, 02 Nov 2026 11:00:00 +0000"),
        ("c@x", "", "Lunch", "Mon, 02 Nov 2026 12:00:00 +0000"),
        ("d@x", "<a@x> <b@x>", "Re: Plans", "Mon, 02 Nov 2026 13:00:00 +0000"),
        ("e@x", "<a@x>", "Re: Plans", "Mon, 02 Nov 2026 14:00:00 +0000"),
    ]
    for mid, refs, subject, date in mails:
        refs_header = f"References: {refs}\r\n" if refs else ""
        smtp.sendmail("a@remote.test", [alice], f"Message-ID: <{mid}>\r\n{refs_header}Subject: {subject}\r\nDate: {date}\r\n\r\nx\r\n".encode())
    smtp.quit()
    c = Tagged(server.imaps_port)
    assert b"THREAD=REFERENCES" in b"".join(c.all("a CAPABILITY"))
    c.cmd(f"b LOGIN {alice} {PASSWORD}")
    c.all("c SELECT INBOX")
    assert c.all("d THREAD ORDEREDSUBJECT UTF-8 ALL")[0] == b"* THREAD (1 (2)(4)(5))(3)\r\n"
    # 1 has two replies (2, 5); 2 has one (4): 1 branches, 2 continues with 4.
    assert c.all("e THREAD REFERENCES UTF-8 ALL")[0] == b"* THREAD (1 (2 4)(5))(3)\r\n"
    assert c.all("f THREAD REFERENCES UTF-8 SUBJECT Lunch")[0] == b"* THREAD (3)\r\n"
    assert c.all("g THREAD NONSENSE UTF-8 ALL")[-1][:4] in (b"g NO", b"g BA")
    c.close()


def test_binary_fetch_decodes_parts(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    c = Tagged(server.imaps_port)
    assert b" BINARY" in b"".join(c.all("a CAPABILITY"))
    c.cmd(f"b LOGIN {alice} {PASSWORD}")
    msg = (b"Subject: bin\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaf=C3=A9\r\n--b\r\n"
           b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n--b--\r\n")
    c.sock.sendall(b"c APPEND INBOX {%d+}\r\n" % len(msg) + msg + b"\r\n")
    while not (line := c.file.readline()).startswith(b"c "):
        pass
    assert line.startswith(b"c OK")
    c.all("d SELECT INBOX")
    c.sock.sendall(b"e FETCH 1 (BINARY.PEEK[2] BINARY.SIZE[1] BINARY.PEEK[1])\r\n")
    head = c.file.readline()
    assert head.startswith(b"* 1 FETCH (BINARY[2] ~{4}"), head
    data = c.file.read(4)
    assert data == b"\x00\x01\x02\x03"
    rest = c.file.readline()
    assert b"BINARY.SIZE[1] 5" in rest and rest.rstrip().endswith(b"{5}"), rest
    assert c.file.read(5) == "café".encode()
    c.file.readline()
    assert c.file.readline().startswith(b"e OK")
    c.close()


def test_a_suspended_account_loses_its_sessions(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    c = Tagged(server.imaps_port)
    c.cmd(f"a LOGIN {alice} {PASSWORD}")
    assert c.all("b NOOP")[-1].startswith(b"b OK")
    w["admin"].ok("PATCH", f"/accounts/{w['alice']['id']}", {"status": "suspended"})
    lines = c.all("c NOOP")
    assert lines[0].startswith(b"* BYE [UNAVAILABLE]"), lines
    c.close()


def test_imap4rev2_and_searchres(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 5)
    c = Tagged(server.imaps_port)
    caps = b"".join(c.all("a CAPABILITY"))
    assert b"IMAP4rev2" in caps and b"IMAP4rev1" in caps and b"SEARCHRES" in caps
    c.cmd(f"b LOGIN {alice} {PASSWORD}")
    # SEARCHRES under IMAP4rev1: SAVE alone answers nothing; `$` names the result in FETCH,
    # STORE, SEARCH and UID commands, as sequence numbers or uids.
    c.all("c SELECT INBOX")
    c.all("d STORE 2,4 +FLAGS (\\Seen)")
    lines = c.all("e SEARCH RETURN (SAVE) SEEN")
    assert lines == [b"e OK SEARCH completed\r\n"], lines
    lines = c.all("f FETCH $ (FLAGS)")
    assert [l.split(b" ")[1] for l in lines[:-1]] == [b"2", b"4"], lines
    uids = [int(re.search(rb"UID (\d+)", l).group(1)) for l in c.all("g FETCH 1:* (UID)") if l.startswith(b"* ")]
    lines = c.all("h UID SEARCH UID $")
    assert lines[0] == f"* SEARCH {uids[1]} {uids[3]}\r\n".encode(), lines
    lines = c.all("i SEARCH NOT $")
    assert lines[0] == b"* SEARCH 1 3 5\r\n", lines
    assert c.all("j STORE $ +FLAGS.SILENT (\\Flagged)")[-1].startswith(b"j OK")
    assert b"* SEARCH 2 4\r\n" in c.all("k SEARCH FLAGGED")
    # SAVE with MIN keeps only the minimum; an empty result makes `$` act on nothing.
    c.all("l SEARCH RETURN (SAVE MIN) SEEN")
    assert c.all("m SEARCH $")[0] == b"* SEARCH 2\r\n"
    lines = c.all("n SEARCH RETURN (SAVE COUNT) SUBJECT nothing-like-this")
    assert lines[0] == b'* ESEARCH (TAG "n") COUNT 0\r\n', lines
    assert c.all("o FETCH $ (FLAGS)") == [b"o OK Nothing to do: the saved result is empty\r\n"]
    # A new SELECT forgets the saved result.
    c.all("p SEARCH RETURN (SAVE) ALL")
    c.all("q SELECT INBOX")
    assert c.all("r UID FETCH $ (FLAGS)")[0].startswith(b"r OK Nothing to do")

    # IMAP4rev2: ESEARCH for every SEARCH, no RECENT, a LIST line at SELECT, [CLOSED] when
    # reselecting, folder names in UTF-8.
    assert c.all("s ENABLE IMAP4rev2")[0] == b"* ENABLED IMAP4rev2\r\n"
    lines = c.all("t SELECT INBOX")
    text = b"".join(lines)
    assert b"[CLOSED]" in text and b"RECENT" not in text and b'* LIST () "/" "INBOX"' in text, text
    lines = c.all("u SEARCH SEEN")
    assert lines[0] == b'* ESEARCH (TAG "u") ALL 2,4\r\n', lines
    lines = c.all("v UID SEARCH SUBJECT nothing-like-this")
    assert lines[0] == b'* ESEARCH (TAG "v") UID\r\n', lines
    name = "Entwürfe"
    assert c.all(f'w CREATE "{name}"')[-1].startswith(b"w OK"), name
    lines = c.all('x LIST "" "Entw*"')
    assert name.encode() in b"".join(lines), lines
    c.close()
    # The same folder in modified UTF-7 for an IMAP4rev1 client.
    old = imap(server, alice)
    names = b"".join(ok(old.list('""', "*")))
    assert b"Entw&APw-rfe" in names, names
    old.logout()


def test_pruned_expunge_history_still_resyncs(server, tmp_path):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 4)
    c = Tagged(server.imaps_port)
    c.cmd(f"a LOGIN {alice} {PASSWORD}")
    c.all("b ENABLE QRESYNC")
    text = b"".join(c.all("c SELECT INBOX"))
    validity = int(re.search(rb"UIDVALIDITY (\d+)", text).group(1))
    before = int(re.search(rb"HIGHESTMODSEQ (\d+)", text).group(1))
    uids = [int(re.search(rb"UID (\d+)", l).group(1)) for l in c.all("d UID FETCH 1:* (UID)") if l.startswith(b"* ")]
    c.all("e STORE 2 +FLAGS (\\Deleted)")
    c.all("f EXPUNGE")
    c.close()
    # The expunge is older than the history kept: the hourly pruning (also run at start-up)
    # forgets it.
    psql("UPDATE expunged_messages SET expunged_at = now() - interval '40 days'", server.db)
    server.restart(tmp_path)
    wait_until(lambda: psql("SELECT count(*) FROM expunged_messages", server.db) == "0", timeout=10,
               what="the expunge history to be pruned")
    # A client resyncing from before the expunge still learns the uid is gone (with every
    # other uid that is not there), and nothing that still exists.
    q = Tagged(server.imaps_port)
    q.cmd(f"a LOGIN {alice} {PASSWORD}")
    q.all("b ENABLE QRESYNC")
    text = b"".join(q.all(f"c SELECT INBOX (QRESYNC ({validity} {before} 1:{uids[-1]}))"))
    vanished = re.search(rb"\* VANISHED \(EARLIER\) (\S+)", text)
    assert vanished, text
    named = set()
    for part in vanished.group(1).decode().split(","):
        lo, _, hi = part.partition(":")
        named.update(range(int(lo), int(hi or lo) + 1))
    assert uids[1] in named and not named & {uids[0], uids[2], uids[3]}, (named, uids)
    q.close()


def test_fetch_of_a_message_expunged_meanwhile_says_so(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 3)
    a = Tagged(server.imaps_port)
    a.cmd(f"a LOGIN {alice} {PASSWORD}")
    a.all("b SELECT INBOX")
    other = imap(server, alice)
    ok(other.select("INBOX"))
    ok(other.store("2", "+FLAGS", "\\Deleted"))
    ok(other.expunge())
    other.logout()
    # No EXPUNGE while answering FETCH (RFC 3501 7.4.1): the others come back, the command
    # says what happened (RFC 9051's EXPUNGEISSUED), the next NOOP reports the expunge.
    lines = a.all("c FETCH 1:3 (FLAGS)")
    assert [l.split(b" ")[1] for l in lines[:-1]] == [b"1", b"3"], lines
    assert lines[-1].startswith(b"c NO [EXPUNGEISSUED]"), lines
    assert a.all("d NOOP")[0] == b"* 2 EXPUNGE\r\n"
    a.close()
