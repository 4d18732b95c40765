"""Opening a workspace file: pragmas, version checks, migrations.

SQLite owns the workspace files (``workspace.sqlite3`` and its ``-wal`` and ``-shm``).
Nothing in cmstation opens them with ``open()``, copies, truncates or reads them by hand:
on POSIX, closing *any* descriptor of a file drops *every* fcntl lock the process holds on
it, SQLite's included ("How To Corrupt An SQLite Database File", 2.2). Another process then
believes it is alone, checkpoints and deletes the WAL that our connections still write to.
What must be known before a real connection (the schema version) is read through a
read-only SQLite connection of its own: SQLite keeps a closed connection's descriptor open
while other connections of the process hold locks on the same file, so closing it is safe.
``os.stat`` (size, existence) opens nothing and is fine.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from cmstation.core.errors import WorkspaceCorrupt, WorkspaceTooNew
from cmstation.storage.migrations import LATEST_VERSION, migrate

BUSY_TIMEOUT_MS = 5000


# cmstation loads no sqlite-utils plugins; their entry-point scan (importlib.metadata over
# every installed distribution) costs ~0.2 s at each start before the first query.
if hasattr(sqlite_utils, "plugins") and hasattr(sqlite_utils.plugins, "_plugins_loaded"):
    sqlite_utils.plugins._plugins_loaded = True


def connect(path: str | Path, *, check_same_thread: bool = True) -> sqlite_utils.Database:
    """Open one connection with the house pragmas; does not migrate."""
    path = str(path)
    try:
        conn = sqlite3.connect(
            path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=check_same_thread,
            isolation_level=None,  # autocommit; transactions are explicit (see tx())
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise WorkspaceCorrupt(path, str(exc)) from exc
    if path != ":memory:" and str(mode).lower() != "wal":
        raise WorkspaceCorrupt(path, f"journal mode {mode}")
    return sqlite_utils.Database(conn)


def open_workspace(path: str | Path, *, check_same_thread: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate a workspace file.

    A newer schema is refused untouched; a damaged file is reported with its path.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        found = stored_version(path)
        if found > LATEST_VERSION:  # before any connection: not one byte may change
            raise WorkspaceTooNew(str(path), found, LATEST_VERSION)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path, check_same_thread=check_same_thread)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            db.conn.close()
            raise WorkspaceTooNew(str(path), version, LATEST_VERSION)
        ok = _check(db, path)
        if ok != "ok":
            db.conn.close()
            raise WorkspaceCorrupt(str(path), ok)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        raise WorkspaceCorrupt(str(path), str(exc)) from exc
    return db


#: Up to this size a full ``PRAGMA quick_check`` runs on open. It reads every page, which
#: on a million-message workspace costs seconds before the window can show anything.
FULL_CHECK_MAX_BYTES = 16 * 2**20


def _check(db: sqlite_utils.Database, path: Path) -> str:
    """ "ok", or what is wrong. Large files get the cheap check: the schema must read back
    (a damaged header or schema page fails here); damage deeper in surfaces as an error
    when that page is read, which callers report like any other database error."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    if pages * page_size > FULL_CHECK_MAX_BYTES:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return "ok"
    return db.execute("PRAGMA quick_check").fetchone()[0]


def stored_version(path: str | Path) -> int:
    """The schema version (``PRAGMA user_version``) of the workspace at ``path``, read
    through a read-only SQLite connection opened only for that: nothing is written (no
    journal mode switch, no migration), the committed version is seen whether it is in the
    file or still in the WAL, and no lock of another connection in this process is dropped
    (see the module docstring). A file that is not an SQLite database: ``WorkspaceCorrupt``."""
    path = Path(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceCorrupt(str(path), str(exc)) from exc
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        detail = "not an SQLite database" if "not a database" in str(exc) else str(exc)
        raise WorkspaceCorrupt(str(path), detail) from exc
    finally:
        conn.close()
