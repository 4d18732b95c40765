"""The event log: what happened, when (state changes, overrides, sends). Never secrets."""

from __future__ import annotations

import json
import time
from typing import Any

import sqlite_utils


def record(
    db: sqlite_utils.Database,
    kind: str,
    *,
    channel_id: int | None = None,
    message_id: int | None = None,
    detail: dict[str, Any] | None = None,
    at: int | None = None,
) -> int:
    cur = db.execute(
        "INSERT INTO events (at, kind, channel_id, message_id, detail) VALUES (?, ?, ?, ?, ?)",
        (
            int(at if at is not None else time.time()),
            kind,
            channel_id,
            message_id,
            json.dumps(detail or {}, ensure_ascii=False),
        ),
    )
    return cur.lastrowid


def recent(db: sqlite_utils.Database, kind: str | None = None, limit: int = 100) -> list[dict]:
    sql = "SELECT id, at, kind, channel_id, message_id, detail FROM events"
    params: list = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [
        {
            "id": r[0],
            "at": r[1],
            "kind": r[2],
            "channel_id": r[3],
            "message_id": r[4],
            "detail": json.loads(r[5]),
        }
        for r in db.execute(sql, params)
    ]
