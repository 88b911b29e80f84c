"""Issue 16's findings that are about the server as a whole rather than one protocol or
resource: how it starts and stops when something is wrong."""

import socket
import ssl
import time
import uuid

import pytest
import requests

from conftest import ADMIN_PASSWORD, APPLICATION, PG_URL, psql, start_server


@pytest.fixture
def fresh_db(template_db):
    db = f"postbay_t_{uuid.uuid4().hex[:16]}"
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template_db}"')
    yield db
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def test_a_port_that_cannot_be_bound_stops_the_server_with_one_clear_error(fresh_db, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        address = f"127.0.0.1:{taken.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(RuntimeError) as exited:
            start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{fresh_db}", "POSTBAY_SMTP_ADDR": address,
                          "POSTBAY_LOG": "info"}, tmp_path)
        took = time.monotonic() - started
    log = (tmp_path / "postbay.log").read_text()
    assert "exited with 1" in str(exited.value)
    assert f"cannot listen on {address}" in log, log[-2000:]
    # No worker was started on the pool being closed, so nothing complains about it.
    assert "closed pool" not in log, log[-2000:]
    assert "claiming queued recipients" not in log and "collection jobs" not in log, log[-2000:]
    assert len(log.splitlines()) < 50, f"{len(log.splitlines())} log lines for one failed start"
    assert took < 60


# The certificate names the host, not 127.0.0.1: requests skip the check, the test does its own.
@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_the_api_serves_tls_of_its_own(server, tmp_path):
    """Issue 16, finding 9: with POSTBAY_API_TLS=on the admin API speaks HTTPS only, with the
    server's certificate; its session cookie is Secure and browsers are told to stay on HTTPS."""
    server.restart(tmp_path, {"POSTBAY_API_TLS": "on", "POSTBAY_DATA_DIR": str(tmp_path / "data")})
    assert server.base.startswith("https://")
    port = int(server.base.rsplit(":", 1)[1])
    served = ssl.DER_cert_to_PEM_cert(ssl.PEM_cert_to_DER_cert(ssl.get_server_certificate(("127.0.0.1", port))))
    kept = (tmp_path / "data" / "tls" / "cert.pem").read_text()
    assert ssl.PEM_cert_to_DER_cert(served) == ssl.PEM_cert_to_DER_cert(kept), "the server's own certificate"
    # The certificate is for the host name: a client that checks it, and asks by that name, is satisfied.
    context = ssl.create_default_context(cafile=str(tmp_path / "data" / "tls" / "cert.pem"))
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname="mail.primary.test") as tls:
            tls.sendall(b"GET /healthz HTTP/1.1\r\nHost: mail.primary.test\r\nConnection: close\r\n\r\n")
            answer = b""
            while chunk := tls.recv(4096):
                answer += chunk
    assert answer.startswith(b"HTTP/1.1 200") and b"strict-transport-security: max-age=31536000" in answer.lower()
    # Plain HTTP gets no answer from it.
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10)
    rpc_login = {"jsonrpc": "2.0", "id": 1, "method": "Session.login",
                 "params": {"userName": "admin", "password": ADMIN_PASSWORD, "application": APPLICATION}}
    r = requests.post(f"{server.base}/admin/api/jsonrpc/", json=rpc_login, timeout=30, verify=False)
    assert r.status_code == 200 and "; Secure" in r.headers["Set-Cookie"], r.headers
    login = requests.post(f"{server.base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD},
                          timeout=30, verify=False)
    assert login.status_code == 200 and login.headers["Cache-Control"] == "no-store"
    assert login.headers["Strict-Transport-Security"] == "max-age=31536000"
    # A client that connects and never finishes its handshake holds up no one.
    with socket.create_connection(("127.0.0.1", port), timeout=10):
        assert requests.get(f"{server.base}/healthz", timeout=10, verify=False).status_code == 200
