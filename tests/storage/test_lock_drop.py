"""Reading the workspace from inside a process that holds a connection must not drop that
connection's locks (issue 8): on POSIX a plain ``open()``/``close()`` of the file drops
them, and the next process to close the file then deletes the WAL our connection writes to.

Each code path that reads the workspace runs with a live, written-to connection in this
process; then a second process opens and closes the file. The WAL must still be there, and
a write made afterwards on the first connection must be visible to a third process.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cmstation.storage import open_workspace, settings
from cmstation.storage.connection import connect, stored_version

CHILD_OPEN_CLOSE = textwrap.dedent(
    """
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1])
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()
    """
)


def _child(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _value_seen_by_another_process(path: Path, key: str) -> str:
    code = (
        "import sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "r = con.execute('SELECT value FROM settings WHERE key = ?', (sys.argv[2],)).fetchone()\n"
        "print(r[0] if r else '')\n"
    )
    return _child(code, str(path), key)


def _paths_that_read(path: Path):
    def again():
        open_workspace(path).conn.close()

    def plain_connect():
        connect(path).conn.close()

    def read_through_helper():
        from read_workspace import read_workspace

        read_workspace(path, lambda db: db.execute("SELECT 1").fetchone())

    return {
        "open_workspace": again,
        "connect": plain_connect,
        "workspace_id_at": lambda: settings.workspace_id_at(path),
        "stored_version": lambda: stored_version(path),
        "tests' read_workspace helper": read_through_helper,
    }


@pytest.mark.parametrize("name", list(_paths_that_read(Path("x"))))
def test_reading_the_workspace_keeps_this_process_locks(tmp_path, name):
    path = tmp_path / "workspace.sqlite3"
    db = open_workspace(path)
    try:
        settings.put(db, "before", "1")
        _paths_that_read(path)[name]()
        _child(CHILD_OPEN_CLOSE, str(path))
        assert (tmp_path / "workspace.sqlite3-wal").exists(), (
            f"{name} let another process delete the WAL"
        )
        settings.put(db, "after", "2")  # into the WAL the other processes must still see
        assert _value_seen_by_another_process(path, "after") == '"2"', name
        assert _value_seen_by_another_process(path, "before") == '"1"', name
    finally:
        db.conn.close()


def test_a_plain_open_and_close_does_drop_the_locks(tmp_path):
    """The test above can fail: a plain open()/close() of the file, the old header read,
    loses the WAL exactly as the issue describes."""
    path = tmp_path / "workspace.sqlite3"
    db = open_workspace(path)
    try:
        settings.put(db, "before", "1")
        with path.open("rb") as fh:  # what _header_version used to do
            fh.read(100)
        _child(CHILD_OPEN_CLOSE, str(path))
        assert not (tmp_path / "workspace.sqlite3-wal").exists()
    finally:
        db.conn.close()


def test_the_version_is_read_without_writing(tmp_path):
    path = tmp_path / "workspace.sqlite3"
    db = open_workspace(path)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.conn.close()
    assert stored_version(path) == version
