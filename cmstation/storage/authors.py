"""Authors: the VIP list, the private notes the user keeps about people, and an author's
history (earlier messages, our replies to them, their labels, their mood over time).

People are found by handle (compared as core.authors.norm_handle says) and, optionally, the
network (a channel kind): the same person on two channels of one network is one person."""

from __future__ import annotations

from dataclasses import replace

import sqlite_utils

from cmstation.core.authors import (
    AuthorProfile,
    MessageBrief,
    SentimentPeriod,
    Vip,
    is_ambassador,
    norm_handle,
)
from cmstation.core.clock import seconds_now
from cmstation.storage import events
from cmstation.storage.profile import load_profile
from cmstation.storage.tx import transaction

_NORM = "ltrim(lower(a.handle), '@')"


def add_vip(
    db: sqlite_utils.Database, handle: str, network: str = "", *, now: int | None = None
) -> Vip:
    """Put someone on the VIP list (again: no change)."""
    h = norm_handle(handle)
    if not h:
        raise ValueError("empty handle")
    at = seconds_now(now)
    with transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO vip_authors (network, handle, added_at) VALUES (?, ?, ?)",
            (network or "", h, at),
        )
        events.record(db, "vip_added", detail={"handle": h, "network": network or ""}, at=at)
    return Vip(h, network or "", at)


def remove_vip(db: sqlite_utils.Database, handle: str, network: str = "") -> bool:
    with transaction(db):
        n = db.execute(
            "DELETE FROM vip_authors WHERE handle = ? AND network = ?",
            (norm_handle(handle), network or ""),
        ).rowcount
        if n:
            events.record(db, "vip_removed", detail={"handle": norm_handle(handle)})
    return bool(n)


def list_vips(db: sqlite_utils.Database) -> list[Vip]:
    return [
        Vip(r[0], r[1], r[2])
        for r in db.execute(
            "SELECT handle, network, added_at FROM vip_authors ORDER BY handle, network"
        )
    ]


def vip_keys(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """(network, handle) of every VIP (network "" = any network), for the rules."""
    return {(r[0], r[1]) for r in db.execute("SELECT network, handle FROM vip_authors")}


def is_vip(db: sqlite_utils.Database, handle: str, network: str = "") -> bool:
    keys = vip_keys(db)
    h = norm_handle(handle)
    return ("", h) in keys or (network, h) in keys


def set_note(
    db: sqlite_utils.Database,
    handle: str,
    text: str,
    network: str = "",
    *,
    now: int | None = None,
) -> None:
    """The private note about someone (empty text removes it). Never sent anywhere."""
    h = norm_handle(handle)
    with transaction(db):
        if not (text or "").strip():
            db.execute(
                "DELETE FROM author_notes WHERE handle = ? AND network = ?", (h, network or "")
            )
            return
        db.execute(
            "INSERT INTO author_notes (network, handle, text, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (network, handle) DO UPDATE SET text = excluded.text,"
            " updated_at = excluded.updated_at",
            (network or "", h, text.strip(), seconds_now(now)),
        )


def note_of(db: sqlite_utils.Database, handle: str, network: str = "") -> str:
    """The note for this network, else the one for every network."""
    rows = dict(
        db.execute(
            "SELECT network, text FROM author_notes WHERE handle = ? AND network IN ('', ?)",
            (norm_handle(handle), network or ""),
        ).fetchall()
    )
    return rows.get(network or "", "") or rows.get("", "")


def _brief(r, reply_to: int | None = None) -> MessageBrief:
    return MessageBrief(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], reply_to)


def author_profile(
    db: sqlite_utils.Database, handle: str, network: str = "", *, limit: int = 50
) -> AuthorProfile | None:
    """Everything the inbox knows about someone; None when they never wrote to us."""
    h = norm_handle(handle)
    params: list = [h]
    where = f"{_NORM} = ?"
    if network:
        where += " AND c.kind = ?"
        params.append(network)
    people = db.execute(
        "SELECT a.id, c.kind, a.handle, a.display_name, a.url, a.followers FROM authors a"
        f" JOIN channels c ON c.id = a.channel_id WHERE {where} ORDER BY a.id",
        params,
    ).fetchall()
    if not people:
        return None
    ids = [p[0] for p in people]
    marks = ",".join("?" * len(ids))
    mine = f"m.author_id IN ({marks}) AND m.is_own = 0"
    cols = "m.id, m.channel_id, m.created_at, m.text, m.state, m.sentiment, m.kind, m.url"
    count, first, last = db.execute(
        f"SELECT count(*), min(m.created_at), max(m.created_at) FROM messages m WHERE {mine}",
        ids,
    ).fetchone()
    recent = [
        _brief(r)
        for r in db.execute(
            f"SELECT {cols} FROM messages m WHERE {mine}"
            " ORDER BY m.created_at DESC, m.id DESC LIMIT ?",
            [*ids, limit],
        )
    ]
    replies = [
        _brief(r[:8], r[8])
        for r in db.execute(
            f"SELECT {cols.replace('m.', 'r.')}, m.id FROM messages m"
            " JOIN messages r ON r.channel_id = m.channel_id AND r.in_reply_to_id = m.remote_id"
            f" WHERE {mine} AND r.is_own = 1 ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
            [*ids, limit],
        )
    ]
    label_counts = dict(
        db.execute(
            "SELECT l.name, count(*) FROM messages m JOIN message_labels ml"
            f" ON ml.message_id = m.id JOIN labels l ON l.id = ml.label_id WHERE {mine}"
            " GROUP BY l.id ORDER BY count(*) DESC, l.name",
            ids,
        ).fetchall()
    )
    periods = [
        SentimentPeriod(r[0], r[1], r[2], r[3])
        for r in db.execute(
            "SELECT strftime('%Y-%m', m.created_at, 'unixepoch'), sum(m.sentiment = 'positive'),"
            " sum(m.sentiment = 'neutral'), sum(m.sentiment = 'negative') FROM messages m"
            f" WHERE {mine} GROUP BY 1 ORDER BY 1",
            ids,
        )
    ]
    pos = sum(p.positive for p in periods)
    neu = sum(p.neutral for p in periods)
    neg = sum(p.negative for p in periods)
    networks = tuple(dict.fromkeys(p[1] for p in people))
    followers = [p[5] for p in people if p[5] is not None]
    named = next((p for p in reversed(people) if p[3]), people[-1])
    vip = any(is_vip(db, h, n) for n in networks)
    return AuthorProfile(
        handle=people[-1][2],
        display_name=named[3],
        networks=networks,
        url=named[4],
        followers=max(followers) if followers else None,
        vip=vip,
        ambassador=is_ambassador(pos, neu, neg, load_profile(db).ambassador_min_positive),
        note=note_of(db, h, network),
        message_count=count,
        first_seen=first,
        last_seen=last,
        messages=recent,
        replies=replies,
        labels=label_counts,
        sentiment=periods,
    )


def author_of_message(db: sqlite_utils.Database, message_id: int) -> AuthorProfile | None:
    """The profile of the person who wrote this message (for the conversation pane)."""
    r = db.execute(
        "SELECT a.handle, c.kind FROM messages m JOIN authors a ON a.id = m.author_id"
        " JOIN channels c ON c.id = m.channel_id WHERE m.id = ?",
        (message_id,),
    ).fetchone()
    if r is None or not norm_handle(r[0]):
        return None
    found = author_profile(db, r[0], r[1])
    return replace(found, handle=r[0]) if found else None


def set_followers(db: sqlite_utils.Database, author_id: int, followers: int | None) -> None:
    db.execute("UPDATE authors SET followers = ? WHERE id = ?", (followers, author_id))
