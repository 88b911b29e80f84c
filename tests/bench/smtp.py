#!/usr/bin/env python3
"""SMTP receive benchmark (issue 4): prints figures, asserts nothing.

Runs its own release `postbay serve` on a fresh database, creates one domain with ten accounts,
then drives the SMTP listener with the repository's load generator (tests/bench/smtp-load, Rust):
CONNECTIONS concurrent sessions sending SIZE-byte messages for SECONDS, first with one local
recipient per message, then with ten (content stored once). Prints accepted messages per second,
what the store holds afterwards, the p50/p99 time from the end of DATA to the 250, and the
server's peak memory.

    cargo build --release -p postbay-api -p smtp-load
    python3 tests/bench/smtp.py
    SECONDS=5 python3 tests/bench/smtp.py          # quick
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, free_port, psql, start_server, stop_server  # noqa: E402

CONNECTIONS = int(os.environ.get("CONNECTIONS", 50))
SECONDS = int(os.environ.get("SECONDS", 20))
SIZE = int(os.environ.get("SIZE", 10 * 1024))


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    load = f"{target}/release/smtp-load"
    db = "postbay_bench_smtp"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench-smtp")
    work.mkdir(exist_ok=True)
    smtp_port = free_port()
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_SMTP_ADDR": f"127.0.0.1:{smtp_port}",
                                  "POSTBAY_SUBMISSION_ADDR": "off", "POSTBAY_SUBMISSIONS_ADDR": "off",
                                  "POSTBAY_MAX_DB_CONNECTIONS": "32"}, work)
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        domain = s.post(f"{base}/api/v1/domains", json={"name": "bench.test"}).json()
        users = [f"user{i}@bench.test" for i in range(10)]
        for u in users:
            s.post(f"{base}/api/v1/domains/{domain['id']}/accounts", json={"loginName": u.split("@")[0]}).raise_for_status()
        print(f"{CONNECTIONS} connections, {SECONDS} s each, {SIZE}-byte messages, server and load generator on the same 2 cores")
        for label, rcpts in (("1 recipient  ", users[:1]), ("10 recipients", users)):
            before = int(psql("SELECT count(*) FROM messages", db))
            contents_before = int(psql("SELECT count(*) FROM message_contents", db))
            out = subprocess.run([load, f"127.0.0.1:{smtp_port}", str(CONNECTIONS), str(SECONDS), str(SIZE), *rcpts],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            stored = int(psql("SELECT count(*) FROM messages", db)) - before
            contents = int(psql("SELECT count(*) FROM message_contents", db)) - contents_before
            print(f"  {label}: {r['accepted'] / r['seconds']:7.0f} msgs/s accepted ({r['accepted']} in {r['seconds']} s, "
                  f"{r['refused']} refused, {r['failed_sessions']} failed sessions); stored {stored} copies of {contents} contents; "
                  f"end of DATA to 250: p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, max {r['max_ms']:.1f} ms")
        print(f"server peak RSS: {peak_rss_mib(process.pid):.1f} MiB")
    finally:
        stop_server(process)
        if not os.environ.get("KEEP_DB"):
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
