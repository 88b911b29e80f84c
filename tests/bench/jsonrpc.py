#!/usr/bin/env python3
"""JSON-RPC vs REST benchmark (issue 3): prints figures, asserts nothing.

Loads DOMAINS domains of USERS users each through JSON-RPC `Users.create` (pre-hashed
passwords), then drives the same question -- one page of LIMIT users of a random domain, ordered
by login name -- at CONNECTIONS concurrent clients for SECONDS each, once as JSON-RPC `Users.get`
(X-Token session) and once as REST `listAccounts` (bearer token), with wrk on loopback.

    cargo build --release --bin postbay
    apt-get install -y wrk
    python3 tests/bench/jsonrpc.py
    DOMAINS=20 SECONDS=5 python3 tests/bench/jsonrpc.py      # quick

Users.get also counts every match for `totalItems` (Kerio's contract); listAccounts pages by
keyset and counts nothing. The server and wrk share the machine's cores.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from conftest import ADMIN_PASSWORD, APPLICATION, PG_URL, RPC_PATH, psql, start_server, stop_server  # noqa: E402

DOMAINS = int(os.environ.get("DOMAINS", 100))
USERS = int(os.environ.get("USERS", 1000))
CONNECTIONS = int(os.environ.get("CONNECTIONS", 100))
SECONDS = int(os.environ.get("SECONDS", 20))
LIMIT = int(os.environ.get("LIMIT", 50))
HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$2GTHZh7vG2uTYqgEwaW8ViZYbUV0gmc9rjNqgfgUOxg"

LUA = """
local domains = {%(domains)s}
local token = "%(token)s"
local kind = "%(kind)s"
local limit = %(limit)d
local n = 0
request = function()
  n = n + 1
  local d = domains[math.random(#domains)]
  if kind == "rpc" then
    local body = '{"jsonrpc":"2.0","id":' .. n .. ',"method":"Users.get","params":{"domainId":"' .. d ..
      '","query":{"limit":' .. limit .. ',"orderBy":[{"columnName":"loginName","direction":"Asc"}]}}}'
    return wrk.format("POST", "%(rpc_path)s", {["Content-Type"] = "application/json", ["X-Token"] = token}, body)
  else
    return wrk.format("GET", "/api/v1/accounts?domainId=" .. d .. "&limit=" .. limit, {["Authorization"] = "Bearer " .. token})
  end
end
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"error"', 1, true) then
    io.stderr:write("bad response " .. status .. " " .. string.sub(body, 1, 200) .. "\\n")
  end
end
"""


def wrk(base, kind, token, domains):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % {"domains": ",".join(f'"{d}"' for d in domains), "token": token, "kind": kind,
                            "limit": LIMIT, "rpc_path": RPC_PATH})
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", "-s", script.name, base],
                         capture_output=True, text=True, check=True)
    os.unlink(script.name)
    text = out.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = {p: re.search(rf"^\s+{p}%\s+([\d.]+\w+)", text, re.M).group(1) for p in ("50", "99")}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    bad = out.stderr.count("bad response")
    return rps, lat, (int(errors.group(1)) if errors else 0) + bad


def main():
    os.environ.setdefault("POSTBAY_BIN", os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target") + "/release/postbay")
    db = "postbay_bench_rpc"
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{db}"')
    work = Path("/tmp/postbay-bench-rpc")
    work.mkdir(exist_ok=True)
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_MAX_DB_CONNECTIONS": "16"}, work)
    try:
        rpc = requests.Session()

        def call(method, params, token=None):
            headers = {"X-Token": token} if token else {}
            reply = rpc.post(base + RPC_PATH, json={"jsonrpc": "2.0", "id": 1, "method": method, "params": params},
                             headers=headers, timeout=600).json()
            assert "error" not in reply, reply
            return reply["result"]

        token = call("Session.login", {"userName": "admin", "password": ADMIN_PASSWORD, "application": APPLICATION})["token"]
        created = call("Domains.create", {"domains": [{"name": f"rpcbench{d:04d}.test"} for d in range(DOMAINS)]}, token)
        domains = [r["id"] for r in created["result"]]
        t0 = time.time()
        for d in domains:
            out = call("Users.create", {"users": [{"domainId": d, "loginName": f"user{n:04d}", "passwordHash": HASH,
                                                   "fullName": f"User Number{n}"} for n in range(USERS)]}, token)
            assert not out["errors"], out["errors"][:3]
        secs = time.time() - t0
        print(f"load: {DOMAINS * USERS} users through Users.create in {secs:.1f} s ({DOMAINS * USERS / secs:.0f} users/s)")
        psql("VACUUM ANALYZE", db)
        bearer = requests.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD},
                               timeout=30).json()["accessToken"]
        print(f"{CONNECTIONS} concurrent clients, {SECONDS} s each, a page of {LIMIT} users of a random domain of {USERS}:")
        for label, kind, cred in (("JSON-RPC Users.get  ", "rpc", token), ("REST listAccounts   ", "rest", bearer)):
            rps, lat, errors = wrk(base, kind, cred, domains)
            print(f"  {label} {rps:8.0f} req/s   p50 {lat['50']:>8}   p99 {lat['99']:>8}   errors {errors}")
    finally:
        stop_server(process)
        if not os.environ.get("KEEP_DB"):
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


if __name__ == "__main__":
    main()
