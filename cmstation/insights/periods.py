"""The period a report covers: the last 7, 30 or 90 days, or a custom span of dates, in the
profile's time zone.

``"7d"`` is today and the six days before it (local dates), from local midnight up to
``now``; ``"2026-03-01..2026-03-31"`` is those dates inclusive, from the first one's local
midnight to the midnight after the last. Every figure counts what was created in
``[start, end)``. The previous period (for trends) is as many days just before it.
Days and ISO weeks are local ones: a day of a DST change is 23 or 25 hours long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text

PRESETS = {"7d": 7, "30d": 30, "90d": 90}
DEFAULT_PERIOD = "30d"
#: A custom period is at most this long (a report is for a client, not an archive).
MAX_DAYS = 3 * 366

MSG_BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Insights",
    "Unknown period {spec!r}: use 7d, 30d, 90d or FROM..TO (dates as 2026-03-01..2026-03-31).",
)
MSG_BACKWARDS = QT_TRANSLATE_NOOP(
    "Insights", "The period {spec!r} ends before it starts (FROM..TO, FROM first)."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Insights", "The period {spec!r} is longer than {max} days.")

_CUSTOM = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})\s*$")


class BadPeriod(CmstationError):
    pass


@dataclass(frozen=True, slots=True)
class Period:
    spec: str  # "7d", "30d", "90d" or "2026-03-01..2026-03-31"
    first_day: date  # local dates, inclusive
    last_day: date
    start: int  # unix seconds, inclusive
    end: int  # unix seconds, exclusive
    zone: str  # the IANA zone the days are in

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def dates(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]

    def midnights(self) -> list[int]:
        """The local midnight starting each date, and the one after the last date."""
        tz = self.tz()
        return [midnight(self.first_day + timedelta(days=i), tz) for i in range(self.days + 1)]

    def weeks(self) -> list[tuple[str, date]]:
        """The ISO weeks the period touches, as ("2026-W13", its Monday), in order."""
        out: dict[str, date] = {}
        for d in self.dates():
            out.setdefault(iso_week(d), d - timedelta(days=d.isoweekday() - 1))
        return list(out.items())

    def previous(self) -> Period:
        """As many days just before this one (for trends)."""
        last = self.first_day - timedelta(days=1)
        first = last - timedelta(days=self.days - 1)
        tz = self.tz()
        return Period(
            f"{first.isoformat()}..{last.isoformat()}",
            first,
            last,
            midnight(first, tz),
            midnight(last + timedelta(days=1), tz),
            self.zone,
        )

    def as_dict(self) -> dict:
        return {
            "spec": self.spec,
            "from": self.first_day.isoformat(),
            "to": self.last_day.isoformat(),
            "days": self.days,
            "start": self.start,
            "end": self.end,
            "time_zone": self.zone,
        }


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def midnight(d: date, tz: ZoneInfo) -> int:
    return int(datetime.combine(d, time(0, 0), tzinfo=tz).timestamp())


def local_date(ts: float, tz: ZoneInfo) -> date:
    return datetime.fromtimestamp(ts, tz).date()


def parse_period(spec: str | None, *, now: float, zone: str) -> Period:
    """``spec`` ("7d", "30d", "90d", "FROM..TO"; None: 30d) as a Period in ``zone``."""
    spec = (spec or DEFAULT_PERIOD).strip()
    tz = ZoneInfo(zone)
    today = local_date(now, tz)
    if spec.lower() in PRESETS:
        n = PRESETS[spec.lower()]
        first = today - timedelta(days=n - 1)
        return Period(spec.lower(), first, today, midnight(first, tz), int(now), zone)
    m = _CUSTOM.match(spec)
    if not m:
        raise BadPeriod.from_text(Text("Insights", MSG_BAD_PERIOD, {"spec": spec}))
    try:
        first, last = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
    except ValueError:
        raise BadPeriod.from_text(Text("Insights", MSG_BAD_PERIOD, {"spec": spec})) from None
    if last < first:
        raise BadPeriod.from_text(Text("Insights", MSG_BACKWARDS, {"spec": spec}))
    if (last - first).days + 1 > MAX_DAYS:
        raise BadPeriod.from_text(Text("Insights", MSG_TOO_LONG, {"spec": spec, "max": MAX_DAYS}))
    return Period(
        f"{first.isoformat()}..{last.isoformat()}",
        first,
        last,
        midnight(first, tz),
        midnight(last + timedelta(days=1), tz),
        zone,
    )
