"""Saved searches: named queries shown in the navigation (and listened to by sweeps)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now


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
    return SavedSearch(
        id=r[0],
        name=r[1],
        query=r[2],
        channel_id=r[3],
        exclude_words=r[4],
        lang=r[5],
        listen=bool(r[6]),
    )


def add_saved_search(
    db: sqlite_utils.Database,
    name: str,
    query: str,
    *,
    channel_id: int | None = None,
    exclude_words: str = "",
    lang: str = "",
    listen: bool = True,
    now: int | None = None,
) -> int:
    cur = db.execute(
        "INSERT INTO saved_searches (channel_id, name, query, exclude_words, lang, listen,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            channel_id,
            name,
            query,
            exclude_words,
            lang,
            int(listen),
            seconds_now(now),
        ),
    )
    return cur.lastrowid


def list_saved_searches(db: sqlite_utils.Database) -> list[SavedSearch]:
    return [_row(r) for r in db.execute(f"SELECT {_COLS} FROM saved_searches ORDER BY name, id")]


def remove_saved_search(db: sqlite_utils.Database, search_id: int) -> None:
    db.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))


def update_saved_search(
    db: sqlite_utils.Database,
    search_id: int,
    *,
    name: str,
    query: str,
    channel_id: int | None = None,
    exclude_words: str = "",
    lang: str = "",
    listen: bool = True,
) -> SavedSearch | None:
    """Change a saved search; None when there is no such search. When what a sweep asks
    for or keeps changes (query, channel, exclude words, language, listening), its cursor
    is reset so the next sweep starts afresh; a new name alone keeps it."""
    cur = db.execute(
        "UPDATE saved_searches SET cursor_state = CASE WHEN query IS :query"
        " AND channel_id IS :channel_id AND exclude_words IS :exclude_words AND lang IS :lang"
        " AND listen IS :listen THEN cursor_state ELSE '{}' END,"
        " name = :name, query = :query, channel_id = :channel_id,"
        " exclude_words = :exclude_words, lang = :lang, listen = :listen WHERE id = :id",
        {
            "id": search_id,
            "name": name,
            "query": query,
            "channel_id": channel_id,
            "exclude_words": exclude_words,
            "lang": lang,
            "listen": int(listen),
        },
    )
    if cur.rowcount == 0:
        return None
    return get_saved_search(db, search_id)


def get_saved_search(db: sqlite_utils.Database, search_id: int) -> SavedSearch | None:
    r = db.execute(f"SELECT {_COLS} FROM saved_searches WHERE id = ?", (search_id,)).fetchone()
    return _row(r) if r else None


def listened_searches(db: sqlite_utils.Database, channel_id: int) -> list[SavedSearch]:
    """The searches a sweep of this channel polls (listen = 1), oldest first."""
    return [
        _row(r)
        for r in db.execute(
            f"SELECT {_COLS} FROM saved_searches WHERE channel_id = ? AND listen = 1 ORDER BY id",
            (channel_id,),
        )
    ]


def search_cursor(db: sqlite_utils.Database, search_id: int) -> dict:
    r = db.execute("SELECT cursor_state FROM saved_searches WHERE id = ?", (search_id,)).fetchone()
    return json.loads(r[0]) if r else {}


def save_search_cursor(db: sqlite_utils.Database, search_id: int, state: dict) -> None:
    db.execute(
        "UPDATE saved_searches SET cursor_state = ? WHERE id = ?", (json.dumps(state), search_id)
    )
