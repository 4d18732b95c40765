"""Channels: the few accounts and feeds this workspace listens to."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.core.models import Channel, ChannelKind

_COLS = "id, kind, name, url, account, post_limit, sweep_minutes, enabled, created_at"


def _row(r) -> Channel:
    return Channel(
        id=r[0],
        kind=ChannelKind(r[1]),
        name=r[2],
        url=r[3],
        account=r[4],
        post_limit=r[5],
        sweep_minutes=r[6],
        enabled=bool(r[7]),
        created_at=r[8],
    )


def add_channel(db: sqlite_utils.Database, ch: Channel, *, now: int | None = None) -> int:
    cur = db.execute(
        "INSERT INTO channels (kind, name, url, account, post_limit, sweep_minutes, enabled,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(ch.kind),
            ch.name,
            ch.url,
            ch.account,
            ch.post_limit,
            ch.sweep_minutes,
            int(ch.enabled),
            seconds_now(now),
        ),
    )
    return cur.lastrowid


def list_channels(db: sqlite_utils.Database) -> list[Channel]:
    return [_row(r) for r in db.execute(f"SELECT {_COLS} FROM channels ORDER BY id")]


def get_channel(db: sqlite_utils.Database, channel_id: int) -> Channel | None:
    r = db.execute(f"SELECT {_COLS} FROM channels WHERE id = ?", (channel_id,)).fetchone()
    return _row(r) if r else None


def remove_channel(db: sqlite_utils.Database, channel_id: int) -> None:
    db.execute("DELETE FROM channels WHERE id = ?", (channel_id,))


def update_channel(db: sqlite_utils.Database, channel_id: int, **fields: Any) -> None:
    allowed = {"name", "url", "account", "post_limit", "sweep_minutes", "enabled"}
    bad = set(fields) - allowed
    if bad:
        raise ValueError(f"unknown channel fields: {sorted(bad)}")
    if not fields:
        return
    sets = ", ".join(f"{k} = ?" for k in fields)
    db.execute(f"UPDATE channels SET {sets} WHERE id = ?", [*fields.values(), channel_id])


def cursor_state(db: sqlite_utils.Database, channel_id: int) -> dict[str, Any]:
    r = db.execute("SELECT cursor_state FROM channels WHERE id = ?", (channel_id,)).fetchone()
    return json.loads(r[0]) if r else {}


def save_cursor_state(db: sqlite_utils.Database, channel_id: int, state: dict[str, Any]) -> None:
    db.execute("UPDATE channels SET cursor_state = ? WHERE id = ?", (json.dumps(state), channel_id))
