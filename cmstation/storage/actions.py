"""The action queue: likes, boosts, mutes, blocks, reports, hidden replies, detached quotes.

Like the outbox, an action is queued first (so it works offline) and sent by the one
process that owns the workspace (storage.workspace_owner). Its key is chosen once, when it
is queued: a Bluesky record key, so a retry writes the same record. Every step is in the
event log (``action_queued``, ``action_done``); the conversation shows them.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from cmstation.core.actions import Action, ActionKind, ActionState
from cmstation.core.clock import seconds_now
from cmstation.core.i18n import Text
from cmstation.storage import events
from cmstation.storage.tx import transaction

_COLS = (
    "id, message_id, channel_id, kind, undo, key, state, reason, attempts, not_before,"
    " queued_at, done_at, remote_ref, detail"
)


def _row(r) -> Action:
    return Action(
        id=r[0],
        message_id=r[1],
        channel_id=r[2],
        kind=ActionKind(r[3]),
        undo=bool(r[4]),
        key=r[5],
        state=ActionState(r[6]),
        reason=Text.from_json(r[7], "Actions") if r[7] else Text("Actions", ""),
        attempts=r[8],
        not_before=r[9],
        queued_at=r[10],
        done_at=r[11],
        remote_ref=r[12],
        detail=json.loads(r[13] or "{}"),
    )


def _reason(reason: Text | str) -> str:
    return (reason if isinstance(reason, Text) else Text("Actions", reason)).to_json()


def queue(
    db: sqlite_utils.Database,
    *,
    message_id: int,
    channel_id: int,
    kind: ActionKind,
    key: str,
    undo: bool = False,
    detail: dict[str, Any] | None = None,
    now: float | None = None,
) -> int | None:
    """Queue an action; returns its id, or None when it cancelled a queued opposite one
    instead (a like and its undo before either was sent: nothing needs to go).

    An undo carries what it takes back: ``detail["undoes"]`` is the remote reference of the
    last action of the same kind that was done (the like record to delete)."""
    at = seconds_now(now)
    detail = dict(detail or {})
    with transaction(db):
        pending = db.execute(
            "SELECT id FROM actions WHERE message_id = ? AND kind = ? AND undo = ?"
            " AND state IN ('queued','held') ORDER BY id DESC LIMIT 1",
            (message_id, str(kind), int(not undo)),
        ).fetchone()
        if pending is not None:
            db.execute("UPDATE actions SET state = 'cancelled' WHERE id = ?", (pending[0],))
            events.record(
                db,
                "action_cancelled",
                channel_id=channel_id,
                message_id=message_id,
                at=at,
                detail={"action_id": pending[0], "kind": str(kind), "undo": not undo},
            )
            return None
        if undo:
            last = latest_done(db, message_id, kind)
            if last is not None and not last.undo:
                detail.setdefault("undoes", last.remote_ref)
                detail.setdefault("undoes_key", last.key)
        cur = db.execute(
            "INSERT INTO actions (message_id, channel_id, kind, undo, key, state, queued_at,"
            " detail) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)",
            (message_id, channel_id, str(kind), int(undo), key, at, json.dumps(detail)),
        )
        events.record(
            db,
            "action_queued",
            channel_id=channel_id,
            message_id=message_id,
            at=at,
            detail={"action_id": cur.lastrowid, "kind": str(kind), "undo": undo},
        )
    return cur.lastrowid


def get(db: sqlite_utils.Database, action_id: int) -> Action | None:
    r = db.execute(f"SELECT {_COLS} FROM actions WHERE id = ?", (action_id,)).fetchone()
    return _row(r) if r else None


def for_message(db: sqlite_utils.Database, message_id: int) -> list[Action]:
    """Every action on a message that was not cancelled, oldest first."""
    return [
        _row(r)
        for r in db.execute(
            f"SELECT {_COLS} FROM actions WHERE message_id = ? AND state != 'cancelled'"
            " ORDER BY id",
            (message_id,),
        )
    ]


def for_messages(db: sqlite_utils.Database, message_ids: list[int]) -> dict[int, list[Action]]:
    out: dict[int, list[Action]] = {}
    for i in range(0, len(message_ids), 500):
        chunk = list(message_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for r in db.execute(
            f"SELECT {_COLS} FROM actions WHERE message_id IN ({marks})"
            " AND state != 'cancelled' ORDER BY id",
            chunk,
        ):
            a = _row(r)
            out.setdefault(a.message_id, []).append(a)
    return out


def latest_done(db: sqlite_utils.Database, message_id: int, kind: ActionKind) -> Action | None:
    r = db.execute(
        f"SELECT {_COLS} FROM actions WHERE message_id = ? AND kind = ? AND state = 'done'"
        " ORDER BY done_at DESC, id DESC LIMIT 1",
        (message_id, str(kind)),
    ).fetchone()
    return _row(r) if r else None


def is_on(db: sqlite_utils.Database, message_id: int, kind: ActionKind) -> bool:
    """Whether the action stands (or is on its way): the latest one of the kind that was not
    cancelled is not an undo."""
    r = db.execute(
        "SELECT undo FROM actions WHERE message_id = ? AND kind = ? AND state != 'cancelled'"
        " ORDER BY id DESC LIMIT 1",
        (message_id, str(kind)),
    ).fetchone()
    return r is not None and not r[0]


def waiting(db: sqlite_utils.Database) -> list[Action]:
    """Actions not done yet (queued, sending, held), oldest first."""
    return [
        _row(r)
        for r in db.execute(
            f"SELECT {_COLS} FROM actions WHERE state IN ('queued','sending','held')"
            " ORDER BY queued_at, id"
        )
    ]


def claim_next(
    db: sqlite_utils.Database, *, now: float | None = None, channel_ids: set[int] | None = None
) -> Action | None:
    """Take the oldest action that may go now and mark it ``sending`` with the claim time.
    One found in ``sending`` (a crash mid-send) comes first with ``detail["_resumed"]``."""
    at = seconds_now(now)
    with transaction(db):
        rows = db.execute(
            f"SELECT {_COLS} FROM actions WHERE state IN ('sending','queued')"
            " AND (not_before IS NULL OR not_before <= ?)"
            " ORDER BY state = 'sending' DESC, queued_at, id",
            (at,),
        ).fetchall()
        for r in rows:
            action = _row(r)
            if channel_ids is not None and action.channel_id not in channel_ids:
                continue
            db.execute(
                "UPDATE actions SET state = 'sending', attempts = attempts + 1,"
                " detail = json_set(detail, '$._claimed_at', ?) WHERE id = ?",
                (at, action.id),
            )
            action.attempts += 1
            action.detail["_resumed"] = action.state == ActionState.SENDING
            action.detail["_claimed_at"] = at
            action.state = ActionState.SENDING
            return action
    return None


def mark_done(
    db: sqlite_utils.Database, action: Action, *, remote_ref: str = "", now: float | None = None
) -> None:
    """The network took it: once (an action already done stays as it was)."""
    at = seconds_now(now)
    with transaction(db):
        cur = db.execute(
            "UPDATE actions SET state = 'done', done_at = ?, remote_ref = ?, reason = ''"
            " WHERE id = ? AND state != 'done'",
            (at, remote_ref, action.id),
        )
        if cur.rowcount == 0:
            return
        events.record(
            db,
            "action_done",
            channel_id=action.channel_id,
            message_id=action.message_id,
            at=at,
            detail={
                "action_id": action.id,
                "kind": str(action.kind),
                "undo": action.undo,
                "remote_ref": remote_ref,
            },
        )


def requeue(
    db: sqlite_utils.Database, action_id: int, *, not_before: int | None, reason: Text | str
) -> None:
    db.execute(
        "UPDATE actions SET state = 'queued', not_before = ?, reason = ? WHERE id = ?"
        " AND state != 'done'",
        (not_before, _reason(reason), action_id),
    )


def hold(db: sqlite_utils.Database, action_id: int, reason: Text | str) -> None:
    db.execute(
        "UPDATE actions SET state = 'held', reason = ? WHERE id = ? AND state != 'done'",
        (_reason(reason), action_id),
    )


def release(db: sqlite_utils.Database, action_id: int) -> bool:
    """The user says a held action may go again."""
    cur = db.execute(
        "UPDATE actions SET state = 'queued', reason = '', not_before = NULL,"
        " detail = json_set(detail, '$.released', 1) WHERE id = ? AND state = 'held'",
        (action_id,),
    )
    return cur.rowcount == 1


def cancel(db: sqlite_utils.Database, action_id: int) -> bool:
    cur = db.execute(
        "UPDATE actions SET state = 'cancelled' WHERE id = ? AND state IN ('queued','held')",
        (action_id,),
    )
    return cur.rowcount == 1
