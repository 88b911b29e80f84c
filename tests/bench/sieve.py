#!/usr/bin/env python3
"""Users' rules at delivery (issue 21): prints figures, asserts nothing.

Runs its own release `postbay serve` on a fresh database with one domain of ten accounts and
drives the SMTP listener with the load generator (tests/bench/smtp-load): CONNECTIONS sessions
sending 10 KB messages for SECONDS, to one recipient and then to ten, first with no rules, then
with a 20-rule filter list (set through replaceFilterRules, compiled into each account's Sieve
script; the message matches none of them, so every rule is tested) active on every recipient.
Prints accepted messages per second, the rules' cost against the run without them, the p50/p99
time from the end of DATA to the 250, and the server's CPU per message. Then runs the compiled
script on a 10 KB message on one core (engine/sieve/examples/throughput.rs): Sieve runs per
second, with and without compiling the script each time (delivery compiles it each time).

    cargo build --release -p postbay-api -p smtp-load
    cargo build --release -p postbay-sieve --example throughput
    python3 tests/bench/sieve.py
    SECONDS=5 python3 tests/bench/sieve.py          # quick
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
SIZE = 10 * 1024


def rules() -> list[dict]:
    """Twenty rules of the kinds a control panel makes; the benchmark's message matches none."""
    out = []
    for i in range(5):
        out.append({"name": f"Bank {i}", "conditions": [{"type": "from", "operator": "contains", "value": f"bank{i}.example"}],
                    "actions": [{"type": "moveTo", "folder": "Finance"}, {"type": "markRead"}, {"type": "stop"}]})
    for word in ("invoice", "newsletter", "meeting", "receipt", "delivery"):
        out.append({"name": f"Subject {word}", "conditions": [{"type": "subject", "operator": "contains", "value": word}],
                    "actions": [{"type": "moveTo", "folder": word.title()}]})
    for mailer in ("Mailchimp*", "*Sendgrid*", "Campaign*"):
        out.append({"name": f"Mailer {mailer}", "conditions": [{"type": "header", "name": "X-Mailer", "operator": "matches", "value": mailer}],
                    "actions": [{"type": "moveTo", "folder": "Promotions"}]})
    out.append({"name": "Huge", "conditions": [{"type": "sizeOver", "bytes": 5_000_000}], "actions": [{"type": "markFlagged"}]})
    out.append({"name": "Tiny", "conditions": [{"type": "sizeUnder", "bytes": 100}], "actions": [{"type": "delete"}]})
    out.append({"name": "To the team", "conditions": [{"type": "recipient", "operator": "contains", "value": "team@"}],
                "actions": [{"type": "copyTo", "folder": "Team"}]})
    out.append({"name": "To sales", "conditions": [{"type": "recipient", "operator": "is", "value": "sales@bench.test"}],
                "actions": [{"type": "forward", "address": "sales@elsewhere.example"}]})
    out.append({"name": "Spam", "conditions": [{"type": "spam"}], "actions": [{"type": "moveTo", "folder": "Junk"}, {"type": "stop"}]})
    out.append({"name": "Lists", "matchType": "any",
                "conditions": [{"type": "sender", "operator": "matches", "value": "owner-*"},
                               {"type": "header", "name": "List-Id", "operator": "contains", "value": "lists.example"}],
                "actions": [{"type": "moveTo", "folder": "Lists"}]})
    out.append({"name": "Boss", "conditions": [{"type": "from", "operator": "is", "value": "boss@work.example"},
                                               {"type": "subject", "operator": "notContains", "value": "fyi"}],
                "actions": [{"type": "markFlagged"}, {"type": "setKeyword", "keyword": "$Boss"}]})
    assert len(out) == 20
    return out


def message() -> bytes:
    lines = ["From: Load <load@sender.test>", "To: user0@bench.test", "Subject: load", "X-Mailer: bench",
             "Message-ID: <bench@sender.test>", ""]
    while sum(len(line) + 2 for line in lines) < SIZE:
        lines.append("x" * 76)
    return ("\r\n".join(lines) + "\r\n").encode()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    db = "postbay_bench_sieve"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench-sieve")
    work.mkdir(exist_ok=True)
    path = work / "message.eml"
    path.write_bytes(message())
    smtp_port = free_port()
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_SMTP_ADDR": f"127.0.0.1:{smtp_port}",
                                  "POSTBAY_SUBMISSION_ADDR": "off", "POSTBAY_SUBMISSIONS_ADDR": "off",
                                  "POSTBAY_MAX_DB_CONNECTIONS": "32"}, work)
    script = None
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        domain = s.post(f"{base}/api/v1/domains", json={"name": "bench.test"}).json()
        accounts = []
        for i in range(10):
            r = s.post(f"{base}/api/v1/domains/{domain['id']}/accounts", json={"loginName": f"user{i}"})
            r.raise_for_status()
            accounts.append(r.json()["id"])
        users = [f"user{i}@bench.test" for i in range(10)]
        # The content filter exempts the load (its cost is tests/bench/filter.py's).
        group = s.post(f"{base}/api/v1/ip-groups", json={"name": "load", "entries": [{"value": "127.0.0.0/8"}]}).json()
        settings = s.get(f"{base}/api/v1/settings/spam").json()
        settings["exemptGroupId"] = group["id"]
        s.put(f"{base}/api/v1/settings/spam", json=settings).raise_for_status()
        env = dict(os.environ, SMTP_LOAD_MESSAGE=str(path))
        print(f"{CONNECTIONS} connections, {SECONDS} s each, 10 KB messages, server and load generator on the same 2 cores")
        results = {}
        for scripted in (False, True):
            if scripted:
                for account in accounts:
                    s.put(f"{base}/api/v1/accounts/{account}/filter-rules", json={"items": rules()}).raise_for_status()
                script = s.get(f"{base}/api/v1/accounts/{accounts[0]}/sieve-scripts/postbay-filters").json()["content"]
            for count in (1, 10):
                cpu_before = cpu_seconds(process.pid)
                out = subprocess.run([f"{target}/release/smtp-load", f"127.0.0.1:{smtp_port}", str(CONNECTIONS), str(SECONDS),
                                      str(SIZE), *users[:count]], capture_output=True, text=True, check=True, env=env)
                r = json.loads(out.stdout)
                rate = r["accepted"] / r["seconds"]
                cpu_ms = 1000 * (cpu_seconds(process.pid) - cpu_before) / max(r["accepted"], 1)
                label = f"{'20 rules' if scripted else 'no rules'}, {count:2} recipient{'s' if count > 1 else ' '}"
                print(f"  {label}: {rate:7.0f} msgs/s accepted ({r['accepted']} in {r['seconds']} s, {r['refused']} refused, "
                      f"{r['failed_sessions']} failed sessions); end of DATA to 250: p50 {r['p50_ms']:.1f} ms, "
                      f"p99 {r['p99_ms']:.1f} ms; server CPU {cpu_ms:.2f} ms/msg")
                results[(scripted, count)] = (rate, cpu_ms)
        for count in (1, 10):
            (off, off_cpu), (on, on_cpu) = results[(False, count)], results[(True, count)]
            print(f"    rules' cost, {count:2} recipient(s): {100 * (1 - on / off):+.0f} % of the throughput; "
                  f"{on_cpu - off_cpu:+.2f} ms of server CPU per message")
        kept = psql("SELECT count(*) FROM messages m JOIN folders f ON f.id = m.folder_id WHERE f.name = 'INBOX'", db)
        print(f"  copies in Inboxes (no rule matched, every copy kept): {kept}")
    finally:
        stop_server(process)
        if not os.environ.get("KEEP_DB"):
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    if script:
        script_path = work / "rules.sieve"
        script_path.write_text(script)
        out = subprocess.run([f"{target}/release/examples/throughput", str(script_path), str(path), "3"],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        print(f"  Sieve on one core, the 20-rule script ({r['script_bytes']} bytes) on a {r['message_bytes']}-byte message: "
              f"{r['runs_per_second']:.0f} runs/s compiled once, {r['runs_per_second_with_compile']:.0f} runs/s compiling each time")


if __name__ == "__main__":
    main()
