"""Undoable changes to many messages at once: a rule pass or a bulk action is one change set
(its id is the undo token); each thing it did to one message is an effect row, and an event.

The appliers here are set-based: one statement per batch of ids (``BATCH`` at most), so a
bulk action on 100,000 messages is a few hundred statements, one short transaction per batch.
Undo walks a set's effects newest first and puts back what each changed, unless the message
has been changed again since (then that effect is left alone and counted as skipped).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.storage.tx import transaction

#: ids per statement and per transaction
BATCH = 500

STATE, PRIORITY, LABEL, UNLABEL, SNOOZE, NOTIFY = (
    "state",
    "priority",
    "label",
    "unlabel",
    "snooze",
    "notify",
)


@dataclass(frozen=True, slots=True)
class ChangeResult:
    #: the undo token (a change set's id); None when nothing was asked
    token: int | None
    #: messages actually changed (one that already had the value is not)
    changed: int
    #: messages asked about (that exist)
    matched: int = 0


@dataclass(frozen=True, slots=True)
class UndoResult:
    token: int
    restored: int
    #: effects left alone because the message changed again since
    skipped: int
    already_undone: bool = False


@dataclass(frozen=True, slots=True)
class ChangeSet:
    id: int
    origin: str
    at: int
    detail: dict
    effects: int
    undone_at: int | None


def chunks(ids: Sequence[int], size: int = BATCH) -> Iterator[list[int]]:
    seen = list(dict.fromkeys(int(i) for i in ids))
    for i in range(0, len(seen), size):
        yield seen[i : i + size]


def begin(db: sqlite_utils.Database, origin: str, detail: dict | None = None, *, at: int) -> int:
    return db.execute(
        "INSERT INTO change_sets (origin, at, detail) VALUES (?, ?, ?)",
        (origin, at, json.dumps(detail or {}, ensure_ascii=False)),
    ).lastrowid


def _event_kind(rule: str, action: str) -> str:
    if rule:
        return "rule_action"
    return {
        STATE: "state_changed",
        PRIORITY: "priority_changed",
        LABEL: "label_added",
        UNLABEL: "label_removed",
        SNOOZE: "snoozed",
        NOTIFY: "notified",
    }[action]


def _effects_and_events(
    db,
    set_id: int,
    rule: str,
    action: str,
    select_before: str,
    after,
    chunk: list[int],
    where: str,
    params: list,
    at: int,
) -> None:
    """Record (effect + event) for each message of ``chunk`` that ``where`` keeps."""
    marks = ",".join("?" * len(chunk))
    db.execute(
        "INSERT INTO change_effects (set_id, message_id, rule, action, before, after)"
        f" SELECT ?, m.id, ?, ?, {select_before}, ? FROM messages m"
        f" WHERE m.id IN ({marks}){where}",
        [set_id, rule, action, after, *chunk, *params],
    )
    db.execute(
        "INSERT INTO events (at, kind, channel_id, message_id, detail)"
        " SELECT ?, ?, m.channel_id, m.id, json_object('rule', ?, 'action', ?, 'from',"
        f" {select_before}, 'to', ?, 'set', ?) FROM messages m WHERE m.id IN ({marks}){where}",
        [at, _event_kind(rule, action), rule, action, after, set_id, *chunk, *params],
    )


def apply_state(db, set_id: int, chunk: list[int], state: str, *, at: int, rule: str = "") -> int:
    """Within a transaction: the messages of ``chunk`` get ``state`` (and count as read)."""
    where = " AND m.state IS NOT ?"
    _effects_and_events(db, set_id, rule, STATE, "m.state", state, chunk, where, [state], at)
    marks = ",".join("?" * len(chunk))
    return db.execute(
        f"UPDATE messages SET state = ?, read = 1 WHERE id IN ({marks}) AND state IS NOT ?",
        [state, *chunk, state],
    ).rowcount


def apply_priority(
    db,
    set_id: int,
    chunk: list[int],
    priority: int,
    *,
    at: int,
    rule: str = "",
    raise_only: bool = False,
) -> int:
    """The messages of ``chunk`` get ``priority`` (``raise_only``: only those below it)."""
    where = " AND m.priority < ?" if raise_only else " AND m.priority IS NOT ?"
    _effects_and_events(
        db, set_id, rule, PRIORITY, "m.priority", priority, chunk, where, [priority], at
    )
    marks = ",".join("?" * len(chunk))
    cond = "priority < ?" if raise_only else "priority IS NOT ?"
    return db.execute(
        f"UPDATE messages SET priority = ? WHERE id IN ({marks}) AND {cond}",
        [priority, *chunk, priority],
    ).rowcount


def apply_label(
    db,
    set_id: int,
    chunk: list[int],
    label_id: int,
    *,
    at: int,
    rule: str = "",
    remove: bool = False,
) -> int:
    """The messages of ``chunk`` get (or lose, ``remove``) the label."""
    has = "EXISTS (SELECT 1 FROM message_labels x WHERE x.message_id = m.id AND x.label_id = ?)"
    where = f" AND {'' if remove else 'NOT '}{has}"
    action = UNLABEL if remove else LABEL
    before = f"'{label_id}'" if remove else "NULL"
    after = None if remove else str(label_id)
    _effects_and_events(db, set_id, rule, action, before, after, chunk, where, [label_id], at)
    marks = ",".join("?" * len(chunk))
    if remove:
        return db.execute(
            f"DELETE FROM message_labels WHERE label_id = ? AND message_id IN ({marks})",
            [label_id, *chunk],
        ).rowcount
    return db.execute(
        "INSERT OR IGNORE INTO message_labels (message_id, label_id, added_at)"
        f" SELECT id, ?, ? FROM messages WHERE id IN ({marks})",
        [label_id, at, *chunk],
    ).rowcount


def apply_notify(db, set_id: int, chunk: list[int], *, at: int, rule: str = "") -> int:
    """Only recorded (the window or ``listen`` shows the notification); undo has nothing to do."""
    _effects_and_events(db, set_id, rule, NOTIFY, "NULL", "1", chunk, "", [], at)
    return len(chunk)


def record_snoozes(db, set_id: int, chunk: list[int], until: int, *, at: int) -> None:
    """Effects for snoozes just written (storage/snoozes.py writes the rows)."""
    _effects_and_events(db, set_id, "", SNOOZE, "NULL", str(until), chunk, "", [], at)


def undo(db: sqlite_utils.Database, token: int, *, now: int | None = None) -> UndoResult | None:
    """Put back what change set ``token`` did (None when there is no such set)."""
    at = seconds_now(now)
    restored = skipped = 0
    with transaction(db):
        row = db.execute("SELECT undone_at FROM change_sets WHERE id = ?", (token,)).fetchone()
        if row is None:
            return None
        if row[0] is not None:
            return UndoResult(token, 0, 0, already_undone=True)
        effects = db.execute(
            "SELECT message_id, rule, action, before, after FROM change_effects"
            " WHERE set_id = ? ORDER BY id DESC",
            (token,),
        ).fetchall()
        events_rows = []
        for mid, rule, action, before, after in effects:
            n = _undo_one(db, mid, action, before, after)
            if n:
                restored += 1
                events_rows.append(
                    (
                        at,
                        mid,
                        json.dumps(
                            {"set": token, "rule": rule, "action": action, "to": before},
                            ensure_ascii=False,
                        ),
                        mid,
                    )
                )
            elif action != NOTIFY:
                skipped += 1
        db.conn.executemany(
            "INSERT INTO events (at, kind, channel_id, message_id, detail)"
            " SELECT ?, 'change_undone', channel_id, ?, ? FROM messages WHERE id = ?",
            events_rows,
        )
        db.execute("UPDATE change_sets SET undone_at = ? WHERE id = ?", (at, token))
    return UndoResult(token, restored, skipped)


def _undo_one(db, mid: int, action: str, before, after) -> int:
    if action == STATE:
        sql, params = (
            "UPDATE messages SET state = ? WHERE id = ? AND state = ?",
            (before, mid, after),
        )
    elif action == PRIORITY:
        sql = "UPDATE messages SET priority = ? WHERE id = ? AND priority = ?"
        params = (int(before), mid, int(after))
    elif action == LABEL:
        sql = "DELETE FROM message_labels WHERE message_id = ? AND label_id = ?"
        params = (mid, int(after))
    elif action == UNLABEL:
        sql = (
            "INSERT OR IGNORE INTO message_labels (message_id, label_id, added_at)"
            " SELECT ?, id, 0 FROM labels WHERE id = ?"
        )
        params = (mid, int(before))
    elif action == SNOOZE:
        sql = "DELETE FROM snoozes WHERE message_id = ? AND woke_at IS NULL AND until = ?"
        params = (mid, int(after))
    else:
        return 0
    return db.execute(sql, params).rowcount


def get_change_set(db: sqlite_utils.Database, token: int) -> ChangeSet | None:
    r = db.execute(
        "SELECT s.id, s.origin, s.at, s.detail, s.undone_at,"
        " (SELECT count(*) FROM change_effects e WHERE e.set_id = s.id)"
        " FROM change_sets s WHERE s.id = ?",
        (token,),
    ).fetchone()
    if r is None:
        return None
    return ChangeSet(r[0], r[1], r[2], json.loads(r[3]), r[5], r[4])


def effects_of(db: sqlite_utils.Database, token: int) -> list[dict]:
    """What a change set did, in order: message id, rule, action, before, after."""
    return [
        {"message_id": r[0], "rule": r[1], "action": r[2], "before": r[3], "after": r[4]}
        for r in db.execute(
            "SELECT message_id, rule, action, before, after FROM change_effects"
            " WHERE set_id = ? ORDER BY id",
            (token,),
        )
    ]
