"""Responsiveness: how fast and how completely messages that needed a reply got one.

What "needed a reply", "handled" and "first response" mean is storage.insights' (the gate's
own definitions). Counted over messages created in the period:

* **answered share**: answered (a first response exists) / needed a reply;
* **response time**: first response - created, per answered message, as wall-clock hours and
  as working hours (only the profile's working days and hours, in its time zone, count:
  insights.workhours); **median** (the middle value, or the mean of the two middle ones) and
  **p90** (nearest rank: the value at position round(0.9 * (n - 1)) of the sorted times,
  as the gate computes it);
* **meets target**: median wall-clock hours <= the profile's response target;
* per ISO week (local) of the message's arrival, the same figures;
* **complaints** (priority COMPLAINT) the same, separately;
* **backlog** now: messages waiting for a reply (any age), and the age of the oldest.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import timedelta

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Priority
from cmstation.insights.periods import Period, iso_week, local_date, midnight
from cmstation.insights.tables import Render, Table, english, hours, plain
from cmstation.insights.workhours import WorkClock, WorkingHours
from cmstation.storage import insights_report as store

CTX = "Insights"


@dataclass(frozen=True, slots=True)
class Stats:
    needed: int
    answered: int
    handled: int
    median_hours: float | None
    p90_hours: float | None
    median_working_hours: float | None
    p90_working_hours: float | None

    @property
    def answered_share(self) -> float | None:
        return self.answered / self.needed if self.needed else None

    def meets(self, target_hours: float) -> bool | None:
        return None if self.median_hours is None else self.median_hours <= target_hours

    def as_dict(self, render: Render = english) -> dict:
        share = self.answered_share
        return {
            "needed_reply": self.needed,
            "answered": self.answered,
            "handled": self.handled,
            "answered_share": None if share is None else round(share, 4),
            "median_hours": self.median_hours,
            "p90_hours": self.p90_hours,
            "median_working_hours": self.median_working_hours,
            "p90_working_hours": self.p90_working_hours,
        }


@dataclass(frozen=True, slots=True)
class WeekStats:
    week: str  # "2026-W13"
    all: Stats
    complaints: Stats


@dataclass(frozen=True, slots=True)
class Responsiveness:
    target_hours: float
    working_hours: WorkingHours
    overall: Stats
    complaints: Stats
    weeks: tuple[WeekStats, ...]
    backlog: int
    oldest_waiting_at: int | None
    oldest_waiting_hours: float | None
    complaints_backlog: int
    oldest_complaint_hours: float | None

    def as_dict(self, render: Render = english) -> dict:
        return {
            "target_hours": self.target_hours,
            "working_hours": self.working_hours.as_dict(),
            "overall": self.overall.as_dict(),
            "overall_meets_target": self.overall.meets(self.target_hours),
            "complaints": self.complaints.as_dict(),
            "complaints_meet_target": self.complaints.meets(self.target_hours),
            "backlog": self.backlog,
            "oldest_waiting_at": self.oldest_waiting_at,
            "oldest_waiting_hours": self.oldest_waiting_hours,
            "complaints_backlog": self.complaints_backlog,
            "oldest_complaint_hours": self.oldest_complaint_hours,
            "weeks": [
                {"week": w.week, **w.all.as_dict(), "complaints": w.complaints.as_dict()}
                for w in self.weeks
            ],
        }

    def tables(self) -> list[Table]:
        cols = (
            "week",
            "needed_reply",
            "answered",
            "answered_share",
            "median_hours",
            "p90_hours",
            "median_working_hours",
            "p90_working_hours",
            "target_hours",
            "meets_target",
            "complaints_needed_reply",
            "complaints_answered",
            "complaints_median_hours",
            "complaints_median_working_hours",
        )
        rows = tuple(
            (
                w.week,
                w.all.needed,
                w.all.answered,
                _share(w.all.answered_share),
                w.all.median_hours,
                w.all.p90_hours,
                w.all.median_working_hours,
                w.all.p90_working_hours,
                self.target_hours,
                w.all.meets(self.target_hours),
                w.complaints.needed,
                w.complaints.answered,
                w.complaints.median_hours,
                w.complaints.median_working_hours,
            )
            for w in self.weeks
        )
        return [Table("responsiveness_weeks", TITLE_WEEKS, cols, _headers(cols), rows)]


TITLE_WEEKS = Text(CTX, QT_TRANSLATE_NOOP("Insights", "First response per week"))
HEADERS = {
    "week": QT_TRANSLATE_NOOP("Insights", "Week"),
    "needed_reply": QT_TRANSLATE_NOOP("Insights", "Needed a reply"),
    "answered": QT_TRANSLATE_NOOP("Insights", "Answered"),
    "answered_share": QT_TRANSLATE_NOOP("Insights", "Answered share"),
    "median_hours": QT_TRANSLATE_NOOP("Insights", "Median (h)"),
    "p90_hours": QT_TRANSLATE_NOOP("Insights", "90th percentile (h)"),
    "median_working_hours": QT_TRANSLATE_NOOP("Insights", "Median (working h)"),
    "p90_working_hours": QT_TRANSLATE_NOOP("Insights", "90th percentile (working h)"),
    "target_hours": QT_TRANSLATE_NOOP("Insights", "Target (h)"),
    "meets_target": QT_TRANSLATE_NOOP("Insights", "Within target"),
    "complaints_needed_reply": QT_TRANSLATE_NOOP("Insights", "Complaints"),
    "complaints_answered": QT_TRANSLATE_NOOP("Insights", "Complaints answered"),
    "complaints_median_hours": QT_TRANSLATE_NOOP("Insights", "Complaints median (h)"),
    "complaints_median_working_hours": QT_TRANSLATE_NOOP(
        "Insights", "Complaints median (working h)"
    ),
}


def _headers(cols) -> tuple[Text, ...]:
    return tuple(Text(CTX, HEADERS[c]) for c in cols)


def _share(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


#: A response (wall-clock and working hours) of one message that needed a reply: None when
#: it was not answered (yet).
_Timed = tuple[store.ResponseRow, float | None, float | None]


def _stats(rows: list[_Timed]) -> Stats:
    wall = sorted(w for _, w, _ in rows if w is not None)
    work = sorted(k for _, w, k in rows if w is not None)
    handled = sum(1 for r, _, _ in rows if r.state in ("replied", "done", "ignored"))

    def mid(v):  # statistics.median of the sorted values
        if not v:
            return None
        n = len(v)
        return round(v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2, 2)

    def p90(v):  # mastery._percentile of the sorted values
        if not v:
            return None
        return round(v[min(len(v) - 1, max(0, round(0.9 * (len(v) - 1))))], 2)

    return Stats(len(rows), len(wall), handled, mid(wall), p90(wall), mid(work), p90(work))


def _timed(rows: list[store.ResponseRow], period: Period, wh: WorkingHours) -> list[_Timed]:
    """Each row with its response time, working hours counted once per row."""
    tz = period.tz()
    ends = [max(r.first_response, r.created_at) for r in rows if r.first_response is not None]
    last = period.last_day
    if ends:
        last = min(max(last, local_date(max(ends), tz)), period.first_day + timedelta(days=1464))
    clock = WorkClock(wh, tz, period.first_day, last)
    answered = [
        (r.created_at, max(r.first_response, r.created_at))
        for r in rows
        if r.first_response is not None
    ]
    work = iter(clock.many(answered))
    spans = iter(answered)
    out: list[_Timed] = []
    for r in rows:
        if r.first_response is None:
            out.append((r, None, None))
            continue
        a, b = next(spans)
        out.append((r, (b - a) / 3600, next(work) / 3600))
    return out


def _created(t: _Timed) -> int:
    return t[0].created_at


def responsiveness(
    db,
    period: Period,
    channel_ids: tuple[int, ...] | None,
    *,
    now: int,
    target_hours: float,
    working_hours: WorkingHours,
    needed: list[store.ResponseRow] | None = None,
) -> Responsiveness:
    """``needed``: store.response_rows over a span holding the period, when the caller
    already read them (build_report shares them with the mastery trend)."""
    tz = period.tz()
    if needed is None:
        needed = store.response_rows(db, channel_ids, period.start, period.end)
    else:
        needed = [r for r in needed if period.start <= r.created_at < period.end]
    rows = _timed(needed, period, working_hours)
    complaints = [t for t in rows if t[0].priority == Priority.COMPLAINT]
    by_week: dict[str, list[_Timed]] = {w: [] for w, _ in period.weeks()}
    # The rows are in time order: each week's rows run from its first local midnight on.
    starts = [max(period.start, midnight(monday, tz)) for _, monday in period.weeks()]
    names = list(by_week)
    for i, start in enumerate(starts):
        lo = bisect_left(rows, start, key=_created)
        hi = bisect_left(rows, starts[i + 1], key=_created) if i + 1 < len(starts) else len(rows)
        by_week[names[i]].extend(rows[lo:hi])
    for t in rows[: bisect_left(rows, starts[0], key=_created)] if starts else rows:
        by_week.setdefault(iso_week(local_date(t[0].created_at, tz)), []).append(t)
    weeks = tuple(
        WeekStats(w, _stats(rs), _stats([t for t in rs if t[0].priority == Priority.COMPLAINT]))
        for w, rs in by_week.items()
    )
    backlog, oldest = store.waiting(db, channel_ids)
    c_backlog, c_oldest = store.waiting(db, channel_ids, priority=Priority.COMPLAINT)
    return Responsiveness(
        target_hours=target_hours,
        working_hours=working_hours,
        overall=_stats(rows),
        complaints=_stats(complaints),
        weeks=weeks,
        backlog=backlog,
        oldest_waiting_at=oldest,
        oldest_waiting_hours=hours(now - oldest) if oldest is not None else None,
        complaints_backlog=c_backlog,
        oldest_complaint_hours=hours(now - c_oldest) if c_oldest is not None else None,
    )


__all__ = ["Responsiveness", "Stats", "WeekStats", "responsiveness", "plain"]
