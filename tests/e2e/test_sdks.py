"""The generated SDKs against a live server: each runs its own test (clients/*/test*) that logs
in, provisions a tenant, a domain, accounts and an alias, pages a list, reads usage and gets a
typed error for a duplicate and for a forbidden call. tests/run.sh builds them beforehand."""

import json
import os
import subprocess
import sys

import pytest

from conftest import ADMIN_PASSWORD, ROOT

CLIENTS = ROOT / "clients"


def run(cmd, server, cwd, extra_env=None):
    env = {**os.environ, "POSTBAY_URL": server.base, "POSTBAY_ADMIN_PASSWORD": ADMIN_PASSWORD, **(extra_env or {})}
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, f"{cmd}:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out.stdout


def test_typescript_sdk(server):
    built = CLIENTS / "typescript" / "build-test" / "test" / "live.js"
    if not built.exists():
        pytest.fail("build the TypeScript SDK test first (tests/run.sh does)")
    assert "typescript sdk: ok" in run(["node", str(built)], server, CLIENTS / "typescript")


def test_python_sdk(server):
    run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], server, CLIENTS / "python",
        {"PYTHONPATH": str(CLIENTS / "python")})


def test_rust_sdk(server):
    target = os.environ.get("CARGO_TARGET_DIR", "/var/tmp/postbay-target")
    out = run(["cargo", "test", "--quiet", "--locked", "--manifest-path", str(CLIENTS / "rust" / "Cargo.toml"), "--", "--nocapture"],
              server, CLIENTS / "rust", {"CARGO_TARGET_DIR": f"{target}/sdk-rust"})
    assert "rust sdk: ok" in out


def test_every_operation_is_in_every_sdk():
    """A schema a generator cannot read makes it drop the endpoints using it, with only a
    warning (updateLogSettings once went missing from the Python SDK that way)."""
    doc = json.loads((ROOT / "openapi" / "postbay.json").read_text())
    operations = {op["operationId"] for item in doc["paths"].values() for op in item.values()
                  if isinstance(op, dict) and "operationId" in op}
    python = {p.stem.replace("_", "") for p in (CLIENTS / "python" / "postbay_client" / "api").rglob("*.py")}
    assert sorted(o for o in operations if o.lower() not in python) == []
    typescript = (CLIENTS / "typescript" / "src" / "sdk.gen.ts").read_text()
    assert sorted(o for o in operations if f"const {o} =" not in typescript) == []
    rust = (CLIENTS / "rust" / "src" / "lib.rs").read_text()
    snake = {o: "".join("_" + c.lower() if c.isupper() else c for c in o) for o in operations}
    assert sorted(o for o, s in snake.items() if f"fn {s}" not in rust) == []
