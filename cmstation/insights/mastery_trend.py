"""Channel mastery over time: the gate's figures (insights.mastery: the 14 days before a
moment) at the end of each ISO week of the period (or now, for the running week), and
whether adding a channel is advisable now: every channel together passes the gate (what
listening.channel_setup.check_gate asks) and the cap of MAX_CHANNELS is not reached.
The overdue check reads today's states (the inbox keeps no history of them), so earlier
weeks' overdue figures are today's."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import timedelta
from itertools import accumulate

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import MAX_CHANNELS
from cmstation.insights.mastery import (
    OVERDUE_HOURS,
    WINDOW_DAYS,
    MasteryFigures,
    mastery,
    mastery_of,
    target_hours_for,
)
from cmstation.insights.periods import Period, midnight
from cmstation.insights.tables import Render, Table, english
from cmstation.storage import insights as store
from cmstation.storage.insights_report import ResponseRow

CTX = "Insights"
TITLE = QT_TRANSLATE_NOOP("Insights", "Channel mastery per week")
H = {
    "week": QT_TRANSLATE_NOOP("Insights", "Week"),
    "needed_reply": QT_TRANSLATE_NOOP("Insights", "Needed a reply"),
    "handled_share": QT_TRANSLATE_NOOP("Insights", "Handled share"),
    "median_response_hours": QT_TRANSLATE_NOOP("Insights", "Median (h)"),
    "overdue": QT_TRANSLATE_NOOP("Insights", "Overdue"),
    "passed": QT_TRANSLATE_NOOP("Insights", "Under control"),
}
MSG_ADD_OK = QT_TRANSLATE_NOOP(
    "Insights", "Your channels are under control: adding one more is a good next step."
)
MSG_ADD_NOT_YET = QT_TRANSLATE_NOOP(
    "Insights", "Master the channels you have first: the gate's checks are not met yet."
)
MSG_AT_CAP = QT_TRANSLATE_NOOP(
    "Insights", "You have {max} channels, the most cmstation keeps: deepen them instead."
)
MSG_NO_CHANNEL = QT_TRANSLATE_NOOP("Insights", "Start with one channel and master it.")


@dataclass(frozen=True, slots=True)
class MasteryWeek:
    week: str
    at: int  # the moment the figures are for
    figures: MasteryFigures


@dataclass(frozen=True, slots=True)
class MasteryTrend:
    weeks: tuple[MasteryWeek, ...]
    channels: int
    now: MasteryFigures | None  # every channel together, now (None without channels)
    add_channel_advisable: bool
    advice: Text

    def tables(self) -> list[Table]:
        cols = tuple(H)
        rows = tuple(
            (
                w.week,
                w.figures.needed_reply,
                None if w.figures.handled_share is None else round(w.figures.handled_share, 4),
                None
                if w.figures.median_response_hours is None
                else round(w.figures.median_response_hours, 2),
                w.figures.overdue,
                w.figures.passed,
            )
            for w in self.weeks
        )
        return [
            Table(
                "mastery_weeks", Text(CTX, TITLE), cols, tuple(Text(CTX, H[c]) for c in cols), rows
            )
        ]

    def as_dict(self, render: Render = english) -> dict:
        return {
            "channels": self.channels,
            "add_channel_advisable": self.add_channel_advisable,
            "advice": render(self.advice),
            "now": None if self.now is None else self.now.as_dict(),
            "weeks": self.tables()[0].as_dict(render)["rows"],
        }


def _moments(period: Period, now: int) -> list[tuple[str, int]]:
    """(week, the moment its figures are taken) for each week of the period."""
    tz = period.tz()
    return [
        (week, min(now, period.end, midnight(monday + timedelta(days=7), tz)))
        for week, monday in period.weeks()
    ]


def needed_span(period: Period, now: int) -> tuple[int, int] | None:
    """[since, until] (inclusive) of the messages whose needed-reply rows the trend reads."""
    moments = [at for _, at in _moments(period, now)]
    return (min(moments) - WINDOW_DAYS * 86400, max(moments)) if moments else None


def mastery_trend(
    db,
    period: Period,
    channel_ids: tuple[int, ...] | None,
    all_ids: list[int],
    *,
    now: int,
    needed: list[ResponseRow] | None = None,
) -> MasteryTrend:
    """``needed``: storage.insights_report.response_rows over a span holding needed_span,
    when the caller already read them (build_report shares them with responsiveness)."""
    target = target_hours_for(db)
    ats = _moments(period, now)
    window = WINDOW_DAYS * 86400
    weeks = []
    if ats:
        # One pass: every week's 14-day window from the same rows.
        moments = [at for _, at in ats]
        since, until = min(moments) - window, max(moments)
        if needed is None:
            rows = store.needed_rows(db, channel_ids, since, until)
        else:
            rows = [
                (r.created_at, r.state in store.HANDLED, r.first_response)
                for r in needed
                if since <= r.created_at <= until
            ]
        created = [r[0] for r in rows]
        # Each row's response seconds (-1: none) and the handled ones before it, once; a
        # window is then two slices (the figures store.figures_of would give its rows).
        seconds = [-1 if f is None else max(0, f - c) for c, _, f in rows]
        handled = list(accumulate((1 if h else 0 for _, h, _ in rows), initial=0))
        overdue, oldest = store.waiting_before(
            db, channel_ids, [at - OVERDUE_HOURS * 3600 for at in moments]
        )
        for (week, at), late in zip(ats, overdue, strict=True):
            lo, hi = bisect_left(created, at - window), bisect_right(created, at)
            answered = sorted(seconds[lo:hi])
            response = tuple(answered[bisect_left(answered, 0) :])
            raw = store.ReplyFigures(hi - lo, handled[hi] - handled[lo], response, late, oldest)
            weeks.append(MasteryWeek(week, at, mastery_of(db, channel_ids, raw, target)))
    current = mastery(db, all_ids, now=now) if all_ids else None
    if not all_ids:
        ok, advice = False, Text(CTX, MSG_NO_CHANNEL)
    elif len(all_ids) >= MAX_CHANNELS:
        ok, advice = False, Text(CTX, MSG_AT_CAP, {"max": MAX_CHANNELS})
    elif current is not None and current.passed:
        ok, advice = True, Text(CTX, MSG_ADD_OK)
    else:
        ok, advice = False, Text(CTX, MSG_ADD_NOT_YET)
    return MasteryTrend(tuple(weeks), len(all_ids), current, ok, advice)
