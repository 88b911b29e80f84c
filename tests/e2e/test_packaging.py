"""The packaging in deploy/: the systemd unit passes systemd's own checker (with its
ExecStart pointed at the binary under test), and keeps its hardening; the container image
definition runs as a non-root user with its state in a volume."""

import re
import subprocess
from pathlib import Path

from conftest import postbay_bin
from helpers import require_tool

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_the_systemd_unit_verifies_and_is_hardened(tmp_path):
    require_tool("systemd-analyze")
    unit = (DEPLOY / "systemd" / "postbay.service").read_text()
    for option in ("NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes", "User=postbay",
                   "CapabilityBoundingSet=CAP_NET_BIND_SERVICE", "SystemCallFilter=@system-service"):
        assert option in unit, option
    local = tmp_path / "postbay.service"
    local.write_text(unit.replace("/usr/local/bin/postbay", postbay_bin()))
    r = subprocess.run(["systemd-analyze", "verify", str(local)], capture_output=True, text=True)
    problems = [line for line in (r.stdout + r.stderr).splitlines() if "postbay.service" in line]
    assert r.returncode == 0 and not problems, r.stdout + r.stderr


def test_the_container_runs_unprivileged_with_a_data_volume():
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^USER postbay$", dockerfile, re.M)
    assert re.search(r"^VOLUME /var/lib/postbay$", dockerfile, re.M)
    assert "POSTBAY_DATA_DIR=/var/lib/postbay" in dockerfile
    assert re.search(r'^CMD \["serve"\]$', dockerfile, re.M)
