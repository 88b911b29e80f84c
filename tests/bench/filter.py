#!/usr/bin/env python3
"""Content filter cost on SMTP ingest (issue 18): prints figures, asserts nothing.

Runs its own release `postbay serve` on a fresh database, the load generator
(tests/bench/smtp-load) keeping CONNECTIONS sessions sending 10 KB messages for SECONDS, twice:
with the filter off for the client (its address in the filter's exempt group), then with the
built-in sources on — the built-in rules, two DNS blocklists (one by client IP, one by domain:
the sender's, and the links of the body) answered by the tests' own DNS server with a TTL of
300 s, so that after the first message every question is answered from the resolver's cache,
greylisting on with the load's triplet already known, and three custom rules (a header, the
sender, a body pattern); then the same with rspamd (Debian's, started here on loopback) as the
engine. Prints accepted messages per second,
the filter's cost against the run without it (throughput, and the server's CPU per message),
the p50/p99 time from the end of DATA to the 250, and the verdict stored on one message.

    cargo build --release -p postbay-api -p smtp-load
    python3 tests/bench/filter.py
    SECONDS=5 python3 tests/bench/filter.py          # quick
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, free_port, psql, start_server, stop_server  # noqa: E402
from dns_server import TestDns  # noqa: E402
from rspamd_engine import start_rspamd  # noqa: E402

CONNECTIONS = int(os.environ.get("CONNECTIONS", 50))
SECONDS = int(os.environ.get("SECONDS", 20))
SIZE = 10 * 1024


def message() -> bytes:
    """A 10 KB message with a link in it (the domain blocklist has something to ask about)."""
    lines = ["From: Load <load@sender.test>", "To: user0@bench.test", "Subject: load",
             "Message-ID: <bench@sender.test>", "", "See https://www.shop.example/offer today."]
    while sum(len(line) + 2 for line in lines) < SIZE:
        lines.append("y" * 76)
    return ("\r\n".join(lines) + "\r\n").encode()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(label: str, filtering: bool, dns: TestDns, work: Path, rspamd_port: int | None = None) -> dict:
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    db = "postbay_bench_filter"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    smtp_port = free_port()
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_SMTP_ADDR": f"127.0.0.1:{smtp_port}",
                                  "POSTBAY_SUBMISSION_ADDR": "off", "POSTBAY_SUBMISSIONS_ADDR": "off",
                                  "POSTBAY_MAX_DB_CONNECTIONS": "32", "POSTBAY_DNS_SERVERS": dns.address}, work)
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        domain = s.post(f"{base}/api/v1/domains", json={"name": "bench.test"}).json()
        s.post(f"{base}/api/v1/domains/{domain['id']}/accounts", json={"loginName": "user0"}).raise_for_status()
        settings = s.get(f"{base}/api/v1/settings/spam").json()
        if filtering:
            for zone, kind in (("ips.bench.test", "ip"), ("uri.bench.test", "domain")):
                s.post(f"{base}/api/v1/blocklists", json={"zone": zone, "kind": kind, "action": "score",
                                                          "score": 0.5}).raise_for_status()
            # Custom rules of the server's: a header, the sender, the body (none hits).
            for rule in ({"name": "SUBJ", "target": "header", "header": "Subject", "test": "contains", "value": "viagra"},
                         {"name": "FROM", "target": "from", "test": "containsDomain", "value": "spammer.test"},
                         {"name": "BODY", "target": "body", "test": "matches", "value": "cheap (pills|watches)"}):
                s.post(f"{base}/api/v1/spam-rules", json={**rule, "action": "score", "score": 3}).raise_for_status()
            settings.update(greylistingEnabled=True, greylistingDelaySeconds=300)
            if rspamd_port:
                settings["engine"] = {"kind": "rspamd", "host": "127.0.0.1", "port": rspamd_port}
            # The load's triplet is known already: greylisting is one upsert per RCPT.
            psql("INSERT INTO greylist_triplets (network, sender, recipient, passed_at) "
                 "VALUES ('127.0.0.0/24', 'load@sender.test', 'user0@bench.test', now())", db)
        else:
            group = s.post(f"{base}/api/v1/ip-groups", json={"name": "load", "entries": [{"value": "127.0.0.0/8"}]}).json()
            settings["exemptGroupId"] = group["id"]
        s.put(f"{base}/api/v1/settings/spam", json=settings).raise_for_status()
        path = work / "message.eml"
        path.write_bytes(message())
        env = dict(os.environ, SMTP_LOAD_MESSAGE=str(path))
        cpu_before = cpu_seconds(process.pid)
        out = subprocess.run([f"{target}/release/smtp-load", f"127.0.0.1:{smtp_port}", str(CONNECTIONS), str(SECONDS),
                              str(SIZE), "user0@bench.test"], capture_output=True, text=True, check=True, env=env)
        r = json.loads(out.stdout)
        rate = r["accepted"] / r["seconds"]
        cpu_ms = 1000 * (cpu_seconds(process.pid) - cpu_before) / max(r["accepted"], 1)
        stored = psql("SELECT encode(body, 'escape') FROM message_contents LIMIT 1", db)
        status = next((line for line in stored.splitlines() if line.startswith("X-Spam-Status")), "no X-Spam-Status")
        print(f"  {label}: {rate:7.0f} msgs/s accepted ({r['accepted']} in {r['seconds']} s, {r['refused']} refused, "
              f"{r['failed_sessions']} failed sessions); end of DATA to 250: p50 {r['p50_ms']:.1f} ms, "
              f"p99 {r['p99_ms']:.1f} ms; server CPU {cpu_ms:.2f} ms/msg; {status}")
        return {"rate": rate, "cpu": cpu_ms, "p50": r["p50_ms"], "p99": r["p99_ms"]}
    finally:
        stop_server(process)
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    work = Path("/tmp/postbay-bench-filter")
    work.mkdir(exist_ok=True)
    dns = TestDns(ttl=300)
    try:
        dns.add("1.0.0.127.ips.bench.test", "A", "127.0.0.2")
        for name in ("sender.test", "www.shop.example", "shop.example"):
            dns.add(f"{name}.uri.bench.test", "A", "127.0.0.2")
        print(f"{CONNECTIONS} connections, {SECONDS} s each, 10 KB messages, server and load generator on the same 2 cores")
        off = run("filter off (exempt client)          ", False, dns, work)
        on = run("rules, 2 cached blocklists, greylist", True, dns, work)
        print(f"    cost of the filter: {100 * (1 - on['rate'] / off['rate']):.0f} % of the throughput without it; "
              f"{on['cpu'] - off['cpu']:+.2f} ms of server CPU per message ({100 * (on['cpu'] / off['cpu'] - 1):+.0f} %)")
        if shutil.which("rspamd"):
            with start_rspamd(dns.address, with_redis=False) as engine:
                with_engine = run("the same and rspamd                 ", True, dns, work, engine.port)
            print(f"    rspamd: {with_engine['rate']:.0f} msgs/s; it adds {with_engine['p50'] - on['p50']:+.1f} ms at p50 and "
                  f"{with_engine['p99'] - on['p99']:+.1f} ms at p99 per message (rspamd shares the 2 cores)")
        else:
            print("    rspamd: not installed (apt install rspamd), its row left out")
    finally:
        dns.stop()


if __name__ == "__main__":
    main()
