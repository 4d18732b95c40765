"""Saved searches: named queries shown in the navigation (and listened to by sweeps)."""

from __future__ import annotations

import time
from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True, slots=True)
class SavedSearch:
    id: int
    name: str
    query: str
    channel_id: int | None = None
    exclude_words: str = ""
    lang: str = ""
    listen: bool = True


_COLS = "id, name, query, channel_id, exclude_words, lang, listen"


def _row(r) -> SavedSearch:
    return SavedSearch(id=r[0], name=r[1], query=r[2], channel_id=r[3], exclude_words=r[4],
                       lang=r[5], listen=bool(r[6]))


def add_saved_search(
    db: sqlite_utils.Database, name: str, query: str, *, channel_id: int | None = None,
    exclude_words: str = "", lang: str = "", listen: bool = True, now: int | None = None,
) -> int:
    cur = db.execute(
        "INSERT INTO saved_searches (channel_id, name, query, exclude_words, lang, listen,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (channel_id, name, query, exclude_words, lang, int(listen),
         int(now if now is not None else time.time())),
    )
    return cur.lastrowid


def list_saved_searches(db: sqlite_utils.Database) -> list[SavedSearch]:
    return [_row(r) for r in db.execute(f"SELECT {_COLS} FROM saved_searches ORDER BY name, id")]


def remove_saved_search(db: sqlite_utils.Database, search_id: int) -> None:
    db.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))
