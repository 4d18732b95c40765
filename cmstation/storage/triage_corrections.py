"""A person's correction of triage: another mood, or "not a complaint" (issue 10).

One row per message in ``triage_corrections`` (storage v6). Setting or clearing a
correction writes the message's shown sentiment and priority (and moves its state between
``new`` and ``needs_reply`` when it was in one of those two) in the same transaction, and
records a ``triage_corrected`` / ``triage_correction_cleared`` event. A trigger keeps the
correction's sentiment and priority on the message whatever later rewrites them, so a
sweep's upsert of the same message cannot undo it.

What the corrected verdict is (priority, needs a reply) is decided by
:func:`cmstation.listening.triage.apply_correction`; :func:`cmstation.listening.triage.correct`,
``clear`` and ``explain`` put the two together for callers (the window, ``cmstation triage``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.core.models import MessageState, Sentiment
from cmstation.storage import events
from cmstation.storage.tx import transaction

_COLUMNS = (
    "message_id, mood, not_complaint, sentiment, priority, machine_sentiment,"
    " machine_priority, corrected_at"
)
#: The states a correction may move (a person's done, ignored, replied or spam stay).
_OPEN_STATES = (MessageState.NEW, MessageState.NEEDS_REPLY)


@dataclass(frozen=True, slots=True)
class TriageCorrection:
    message_id: int
    #: the mood the person chose, or None when only "not a complaint" was said
    mood: Sentiment | None
    not_complaint: bool
    #: what the message shows with the correction applied
    sentiment: Sentiment
    priority: int
    #: what triage had said before the correction
    machine_sentiment: Sentiment
    machine_priority: int
    corrected_at: int


def _row(r) -> TriageCorrection:
    return TriageCorrection(
        message_id=r[0],
        mood=Sentiment(r[1]) if r[1] else None,
        not_complaint=bool(r[2]),
        sentiment=Sentiment(r[3]),
        priority=r[4],
        machine_sentiment=Sentiment(r[5]),
        machine_priority=r[6],
        corrected_at=r[7],
    )


def get_correction(db: sqlite_utils.Database, message_id: int) -> TriageCorrection | None:
    r = db.execute(
        f"SELECT {_COLUMNS} FROM triage_corrections WHERE message_id = ?", (message_id,)
    ).fetchone()
    return _row(r) if r else None


def get_corrections(
    db: sqlite_utils.Database, message_ids: Sequence[int]
) -> dict[int, TriageCorrection]:
    """Corrections of the given messages (those without one are absent)."""
    out: dict[int, TriageCorrection] = {}
    ids = list(message_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute(
            f"SELECT {_COLUMNS} FROM triage_corrections WHERE message_id IN ({marks})", chunk
        ):
            out[r[0]] = _row(r)
    return out


def corrected_ids(db: sqlite_utils.Database) -> list[int]:
    """Every message with a correction, oldest correction first."""
    return [r[0] for r in db.execute(
        "SELECT message_id FROM triage_corrections ORDER BY corrected_at, message_id"
    )]  # fmt: skip


def _message_state(db: sqlite_utils.Database, message_id: int) -> tuple[str, str, int] | None:
    return db.execute(
        "SELECT state, sentiment, priority FROM messages WHERE id = ?", (message_id,)
    ).fetchone()


def _move_state(
    db: sqlite_utils.Database, message_id: int, state: str, needs_reply: bool | None
) -> str:
    if needs_reply is None or MessageState(state) not in _OPEN_STATES:
        return state
    to = MessageState.NEEDS_REPLY if needs_reply else MessageState.NEW
    if str(to) != state:
        db.execute("UPDATE messages SET state = ? WHERE id = ?", (str(to), message_id))
    return str(to)


def set_correction(
    db: sqlite_utils.Database,
    message_id: int,
    *,
    mood: Sentiment | None,
    not_complaint: bool,
    sentiment: Sentiment,
    priority: int,
    machine_sentiment: Sentiment,
    machine_priority: int,
    needs_reply: bool | None = None,
    now: int | None = None,
) -> TriageCorrection:
    """Store a correction (replacing an earlier one) and show it on the message: its
    sentiment and priority, and its state when it was ``new`` or ``needs_reply`` (by
    ``needs_reply``; None leaves the state). One transaction; recorded in the event log."""
    at = seconds_now(now)
    with transaction(db):
        before = _message_state(db, message_id)
        if before is None:
            raise LookupError(f"no message {message_id}")
        db.execute(
            f"INSERT INTO triage_corrections ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (message_id) DO UPDATE SET mood = excluded.mood,"
            "  not_complaint = excluded.not_complaint, sentiment = excluded.sentiment,"
            "  priority = excluded.priority, machine_sentiment = excluded.machine_sentiment,"
            "  machine_priority = excluded.machine_priority,"
            "  corrected_at = excluded.corrected_at",
            (
                message_id,
                str(mood) if mood is not None else None,
                int(not_complaint),
                str(sentiment),
                int(priority),
                str(machine_sentiment),
                int(machine_priority),
                at,
            ),
        )
        moved = _show(db, message_id, before, sentiment, priority, needs_reply)
        events.record(
            db,
            "triage_corrected",
            message_id=message_id,
            at=at,
            detail={
                "mood": str(mood) if mood is not None else None,
                "not_complaint": bool(not_complaint),
                **moved,
                "machine": {"sentiment": str(machine_sentiment), "priority": machine_priority},
            },
        )
    return TriageCorrection(
        message_id, mood, bool(not_complaint), sentiment, int(priority), machine_sentiment,
        int(machine_priority), at,
    )  # fmt: skip


def _show(db, message_id: int, before, sentiment: Sentiment, priority: int, needs_reply):
    """Put ``sentiment`` and ``priority`` on the message (and move its state, see
    _move_state); the event log's "from" and "to" of that change."""
    db.execute(
        "UPDATE messages SET sentiment = ?, priority = ? WHERE id = ?",
        (str(sentiment), int(priority), message_id),
    )
    state = _move_state(db, message_id, before[0], needs_reply)
    return {
        "from": {"sentiment": before[1], "priority": before[2], "state": before[0]},
        "to": {"sentiment": str(sentiment), "priority": int(priority), "state": state},
    }


def clear_correction(
    db: sqlite_utils.Database,
    message_id: int,
    *,
    sentiment: Sentiment,
    priority: int,
    needs_reply: bool | None = None,
    now: int | None = None,
) -> TriageCorrection | None:
    """Remove a correction and show the machine's ``sentiment`` and ``priority`` again
    (the state as in :func:`set_correction`). Returns the correction that was removed, or
    None when there was none (nothing changes then)."""
    at = seconds_now(now)
    with transaction(db):
        old = get_correction(db, message_id)
        if old is None:
            return None
        before = _message_state(db, message_id)
        db.execute("DELETE FROM triage_corrections WHERE message_id = ?", (message_id,))
        moved = _show(db, message_id, before, sentiment, priority, needs_reply)
        events.record(
            db,
            "triage_correction_cleared",
            message_id=message_id,
            at=at,
            detail=moved,
        )
    return old
