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
    """The distinct ids in ascending order, ``size`` at a time: neighbouring ids share
    pages (of the table and of the time-ordered indexes), so a batch of sorted ids writes
    a few pages where a random one writes hundreds (10x faster at a million messages)."""
    seen = sorted({int(i) for i in ids})
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
    """Within a transaction: the messages of ``chunk`` get ``state``. Marked by a person
    (no ``rule``) they count as read, as ``e`` and ``i`` do; a rule leaves them unread."""
    where = " AND m.state IS NOT ?"
    _effects_and_events(db, set_id, rule, STATE, "m.state", state, chunk, where, [state], at)
    marks = ",".join("?" * len(chunk))
    read = "" if rule else ", read = 1"
    return db.execute(
        f"UPDATE messages SET state = ?{read} WHERE id IN ({marks}) AND state IS NOT ?",
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
    """Put back what change set ``token`` did (None when there is no such set), set-based,
    one short transaction per batch of neighbouring messages, as it was done: the newest
    effect on each (message, what) first, in layers."""
    at = seconds_now(now)
    row = db.execute("SELECT undone_at FROM change_sets WHERE id = ?", (token,)).fetchone()
    if row is None:
        return None
    if row[0] is not None:
        return UndoResult(token, 0, 0, already_undone=True)
    layers: list[dict[str, list[tuple[int, int]]]] = []
    depth: dict[tuple, int] = {}
    total = 0
    for eid, mid, action, before, after in db.execute(
        "SELECT id, message_id, action, before, after FROM change_effects"
        " WHERE set_id = ? AND action != ? ORDER BY id DESC",
        (token, NOTIFY),
    ).fetchall():
        what = (
            ("label", before if action == UNLABEL else after)
            if action in (LABEL, UNLABEL)
            else action
        )
        level = depth.get((mid, what), 0)
        depth[(mid, what)] = level + 1
        if level == len(layers):
            layers.append({})
        layers[level].setdefault(action, []).append((mid, eid))
        total += 1
    restored = 0
    for layer in layers:
        for action, pairs in layer.items():
            pairs.sort()
            for i in range(0, len(pairs), BATCH):
                eids = [e for _m, e in pairs[i : i + BATCH]]
                with transaction(db):
                    restored += _undo_chunk(db, action, eids, at)
    with transaction(db):
        db.execute("UPDATE change_sets SET undone_at = ? WHERE id = ?", (at, token))
    return UndoResult(token, restored, total - restored)


#: per action: the statement that puts back the effects ``{eids}`` (ids of change_effects
#: rows), returning the message ids it put back
_UNDO_SQL = {
    STATE: "UPDATE messages SET state = e.before FROM change_effects e WHERE e.id IN ({eids})"
    " AND messages.id = e.message_id AND messages.state = e.after RETURNING messages.id",
    PRIORITY: "UPDATE messages SET priority = CAST(e.before AS INTEGER) FROM change_effects e"
    " WHERE e.id IN ({eids}) AND messages.id = e.message_id"
    " AND messages.priority = CAST(e.after AS INTEGER) RETURNING messages.id",
    LABEL: "DELETE FROM message_labels WHERE (message_id, label_id) IN (SELECT message_id,"
    " CAST(after AS INTEGER) FROM change_effects WHERE id IN ({eids})) RETURNING message_id",
    UNLABEL: "INSERT OR IGNORE INTO message_labels (message_id, label_id, added_at)"
    " SELECT e.message_id, l.id, 0 FROM change_effects e JOIN labels l"
    " ON l.id = CAST(e.before AS INTEGER) JOIN messages m ON m.id = e.message_id"
    " WHERE e.id IN ({eids}) RETURNING message_id",
    SNOOZE: "DELETE FROM snoozes WHERE woke_at IS NULL AND (message_id, until) IN (SELECT"
    " message_id, CAST(after AS INTEGER) FROM change_effects WHERE id IN ({eids}))"
    " RETURNING message_id",
}


def _undo_chunk(db, action: str, eids: list[int], at: int) -> int:
    """Put back effects ``eids`` (all of one action, one per message) and log each."""
    marks = ",".join("?" * len(eids))
    back = [r[0] for r in db.execute(_UNDO_SQL[action].format(eids=marks), eids).fetchall()]
    if back:
        db.execute(
            "INSERT INTO events (at, kind, channel_id, message_id, detail)"
            " SELECT ?, 'change_undone', m.channel_id, m.id, json_object('set', e.set_id,"
            " 'rule', e.rule, 'action', e.action, 'to', e.before)"
            f" FROM change_effects e JOIN messages m ON m.id = e.message_id"
            f" WHERE e.id IN ({marks}) AND e.message_id IN ({','.join('?' * len(back))})",
            [at, *eids, *back],
        )
    return len(back)


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
