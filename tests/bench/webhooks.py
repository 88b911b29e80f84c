#!/usr/bin/env python3
"""Webhooks benchmark (issue 23): prints figures, asserts nothing.

1. Delivery throughput: EVENTS events are written to the outbox in one transaction for one
   server-wide subscription; the figure is the time from that commit until a local receiver
   (an asyncio HTTP server in its own process) has answered every one.
2. The outbox's cost to provisioning: ROUNDS rounds of bulkAccounts (BATCH accounts per call,
   CLIENTS concurrent clients): without any subscription; with one to `account.created` whose
   receiver never answers (the outbox is written, deliveries wait: the outbox's own cost); and
   with one whose deliveries flow to the receiver meanwhile, on the same two cores.

    cargo build --release -p postbay-api
    python3 tests/bench/webhooks.py
    EVENTS=5000 ROUNDS=2 python3 tests/bench/webhooks.py     # quick

Runs its own release `postbay serve` on a fresh database `postbay_bench_webhooks`. Loopback only.
"""

import asyncio
import multiprocessing
import os
import socket
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, free_port, psql, start_server, stop_server  # noqa: E402

EVENTS = int(os.environ.get("EVENTS", 20000))
ROUNDS = int(os.environ.get("ROUNDS", 3))
BATCH = int(os.environ.get("BATCH", 500))
CALLS = int(os.environ.get("CALLS", 8))
CLIENTS = int(os.environ.get("CLIENTS", 4))
HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$2GTHZh7vG2uTYqgEwaW8ViZYbUV0gmc9rjNqgfgUOxg"


def receiver(port: int, count):
    """Answers every POST with 200 and counts distinct webhook-ids."""
    seen = set()

    async def handle(reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.lower() == b"content-length":
                        length = int(value)
                    elif name.lower() == b"webhook-id":
                        seen.add(value.strip())
                await reader.readexactly(length)
                count.value = len(seen)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def main():
    release = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target") + "/release/postbay"
    os.environ.setdefault("POSTBAY_BIN", release)
    db = "postbay_bench_webhooks"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench-webhooks")
    work.mkdir(exist_ok=True)
    port = free_port()
    count = multiprocessing.Value("i", 0)
    listening = multiprocessing.Process(target=receiver, args=(port, count), daemon=True)
    listening.start()
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}"}, work)
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        api = f"{base}/api/v1"
        url = f"http://127.0.0.1:{port}/hook"

        # 1. Delivery throughput.
        hook = s.post(f"{api}/webhooks", json={"url": url, "events": ["tenant.updated"]}).json()
        root = psql("SELECT id FROM tenants WHERE parent_id IS NULL", db)
        t0 = time.time()
        psql(f"SELECT count(webhook_emit(ARRAY['{root}'::uuid], 'tenant.updated', jsonb_build_object('n', n))) "
             f"FROM generate_series(1, {EVENTS}) n", db)
        committed = time.time()
        while count.value < EVENTS and time.time() - committed < 600:
            time.sleep(0.05)
        secs = time.time() - committed
        print(f"delivery: {count.value} of {EVENTS} events delivered in {secs:.1f} s after the commit = "
              f"{count.value / secs:.0f} deliveries/s (writing them took {committed - t0:.1f} s; target >= 1,000/s)")
        states = psql("SELECT state || '=' || count(*) FROM webhook_deliveries GROUP BY state", db)
        print(f"  delivery log: {states.replace(chr(10), ', ')}")
        s.delete(f"{api}/webhooks/{hook['id']}")

        # 2. Provisioning with and without a subscription.
        reseller = s.post(f"{api}/tenants", json={"kind": "reseller", "name": "Bench"}).json()["id"]

        def provision(label: str) -> float:
            domain = s.post(f"{api}/domains", json={"name": f"{label}.test", "tenantId": reseller}).json()["id"]

            def call(n):
                items = [{"domainId": domain, "account": {"loginName": f"u{n}x{i}", "passwordHash": HASH}} for i in range(BATCH)]
                r = requests.post(f"{api}/accounts/bulk", json={"create": items}, headers=s.headers, timeout=600)
                r.raise_for_status()

            t = time.time()
            with ThreadPoolExecutor(CLIENTS) as pool:
                list(pool.map(call, range(CALLS)))
            return BATCH * CALLS / (time.time() - t)

        # A receiver that takes connections and never answers: the outbox is written and the
        # deliveries wait, so what is measured is the writing, not the sending.
        silent = socket.socket()
        silent.bind(("127.0.0.1", 0))
        silent.listen(4096)
        silent_url = f"http://127.0.0.1:{silent.getsockname()[1]}/hook"
        plain, outbox, flowing = [], [], []
        for r in range(ROUNDS):
            plain.append(provision(f"plain{r}"))
            hook = s.post(f"{api}/webhooks", json={"url": silent_url, "events": ["account.created"]}).json()
            outbox.append(provision(f"outbox{r}"))
            s.delete(f"{api}/webhooks/{hook['id']}")
            hook = s.post(f"{api}/webhooks", json={"url": url, "events": ["account.created"]}).json()
            flowing.append(provision(f"flowing{r}"))
            s.delete(f"{api}/webhooks/{hook['id']}")
            print(f"  round {r + 1}: {plain[-1]:.0f} accounts/s without a subscription, {outbox[-1]:.0f} with one "
                  f"(deliveries waiting), {flowing[-1]:.0f} with one (deliveries flowing)", flush=True)
        a, b, c = statistics.median(plain), statistics.median(outbox), statistics.median(flowing)
        print(f"provisioning (bulkAccounts, {BATCH} per call, {CLIENTS} clients), median accounts/s: {a:.0f} without a "
              f"subscription; {b:.0f} with one to account.created, deliveries waiting ({(a - b) / a * 100:+.1f} %: the "
              f"outbox's cost, target <= 5 %); {c:.0f} with deliveries flowing to the receiver on the same cores "
              f"({(a - c) / a * 100:+.1f} %)")
        silent.close()
    finally:
        stop_server(process)
        listening.terminate()
        if not os.environ.get("KEEP_DB"):
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
