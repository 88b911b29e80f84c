#!/usr/bin/env python3
"""What logging and metrics cost, and how fast the log search is (issue 22): prints figures,
asserts nothing.

1. SMTP ingest with the log families stored and metrics on (POSTBAY_METRICS_ADDR set, scraped
   every second) against both off (POSTBAY_LOG_STORE=off, no metrics listener): its own
   release `postbay serve` on a fresh database, the load generator (tests/bench/smtp-load)
   keeping CONNECTIONS sessions sending 10 KB messages for SECONDS, ROUNDS times each,
   alternating. Prints messages per second and the server's CPU time per message, and the
   cost of the "on" runs against the "off" ones.
2. The log search for one Message-ID over LINES stored log lines (10 million by default,
   made with SQL: three lines a message over 100 domains, indexes built after): searchLogs
   answered through the API, for the server administrator and for a domain administrator
   (whose search is narrowed to their domain's lines), p50/p99 over 100 different ids.

    cargo build --release -p postbay-api -p smtp-load
    python3 tests/bench/observability.py
    SECONDS=5 ROUNDS=1 LINES=1000000 python3 tests/bench/observability.py   # quick
"""

import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, free_port, psql, start_server, stop_server  # noqa: E402

CONNECTIONS = int(os.environ.get("CONNECTIONS", 50))
SECONDS = int(os.environ.get("SECONDS", 20))
ROUNDS = int(os.environ.get("ROUNDS", 2))
LINES = int(os.environ.get("LINES", 10_000_000))
SIZE = 10 * 1024


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def login(base: str) -> requests.Session:
    s = requests.Session()
    token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
    s.headers["Authorization"] = f"Bearer {token}"
    return s


def ingest(load: str, on: bool) -> tuple[float, float]:
    """One run: messages per second, server CPU milliseconds per message."""
    db = "postbay_bench_observability"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench-observability")
    work.mkdir(exist_ok=True)
    smtp_port, metrics_port = free_port(), free_port()
    env = {"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_SMTP_ADDR": f"127.0.0.1:{smtp_port}",
           "POSTBAY_SUBMISSION_ADDR": "off", "POSTBAY_SUBMISSIONS_ADDR": "off", "POSTBAY_MAX_DB_CONNECTIONS": "32",
           "POSTBAY_LOG_STORE": None if on else "off", "POSTBAY_METRICS_ADDR": f"127.0.0.1:{metrics_port}" if on else None}
    process, base = start_server(env, work)
    stop_scraping = threading.Event()
    try:
        s = login(base)
        domain = s.post(f"{base}/api/v1/domains", json={"name": "bench.test"}).json()
        s.post(f"{base}/api/v1/domains/{domain['id']}/accounts", json={"loginName": "user0"}).raise_for_status()

        def scrape():
            while not stop_scraping.wait(1.0):
                requests.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10)
        if on:
            threading.Thread(target=scrape, daemon=True).start()
        cpu = cpu_seconds(process.pid)
        out = subprocess.run([load, f"127.0.0.1:{smtp_port}", str(CONNECTIONS), str(SECONDS), str(SIZE), "user0@bench.test"],
                             capture_output=True, text=True, check=True)
        used = cpu_seconds(process.pid) - cpu
        r = json.loads(out.stdout)
        if on:
            lines = int(psql("SELECT count(*) FROM log_lines", db))
            print(f"    (on: {lines} log lines stored)")
        return r["accepted"] / r["seconds"], used * 1000 / max(r["accepted"], 1)
    finally:
        stop_scraping.set()
        stop_server(process)
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def search(binary: str):
    db = "postbay_bench_logsearch"
    work = Path("/tmp/postbay-bench-logsearch")
    work.mkdir(exist_ok=True)
    exists = psql(f"SELECT count(*) FROM pg_database WHERE datname = '{db}'").strip() == "1"
    have = int(psql("SELECT count(*) FROM log_lines", db)) if exists else 0
    if have != LINES:
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        psql(f'CREATE DATABASE "{db}"')
        subprocess.run([binary, "migrate"], check=True, env={**os.environ, "POSTBAY_DATABASE_URL": f"{PG_URL}/{db}"})
        started = time.time()
        indexes = psql("SELECT indexdef FROM pg_indexes WHERE tablename = 'log_lines' AND indexname <> 'log_lines_pkey'", db).splitlines()
        psql("DO $$ DECLARE i text; BEGIN FOR i IN SELECT indexname FROM pg_indexes WHERE tablename = 'log_lines' "
             "AND indexname <> 'log_lines_pkey' LOOP EXECUTE 'DROP INDEX ' || i; END LOOP; END $$", db)
        psql(f"""INSERT INTO log_lines (at, family, text, fields, message_id, account, addresses, domains)
                 SELECT now() - (g % 1728000) * interval '1 second',  -- within 20 days: inside the mail retention
                        (ARRAY['mail', 'mail', 'spam'])[1 + g % 3],
                        (ARRAY['Recv', 'Sent', 'Filter'])[1 + g % 3] || ', message_id: m' || (g / 3) || '@bench.test, from: s'
                            || (g % 100000) || '@remote.test, to: u' || (g % 1000) || '@d' || (g % 100) || '.bench.test',
                        jsonb_build_object('from', 's' || (g % 100000) || '@remote.test', 'size', 10240),
                        'm' || (g / 3) || '@bench.test',
                        NULL,
                        ARRAY['s' || (g % 100000) || '@remote.test', 'u' || (g % 1000) || '@d' || ((g / 3) % 100) || '.bench.test'],
                        ARRAY['d' || ((g / 3) % 100) || '.bench.test']
                 FROM generate_series(0, {LINES - 1}) g""", db)
        for index in indexes:
            psql(f"SET maintenance_work_mem = '512MB'; {index}", db)
        psql("VACUUM ANALYZE log_lines", db)
        print(f"  made {LINES} log lines in {time.time() - started:.0f} s")
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_SMTP_ADDR": "off",
                                  "POSTBAY_SUBMISSION_ADDR": "off", "POSTBAY_SUBMISSIONS_ADDR": "off"}, work)
    try:
        s = login(base)
        # Domain d7.bench.test, with an administrator, to search as.
        name = "d7.bench.test"
        domains = s.get(f"{base}/api/v1/domains", params={"q": name}).json()["items"]
        domain = domains[0] if domains else s.post(f"{base}/api/v1/domains", json={"name": name}).json()
        accounts = s.get(f"{base}/api/v1/accounts", params={"domainId": domain["id"]}).json()["items"]
        if not accounts:
            s.post(f"{base}/api/v1/domains/{domain['id']}/accounts",
                   json={"loginName": "boss", "password": "B0ss-bench-pass", "domainAdmin": True}).raise_for_status()
        d = requests.Session()
        token = d.post(f"{base}/api/v1/auth/login", json={"userName": f"boss@{name}", "password": "B0ss-bench-pass"}).json()["accessToken"]
        d.headers["Authorization"] = f"Bearer {token}"
        messages = LINES // 3
        for label, session, pick in (("server administrator", s, lambda: random.randrange(messages)),
                                     ("domain administrator", d, lambda: random.randrange(messages // 100) * 100 + 7)):
            times, found = [], 0
            for _ in range(100):
                mid = f"m{pick()}@bench.test"
                t = time.perf_counter()
                r = session.get(f"{base}/api/v1/logs", params={"q": f"<{mid}>"})
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                found += len(r.json()["items"])
            times.sort()
            print(f"  {label}: searchLogs q=<message id> over {LINES} lines: p50 {statistics.median(times):.1f} ms, "
                  f"p99 {times[98]:.1f} ms, max {times[-1]:.1f} ms ({found / 100:.1f} lines a message)")
    finally:
        stop_server(process)
        if os.environ.get("DROP_DB"):
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    load = f"{target}/release/smtp-load"
    print(f"1. SMTP ingest: {CONNECTIONS} connections, {SECONDS} s a run, {SIZE}-byte messages, {ROUNDS} rounds; "
          "server and load generator on the same 2 cores")
    results = {False: [], True: []}
    for _ in range(ROUNDS):
        for on in (False, True):
            rate, cpu = ingest(load, on)
            results[on].append((rate, cpu))
            print(f"  logging and metrics {'on ' if on else 'off'}: {rate:7.0f} msgs/s, server CPU {cpu:.2f} ms a message")
    off_rate = statistics.mean(r for r, _ in results[False])
    on_rate = statistics.mean(r for r, _ in results[True])
    off_cpu = statistics.mean(c for _, c in results[False])
    on_cpu = statistics.mean(c for _, c in results[True])
    print(f"  cost: throughput {100 * (off_rate - on_rate) / off_rate:+.1f} %, server CPU a message {100 * (on_cpu - off_cpu) / off_cpu:+.1f} %")
    print(f"2. Log search (LINES={LINES}; the database is kept for the next run, DROP_DB=1 removes it)")
    search(os.environ["POSTBAY_BIN"])


if __name__ == "__main__":
    main()
