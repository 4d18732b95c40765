"""Conversation volume: other people's messages (not spam, private ones included) per local
day of the period, by channel and by sentiment, as chart series and as tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Sentiment
from cmstation.insights.periods import Period
from cmstation.insights.tables import Render, Series, Table, english
from cmstation.storage import insights_report as store

CTX = "Insights"
SENTIMENTS = (Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE)
SENTIMENT_LABELS = {
    Sentiment.POSITIVE: QT_TRANSLATE_NOOP("Insights", "Positive"),
    Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("Insights", "Neutral"),
    Sentiment.NEGATIVE: QT_TRANSLATE_NOOP("Insights", "Negative"),
}
TITLE_CHANNEL = QT_TRANSLATE_NOOP("Insights", "Messages per day by channel")
TITLE_SENTIMENT = QT_TRANSLATE_NOOP("Insights", "Messages per day by sentiment")
H_DATE = QT_TRANSLATE_NOOP("Insights", "Date")
H_TOTAL = QT_TRANSLATE_NOOP("Insights", "Total")


@dataclass(frozen=True, slots=True)
class Volume:
    dates: tuple[date, ...]
    #: (channel id, channel name), in id order: the columns of the channel table
    channels: tuple[tuple[int, str], ...]
    by_channel: dict[int, tuple[int, ...]]  # channel id -> messages per date
    by_sentiment: dict[str, tuple[int, ...]]  # "positive" | "neutral" | "negative" -> per date

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.by_sentiment.values())

    def channel_series(self) -> list[Series]:
        return [
            Series(
                f"channel:{cid}", name, tuple(zip(self.dates, self.by_channel[cid], strict=True))
            )
            for cid, name in self.channels
        ]

    def sentiment_series(self) -> list[Series]:
        return [
            Series(
                f"sentiment:{s}",
                Text(CTX, SENTIMENT_LABELS[s]),
                tuple(zip(self.dates, self.by_sentiment[str(s)], strict=True)),
            )
            for s in SENTIMENTS
        ]

    def tables(self) -> list[Table]:
        ch_cols = ("date", *(f"channel_{cid}" for cid, _ in self.channels), "total")
        ch_rows = tuple(
            (
                d,
                *(self.by_channel[cid][i] for cid, _ in self.channels),
                sum(self.by_channel[cid][i] for cid, _ in self.channels),
            )
            for i, d in enumerate(self.dates)
        )
        se_cols = ("date", *(str(s) for s in SENTIMENTS), "total")
        se_rows = tuple(
            (
                d,
                *(self.by_sentiment[str(s)][i] for s in SENTIMENTS),
                sum(self.by_sentiment[str(s)][i] for s in SENTIMENTS),
            )
            for i, d in enumerate(self.dates)
        )
        return [
            Table(
                "volume_by_channel",
                Text(CTX, TITLE_CHANNEL),
                ch_cols,
                (
                    Text(CTX, H_DATE),
                    *(Text(CTX, "{name}", {"name": n}) for _, n in self.channels),
                    Text(CTX, H_TOTAL),
                ),
                ch_rows,
            ),
            Table(
                "volume_by_sentiment",
                Text(CTX, TITLE_SENTIMENT),
                se_cols,
                (
                    Text(CTX, H_DATE),
                    *(Text(CTX, SENTIMENT_LABELS[s]) for s in SENTIMENTS),
                    Text(CTX, H_TOTAL),
                ),
                se_rows,
            ),
        ]

    def as_dict(self, render: Render = english) -> dict:
        return {
            "total": self.total,
            "channels": [{"id": cid, "name": n} for cid, n in self.channels],
            "by_channel": [s.as_dict(render) for s in self.channel_series()],
            "by_sentiment": [s.as_dict(render) for s in self.sentiment_series()],
        }


def volume(db, period: Period, channels: list[tuple[int, str]]) -> Volume:
    """``channels``: the (id, name) of the channels reported on."""
    dates = tuple(period.dates())
    ids = tuple(cid for cid, _ in channels)
    by_channel = {cid: [0] * len(dates) for cid in ids}
    by_sentiment = {str(s): [0] * len(dates) for s in SENTIMENTS}
    for i, cid, sentiment, n in store.volume_days(db, ids, period.midnights(), period.end):
        if i is None or not 0 <= i < len(dates):
            continue
        if cid in by_channel:
            by_channel[cid][i] += n
        by_sentiment[sentiment][i] += n
    return Volume(
        dates,
        tuple(channels),
        {k: tuple(v) for k, v in by_channel.items()},
        {k: tuple(v) for k, v in by_sentiment.items()},
    )
