"""Snoozes: "remind me at ..." takes a message out of every list until a time; then it comes
back as needs-reply, at the top of the list, with the note.

Decided from stored state, like sweeps: :func:`wake_due` wakes whatever is due at ``now``
(after a restart, or a laptop's sleep, the first call catches up), so nothing depends on a
timer having fired. The window calls it on a timer (:func:`next_wake` says when), ``listen``
and every sweep call it, and so does ``cmstation inbox``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.core.models import MessageState
from cmstation.core.snooze import WOKEN_PRIORITY
from cmstation.storage import change_sets, events
from cmstation.storage.bulk import Progress, run_in_batches
from cmstation.storage.change_sets import BATCH, ChangeResult
from cmstation.storage.tx import transaction

#: States a woken message is brought back from (others mean someone handled it meanwhile).
_OPEN = (str(MessageState.NEW), str(MessageState.NEEDS_REPLY))


@dataclass(frozen=True, slots=True)
class Snooze:
    message_id: int
    until: int
    note: str
    previous_state: str
    snoozed_at: int
    #: when it came back (None while it sleeps)
    woke_at: int | None = None


_COLS = "message_id, until, note, previous_state, snoozed_at, woke_at"


def snooze_messages(
    db: sqlite_utils.Database,
    ids: Sequence[int],
    until: int,
    note: str = "",
    *,
    now: int | None = None,
    batch: int = BATCH,
    on_progress: Progress | None = None,
) -> ChangeResult:
    """Hide messages until ``until`` (a snooze again replaces the earlier one); the token
    undoes the whole (change_sets.undo)."""

    def step(token: int, chunk: list[int], at: int) -> int:
        marks = ",".join("?" * len(chunk))
        n = db.execute(
            "INSERT OR REPLACE INTO snoozes"
            " (message_id, until, note, previous_state, previous_priority, snoozed_at)"
            f" SELECT id, ?, ?, state, priority, ? FROM messages WHERE id IN ({marks})",
            [int(until), note or "", at, *chunk],
        ).rowcount
        change_sets.record_snoozes(db, token, chunk, int(until), at=at)
        return n

    detail = {"action": "snooze", "until": int(until), "note": note or ""}
    return run_in_batches(
        db, "bulk", detail, ids, step, now=now, batch=batch, on_progress=on_progress
    )


def unsnooze(db: sqlite_utils.Database, ids: Sequence[int], *, now: int | None = None) -> int:
    """Bring messages back now, as they were (no needs-reply, no move to the top)."""
    n = 0
    with transaction(db):
        for chunk in change_sets.chunks(ids):
            marks = ",".join("?" * len(chunk))
            n += db.execute(
                f"DELETE FROM snoozes WHERE woke_at IS NULL AND message_id IN ({marks})", chunk
            ).rowcount
        if n:
            events.record(db, "unsnoozed", detail={"count": n}, at=now)
    return n


def wake_due(db: sqlite_utils.Database, *, now: int | float | None = None) -> list[int]:
    """Wake every snooze whose time has come: the message is needs-reply again (unless it was
    handled meanwhile) and at the top; returns the ids woken."""
    at = seconds_now(now)
    if (
        db.execute(
            "SELECT 1 FROM snoozes WHERE woke_at IS NULL AND until <= ? LIMIT 1", (at,)
        ).fetchone()
        is None
    ):
        return []
    with transaction(db):
        due = db.execute(
            "SELECT s.message_id, s.note, s.until FROM snoozes s"
            " WHERE s.woke_at IS NULL AND s.until <= ? ORDER BY s.until",
            (at,),
        ).fetchall()
        ids = [r[0] for r in due]
        for chunk in change_sets.chunks(ids):
            marks = ",".join("?" * len(chunk))
            db.execute(
                "UPDATE messages SET state = ?, priority = ?, read = 0"
                f" WHERE id IN ({marks}) AND state IN (?, ?)",
                [str(MessageState.NEEDS_REPLY), WOKEN_PRIORITY, *chunk, *_OPEN],
            )
            db.execute(
                f"UPDATE snoozes SET woke_at = ? WHERE message_id IN ({marks})", [at, *chunk]
            )
        for mid, note, until in due:
            events.record(
                db, "snooze_woke", message_id=mid, detail={"note": note, "until": until}, at=at
            )
    return ids


def snooze_of(db: sqlite_utils.Database, message_id: int) -> Snooze | None:
    """The message's snooze (sleeping or woken: a woken one shows its note)."""
    r = db.execute(f"SELECT {_COLS} FROM snoozes WHERE message_id = ?", (message_id,)).fetchone()
    return Snooze(*r) if r else None


def list_snoozed(db: sqlite_utils.Database) -> list[Snooze]:
    """The sleeping snoozes, soonest first."""
    return [
        Snooze(*r)
        for r in db.execute(
            f"SELECT {_COLS} FROM snoozes WHERE woke_at IS NULL ORDER BY until, message_id"
        )
    ]


def next_wake(db: sqlite_utils.Database) -> int | None:
    """When the next sleeping snooze is due (for a timer); None when none sleeps."""
    r = db.execute("SELECT min(until) FROM snoozes WHERE woke_at IS NULL").fetchone()
    return r[0] if r else None


def forget_woken(db: sqlite_utils.Database, message_id: int) -> None:
    """Drop a woken snooze's note (once the message is handled)."""
    db.execute("DELETE FROM snoozes WHERE message_id = ? AND woke_at IS NOT NULL", (message_id,))
