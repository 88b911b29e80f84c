"""The logs as an API: "what happened to message <Message-ID>" answered with its reception,
filter verdict and delivery lines; the operations log telling who deleted or moved it; the
security log with failed logins (and never the password, anywhere in the database); lines
seen only by the administrators of the domains they name; NDJSON export; settings with
per-family retention and debug switches applied at run time."""

import imaplib
import json
import smtplib
import socket
import ssl
import subprocess
import uuid

from conftest import PG_URL
from helpers import wait_until


def insecure():
    """TLS to the test server's own self-signed identity."""
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    return ctx


def message(mid, to, subject="Where did it go?"):
    return (f"From: sender@remote.test\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Message-ID: <{mid}>\r\n\r\nHello.\r\n")


def lines(api, **params):
    return api.ok("GET", "/logs", params=params)["items"]


def test_what_happened_to_a_message_and_who_sees_it(world):
    server, admin, a, b = world["server"], world["admin"], world["a"], world["b"]
    mid = f"{uuid.uuid4().hex}@remote.test"
    to = f"user@{a['domain']['name']}"
    with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30) as smtp:
        smtp.sendmail("sender@remote.test", [to], message(mid, to))

    def story():
        found = lines(admin, q=f"<{mid}>")
        kinds = {(line["family"], line["text"].split(",")[0]) for line in found}
        return found if ("mail", "Recv") in kinds else None
    found = wait_until(story, what="the message's reception and delivery line")
    recv = next(line for line in found if line["text"].startswith("Recv"))
    assert recv["messageId"] == mid
    assert recv["fields"]["from"] == "sender@remote.test" and recv["fields"]["to"] == to
    assert recv["fields"]["service"] == "smtp" and recv["fields"]["client"] == "127.0.0.1"
    assert int(recv["fields"]["size"]) > 0
    assert recv["fields"]["delivered"] == to, "delivered to the recipient's mailbox"
    # The filter's verdict is on the reception line; a clean message has no spam line.
    assert recv["fields"]["verdict"] == "deliver" and float(recv["fields"]["score"]) < 5
    assert not [line for line in found if line["family"] == "spam"]
    # By address too, and by family and time.
    assert any(line["messageId"] == mid for line in lines(admin, q=to, family="mail"))
    assert lines(admin, q=f"<{mid}>", since="2999-01-01T00:00:00Z") == []

    # The recipient domain's administrators see the lines; the other domain's see none.
    mine = lines(a["domainAdminApi"], q=mid)
    assert {line["id"] for line in mine} == {line["id"] for line in found}
    assert lines(a["tenantAdminApi"], q=mid)
    assert lines(b["domainAdminApi"], q=mid) == []
    assert lines(b["tenantAdminApi"], q=mid) == []
    r = b["domainAdminApi"].get("/logs", params={"domainId": a["domain"]["id"]})
    assert r.status_code == 404, "another domain is not found, rather than empty"
    assert a["userApi"].get("/logs").status_code == 403

    # What the filter does not pass clean has its spam line, with the score.
    admin.ok("POST", "/spam-rules", {"domainId": a["domain"]["id"], "name": "LOG_TEST", "target": "header",
                                     "header": "X-Log-Test", "test": "exists", "action": "score", "score": 50})
    spam_id = f"{uuid.uuid4().hex}@remote.test"
    spam = message(spam_id, to).replace("Subject:", "X-Log-Test: yes\r\nSubject:")
    with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30) as smtp:
        try:
            smtp.sendmail("sender@remote.test", [to], spam)
        except smtplib.SMTPDataError:
            pass  # refused: that is a verdict too
    (flagged,) = wait_until(lambda: lines(admin, q=spam_id, family="spam"), what="the spam line")
    assert flagged["fields"]["verdict"] in ("junk", "refuse", "quarantine", "discard")
    assert float(flagged["fields"]["score"]) >= 50 and flagged["messageId"] == spam_id
    assert lines(a["domainAdminApi"], q=spam_id, family="spam")
    assert lines(b["domainAdminApi"], q=spam_id) == []

    # The traffic statistics count it for the recipient's domain, persisted per day.
    totals = wait_until(lambda: (t := a["domainAdminApi"].ok("GET", "/traffic-stats")["totals"]).get("messagesIn") and t,
                        what="the traffic counters")
    assert totals["messagesIn"] >= 1 and totals["bytesIn"] > 100
    assert b["domainAdminApi"].ok("GET", "/traffic-stats")["totals"].get("messagesIn", 0) == 0
    assert b["domainAdminApi"].get("/traffic-stats", params={"domainId": a["domain"]["id"]}).status_code in (403, 404)
    assert admin.ok("GET", "/traffic-stats", params={"domainId": a["domain"]["id"]})["totals"]["messagesIn"] >= 1

    # Deleted over IMAP: the operations log says who, from where, and which message.
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=insecure(), timeout=30)
    imap.login(to, "Us3r-pass-1")
    imap.select("INBOX")
    typ, data = imap.search(None, "ALL")
    imap.store(data[0].split()[-1], "+FLAGS", "\\Deleted")
    imap.expunge()
    imap.logout()
    deleted = wait_until(lambda: [line for line in lines(admin, q=mid, family="operations")],
                         what="the operations line of the deletion")
    assert deleted[0]["text"].startswith("{DELETE}")
    assert deleted[0]["fields"]["protocol"] == "imap" and deleted[0]["fields"]["folder"] == "INBOX"
    assert deleted[0]["account"] == to and deleted[0]["fields"]["subject"] == "Where did it go?"
    assert lines(a["domainAdminApi"], q=mid, family="operations")
    assert lines(b["domainAdminApi"], family="operations") == []

    # The same lines as NDJSON.
    r = admin.get("/logs/export", params={"q": mid})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    exported = [json.loads(line) for line in r.text.splitlines()]
    assert {line["id"] for line in exported} >= {line["id"] for line in found}
    assert all(line["messageId"] == mid for line in exported)


def test_failed_logins_are_logged_and_the_password_is_never_kept(world, tmp_path):
    server, admin, a = world["server"], world["admin"], world["a"]
    secret = f"Never-Logged-{uuid.uuid4().hex}"
    login = f"user@{a['domain']['name']}"
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=insecure(), timeout=30)
    try:
        imap.login(login, secret)
        raise AssertionError("a wrong password logged in")
    except imaplib.IMAP4.error:
        pass
    imap.logout()
    with smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30) as smtp:
        smtp.starttls(context=insecure())
        try:
            smtp.login(login, secret)
            raise AssertionError("a wrong password logged in")
        except smtplib.SMTPAuthenticationError:
            pass
    r = server.anonymous().post("/auth/login", json={"userName": login, "password": secret})
    assert r.status_code == 401

    def failures():
        got = [line for line in lines(admin, family="security", account=login) if line["fields"].get("result") == "failed"]
        return got if {line["fields"]["service"] for line in got} >= {"imap", "smtp", "api"} else None
    failed = wait_until(failures, what="the failed logins in the security log")
    assert all(line["fields"]["client"] == "127.0.0.1" for line in failed)
    # The domain's administrator sees their users' failed logins.
    assert lines(a["domainAdminApi"], family="security", account=login)
    assert lines(world["b"]["domainAdminApi"], family="security", account=login) == []

    # A client that does not speak TLS on a TLS port is in the security log too.
    with socket.create_connection(("127.0.0.1", server.imaps_port), timeout=10) as raw:
        raw.sendall(b"GET / HTTP/1.0\r\n\r\n")
        raw.recv(100)
    handshake = wait_until(lambda: [line for line in lines(admin, family="security")
                                    if line["text"].startswith("TLS handshake failed")],
                           what="the failed TLS handshake in the security log")
    assert handshake[0]["fields"]["client"] == "127.0.0.1" and handshake[0]["fields"]["reason"]

    # Nowhere in the database, nor in the server's own output.
    dump = subprocess.run(["pg_dump", f"{PG_URL}/{server.db}"], capture_output=True, check=True).stdout
    assert secret.encode() not in dump
    assert secret not in (tmp_path / "postbay.log").read_text(errors="replace")


def test_log_settings_and_debug_switches(server):
    admin = server.admin()
    settings = admin.ok("GET", "/settings/logs")
    assert settings["retention"]["mail"] == 30 and settings["debug"] == []
    r = admin.put("/settings/logs", json={"retention": {"mail": 0}})
    assert r.status_code == 422 and r.json()["field"] == "retention.mail"
    r = admin.put("/settings/logs", json={"debug": ["nonsense"]})
    assert r.status_code == 422
    # Without the switch no debug line is kept; with it, the SMTP server's are.
    with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30) as smtp:
        smtp.noop()
    updated = admin.ok("PUT", "/settings/logs", json={"retention": {"debug": 1}, "debug": ["smtp"]})
    assert updated["debug"] == ["smtp"] and updated["retention"]["debug"] == 1
    assert updated["retention"]["security"] == 90, "families left out keep their default"

    def debug_lines():
        with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30) as smtp:
            smtp.noop()
        return [line for line in lines(admin, family="debug") if "smtp session" in line["text"]]
    wait_until(debug_lines, what="the SMTP server's debug lines", interval=0.5)
    rpc = server.rpc()
    assert rpc.ok("Logs.getSettings")["debug"] == ["smtp"]
    rpc.ok("Logs.setSettings", {"settings": {"debug": []}})
    found = rpc.ok("Logs.search", {"family": "debug", "limit": 1})
    assert len(found["items"]) == 1 and found["nextCursor"]
    page2 = rpc.ok("Logs.search", {"family": "debug", "limit": 1, "cursor": found["nextCursor"]})
    assert page2["items"][0]["id"] < found["items"][0]["id"]


def test_the_audit_trail_is_the_config_family(world):
    admin, a, b = world["admin"], world["a"], world["b"]
    dadmin = f"dadmin@{a['domain']['name']}"
    alias = a["domainAdminApi"].ok("POST", f"/domains/{a['domain']['id']}/aliases",
                                   {"name": f"cfg{uuid.uuid4().hex[:6]}", "target": "user"}, status=201)
    event = next(e for e in admin.ok("GET", "/audit-events", params={"objectId": alias["id"]})["items"])

    # The change is a config line, written with the change itself: who, what, from where.
    found = [line for line in lines(admin, family="config", q=dadmin) if line["fields"].get("object_id") == alias["id"]]
    assert len(found) == 1, found
    line = found[0]
    assert line["account"] == dadmin and line["fields"]["actor"] == f"account:{dadmin}"
    assert line["fields"]["action"] == event["action"] and line["fields"]["audit_id"] == event["id"]
    assert line["fields"]["changes"] == event["changes"] and line["fields"]["actor_ip"] == "127.0.0.1"
    assert line["text"].startswith(f"account:{dadmin} - {event['action']}")
    # Among every family's lines too, and within reach only.
    assert any(x["id"] == line["id"] for x in lines(admin, account=dadmin))
    assert any(x["id"] == line["id"] for x in lines(a["domainAdminApi"], family="config"))
    assert all(x["id"] != line["id"] for x in lines(b["domainAdminApi"], family="config"))
    assert all(x["id"] != line["id"] for x in lines(b["tenantAdminApi"]))

    # Its retention is the copy's: out of range is refused, and the trail keeps its own.
    r = admin.put("/settings/logs", json={"retention": {"config": 0}})
    assert r.status_code == 422 and r.json()["field"] == "retention.config"
    assert admin.ok("GET", "/settings/logs")["retention"]["config"] == 365
