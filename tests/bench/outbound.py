#!/usr/bin/env python3
"""Outbound delivery benchmark (issue 6): prints figures, asserts nothing.

Runs its own release `postbay serve` on a fresh database, with a DNS server of its own and
postfix's smtp-sink as the mail exchanger, fills the queue straight in SQL with MESSAGES
messages of 10 KB (one recipient each, then RCPTS recipients each, all of one domain) and
measures how fast the workers (32, the default) empty it. Then it measures the claim query
alone with CLAIM_QUEUE due messages in the queue (the workers stopped).

    cargo build --release -p postbay-api
    python3 tests/bench/outbound.py
    MESSAGES=2000 CLAIM_QUEUE=20000 python3 tests/bench/outbound.py      # quick
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, free_port, psql, start_server, stop_server  # noqa: E402
from dns_server import TestDns  # noqa: E402

MESSAGES = int(os.environ.get("MESSAGES", 10_000))
RCPTS = int(os.environ.get("RCPTS", 10))
CLAIM_QUEUE = int(os.environ.get("CLAIM_QUEUE", 100_000))
DOMAIN = "sink.example"


def fill(db: str, messages: int, rcpts: int, due: bool = True):
    """`messages` queue entries of 10 KB sharing one content, `rcpts` recipients each."""
    status = "queued" if due else "held"
    psql(f"""
    INSERT INTO message_contents (id, sha256, size, body, summary, refs)
    SELECT gen_random_uuid(), sha256(b || convert_to(gen_random_uuid()::text, 'UTF8')), length(b), b, '{{}}', {messages}
    FROM (SELECT convert_to('From: <sender@bench.test>' || E'\\r\\n' || 'To: <r@{DOMAIN}>' || E'\\r\\n' ||
          'Subject: bench' || E'\\r\\n' || 'Message-ID: <bench@bench.test>' || E'\\r\\n' || E'\\r\\n' ||
          repeat('0123456789 the outbound queue benchmark line of text ......... 0123456789' || E'\\r\\n', 136), 'UTF8') AS b) x;
    WITH c AS (SELECT id, size FROM message_contents ORDER BY created_at DESC LIMIT 1),
         q AS (INSERT INTO outbound_queue (id, content_id, envelope_from, dsn, size)
               SELECT gen_random_uuid(), c.id, 'sender@bench.test', '{{}}', c.size FROM c, generate_series(1, {messages})
               RETURNING id),
         n AS (SELECT id, row_number() OVER () AS i FROM q)
    INSERT INTO outbound_recipients (queue_id, position, address, domain, status)
    SELECT n.id, p, 'r' || n.i || '-' || p || '@{DOMAIN}', '{DOMAIN}', '{status}'
    FROM n, generate_series(0, {rcpts - 1}) AS p;
    ANALYZE outbound_queue; ANALYZE outbound_recipients;
    """, db)


def wait_empty(db: str) -> float:
    started = time.perf_counter()
    while int(psql("SELECT count(*) FROM outbound_queue", db)) > 0:
        time.sleep(0.2)
    return time.perf_counter() - started


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    db = f"postbay_bench_outbound_{os.getpid()}"
    psql(f'CREATE DATABASE "{db}"')
    workdir = Path(tempfile.mkdtemp(prefix="postbay-bench-outbound-"))
    sink_dir = Path(tempfile.mkdtemp(prefix="postbay-bench-sink-"))
    os.chmod(sink_dir, 0o777)
    dns = TestDns()
    port = free_port()
    dns.add(DOMAIN, "MX", (10, "mx." + DOMAIN))
    dns.add("mx." + DOMAIN, "A", "127.0.0.2")
    user = ["-u", "nobody"] if os.geteuid() == 0 else []
    # Counting only (-c), no dumps: the sink must not be the bottleneck.
    sink = subprocess.Popen(["smtp-sink", *user, f"127.0.0.2:{port}", "1000"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.2", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_DNS_SERVERS": dns.address,
                                  "POSTBAY_MX_PORT": str(port)}, workdir)
    try:
        requests.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}, timeout=30)
        print(f"outbound delivery to smtp-sink: {MESSAGES} messages of 10 KB, 32 workers")
        for rcpts in (1, RCPTS):
            fill(db, MESSAGES, rcpts)
            elapsed = wait_empty(db)
            print(f"  {rcpts:>2} recipient(s) per message: {MESSAGES / elapsed:8.0f} messages/s, "
                  f"{MESSAGES * rcpts / elapsed:8.0f} recipients/s ({elapsed:.1f} s)")
    finally:
        assert stop_server(process) == 0
    # The claim query alone, with CLAIM_QUEUE due messages and nothing else running.
    fill(db, CLAIM_QUEUE, 1)
    claim = f"""
        WITH due AS (SELECT queue_id, domain FROM outbound_recipients
                     WHERE status IN ('queued', 'deferred') AND next_attempt_at <= now()
                     ORDER BY next_attempt_at LIMIT 32 * 4 FOR UPDATE SKIP LOCKED),
             pairs AS (SELECT DISTINCT queue_id, domain FROM due LIMIT 32)
        UPDATE outbound_recipients r SET status = 'sending', claimed_by = gen_random_uuid(), attempts = r.attempts + 1
        FROM pairs WHERE r.queue_id = pairs.queue_id AND r.domain = pairs.domain
          AND r.status IN ('queued', 'deferred') AND r.next_attempt_at <= now()"""
    timings = []
    for _ in range(20):
        out = subprocess.run(["psql", f"{PG_URL}/{db}", "-qAt", "-c", "BEGIN", "-c", "\\timing on", "-c", claim, "-c", "ROLLBACK"],
                             capture_output=True, text=True, check=True).stdout
        timings += [float(line.split()[1]) for line in out.splitlines() if line.startswith("Time:")][:1]
    timings.sort()
    print(f"claim of 32 (message, domain) pairs with {CLAIM_QUEUE} due messages queued: "
          f"median {timings[len(timings) // 2]:.2f} ms, worst {timings[-1]:.2f} ms")
    sink.terminate()
    dns.stop()
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    shutil.rmtree(workdir, ignore_errors=True)
    shutil.rmtree(sink_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
