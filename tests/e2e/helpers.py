"""What the end-to-end tests share beyond the server fixtures: waiting for an observable state
(never a fixed sleep), and the tools .ci/run installs."""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


def wait_until(check, timeout=30.0, what="the expected state", interval=0.1, ignore=(OSError,)):
    """Calls `check` until it returns something true, and returns that.

    An exception of a type in `ignore` counts as "not yet" (a port not listening yet, say).
    After `timeout` seconds the test fails, naming `what` (a string, or a callable giving one).
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = check()
            if value:
                return value
        except ignore:
            if time.monotonic() > deadline:
                raise
        if time.monotonic() > deadline:
            described = what() if callable(what) else what
            raise AssertionError(f"timed out after {timeout} s waiting for {described}")
        time.sleep(interval)


def require_tool(name):
    """For a test that drives an installed program: skipped where it is missing, except under
    CI (`CI` set, as .ci/run does), where a missing tool is a failure, not a quiet pass."""
    if shutil.which(name):
        return
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed; .ci/run installs it")
    pytest.skip(f"{name} is not installed; .ci/run installs it")


class Sink:
    """smtp-sink on `host:port`, writing each message to a file of its own."""

    def __init__(self, tmp_path, host: str, port: int, *options: str):
        # Under /tmp, not the test's own directory: smtp-sink writes as `nobody`.
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix=f"postbay-sink-{host}-"))
        os.chmod(self.dir, 0o777)
        user = ["-u", "nobody"] if os.geteuid() == 0 else []
        log = open(tmp_path / f"sink-{host}.log", "ab") if os.environ.get("TEST_SINK_LOG") else subprocess.DEVNULL
        verbose = ["-v"] if os.environ.get("TEST_SINK_LOG") else []
        self.process = subprocess.Popen(["smtp-sink", *user, *verbose, *options, "-d", f"{self.dir}/", f"{host}:{port}", "100"],
                                        stdout=log, stderr=log)
        wait_until(lambda: socket.create_connection((host.strip("[]"), port), timeout=1).close() or True,
                   timeout=10, what="smtp-sink to listen", interval=0.05)

    def messages(self) -> list[bytes]:
        """The dumps; one of a transaction still going on (or aborted, then removed by
        smtp-sink) may be partial or vanish while listed."""
        found = []
        for p in sorted(self.dir.iterdir()):
            try:
                found.append(p.read_bytes())
            except FileNotFoundError:
                pass
        return found

    def finished(self) -> list[bytes]:
        """The dumps of finished transactions only. smtp-sink buffers a dump and closes it at the
        final dot, before it answers 250, so a dump it still holds open is a transaction going on
        (perhaps empty so far); one it has closed is whole."""
        # List first, then look at what is open: a dump created in between is not listed.
        listed = sorted(self.dir.iterdir())
        open_paths = set()
        for fd in Path(f"/proc/{self.process.pid}/fd").iterdir():
            try:
                open_paths.add(Path(os.readlink(fd)))
            except OSError:
                pass
        found = []
        for p in listed:
            if p in open_paths:
                continue
            try:
                found.append(p.read_bytes())
            except FileNotFoundError:
                pass
        return found

    def wait(self, n: int, timeout: float = 30) -> list[bytes]:
        def enough():
            found = self.finished()
            return (found,) if len(found) >= n else None

        (found,) = wait_until(enough, timeout=timeout,
                              what=lambda: f"{n} messages at the sink ({len(self.messages())} so far)")
        return found

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)
