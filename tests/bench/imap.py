#!/usr/bin/env python3
"""IMAP and POP3 benchmark (issue 5): prints figures, asserts nothing.

Runs its own release `postbay serve` on a fresh database and fills one account's INBOX with
MESSAGES messages (1,000 distinct 10 KB contents shared round-robin, written straight into the
store with SQL), then measures with Python's imaplib and poplib over TLS:
  - SELECT time, `UID FETCH 1:* (FLAGS RFC822.SIZE)` time (target under 0.5 s),
  - `FETCH n:m BODY.PEEK[]` throughput,
  - SEARCH on a header (SUBJECT) and on body text (BODY),
  - POP3 RETR throughput,
  - server memory with IDLE_SESSIONS logged-in idle IMAP sessions (target under 100 KB each).

    cargo build --release -p postbay-api
    python3 tests/bench/imap.py
    MESSAGES=10000 IDLE_SESSIONS=200 python3 tests/bench/imap.py      # quick
"""

import imaplib
import os
import poplib
import resource
import ssl
import sys
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, psql, start_server, stop_server  # noqa: E402

MESSAGES = int(os.environ.get("MESSAGES", 100_000))
IDLE_SESSIONS = int(os.environ.get("IDLE_SESSIONS", 1000))
DISTINCT = 1000
TLS = ssl._create_unverified_context()


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def timed(label, fn):
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    return result, elapsed


def seed(db: str, account: str):
    """MESSAGES copies in the account's INBOX, over DISTINCT contents, with exact counters."""
    psql(f"""
    INSERT INTO folders (id, account_id, name, special_use, uid_validity)
    VALUES (gen_random_uuid(), '{account}', 'INBOX', 'inbox', 1) ON CONFLICT DO NOTHING;
    INSERT INTO message_contents (id, sha256, size, body, summary, refs)
    SELECT gen_random_uuid(), sha256(b), length(b), b, jsonb_build_object('subject', 'Report ' || i), 0
    FROM (SELECT i, convert_to(
            'From: Sender <sender@remote.test>' || E'\\r\\n' || 'To: someone@bench.test' || E'\\r\\n' ||
            'Subject: Report ' || i || E'\\r\\n' || 'Message-ID: <' || i || '@bench.test>' || E'\\r\\n' ||
            'MIME-Version: 1.0' || E'\\r\\n' || 'Content-Type: text/plain; charset=us-ascii' || E'\\r\\n' || E'\\r\\n' ||
            repeat('The quarterly figures are attached below. word' || i || E'\\r\\n', 200), 'UTF8') AS b
          FROM generate_series(1, {DISTINCT}) AS i) x;
    WITH c AS (SELECT id, size, row_number() OVER (ORDER BY id) - 1 AS n FROM message_contents),
         f AS (SELECT id FROM folders WHERE account_id = '{account}' AND special_use = 'inbox')
    INSERT INTO messages (id, folder_id, account_id, uid, content_id, size, modseq, envelope_to)
    SELECT gen_random_uuid(), f.id, '{account}', g, c.id, c.size, g, 'bench'
    FROM generate_series(1, {MESSAGES}) AS g JOIN c ON c.n = (g - 1) % {DISTINCT} CROSS JOIN f;
    UPDATE message_contents c SET refs = (SELECT count(*) FROM messages m WHERE m.content_id = c.id);
    UPDATE folders SET uid_next = {MESSAGES} + 1, highest_modseq = {MESSAGES} + 1, message_count = {MESSAGES}
    WHERE account_id = '{account}' AND special_use = 'inbox';
    UPDATE accounts SET used_messages = {MESSAGES}, used_bytes = (SELECT sum(size) FROM messages WHERE account_id = '{account}')
    WHERE id = '{account}';
    ANALYZE messages; ANALYZE message_contents;
    """, db)


def main():
    limit = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit[1], limit[1]))
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    db = f"postbay_bench_imap_{os.getpid()}"
    psql(f'CREATE DATABASE "{db}"')
    workdir = Path(f"/tmp/postbay-bench-imap-{os.getpid()}")
    workdir.mkdir(exist_ok=True)
    from conftest import free_port
    ports = {name: free_port() for name in ("POSTBAY_IMAPS_ADDR", "POSTBAY_POP3S_ADDR")}
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}",
                                  **{k: f"127.0.0.1:{v}" for k, v in ports.items()}}, workdir)
    try:
        token = requests.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        api = requests.Session()
        api.headers["Authorization"] = f"Bearer {token}"
        domain = api.post(f"{base}/api/v1/domains", json={"name": "bench.test"}).json()
        account = api.post(f"{base}/api/v1/domains/{domain['id']}/accounts",
                           json={"loginName": "reader", "password": "Bench-pass-1"}).json()
        started = time.perf_counter()
        seed(db, account["id"])
        print(f"seeded {MESSAGES} messages ({DISTINCT} distinct 10 KB contents) in {time.perf_counter() - started:.1f} s")
        user = "reader@bench.test"

        client = imaplib.IMAP4_SSL("127.0.0.1", ports["POSTBAY_IMAPS_ADDR"], ssl_context=TLS)
        client.login(user, "Bench-pass-1")
        (typ, data), t = timed("select", lambda: client.select("INBOX"))
        print(f"SELECT INBOX ({int(data[0])} messages): {t * 1000:.0f} ms")
        # Timed on a plain socket reading whole buffers, so the client's parsing is not measured.
        raw = TLS.wrap_socket(__import__("socket").create_connection(("127.0.0.1", ports["POSTBAY_IMAPS_ADDR"])))
        reader = raw.makefile("rb")
        reader.readline()

        def command(line: bytes) -> bytes:
            raw.sendall(line + b"\r\n")
            tag = line.split(b" ", 1)[0] + b" "
            data = bytearray()
            while True:
                chunk = raw.recv(1 << 20)
                data += chunk
                if data.endswith(b"\r\n") and (data.startswith(tag) or b"\r\n" + tag in data[-200:]):
                    return bytes(data)

        command(b"a LOGIN " + user.encode() + b" Bench-pass-1")
        command(b"b SELECT INBOX")
        data, t = timed("uidfetch", lambda: command(b"c UID FETCH 1:* (FLAGS RFC822.SIZE)"))
        print(f"UID FETCH 1:* (FLAGS RFC822.SIZE): {t * 1000:.0f} ms for {data.count(b' FETCH ')} messages "
              f"({len(data) / 1e6:.1f} MB of response)")
        raw.close()
        n = min(2000, MESSAGES)
        (typ, data), t = timed("body", lambda: client.fetch(f"1:{n}", "(BODY.PEEK[])"))
        size = sum(len(p[1]) for p in data if isinstance(p, tuple))
        print(f"FETCH 1:{n} BODY.PEEK[]: {size / t / 1e6:.1f} MB/s ({size / 1e6:.1f} MB in {t:.2f} s)")
        (typ, data), t = timed("search subject", lambda: client.search(None, "SUBJECT", '"Report 77"'))
        print(f"SEARCH SUBJECT: {t * 1000:.0f} ms ({len(data[0].split())} hits)")
        (typ, data), t = timed("search body", lambda: client.search(None, "BODY", "word999"))
        print(f"SEARCH BODY: {t * 1000:.0f} ms ({len(data[0].split())} hits)")
        client.logout()

        pop = poplib.POP3_SSL("127.0.0.1", ports["POSTBAY_POP3S_ADDR"], context=TLS)
        pop.user(user)
        pop.pass_("Bench-pass-1")
        started = time.perf_counter()
        size = 0
        for i in range(1, n + 1):
            size += sum(len(line) + 2 for line in pop.retr(i)[1])
        t = time.perf_counter() - started
        pop.quit()
        print(f"POP3 RETR 1..{n}: {size / t / 1e6:.1f} MB/s ({size / 1e6:.1f} MB in {t:.2f} s)")

        # One address holds at most 50 IMAP connections unless the service says otherwise.
        api.patch(f"{base}/api/v1/services/imaps", json={"maxConnectionsPerIp": IDLE_SESSIONS + 10}).raise_for_status()
        time.sleep(3)  # the listener restarts with the new limit within its 2 s refresh
        before = rss_kib(process.pid)
        sessions = []
        for _ in range(IDLE_SESSIONS):
            c = imaplib.IMAP4_SSL("127.0.0.1", ports["POSTBAY_IMAPS_ADDR"], ssl_context=TLS)
            c.login(user, "Bench-pass-1")
            sessions.append(c)
        time.sleep(1)
        after = rss_kib(process.pid)
        print(f"{IDLE_SESSIONS} idle logged-in IMAP sessions (TLS): server RSS {before / 1024:.0f} -> {after / 1024:.0f} MiB, "
              f"{(after - before) / IDLE_SESSIONS:.0f} KiB per session")
        for c in sessions:
            try:
                c.logout()
            except Exception:  # noqa: BLE001 - a benchmark's clean-up
                pass
    finally:
        stop_server(process)
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
