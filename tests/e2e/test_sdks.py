"""The generated SDKs against a live server: each runs its own test (clients/*/test*) that logs
in, provisions a tenant, a domain, accounts and an alias, pages a list, reads usage and gets a
typed error for a duplicate and for a forbidden call. tests/run.sh builds them beforehand."""

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
