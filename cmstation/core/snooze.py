"""When a snoozed message comes back: "tomorrow" (morning, within working hours), "next-week",
a date, a date and time, or a span ("3h", "2d"). No SQL, no Qt: storage/snoozes.py keeps
the snoozes, this module only reads the clock it is given."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from cmstation.core.models import Priority

#: A woken message comes back above everything else in the needs-reply list.
WOKEN_PRIORITY = Priority.COMPLAINT + 1
#: The morning when the profile has no working hours.
DEFAULT_START = time(9, 0)

TOMORROW, NEXT_WEEK = "tomorrow", "next-week"
_SPAN = re.compile(r"^\+?(\d+)\s*([mhdw])$", re.IGNORECASE)
_SPAN_SECONDS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


class BadTime(ValueError):
    """Not a time cmstation understands (the CLI and the window say which forms are)."""


def _start_of(working_hours: dict | None) -> time:
    raw = (working_hours or {}).get("start") or ""
    try:
        hh, mm = (int(x) for x in str(raw).split(":")[:2])
        return time(hh, mm)
    except (ValueError, TypeError):
        return DEFAULT_START


def _working_days(working_hours: dict | None) -> set[int]:
    """ISO weekdays (1 = Monday); every day when the profile does not say."""
    days = (working_hours or {}).get("days") or []
    found = {int(d) for d in days if str(d).isdigit() and 1 <= int(d) <= 7}
    return found or set(range(1, 8))


def _local(now: float, tz: tzinfo | None) -> datetime:
    return datetime.fromtimestamp(now, tz) if tz is not None else datetime.fromtimestamp(now)


def _at(day: date, start: time, tz: tzinfo | None) -> int:
    """Unix seconds of ``day`` at ``start`` local time (the system's zone when ``tz`` is None)."""
    return int(datetime.combine(day, start, tzinfo=tz).timestamp())


def next_working_morning(
    day: date, working_hours: dict | None = None, tz: tzinfo | None = None
) -> int:
    """The first working day on or after ``day``, at the start of work."""
    days = _working_days(working_hours)
    for _ in range(8):
        if day.isoweekday() in days:
            break
        day += timedelta(days=1)
    return _at(day, _start_of(working_hours), tz)


def resolve_until(
    spec: str, *, now: float, working_hours: dict | None = None, tz: tzinfo | None = None
) -> int:
    """Unix seconds for what a person typed; ``BadTime`` when it is none of the forms."""
    s = (spec or "").strip().lower()
    today = _local(now, tz).date()
    if s == TOMORROW:
        return next_working_morning(today + timedelta(days=1), working_hours, tz)
    if s in (NEXT_WEEK, "next week", "nextweek"):
        monday = today + timedelta(days=7 - today.weekday())
        return next_working_morning(monday, working_hours, tz)
    span = _SPAN.match(s)
    if span:
        return int(now) + int(span.group(1)) * _SPAN_SECONDS[span.group(2).lower()]
    raw = (spec or "").strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return next_working_morning(
                date.fromisoformat(raw), {"start": _hhmm(working_hours)}, tz
            )
        v = raw[:-1] + "+00:00" if raw.endswith(("Z", "z")) else raw
        dt = datetime.fromisoformat(v)
    except ValueError:
        raise BadTime(spec) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz) if tz is not None else dt
    return int(dt.timestamp())


def _hhmm(working_hours: dict | None) -> str:
    return _start_of(working_hours).strftime("%H:%M")
