"""Saved replies (snippets), and the recent replies a new one is compared against."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now


@dataclass(slots=True)
class Snippet:
    id: int
    name: str
    text: str
    lang: str
    used_count: int
    created_at: int
    updated_at: int


_COLS = "id, name, text, lang, used_count, created_at, updated_at"


def list_snippets(db: sqlite_utils.Database) -> list[Snippet]:
    """Most used first, then by name."""
    return [
        Snippet(*r)
        for r in db.execute(
            f"SELECT {_COLS} FROM snippets ORDER BY used_count DESC, name COLLATE NOCASE, id"
        )
    ]


def get_snippet(db: sqlite_utils.Database, snippet_id: int) -> Snippet | None:
    r = db.execute(f"SELECT {_COLS} FROM snippets WHERE id = ?", (snippet_id,)).fetchone()
    return Snippet(*r) if r else None


def add_snippet(
    db: sqlite_utils.Database, *, name: str, text: str, lang: str = "", now: float | None = None
) -> int:
    at = seconds_now(now)
    cur = db.execute(
        "INSERT INTO snippets (name, text, lang, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (name.strip(), text, lang, at, at),
    )
    return cur.lastrowid


def update_snippet(
    db: sqlite_utils.Database,
    snippet_id: int,
    *,
    name: str,
    text: str,
    lang: str = "",
    now: float | None = None,
) -> None:
    db.execute(
        "UPDATE snippets SET name = ?, text = ?, lang = ?, updated_at = ? WHERE id = ?",
        (name.strip(), text, lang, seconds_now(now), snippet_id),
    )


def delete_snippet(db: sqlite_utils.Database, snippet_id: int) -> None:
    db.execute("DELETE FROM snippets WHERE id = ?", (snippet_id,))


def mark_used(db: sqlite_utils.Database, snippet_id: int) -> None:
    db.execute("UPDATE snippets SET used_count = used_count + 1 WHERE id = ?", (snippet_id,))


def recent_reply_texts(
    db: sqlite_utils.Database, *, channel_id: int | None = None, limit: int = 30
) -> list[str]:
    """The texts of the latest replies by this account (queued, sent or seen in threads),
    newest first and each once: what ``template_reuse`` compares a new reply against."""
    rows = db.execute(
        "SELECT text FROM ("
        " SELECT text, coalesce(sent_at, queued_at) AS at FROM outbox"
        "  WHERE state != 'cancelled' AND (?1 IS NULL OR channel_id = ?1)"
        " UNION ALL"
        " SELECT text, created_at AS at FROM messages"
        "  WHERE is_own = 1 AND (?1 IS NULL OR channel_id = ?1)"
        ") ORDER BY at DESC LIMIT ?2",
        (channel_id, limit * 2),
    ).fetchall()
    return list(dict.fromkeys(r[0] for r in rows if r[0].strip()))[:limit]
