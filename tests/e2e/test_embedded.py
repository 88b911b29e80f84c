"""`postbay serve` with no database configured runs its own PostgreSQL, stops it on SIGTERM and
finds its data again on the next start."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from conftest import ADMIN_PASSWORD, postbay_bin, start_server, stop_server


def cluster_running(data: Path) -> bool:
    return (data / "pg" / "data" / "postmaster.pid").exists()


def test_embedded_cluster_lifecycle():
    # The cluster may run as the unprivileged `postgres` user: the directory must be reachable.
    work = Path(tempfile.mkdtemp(prefix="pb-emb-", dir="/tmp"))
    os.chmod(work, 0o755)
    env = {"POSTBAY_DATABASE_URL": "", "POSTBAY_DATA_DIR": str(work / "data")}
    try:
        process, base = start_server(env, work)
        try:
            from conftest import Server
            server = Server(process, base, None)
            admin = server.admin()
            admin.ok("POST", "/domains", {"name": "kept.test"}, status=201)
            assert cluster_running(work / "data")
            sockets = list((work / "data" / "pg" / "run").glob(".s.PGSQL.*"))
            assert sockets, "PostgreSQL listens on a Unix socket in the data directory"
        finally:
            assert stop_server(process) == 0
        assert not cluster_running(work / "data"), "SIGTERM stops the private PostgreSQL"

        process, base = start_server({**env, "POSTBAY_ADMIN_PASSWORD": "ignored-on-restart"}, work)
        try:
            server = Server(process, base, None)
            admin = server.login("admin", ADMIN_PASSWORD)  # bootstrap did not run twice
            names = [d["name"] for d in admin.ok("GET", "/domains")["items"]]
            assert "kept.test" in names
        finally:
            assert stop_server(process) == 0
        assert not cluster_running(work / "data")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_missing_postgres_binaries_are_named():
    work = Path(tempfile.mkdtemp(prefix="pb-nopg-", dir="/tmp"))
    try:
        env = {**os.environ, "POSTBAY_DATABASE_URL": "", "POSTBAY_DATA_DIR": str(work), "POSTBAY_PG_BIN": str(work / "nowhere")}
        r = subprocess.run([postbay_bin(), "migrate"], env=env, capture_output=True, text=True, timeout=60)
        assert r.returncode != 0
        assert "apt-get install postgresql" in r.stderr
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_empty_admin_password_is_refused(template_db):
    from conftest import PG_URL, psql
    import uuid
    db = f"postbay_t_{uuid.uuid4().hex[:16]}"
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template_db}"')
    try:
        env = {**os.environ, "POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_API_ADDR": "127.0.0.1:0"}
        r = subprocess.run([postbay_bin(), "serve", "--admin-password", ""], env=env, capture_output=True, text=True, timeout=60)
        assert r.returncode != 0 and "may not be empty" in r.stderr
    finally:
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def test_a_weak_admin_password_from_the_environment_is_refused(template_db):
    """Issue 16, Build 1: the first administrator's password from POSTBAY_ADMIN_PASSWORD meets
    the password policy like every other: the start stops with the rule that failed."""
    from conftest import PG_URL, psql
    import uuid
    for weak, rule in (("short", "at least 10 characters"), ("password123", "common"), ("myadmin-2026x", "login name")):
        db = f"postbay_t_{uuid.uuid4().hex[:16]}"
        psql(f'CREATE DATABASE "{db}" TEMPLATE "{template_db}"')
        try:
            env = {**os.environ, "POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_API_ADDR": "127.0.0.1:0",
                   "POSTBAY_ADMIN_PASSWORD": weak,
                   **{name: "off" for name in ("POSTBAY_SMTP_ADDR", "POSTBAY_SUBMISSION_ADDR", "POSTBAY_SUBMISSIONS_ADDR",
                                               "POSTBAY_POP3_ADDR", "POSTBAY_POP3S_ADDR", "POSTBAY_IMAP_ADDR", "POSTBAY_IMAPS_ADDR")}}
            r = subprocess.run([postbay_bin(), "serve"], env=env, capture_output=True, text=True, timeout=60)
            assert r.returncode != 0 and rule in r.stderr, (weak, r.stderr)
            assert psql(f"SELECT count(*) FROM accounts", db) == "0", "no administrator was made"
        finally:
            psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def test_generated_admin_password_is_printed_once(template_db, tmp_path):
    from conftest import PG_URL, psql, Server
    import uuid
    db = f"postbay_t_{uuid.uuid4().hex[:16]}"
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template_db}"')
    env = {"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_ADMIN_PASSWORD": None}
    try:
        process, base = start_server(env, tmp_path)
        stop_server(process)
        log = (tmp_path / "postbay.log").read_text()
        line = next(l for l in log.splitlines() if "created with password:" in l)
        password = line.rsplit(": ", 1)[1].strip()
        process, base = start_server(env, tmp_path)
        try:
            Server(process, base, db).login("admin", password)
        finally:
            stop_server(process)
        assert (tmp_path / "postbay.log").read_text().count("created with password:") == 1
    finally:
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def test_an_unreachable_data_directory_is_named_with_its_fix():
    if os.geteuid() != 0:
        import pytest
        pytest.skip("only root hands the cluster to the unprivileged postgres user")
    work = Path(tempfile.mkdtemp(prefix="pb-emb-closed-", dir="/tmp"))
    os.chmod(work, 0o700)  # root's alone: postgres cannot enter it
    data = work / "inside" / "data"
    try:
        out = subprocess.run([postbay_bin(), "serve"], capture_output=True, text=True, timeout=60,
                             env={**os.environ, "POSTBAY_DATABASE_URL": "", "POSTBAY_DATA_DIR": str(data),
                                  "POSTBAY_API_ADDR": "127.0.0.1:0", "POSTBAY_LOG": "warn"})
        told = out.stdout + out.stderr
        assert out.returncode != 0
        assert f"cannot enter {work}" in told and "`postgres`" in told and "chmod o+x" in told, told[-2000:]
        assert "Permission denied" not in told, "initdb is not left to say it"
    finally:
        shutil.rmtree(work, ignore_errors=True)
