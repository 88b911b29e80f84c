#!/usr/bin/env python3
"""IMAP and POP3 benchmark (issues 5 and 20): prints figures beside their targets, asserts nothing.

Runs its own release `postbay serve` on a fresh database and fills one account's INBOX with
MESSAGES messages (DISTINCT distinct 10 KB contents shared round-robin, written straight into
the store with SQL, as mail stored before the search index existed), waits for the background
indexer to index them (its progress read from the API), then measures over TLS:
  - SELECT, `UID FETCH 1:* (FLAGS RFC822.SIZE)`, a client's first sync (eleven header fields),
    `UID FETCH 1:* (ENVELOPE)`,
  - SEARCH HEADER Subject, SEARCH BODY and TEXT (a word in 1 % of the messages, one in none),
  - SORT (DATE) and (SUBJECT),
  - `FETCH n:m BODY.PEEK[]` throughput, POP3 RETR throughput,
  - server memory with IDLE_SESSIONS logged-in idle IMAP sessions,
and then the same commands on Dovecot 2.3 holding the same folder (sdbox; its own instance and
configuration; needs Debian's dovecot-imapd, `DOVECOT=0` skips it), printed side by side.
With OTHER_ACCOUNTS=1000 (and OTHER_MESSAGES per account, 1,000 by default) the store also
holds that many other accounts' messages (1-2 KB, distinct content), and the searches are
measured again.

    cargo build --release -p postbay-api
    python3 tests/bench/imap.py
    MESSAGES=10000 IDLE_SESSIONS=200 python3 tests/bench/imap.py      # quick
    DISTINCT=100000 python3 tests/bench/imap.py                       # every message distinct
    OTHER_ACCOUNTS=1000 python3 tests/bench/imap.py                   # and a crowded store
"""

import imaplib
import os
import poplib
import resource
import shutil
import socket
import ssl
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, psql, start_server, stop_server  # noqa: E402
from helpers import wait_until  # noqa: E402

MESSAGES = int(os.environ.get("MESSAGES", 100_000))
IDLE_SESSIONS = int(os.environ.get("IDLE_SESSIONS", 1000))
DISTINCT = int(os.environ.get("DISTINCT", 1000))
OTHER_ACCOUNTS = int(os.environ.get("OTHER_ACCOUNTS", 0))
OTHER_MESSAGES = int(os.environ.get("OTHER_MESSAGES", 1000))
TLS = ssl._create_unverified_context()
SYNC_FIELDS = b"From To Cc Subject Date Message-ID References In-Reply-To Content-Type Reply-To X-Priority"


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def report(label: str, seconds: float, target: str, detail: str = ""):
    figure = f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"
    print(f"  {label:<58} {figure:>9}   target {target:<9} {detail}")


def seed(db: str, account: str):
    """MESSAGES copies in the account's INBOX, over DISTINCT contents, with exact counters.
    Every content carries `word<i>` (in 1/DISTINCT of the messages) and `tag<i % 100>` (in 1 %),
    and a summary as delivery makes it (postbay_mailbox::summary)."""
    psql(f"""
    INSERT INTO folders (id, account_id, name, special_use, uid_validity)
    VALUES (gen_random_uuid(), '{account}', 'INBOX', 'inbox', 1) ON CONFLICT DO NOTHING;
    INSERT INTO message_contents (id, sha256, size, body, summary, refs)
    SELECT gen_random_uuid(), sha256(b), length(b), b,
           jsonb_build_object('subject', 'Report ' || i, 'messageId', i || '@bench.test',
                              'date', to_char(d, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
                              'from', jsonb_build_array('sender' || (i % 97) || '@remote.test'),
                              'to', jsonb_build_array('someone@bench.test'), 'cc', jsonb_build_array(),
                              'firstFrom', jsonb_build_object('name', 'Sender ' || (i % 97), 'mailbox', 'sender' || (i % 97),
                                                              'address', 'sender' || (i % 97) || '@remote.test'),
                              'firstTo', jsonb_build_object('name', null, 'mailbox', 'someone', 'address', 'someone@bench.test'),
                              'firstCc', null), 0
    FROM (SELECT i, timestamptz '2026-01-01' + (i * 7919 % {DISTINCT}) * interval '1 hour' AS d, convert_to(
            'From: Sender ' || (i % 97) || ' <sender' || (i % 97) || '@remote.test>' || E'\\r\\n' ||
            'To: someone@bench.test' || E'\\r\\n' ||
            'Subject: Report ' || i || E'\\r\\n' || 'Message-ID: <' || i || '@bench.test>' || E'\\r\\n' ||
            'Date: ' || to_char(timestamptz '2026-01-01' + (i * 7919 % {DISTINCT}) * interval '1 hour', 'Dy, DD Mon YYYY HH24:MI:SS') || ' +0000' || E'\\r\\n' ||
            'MIME-Version: 1.0' || E'\\r\\n' || 'Content-Type: text/plain; charset=us-ascii' || E'\\r\\n' || E'\\r\\n' ||
            repeat('The quarterly figures are attached below. word' || i || ' tag' || (i % 100) || E'\\r\\n', 190), 'UTF8') AS b
          FROM generate_series(1, {DISTINCT}) AS i) x;
    WITH c AS (SELECT id, size, summary, row_number() OVER (ORDER BY id) - 1 AS n FROM message_contents),
         f AS (SELECT id FROM folders WHERE account_id = '{account}' AND special_use = 'inbox')
    INSERT INTO messages (id, folder_id, account_id, uid, content_id, size, modseq, envelope_to, sort_date, sort_subject)
    SELECT gen_random_uuid(), f.id, '{account}', g, c.id, c.size, g, 'bench', message_sort_date(c.summary, now()),
           c.summary->>'subject'
    FROM generate_series(1, {MESSAGES}) AS g JOIN c ON c.n = (g - 1) % {DISTINCT} CROSS JOIN f;
    UPDATE message_contents c SET refs = (SELECT count(*) FROM messages m WHERE m.content_id = c.id);
    UPDATE folders SET uid_next = {MESSAGES} + 1, highest_modseq = {MESSAGES} + 1, message_count = {MESSAGES}
    WHERE account_id = '{account}' AND special_use = 'inbox';
    UPDATE accounts SET used_messages = {MESSAGES}, used_bytes = (SELECT sum(size) FROM messages WHERE account_id = '{account}')
    WHERE id = '{account}';
    """, db)
    # As a store that has run a while: autovacuum has set the visibility map (index-only scans).
    psql("VACUUM ANALYZE messages", db)
    psql("VACUUM ANALYZE message_contents", db)


def seed_others(db: str, domain: str):
    """OTHER_ACCOUNTS accounts with OTHER_MESSAGES messages each, 1-2 KB of distinct words."""
    psql(f"""
    INSERT INTO accounts (id, domain_id, login, password_hash)
    SELECT gen_random_uuid(), '{domain}', 'other' || a, 'x' FROM generate_series(1, {OTHER_ACCOUNTS}) AS a;
    INSERT INTO folders (id, account_id, name, special_use, uid_validity)
    SELECT gen_random_uuid(), id, 'INBOX', 'inbox', 1 FROM accounts WHERE login LIKE 'other%';
    """, db)
    for start in range(0, OTHER_ACCOUNTS, 50):
        psql(f"""
        WITH f AS (SELECT f.id AS folder, f.account_id, row_number() OVER (ORDER BY f.id) AS a
                   FROM folders f JOIN accounts ac ON ac.id = f.account_id
                   WHERE ac.login LIKE 'other%' ORDER BY f.id OFFSET {start} LIMIT 50),
             m AS (SELECT f.folder, f.account_id, g AS uid, convert_to(
                     'From: someone' || g || '@else.test' || E'\\r\\n' || 'Subject: Note ' || md5(f.folder::text || g) || E'\\r\\n' ||
                     E'\\r\\n' || (SELECT string_agg(md5(f.folder::text || g || k), ' ') FROM generate_series(1, 20 + g % 20) AS k), 'UTF8') AS b
                   FROM f CROSS JOIN generate_series(1, {OTHER_MESSAGES}) AS g),
             c AS (INSERT INTO message_contents (id, sha256, size, body, summary, refs)
                   SELECT gen_random_uuid(), sha256(b), length(b), b, '{{}}'::jsonb, 1 FROM m
                   RETURNING id, sha256)
        INSERT INTO messages (id, folder_id, account_id, uid, content_id, size, modseq, envelope_to, sort_date)
        SELECT gen_random_uuid(), m.folder, m.account_id, m.uid, c.id, length(m.b), m.uid, 'other', now()
        FROM m JOIN c ON c.sha256 = sha256(m.b);
        """, db)
    psql("VACUUM ANALYZE messages", db)
    psql("VACUUM ANALYZE message_contents", db)


def wait_for_index(api, base: str, db: str, account: str, label: str):
    started = time.perf_counter()
    while True:
        r = api.get(f"{base}/api/v1/accounts/{account}/search-index")
        if r.status_code == 404:
            print("  (no search index status in this build)")
            return
        status = r.json()
        if status["pendingMessages"] == 0 and status["pendingServerWide"] == 0:
            break
        time.sleep(0.5)
    print(f"{label}: indexed in the background in {time.perf_counter() - started:.1f} s "
          f"(the account's {status['indexedMessages']} messages, every content of the store)")
    # As autovacuum does after a burst: statistics for the planner, GIN pending lists merged.
    for table in ("content_index", "message_contents", "messages"):
        psql(f"VACUUM ANALYZE {table}", db)


class Raw:
    """One IMAP connection read as whole buffers, so the client's parsing is not measured."""

    def __init__(self, port: int, user: str):
        self.sock = TLS.wrap_socket(socket.create_connection(("127.0.0.1", port)))
        self.sock.recv(4096)
        self.n = 0
        self.command(b"LOGIN " + user.encode() + b" Bench-pass-1")

    def command(self, line: bytes) -> bytes:
        self.n += 1
        tag = b"t%d " % self.n
        self.sock.sendall(tag + line + b"\r\n")
        data = bytearray()
        while True:
            data += self.sock.recv(1 << 20)
            if data.endswith(b"\r\n") and (data.startswith(tag) or b"\r\n" + tag in data[-300:]):
                return bytes(data)

    def timed(self, line: bytes):
        return timed(lambda: self.command(line))


def idle_sessions(api, base: str, process, port: int, user: str):
    """Server memory per logged-in idle session, measured before any large FETCH has grown
    the server's heap (freed buffers would hide what sessions take)."""
    # One address holds at most 50 IMAP connections unless the service says otherwise.
    api.patch(f"{base}/api/v1/services/imaps", json={"maxConnectionsPerIp": IDLE_SESSIONS + 10}).raise_for_status()

    def limit_applied():
        """The listener took the new limit: one more session than the old limit is served."""
        held = []
        try:
            for _ in range(51):
                held.append(imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=TLS))
            return True
        except imaplib.IMAP4.abort:
            return False
        finally:
            for c in held:
                c.shutdown()

    wait_until(limit_applied, what="the new per-address limit to apply")
    before = rss_kib(process.pid)
    sessions = []
    for _ in range(IDLE_SESSIONS):
        c = imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=TLS)
        c.login(user, "Bench-pass-1")
        sessions.append(c)
    time.sleep(1)
    after = rss_kib(process.pid)
    print(f"{IDLE_SESSIONS} idle logged-in IMAP sessions (TLS): server RSS {before / 1024:.0f} -> {after / 1024:.0f} MiB, "
          f"{(after - before) / IDLE_SESSIONS:.0f} KiB per session (target under 50 KB)")
    for c in sessions:
        try:
            c.logout()
        except Exception:  # noqa: BLE001 - a benchmark's clean-up
            pass


SEARCHES = [
    ("UID SEARCH HEADER Subject \"Report 77\"", b'UID SEARCH HEADER Subject "Report 77"', "100 ms"),
    ("UID SEARCH SUBJECT \"Report 77\"", b'UID SEARCH SUBJECT "Report 77"', "100 ms"),
    ("UID SEARCH BODY tag42 (1 % of the messages)", b"UID SEARCH BODY tag42", "200 ms"),
    ("UID SEARCH BODY nowhere (none)", b"UID SEARCH BODY nowhere", "200 ms"),
    ("UID SEARCH TEXT tag42 (1 %)", b"UID SEARCH TEXT tag42", "200 ms"),
    ("UID SEARCH TEXT nowhere (none)", b"UID SEARCH TEXT nowhere", "200 ms"),
]

FETCH_ALL = min(2000, MESSAGES)

# What a client does on a large folder, in this order, on each server: (label, command, target).
COMMANDS = [
    ("SELECT INBOX", b"SELECT INBOX", "5 ms"),
    ("SELECT INBOX (again)", b"SELECT INBOX", "5 ms"),
    ("UID FETCH 1:* (FLAGS RFC822.SIZE)", b"UID FETCH 1:* (FLAGS RFC822.SIZE)", "150 ms"),
    ("first sync: UID FETCH 1:* (... BODY.PEEK[HEADER.FIELDS (11)])",
     b"UID FETCH 1:* (UID RFC822.SIZE FLAGS BODY.PEEK[HEADER.FIELDS (" + SYNC_FIELDS + b")])", "1 s"),
    ("UID FETCH 1:* (ENVELOPE)", b"UID FETCH 1:* (ENVELOPE)", "1 s"),
    ("UID FETCH 1:* (BODYSTRUCTURE)", b"UID FETCH 1:* (BODYSTRUCTURE)", "-"),
    ("UID SORT (DATE) UTF-8 ALL", b"UID SORT (DATE) UTF-8 ALL", "300 ms"),
    ("UID SORT (SUBJECT) UTF-8 ALL", b"UID SORT (SUBJECT) UTF-8 ALL", "300 ms"),
    *SEARCHES,
    (f"FETCH 1:{FETCH_ALL} BODY.PEEK[] (MB/s)", f"FETCH 1:{FETCH_ALL} BODY.PEEK[]".encode(), "Dovecot's"),
]


def measure(raw: Raw, commands) -> dict[str, str]:
    """Each command's figure: its time, or for a whole-body FETCH its throughput; search
    commands also say how many they found."""
    figures = {}
    for label, command, _ in commands:
        data, t = raw.timed(command)
        if b"BODY.PEEK[]" in command:
            figures[label] = f"{len(data) / t / 1e6:.0f} MB/s"
            continue
        figure = f"{t * 1000:.0f} ms" if t < 10 else f"{t:.1f} s"
        if b"SEARCH" in command:
            # Dovecot sends "* OK Searched n% of the mailbox" lines during a long search.
            answer = next(line for line in data.split(b"\r\n") if line.startswith(b"* SEARCH"))
            hits = len(answer.split()) - 2
            figure += f" ({hits})"
        elif b"FETCH" in command:
            figure += f" ({len(data) / 1e6:.1f} MB)"
        figures[label] = figure
    return figures


def table(heading: str, commands, postbay: dict[str, str], dovecot: dict[str, str] | None):
    print(heading)
    print(f"  {'':<62} {'Postbay':>18} {'Dovecot' if dovecot else '':>18}   target")
    for label, _, target in commands:
        other = dovecot.get(label, "") if dovecot else ""
        print(f"  {label:<62} {postbay[label]:>18} {other:>18}   {target}")


def bench_message(i: int) -> bytes:
    """Content `i` (1-based) as `seed` writes it in SQL, byte for byte."""
    sender = i % 97
    sent = datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(hours=i * 7919 % DISTINCT)
    return (f"From: Sender {sender} <sender{sender}@remote.test>\r\nTo: someone@bench.test\r\n"
            f"Subject: Report {i}\r\nMessage-ID: <{i}@bench.test>\r\n"
            f"Date: {sent.strftime('%a, %d %b %Y %H:%M:%S')} +0000\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            + f"The quarterly figures are attached below. word{i} tag{i % 100}\r\n" * 190).encode()


def dovecot_side(workdir: Path) -> dict[str, str] | None:
    """The same folder in Dovecot (sdbox, no FTS plugin: searches scan, as Dovecot's default),
    on its own instance with its own configuration, measured with the same commands. The
    messages are written as a Maildir and imported into sdbox with `doveadm import`."""
    if os.environ.get("DOVECOT") == "0":
        return None
    if not Path("/usr/lib/dovecot/imap").exists():
        print("Dovecot not run side by side: its IMAP server is not installed (apt-get install dovecot-imapd)")
        return None
    from dovecot import Dovecot, make_certs
    certs = make_certs(workdir / "certs", "imap.bench.test")
    dc = Dovecot(certs.cert, certs.key, {"reader": "Bench-pass-1"}, imap=True, mail_location="sdbox:~/sdbox")
    try:
        started = time.perf_counter()
        contents = [bench_message(i) for i in range(1, DISTINCT + 1)]
        dc.seed("reader", [contents[g % DISTINCT] for g in range(MESSAGES)])
        imported = subprocess.run(["doveadm", "-c", str(dc.conf), "import", "-u", "reader",
                                   f"maildir:{dc.maildir('reader')}", "", "ALL"], capture_output=True, text=True)
        if imported.returncode != 0:
            raise RuntimeError(f"doveadm import failed: {imported.stderr}")
        shutil.rmtree(dc.maildir("reader"))
        print(f"Dovecot {subprocess.run(['dovecot', '--version'], capture_output=True, text=True).stdout.split()[0]}: "
              f"{MESSAGES} messages imported into sdbox in {time.perf_counter() - started:.0f} s")
        raw = Raw(dc.imaps_port, "reader")
        return measure(raw, COMMANDS)
    finally:
        dc.stop()


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
        # An API key, not the session's access token, which expires during a long run.
        key = api.post(f"{base}/api/v1/api-keys", json={"name": "bench", "scope": "server"})
        key.raise_for_status()
        api.headers.pop("Authorization")
        api.headers["X-Api-Key"] = key.json()["secret"]
        domain = api.post(f"{base}/api/v1/domains", json={"name": "bench.test"}).json()
        account = api.post(f"{base}/api/v1/domains/{domain['id']}/accounts",
                           json={"loginName": "reader", "password": "Bench-pass-1"}).json()
        started = time.perf_counter()
        seed(db, account["id"])
        print(f"seeded {MESSAGES} messages ({DISTINCT} distinct 10 KB contents) in {time.perf_counter() - started:.1f} s")
        wait_for_index(api, base, db, account["id"], f"{MESSAGES} messages")
        user = "reader@bench.test"
        port = ports["POSTBAY_IMAPS_ADDR"]
        idle_sessions(api, base, process, port, user)

        raw = Raw(port, user)
        postbay = measure(raw, COMMANDS)
        stop_server(process)  # not competing for the two cores while Dovecot is measured
        dovecot = dovecot_side(workdir)
        process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}",
                                      **{k: f"127.0.0.1:{v}" for k, v in ports.items()}}, workdir)
        table(f"on {MESSAGES} messages ({DISTINCT} distinct contents; release build, TLS, one client; "
              "searches: hits in brackets):", COMMANDS, postbay, dovecot)
        n = FETCH_ALL
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

        if OTHER_ACCOUNTS:
            started = time.perf_counter()
            seed_others(db, domain["id"])
            print(f"seeded {OTHER_ACCOUNTS * OTHER_MESSAGES} other messages in {OTHER_ACCOUNTS} accounts "
                  f"in {time.perf_counter() - started:.0f} s")
            others = psql("SELECT id FROM accounts WHERE login = 'other1'", db)
            wait_for_index(api, base, db, others, "the other accounts")
            raw = Raw(port, user)
            raw.command(b"SELECT INBOX")
            table(f"searches on {MESSAGES} messages, the store holding {OTHER_ACCOUNTS * OTHER_MESSAGES} more:",
                  SEARCHES, measure(raw, SEARCHES), None)

    finally:
        stop_server(process)
        if os.environ.get("KEEP_DB"):
            print(f"database kept: {db}")
        else:
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
