"""Issue 16's findings that are about the server as a whole rather than one protocol or
resource: how it starts and stops when something is wrong."""

import socket
import time
import uuid

import pytest

from conftest import PG_URL, psql, start_server


@pytest.fixture
def fresh_db(template_db):
    db = f"postbay_t_{uuid.uuid4().hex[:16]}"
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template_db}"')
    yield db
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def test_a_port_that_cannot_be_bound_stops_the_server_with_one_clear_error(fresh_db, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        address = f"127.0.0.1:{taken.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(RuntimeError) as exited:
            start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{fresh_db}", "POSTBAY_SMTP_ADDR": address,
                          "POSTBAY_LOG": "info"}, tmp_path)
        took = time.monotonic() - started
    log = (tmp_path / "postbay.log").read_text()
    assert "exited with 1" in str(exited.value)
    assert f"cannot listen on {address}" in log, log[-2000:]
    # No worker was started on the pool being closed, so nothing complains about it.
    assert "closed pool" not in log, log[-2000:]
    assert "claiming queued recipients" not in log and "collection jobs" not in log, log[-2000:]
    assert len(log.splitlines()) < 50, f"{len(log.splitlines())} log lines for one failed start"
    assert took < 60
