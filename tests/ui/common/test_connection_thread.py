"""The worker thread the sweep and outbox controllers share."""

from __future__ import annotations

import threading

from cmstation.storage import open_workspace
from cmstation.ui.common.connection_thread import ConnectionThread


def test_requests_run_in_order_with_their_own_connection_and_errors_are_reported(tmp_path):
    path = tmp_path / "w.sqlite3"
    open_workspace(path).conn.close()
    seen, errors, finished = [], [], threading.Event()

    def handle(db, req):
        if req == "boom":
            raise ValueError("boom")
        seen.append(
            (req, threading.current_thread().name, db.execute("PRAGMA journal_mode").fetchone()[0])
        )
        if req == 3:
            finished.set()
        return req

    t = ConnectionThread(path, "test-worker", handle, on_error=errors.append)
    for req in (1, "boom", 2, 3):
        assert t.put(req)
    assert finished.wait(10)
    t.stop()
    assert [s[0] for s in seen] == [1, 2, 3]
    assert {s[1] for s in seen} == {"test-worker"} and {s[2] for s in seen} == {"wal"}
    assert [str(e) for e in errors] == ["boom"]
    assert not t.alive and not t.pending


def test_with_one_pending_place_requests_coalesce(tmp_path):
    path = tmp_path / "w.sqlite3"
    open_workspace(path).conn.close()
    gate, started, done = threading.Event(), threading.Event(), []

    def handle(_db, req):
        started.set()
        gate.wait(10)
        return req

    t = ConnectionThread(path, "test-coalesce", handle, on_done=done.append, max_pending=1)
    assert t.put("a")
    assert started.wait(10)  # "a" is running
    assert t.put("b")  # waits
    assert not t.put("c")  # dropped: one is already waiting
    assert t.pending
    gate.set()
    t.stop()
    assert done == ["a", "b"]
