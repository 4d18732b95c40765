"""Bulk actions on many messages (a selection of thousands, a spam wave): one change set,
one short transaction per batch of ids, an undo token for the whole (see change_sets)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.core.models import MessageState
from cmstation.storage import change_sets
from cmstation.storage.change_sets import BATCH, ChangeResult
from cmstation.storage.tx import transaction

#: (done, total) after each batch
Progress = Callable[[int, int], None]


def run_in_batches(
    db: sqlite_utils.Database,
    origin: str,
    detail: dict,
    ids: Sequence[int],
    step: Callable[[int, list[int], int], int],
    *,
    now: int | None = None,
    batch: int = BATCH,
    on_progress: Progress | None = None,
) -> ChangeResult:
    """``step(set_id, chunk, at)`` for each batch of ``ids``, each in its own transaction;
    returns the undo token and how many messages the steps changed."""
    at = seconds_now(now)
    unique = list(dict.fromkeys(int(i) for i in ids))
    if not unique:
        return ChangeResult(None, 0, 0)
    with transaction(db):
        token = change_sets.begin(db, origin, {**detail, "count": len(unique)}, at=at)
    changed = matched = done = 0
    with _checkpoint_after(db, len(unique) > batch):
        for chunk in change_sets.chunks(unique, batch):
            with transaction(db):
                marks = ",".join("?" * len(chunk))
                matched += db.execute(
                    f"SELECT count(*) FROM messages WHERE id IN ({marks})", chunk
                ).fetchone()[0]
                changed += step(token, chunk, at)
            done += len(chunk)
            if on_progress is not None:
                on_progress(done, len(unique))
    return ChangeResult(token, changed, matched)


#: WAL pages a long bulk action lets pile up before a checkpoint (~80 MB at 4 KiB pages)
BULK_WAL_PAGES = 20_000


@contextmanager
def _checkpoint_after(db: sqlite_utils.Database, long: bool) -> Iterator[None]:
    """For a long bulk action: no checkpoint after every batch's commit (each would write
    the same index pages back again), one at the end. The batches stay short transactions."""
    if not long:
        yield
        return
    before = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute(f"PRAGMA wal_autocheckpoint = {max(int(before), BULK_WAL_PAGES)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")


def set_state_many(
    db: sqlite_utils.Database,
    ids: Sequence[int],
    state: MessageState,
    *,
    now: int | None = None,
    batch: int = BATCH,
    on_progress: Progress | None = None,
) -> ChangeResult:
    """Mark many messages done, ignored, spam, needs_reply...; undo with change_sets.undo."""
    value = str(MessageState(state))

    def step(token: int, chunk: list[int], at: int) -> int:
        return change_sets.apply_state(db, token, chunk, value, at=at)

    return run_in_batches(
        db,
        "bulk",
        {"action": "state", "to": value},
        ids,
        step,
        now=now,
        batch=batch,
        on_progress=on_progress,
    )


def set_priority_many(
    db: sqlite_utils.Database,
    ids: Sequence[int],
    priority: int,
    *,
    now: int | None = None,
    batch: int = BATCH,
    on_progress: Progress | None = None,
) -> ChangeResult:
    def step(token: int, chunk: list[int], at: int) -> int:
        return change_sets.apply_priority(db, token, chunk, int(priority), at=at)

    return run_in_batches(
        db,
        "bulk",
        {"action": "priority", "to": int(priority)},
        ids,
        step,
        now=now,
        batch=batch,
        on_progress=on_progress,
    )
