#!/usr/bin/env python3
"""Mail login benchmark (issue 24): prints figures, asserts nothing.

IMAP logins per second over implicit TLS (connect, TLS handshake, log in, LOGOUT), CLIENTS
concurrent clients, LOGINS logins per kind of credential:

- the main password (Argon2id, checked on the blocking pool);
- an app password (a SHA-256 lookup, no Argon2);
- a bearer token through AUTHENTICATE XOAUTH2 (a SHA-256 lookup).

    cargo build --release -p postbay-api
    python3 tests/bench/logins.py
    LOGINS=200 python3 tests/bench/logins.py     # quick

Runs its own release `postbay serve` on a fresh database `postbay_bench_logins`. Loopback only.
"""

import imaplib
import os
import socket
import ssl
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, MAIL_LISTENERS, PG_URL, free_port, psql, start_server, stop_server  # noqa: E402

LOGINS = int(os.environ.get("LOGINS", 1000))
CLIENTS = int(os.environ.get("CLIENTS", 8))
TLS = ssl._create_unverified_context()


def login_once(port, user, secret, bearer):
    client = imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=TLS, timeout=30)
    # imaplib sends AUTHENTICATE's response and its CRLF in two writes: without TCP_NODELAY,
    # Nagle holds the second back for the server's delayed ACK (about 40 ms), which would be
    # measured as the server's cost.
    client.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if bearer:
        message = f"user={user}\x01auth=Bearer {secret}\x01\x01".encode()
        typ, _ = client.authenticate("XOAUTH2", lambda _: message)
    else:
        typ, _ = client.login(user, secret)
    assert typ == "OK"
    client.logout()


def run(port, user, secret, bearer):
    # Warm up (connections, the pool's sessions), then time.
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(lambda _: login_once(port, user, secret, bearer), range(CLIENTS)))
        t0 = time.perf_counter()
        list(pool.map(lambda _: login_once(port, user, secret, bearer), range(LOGINS)))
        return LOGINS / (time.perf_counter() - t0)


def main():
    release = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target") + "/release/postbay"
    os.environ.setdefault("POSTBAY_BIN", release)
    db = "postbay_bench_logins"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench-logins")
    work.mkdir(exist_ok=True)
    ports = {name: free_port() for name in MAIL_LISTENERS}
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}",
                                  **{k: f"127.0.0.1:{v}" for k, v in ports.items()}}, work)
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        api = f"{base}/api/v1"
        domain = s.post(f"{api}/domains", json={"name": "bench-logins.test"}).json()
        account = s.post(f"{api}/domains/{domain['id']}/accounts", json={"loginName": "user", "password": "Bench-pass-1"}).json()
        app = s.post(f"{api}/accounts/{account['id']}/app-passwords", json={"name": "bench", "protocols": ["imap"]}).json()
        bearer = s.post(f"{api}/accounts/{account['id']}/tokens", json={"protocols": ["imap"], "ttlSeconds": 86400}).json()
        port = ports["POSTBAY_IMAPS_ADDR"]
        user = "user@bench-logins.test"
        print(f"IMAP logins over TLS, {CLIENTS} clients, {LOGINS} logins each kind (connect, handshake, login, LOGOUT):")
        for label, secret, is_bearer in (("main password (Argon2id)", "Bench-pass-1", False),
                                         ("app password", app["password"], False),
                                         ("XOAUTH2 bearer token", bearer["accessToken"], True)):
            rate = run(port, user, secret, is_bearer)
            print(f"  {label:28s} {rate:8.1f} logins/s")
    finally:
        stop_server(process)
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
