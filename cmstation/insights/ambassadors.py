"""Ambassadors: people who repeatedly speak well of the brand or answer others on its
behalf, so the user can thank them.

Someone is an ambassador in the period when at least ``Profile.ambassador_min_positive``
(default 3) of their public messages in it are positive, or at least
``Profile.ambassador_min_answers`` (default 2) answer another person's question or
complaint (see insights.pyramid, curating). Both are profile settings. Their history is
their latest public messages in the period (up to ``MAX_HISTORY`` each; the counts are of
all of them); ``replied_by_us`` counts our replies to them in it
(an ambassador is "engaged" when we answered them at least once: the maturity path's
step 3). ``last_message_id`` is the message to answer when thanking them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.insights.periods import Period, local_date
from cmstation.insights.tables import Render, Table, english
from cmstation.storage import insights_report as store

CTX = "Insights"
MAX_AMBASSADORS = 50
MAX_HISTORY = 30
TITLE = QT_TRANSLATE_NOOP("Insights", "Ambassadors")
TITLE_HISTORY = QT_TRANSLATE_NOOP("Insights", "Ambassadors' messages")
H = {
    "handle": QT_TRANSLATE_NOOP("Insights", "Person"),
    "display_name": QT_TRANSLATE_NOOP("Insights", "Name"),
    "positive": QT_TRANSLATE_NOOP("Insights", "Positive"),
    "answers": QT_TRANSLATE_NOOP("Insights", "Answers to others"),
    "messages": QT_TRANSLATE_NOOP("Insights", "Messages"),
    "reach": QT_TRANSLATE_NOOP("Insights", "Followers"),
    "replied_by_us": QT_TRANSLATE_NOOP("Insights", "Our replies"),
    "last_message_id": QT_TRANSLATE_NOOP("Insights", "Last message"),
    "date": QT_TRANSLATE_NOOP("Insights", "Date"),
    "message_id": QT_TRANSLATE_NOOP("Insights", "Message"),
    "kind": QT_TRANSLATE_NOOP("Insights", "Kind"),
    "sentiment": QT_TRANSLATE_NOOP("Insights", "Sentiment"),
    "answers_other": QT_TRANSLATE_NOOP("Insights", "Answers someone"),
}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    date: date
    message_id: int
    kind: str
    sentiment: str
    answers_other: bool


@dataclass(frozen=True, slots=True)
class Ambassador:
    key: str
    handle: str
    display_name: str
    positive: int
    answers: int
    messages: int
    reach: int | None
    replied_by_us: int
    last_message_id: int
    history: tuple[HistoryItem, ...]


@dataclass(frozen=True, slots=True)
class Ambassadors:
    min_positive: int
    min_answers: int
    people: tuple[Ambassador, ...]

    @property
    def engaged(self) -> int:
        return sum(1 for a in self.people if a.replied_by_us)

    def tables(self) -> list[Table]:
        cols = (
            "handle",
            "display_name",
            "positive",
            "answers",
            "messages",
            "reach",
            "replied_by_us",
            "last_message_id",
        )
        hcols = ("handle", "date", "message_id", "kind", "sentiment", "answers_other")
        return [
            Table(
                "ambassadors",
                Text(CTX, TITLE),
                cols,
                tuple(Text(CTX, H[c]) for c in cols),
                tuple(
                    (
                        a.handle,
                        a.display_name,
                        a.positive,
                        a.answers,
                        a.messages,
                        a.reach,
                        a.replied_by_us,
                        a.last_message_id,
                    )
                    for a in self.people
                ),
            ),
            Table(
                "ambassador_history",
                Text(CTX, TITLE_HISTORY),
                hcols,
                tuple(Text(CTX, H[c]) for c in hcols),
                tuple(
                    (a.handle, h.date, h.message_id, h.kind, h.sentiment, h.answers_other)
                    for a in self.people
                    for h in a.history
                ),
            ),
        ]

    def as_dict(self, render: Render = english) -> dict:
        return {
            "min_positive": self.min_positive,
            "min_answers": self.min_answers,
            "engaged": self.engaged,
            "people": [
                {
                    "handle": a.handle,
                    "display_name": a.display_name,
                    "positive": a.positive,
                    "answers": a.answers,
                    "messages": a.messages,
                    "reach": a.reach,
                    "replied_by_us": a.replied_by_us,
                    "last_message_id": a.last_message_id,
                    "history": [
                        [h.date.isoformat(), h.message_id, h.kind, h.sentiment, h.answers_other]
                        for h in a.history
                    ],
                }
                for a in self.people
            ],
        }


def ambassadors(
    db, period: Period, people: list[store.PersonRow], *, min_positive: int, min_answers: int
) -> Ambassadors:
    tz = period.tz()
    chosen = [
        p for p in people if p.positive >= max(1, min_positive) or p.answers >= max(1, min_answers)
    ]
    chosen.sort(key=lambda p: (-(p.positive + p.answers), -p.messages, p.key))
    listed = chosen[:MAX_AMBASSADORS]
    ids = sorted({a for p in listed for a in p.author_ids})
    # Two queries for everyone listed: their messages and our replies to them.
    by_author: dict[int, list[HistoryItem]] = {a: [] for a in ids}
    order: dict[int, tuple[int, int]] = {}
    found = store.histories(db, ids, period.start, period.end, latest=MAX_HISTORY)
    for aid, mid, at, kind, sentiment, other in found:
        by_author[aid].append(HistoryItem(local_date(at, tz), mid, kind, sentiment, other))
        order[mid] = (at, mid)
    ours = store.replies_by_author(db, ids, period.start, period.end)
    out = []
    for p in listed:
        items = [h for a in p.author_ids for h in by_author.get(a, ())]
        if len(p.author_ids) > 1:
            items.sort(key=lambda h: order[h.message_id])
            items = items[-MAX_HISTORY:]
        out.append(
            Ambassador(
                p.key,
                p.handle,
                p.display_name,
                p.positive,
                p.answers,
                p.messages,
                p.reach,
                sum(ours.get(a, 0) for a in p.author_ids),
                p.last_message_id,
                tuple(items),
            )
        )
    return Ambassadors(min_positive, min_answers, tuple(out))
