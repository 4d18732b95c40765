"""The engagement pyramid of the people who talk about the brand, from what the inbox saw
them do in the period (public messages of others; private ones are no word of mouth).

A person is a network and a handle (the same person on two channels of one network is one).
Each message counts for one level, by its MessageKind:

* **sharing**: ``repost`` (a boost, a repost) and ``quote``;
* **commenting**: ``reply``, ``mention``, ``manual`` (captured by hand), and a ``search_hit``
  or ``feed_item`` that answers another post;
* **producing**: a ``search_hit`` or ``feed_item`` that starts something (no parent): an
  original post or article about the brand;
* **curating**: a message that answers someone else's question or complaint (its parent is
  another person's message with priority QUESTION or COMPLAINT): people who answer other
  people about the brand;
* **watching**: people who only read. No network tells the inbox who they are, so this
  level is unknown (``people`` is None).

A person stands on the highest level they reached (curating > producing > commenting >
sharing); ``actions`` counts every message of that level's kind, whoever wrote it.
The trend compares the people per level with the previous period of the same length.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.insights.tables import Render, Table, english
from cmstation.storage import insights_report as store

CTX = "Insights"
LEVELS = ("curating", "producing", "commenting", "sharing", "watching")
MAX_PEOPLE_LISTED = 50
NAMES = {
    "curating": QT_TRANSLATE_NOOP("Insights", "Curating"),
    "producing": QT_TRANSLATE_NOOP("Insights", "Producing"),
    "commenting": QT_TRANSLATE_NOOP("Insights", "Commenting"),
    "sharing": QT_TRANSLATE_NOOP("Insights", "Sharing"),
    "watching": QT_TRANSLATE_NOOP("Insights", "Watching"),
}
HINTS = {
    "curating": QT_TRANSLATE_NOOP(
        "Insights", "Embrace curators: thank them, and let them know what is coming first."
    ),
    "producing": QT_TRANSLATE_NOOP(
        "Insights", "Offer producers a platform: share what they make about the brand."
    ),
    "commenting": QT_TRANSLATE_NOOP(
        "Insights", "Give commenters room to react: ask, listen and answer."
    ),
    "sharing": QT_TRANSLATE_NOOP("Insights", "Make content easy to share."),
    "watching": QT_TRANSLATE_NOOP(
        "Insights",
        "Who only reads is not visible in the inbox: the networks do not say. Give them "
        "something worth sharing.",
    ),
}
TITLE = QT_TRANSLATE_NOOP("Insights", "Engagement pyramid")
H = {
    "level": QT_TRANSLATE_NOOP("Insights", "Level"),
    "people": QT_TRANSLATE_NOOP("Insights", "People"),
    "actions": QT_TRANSLATE_NOOP("Insights", "Actions"),
    "previous_people": QT_TRANSLATE_NOOP("Insights", "People before"),
    "trend": QT_TRANSLATE_NOOP("Insights", "Trend"),
    "hint": QT_TRANSLATE_NOOP("Insights", "What to do"),
}


def level_of(p: store.PersonRow) -> str:
    """A person's level: the highest they reached (store.people_levels says it in SQL)."""
    if p.answers:
        return "curating"
    if p.produced:
        return "producing"
    if p.comments:
        return "commenting"
    return "sharing"


@dataclass(frozen=True, slots=True)
class Level:
    level: str  # one of LEVELS
    name: Text
    people: int | None  # None: not known (watching)
    actions: int | None
    previous_people: int | None
    hint: Text
    #: handles of the people on this level, the most active first (at most MAX_PEOPLE_LISTED)
    members: tuple[str, ...] = ()

    @property
    def trend(self) -> int | None:
        if self.people is None or self.previous_people is None:
            return None
        return self.people - self.previous_people


@dataclass(frozen=True, slots=True)
class Pyramid:
    levels: tuple[Level, ...]  # top (curating) first

    def level(self, name: str) -> Level:
        return next(lv for lv in self.levels if lv.level == name)

    def tables(self) -> list[Table]:
        cols = ("level", "people", "actions", "previous_people", "trend", "hint")
        rows = tuple(
            (lv.level, lv.people, lv.actions, lv.previous_people, lv.trend, lv.hint)
            for lv in self.levels
        )
        return [
            Table("pyramid", Text(CTX, TITLE), cols, tuple(Text(CTX, H[c]) for c in cols), rows)
        ]

    def as_dict(self, render: Render = english) -> dict:
        return {
            "levels": [
                {
                    "level": lv.level,
                    "name": render(lv.name),
                    "people": lv.people,
                    "actions": lv.actions,
                    "previous_people": lv.previous_people,
                    "trend": lv.trend,
                    "hint": render(lv.hint),
                    "members": list(lv.members),
                }
                for lv in self.levels
            ]
        }


_ACTIONS = {
    "curating": lambda p: p.answers,
    "producing": lambda p: p.produced,
    "commenting": lambda p: p.comments,
    "sharing": lambda p: p.shares,
}


def pyramid(people: list[store.PersonRow], previous: dict[str, int]) -> Pyramid:
    """``previous``: the people per level of the period before (store.people_levels)."""
    now_levels = {p.key: level_of(p) for p in people}
    before = {lv: previous.get(lv, 0) for lv in LEVELS}
    levels = []
    for lv in LEVELS:
        if lv == "watching":
            levels.append(Level(lv, Text(CTX, NAMES[lv]), None, None, None, Text(CTX, HINTS[lv])))
            continue
        members = sorted(
            (p for p in people if now_levels[p.key] == lv),
            key=lambda p: (-_ACTIONS[lv](p), -p.messages, p.key),
        )
        levels.append(
            Level(
                lv,
                Text(CTX, NAMES[lv]),
                len(members),
                sum(_ACTIONS[lv](p) for p in people),
                before[lv],
                Text(CTX, HINTS[lv]),
                tuple(p.handle for p in members[:MAX_PEOPLE_LISTED]),
            )
        )
    return Pyramid(tuple(levels))
