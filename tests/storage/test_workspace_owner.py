"""One process at a time listens and sends for a workspace: the owner lease."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from cmstation.core.errors import WorkspaceBusy
from cmstation.storage import workspace_owner as owner

HOLD = textwrap.dedent(
    """
    import sys, time
    from cmstation.storage import workspace_owner as owner
    lease = owner.try_acquire(sys.argv[1], "listen")
    print("held" if lease else "busy", flush=True)
    if lease:
        time.sleep(120)
    """
)


@pytest.fixture
def child():
    """``child(path)``: a process that tries the lease and holds it; (process, what it said)."""
    procs = []

    def start(path):
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True
        )
        procs.append(proc)
        return proc, proc.stdout.readline().strip()

    yield start
    for proc in procs:
        proc.kill()
        proc.wait(60)
        proc.stdout.close()


def test_a_second_lease_is_refused_and_says_who_holds_it(tmp_path):
    path = tmp_path / "workspace.sqlite3"
    first = owner.acquire(path, "window")
    try:
        assert owner.try_acquire(path, "listen") is None  # two windows in one process too
        with pytest.raises(WorkspaceBusy) as err:
            owner.acquire(path, "listen")
        assert err.value.holder.pid == os.getpid() and err.value.holder.role == "window"
        assert f"the cmstation window (process {os.getpid()})" in str(err.value)
        assert "already listening and sending" in str(err.value)
    finally:
        first.release()
    second = owner.acquire(path, "listen")  # free again once released
    assert owner.current_holder(path).role == "listen"
    second.release()
    assert owner.current_holder(path) is None


def test_another_process_is_refused_while_held_and_gets_it_after(tmp_path, child):
    path = tmp_path / "workspace.sqlite3"
    lease = owner.acquire(path, "window")
    proc, said = child(path)
    proc.wait(60)
    assert said == "busy"
    lease.release()
    proc, said = child(path)
    assert said == "held"
    assert owner.try_acquire(path, "window") is None
    assert owner.current_holder(path).pid == proc.pid


def test_a_killed_owner_leaves_no_stale_lease(tmp_path, child):
    path = tmp_path / "workspace.sqlite3"
    proc, said = child(path)
    assert said == "held"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(60)
    lease = owner.try_acquire(path, "window")
    assert lease is not None and owner.current_holder(path).pid == os.getpid()
    lease.release()


def test_the_lease_file_is_not_a_sqlite_file(tmp_path):
    path = tmp_path / "workspace.sqlite3"
    assert owner.lock_path(path).name == "workspace.sqlite3.owner"
