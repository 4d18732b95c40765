"""Sweep bookkeeping: the sweep log, a channel's listening status and the in-progress claim.

The claim is a ``sweep_log`` row with ``status = 'running'``: taking it is one short
``BEGIN IMMEDIATE`` transaction, so two threads or two processes (the window's scheduler and
``cmstation sweep``) never sweep one channel at the same time. A claim older than
``stale_after`` seconds is taken to belong to a crashed sweep and is marked ``abandoned``.

``channels.status_detail`` holds a JSON-encoded :class:`cmstation.core.i18n.Text`
(``{"context", "source", "params"}``) so the window can translate it on display; read it
with :func:`channel_status`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from cmstation.core.i18n import Text
from cmstation.storage.tx import transaction

#: A running claim older than this (seconds) is taken to be a crashed sweep.
STALE_AFTER = 30 * 60


@dataclass(frozen=True, slots=True)
class ChannelStatus:
    channel_id: int
    status: str
    detail: Text
    status_at: int | None
    retry_at: int | None
    last_sweep_at: int | None
    #: what the latest finished sweep noted for the user (e.g. "no full-text search")
    notes: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """What the scheduler needs to decide whether a channel is due."""

    channel_id: int
    kind: str
    enabled: bool
    sweep_minutes: int
    status: str
    retry_at: int | None
    last_sweep_at: int | None


@dataclass(frozen=True, slots=True)
class SweepLogEntry:
    id: int
    channel_id: int
    started_at: int
    finished_at: int | None
    status: str
    new_items: int
    updated_items: int
    skipped_items: int
    requests: int
    detail: str


def text_to_json(text: Text) -> str:
    return text.to_json()


def text_from_json(raw: str) -> Text:
    return Text.from_json(raw, "ChannelStatus")


def try_begin(
    db: sqlite_utils.Database, channel_id: int, *, now: int, stale_after: int = STALE_AFTER
) -> int | None:
    """Claim the channel for a sweep; returns the sweep_log id, or None when one is running."""
    with transaction(db):
        db.execute(
            "UPDATE sweep_log SET status = 'abandoned', finished_at = ?"
            " WHERE channel_id = ? AND status = 'running' AND started_at < ?",
            (now, channel_id, now - stale_after),
        )
        busy = db.execute(
            "SELECT 1 FROM sweep_log WHERE channel_id = ? AND status = 'running' LIMIT 1",
            (channel_id,),
        ).fetchone()
        if busy:
            return None
        cur = db.execute(
            "INSERT INTO sweep_log (channel_id, started_at, status) VALUES (?, ?, 'running')",
            (channel_id, now),
        )
        return cur.lastrowid


def finish(
    db: sqlite_utils.Database,
    sweep_id: int,
    *,
    status: str,
    finished_at: int,
    new: int = 0,
    updated: int = 0,
    skipped: int = 0,
    requests: int = 0,
    detail: str = "",
) -> None:
    db.execute(
        "UPDATE sweep_log SET status = ?, finished_at = ?, new_items = ?, updated_items = ?,"
        " skipped_items = ?, requests = ?, detail = ? WHERE id = ?",
        (status, finished_at, new, updated, skipped, requests, detail, sweep_id),
    )


def recent_sweeps(
    db: sqlite_utils.Database, channel_id: int, limit: int = 20
) -> list[SweepLogEntry]:
    return [
        SweepLogEntry(*r)
        for r in db.execute(
            "SELECT id, channel_id, started_at, finished_at, status, new_items, updated_items,"
            " skipped_items, requests, detail FROM sweep_log WHERE channel_id = ?"
            " ORDER BY started_at DESC, id DESC LIMIT ?",
            (channel_id, limit),
        )
    ]


def consecutive(db: sqlite_utils.Database, channel_id: int, status: str, limit: int = 20) -> int:
    """How many of the latest finished sweeps in a row ended with ``status``."""
    n = 0
    for (s,) in db.execute(
        "SELECT status FROM sweep_log WHERE channel_id = ? AND status NOT IN ('running', 'busy')"
        " ORDER BY started_at DESC, id DESC LIMIT ?",
        (channel_id, limit),
    ):
        if s != status:
            break
        n += 1
    return n


def set_status(
    db: sqlite_utils.Database,
    channel_id: int,
    status: str,
    detail: Text,
    *,
    at: int,
    retry_at: int | None = None,
    last_sweep_at: int | None = None,
) -> None:
    """Record the outcome of a sweep (or of a set-up step) on the channel row."""
    if last_sweep_at is None:
        db.execute(
            "UPDATE channels SET status = ?, status_detail = ?, status_at = ?, retry_at = ?"
            " WHERE id = ?",
            (status, text_to_json(detail), at, retry_at, channel_id),
        )
    else:
        db.execute(
            "UPDATE channels SET status = ?, status_detail = ?, status_at = ?, retry_at = ?,"
            " last_sweep_at = ? WHERE id = ?",
            (status, text_to_json(detail), at, retry_at, last_sweep_at, channel_id),
        )


def channel_status(db: sqlite_utils.Database, channel_id: int) -> ChannelStatus | None:
    r = db.execute(
        "SELECT id, status, status_detail, status_at, retry_at, last_sweep_at FROM channels"
        " WHERE id = ?",
        (channel_id,),
    ).fetchone()
    if r is None:
        return None
    return ChannelStatus(
        r[0], r[1], text_from_json(r[2]), r[3], r[4], r[5], last_notes(db, channel_id)
    )


def last_notes(db: sqlite_utils.Database, channel_id: int) -> tuple[Text, ...]:
    """The notes of the channel's latest finished sweep, each once, in order."""
    row = db.execute(
        "SELECT detail FROM sweep_log WHERE channel_id = ? AND status != 'running'"
        " ORDER BY started_at DESC, id DESC LIMIT 1",
        (channel_id,),
    ).fetchone()
    if row is None or not row[0]:
        return ()
    try:
        notes = [Text.from_dict(n, "channels") for n in json.loads(row[0]).get("notes") or []]
    except (ValueError, TypeError, KeyError, AttributeError):
        return ()  # an unreadable log entry only loses its notes
    return tuple({n.to_json(): n for n in notes}.values())


def schedule_rows(db: sqlite_utils.Database) -> list[ScheduleRow]:
    return [
        ScheduleRow(r[0], r[1], bool(r[2]), r[3], r[4], r[5], r[6])
        for r in db.execute(
            "SELECT id, kind, enabled, sweep_minutes, status, retry_at, last_sweep_at"
            " FROM channels ORDER BY id"
        )
    ]


def known_parents(
    db: sqlite_utils.Database, channel_id: int, remote_ids: list[str]
) -> dict[str, str]:
    """remote id -> thread_root_id for the stored messages among ``remote_ids``."""
    out: dict[str, str] = {}
    for i in range(0, len(remote_ids), 500):
        chunk = remote_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for rid, root in db.execute(
            f"SELECT remote_id, thread_root_id FROM messages WHERE channel_id = ?"
            f" AND remote_id IN ({marks})",
            [channel_id, *chunk],
        ):
            out[rid] = root
    return out


def mark_answered_by_own_replies(
    db: sqlite_utils.Database, channel_id: int, replies: list[tuple[str, int]]
) -> int:
    """Our own replies seen on the network (parent remote id, reply time) mark the parent
    replied (with the earliest reply time) when it was still new or waiting for a reply.
    Each change is logged as a ``state_changed`` event. Returns how many changed."""
    changed = 0
    with transaction(db):
        for parent_rid, at in replies:
            row = db.execute(
                "SELECT id, state, replied_at FROM messages WHERE channel_id = ? AND remote_id = ?",
                (channel_id, parent_rid),
            ).fetchone()
            if row is None:
                continue
            mid, state, replied_at = row
            if replied_at is None or at < replied_at:
                db.execute("UPDATE messages SET replied_at = ? WHERE id = ?", (at, mid))
            if state in ("new", "needs_reply"):
                db.execute("UPDATE messages SET state = 'replied' WHERE id = ?", (mid,))
                db.execute(
                    "INSERT INTO events (at, kind, channel_id, message_id, detail)"
                    " VALUES (?, 'state_changed', ?, ?, ?)",
                    (
                        at,
                        channel_id,
                        mid,
                        json.dumps({"from": state, "to": "replied", "by": "own_reply"}),
                    ),
                )
                changed += 1
    return changed
