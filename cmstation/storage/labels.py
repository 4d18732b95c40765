"""Labels: names (unique without regard to case) with a colour; a message carries several.

Labelling many messages at once is a bulk action with an undo token (see storage/bulk.py);
``label:refund`` in a search finds them (storage/search_syntax.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.storage import change_sets, events
from cmstation.storage.bulk import Progress, run_in_batches
from cmstation.storage.change_sets import BATCH, ChangeResult
from cmstation.storage.tx import transaction

MSG_EXISTS = QT_TRANSLATE_NOOP("Labels", "There is already a label {name!r}.")
MSG_EMPTY = QT_TRANSLATE_NOOP("Labels", "A label needs a name.")
MSG_NO_LABEL = QT_TRANSLATE_NOOP(
    "Labels", "There is no label {name!r} (see: cmstation label list)."
)


class LabelError(CmstationError):
    pass


@dataclass(frozen=True, slots=True)
class Label:
    id: int
    name: str
    colour: str = ""
    #: how many messages carry it (0 where not counted)
    count: int = 0


def clean_name(name: str) -> str:
    return " ".join((name or "").split())


def add_label(
    db: sqlite_utils.Database, name: str, colour: str = "", *, now: int | None = None
) -> Label:
    """A new label; ``LabelError`` when the name is empty or taken (in any case)."""
    name = clean_name(name)
    if not name:
        raise LabelError.from_text(Text("Labels", MSG_EMPTY))
    with transaction(db):
        if find_label(db, name) is not None:
            raise LabelError.from_text(Text("Labels", MSG_EXISTS, {"name": name}))
        lid = db.execute(
            "INSERT INTO labels (name, colour, created_at) VALUES (?, ?, ?)",
            (name, colour or "", seconds_now(now)),
        ).lastrowid
        events.record(db, "label_created", detail={"label": name, "colour": colour}, at=now)
    return Label(lid, name, colour or "")


def ensure_label(db: sqlite_utils.Database, name: str, *, now: int | None = None) -> Label:
    """The label with this name, made (without a colour) when there is none yet."""
    found = find_label(db, name)
    return found if found is not None else add_label(db, name, now=now)


def find_label(db: sqlite_utils.Database, name: str) -> Label | None:
    r = db.execute(
        "SELECT id, name, colour FROM labels WHERE name = ?", (clean_name(name),)
    ).fetchone()
    return Label(r[0], r[1], r[2]) if r else None


def existing_label(db: sqlite_utils.Database, name: str) -> Label:
    found = find_label(db, name)
    if found is None:
        raise LabelError.from_text(Text("Labels", MSG_NO_LABEL, {"name": clean_name(name)}))
    return found


def list_labels(db: sqlite_utils.Database) -> list[Label]:
    """Every label by name, with how many messages carry it."""
    return [
        Label(r[0], r[1], r[2], r[3])
        for r in db.execute(
            "SELECT l.id, l.name, l.colour,"
            " (SELECT count(*) FROM message_labels ml WHERE ml.label_id = l.id)"
            " FROM labels l ORDER BY l.name COLLATE NOCASE"
        )
    ]


def set_colour(db: sqlite_utils.Database, name: str, colour: str) -> Label:
    label = existing_label(db, name)
    with transaction(db):
        db.execute("UPDATE labels SET colour = ? WHERE id = ?", (colour or "", label.id))
    return Label(label.id, label.name, colour or "")


def rename_label(db: sqlite_utils.Database, name: str, new_name: str) -> Label:
    label = existing_label(db, name)
    new_name = clean_name(new_name)
    if not new_name:
        raise LabelError.from_text(Text("Labels", MSG_EMPTY))
    other = find_label(db, new_name)
    if other is not None and other.id != label.id:
        raise LabelError.from_text(Text("Labels", MSG_EXISTS, {"name": new_name}))
    with transaction(db):
        db.execute("UPDATE labels SET name = ? WHERE id = ?", (new_name, label.id))
    return Label(label.id, new_name, label.colour)


def remove_label(db: sqlite_utils.Database, name: str, *, now: int | None = None) -> int:
    """Delete a label (messages lose it); returns how many carried it."""
    label = existing_label(db, name)
    with transaction(db):
        n = db.execute(
            "SELECT count(*) FROM message_labels WHERE label_id = ?", (label.id,)
        ).fetchone()[0]
        db.execute("DELETE FROM labels WHERE id = ?", (label.id,))
        events.record(db, "label_deleted", detail={"label": label.name, "messages": n}, at=now)
    return n


def labels_of(db: sqlite_utils.Database, message_id: int) -> list[Label]:
    return labels_for(db, [message_id]).get(message_id, [])


def labels_for(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, list[Label]]:
    """The labels of each of ``ids`` (for a page of the list); ids without any are absent."""
    out: dict[int, list[Label]] = {}
    for chunk in change_sets.chunks(ids):
        marks = ",".join("?" * len(chunk))
        for mid, lid, name, colour in db.execute(
            "SELECT ml.message_id, l.id, l.name, l.colour FROM message_labels ml"
            f" JOIN labels l ON l.id = ml.label_id WHERE ml.message_id IN ({marks})"
            " ORDER BY l.name COLLATE NOCASE",
            chunk,
        ):
            out.setdefault(mid, []).append(Label(lid, name, colour))
    return out


def label_messages(
    db: sqlite_utils.Database,
    ids: Sequence[int],
    name: str,
    *,
    remove: bool = False,
    create: bool = False,
    now: int | None = None,
    batch: int = BATCH,
    on_progress: Progress | None = None,
) -> ChangeResult:
    """Put the label on (or take it off, ``remove``) many messages; ``create`` makes a
    missing label. One transaction per batch; the token undoes the whole."""
    label = ensure_label(db, name, now=now) if create and not remove else existing_label(db, name)

    def step(token: int, chunk: list[int], at: int) -> int:
        return change_sets.apply_label(db, token, chunk, label.id, at=at, remove=remove)

    detail = {"action": "unlabel" if remove else "label", "label": label.name}
    return run_in_batches(
        db, "bulk", detail, ids, step, now=now, batch=batch, on_progress=on_progress
    )


def message_ids_with(db: sqlite_utils.Database, name: str) -> list[int]:
    label = find_label(db, name)
    if label is None:
        return []
    return [
        r[0]
        for r in db.execute(
            "SELECT message_id FROM message_labels WHERE label_id = ? ORDER BY message_id",
            (label.id,),
        )
    ]
