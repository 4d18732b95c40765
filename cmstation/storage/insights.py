"""The SQL behind the insights: who needed a reply, who got one, and how fast.

Definitions (kept simple on purpose; ``cmstation.insights.mastery`` documents them for users):

* A message **needed a reply** when it is someone else's (``is_own = 0``), not spam, and its
  state is ``needs_reply``, or it was answered (``state = 'replied'`` or ``replied_at`` set,
  or one of our own stored posts answers it), or the event log shows it once left the
  ``needs_reply`` state (``state_changed`` with ``from = needs_reply``).
* It is **handled** when its state is ``replied``, ``done`` or ``ignored``.
* Its **first response** is the earliest of ``replied_at`` and the time of our own stored
  reply to it (``is_own = 1`` with ``in_reply_to_id`` = its remote id); the response time
  is that minus its ``created_at``. Messages closed without a reply (done, ignored) have no
  response time.
* **Overdue**: state ``needs_reply`` and older than the given age (any age, not only within
  the window).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from cmstation.storage.insight_facts import NEEDED


@dataclass(frozen=True, slots=True)
class ReplyFigures:
    needed_reply: int
    handled: int
    #: seconds from the message to our first response, one per answered message
    response_seconds: tuple[int, ...]
    overdue: int
    oldest_waiting_at: int | None


#: The states of a handled message (needed_rows' second column says it in SQL).
HANDLED = ("replied", "done", "ignored")


def _channel_clause(channel_ids: Sequence[int] | None) -> tuple[str, list]:
    if channel_ids is None:
        return "", []
    if not channel_ids:
        return " AND 0", []
    return f" AND m.channel_id IN ({','.join('?' * len(channel_ids))})", list(channel_ids)


def needed_rows(
    db: sqlite_utils.Database, channel_ids: Sequence[int] | None, since: int, until: int
) -> list[tuple[int, bool, int | None]]:
    """(created_at, handled, first response or None) of every message created in
    [since, until] that needed a reply, in order of created_at."""
    chan, params = _channel_clause(channel_ids)
    return [
        (created, bool(handled), int(first) if first < 1e17 else None)
        for created, handled, first in db.execute(
            "SELECT m.created_at, m.state IN ('replied', 'done', 'ignored'),"
            " coalesce(m.first_response_at, 1e18) FROM messages m INDEXED BY messages_needed"
            f" WHERE m.created_at >= ? AND m.created_at <= ? AND {NEEDED}{chan}"
            " ORDER BY m.created_at",
            [since, until, *params],
        )
    ]


def waiting_before(
    db: sqlite_utils.Database, channel_ids: Sequence[int] | None, moments: Sequence[int]
) -> tuple[list[int], int | None]:
    """(for each moment, how many wait for a reply now that were created before it; the
    oldest waiting one's created_at), in one pass."""
    chan, params = _channel_clause(channel_ids)
    sums = "".join(", coalesce(sum(m.created_at < ?), 0)" for _ in moments)
    row = db.execute(
        f"SELECT min(m.created_at){sums} FROM messages m WHERE m.is_own = 0"
        f" AND m.state = 'needs_reply'{chan}",
        [*moments, *params],
    ).fetchone()
    return list(row[1:]), row[0]


def figures_of(
    rows: Sequence[tuple[int, bool, int | None]], overdue: int, oldest_waiting: int | None
) -> ReplyFigures:
    """ReplyFigures of rows from needed_rows (those of one window)."""
    response = tuple(
        sorted(max(0, first - created) for created, _, first in rows if first is not None)
    )
    handled = sum(1 for _, h, _ in rows if h)
    return ReplyFigures(len(rows), handled, response, overdue, oldest_waiting)


def reply_figures(
    db: sqlite_utils.Database,
    channel_ids: Sequence[int] | None,
    *,
    since: int,
    now: int,
    overdue_after: int,
) -> ReplyFigures:
    """Figures over messages created in [since, now] on the given channels (None: all)."""
    rows = needed_rows(db, channel_ids, since, now)
    (overdue,), oldest = waiting_before(db, channel_ids, [now - overdue_after])
    return figures_of(rows, overdue, oldest)


def response_target_hours(db: sqlite_utils.Database) -> float | None:
    """The profile's response target (``data`` JSON key ``response_target_hours``), if set."""
    r = db.execute("SELECT data FROM profile WHERE id = 1").fetchone()
    if r is None:
        return None
    try:
        value = json.loads(r[0] or "{}").get("response_target_hours")
    except (ValueError, AttributeError):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def count_channels(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM channels").fetchone()[0]
