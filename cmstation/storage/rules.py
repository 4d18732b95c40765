"""Rules in the workspace (ordered rows, each rule's TOML text), the facts rules look at,
and applying a pass's plan as one undoable change set (every action an event with the
rule's name; see change_sets)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import sqlite_utils

from cmstation.core.authors import norm_handle
from cmstation.core.clock import seconds_now
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Priority
from cmstation.core.rules import Facts, Plan, Rule
from cmstation.core.rules_toml import dump_rules, parse_rule
from cmstation.storage import change_sets, events, labels
from cmstation.storage.authors import vip_keys
from cmstation.storage.change_sets import BATCH
from cmstation.storage.tx import transaction

MSG_EXISTS = QT_TRANSLATE_NOOP("Rules", "There is already a rule {name!r}.")
MSG_NO_RULE = QT_TRANSLATE_NOOP("Rules", "There is no rule {name!r} (see: cmstation rule list).")


@dataclass(frozen=True, slots=True)
class PassResult:
    #: the undo token (None when no rule acted)
    token: int | None
    #: messages some rule matched
    matched: int
    #: messages a rule or the VIP list changed
    changed: int
    #: messages a rule asked to be notified about
    notify_ids: tuple[int, ...] = ()
    #: messages a rule set to done, ignored or spam
    handled_ids: tuple[int, ...] = ()


def _row(r) -> Rule:
    rule = parse_rule(r[3])
    return replace(rule, id=r[0], position=r[1], name=r[2], enabled=bool(r[4]))


def list_rules(db: sqlite_utils.Database) -> list[Rule]:
    """Every rule in order (disabled ones too)."""
    return [
        _row(r)
        for r in db.execute(
            "SELECT id, position, name, definition, enabled FROM rules ORDER BY position, id"
        )
    ]


def find_rule(db: sqlite_utils.Database, name_or_id: str | int) -> Rule | None:
    key = str(name_or_id).strip()
    r = db.execute(
        "SELECT id, position, name, definition, enabled FROM rules WHERE name = ?"
        " OR (? GLOB '[0-9]*' AND id = CAST(? AS INTEGER)) ORDER BY name = ? DESC LIMIT 1",
        (key, key, key, key),
    ).fetchone()
    return _row(r) if r else None


def existing_rule(db: sqlite_utils.Database, name_or_id: str | int) -> Rule:
    found = find_rule(db, name_or_id)
    if found is None:
        raise CmstationError.from_text(Text("Rules", MSG_NO_RULE, {"name": str(name_or_id)}))
    return found


def _renumber(db, ids: list[int]) -> None:
    db.conn.executemany(
        "UPDATE rules SET position = ? WHERE id = ?", [(i + 1, rid) for i, rid in enumerate(ids)]
    )


def _order(db) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM rules ORDER BY position, id")]


def add_rule(
    db: sqlite_utils.Database, rule: Rule, *, position: int | None = None, now: int | None = None
) -> Rule:
    """Store a rule at ``position`` (1 = first; default: last)."""
    at = seconds_now(now)
    with transaction(db):
        if db.execute("SELECT 1 FROM rules WHERE name = ?", (rule.name,)).fetchone():
            raise CmstationError.from_text(Text("Rules", MSG_EXISTS, {"name": rule.name}))
        rid = db.execute(
            "INSERT INTO rules (position, name, definition, enabled, created_at, updated_at)"
            " VALUES (1e9, ?, ?, ?, ?, ?)",
            (rule.name, dump_rules([rule]), int(rule.enabled), at, at),
        ).lastrowid
        order = [i for i in _order(db) if i != rid]
        index = len(order) if position is None else max(0, min(len(order), position - 1))
        order.insert(index, rid)
        _renumber(db, order)
        events.record(db, "rule_added", detail={"rule": rule.name}, at=at)
    return existing_rule(db, rid)


def update_rule(db: sqlite_utils.Database, rule: Rule, *, now: int | None = None) -> Rule:
    """Save an edited rule (found by its id)."""
    with transaction(db):
        db.execute(
            "UPDATE rules SET name = ?, definition = ?, enabled = ?, updated_at = ? WHERE id = ?",
            (rule.name, dump_rules([rule]), int(rule.enabled), seconds_now(now), rule.id),
        )
    return existing_rule(db, rule.id)


def move_rule(db: sqlite_utils.Database, name_or_id: str | int, position: int) -> None:
    rule = existing_rule(db, name_or_id)
    with transaction(db):
        order = [i for i in _order(db) if i != rule.id]
        order.insert(max(0, min(len(order), position - 1)), rule.id)
        _renumber(db, order)


def set_enabled(db: sqlite_utils.Database, name_or_id: str | int, enabled: bool) -> None:
    rule = existing_rule(db, name_or_id)
    update_rule(db, replace(rule, enabled=enabled))


def remove_rule(db: sqlite_utils.Database, name_or_id: str | int) -> Rule:
    rule = existing_rule(db, name_or_id)
    with transaction(db):
        db.execute("DELETE FROM rules WHERE id = ?", (rule.id,))
        _renumber(db, _order(db))
        events.record(db, "rule_removed", detail={"rule": rule.name})
    return rule


_FACTS = (
    "SELECT m.id, m.text, m.lang, m.sentiment, m.priority, m.channel_id, c.kind, c.name,"
    " m.kind, coalesce(a.handle, ''), coalesce(m.author_followers, a.followers), m.is_own"
    " FROM messages m LEFT JOIN authors a ON a.id = m.author_id"
    " JOIN channels c ON c.id = m.channel_id"
)


def load_facts(db: sqlite_utils.Database, ids: Sequence[int]) -> list[Facts]:
    """What the rules look at, for these messages (in id order)."""
    vips = vip_keys(db)
    out: list[Facts] = []
    for chunk in change_sets.chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"{_FACTS} WHERE m.id IN ({marks}) ORDER BY m.id", chunk).fetchall()
        out.extend(_facts(r, vips) for r in rows)
    return out


def _facts(r, vips: set[tuple[str, str]]) -> Facts:
    h = norm_handle(r[9])
    return Facts(
        message_id=r[0],
        text=r[1],
        lang=r[2],
        sentiment=r[3],
        priority=r[4],
        channel_id=r[5],
        channel_kind=r[6],
        channel_name=r[7],
        kind=r[8],
        author_handle=r[9],
        vip=bool(h) and (("", h) in vips or (r[6], h) in vips),
        followers=r[10],
        is_own=bool(r[11]),
    )


def inbox_facts(db: sqlite_utils.Database, batch: int = 2000) -> Iterator[list[Facts]]:
    """The whole inbox (not our own posts), in batches of facts, oldest id first."""
    vips = vip_keys(db)
    last = 0
    while True:
        rows = db.execute(
            f"{_FACTS} WHERE m.id > ? AND m.is_own = 0 ORDER BY m.id LIMIT ?", (last, batch)
        ).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        yield [_facts(r, vips) for r in rows]


def apply_plan(
    db: sqlite_utils.Database,
    plan: Plan,
    *,
    origin: str,
    vip_ids: Sequence[int] = (),
    token: int | None = None,
    now: int | None = None,
) -> PassResult:
    """Carry out a plan (and raise VIPs' new messages to at least a question's priority)
    in one transaction; ``token`` adds to an existing change set (a sweep's batches)."""
    at = seconds_now(now)
    if not plan.matched and not vip_ids:
        return PassResult(token, 0, 0)
    notify: list[int] = []
    handled: list[int] = []
    with transaction(db):
        if token is None:
            token = change_sets.begin(db, origin, {"rules": [r.name for r in plan.rules]}, at=at)
        first = db.execute("SELECT coalesce(max(id), 0) FROM change_effects").fetchone()[0]
        for chunk in change_sets.chunks(vip_ids, BATCH):
            change_sets.apply_priority(
                db, token, chunk, Priority.QUESTION, at=at, rule="VIP", raise_only=True
            )
        for rule, ids in zip(plan.rules, plan.by_rule, strict=True):
            if ids:
                _apply_rule(db, token, rule, ids, at)
                if rule.then.notify:
                    notify.extend(ids)
                if rule.then.state in ("done", "ignored", "spam"):
                    handled.extend(ids)
        changed = db.execute(
            "SELECT count(DISTINCT message_id) FROM change_effects"
            " WHERE id > ? AND set_id = ? AND action != 'notify'",
            (first, token),
        ).fetchone()[0]
    return PassResult(
        token,
        len(plan.matched),
        changed,
        tuple(dict.fromkeys(notify)),
        tuple(dict.fromkeys(handled)),
    )


def _apply_rule(db, token: int, rule: Rule, ids: list[int], at: int) -> None:
    act = rule.then
    label_ids = [labels.ensure_label(db, name, now=at).id for name in act.labels]
    for chunk in change_sets.chunks(ids, BATCH):
        for lid in label_ids:
            change_sets.apply_label(db, token, chunk, lid, at=at, rule=rule.name)
        if act.state:
            change_sets.apply_state(db, token, chunk, act.state, at=at, rule=rule.name)
        if act.priority is not None:
            change_sets.apply_priority(db, token, chunk, act.priority, at=at, rule=rule.name)
        if act.notify:
            change_sets.apply_notify(db, token, chunk, at=at, rule=rule.name)
