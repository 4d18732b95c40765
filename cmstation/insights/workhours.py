"""Working-hours arithmetic: how many seconds of an interval fall within the profile's
working hours, in its time zone.

The profile's ``working_hours`` is ``{"days": [1, 2, 3, 4, 5], "start": "09:00", "end":
"17:00"}`` (ISO weekdays, 1 = Monday; local wall-clock times). Each working day's span is
its local start to its local end, turned into real instants through ``zoneinfo``, so a day
of a DST change counts its real length (09:00-17:00 is always 8 hours; a span across the
02:00 -> 03:00 jump is an hour shorter). An ``end`` at or before ``start`` runs to the next
day's ``end`` (a night shift). Without working hours in the profile, Monday to Friday
09:00-17:00 is assumed (``WorkingHours.assumed`` says so).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_DAYS = (1, 2, 3, 4, 5)
DEFAULT_START = time(9, 0)
DEFAULT_END = time(17, 0)


@dataclass(frozen=True, slots=True)
class WorkingHours:
    days: tuple[int, ...]
    start: time
    end: time
    assumed: bool = False  # the profile had none: the defaults

    def as_dict(self) -> dict:
        return {
            "days": list(self.days),
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
            "assumed": self.assumed,
        }


def _hhmm(raw) -> time | None:
    try:
        hh, mm = (int(x) for x in str(raw).split(":")[:2])
        return time(hh, mm)
    except (ValueError, TypeError):
        return None


def working_hours_of(raw: dict | None) -> WorkingHours:
    raw = raw if isinstance(raw, dict) else {}
    days = tuple(
        sorted({int(d) for d in raw.get("days") or [] if str(d).isdigit()} & set(range(1, 8)))
    )
    start, end = _hhmm(raw.get("start")), _hhmm(raw.get("end"))
    if not days or start is None or end is None:
        return WorkingHours(DEFAULT_DAYS, DEFAULT_START, DEFAULT_END, assumed=True)
    return WorkingHours(days, start, end)


def _spans(day: date, wh: WorkingHours, tz: ZoneInfo) -> tuple[int, int]:
    begin = datetime.combine(day, wh.start, tzinfo=tz)
    end_day = day if wh.end > wh.start else day + timedelta(days=1)
    end = datetime.combine(end_day, wh.end, tzinfo=tz)
    return int(begin.timestamp()), int(end.timestamp())


def working_seconds(a: int, b: int, wh: WorkingHours, tz: ZoneInfo) -> int:
    """Seconds of ``[a, b)`` within working hours (0 when ``b <= a``)."""
    if b <= a:
        return 0
    first = datetime.fromtimestamp(a, tz).date() - timedelta(days=1)  # a night shift's tail
    last = datetime.fromtimestamp(b, tz).date()
    days = set(wh.days)
    total = 0
    d = first
    while d <= last:
        if d.isoweekday() in days:
            s, e = _spans(d, wh, tz)
            lo, hi = max(a, s), min(b, e)
            if hi > lo:
                total += hi - lo
        d += timedelta(days=1)
    return total


class WorkClock:
    """``working_seconds`` for many intervals at once: each working day's span from
    ``first`` to ``last`` (local dates) is computed once, with the working seconds before
    it, so an interval costs two binary searches. Intervals reaching outside those days,
    or spans that overlap (an odd night shift across a DST change), are counted by
    ``working_seconds`` itself, so every figure is the same."""

    def __init__(self, wh: WorkingHours, tz: ZoneInfo, first: date, last: date) -> None:
        self.wh, self.tz = wh, tz
        days = set(wh.days)
        spans = []
        d = first - timedelta(days=1)
        while d <= last:
            if d.isoweekday() in days:
                spans.append(_spans(d, wh, tz))
            d += timedelta(days=1)
        self.lo = datetime.combine(first, time(0, 0), tzinfo=tz).timestamp()
        self.hi = datetime.combine(last + timedelta(days=1), time(0, 0), tzinfo=tz).timestamp()
        self.ok = all(s <= e for s, e in spans) and all(
            spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1)
        )
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.before = [0]
        for s, e in spans:
            self.before.append(self.before[-1] + e - s)

    def _upto(self, t: int) -> int:
        """Working seconds of the spans before ``t``."""
        i = bisect_right(self.starts, t)  # spans starting at or before t
        if i == 0:
            return 0
        return self.before[i - 1] + min(t, self.ends[i - 1]) - self.starts[i - 1]

    def many(self, spans: list[tuple[int, int]]) -> list[int]:
        """``seconds(a, b)`` of each (a, b), in one loop (tens of thousands per report)."""
        starts, ends, before, lo, hi = self.starts, self.ends, self.before, self.lo, self.hi
        out = []
        for a, b in spans:
            if b <= a:
                out.append(0)
            elif not self.ok or a < lo or b >= hi:
                out.append(working_seconds(a, b, self.wh, self.tz))
            else:
                i = bisect_right(starts, b)
                j = bisect_right(starts, a)
                upto_b = before[i - 1] + min(b, ends[i - 1]) - starts[i - 1] if i else 0
                upto_a = before[j - 1] + min(a, ends[j - 1]) - starts[j - 1] if j else 0
                out.append(upto_b - upto_a)
        return out

    def seconds(self, a: int, b: int) -> int:
        """Seconds of ``[a, b)`` within working hours (0 when ``b <= a``)."""
        if b <= a:
            return 0
        if not self.ok or a < self.lo or b >= self.hi:
            return working_seconds(a, b, self.wh, self.tz)
        return self._upto(b) - self._upto(a)
