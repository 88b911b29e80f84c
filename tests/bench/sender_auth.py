#!/usr/bin/env python3
"""Sender authentication cost on SMTP ingest (issue 17): prints figures, asserts nothing.

Runs its own release `postbay serve` on a fresh database three times: with the sender checks
off, then on with every message DKIM-signed (RSA-2048, then Ed25519) by dkimpy. Every DNS
record (SPF for the HELO name and MAIL FROM domain, the DKIM key, a DMARC `p=reject` policy)
comes from the tests' own DNS server on loopback, with a TTL of 300 s, as real records have:
after the first messages every check is answered from the caches. The load generator (tests/bench/smtp-load) keeps CONNECTIONS sessions
sending the same 10 KB message, each under an `X-Load` header of its own (outside the
signature), for SECONDS. Prints accepted messages per second for each run, the cost of the
checks against the run without them (throughput, and the server's CPU time per message, which
the machine's noise moves less), the p50/p99 time from the end of DATA to the 250, and
the verdict stored on one message of each run (dkim and dmarc pass expected).

    cargo build --release -p postbay-api -p smtp-load
    python3 tests/bench/sender_auth.py
    SECONDS=5 python3 tests/bench/sender_auth.py          # quick
"""

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import dkim
import nacl.signing
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, PG_URL, free_port, psql, start_server, stop_server  # noqa: E402
from dns_server import TestDns  # noqa: E402

CONNECTIONS = int(os.environ.get("CONNECTIONS", 50))
SECONDS = int(os.environ.get("SECONDS", 20))
SIZE = 10 * 1024


def signed_message(algorithm: str, dns: TestDns) -> bytes:
    """A 10 KB message from load@sender.test, signed with a new key published in `dns`."""
    lines = ["From: Load <load@sender.test>", "To: user0@bench.test", f"Subject: signed with {algorithm}",
             "Message-ID: <bench@sender.test>", ""]
    while sum(len(line) + 2 for line in lines) < SIZE:
        lines.append("y" * 76)
    message = ("\r\n".join(lines) + "\r\n").encode()
    headers = [b"from", b"to", b"subject", b"message-id"]
    if algorithm == "rsa":
        pem = subprocess.run(["openssl", "genrsa", "-traditional", "2048"], check=True, capture_output=True).stdout
        public = subprocess.run(["openssl", "rsa", "-pubout", "-outform", "DER"], input=pem, check=True,
                                capture_output=True).stdout
        dns.add("rsa._domainkey.sender.test", "TXT", f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}")
        return dkim.sign(message, b"rsa", b"sender.test", pem, include_headers=headers) + message
    key = nacl.signing.SigningKey.generate()
    dns.add("ed._domainkey.sender.test", "TXT", f"v=DKIM1; k=ed25519; p={base64.b64encode(bytes(key.verify_key)).decode()}")
    return dkim.sign(message, b"ed", b"sender.test", base64.b64encode(bytes(key)),
                     signature_algorithm=b"ed25519-sha256", include_headers=headers) + message


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(label: str, checks: bool, message: bytes | None, dns: TestDns, work: Path) -> tuple[float, float]:
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    db = "postbay_bench_sender_auth"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    smtp_port = free_port()
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_SMTP_ADDR": f"127.0.0.1:{smtp_port}",
                                  "POSTBAY_SUBMISSION_ADDR": "off", "POSTBAY_SUBMISSIONS_ADDR": "off",
                                  "POSTBAY_MAX_DB_CONNECTIONS": "32", "POSTBAY_DNS_SERVERS": dns.address,
                                  "POSTBAY_SENDER_AUTH": "on" if checks else "off"}, work)
    try:
        s = requests.Session()
        token = s.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}).json()["accessToken"]
        s.headers["Authorization"] = f"Bearer {token}"
        domain = s.post(f"{base}/api/v1/domains", json={"name": "bench.test"}).json()
        s.post(f"{base}/api/v1/domains/{domain['id']}/accounts", json={"loginName": "user0"}).raise_for_status()
        env = dict(os.environ)
        if message is not None:
            path = work / "message.eml"
            path.write_bytes(message)
            env["SMTP_LOAD_MESSAGE"] = str(path)
        cpu_before = cpu_seconds(process.pid)
        out = subprocess.run([f"{target}/release/smtp-load", f"127.0.0.1:{smtp_port}", str(CONNECTIONS), str(SECONDS),
                              str(SIZE), "user0@bench.test"], capture_output=True, text=True, check=True, env=env)
        r = json.loads(out.stdout)
        rate = r["accepted"] / r["seconds"]
        cpu_ms = 1000 * (cpu_seconds(process.pid) - cpu_before) / max(r["accepted"], 1)
        found = psql("SELECT summary->'authentication' FROM message_contents LIMIT 1", db) or "null"
        verdict = json.loads(found)
        seen = "unchecked" if verdict is None else (
            f"spf={verdict['spf']['result']} dkim={','.join(d['result'] for d in verdict['dkim']) or 'none'} "
            f"dmarc={verdict['dmarc']['result']}")
        print(f"  {label}: {rate:7.0f} msgs/s accepted ({r['accepted']} in {r['seconds']} s, {r['refused']} refused, "
              f"{r['failed_sessions']} failed sessions); end of DATA to 250: p50 {r['p50_ms']:.1f} ms, "
              f"p99 {r['p99_ms']:.1f} ms; server CPU {cpu_ms:.2f} ms/msg; stored verdict: {seen}")
        return rate, cpu_ms
    finally:
        stop_server(process)
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    os.environ.setdefault("POSTBAY_BIN", f"{target}/release/postbay")
    work = Path("/tmp/postbay-bench-sender-auth")
    work.mkdir(exist_ok=True)
    dns = TestDns(ttl=300)
    try:
        dns.add("sender.test", "TXT", "v=spf1 ip4:127.0.0.1 -all")
        dns.add("load.example", "TXT", "v=spf1 ip4:127.0.0.1 -all")
        dns.add("_dmarc.sender.test", "TXT", "v=DMARC1; p=reject")
        rsa, ed25519 = signed_message("rsa", dns), signed_message("ed25519", dns)
        print(f"{CONNECTIONS} connections, {SECONDS} s each, 10 KB messages, server and load generator on the same 2 cores")
        off, off_cpu = run("checks off, RSA-signed       ", False, rsa, dns, work)
        for label, message in (("checks on, RSA-2048 signature", rsa), ("checks on, Ed25519 signature ", ed25519)):
            on, on_cpu = run(label, True, message, dns, work)
            print(f"    cost of the checks: {100 * (1 - on / off):.0f} % of the throughput without them; "
                  f"{on_cpu - off_cpu:+.2f} ms of server CPU per message ({100 * (on_cpu / off_cpu - 1):+.0f} %)")
    finally:
        dns.stop()


if __name__ == "__main__":
    main()
