"""Mail from users: submission with STARTTLS and AUTH (587 role), implicit TLS (465 role),
authenticated relay, and the rule that users send only as their own addresses."""

import smtplib
import ssl
import subprocess

import pytest

from conftest import psql
from test_smtp import body_of, message, owners, setup_domain
from helpers import require_tool

TLS = ssl._create_unverified_context()  # the server's certificate is self-signed in tests


def queued(server, msg_id):
    out = psql(f"SELECT string_agg(r.address, ',' ORDER BY r.position) FROM outbound_queue q "
               f"JOIN message_contents c ON c.id = q.content_id JOIN outbound_recipients r ON r.queue_id = q.id "
               f"WHERE c.summary->>'messageId' = '{msg_id}' GROUP BY q.id", server.db)
    return out.split("\n") if out else []


def submit(server, user, password):
    client = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
    client.ehlo("laptop.example")
    assert "starttls" in client.esmtp_features and "auth" not in client.esmtp_features
    client.starttls(context=TLS)
    client.ehlo("laptop.example")
    assert client.esmtp_features["auth"].split() == ["PLAIN", "LOGIN", "OAUTHBEARER", "XOAUTH2"]
    client.login(user, password)
    return client


def test_submission_with_starttls_auth_and_relay(server):
    w = setup_domain(server)
    admin, d, name = w["admin"], w["domain"]["id"], w["name"]
    admin.ok("POST", f"/domains/{d}/aliases", {"name": "info", "target": "alice"})
    admin.ok("POST", f"/domains/{d}/groups", {"name": "Team", "addresses": ["team"], "members": [w["alice"]["id"]]})
    client = submit(server, f"alice@{name}", "Passw0rd-x")
    # Relayed to the outside: queued; to a local user: stored.
    msg_id, body = message()
    assert client.sendmail(f"alice@{name}", ["friend@outside.test", f"bob@{name}"], body) == {}
    assert queued(server, msg_id) == ["friend@outside.test"]
    assert owners(server, msg_id) == ["bob"]
    trace = body_of(server, msg_id).split(b"\r\nFrom: ")[0].decode()
    assert "with ESMTPSA id" in trace and "from laptop.example" in trace
    # Her own addresses: login, an alias to her, a group she is in.
    for sender in (f"alice@{name}", f"info@{name}", f"team@{name}"):
        msg_id, body = message()
        assert client.sendmail(sender, [f"bob@{name}"], body) == {}, sender
    # Anyone else's address, or the null sender, is refused.
    for sender in (f"bob@{name}", "boss@outside.test", ""):
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail(sender, [f"bob@{name}"], message()[1])
        assert refused.value.smtp_code == 553 and b"5.7.1" in refused.value.smtp_error, sender
    client.quit()


def test_submission_requires_auth_and_refuses_bad_credentials(server):
    w = setup_domain(server)
    name = w["name"]
    client = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
    client.ehlo("laptop.example")
    code, reply = client.docmd("AUTH", "PLAIN")
    assert code == 538, "AUTH before STARTTLS"
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:
        client.sendmail(f"alice@{name}", [f"bob@{name}"], message()[1])
    assert refused.value.smtp_code == 530
    client.starttls(context=TLS)
    client.ehlo("laptop.example")
    with pytest.raises(smtplib.SMTPAuthenticationError) as failed:
        client.login(f"alice@{name}", "wrong")
    assert failed.value.smtp_code == 535
    code, _ = client.docmd("AUTH", "CRAM-MD5")
    assert code == 504
    client.quit()
    # Repeated failures lock the address out, as for the admin API.
    w["admin"].ok("PUT", "/settings/security", {"lockoutThreshold": 3, "lockoutSeconds": 600, "accessTokenSeconds": 900,
                                                 "refreshTokenSeconds": 86400})
    client = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
    client.starttls(context=TLS)
    client.ehlo("laptop.example")
    codes = []
    for _ in range(4):
        try:
            client.login(f"alice@{name}", "wrong")
        except smtplib.SMTPAuthenticationError as e:
            codes.append(e.smtp_code)
        except smtplib.SMTPServerDisconnected:
            break
    assert 454 in codes, codes


def test_implicit_tls_and_auth_login(server):
    w = setup_domain(server)
    name = w["name"]
    client = smtplib.SMTP_SSL("127.0.0.1", server.submissions_port, context=TLS, timeout=30)
    client.ehlo("laptop.example")
    assert "starttls" not in client.esmtp_features
    client.user, client.password = f"bob@{name}", "Passw0rd-x"
    code, _ = client.auth("LOGIN", client.auth_login, initial_response_ok=False)
    assert code == 235
    msg_id, body = message()
    assert client.sendmail(f"bob@{name}", [f"carol@{name}"], body) == {}
    assert owners(server, msg_id) == ["carol"]
    client.quit()


def test_mx_port_relays_only_for_authenticated_users(server):
    w = setup_domain(server)
    name = w["name"]
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30)
    client.starttls(context=TLS)
    client.ehlo("laptop.example")
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        client.sendmail("someone@remote.test", ["friend@outside.test"], message()[1])
    client.login(f"carol@{name}", "Passw0rd-x")
    msg_id, body = message()
    assert client.sendmail(f"carol@{name}", ["friend@outside.test"], body) == {}
    assert queued(server, msg_id) == ["friend@outside.test"]
    client.quit()


def test_swaks_submits_over_starttls(server):
    require_tool("swaks")
    w = setup_domain(server)
    name = w["name"]
    out = subprocess.run(["swaks", "--server", f"127.0.0.1:{server.submission_port}", "--tls", "--auth", "LOGIN",
                          "--auth-user", f"alice@{name}", "--auth-password", "Passw0rd-x", "--from", f"alice@{name}",
                          "--to", f"bob@{name}", "--header", "Message-ID: <swaks-sub@x>", "--helo", "swaks.example"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    assert owners(server, "swaks-sub@x") == ["bob"]


def test_a_catch_all_or_a_forward_does_not_make_addresses_ones_own(server):
    w = setup_domain(server)
    admin, d, name = w["admin"], w["domain"]["id"], w["name"]
    admin.ok("POST", f"/domains/{d}/aliases", {"name": "*", "target": "alice"})
    admin.ok("POST", f"/domains/{d}/aliases", {"name": "sales?", "target": "alice"})
    admin.ok("PATCH", f"/accounts/{w['bob']['id']}", {"forwardTo": [f"alice@{name}"], "forwardKeepCopy": False})
    client = submit(server, f"alice@{name}", "Passw0rd-x")
    # Mail to these reaches Alice, but they are not hers to send as.
    for sender in (f"anyone@{name}", f"sales1@{name}", f"bob@{name}"):
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail(sender, [f"carol@{name}"], message()[1])
        assert refused.value.smtp_code == 553, sender
    assert client.sendmail(f"alice@{name}", [f"carol@{name}"], message()[1]) == {}
    client.quit()
