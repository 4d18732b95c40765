"""The SQL behind the client report (cmstation.insights.report): rows and small aggregates
over messages created in ``[start, end)``; the insights turn them into figures in the
profile's time zone. "Needed a reply" and "first response" are storage.insights' own.

Counted everywhere: other people's messages (``is_own = 0``), not spam. Private messages
(``direct``) count for responsiveness and volume, never for reach or the pyramid (they are
no word of mouth).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import sqlite_utils

from cmstation.storage.insight_facts import NEEDED
from cmstation.storage.insights import _channel_clause

_PUBLIC = "m.is_own = 0 AND m.state != 'spam' AND m.kind NOT IN ('direct', 'own_direct')"
#: The same for queries on messages_author_facts (pyramid_role says spam and private).
_PUBLIC_FACTS = "m.is_own = 0 AND m.pyramid_role >= 0"
_PERSON = "c.kind || ':' || ltrim(lower(x.handle), '@')"


class ResponseRow(NamedTuple):
    """A message that needed a reply (a tuple: tens of thousands are read per report)."""

    message_id: int
    channel_id: int
    created_at: int
    first_response: int | None  # unix seconds; None: not answered (yet)
    priority: int
    state: str


def response_rows(
    db: sqlite_utils.Database, channel_ids: Sequence[int] | None, start: int, end: int
) -> list[ResponseRow]:
    """Every message created in [start, end) that needed a reply, with its first response."""
    chan, params = _channel_clause(channel_ids)
    rows = db.execute(
        "SELECT m.id, m.channel_id, m.created_at, m.first_response_at, m.priority, m.state"
        " FROM messages m INDEXED BY messages_needed"
        f" WHERE m.created_at >= ? AND m.created_at < ? AND {NEEDED}{chan}"
        " ORDER BY m.created_at, m.id",
        [start, end, *params],
    ).fetchall()
    return [ResponseRow._make(r) for r in rows]


def waiting(
    db: sqlite_utils.Database, channel_ids: Sequence[int] | None, *, priority: int | None = None
) -> tuple[int, int | None]:
    """(how many wait for a reply now, the oldest one's created_at), any age; only those of
    this priority when given."""
    chan, params = _channel_clause(channel_ids)
    prio = "" if priority is None else " AND m.priority = ?"
    n, oldest = db.execute(
        "SELECT count(*), min(m.created_at) FROM messages m WHERE m.is_own = 0"
        f" AND m.state = 'needs_reply'{prio}{chan}",
        [*([] if priority is None else [priority]), *params],
    ).fetchone()
    return n, oldest


def _day_of(midnights: Sequence[int], at: str = "m.created_at") -> str:
    """SQL for the index of the local day ``at`` (a time column) falls on, given the day
    boundaries (``midnights[i]`` starts day i, the last one ends the last day): one CASE
    branch per run of days of equal length (a DST change's day is a run of its own), so the
    bucketing is exact in any time zone without a per-row zone lookup."""
    branches, i, n = [], 0, len(midnights) - 1
    while i < n:
        length = int(midnights[i + 1]) - int(midnights[i])
        j = i + 1
        while j < n and int(midnights[j + 1]) - int(midnights[j]) == length:
            j += 1
        branches.append(
            f"WHEN {at} < {int(midnights[j])}"
            f" THEN {i} + ({at} - {int(midnights[i])}) / {max(1, length)}"
        )
        i = j
    return f"CASE {' '.join(branches)} END" if branches else "NULL"


def _whole_hours(midnights: Sequence[int], end: int) -> int | None:
    """Where message_hours can stand in for the messages from ``midnights[0]``: up to the
    last whole hour before ``end``, when every day boundary is a whole hour (the time zone's
    offsets are); None when they are not."""
    if not midnights or any(int(m) % 3600 for m in midnights):
        return None
    return max(int(midnights[0]), end - end % 3600)


def _summed(*parts: list[tuple], keys: int) -> list[tuple]:
    """Rows of several queries with the same keys, their counts added, zero rows dropped."""
    total: dict[tuple, list[int]] = {}
    for rows in parts:
        for r in rows:
            acc = total.setdefault(tuple(r[:keys]), [0] * (len(r) - keys))
            for i, v in enumerate(r[keys:]):
                acc[i] += v
    return [(*k, *v) for k, v in sorted(total.items()) if v[0]]


def volume_days(
    db: sqlite_utils.Database,
    channel_ids: Sequence[int] | None,
    midnights: Sequence[int],
    end: int,
) -> list[tuple[int, int, str, int]]:
    """(day index, channel id, sentiment, messages) of the messages created from
    ``midnights[0]`` up to ``end`` (see _day_of): whole hours from message_hours, the rest
    counted from the messages."""
    chan, params = _channel_clause(channel_ids)
    cut = _whole_hours(midnights, end)
    hours = []
    if cut is not None:
        hours = db.execute(
            f"SELECT {_day_of(midnights, 'h.hour * 3600')}, h.channel_id, h.sentiment, sum(h.n)"
            f" FROM message_hours h WHERE h.hour >= ? AND h.hour < ?{chan.replace('m.', 'h.')}"
            " GROUP BY 1, 2, 3",
            [int(midnights[0]) // 3600, cut // 3600, *params],
        ).fetchall()
    counted = db.execute(
        f"SELECT {_day_of(midnights)}, m.channel_id, m.sentiment, count(*)"
        " FROM messages m INDEXED BY messages_by_time"
        " WHERE m.created_at >= ? AND m.created_at < ? AND m.is_own = 0"
        f" AND m.state != 'spam'{chan} GROUP BY 1, 2, 3",
        [midnights[0] if cut is None else cut, end, *params],
    ).fetchall()
    return _summed(hours, counted, keys=3)


def reach_days(
    db: sqlite_utils.Database,
    channel_ids: Sequence[int] | None,
    midnights: Sequence[int],
    end: int,
) -> list[tuple[int, str, int, int, int]]:
    """(day index, sentiment, messages, of them with a known reach, sum of reach)."""
    chan, params = _channel_clause(channel_ids)
    cut = _whole_hours(midnights, end)
    hours = []
    if cut is not None:
        hours = db.execute(
            f"SELECT {_day_of(midnights, 'h.hour * 3600')}, h.sentiment, sum(h.n), sum(h.known),"
            " sum(h.reach) FROM message_hours h WHERE h.hour >= ? AND h.hour < ?"
            f" AND h.direct = 0{chan.replace('m.', 'h.')} GROUP BY 1, 2",
            [int(midnights[0]) // 3600, cut // 3600, *params],
        ).fetchall()
    counted = db.execute(
        f"SELECT {_day_of(midnights)}, m.sentiment, count(*),"
        " count(m.author_followers), coalesce(sum(m.author_followers), 0)"
        " FROM messages m INDEXED BY messages_by_time"
        f" WHERE m.created_at >= ? AND m.created_at < ? AND {_PUBLIC}{chan}"
        " GROUP BY 1, 2",
        [midnights[0] if cut is None else cut, end, *params],
    ).fetchall()
    return _summed(hours, counted, keys=2)


@dataclass(frozen=True, slots=True)
class ReachRow:
    message_id: int
    channel_id: int
    created_at: int
    handle: str
    reach: int | None
    state: str
    text: str
    url: str


def top_complaints(
    db: sqlite_utils.Database,
    channel_ids: Sequence[int] | None,
    start: int,
    end: int,
    *,
    complaint: int,
    limit: int,
) -> list[ReachRow]:
    """Complaints created in [start, end), the largest reach first (unknown last)."""
    chan, params = _channel_clause(channel_ids)
    # Over more than two weeks the complaints (the priority index) are fewer rows to read
    # than the period's messages (the time index); the unary + keeps the time index out.
    t = "+m.created_at" if end - start > 14 * 86400 else "m.created_at"
    return [
        ReachRow(*r)
        for r in db.execute(
            "SELECT m.id, m.channel_id, m.created_at, coalesce(a.handle, ''), m.author_followers,"
            " m.state, substr(m.text, 1, 200), m.url FROM messages m"
            " LEFT JOIN authors a ON a.id = m.author_id"
            f" WHERE {t} >= ? AND {t} < ? AND {_PUBLIC} AND m.priority = ?{chan}"
            " ORDER BY m.author_followers IS NULL, m.author_followers DESC, m.created_at DESC,"
            " m.id DESC LIMIT ?",
            [start, end, complaint, *params, limit],
        )
    ]


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What one person (network + handle) was seen doing in the period."""

    key: str  # "mastodon:anna@fiets.nl"
    handle: str
    display_name: str
    author_ids: tuple[int, ...]
    shares: int  # reposts, boosts, quotes
    comments: int  # replies, mentions, hand-captured items, hits/feed items that reply
    produced: int  # search hits and feed items that start something
    answers: int  # replies to another person's question or complaint
    positive: int
    negative: int
    messages: int
    reach: int | None  # the largest follower count seen
    last_message_id: int
    last_at: int


def people(
    db: sqlite_utils.Database, channel_ids: Sequence[int] | None, start: int, end: int
) -> list[PersonRow]:
    chan, params = _channel_clause(channel_ids)
    # Author by author (the authors table in id order, each one's messages of the period
    # read from messages_author_facts: grouping needs no sort), then by person.
    rows = db.execute(
        f"SELECT {_PERSON}, max(x.handle), max(x.display_name), group_concat(DISTINCT x.id),"
        " sum(x.shares), sum(x.comments), sum(x.produced), sum(x.answers), sum(x.positive),"
        " sum(x.negative), sum(x.n), max(x.reach), max(x.last) % 1000000000, max(x.last_at)"
        " FROM (SELECT a.id AS id, a.channel_id AS channel_id, a.handle AS handle,"
        "  a.display_name AS display_name, sum(m.pyramid_role = 1) AS shares,"
        "  sum(m.pyramid_role = 2) AS comments, sum(m.pyramid_role = 3) AS produced,"
        "  sum(m.answers_other) AS answers, sum(m.sentiment = 'positive') AS positive,"
        "  sum(m.sentiment = 'negative') AS negative, count(*) AS n,"
        "  max(m.author_followers) AS reach, max(m.created_at * 1000000000 + m.id) AS last,"
        "  max(m.created_at) AS last_at"
        "  FROM authors a CROSS JOIN messages m INDEXED BY messages_author_facts"
        "  ON m.author_id = a.id"
        "  WHERE m.created_at >= ? AND m.created_at < ? AND m.is_own = 0"
        f"  AND m.pyramid_role >= 0 AND a.handle != ''{chan} GROUP BY a.id) x"
        " JOIN channels c ON c.id = x.channel_id GROUP BY 1 ORDER BY 1",
        [start, end, *params],
    ).fetchall()
    return [
        PersonRow(
            r[0],
            r[1],
            r[2],
            tuple(sorted(map(int, str(r[3]).split(",")))) if "," in str(r[3]) else (int(r[3]),),
            *r[4:],
        )
        for r in rows
    ]


def people_levels(
    db: sqlite_utils.Database, channel_ids: Sequence[int] | None, start: int, end: int
) -> dict[str, int]:
    """How many people of the period are at each level of the engagement pyramid (what
    insights.pyramid.level_of says of people()'s rows, counted in SQL: the previous
    period's trend needs only these numbers)."""
    chan, params = _channel_clause(channel_ids)
    return dict(
        db.execute(
            "SELECT level, count(*) FROM (SELECT CASE WHEN max(x.answers) THEN 'curating'"
            " WHEN max(x.produced) THEN 'producing' WHEN max(x.comments) THEN 'commenting'"
            " ELSE 'sharing' END AS level"
            " FROM (SELECT a.channel_id AS channel_id, a.handle AS handle,"
            "  max(m.answers_other) AS answers, max(m.pyramid_role = 3) AS produced,"
            "  max(m.pyramid_role = 2) AS comments"
            "  FROM authors a CROSS JOIN messages m INDEXED BY messages_author_facts"
            "  ON m.author_id = a.id WHERE m.created_at >= ? AND m.created_at < ?"
            "  AND m.is_own = 0 AND m.pyramid_role >= 0"
            f"  AND a.handle != ''{chan} GROUP BY a.id) x"
            f" JOIN channels c ON c.id = x.channel_id GROUP BY {_PERSON}) GROUP BY level",
            [start, end, *params],
        ).fetchall()
    )


def replies_to_authors(
    db: sqlite_utils.Database, author_ids: Sequence[int], start: int, end: int
) -> int:
    """How many of our replies in [start, end) answer a message of these authors."""
    if not author_ids:
        return 0
    marks = ",".join("?" * len(author_ids))
    return db.execute(
        "SELECT count(*) FROM messages r INDEXED BY messages_own_by_time"
        " CROSS JOIN messages m ON m.channel_id = r.channel_id"
        " AND m.remote_id = r.in_reply_to_id AND r.in_reply_to_id != ''"
        f" WHERE r.is_own = 1 AND r.created_at >= ? AND r.created_at < ?"
        f" AND m.author_id IN ({marks})",
        [start, end, *author_ids],
    ).fetchone()[0]


def history(
    db: sqlite_utils.Database, author_ids: Sequence[int], start: int, end: int
) -> list[tuple[int, int, str, str, bool]]:
    """(message id, created_at, kind, sentiment, answers another person) in the period."""
    if not author_ids:
        return []
    marks = ",".join("?" * len(author_ids))
    return [
        (r[0], r[1], r[2], r[3], bool(r[4]))
        for r in db.execute(
            "SELECT m.id, m.created_at, m.kind, m.sentiment, m.answers_other"
            " FROM messages m INDEXED BY messages_author_facts"
            f" WHERE m.author_id IN ({marks}) AND m.created_at >= ? AND m.created_at < ?"
            f" AND {_PUBLIC_FACTS} ORDER BY m.created_at, m.id",
            [*author_ids, start, end],
        )
    ]


def replies_by_author(
    db: sqlite_utils.Database, author_ids: Sequence[int], start: int, end: int
) -> dict[int, int]:
    """For each of these authors, how many of our replies in [start, end) answer one of
    their messages (replies_to_authors for many at once)."""
    if not author_ids:
        return {}
    marks = ",".join("?" * len(author_ids))
    return dict(
        db.execute(
            "SELECT m.author_id, count(*) FROM messages r INDEXED BY messages_own_by_time"
            " CROSS JOIN messages m"
            " ON m.channel_id = r.channel_id AND m.remote_id = r.in_reply_to_id"
            " AND r.in_reply_to_id != ''"
            " WHERE r.is_own = 1 AND r.created_at >= ? AND r.created_at < ?"
            f" AND m.author_id IN ({marks}) GROUP BY m.author_id",
            [start, end, *author_ids],
        ).fetchall()
    )


def histories(
    db: sqlite_utils.Database,
    author_ids: Sequence[int],
    start: int,
    end: int,
    *,
    latest: int | None = None,
) -> list[tuple[int, int, int, str, str, bool]]:
    """(author id, message id, created_at, kind, sentiment, answers another person) of
    these authors' public messages in the period, in time order (history for many); with
    ``latest``, only each author's latest that many (one short index range per author)."""
    if not author_ids:
        return []
    cols = "m.author_id, m.id, m.created_at, m.kind, m.sentiment, m.answers_other"
    where = f"m.created_at >= ? AND m.created_at < ? AND {_PUBLIC_FACTS}"
    if latest is None:
        marks = ",".join("?" * len(author_ids))
        sql = (
            f"SELECT {cols} FROM messages m INDEXED BY messages_author_facts"
            f" WHERE m.author_id IN ({marks}) AND {where}"
        )
        params = [*author_ids, start, end]
        found = db.execute(sql, params).fetchall()
    else:
        one = (
            f"SELECT * FROM (SELECT {cols} FROM messages m INDEXED BY messages_author_facts"
            f" WHERE m.author_id = ? AND {where} ORDER BY m.created_at DESC, m.id DESC LIMIT ?)"
        )
        found = []
        for i in range(0, len(author_ids), 200):  # SQLite's limit on compound selects: 500
            part = author_ids[i : i + 200]
            found += db.execute(
                " UNION ALL ".join([one] * len(part)),
                [x for a in part for x in (a, start, end, latest)],
            ).fetchall()
    found.sort(key=lambda r: (r[2], r[1]))
    return [(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in found]


def own_posts(
    db: sqlite_utils.Database, channel_ids: Sequence[int] | None, start: int, end: int
) -> list[tuple[int, int, int]]:
    """Our own posts created in [start, end): (id, created_at, replies from other people)."""
    chan, params = _channel_clause(channel_ids)
    return [
        tuple(r)
        for r in db.execute(
            "SELECT m.id, m.created_at, (SELECT count(*) FROM messages r"
            " WHERE r.channel_id = m.channel_id AND r.is_own = 0 AND r.state != 'spam'"
            " AND r.remote_id != m.remote_id"
            " AND (r.thread_root_id = m.remote_id OR r.in_reply_to_id = m.remote_id))"
            " FROM messages m INDEXED BY messages_own_posts WHERE m.kind = 'own_post'"
            f" AND m.created_at >= ? AND m.created_at < ?{chan}"
            " ORDER BY m.created_at, m.id",
            [start, end, *params],
        )
    ]
