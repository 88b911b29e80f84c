"""The POP3 server with real clients: Python's poplib (STLS and implicit TLS), fetchmail, and raw
sockets for what clients do wrong. Mail delivered over SMTP comes out byte-identical; deletions
happen at QUIT only; one session per maildrop; POP-before-SMTP opens relaying."""

import poplib
import smtplib
import socket
import ssl
import subprocess

import pytest

from conftest import psql
from test_smtp import body_of, count, message, setup_domain
from helpers import require_tool, wait_until

TLS = ssl._create_unverified_context()  # the server's certificate is self-signed in tests
PASSWORD = "Passw0rd-x"


def deliver(server, to, n=1, body="Hello.\r\n"):
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    ids = []
    for i in range(n):
        msg_id, raw = message(subject=f"message {i}", body=body)
        client.sendmail("sender@remote.test", [to], raw)
        ids.append(msg_id)
    client.quit()
    return ids


def pop(server, user, password=PASSWORD):
    client = poplib.POP3("127.0.0.1", server.pop3_port, timeout=30)
    client.stls(context=TLS)
    client.user(user)
    client.pass_(password)
    return client


def pop_when_free(server, user):
    """Logs in once the server has seen a cut session end (its maildrop lock is released then)."""
    def attempt():
        try:
            return pop(server, user)
        except poplib.error_proto as e:
            if b"IN-USE" not in e.args[0]:
                raise
            return None

    return wait_until(attempt, timeout=10, what=f"{user}'s maildrop to be free")


def joined(lines) -> bytes:
    return b"".join(line + b"\r\n" for line in lines)


def test_retrieval_is_byte_identical_and_deletes_happen_at_quit(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    ids = deliver(server, alice, 3, body="First line.\r\n.starts with a dot\r\n")
    client = pop(server, alice)
    count_, octets = client.stat()
    stored = [body_of(server, m) for m in ids]
    assert count_ == 3 and octets == sum(len(s) for s in stored)
    _, listing, _ = client.list()
    assert [int(line.split()[1]) for line in listing] == [len(s) for s in stored]
    for i, expected in enumerate(stored, start=1):
        _, lines, octets = client.retr(i)
        assert joined(lines) == expected
    _, uidl, _ = client.uidl()
    uids = [line.split()[1] for line in uidl]
    assert len(set(uids)) == 3
    _, top, _ = client.top(1, 0)
    assert joined(top) == stored[0].split(b"\r\n\r\n")[0] + b"\r\n\r\n"
    _, top, _ = client.top(1, 1)
    assert joined(top).endswith(b"\r\n\r\nFirst line.\r\n")
    # Deleted, then reset; deleted again and the session cut: nothing is removed.
    client.dele(1)
    with pytest.raises(poplib.error_proto, match="already deleted"):
        client.retr(1)
    assert client.stat()[0] == 2
    client.rset()
    client.dele(2)
    client.close()  # the connection ends without QUIT
    client = pop_when_free(server, alice)
    assert client.stat()[0] == 3
    assert [line.split()[1] for line in client.uidl()[1]] == uids, "UIDs are stable"
    client.dele(2)
    assert b"1 messages deleted" in client.quit()
    client = pop(server, alice)
    assert client.stat()[0] == 2
    assert [line.split()[1] for line in client.uidl()[1]] == [uids[0], uids[2]]
    client.quit()
    account = w["admin"].ok("GET", f"/accounts/{w['alice']['id']}")
    assert account["usage"]["messages"] == 2 and account["usage"]["bytes"] == len(stored[0]) + len(stored[2])
    assert count(server, f"SELECT count(*) FROM message_contents WHERE summary->>'messageId' = '{ids[1]}'") == 0


def test_implicit_tls_sasl_plain_and_login_names(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice)
    client = poplib.POP3_SSL("127.0.0.1", server.pop3s_port, context=TLS, timeout=30)
    caps = client.capa()
    assert "SASL" in caps and "STLS" not in caps and "RESP-CODES" in caps
    import base64
    resp = client._shortcmd("AUTH PLAIN " + base64.b64encode(f"\0{alice}\0{PASSWORD}".encode()).decode())
    assert resp.startswith(b"+OK")
    assert client.stat()[0] == 1
    client.quit()
    # AUTH PLAIN with the response on its own line.
    client = poplib.POP3_SSL("127.0.0.1", server.pop3s_port, context=TLS, timeout=30)
    assert client._shortcmd("AUTH PLAIN").startswith(b"+")
    assert client._shortcmd(base64.b64encode(f"\0{alice}\0{PASSWORD}".encode()).decode()).startswith(b"+OK")
    client.quit()
    # The primary domain's users log in with a bare name; others need the full address; a
    # domain alias is not a login name.
    client = poplib.POP3_SSL("127.0.0.1", server.pop3s_port, context=TLS, timeout=30)
    client.user("admin")
    assert client.pass_("Adm1n-secret").startswith(b"+OK")
    client.quit()
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/domain-aliases", {"name": "alias-" + w["name"]})
    for user in ("alice", f"alice@alias-{w['name']}"):
        client = poplib.POP3_SSL("127.0.0.1", server.pop3s_port, context=TLS, timeout=30)
        client.user(user)
        with pytest.raises(poplib.error_proto, match=r"\[AUTH\]"):
            client.pass_(PASSWORD)
        client.quit()


def test_passwords_need_tls_and_refusals_have_response_codes(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    plain = poplib.POP3("127.0.0.1", server.pop3_port, timeout=30)
    caps = plain.capa()
    assert "STLS" in caps and "UIDL" in caps and "TOP" in caps
    with pytest.raises(poplib.error_proto, match=r"\[AUTH\].*STLS"):
        plain.user(f"alice@{name}")
    plain.quit()
    # Wrong password, disabled and suspended accounts.
    client = poplib.POP3("127.0.0.1", server.pop3_port, timeout=30)
    client.stls(context=TLS)
    client.user(f"alice@{name}")
    with pytest.raises(poplib.error_proto, match=r"\[AUTH\]"):
        client.pass_("wrong")
    client.quit()
    for status, code in (("disabled", "SYS/PERM"), ("suspended", "SYS/TEMP")):
        admin.ok("PATCH", f"/accounts/{w['bob']['id']}", {"status": status})
        client = poplib.POP3("127.0.0.1", server.pop3_port, timeout=30)
        client.stls(context=TLS)
        client.user(f"bob@{name}")
        with pytest.raises(poplib.error_proto, match=rf"\[{code}\]"):
            client.pass_(PASSWORD)
        client.quit()
    # One session per maildrop.
    first = pop(server, f"carol@{name}")
    second = poplib.POP3("127.0.0.1", server.pop3_port, timeout=30)
    second.stls(context=TLS)
    second.user(f"carol@{name}")
    with pytest.raises(poplib.error_proto, match=r"\[IN-USE\]"):
        second.pass_(PASSWORD)
    second.quit()
    first.quit()
    pop(server, f"carol@{name}").quit()
    # The policy may allow plain-text passwords.
    admin.ok("PUT", "/settings/security", {"lockoutThreshold": 10, "lockoutSeconds": 300, "accessTokenSeconds": 900,
                                           "refreshTokenSeconds": 86400, "requireEncryptedLogin": False})
    plain = poplib.POP3("127.0.0.1", server.pop3_port, timeout=30)
    plain.user(f"carol@{name}")
    assert plain.pass_(PASSWORD).startswith(b"+OK")
    plain.quit()
    # Lockout after failures from one address.
    admin.ok("PUT", "/settings/security", {"lockoutThreshold": 2, "lockoutSeconds": 600, "accessTokenSeconds": 900,
                                           "refreshTokenSeconds": 86400})
    for _ in range(2):
        client = pop_raw(server)
        client.user(f"carol@{name}")
        with pytest.raises(poplib.error_proto):
            client.pass_("wrong")
        client.quit()
    client = pop_raw(server)
    client.user(f"carol@{name}")
    with pytest.raises(poplib.error_proto, match="Too many failed logins"):
        client.pass_(PASSWORD)
    client.quit()


def pop_raw(server):
    client = poplib.POP3("127.0.0.1", server.pop3_port, timeout=30)
    client.stls(context=TLS)
    return client


class Lines:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.file = self.sock.makefile("rb")
        self.banner = self.file.readline()

    def cmd(self, line: bytes) -> bytes:
        self.sock.sendall(line + b"\r\n")
        return self.file.readline()


def test_bad_input_gets_err_and_the_session_goes_on(server):
    r = Lines(server.pop3_port)
    assert r.banner.startswith(b"+OK")
    assert r.cmd(b"FROB").startswith(b"-ERR")
    assert r.cmd(b"STAT").startswith(b"-ERR Log in first")
    assert r.cmd(b"RETR 1").startswith(b"-ERR")
    assert r.cmd(b"PASS secret").startswith(b"-ERR")  # before STLS
    assert r.cmd(b"X" * 5000).startswith(b"-ERR Line too long")
    assert r.cmd(b"NOOP").startswith(b"+OK")
    assert r.cmd(b"QUIT").startswith(b"+OK")
    w = setup_domain(server)
    deliver(server, f"alice@{w['name']}")
    client = pop(server, f"alice@{w['name']}")
    for bad in ("RETR 0", "RETR 2", "RETR x", "DELE 99", "TOP 1 x", "LIST 1 2", "USER again"):
        with pytest.raises(poplib.error_proto):
            client._shortcmd(bad)
    assert client.stat()[0] == 1
    client.quit()


def test_pop_before_smtp_opens_relaying_for_a_while(server):
    w = setup_domain(server)
    admin = w["admin"]
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        client.sendmail(f"alice@{w['name']}", ["friend@outside.test"], message()[1])
    client.quit()
    admin.ok("PUT", "/settings/smtp", {"popBeforeSmtpMinutes": 10})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        client.sendmail(f"alice@{w['name']}", ["friend@outside.test"], message()[1])
    client.quit()
    pop(server, f"alice@{w['name']}").quit()
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    assert client.sendmail(f"alice@{w['name']}", ["friend@outside.test"], body) == {}
    client.quit()
    assert count(server, f"SELECT count(*) FROM outbound_queue q JOIN message_contents c ON c.id = q.content_id "
                         f"WHERE c.summary->>'messageId' = '{msg_id}'") == 1
    # The window closes.
    psql("UPDATE relay_windows SET expires_at = now() - interval '1 second'", server.db)
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        client.sendmail(f"alice@{w['name']}", ["friend@outside.test"], message()[1])
    client.quit()


def test_fetchmail_keeps_then_deletes(server, tmp_path):
    require_tool("fetchmail")
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    ids = deliver(server, alice, 3)
    mbox = tmp_path / "mbox"
    rc = tmp_path / "fetchmailrc"

    def run(keep: bool):
        rc.write_text(
            f'poll 127.0.0.1 service {server.pop3_port} protocol pop3 uidl\n'
            f'  user "{alice}" there with password "{PASSWORD}" is "tester" here\n'
            f'  sslproto "tls1.2+" no sslcertck {"keep" if keep else "nokeep fetchall"}\n'
            f'  mda "/bin/sh -c \'cat >> {mbox}\'"\n')
        rc.chmod(0o600)
        out = subprocess.run(["fetchmail", "-f", str(rc), "--nodetach", "--idfile", str(tmp_path / "ids"), "-v"],
                             capture_output=True, text=True, timeout=120, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
        assert out.returncode in (0, 1), out.stdout + out.stderr  # 1: no new mail
        return out.stdout + out.stderr

    log = run(keep=True)
    assert "STLS" in log, log
    text = mbox.read_text()
    assert all(m in text for m in ids)
    assert count(server, f"SELECT count(*) FROM messages WHERE account_id = '{w['alice']['id']}'") == 3
    run(keep=False)
    assert count(server, f"SELECT count(*) FROM messages WHERE account_id = '{w['alice']['id']}'") == 0


def test_a_suspended_account_loses_its_session_without_deleting(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 2)
    client = pop(server, alice)
    client.dele(1)
    w["admin"].ok("PATCH", f"/accounts/{w['alice']['id']}", {"status": "suspended"})
    with pytest.raises(poplib.error_proto) as refused:
        client.noop()
    assert b"[SYS/PERM]" in refused.value.args[0]
    client.close()
    # Nothing was deleted, and the maildrop lock was given back.
    w["admin"].ok("PATCH", f"/accounts/{w['alice']['id']}", {"status": "active"})
    again = pop(server, alice)
    assert again.stat()[0] == 2
    again.quit()
