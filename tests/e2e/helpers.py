"""What the end-to-end tests share beyond the server fixtures: waiting for an observable state
(never a fixed sleep), and the tools .ci/run installs."""

import os
import shutil
import time

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
