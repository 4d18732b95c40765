"""Reading a workspace file from a test while the window (or a controller) has it open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from cmstation.storage import open_workspace

T = TypeVar("T")


def read_workspace(path, read: Callable[..., T]) -> T:
    """``read(db)`` on its own connection to the workspace at ``path``, closed afterwards."""
    db = open_workspace(path)
    try:
        return read(db)
    finally:
        db.conn.close()


def copy_workspace(source, target) -> None:
    """A copy of the workspace at ``source`` made through SQLite (the backup API), never by
    copying the file: a plain open()/close() would drop this process's locks on it."""
    import sqlite3

    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def file_bytes_elsewhere(path) -> bytes:
    """The raw bytes of ``path`` (the database, its WAL...) as read by a child process, so
    that no descriptor of the file is opened and closed in this one (which may hold a
    connection to it): for tests that grep the files for a secret."""
    import subprocess
    import sys

    code = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())"
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, check=True, timeout=60
    ).stdout
