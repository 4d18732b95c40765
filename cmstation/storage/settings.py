"""Non-secret settings kept in the workspace (language, notifications...)."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils


def get(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    r = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(r[0]) if r else default


def workspace_id(db: sqlite_utils.Database) -> str:
    """This workspace's random, permanent id (made on first use): the scope of its secrets."""
    value = get(db, "workspace_id")
    if not value:
        import uuid

        db.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES ('workspace_id', ?)",
            (json.dumps(uuid.uuid4().hex),),
        )
        value = get(db, "workspace_id")
    return str(value)


def workspace_id_at(path) -> str:
    """``workspace_id`` of the workspace file at ``path`` (a short connection of its own)."""
    from cmstation.storage.connection import open_workspace

    db = open_workspace(path)
    try:
        return workspace_id(db)
    finally:
        db.conn.close()


def put(db: sqlite_utils.Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)),
    )


#: Set in the sample workspace (cmstation.sample): its channels are made up.
SAMPLE_KEY = "sample_workspace"


def is_sample(db: sqlite_utils.Database) -> bool:
    """Whether this is the made-up sample workspace (its channels cannot send)."""
    return bool(get(db, SAMPLE_KEY, False))


def mark_sample(db: sqlite_utils.Database) -> None:
    put(db, SAMPLE_KEY, True)
