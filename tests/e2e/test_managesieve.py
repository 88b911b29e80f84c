"""ManageSieve (RFC 5804, issue 21) with real clients: Python's sievelib and Debian's
sieve-connect upload, list, activate, download, rename and delete scripts over STARTTLS; a
script with an error is refused with its line; quotas answer HAVESPACE; passwords are refused
before TLS and repeated failures close the connection; what ManageSieve stores is what the
API shows and what delivery runs."""

import base64
import imaplib
import smtplib
import socket
import ssl
import subprocess

import pytest

from test_imap import PASSWORD
from test_smtp import setup_domain

GOOD = 'require ["fileinto", "mailbox"];\r\nif header :contains "subject" "report" {\r\n  fileinto :create "Reports";\r\n}\r\n'
BAD = 'require "fileinto";\r\nif header :contains "subject" "x" {\r\n  frobnicate;\r\n}\r\n'


@pytest.fixture
def sieve(monkeypatch):
    """sievelib's client, trusting the test server's self-signed certificate."""
    import sievelib.managesieve as managesieve
    monkeypatch.setattr(managesieve.ssllib, "create_default_context", ssl._create_unverified_context)
    return managesieve


def connect(sieve, server, user):
    client = sieve.Client("127.0.0.1", server.managesieve_port)
    assert client.connect(user, PASSWORD, starttls=True, authmech="PLAIN"), client.errmsg
    return client


def test_sievelib_manages_scripts_and_delivery_runs_them(server, sieve):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    client = connect(sieve, server, alice)
    assert client.get_implementation() == "Postbay"
    extensions = client.get_sieve_capabilities()
    assert {"fileinto", "vacation", "imap4flags", "body", "date", "include"} <= set(extensions), extensions
    assert client.havespace("rules", len(GOOD))
    assert client.putscript("rules", GOOD)
    assert client.putscript("spare", "keep;\r\n")
    # An error is refused with where it is.
    assert not client.putscript("broken", BAD)
    assert "line 3" in client.errmsg.decode() and "frobnicate" in client.errmsg.decode(), client.errmsg
    assert not client.checkscript(BAD)
    assert client.checkscript(GOOD)
    assert client.setactive("rules")
    active, others = client.listscripts()
    assert active == "rules" and others == ["spare"], (active, others)
    assert client.getscript("rules").replace("\r\n", "\n").strip() == GOOD.replace("\r\n", "\n").strip()
    # The active script cannot be deleted; others can be renamed and deleted.
    assert not client.deletescript("rules")
    assert client.renamescript("spare", "old")
    assert not client.renamescript("old", "rules"), "a name in use"
    assert client.deletescript("old")
    assert not client.getscript("nothing")
    client.logout()

    # The API sees the same scripts, and delivery runs the active one.
    listed = {s["name"]: s["active"] for s in w["admin"].ok("GET", f"/accounts/{w['alice']['id']}/sieve-scripts")["items"]}
    assert listed == {"rules": True}
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    smtp.sendmail("sender@remote.test", [alice], f"To: {alice}\r\nSubject: monthly report\r\n\r\nx\r\n".encode())
    smtp.quit()
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=ssl._create_unverified_context())
    imap.login(alice, PASSWORD)
    assert imap.select("Reports", readonly=True) == ("OK", [b"1"])
    imap.logout()

    # Deactivating leaves none active.
    client = connect(sieve, server, alice)
    assert client.setactive("")
    assert client.listscripts() == (None, ["rules"])
    client.logout()


def test_quota_and_the_other_users_scripts(server, sieve):
    w = setup_domain(server)
    alice, bob = f"alice@{w['name']}", f"bob@{w['name']}"
    client = connect(sieve, server, alice)
    for i in range(32):
        assert client.putscript(f"s{i}", "keep;\r\n")
    assert not client.havespace("one-more", 10)
    assert "QUOTA/MAXSCRIPTS" in client.errcode.decode() if client.errcode else False, (client.errcode, client.errmsg)
    assert not client.putscript("one-more", "keep;\r\n")
    assert not client.havespace("s0", 2 * 1024 * 1024), "larger than a script may be"
    client.logout()
    # Bob sees none of Alice's.
    client = connect(sieve, server, bob)
    assert client.listscripts() == (None, [])
    assert not client.getscript("s0")
    client.logout()


def raw_session(port):
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    reader = sock.makefile("rb")
    return sock, reader


def read_reply(reader):
    """Lines up to and including the final OK/NO/BYE."""
    lines = []
    while True:
        line = reader.readline().decode()
        assert line, "connection closed"
        lines.append(line.rstrip("\r\n"))
        if line.startswith(("OK", "NO", "BYE")):
            return lines


def test_passwords_need_tls_and_failures_close_the_connection(server):
    w = setup_domain(server)
    sock, reader = raw_session(server.managesieve_port)
    greeting = read_reply(reader)
    assert '"STARTTLS"' in greeting and '"SASL" ""' in greeting and greeting[-1].startswith("OK"), greeting
    plain = base64.b64encode(f"\0alice@{w['name']}\0{PASSWORD}".encode()).decode()
    sock.sendall(f'AUTHENTICATE "PLAIN" "{plain}"\r\n'.encode())
    assert read_reply(reader)[-1].startswith("NO (ENCRYPT-NEEDED)")
    sock.sendall(b'LISTSCRIPTS\r\n')
    assert read_reply(reader)[-1].startswith("NO")
    sock.sendall(b"STARTTLS\r\n")
    assert read_reply(reader)[-1].startswith("OK")
    tls = ssl._create_unverified_context().wrap_socket(sock, server_hostname="mail.primary.test")
    reader = tls.makefile("rb")
    # The capabilities again, now with SASL and without STARTTLS.
    again = read_reply(reader)
    assert '"SASL" "PLAIN LOGIN"' in again and '"STARTTLS"' not in again, again
    wrong = base64.b64encode(f"\0alice@{w['name']}\0wrong".encode()).decode()
    for _ in range(2):
        tls.sendall(f'AUTHENTICATE "PLAIN" "{wrong}"\r\n'.encode())
        assert read_reply(reader)[-1].startswith("NO")
    tls.sendall(f'AUTHENTICATE "PLAIN" "{wrong}"\r\n'.encode())
    assert read_reply(reader)[-1].startswith("NO")
    assert reader.readline().decode().startswith("BYE"), "three failures close the connection"
    tls.close()
    # LOGIN with its two challenges, and a literal PUTSCRIPT.
    sock, reader = raw_session(server.managesieve_port)
    read_reply(reader)
    sock.sendall(b"STARTTLS\r\n")
    read_reply(reader)
    tls = ssl._create_unverified_context().wrap_socket(sock, server_hostname="mail.primary.test")
    reader = tls.makefile("rb")
    read_reply(reader)
    tls.sendall(b'AUTHENTICATE "LOGIN"\r\n')
    assert base64.b64decode(reader.readline().decode().strip().strip('"')) == b"Username:"
    tls.sendall(b'"' + base64.b64encode(f"alice@{w['name']}".encode()) + b'"\r\n')
    assert base64.b64decode(reader.readline().decode().strip().strip('"')) == b"Password:"
    tls.sendall(b'"' + base64.b64encode(PASSWORD.encode()) + b'"\r\n')
    assert read_reply(reader)[-1].startswith("OK"), "logged in"
    tls.sendall(b'PUTSCRIPT "lit" {7+}\r\nkeep;\r\n\r\n')
    assert read_reply(reader)[-1].startswith("OK")
    tls.sendall(b'NOOP "tag1"\r\n')
    assert read_reply(reader)[-1].startswith('OK (TAG "tag1")')
    tls.sendall(b"LOGOUT\r\n")
    assert read_reply(reader)[-1].startswith("OK")
    tls.close()


def test_sieve_connect_uploads_lists_activates_downloads_and_deletes(server, tmp_path):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    local = tmp_path / "vacation.sieve"
    local.write_text(GOOD)

    def run(*args):
        r, wfd = __import__("os").pipe()
        __import__("os").write(wfd, (PASSWORD + "\n").encode())
        __import__("os").close(wfd)
        result = subprocess.run(
            ["sieve-connect", "--server", "127.0.0.1", "--port", str(server.managesieve_port), "--user", alice,
             "--passwordfd", str(r), "--notlsverify", "--authmech", "PLAIN", *args],
            capture_output=True, text=True, timeout=60, pass_fds=(r,))
        __import__("os").close(r)
        return result

    up = run("--upload", "--localsieve", str(local), "--remotesieve", "main")
    assert up.returncode == 0, up.stderr
    act = run("--activate", "--remotesieve", "main")
    assert act.returncode == 0, act.stderr
    listed = run("--list")
    assert listed.returncode == 0 and "main" in listed.stdout and "ACTIVE" in listed.stdout.upper(), (listed.stdout, listed.stderr)
    copy = tmp_path / "copy.sieve"
    down = run("--download", "--remotesieve", "main", "--localsieve", str(copy))
    assert down.returncode == 0, down.stderr
    assert copy.read_bytes().replace(b"\r\n", b"\n") == GOOD.encode().replace(b"\r\n", b"\n")
    broken = tmp_path / "broken.sieve"
    broken.write_text(BAD)
    refused = run("--upload", "--localsieve", str(broken), "--remotesieve", "broken")
    assert refused.returncode != 0 and "line 3" in (refused.stdout + refused.stderr), (refused.stdout, refused.stderr)
    assert run("--deactivate").returncode == 0
    gone = run("--delete", "--remotesieve", "main")
    assert gone.returncode == 0, gone.stderr
    assert w["admin"].ok("GET", f"/accounts/{w['alice']['id']}/sieve-scripts") == {"items": []}
