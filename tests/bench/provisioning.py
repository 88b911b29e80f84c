#!/usr/bin/env python3
"""Provisioning benchmark (issue 2): prints figures, asserts nothing.

Creates DOMAINS domains and ACCOUNTS_PER_DOMAIN accounts each through `POST /accounts/bulk` with
pre-hashed passwords, then measures `getAccount` and a 100-row `listAccounts` page with a prefix
search, and the server's peak memory (VmHWM).

    cargo build --release --bin postbay
    python3 tests/bench/provisioning.py            # 1,000 domains x 1,000 accounts
    DOMAINS=20 ACCOUNTS_PER_DOMAIN=500 python3 tests/bench/provisioning.py   # quick

Runs its own `postbay serve` (release build) on a fresh database `postbay_bench` in the
PostgreSQL at $POSTBAY_TEST_PG (default postgres://postgres@127.0.0.1:5432). Loopback only.
"""

import os
import random
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, psql, start_server, stop_server  # noqa: E402

DOMAINS = int(os.environ.get("DOMAINS", 1000))
PER_DOMAIN = int(os.environ.get("ACCOUNTS_PER_DOMAIN", 1000))
CLIENTS = int(os.environ.get("CLIENTS", 4))
SAMPLES = int(os.environ.get("SAMPLES", 2000))
HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$2GTHZh7vG2uTYqgEwaW8ViZYbUV0gmc9rjNqgfgUOxg"
FIRST = ["anna", "bert", "carl", "dora", "emil", "fred", "gina", "hugo", "ines", "jana", "karl", "lena", "mike", "nina"]


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


def main():
    release = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target") + "/release/postbay"
    os.environ.setdefault("POSTBAY_BIN", release)
    db = "postbay_bench"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench")
    work.mkdir(exist_ok=True)
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_MAX_DB_CONNECTIONS": "16"}, work)
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        api = f"{base}/api/v1"
        reseller = s.post(f"{api}/tenants", json={"kind": "reseller", "name": "Bench"}).json()["id"]
        t0 = time.time()
        domain_ids = []
        for d in range(DOMAINS):
            r = s.post(f"{api}/domains", json={"name": f"bench{d:04d}.test", "tenantId": reseller})
            domain_ids.append(r.json()["id"])
        domain_secs = time.time() - t0
        print(f"domains: {DOMAINS} created in {domain_secs:.1f} s ({DOMAINS / domain_secs:.0f}/s)")

        local = threading.local()

        def session():
            if not hasattr(local, "s"):
                local.s = requests.Session()
                local.s.headers["Authorization"] = f"Bearer {token}"
            return local.s

        def create_domain_accounts(index):
            d = domain_ids[index]
            items = [{"domainId": d, "account": {"loginName": f"{FIRST[n % len(FIRST)]}{n:04d}", "passwordHash": HASH,
                                                 "fullName": f"{FIRST[n % len(FIRST)].title()} Number{n}"}} for n in range(PER_DOMAIN)]
            r = session().post(f"{api}/accounts/bulk", json={"create": items}, timeout=600)
            r.raise_for_status()
            failed = [i for i in r.json()["create"] if i["status"] != 201]
            assert not failed, failed[:3]
            return len(items)

        t0 = time.time()
        created = 0
        with ThreadPoolExecutor(CLIENTS) as pool:
            for n, count in enumerate(pool.map(create_domain_accounts, range(DOMAINS))):
                created += count
                if n % 100 == 99:
                    print(f"  ... {created} accounts, {created / (time.time() - t0):.0f}/s", flush=True)
        secs = time.time() - t0
        print(f"accounts: {created} created through bulkAccounts in {secs:.1f} s = {created / secs:.0f} accounts/s "
              f"({CLIENTS} concurrent clients, 1 domain of {PER_DOMAIN} per call)")

        # Measure the steady state: what autovacuum does after a bulk load, done now rather than
        # racing it for the machine's two cores.
        t0 = time.time()
        psql("VACUUM ANALYZE", db)
        print(f"VACUUM ANALYZE after the load: {time.time() - t0:.1f} s")
        ids = []
        for d in random.Random(1).sample(domain_ids, min(20, len(domain_ids))):
            ids += [a["id"] for a in s.get(f"{api}/accounts", params={"domainId": d, "limit": 1000}).json()["items"]]
        rng = random.Random(2)
        lat = []
        for _ in range(SAMPLES):
            t = time.perf_counter()
            r = s.get(f"{api}/accounts/{rng.choice(ids)}")
            lat.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200
        print(f"getAccount: {SAMPLES} requests, p50 {pct(lat, 50):.2f} ms, p99 {pct(lat, 99):.2f} ms, mean {statistics.mean(lat):.2f} ms")

        lat = []
        for _ in range(SAMPLES // 4):
            prefix = rng.choice(FIRST)[: rng.choice([2, 3, 4])]
            params = {"q": prefix, "limit": 100}
            if rng.random() < 0.5:
                params["domainId"] = rng.choice(domain_ids)
            t = time.perf_counter()
            r = s.get(f"{api}/accounts", params=params)
            lat.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200 and len(r.json()["items"]) > 0, r.text[:200]
        print(f"listAccounts (100 rows, prefix q, half scoped to a domain): {len(lat)} requests, "
              f"p50 {pct(lat, 50):.2f} ms, p99 {pct(lat, 99):.2f} ms")
        print(f"server peak RSS: {peak_rss_mib(process.pid):.1f} MiB")
        print("latencies are measured from a Python client on loopback and include its overhead")
    finally:
        stop_server(process)
        if not os.environ.get("KEEP_DB"):
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
