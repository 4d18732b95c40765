"""Bulk rows for benchmarks (tests/perf): authors and messages written straight into their
tables in one transaction, far faster than upsert_messages for a million synthetic rows.
Not for real data: nothing is checked, merged or triaged."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from cmstation.storage.insight_facts import row_facts
from cmstation.storage.tx import transaction

AUTHOR_COLUMNS = ("id", "channel_id", "remote_id", "handle", "display_name", "followers")
MESSAGE_COLUMNS = (
    "channel_id",
    "remote_id",
    "author_id",
    "text",
    "kind",
    "is_own",
    "in_reply_to_id",
    "thread_root_id",
    "created_at",
    "fetched_at",
    "state",
    "sentiment",
    "priority",
    "replied_at",
    "author_followers",
    "reach_rank",
)


def insert_authors(db: sqlite_utils.Database, rows: Iterable[tuple]) -> None:
    """Rows in AUTHOR_COLUMNS order."""
    with transaction(db):
        db.conn.executemany(
            f"INSERT INTO authors ({', '.join(AUTHOR_COLUMNS)})"
            f" VALUES ({', '.join('?' * len(AUTHOR_COLUMNS))})",
            rows,
        )


def insert_messages(db: sqlite_utils.Database, rows: Iterable[tuple]) -> None:
    """Rows in MESSAGE_COLUMNS order, in one transaction (with their own insight facts, as
    storage.messages stores them)."""
    cols = (*MESSAGE_COLUMNS, "needed_reply", "first_response_at", "pyramid_role")
    with transaction(db):
        db.conn.executemany(
            f"INSERT INTO messages ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            ((*r, *row_facts(r[4], r[6], r[5], r[10], r[13])) for r in rows),
        )


def analyze(db: sqlite_utils.Database) -> None:
    db.execute("ANALYZE")
