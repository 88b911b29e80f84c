"""Receiving mail over SMTP (port 25 role) with real clients: Python's smtplib, swaks, and raw
sockets for what clients do wrong. What is stored is read back from PostgreSQL."""

import json
import resource
import signal
import socket
import subprocess
import threading
import time
import uuid

import pytest
import smtplib

from conftest import PG_URL, psql, start_server, unique
from helpers import require_tool, wait_until


def setup_domain(server):
    admin = server.admin()
    name = unique("mx") + ".test"
    d = admin.ok("POST", "/domains", {"name": name})
    ids = {"admin": admin, "domain": d, "name": name}
    for login in ("alice", "bob", "carol"):
        ids[login] = admin.ok("POST", f"/domains/{d['id']}/accounts", {"loginName": login, "password": "Passw0rd-x"})
    return ids


def body_of(server, message_id) -> bytes:
    """The stored content of a message, by Message-ID."""
    return bytes.fromhex(psql(f"SELECT encode(body, 'hex') FROM message_contents WHERE summary->>'messageId' = '{message_id}'", server.db))


def count(server, sql):
    return int(psql(sql, server.db))


def message(subject="hello", msg_id=None, body="Hi there.\r\n"):
    msg_id = msg_id or f"<{uuid.uuid4().hex}@sender.test>"
    return msg_id.strip("<>"), (f"From: Sender <sender@remote.test>\r\nTo: someone\r\nSubject: {subject}\r\n"
                                f"Message-ID: {msg_id}\r\n\r\n{body}").encode()


def copies(server, message_id):
    return count(server, f"SELECT count(*) FROM messages m JOIN message_contents c ON c.id = m.content_id WHERE c.summary->>'messageId' = '{message_id}'")


def owners(server, message_id):
    out = psql(f"SELECT a.login FROM messages m JOIN message_contents c ON c.id = m.content_id JOIN accounts a ON a.id = m.account_id "
               f"WHERE c.summary->>'messageId' = '{message_id}' ORDER BY a.login", server.db)
    return out.split("\n") if out else []


class Raw:
    """A hand-driven SMTP client for sessions real clients would not produce."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.buf = b""
        self.banner = self.read()

    def send(self, data: bytes):
        self.sock.sendall(data)

    def read(self) -> str:
        """One whole reply (all its lines)."""
        while True:
            lines = self.buf.split(b"\r\n")
            for i, line in enumerate(lines[:-1]):
                if len(line) >= 4 and line[3:4] == b" ":
                    reply = b"\r\n".join(lines[: i + 1])
                    self.buf = b"\r\n".join(lines[i + 1:])
                    return reply.decode()
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError(f"closed; pending {self.buf!r}")
            self.buf += chunk

    def cmd(self, line: str) -> str:
        self.send(line.encode() + b"\r\n")
        return self.read()

    def close(self):
        self.sock.close()


def test_routing_through_accounts_aliases_groups_and_forwards(server):
    w = setup_domain(server)
    admin, d, name = w["admin"], w["domain"]["id"], w["name"]
    admin.ok("PATCH", f"/accounts/{w['alice']['id']}", {"addresses": ["a.smith"]})
    alias_domain = unique("alias") + ".test"
    admin.ok("POST", f"/domains/{d}/domain-aliases", {"name": alias_domain})
    admin.ok("POST", f"/domains/{d}/aliases", {"name": "sales-*", "target": "bob"})
    admin.ok("POST", f"/domains/{d}/groups", {"name": "Team", "addresses": ["team"], "members": [w["alice"]["id"], w["bob"]["id"]]})
    admin.ok("PATCH", f"/accounts/{w['carol']['id']}", {"forwardTo": ["carol@elsewhere.test"], "forwardKeepCopy": True})
    admin.ok("POST", f"/domains/{d}/aliases", {"name": "away", "target": "someone@far.test"})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    cases = [
        (["alice@" + name], ["alice"]),
        (["a.smith@" + name], ["alice"]),
        (["bob@" + alias_domain], ["bob"]),
        (["sales-east@" + name], ["bob"]),
        (["team@" + name], ["alice", "bob"]),
        # Two recipients reaching the same mailbox: one copy.
        (["team@" + name, "alice@" + name], ["alice", "bob"]),
        (["carol@" + name], ["carol"]),
    ]
    for rcpts, expected in cases:
        msg_id, body = message()
        assert client.sendmail("sender@remote.test", rcpts, body) == {}
        assert owners(server, msg_id) == expected, rcpts
    # Forward without a local copy, and an alias that leaves the server: queued, not stored.
    admin.ok("PATCH", f"/accounts/{w['carol']['id']}", {"forwardKeepCopy": False})
    for rcpt, external in (("carol@" + name, "carol@elsewhere.test"), ("away@" + name, "someone@far.test")):
        msg_id, body = message()
        client.sendmail("sender@remote.test", [rcpt], body)
        assert owners(server, msg_id) == []
        assert count(server, f"SELECT count(*) FROM outbound_queue q JOIN message_contents c ON c.id = q.content_id "
                             f"WHERE c.summary->>'messageId' = '{msg_id}' AND "
                             f"ARRAY(SELECT address FROM outbound_recipients r WHERE r.queue_id = q.id) = ARRAY['{external}'] "
                             # Forwarded: the envelope sender is rewritten into the forwarding domain (SRS).
                             f"AND q.envelope_from ~ '^SRS0=[^=]{{4}}=[A-Z2-7]{{2}}=remote\\.test=sender@{name}$'") == 1
    # The catch-all takes what nothing else does.
    admin.ok("POST", f"/domains/{d}/aliases", {"name": "*", "target": "carol"})
    admin.ok("PATCH", f"/accounts/{w['carol']['id']}", {"forwardTo": []})
    msg_id, body = message()
    client.sendmail("sender@remote.test", ["whoever@" + name], body)
    assert owners(server, msg_id) == ["carol"]
    client.quit()


def test_stored_message_is_what_was_sent_plus_a_trace_header(server):
    w = setup_domain(server)
    body = (b"From: <sender@remote.test>\r\nTo: <alice@" + w["name"].encode() + b">\r\nSubject: =?UTF-8?Q?caf=C3=A9?=\r\n"
            b"Message-ID: <exact@sender.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\nLine one\r\n.leading dot\r\n..two dots\r\n\xc3\xa9t\xc3\xa9\r\n"
            + b"x" * 5000 + b"\r\n")
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    client.ehlo("client.example")
    assert client.sendmail("sender@remote.test", ["alice@" + w["name"]], body, mail_options=["BODY=8BITMIME"]) == {}
    client.quit()
    raw = body_of(server, "exact@sender.test")
    trace_end = raw.index(b"\r\nFrom: ") + 2
    trace = raw[:trace_end].decode()
    assert trace.startswith("Received: from client.example ([127.0.0.1])\r\n\tby mail.primary.test (Postbay) with ESMTP id "), trace
    assert f"for <alice@{w['name']}>" in trace
    assert raw[trace_end:] == body
    usage = w["admin"].ok("GET", f"/accounts/{w['alice']['id']}")["usage"]
    assert usage["messages"] == 1 and usage["bytes"] == len(raw)
    assert w["admin"].ok("GET", f"/domains/{w['domain']['id']}/usage")["storageBytes"]["used"] == len(raw)


def test_refusals_answer_with_precise_codes(server):
    w = setup_domain(server)
    name = w["name"]
    r = Raw(server.smtp_port)
    assert r.banner.startswith("220 mail.primary.test ESMTP")
    assert r.cmd("MAIL FROM:<a@remote.test>").startswith("503 5.5.1")
    ehlo = r.cmd("EHLO client.example")
    for ext in ("PIPELINING", "SIZE 52428800", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES", "CHUNKING", "STARTTLS"):
        assert ext in ehlo
    assert "AUTH" not in ehlo, "no passwords over plain text"
    assert r.cmd("AUTH PLAIN AGFsaWNlAHg=").startswith("538 5.7.11")
    assert r.cmd("RCPT TO:<alice@" + name + ">").startswith("503 5.5.1")
    assert r.cmd("DATA").startswith("503 5.5.1")
    assert r.cmd("MAIL FROM:<a@remote.test> SIZE=999999999").startswith("552 5.3.4")
    # Sizes beyond 64 bits are refused too, not read as the small number they wrap around to.
    assert r.cmd("MAIL FROM:<a@remote.test> SIZE=99999999999999999999999").startswith("552 5.3.4")
    assert r.cmd("MAIL FROM:<a@remote.test> SIZE=18446744073709551616").startswith("552 5.3.4")
    assert r.cmd("MAIL FROM:<not an address>").startswith("501")
    assert r.cmd("MAIL FROM:<a@remote.test>").startswith("250 2.1.0")
    assert r.cmd("MAIL FROM:<a@remote.test>").startswith("503 5.5.1")
    assert r.cmd("RCPT TO:<nobody@" + name + ">").startswith("550 5.1.1")
    assert r.cmd("RCPT TO:<someone@elsewhere.test>").startswith("550 5.7.1")
    assert r.cmd("RCPT TO:<@@>").startswith("501")
    assert r.cmd("VRFY alice").startswith("252 2.5.2")
    assert r.cmd("NOOP").startswith("250")
    assert r.cmd("FROBNICATE").startswith("500 5.5.1")
    assert r.cmd("X" * 5000).startswith("500 5.5.2")
    assert r.cmd("RSET").startswith("250")
    assert r.cmd("QUIT").startswith("221")
    r.close()


def test_pipelining_bdat_and_limits(server):
    w = setup_domain(server)
    name = w["name"]
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    # A pipelined group: every reply comes back, in order.
    r.send(f"MAIL FROM:<a@remote.test>\r\nRCPT TO:<alice@{name}>\r\nRCPT TO:<nobody@{name}>\r\nRCPT TO:<bob@{name}>\r\nDATA\r\n".encode())
    replies = [r.read() for _ in range(5)]
    assert [x[:3] for x in replies] == ["250", "250", "550", "250", "354"]
    r.send(b"Subject: piped\r\nMessage-ID: <piped@x>\r\n\r\nbody\r\n.\r\n")
    assert r.read().startswith("250 2.0.0")
    assert owners(server, "piped@x") == ["alice", "bob"]
    # BDAT in two chunks.
    assert r.cmd("MAIL FROM:<a@remote.test>").startswith("250")
    assert r.cmd(f"RCPT TO:<carol@{name}>").startswith("250")
    part1 = b"Subject: chunked\r\nMessage-ID: <chunked@x>\r\n\r\n"
    part2 = b"first\r\n.second line starts with a dot\r\n"
    r.send(b"BDAT %d\r\n" % len(part1) + part1)
    assert r.read().startswith("250 2.0.0 Chunk")
    r.send(b"BDAT %d LAST\r\n" % len(part2) + part2)
    assert r.read().startswith("250 2.0.0 Message accepted")
    assert body_of(server, "chunked@x").endswith(b"first\r\n.second line starts with a dot\r\n")
    # Data past the declared limit: read to the end, then refused; nothing stored.
    limit = 52428800
    assert r.cmd("MAIL FROM:<a@remote.test> SIZE=1000").startswith("250")
    assert r.cmd(f"RCPT TO:<alice@{name}>").startswith("250")
    assert r.cmd("DATA").startswith("354")
    chunk = b"Message-ID: <huge@x>\r\n\r\n" + (b"y" * 998 + b"\r\n") * 1024
    sent = 0
    while sent <= limit:
        r.send(chunk)
        sent += len(chunk)
    r.send(b".\r\n")
    assert r.read().startswith("552 5.3.4")
    assert copies(server, "huge@x") == 0
    assert r.cmd("NOOP").startswith("250")
    r.close()
    # Too many recipients, then too many failed commands.
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    r.cmd("MAIL FROM:<a@remote.test>")
    codes = [r.cmd(f"RCPT TO:<alice@{name}>")[:3] for _ in range(101)]
    assert codes[:100] == ["250"] * 100 and codes[100] == "452"
    r.cmd("RSET")
    replies = [r.cmd("BOGUS") for _ in range(20)]
    assert all(x.startswith("500 5.5.1") for x in replies)
    assert r.read().startswith("421 4.7.0")
    with pytest.raises((ConnectionError, OSError)):
        r.cmd("NOOP")


def test_bad_clients_lose_nothing_acknowledged(server):
    w = setup_domain(server)
    name = w["name"]
    # A client that stops mid-DATA: nothing stored, the server carries on.
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.cmd("DATA")
    r.send(b"Message-ID: <cut@x>\r\n\r\nhalf a mess")
    r.close()
    # Bare LF line ends and 8-bit data without 8BITMIME are taken as sent, never misread as the end.
    r = Raw(server.smtp_port)
    r.cmd("HELO client.example")
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.cmd("DATA")
    r.send(b"Message-ID: <bare@x>\r\n\r\nline\n.\nstill data \xff\r\n.\r\n")
    assert r.read().startswith("250")
    assert b"line\n.\nstill data \xff\r\n" in body_of(server, "bare@x")
    r.close()
    # Garbage instead of a TLS handshake, and many connections at once.
    g = socket.create_connection(("127.0.0.1", server.smtp_port), timeout=10)
    g.recv(1024)
    g.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)) * 4)
    g.close()
    # 1,000 connections at once (the per-address cap lifted for the test) are all greeted.
    settings = w["admin"].ok("GET", "/settings/smtp")
    w["admin"].ok("PUT", "/settings/smtp", {**settings, "maxConnectionsPerIp": 0})
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4096)), hard))
    sockets = []
    for _ in range(1000):
        s = socket.create_connection(("127.0.0.1", server.smtp_port), timeout=30)
        sockets.append(s)
    assert all(s.recv(64).startswith(b"220") for s in sockets)
    for s in sockets:
        s.close()
    assert copies(server, "cut@x") == 0
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    assert client.sendmail("sender@remote.test", ["alice@" + name], body) == {}
    assert copies(server, msg_id) == 1


def test_over_quota_is_a_temporary_failure(server):
    w = setup_domain(server)
    w["admin"].ok("PATCH", f"/accounts/{w['alice']['id']}", {"quotaMessages": 1})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    client.sendmail("sender@remote.test", ["alice@" + w["name"]], body)
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        client.sendmail("sender@remote.test", ["alice@" + w["name"]], message()[1])
    assert refused.value.recipients["alice@" + w["name"]][0] == 452
    client.quit()


def test_a_huge_quota_is_refused_and_never_fails_other_recipients(server):
    w = setup_domain(server)
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/accounts",
                  {"loginName": "da", "password": "Da-pass-123", "domainAdmin": True})
    domain_admin = server.login(f"da@{w['name']}", "Da-pass-123")
    for quota in (9223372036854775807, 10**15 + 1, -1):
        r = domain_admin.patch(f"/accounts/{w['alice']['id']}", {"quotaBytes": quota})
        assert r.status_code == 422 and r.json()["code"] == "out_of_range" and r.json()["field"] == "quotaBytes", r.text
    assert domain_admin.ok("PATCH", f"/accounts/{w['alice']['id']}", {"quotaBytes": 10**15})["quota"]["bytes"] == 10**15
    # A value stored before the bound existed still delivers, to its account and to the others.
    psql(f"UPDATE accounts SET quota_bytes = 9223372036854775807, quota_messages = 9223372036854775807 "
         f"WHERE id = '{w['bob']['id']}'", server.db)
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    refused = client.sendmail("sender@remote.test", [f"{u}@{w['name']}" for u in ("alice", "bob", "carol")], body)
    client.quit()
    assert refused == {}
    assert owners(server, msg_id) == ["alice", "bob", "carol"]


def test_swaks_delivers(server):
    require_tool("swaks")
    w = setup_domain(server)
    out = subprocess.run(["swaks", "--server", f"127.0.0.1:{server.smtp_port}", "--from", "sender@remote.test",
                          "--to", f"bob@{w['name']}", "--header", "Message-ID: <swaks@x>", "--helo", "swaks.example"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "250 2.0.0 Message accepted" in out.stdout
    assert owners(server, "swaks@x") == ["bob"]


def test_kill_9_loses_no_acknowledged_message(server, tmp_path):
    w = setup_domain(server)
    rcpts = [f"alice@{w['name']}", f"bob@{w['name']}"]
    acknowledged, lock, stop = [], threading.Lock(), threading.Event()

    def sender(n):
        while not stop.is_set():
            try:
                client = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=10)
                while not stop.is_set():
                    msg_id, body = message(body="x" * 2000 + "\r\n")
                    client.sendmail("sender@remote.test", rcpts, body)
                    with lock:
                        acknowledged.append(msg_id)
            except (OSError, smtplib.SMTPException):
                time.sleep(0.05)

    threads = [threading.Thread(target=sender, args=(i,), daemon=True) for i in range(50)]
    for t in threads:
        t.start()
    # Killed in full flow: once hundreds of messages were acknowledged.
    wait_until(lambda: len(acknowledged) >= 200, what="200 acknowledged messages")
    server.process.send_signal(signal.SIGKILL)
    server.process.wait()
    stop.set()
    for t in threads:
        t.join(timeout=30)
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{server.db}", **server.mail_env()}, tmp_path)
    server.base = base
    server.process = process
    ids = ",".join(f"'{m}'" for m in acknowledged)
    per_message = psql(f"SELECT c.summary->>'messageId', count(*) FROM messages m JOIN message_contents c ON c.id = m.content_id "
                       f"WHERE c.summary->>'messageId' IN ({ids}) GROUP BY 1", server.db)
    counts = dict(line.split("|") for line in per_message.split("\n") if line)
    missing = [m for m in acknowledged if m not in counts]
    assert not missing, f"{len(missing)} acknowledged messages lost"
    assert all(int(c) == 2 for c in counts.values()), "exactly one copy per recipient"


def test_quota_warning_once_a_day(server):
    w = setup_domain(server)
    admin, alice, name = w["admin"], w["alice"], w["name"]
    admin.ok("PATCH", f"/accounts/{alice['id']}", {"quotaMessages": 10})
    warnings = lambda: count(server, f"SELECT count(*) FROM messages m JOIN message_contents c ON c.id = m.content_id "  # noqa: E731
                                     f"WHERE m.account_id = '{alice['id']}' AND c.summary->>'subject' = 'Your mailbox is almost full'")
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    for i in range(8):
        client.sendmail("sender@remote.test", [f"alice@{name}"], message()[1])
    assert warnings() == 0
    client.sendmail("sender@remote.test", [f"alice@{name}"], message()[1])  # 9 of 10: 90 %
    assert warnings() == 1
    text = body_of_subject(server, alice["id"], "Your mailbox is almost full")
    assert b"messages: 9 of 10 messages (90 %)" in text and b"Auto-Submitted: auto-generated" in text
    # Full (the warning took the tenth place): new mail is a temporary failure.
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        client.sendmail("sender@remote.test", [f"alice@{name}"], message()[1])
    # Room again, still above 90 %: no second warning within a day.
    admin.ok("PATCH", f"/accounts/{alice['id']}", {"quotaMessages": 12})
    client.sendmail("sender@remote.test", [f"alice@{name}"], message()[1])
    assert warnings() == 1
    client.quit()


def body_of_subject(server, account_id, subject) -> bytes:
    return bytes.fromhex(psql(f"SELECT encode(c.body, 'hex') FROM messages m JOIN message_contents c ON c.id = m.content_id "
                              f"WHERE m.account_id = '{account_id}' AND c.summary->>'subject' = '{subject}'", server.db))


def test_dsn_parameters_are_kept_with_queued_mail(server):
    w = setup_domain(server)
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/aliases", {"name": "away", "target": "someone@far.test"})
    r = Raw(server.smtp_port)
    assert "DSN" in r.cmd("EHLO client.example")
    assert r.cmd("MAIL FROM:<a@remote.test> RET=HDRS ENVID=QQ314159").startswith("250")
    assert r.cmd(f"RCPT TO:<away@{w['name']}> NOTIFY=SUCCESS,DELAY ORCPT=rfc822;away@{w['name']}").startswith("250")
    assert r.cmd(f"RCPT TO:<alice@{w['name']}> NOTIFY=NEVER").startswith("250")
    r.cmd("DATA")
    r.send(b"Message-ID: <dsn@x>\r\n\r\nhello\r\n.\r\n")
    assert r.read().startswith("250")
    r.close()
    dsn = json.loads(psql("SELECT q.dsn FROM outbound_queue q JOIN message_contents c ON c.id = q.content_id "
                          "WHERE c.summary->>'messageId' = 'dsn@x'", server.db))
    assert dsn == {"ret": "HDRS", "envid": "QQ314159", "recipients": [
        {"recipient": f"away@{w['name']}", "notify": ["SUCCESS", "DELAY"], "orcpt": f"away@{w['name']}",
         "routedTo": ["someone@far.test"]}]}
    assert owners(server, "dsn@x") == ["alice"]


def test_disabled_accounts_get_no_mail_suspended_ones_do(server):
    w = setup_domain(server)
    admin, name, d = w["admin"], w["name"], w["domain"]["id"]
    admin.ok("POST", f"/domains/{d}/groups", {"name": "All", "addresses": ["all"], "members": [w["alice"]["id"], w["bob"]["id"]]})
    admin.ok("PATCH", f"/accounts/{w['alice']['id']}", {"status": "disabled"})
    admin.ok("PATCH", f"/accounts/{w['bob']['id']}", {"status": "suspended"})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        client.sendmail("sender@remote.test", [f"alice@{name}"], message()[1])
    assert refused.value.recipients[f"alice@{name}"][0] == 550
    assert b"5.2.1" in refused.value.recipients[f"alice@{name}"][1]
    msg_id, body = message()
    assert client.sendmail("sender@remote.test", [f"bob@{name}"], body) == {}
    assert owners(server, msg_id) == ["bob"]
    msg_id, body = message()
    assert client.sendmail("sender@remote.test", [f"all@{name}"], body) == {}
    assert owners(server, msg_id) == ["bob"]
    client.quit()


def test_bdat_and_data_edges(server):
    w = setup_domain(server)
    name = w["name"]
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    # An empty message: the end marker right after 354.
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    assert r.cmd("DATA").startswith("354")
    r.send(b".\r\n")
    assert r.read().startswith("250")
    # A first line starting with a dot is unstuffed like any other.
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.cmd("DATA")
    r.send(b"..first line\r\nMessage-ID: <firstdot@x>\r\n\r\nbody\r\n.\r\n")
    assert r.read().startswith("250")
    assert b"\r\n.first line\r\n" in body_of(server, "firstdot@x")
    # DATA may not follow BDAT; a chunk past the size limit ends the transaction at once.
    settings = w["admin"].ok("GET", "/settings/smtp")
    w["admin"].ok("PUT", "/settings/smtp", {**settings, "maxMessageSize": 2048})
    r.close()
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.send(b"BDAT 10\r\n0123456789")
    assert r.read().startswith("250")
    assert r.cmd("DATA").startswith("503")
    r.send(b"BDAT 3000\r\n" + b"x" * 3000)
    assert r.read().startswith("552 5.3.4")
    small = b"Message-ID: <afterbig@x>\r\n\r\nsmall\r\n"
    r.send(b"BDAT %d LAST\r\n" % len(small) + small)
    assert r.read().startswith("503"), "the transaction ended with the oversized chunk"
    assert copies(server, "afterbig@x") == 0
    # Bytes of an unfinished BDAT transaction never reach a later message.
    r.cmd("RSET")
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.send(b"BDAT 13\r\nInjected: x\r\n")
    assert r.read().startswith("250")
    assert r.cmd("EHLO client.example").startswith("250")
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    clean = b"Message-ID: <clean@x>\r\n\r\nclean\r\n"
    r.send(b"BDAT %d LAST\r\n" % len(clean) + clean)
    assert r.read().startswith("250")
    assert b"Injected" not in body_of(server, "clean@x")
    # A chunk size beyond 64 bits cannot be read past: refused, and the session ends before
    # what follows it is taken for commands.
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.send(b"BDAT 99999999999999999999999 LAST\r\nRSET\r\n")
    assert r.read().startswith("501 5.5.4")
    assert r.sock.recv(100) == b"", "the server closed the session"
    r.close()


def test_deleting_accounts_and_domains_gives_back_storage(server):
    admin = server.admin()
    root_before = count(server, "SELECT storage_bytes FROM tenants WHERE parent_id IS NULL")
    w = setup_domain(server)
    name, d = w["name"], w["domain"]["id"]
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    shared_id, body = message()
    client.sendmail("sender@remote.test", [f"alice@{name}", f"bob@{name}"], body)
    client.sendmail("sender@remote.test", [f"bob@{name}"], message()[1])
    client.quit()
    alice = admin.ok("GET", f"/accounts/{w['alice']['id']}")["usage"]["bytes"]
    bob = admin.ok("GET", f"/accounts/{w['bob']['id']}")["usage"]["bytes"]
    assert admin.ok("GET", f"/domains/{d}/usage")["storageBytes"]["used"] == alice + bob
    refs = lambda: count(server, f"SELECT refs FROM message_contents WHERE summary->>'messageId' = '{shared_id}'")  # noqa: E731
    assert refs() == 2
    # A deleted account keeps its mail through the grace period; the purge releases it.
    admin.ok("DELETE", f"/accounts/{w['alice']['id']}")
    assert refs() == 2
    admin.ok("DELETE", f"/accounts/{w['alice']['id']}", params={"purge": "true"})
    assert admin.ok("GET", f"/domains/{d}/usage")["storageBytes"]["used"] == bob
    assert refs() == 1
    assert count(server, "SELECT storage_bytes FROM tenants WHERE parent_id IS NULL") == root_before + bob
    admin.ok("DELETE", f"/domains/{d}", params={"cascade": "true", "purge": "true"})
    assert refs() == 0
    assert count(server, "SELECT storage_bytes FROM tenants WHERE parent_id IS NULL") == root_before


def test_postmaster_is_always_accepted(server):
    w = setup_domain(server)
    admin_id = psql("SELECT id FROM accounts WHERE login = 'admin'", server.db)
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    assert r.cmd("MAIL FROM:<a@remote.test>").startswith("250")
    # RFC 5321 4.5.1: the bare Postmaster, and postmaster@ a domain that has none of its own.
    assert r.cmd("RCPT TO:<Postmaster>").startswith("250")
    assert r.cmd(f"RCPT TO:<postmaster@{w['name']}>").startswith("250")
    assert r.cmd(f"RCPT TO:<webmaster@{w['name']}>").startswith("550")
    r.cmd("DATA")
    r.send(b"Message-ID: <pm@x>\r\n\r\nabuse report\r\n.\r\n")
    assert r.read().startswith("250")
    r.close()
    assert count(server, f"SELECT count(*) FROM messages m JOIN message_contents c ON c.id = m.content_id "
                         f"WHERE c.summary->>'messageId' = 'pm@x' AND m.account_id = '{admin_id}'") == 1
    # A domain's own postmaster wins.
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/aliases", {"name": "postmaster", "target": "carol"})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    client.sendmail("a@remote.test", [f"postmaster@{w['name']}"], body)
    client.quit()
    assert owners(server, msg_id) == ["carol"]
