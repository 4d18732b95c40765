"""Reach of word of mouth: for each public message of someone else, the author's follower
count when the message was fetched (messages.author_followers; Mastodon's followers_count;
Bluesky posts do not carry one, so their reach is unknown). Per ISO week (local): the sum of
the reach of positive and of negative mentions, and how many mentions had no known reach.
The complaints with the largest reach come first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Priority
from cmstation.insights.periods import Period, iso_week
from cmstation.insights.tables import Render, Series, Table, english
from cmstation.storage import insights_report as store

CTX = "Insights"
TOP_COMPLAINTS = 20
TITLE_WEEKS = QT_TRANSLATE_NOOP("Insights", "Reach of positive and negative mentions per week")
TITLE_TOP = QT_TRANSLATE_NOOP("Insights", "Complaints with the largest reach")
H = {
    "week": QT_TRANSLATE_NOOP("Insights", "Week"),
    "positive_mentions": QT_TRANSLATE_NOOP("Insights", "Positive mentions"),
    "positive_reach": QT_TRANSLATE_NOOP("Insights", "Positive reach"),
    "negative_mentions": QT_TRANSLATE_NOOP("Insights", "Negative mentions"),
    "negative_reach": QT_TRANSLATE_NOOP("Insights", "Negative reach"),
    "unknown_reach": QT_TRANSLATE_NOOP("Insights", "Reach unknown"),
    "message_id": QT_TRANSLATE_NOOP("Insights", "Message"),
    "created_at": QT_TRANSLATE_NOOP("Insights", "Time"),
    "channel_id": QT_TRANSLATE_NOOP("Insights", "Channel"),
    "handle": QT_TRANSLATE_NOOP("Insights", "Author"),
    "reach": QT_TRANSLATE_NOOP("Insights", "Followers"),
    "state": QT_TRANSLATE_NOOP("Insights", "State"),
    "text": QT_TRANSLATE_NOOP("Insights", "Text"),
    "url": QT_TRANSLATE_NOOP("Insights", "Link"),
}
LABEL_POS = QT_TRANSLATE_NOOP("Insights", "Reach of positive mentions")
LABEL_NEG = QT_TRANSLATE_NOOP("Insights", "Reach of negative mentions")


@dataclass(frozen=True, slots=True)
class ReachWeek:
    week: str
    monday: date
    positive_mentions: int
    positive_reach: int
    negative_mentions: int
    negative_reach: int
    unknown_reach: int  # mentions (any sentiment) whose author's followers are unknown


@dataclass(frozen=True, slots=True)
class Reach:
    weeks: tuple[ReachWeek, ...]
    top_complaints: tuple[store.ReachRow, ...]

    @property
    def positive_reach(self) -> int:
        return sum(w.positive_reach for w in self.weeks)

    @property
    def negative_reach(self) -> int:
        return sum(w.negative_reach for w in self.weeks)

    def series(self) -> list[Series]:
        return [
            Series(
                "reach:positive",
                Text(CTX, LABEL_POS),
                tuple((w.monday, w.positive_reach) for w in self.weeks),
            ),
            Series(
                "reach:negative",
                Text(CTX, LABEL_NEG),
                tuple((w.monday, w.negative_reach) for w in self.weeks),
            ),
        ]

    def tables(self) -> list[Table]:
        wc = (
            "week",
            "positive_mentions",
            "positive_reach",
            "negative_mentions",
            "negative_reach",
            "unknown_reach",
        )
        tc = ("message_id", "created_at", "channel_id", "handle", "reach", "state", "text", "url")
        return [
            Table(
                "reach_weeks",
                Text(CTX, TITLE_WEEKS),
                wc,
                tuple(Text(CTX, H[c]) for c in wc),
                tuple(
                    (
                        w.week,
                        w.positive_mentions,
                        w.positive_reach,
                        w.negative_mentions,
                        w.negative_reach,
                        w.unknown_reach,
                    )
                    for w in self.weeks
                ),
            ),
            Table(
                "reach_top_complaints",
                Text(CTX, TITLE_TOP),
                tc,
                tuple(Text(CTX, H[c]) for c in tc),
                tuple(
                    (
                        r.message_id,
                        r.created_at,
                        r.channel_id,
                        r.handle,
                        r.reach,
                        r.state,
                        r.text,
                        r.url,
                    )
                    for r in self.top_complaints
                ),
            ),
        ]

    def as_dict(self, render: Render = english) -> dict:
        return {
            "positive_reach": self.positive_reach,
            "negative_reach": self.negative_reach,
            "weeks": self.tables()[0].as_dict(render)["rows"],
            "top_complaints": self.tables()[1].as_dict(render)["rows"],
        }


def reach(db, period: Period, channel_ids: tuple[int, ...] | None) -> Reach:
    acc = {w: [m, 0, 0, 0, 0, 0] for w, m in period.weeks()}
    dates = period.dates()
    for i, sentiment, n, known, total in store.reach_days(
        db, channel_ids, period.midnights(), period.end
    ):
        if i is None or not 0 <= i < len(dates):
            continue
        week = acc.get(iso_week(dates[i]))
        if week is None:
            continue
        if sentiment == "positive":
            week[1] += n
            week[2] += total
        elif sentiment == "negative":
            week[3] += n
            week[4] += total
        week[5] += n - known
    top = store.top_complaints(
        db,
        channel_ids,
        period.start,
        period.end,
        complaint=Priority.COMPLAINT,
        limit=TOP_COMPLAINTS,
    )
    return Reach(tuple(ReachWeek(w, *v) for w, v in acc.items()), tuple(top))
