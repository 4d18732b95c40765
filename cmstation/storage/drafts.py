"""Drafts: every reply being written, saved as it is typed, restored exactly."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.storage.tx import transaction


@dataclass(slots=True)
class Draft:
    id: int
    message_id: int | None
    channel_id: int | None
    text: str
    cursor: int
    lang: str
    created_at: int
    updated_at: int


_COLS = "id, message_id, channel_id, text, cursor, lang, created_at, updated_at"


def save_draft(
    db: sqlite_utils.Database,
    *,
    message_id: int | None,
    channel_id: int | None,
    text: str,
    cursor: int = 0,
    lang: str = "",
    now: int | None = None,
) -> int:
    """Create or update the draft answering ``message_id`` (one draft per message)."""
    at = seconds_now(now)
    with transaction(db):
        if message_id is not None:
            row = db.execute(
                "INSERT INTO drafts (message_id, channel_id, text, cursor, lang, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (message_id) DO UPDATE SET text = excluded.text,"
                "  cursor = excluded.cursor, lang = excluded.lang, updated_at = excluded.updated_at,"
                "  channel_id = coalesce(excluded.channel_id, channel_id)"
                " RETURNING id",
                (message_id, channel_id, text, cursor, lang, at, at),
            ).fetchone()
            return row[0]
        cur = db.execute(
            "INSERT INTO drafts (message_id, channel_id, text, cursor, lang, created_at, updated_at)"
            " VALUES (NULL, ?, ?, ?, ?, ?, ?)",
            (channel_id, text, cursor, lang, at, at),
        )
        return cur.lastrowid


def update_draft(
    db: sqlite_utils.Database,
    draft_id: int,
    *,
    text: str,
    cursor: int = 0,
    lang: str = "",
    now: int | None = None,
) -> None:
    at = seconds_now(now)
    db.execute(
        "UPDATE drafts SET text = ?, cursor = ?, lang = ?, updated_at = ? WHERE id = ?",
        (text, cursor, lang, at, draft_id),
    )


def draft_for_message(db: sqlite_utils.Database, message_id: int) -> Draft | None:
    r = db.execute(f"SELECT {_COLS} FROM drafts WHERE message_id = ?", (message_id,)).fetchone()
    return Draft(*r) if r else None


def get_draft(db: sqlite_utils.Database, draft_id: int) -> Draft | None:
    r = db.execute(f"SELECT {_COLS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    return Draft(*r) if r else None


def list_drafts(db: sqlite_utils.Database) -> list[Draft]:
    return [
        Draft(*r)
        for r in db.execute(f"SELECT {_COLS} FROM drafts WHERE text != '' ORDER BY updated_at DESC")
    ]


def delete_draft(db: sqlite_utils.Database, draft_id: int) -> None:
    db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))


def message_ids_with_drafts(db: sqlite_utils.Database) -> set[int]:
    return {
        r[0]
        for r in db.execute(
            "SELECT message_id FROM drafts WHERE message_id IS NOT NULL AND text != ''"
        )
    }
