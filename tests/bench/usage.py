#!/usr/bin/env python3
"""Usage snapshot benchmark (issue 23): prints figures, asserts nothing.

Creates ACCOUNTS accounts (DOMAINS domains under one reseller, through bulkAccounts with a
pre-hashed password), gives each a day of traffic in the `usage.*` counters (five counters per
account, written with SQL), then times the snapshot job through `takeUsageSnapshot`: the first
pass (it also closes yesterday: two days of rows), and passes over an existing day (what the
hourly job does). Also times a rolled-up read and a CSV export of every account of the day.

    cargo build --release -p postbay-api
    python3 tests/bench/usage.py                       # 1,000,000 accounts
    ACCOUNTS=100000 python3 tests/bench/usage.py       # quick

Runs its own release `postbay serve` on a fresh database `postbay_bench_usage`. Loopback only.
"""

import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, psql, start_server, stop_server  # noqa: E402

ACCOUNTS = int(os.environ.get("ACCOUNTS", 1_000_000))
PER_DOMAIN = int(os.environ.get("ACCOUNTS_PER_DOMAIN", 1000))
CLIENTS = int(os.environ.get("CLIENTS", 4))
HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$2GTHZh7vG2uTYqgEwaW8ViZYbUV0gmc9rjNqgfgUOxg"


def main():
    release = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target") + "/release/postbay"
    os.environ.setdefault("POSTBAY_BIN", release)
    db = "postbay_bench_usage"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench-usage")
    work.mkdir(exist_ok=True)
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}"}, work)
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        api = f"{base}/api/v1"
        reseller = s.post(f"{api}/tenants", json={"kind": "reseller", "name": "Bench"}).json()["id"]
        domains = [s.post(f"{api}/domains", json={"name": f"u{d:05d}.test", "tenantId": reseller}).json()["id"]
                   for d in range(max(1, ACCOUNTS // PER_DOMAIN))]

        def fill(domain):
            items = [{"domainId": domain, "account": {"loginName": f"m{n:05d}", "passwordHash": HASH}} for n in range(PER_DOMAIN)]
            r = requests.post(f"{api}/accounts/bulk", json={"create": items}, headers=s.headers, timeout=600)
            r.raise_for_status()

        t0 = time.time()
        with ThreadPoolExecutor(CLIENTS) as pool:
            list(pool.map(fill, domains))
        made = int(psql("SELECT count(*) FROM accounts", db))
        print(f"accounts: {made} made in {time.time() - t0:.0f} s", flush=True)
        t0 = time.time()
        psql("INSERT INTO daily_counters (day, scope, name, value) "
             "SELECT current_date, a.id, n.name, (random() * 100000)::bigint FROM accounts a, "
             "(VALUES ('usage.messages_received'), ('usage.bytes_received'), ('usage.messages_sent'), "
             "('usage.bytes_sent'), ('usage.recipients_sent')) AS n(name)", db)
        psql("VACUUM ANALYZE", db)
        print(f"traffic counters: {made * 5} rows written in {time.time() - t0:.0f} s", flush=True)

        for label in ("first pass (closes yesterday, writes today)", "hourly pass (today again)", "hourly pass (today again)"):
            t0 = time.time()
            r = s.post(f"{api}/usage/snapshot", timeout=3600)
            r.raise_for_status()
            print(f"snapshot, {label}: {r.json()['accounts']} accounts in {time.time() - t0:.1f} s (target under 60 s)",
                  flush=True)
        rows = int(psql("SELECT count(*) FROM usage_snapshots", db))
        print(f"usage_snapshots: {rows} rows ({psql(f'SELECT pg_size_pretty(pg_total_relation_size({chr(39)}usage_snapshots{chr(39)}))', db)})")

        today = datetime.now(timezone.utc).date().isoformat()
        t0 = time.time()
        page = s.get(f"{api}/usage", params={"from": today, "tenantId": reseller, "level": "domain", "limit": 1000}).json()
        print(f"getUsage, the reseller's domains rolled up: {len(page['items'])} rows in {(time.time() - t0) * 1000:.0f} ms")
        t0 = time.time()
        size = 0
        with s.get(f"{api}/usage/export", params={"from": today, "level": "account"}, stream=True, timeout=3600) as r:
            for chunk in r.iter_content(1 << 20):
                size += len(chunk)
        print(f"exportUsage, every account of the day as CSV: {size / 1e6:.0f} MB in {time.time() - t0:.1f} s")
    finally:
        stop_server(process)
        if not os.environ.get("KEEP_DB"):
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
