"""The SMTP security options, managed through the admin API and applied to new connections
within seconds, without a restart; each limit answered with its code."""

import smtplib
import socket
import time

import pytest

from dns_server import TestDns
from test_smtp import Raw, body_of, copies, message, setup_domain

DEFAULTS = {"maxMessagesPerHourPerIp": 0, "maxConnectionsPerIp": 50, "maxUnknownRecipientsPerIp": 0, "maxRecipients": 100,
            "maxFailedCommands": 20, "maxMessageSize": 52428800, "maxReceivedHops": 50, "exemptGroupId": None, "relayGroupId": None,
            "openRelay": False, "checkSenderDomainInDns": False, "hideTrustedIpsInReceived": False, "popBeforeSmtpMinutes": 0}


def test_settings_resource(server, world=None):
    admin = server.admin()
    assert admin.ok("GET", "/settings/smtp") == DEFAULTS
    for field, value in (("maxRecipients", 0), ("maxMessageSize", 10), ("maxReceivedHops", 5000), ("maxFailedCommands", 0)):
        r = admin.put("/settings/smtp", {**DEFAULTS, field: value})
        assert r.status_code == 422 and r.json()["field"] == field, r.text
    r = admin.put("/settings/smtp", {**DEFAULTS, "colour": "red"})
    assert r.status_code == 422
    w = setup_domain(server)
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/accounts", {"loginName": "da", "password": "Da-pass-123", "domainAdmin": True})
    domain_admin = server.login(f"da@{w['name']}", "Da-pass-123")
    assert domain_admin.get("/settings/smtp").status_code == 403
    assert domain_admin.put("/settings/smtp", DEFAULTS).status_code == 403
    changed = admin.ok("PUT", "/settings/smtp", {**DEFAULTS, "maxRecipients": 7})
    assert changed["maxRecipients"] == 7 and admin.ok("GET", "/settings/smtp")["maxRecipients"] == 7


def test_each_limit_is_tripped_with_its_code(server):
    w = setup_domain(server)
    name = w["name"]
    w["admin"].ok("PUT", "/settings/smtp", {"maxMessagesPerHourPerIp": 3, "maxConnectionsPerIp": 3, "maxUnknownRecipientsPerIp": 3,
                                            "maxRecipients": 2, "maxFailedCommands": 4, "maxMessageSize": 4096, "maxReceivedHops": 3})
    # Connections at once from one address.
    held = [Raw(server.smtp_port) for _ in range(3)]
    extra = socket.create_connection(("127.0.0.1", server.smtp_port), timeout=10)
    assert extra.recv(200).startswith(b"421 4.7.0")
    extra.close()
    for r in held:
        r.close()
    time.sleep(0.3)
    r = Raw(server.smtp_port)
    ehlo = r.cmd("EHLO client.example")
    assert "SIZE 4096" in ehlo
    # Recipients per message, size, hops.
    r.cmd("MAIL FROM:<a@remote.test>")
    assert r.cmd(f"RCPT TO:<alice@{name}>").startswith("250")
    assert r.cmd(f"RCPT TO:<bob@{name}>").startswith("250")
    assert r.cmd(f"RCPT TO:<carol@{name}>").startswith("452 4.5.3")
    assert r.cmd("DATA").startswith("354")
    r.send(b"Message-ID: <big@x>\r\n\r\n" + b"z" * 5000 + b"\r\n.\r\n")
    assert r.read().startswith("552 5.3.4")
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.cmd("DATA")
    r.send(b"Received: from a\r\nReceived: from b\r\nReceived: from c\r\nMessage-ID: <loop@x>\r\n\r\nloop\r\n.\r\n")
    assert r.read().startswith("554 5.4.6")
    assert copies(server, "big@x") == 0 and copies(server, "loop@x") == 0
    r.close()
    # Messages per hour from one address: the fourth is refused and not stored.
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    ids = []
    for _ in range(3):
        msg_id, body = message()
        client.sendmail("a@remote.test", [f"alice@{name}"], body)
        ids.append(msg_id)
    msg_id, body = message()
    with pytest.raises(smtplib.SMTPDataError) as refused:
        client.sendmail("a@remote.test", [f"alice@{name}"], body)
    assert refused.value.smtp_code == 450 and b"4.7.1" in refused.value.smtp_error
    assert copies(server, msg_id) == 0 and all(copies(server, m) == 1 for m in ids)
    client.close()
    # Failed commands close the session.
    r = Raw(server.smtp_port)
    replies = [r.cmd("BOGUS") for _ in range(4)]
    assert r.read().startswith("421 4.7.0")
    r.close()
    # Directory harvest: the third unknown recipient blocks the address for an hour.
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    r.cmd("MAIL FROM:<a@remote.test>")
    assert r.cmd(f"RCPT TO:<nobody1@{name}>").startswith("550 5.1.1")
    assert r.cmd(f"RCPT TO:<nobody2@{name}>").startswith("550 5.1.1")
    assert r.cmd(f"RCPT TO:<nobody3@{name}>").startswith("550 5.1.1")
    assert r.read().startswith("421 4.7.1")
    r.close()
    blocked = socket.create_connection(("127.0.0.1", server.smtp_port), timeout=10)
    assert blocked.recv(200).startswith(b"421 4.7.1")
    blocked.close()
    assert replies[-1].startswith("500")


def test_domain_and_account_size_limits(server):
    from test_submission import TLS
    w = setup_domain(server)
    name, admin = w["name"], w["admin"]
    admin.ok("PATCH", f"/domains/{w['domain']['id']}", {"limits": {"maxMessageSize": 3000}})
    r = Raw(server.smtp_port)
    r.cmd("EHLO client.example")
    r.cmd("MAIL FROM:<a@remote.test> SIZE=5000")
    assert r.cmd(f"RCPT TO:<alice@{name}>").startswith("552 5.3.4")
    r.cmd("RSET")
    r.cmd("MAIL FROM:<a@remote.test>")
    assert r.cmd(f"RCPT TO:<alice@{name}>").startswith("250")
    r.cmd("DATA")
    r.send(b"Message-ID: <toolarge@x>\r\n\r\n" + b"q" * 4000 + b"\r\n.\r\n")
    assert r.read().startswith("552 5.3.4")
    r.cmd("MAIL FROM:<a@remote.test>")
    r.cmd(f"RCPT TO:<alice@{name}>")
    r.cmd("DATA")
    r.send(b"Message-ID: <fits@x>\r\n\r\nsmall\r\n.\r\n")
    assert r.read().startswith("250")
    assert copies(server, "toolarge@x") == 0 and copies(server, "fits@x") == 1
    r.close()
    # What a user sends: the account's own limit overrides the domain's.
    admin.ok("PATCH", f"/accounts/{w['bob']['id']}", {"maxOutgoingMessageSize": 1500})
    client = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
    client.starttls(context=TLS)
    client.login(f"bob@{name}", "Passw0rd-x")
    # smtplib declares SIZE, so the refusal comes at MAIL.
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:
        client.sendmail(f"bob@{name}", ["friend@outside.test"], message(body="w" * 2000 + "\r\n")[1])
    assert refused.value.smtp_code == 552
    msg_id, body = message()
    assert client.sendmail(f"bob@{name}", ["friend@outside.test"], body) == {}
    client.quit()


def test_sender_domain_must_exist_in_dns(server, tmp_path):
    dns = TestDns()
    try:
        dns.add("exists.test", "MX", (10, "mx.exists.test"))
        dns.add("only-a.test", "A", "192.0.2.7")
        dns.add("nullmx.test", "MX", (0, "."))
        dns.failing.add("broken.test")
        server.restart(tmp_path, {"POSTBAY_DNS_SERVERS": dns.address})
        w = setup_domain(server)
        w["admin"].ok("PUT", "/settings/smtp", {"checkSenderDomainInDns": True})
        r = Raw(server.smtp_port)
        r.cmd("EHLO client.example")
        for sender, reply in (("a@exists.test", "250"), ("a@only-a.test", "250"), ("a@missing.test", "550 5.1.8"),
                              ("a@nullmx.test", "550 5.7.27"), ("a@broken.test", "451 4.4.3"), ("", "250")):
            got = r.cmd(f"MAIL FROM:<{sender}>")
            assert got.startswith(reply), (sender, got)
            r.cmd("RSET")
        r.close()
        # Off again: no lookups, any sender domain.
        w["admin"].ok("PUT", "/settings/smtp", {"checkSenderDomainInDns": False})
        client = smtplib.SMTP("127.0.0.1", server.smtp_port)
        msg_id, body = message()
        client.sendmail("a@missing.test", [f"bob@{w['name']}"], body)
        client.quit()
        assert copies(server, msg_id) == 1
    finally:
        dns.stop()


def test_trusted_addresses_are_hidden_in_received(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    group = admin.ok("POST", "/ip-groups", {"name": "office", "entries": [{"value": "127.0.0.0/8"}]})
    admin.ok("PUT", "/settings/smtp", {"relayGroupId": group["id"]})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    client.ehlo("pc.office.example")
    msg_id, body = message()
    client.sendmail("a@remote.test", [f"bob@{name}"], body)
    assert b"from pc.office.example ([127.0.0.1])" in body_of(server, msg_id)
    admin.ok("PUT", "/settings/smtp", {"relayGroupId": group["id"], "hideTrustedIpsInReceived": True})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    client.ehlo("pc.office.example")
    msg_id, body = message()
    client.sendmail("a@remote.test", [f"bob@{name}"], body)
    stored = body_of(server, msg_id)
    assert b"Received: from pc.office.example\r\n\tby mail.primary.test" in stored and b"127.0.0.1" not in stored
    client.quit()


def test_starttls_forgets_what_was_said_in_the_clear(server):
    """RFC 3207 4.2: after STARTTLS the session starts again — EHLO is needed before MAIL, a
    second STARTTLS is refused — and submissions (465) speak TLS from the first byte."""
    import ssl
    w = setup_domain(server)
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=20)
    client.ehlo("before.example")
    assert client.mail("someone@remote.test")[0] == 250
    assert client.docmd("STARTTLS")[0] == 503, "not in the middle of a transaction"
    assert client.rset()[0] == 250
    client.starttls(context=ssl._create_unverified_context())
    # smtplib forgets its EHLO too; ask as a client that does not would.
    code, _ = client.docmd("MAIL", "FROM:<someone@remote.test>")
    assert code == 503, "no EHLO since TLS"
    client.ehlo("after.example")
    assert "starttls" not in client.esmtp_features, "not offered again"
    assert client.docmd("STARTTLS")[0] == 503
    assert client.mail("someone@remote.test")[0] == 250
    assert client.rcpt(f"alice@{w['name']}")[0] == 250
    client.quit()
    implicit = smtplib.SMTP_SSL("127.0.0.1", server.submissions_port, timeout=20,
                                context=ssl._create_unverified_context())
    assert implicit.ehlo()[0] == 250 and "auth" in implicit.esmtp_features
    implicit.quit()
