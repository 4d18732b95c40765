"""Noticing what other connections (other processes included) committed.

``PRAGMA data_version`` on a connection changes whenever *another* connection commits to the
same file, in this process or any other; it costs no I/O beyond SQLite's shared-memory index.
The window polls it on its own connection to refresh what it shows after ``cmstation
listen`` or a command changed the workspace.
"""

from __future__ import annotations

import logging
import sqlite3

import sqlite_utils

log = logging.getLogger(__name__)


def data_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def channel_fingerprint(db: sqlite_utils.Database) -> tuple:
    """What the navigation lists (channels and saved searches, their names and switches):
    the window rebuilds its navigation only when this changed."""
    chans = db.execute("SELECT id, name, enabled FROM channels ORDER BY id").fetchall()
    searches = db.execute(
        "SELECT id, name, channel_id, listen FROM saved_searches ORDER BY id"
    ).fetchall()
    return (tuple(chans), tuple(searches))


def poll(db: sqlite_utils.Database, seen: int) -> tuple[int, tuple] | None:
    """``(data_version, channel_fingerprint)`` when another connection committed since
    ``seen`` (a data_version), else None; None too when the file is busy or unreadable for
    a moment (the next poll tries again)."""
    try:
        version = data_version(db)
        if version == seen:
            return None
        return version, channel_fingerprint(db)
    except sqlite3.Error as exc:
        log.warning("cannot check the workspace for changes: %s", exc)
        return None
