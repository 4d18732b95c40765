"""Messages and authors: idempotent upserts, filtered listing, threads, state changes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils

from cmstation.core.clock import seconds_now
from cmstation.core.models import (
    Author,
    Message,
    MessageFilter,
    MessageKind,
    MessageState,
    Sentiment,
    reach_rank,
)
from cmstation.storage import events
from cmstation.storage.insight_facts import row_facts
from cmstation.storage.search_syntax import fts_query, parse_search
from cmstation.storage.tx import transaction

_COLUMNS = (
    "m.id, m.channel_id, m.remote_id, m.url, m.author_id, m.text, m.html, m.lang, m.kind,"
    " m.thread_root_id, m.in_reply_to_id, m.is_own, m.created_at, m.fetched_at, m.state,"
    " m.sentiment, m.priority, m.read, m.replied_at,"
    " coalesce(a.remote_id, ''), coalesce(a.handle, ''), coalesce(a.display_name, ''),"
    " coalesce(a.url, ''), c.kind, c.name, m.author_followers"
)
_FROM = (
    " FROM messages m LEFT JOIN authors a ON a.id = m.author_id"
    " JOIN channels c ON c.id = m.channel_id"
)

#: name: (key columns, in this order, for ORDER BY and keyset paging; descending?)
_ORDERS: dict[str, tuple[tuple[str, ...], bool]] = {
    # complaints first; within a priority the larger reach (followers' order of magnitude,
    # see core.models.reach_rank) first, then newest first
    "priority": (("priority", "reach_rank", "created_at", "id"), True),
    "newest": (("created_at", "id"), True),
    "oldest": (("created_at", "id"), False),
}


def _order(f: MessageFilter) -> tuple[tuple[str, ...], bool]:
    """The order of the list. A search lists its matches in the order the full-text index
    holds them, newest stored first (oldest first when asked): the index hands them over in
    that order, so a common word never means sorting half a million rows."""
    if f.search and fts_query(f.search):
        return ("id",), f.order != "oldest"
    return _ORDERS.get(f.order, _ORDERS["priority"])


def _order_sql(keys: tuple[str, ...], desc: bool, alias: str = "m.") -> str:
    direction = " DESC" if desc else " ASC"
    return ", ".join(f"{alias}{k}{direction}" for k in keys)


def _keyset(
    keys: tuple[str, ...], desc: bool, after: Message, alias: str = "m."
) -> tuple[str, list]:
    """Rows after ``after`` in this order: one row-value comparison (all keys share a direction)."""
    cols = ", ".join(f"{alias}{k}" for k in keys)
    return f"({cols}) {'<' if desc else '>'} ({','.join('?' * len(keys))})", [
        _key_value(after, k) for k in keys
    ]


def _key_value(m: Message, key: str):
    if key == "reach_rank":  # stored beside the follower count it is made of
        return reach_rank(m.author.followers if m.author is not None else None)
    return getattr(m, key)


@dataclass(frozen=True, slots=True)
class UpsertResult:
    inserted: int
    updated: int
    ids: tuple[int, ...]


def _row_to_message(r: Sequence) -> Message:
    author = None
    if r[4] is not None:
        # followers: the count when the message was fetched (its reach), not today's
        author = Author(
            remote_id=r[19], handle=r[20], display_name=r[21], url=r[22], id=r[4], followers=r[25]
        )
    return Message(
        id=r[0],
        channel_id=r[1],
        remote_id=r[2],
        url=r[3],
        author=author,
        text=r[5],
        html=r[6],
        lang=r[7],
        kind=MessageKind(r[8]),
        thread_root_id=r[9],
        in_reply_to_id=r[10],
        is_own=bool(r[11]),
        created_at=r[12],
        fetched_at=r[13],
        state=MessageState(r[14]),
        sentiment=Sentiment(r[15]),
        priority=r[16],
        read=bool(r[17]),
        replied_at=r[18],
        author_name=r[21] or r[20],
        author_handle=r[20],
        channel_kind=r[23],
        channel_name=r[24],
    )


def upsert_author(db: sqlite_utils.Database, channel_id: int, author: Author) -> int:
    row = db.execute(
        "INSERT INTO authors (channel_id, remote_id, handle, display_name, url, followers)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (channel_id, remote_id) DO UPDATE SET"
        "  handle = excluded.handle, display_name = excluded.display_name, url = excluded.url,"
        "  followers = coalesce(excluded.followers, followers)"
        " RETURNING id",
        (
            channel_id,
            author.remote_id,
            author.handle,
            author.display_name,
            author.url,
            author.followers,
        ),
    ).fetchone()
    return row[0]


#: the columns of the messages table that message_row() fills, in its order
MESSAGE_ROW_COLUMNS = (
    "channel_id, remote_id, url, author_id, text, html, lang, kind, thread_root_id,"
    " in_reply_to_id, is_own, created_at, fetched_at, state, sentiment, priority, read, replied_at,"
    " author_followers, reach_rank, needed_reply, first_response_at, pyramid_role"
)
MESSAGE_ROW_PLACEHOLDERS = ",".join("?" * 23)


def message_row(m: Message, author_id: int | None, fetched: int) -> tuple:
    """``m`` as a row of the messages table (MESSAGE_ROW_COLUMNS); ``fetched`` stands in
    when ``m`` has no fetched_at."""
    followers = m.author.followers if m.author is not None else None
    return (
        m.channel_id,
        m.remote_id,
        m.url,
        author_id,
        m.text,
        m.html,
        m.lang,
        str(m.kind),
        m.thread_root_id,
        m.in_reply_to_id,
        int(m.is_own),
        int(m.created_at),
        int(m.fetched_at or fetched),
        str(m.state),
        str(m.sentiment),
        int(m.priority),
        int(m.read),
        m.replied_at,
        followers,
        reach_rank(followers),
        *row_facts(str(m.kind), m.in_reply_to_id, int(m.is_own), str(m.state), m.replied_at),
    )


def upsert_messages(
    db: sqlite_utils.Database, messages: Iterable[Message], *, now: int | None = None
) -> UpsertResult:
    """Store remote items; the same (channel, remote id) twice updates, never duplicates.

    What the user decided (state, read) survives a refetch; content, links and triage
    are refreshed.
    """
    msgs = list(messages)
    if not msgs:
        return UpsertResult(0, 0, ())
    fetched = seconds_now(now)
    with transaction(db):
        author_ids: dict[tuple[int, str], int] = {}
        for m in msgs:
            if m.author is not None:
                key = (m.channel_id, m.author.remote_id)
                if key not in author_ids or m.author.followers is not None:
                    author_ids[key] = upsert_author(db, m.channel_id, m.author)
        existing = _stored_ids(db, msgs)
        rows = [
            message_row(
                m,
                author_ids.get((m.channel_id, m.author.remote_id)) if m.author else None,
                fetched,
            )
            for m in msgs
        ]
        db.conn.executemany(
            f"INSERT INTO messages ({MESSAGE_ROW_COLUMNS})"
            f" VALUES ({MESSAGE_ROW_PLACEHOLDERS})"
            " ON CONFLICT (channel_id, remote_id) DO UPDATE SET"
            "  url = excluded.url, author_id = coalesce(excluded.author_id, author_id),"
            # the reach is the first one known (when it was fetched), not refreshed later
            "  author_followers = coalesce(author_followers, excluded.author_followers),"
            "  reach_rank = CASE WHEN author_followers IS NULL THEN excluded.reach_rank"
            "   ELSE reach_rank END,"
            "  text = excluded.text, html = excluded.html, lang = excluded.lang,"
            "  thread_root_id = excluded.thread_root_id, in_reply_to_id = excluded.in_reply_to_id,"
            "  fetched_at = excluded.fetched_at"
            " WHERE text IS NOT excluded.text OR html IS NOT excluded.html"
            "  OR url IS NOT excluded.url OR lang IS NOT excluded.lang"
            "  OR author_id IS NOT coalesce(excluded.author_id, author_id)"
            "  OR in_reply_to_id IS NOT excluded.in_reply_to_id"
            "  OR thread_root_id IS NOT excluded.thread_root_id"
            "  OR (author_followers IS NULL AND excluded.author_followers IS NOT NULL)",
            rows,
        )
        stored = _stored_ids(db, msgs)
        ids = tuple(stored[(m.channel_id, m.remote_id)] for m in msgs)
    inserted = sum(1 for m in msgs if (m.channel_id, m.remote_id) not in existing)
    return UpsertResult(inserted, len(msgs) - inserted, ids)


def _stored_ids(db: sqlite_utils.Database, msgs: list[Message]) -> dict[tuple[int, str], int]:
    """(channel id, remote id) -> message id, for those of ``msgs`` already stored."""
    out: dict[tuple[int, str], int] = {}
    by_channel: dict[int, list[str]] = {}
    for m in msgs:
        by_channel.setdefault(m.channel_id, []).append(m.remote_id)
    for channel_id, remote_ids in by_channel.items():
        for i in range(0, len(remote_ids), 500):
            chunk = remote_ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for mid, rid in db.execute(
                f"SELECT id, remote_id FROM messages WHERE channel_id = ? AND remote_id IN ({marks})",
                [channel_id, *chunk],
            ):
                out[(channel_id, rid)] = mid
    return out


def get_message(db: sqlite_utils.Database, message_id: int) -> Message | None:
    r = db.execute(f"SELECT {_COLUMNS}{_FROM} WHERE m.id = ?", (message_id,)).fetchone()
    return _row_to_message(r) if r else None


def get_messages(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, Message]:
    """Rows for the given ids (for on-demand loading); missing ids are absent."""
    out: dict[int, Message] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        for r in db.execute(f"SELECT {_COLUMNS}{_FROM} WHERE m.id IN ({marks})", chunk):
            out[r[0]] = _row_to_message(r)
    return out


def find_by_remote_id(db: sqlite_utils.Database, channel_id: int, remote_id: str) -> Message | None:
    r = db.execute(
        f"SELECT {_COLUMNS}{_FROM} WHERE m.channel_id = ? AND m.remote_id = ?",
        (channel_id, remote_id),
    ).fetchone()
    return _row_to_message(r) if r else None


def _where(f: MessageFilter, *, states: bool = True, search: bool = True) -> tuple[str, list]:
    clauses, params = _clauses(f, states=states, search=search)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _clauses(
    f: MessageFilter, *, states: bool = True, search: bool = True
) -> tuple[list[str], list]:
    clauses: list[str] = []
    params: list = []
    if states and f.states:
        clauses.append(f"m.state IN ({','.join('?' * len(f.states))})")
        params.extend(str(s) for s in f.states)
    if f.channel_id is not None:
        clauses.append("m.channel_id = ?")
        params.append(f.channel_id)
    if f.sentiment is not None:
        clauses.append("m.sentiment = ?")
        params.append(str(f.sentiment))
    if f.lang:
        clauses.append("m.lang = ?")
        params.append(f.lang)
    if not f.include_own:
        clauses.append("m.is_own = 0")
    # a snoozed message is out of every list until it wakes (storage/snoozes.py), but the
    # list of the snoozed ones
    clauses.append(
        f"m.id {'IN' if f.snoozed else 'NOT IN'}"
        " (SELECT message_id FROM snoozes WHERE woke_at IS NULL)"
    )
    parsed = parse_search(f.search)
    for name in parsed.labels:
        clauses.append(
            "m.id IN (SELECT ml.message_id FROM message_labels ml JOIN labels l"
            " ON l.id = ml.label_id WHERE l.name = ?)"
        )
        params.append(name)
    q = fts_query(f.search)
    if f.search and not q and not parsed.labels:
        clauses.append("0")  # only punctuation: nothing can match
    elif q and search:
        clauses.append("m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)")
        params.append(q)
    return clauses, params


def count_messages(db: sqlite_utils.Database, f: MessageFilter) -> int:
    where, params = _where(f)
    return db.execute(f"SELECT count(*) FROM messages m{where}", params).fetchone()[0]


def list_messages(
    db: sqlite_utils.Database,
    f: MessageFilter,
    *,
    limit: int = 200,
    after: Message | None = None,
) -> list[Message]:
    """One page of the filtered list, ordered; pass the last row of a page as ``after``
    for the next one (keyset paging: no OFFSET, so page 5000 costs what page 1 costs).

    The page's ids come from a narrow query that walks an index in display order and stops
    at ``limit``; only those rows are then read in full."""
    ids = _page_ids(db, f, limit, after)
    if not ids:
        return []
    found = get_messages(db, ids)
    return [found[i] for i in ids if i in found]


def _page_ids(
    db: sqlite_utils.Database, f: MessageFilter, limit: int, after: Message | None
) -> list[int]:
    keys, desc = _order(f)
    q = fts_query(f.search)
    if f.search and q:
        return _search_page_ids(db, f, q, limit, after, desc)
    if f.snoozed:
        return _snoozed_page_ids(db, f, limit, after)
    clauses, params = _clauses(f, states=False)
    if after is not None:
        cond, values = _keyset(keys, desc, after)
        clauses.append(cond)
        params.extend(values)
    states = list(dict.fromkeys(str(s) for s in f.states))
    if len(states) <= 1:
        if states:
            clauses.insert(0, "m.state = ?")
            params.insert(0, states[0])
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            f"SELECT m.id FROM messages m INDEXED BY {_list_index(f, bool(states))}{where}"
            f" ORDER BY {_order_sql(keys, desc)} LIMIT ?"
        )
        return [r[0] for r in db.execute(sql, [*params, limit])]
    # Several states: each one walks its own index range and stops at the limit; the few
    # rows that come back are merged. (A single "state IN (...)" would sort every match.)
    cols = ", ".join(f"m.{k}" for k in dict.fromkeys(("id", *keys)))
    arms, arm_params = [], []
    for state in states:
        where = " WHERE " + " AND ".join(["m.state = ?", *clauses])
        arms.append(
            f"SELECT * FROM (SELECT {cols} FROM messages m INDEXED BY {_list_index(f, True)}{where}"
            f" ORDER BY {_order_sql(keys, desc)} LIMIT ?)"
        )
        arm_params.extend([state, *params, limit])
    sql = (
        f"SELECT id FROM ({' UNION ALL '.join(arms)})"
        f" ORDER BY {_order_sql(keys, desc, alias='')} LIMIT ?"
    )
    return [r[0] for r in db.execute(sql, [*arm_params, limit])]


def _snoozed_page_ids(
    db: sqlite_utils.Database, f: MessageFilter, limit: int, after: Message | None
) -> list[int]:
    """The snoozed messages in the order they wake (the snoozes, not a walk over every
    message)."""
    clauses, params = _clauses(f)
    if after is not None:
        clauses.append(
            "(s.until, s.message_id) > (SELECT until, message_id FROM snoozes"
            " WHERE message_id = ? AND woke_at IS NULL)"
        )
        params.append(after.id)
    sql = (
        "SELECT m.id FROM snoozes s CROSS JOIN messages m ON m.id = s.message_id"
        f" WHERE s.woke_at IS NULL AND {' AND '.join(clauses)}"
        " ORDER BY s.until, s.message_id LIMIT ?"
    )
    return [r[0] for r in db.execute(sql, [*params, limit])]


def _list_index(f: MessageFilter, one_state: bool) -> str:
    """The index a page walks: one whose order is the display order, so the walk stops after
    a page. Named explicitly because the planner prefers an index that matches more equality
    terms (and then sorts every match), which is the slow choice for a big inbox."""
    time_order = f.order in ("newest", "oldest")
    if f.channel_id is not None:
        return "messages_by_channel_time" if time_order else "messages_by_channel_priority"
    if one_state:
        return "messages_by_state_time" if time_order else "messages_by_state"
    return "messages_by_time" if time_order else "messages_by_priority"


def _search_page_ids(
    db: sqlite_utils.Database,
    f: MessageFilter,
    q: str,
    limit: int,
    after: Message | None,
    desc: bool,
) -> list[int]:
    """Matches in the full-text index's rowid order, joined to the other filters; the walk
    stops after a page instead of sorting every match of a common word. (A prefix term still
    costs one merge of its words' lists: tens of ms at a million messages.)"""
    clauses, params = _clauses(f, search=False)
    if after is not None:
        clauses.append(f"messages_fts.rowid {'<' if desc else '>'} ?")
        params.append(after.id)
    extra = "".join(f" AND {c}" for c in clauses)
    sql = (
        "SELECT m.id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
        f" WHERE messages_fts MATCH ?{extra}"
        f" ORDER BY messages_fts.rowid{' DESC' if desc else ''} LIMIT ?"
    )
    return [r[0] for r in db.execute(sql, [q, *params, limit])]


def message_ids(db: sqlite_utils.Database, f: MessageFilter) -> list[int]:
    """All ids of the filtered list in display order (index only; no text is read)."""
    keys, desc = _order(f)
    where, params = _where(f)
    return [
        r[0]
        for r in db.execute(
            f"SELECT m.id FROM messages m{where} ORDER BY {_order_sql(keys, desc)}", params
        )
    ]


def thread(db: sqlite_utils.Database, message_id: int) -> list[Message]:
    """The message with what it answers (up the chain) and every reply below it, oldest first."""
    msg = get_message(db, message_id)
    if msg is None:
        return []
    seen = {msg.id: msg}
    cur = msg
    for _ in range(100):  # ancestors
        if not cur.in_reply_to_id:
            break
        parent = find_by_remote_id(db, msg.channel_id, cur.in_reply_to_id)
        if parent is None or parent.id in seen:
            break
        seen[parent.id] = parent
        cur = parent
    frontier = [msg.remote_id]
    for _ in range(100):  # descendants, breadth first
        if not frontier:
            break
        marks = ",".join("?" * len(frontier))
        rows = db.execute(
            f"SELECT {_COLUMNS}{_FROM} WHERE m.channel_id = ? AND m.in_reply_to_id IN ({marks})",
            [msg.channel_id, *frontier],
        ).fetchall()
        frontier = []
        for r in rows:
            if r[0] not in seen:
                child = _row_to_message(r)
                seen[child.id] = child
                frontier.append(child.remote_id)
    return sorted(seen.values(), key=lambda m: (m.created_at, m.id or 0))


def set_state(
    db: sqlite_utils.Database, ids: Sequence[int], state: MessageState, *, now: int | None = None
) -> dict[int, MessageState]:
    """Change the state of messages; returns what each was before (for undo)."""
    at = seconds_now(now)
    previous: dict[int, MessageState] = {}
    with transaction(db):
        for mid in ids:
            row = db.execute("SELECT state FROM messages WHERE id = ?", (mid,)).fetchone()
            if row is None:
                continue
            previous[mid] = MessageState(row[0])
            db.execute("UPDATE messages SET state = ?, read = 1 WHERE id = ?", (str(state), mid))
            events.record(
                db,
                "state_changed",
                message_id=mid,
                at=at,
                detail={"from": row[0], "to": str(state)},
            )
    return previous


def restore_states(db: sqlite_utils.Database, previous: dict[int, MessageState]) -> None:
    """Undo a set_state()."""
    with transaction(db):
        for mid, state in previous.items():
            db.execute("UPDATE messages SET state = ? WHERE id = ?", (str(state), mid))
            events.record(db, "state_restored", message_id=mid, detail={"to": str(state)})


def mark_read(db: sqlite_utils.Database, message_id: int, read: bool = True) -> None:
    db.execute("UPDATE messages SET read = ? WHERE id = ?", (int(read), message_id))


def delete_message(db: sqlite_utils.Database, message_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM messages WHERE id = ?", (message_id,))


@dataclass(frozen=True, slots=True)
class NavCounts:
    needs_reply: int
    unread: int
    by_state: dict[str, int]
    #: channel id -> (needs_reply, unread)
    by_channel: dict[int, tuple[int, int]]
    #: snoozed now (out of the counts above until they wake)
    snoozed: int = 0


def nav_counts(db: sqlite_utils.Database) -> NavCounts:
    # One pass over a covering index, already in (state, channel) order: no sorting, no text.
    by_state: dict[str, int] = {}
    by_channel: dict[int, tuple[int, int]] = {}
    unread_total = 0
    # Snoozed messages are out of the lists: the few of them are counted off again (from
    # the snoozes, CROSS JOIN keeps that order: not a walk over every message).
    snoozed = (
        "SELECT m.state, m.channel_id, -count(*), -sum(m.read = 0) FROM snoozes s"
        " CROSS JOIN messages m ON m.id = s.message_id WHERE s.woke_at IS NULL AND m.is_own = 0"
        " GROUP BY m.state, m.channel_id"
    )
    for state, cid, n, unread in db.execute(
        "SELECT state, channel_id, count(*), sum(read = 0) FROM messages"
        f" WHERE is_own = 0 GROUP BY state, channel_id UNION ALL {snoozed}"
    ):
        by_state[state] = by_state.get(state, 0) + n
        needs, unread_here = by_channel.get(cid, (0, 0))
        if state == "needs_reply":
            needs += n
        if state in ("new", "needs_reply"):
            unread_here += unread or 0
            unread_total += unread or 0
        by_channel[cid] = (needs, unread_here)
    snoozed_now = db.execute(
        "SELECT count(*) FROM snoozes s CROSS JOIN messages m ON m.id = s.message_id"
        " WHERE s.woke_at IS NULL AND m.is_own = 0"
    ).fetchone()[0]
    return NavCounts(
        by_state.get("needs_reply", 0), unread_total, by_state, by_channel, snoozed_now
    )


def private_conversations(db: sqlite_utils.Database, limit: int = 200) -> list[Message]:
    """The latest message of each private conversation (DMs), newest first. When that one
    is ours, ``author_handle`` / ``author_name`` name the person we write with."""
    rows = db.execute(
        "SELECT max(m.id) FROM messages m WHERE m.kind IN ('direct', 'own_direct')"
        " AND m.created_at = (SELECT max(x.created_at) FROM messages x"
        "   WHERE x.channel_id = m.channel_id AND x.thread_root_id = m.thread_root_id"
        "   AND x.kind IN ('direct', 'own_direct'))"
        " GROUP BY m.channel_id, m.thread_root_id ORDER BY max(m.created_at) DESC LIMIT ?",
        (limit,),
    ).fetchall()
    found = get_messages(db, [r[0] for r in rows])
    out = []
    for (mid,) in rows:
        m = found[mid]
        if m.is_own:
            other = db.execute(
                "SELECT a.handle, coalesce(nullif(a.display_name, ''), a.handle)"
                " FROM messages x JOIN authors a ON a.id = x.author_id"
                " WHERE x.channel_id = ? AND x.thread_root_id = ? AND x.is_own = 0"
                " ORDER BY x.created_at DESC LIMIT 1",
                (m.channel_id, m.thread_root_id),
            ).fetchone()
            if other:
                m.author_handle, m.author_name = other
        out.append(m)
    return out
