#!/usr/bin/env python3
"""POP3 collection benchmark (issue 7): prints figures, asserts nothing.

Runs its own release `postbay serve` on a fresh database and a Dovecot POP3 server (Debian's
dovecot-pop3d) seeded with MESSAGES messages of about 20 KB, each addressed to one of 10 local
users in its To header. One POP3 account with the rules `*@company.test > *@<local domain>`
collects them all in one session ("download now"); the rate is over the job's own run (its
startedAt to finishedAt), the time from the API call to the finished job as the caller polled it
is printed too, and the messages per mailbox are counted afterwards.

    cargo build --release -p postbay-api
    python3 tests/bench/collect.py
    MESSAGES=200 python3 tests/bench/collect.py      # quick
"""

import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, psql, start_server, stop_server  # noqa: E402
from dovecot import Dovecot, make_certs  # noqa: E402

MESSAGES = int(os.environ.get("MESSAGES", 1000))
USERS = 10
LINE = "0123456789 the POP3 collection benchmark, a line of text .............. 0123456789\r\n"


def message(i: int) -> bytes:
    head = (f"From: Sender <sender@outside.test>\r\nTo: user{i % USERS}@company.test\r\nSubject: bench {i}\r\n"
            f"Message-ID: <{uuid.uuid4().hex}@bench.test>\r\n\r\n")
    return (head + LINE * (20_000 // len(LINE))).encode()


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    db = f"postbay_bench_collect_{os.getpid()}"
    psql(f'CREATE DATABASE "{db}"')
    workdir = Path(tempfile.mkdtemp(prefix="postbay-bench-collect-"))
    certs = make_certs(workdir / "certs")
    dovecot = Dovecot(certs.cert, certs.key, users={"box": "Box-secret-1"})
    messages = [message(i) for i in range(MESSAGES)]
    dovecot.seed("box", messages)
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}"}, workdir)
    try:
        token = requests.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD},
                              timeout=30).json()["accessToken"]
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {token}"
        api = f"{base}/api/v1"
        domain = http.post(f"{api}/domains", json={"name": "bench.test"}, timeout=30).json()
        for u in range(USERS):
            http.post(f"{api}/domains/{domain['id']}/accounts", json={"loginName": f"user{u}", "password": "Passw0rd-x"},
                      timeout=30).raise_for_status()
        account = http.post(f"{api}/pop3-accounts", json={
            "host": "127.0.0.1", "port": dovecot.pop3_port, "username": "box", "password": "Box-secret-1",
            "delivery": {"mode": "sortingRules"}}, timeout=30).json()
        http.post(f"{api}/pop3-accounts/{account['id']}/sorting-rules",
                  json={"sortAddress": "*@company.test", "deliverTo": "*@bench.test"}, timeout=30).raise_for_status()
        size = sum(len(m) for m in messages)
        print(f"POP3 collection from Dovecot: {MESSAGES} messages, {size / MESSAGES / 1024:.1f} KiB each, "
              f"sorted to {USERS} local users by one *@domain rule, deleted on the server")
        started = time.perf_counter()
        job = http.post(f"{api}/pop3-collections", json={"accountId": account["id"]}, timeout=30).json()
        while job["state"] != "finished":
            time.sleep(0.05)
            job = http.get(f"{api}/pop3-collections/{job['id']}", timeout=30).json()
        elapsed = time.perf_counter() - started
        result = job["results"][0]
        from datetime import datetime
        ran = (datetime.fromisoformat(job["finishedAt"]) - datetime.fromisoformat(job["startedAt"])).total_seconds()
        stored = int(psql("SELECT count(*) FROM messages", db))
        per_user = psql("SELECT string_agg(n::text, ',') FROM (SELECT count(*) AS n FROM messages GROUP BY account_id) x", db)
        print(f"  {result['messages']} collected and delivered: {result['messages'] / ran:.0f} messages/s, "
              f"{size / ran / 1e6:.1f} MB/s over the job's run ({ran:.2f} s); {elapsed:.2f} s from the API call to the "
              f"finished job as the caller saw it; {stored} stored (per user: {per_user}); "
              f"left on the server: {dovecot.count('box')}; error: {result['error']}")
    finally:
        assert stop_server(process) == 0
        dovecot.stop()
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
