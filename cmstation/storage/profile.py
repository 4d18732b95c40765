"""The profile row (one per workspace): who answers, and how they sign."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cmstation.core.profile import Profile


def load_profile(db) -> Profile:
    """The workspace's profile; an empty one when none was saved yet."""
    row = db.execute(
        "SELECT display_name, role, photo_path, signoff, data FROM profile WHERE id = 1"
    ).fetchone()
    return _from_row(row)


def save_profile(db, profile: Profile) -> None:
    db.execute(
        "INSERT INTO profile (id, display_name, role, photo_path, signoff, data)"
        " VALUES (1, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name,"
        " role = excluded.role, photo_path = excluded.photo_path,"
        " signoff = excluded.signoff, data = excluded.data",
        (
            profile.display_name,
            profile.role,
            profile.photo_path,
            profile.signoff,
            json.dumps(profile.data(), ensure_ascii=False, sort_keys=True),
        ),
    )


def peek_profile(path: str | Path) -> Profile | None:
    """Read the profile from a workspace file without migrating or writing it (for
    ``cmstation check``, which must start fast and never change the workspace).
    None when the file is missing, unreadable or has no profile table yet."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute(
                "SELECT display_name, role, photo_path, signoff, data FROM profile WHERE id = 1"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return _from_row(row)


def _from_row(row) -> Profile:
    if row is None:
        return Profile()
    display_name, role, photo_path, signoff, data = tuple(row)
    try:
        extra = json.loads(data or "{}")
    except ValueError:
        extra = {}
    if not isinstance(extra, dict):
        extra = {}
    columns = {
        "display_name": display_name,
        "role": role,
        "photo_path": photo_path,
        "signoff": signoff,
    }
    return Profile.from_row(columns, extra)
