""" "Start with one, master it": is a channel (or the workspace) under control?

Over the last 14 days (messages created in the window):

* at least 90% of the messages that needed a reply are handled (replied, done or ignored);
* the median first response is within the profile's target (default 24 hours);
* nothing that needs a reply is older than 48 hours (this one looks at any age).

What "needed a reply" and "first response" mean is defined in
:mod:`cmstation.storage.insights`. With nothing that needed a reply in the window there is
nothing to show mastery with, so the gate is not met (the user may override with a reason),
except for channels that only listen (feeds: cmstation cannot answer there): when all the
channels measured are listen-only and nothing needed a reply, they count as under control,
since listening is all that they ask.
Response times (the median and a few more) are reported for the navigation too.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import ChannelKind
from cmstation.storage import channels as channel_store
from cmstation.storage import insights as store

CTX = "Mastery"
WINDOW_DAYS = 14
MIN_HANDLED_SHARE = 0.90
DEFAULT_TARGET_HOURS = 24.0
OVERDUE_HOURS = 48

MSG_HANDLED = QT_TRANSLATE_NOOP(
    "Mastery",
    "Handled {handled} of {needed} messages that needed a reply ({share}%; at least {min}%)",
)
MSG_NO_DATA = QT_TRANSLATE_NOOP(
    "Mastery",
    "No message needed a reply in the last {days} days, so there is nothing to measure yet",
)
MSG_MEDIAN = QT_TRANSLATE_NOOP(
    "Mastery", "Median first response {hours} h (target: at most {target} h)"
)
MSG_NO_MEDIAN = QT_TRANSLATE_NOOP("Mastery", "No replies yet to measure the response time")
MSG_LISTEN_ONLY = QT_TRANSLATE_NOOP(
    "Mastery",
    "Only listening so far: nothing needed a reply in the last {days} days, and feeds ask "
    "for no answers",
)

#: Channel kinds that only listen: nothing is ever answered on them from cmstation.
LISTEN_ONLY_KINDS = frozenset({ChannelKind.FEED})
MSG_OVERDUE = QT_TRANSLATE_NOOP(
    "Mastery", "{overdue} messages waiting for a reply for more than {hours} h (allowed: none)"
)


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # "handled_share" | "median_response" | "overdue"
    ok: bool
    value: float | None
    threshold: float
    text: Text


@dataclass(frozen=True, slots=True)
class MasteryFigures:
    channel_ids: tuple[int, ...] | None  # None: the whole workspace
    window_days: int
    target_hours: float
    needed_reply: int
    handled: int
    responses: int
    median_response_hours: float | None
    p90_response_hours: float | None
    overdue: int
    oldest_waiting_at: int | None
    checks: tuple[Check, ...] = field(default=())

    @property
    def handled_share(self) -> float | None:
        return self.handled / self.needed_reply if self.needed_reply else None

    @property
    def passed(self) -> bool:
        return all(c.ok for c in self.checks)

    def as_dict(self) -> dict:
        return {
            "window_days": self.window_days,
            "needed_reply": self.needed_reply,
            "handled": self.handled,
            "handled_share": None if self.handled_share is None else round(self.handled_share, 3),
            "responses": self.responses,
            "median_response_hours": _round(self.median_response_hours),
            "p90_response_hours": _round(self.p90_response_hours),
            "target_hours": self.target_hours,
            "overdue": self.overdue,
            "oldest_waiting_at": self.oldest_waiting_at,
            "passed": self.passed,
            "checks": [
                {
                    "name": c.name,
                    "ok": c.ok,
                    "value": c.value,
                    "threshold": c.threshold,
                    "text": str(c.text),
                }
                for c in self.checks
            ],
        }


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 1)


def target_hours_for(db: Any) -> float:
    return store.response_target_hours(db) or DEFAULT_TARGET_HOURS


def mastery(
    db: Any,
    channel_id: int | Sequence[int] | None,
    *,
    now: float,
    target_hours: float | None = None,
) -> MasteryFigures:
    """Figures for one channel, several, or (None) the whole workspace, with the checks."""
    if target_hours is None:
        target_hours = target_hours_for(db)
    if channel_id is None:
        ids: tuple[int, ...] | None = None
    elif isinstance(channel_id, int):
        ids = (channel_id,)
    else:
        ids = tuple(channel_id)
    now_i = int(now)
    raw = store.reply_figures(
        db, ids, since=now_i - WINDOW_DAYS * 86400, now=now_i, overdue_after=OVERDUE_HOURS * 3600
    )
    return mastery_of(db, ids, raw, target_hours)


def mastery_of(
    db: Any, ids: tuple[int, ...] | None, raw: store.ReplyFigures, target_hours: float
) -> MasteryFigures:
    """The figures and checks of ``raw`` (storage.insights' figures of one window)."""
    hours = [s / 3600 for s in raw.response_seconds]
    median = statistics.median(hours) if hours else None
    p90 = _percentile(hours, 0.9) if hours else None
    checks = []
    if raw.needed_reply:
        share = raw.handled / raw.needed_reply
        checks.append(
            Check(
                "handled_share",
                share >= MIN_HANDLED_SHARE,
                share,
                MIN_HANDLED_SHARE,
                Text(
                    CTX,
                    MSG_HANDLED,
                    {
                        "handled": raw.handled,
                        "needed": raw.needed_reply,
                        "share": int(share * 100),
                        "min": int(MIN_HANDLED_SHARE * 100),
                    },
                ),
            )
        )
    elif _listen_only(db, ids):
        checks.append(
            Check(
                "handled_share",
                True,
                None,
                MIN_HANDLED_SHARE,
                Text(CTX, MSG_LISTEN_ONLY, {"days": WINDOW_DAYS}),
            )
        )
    else:
        checks.append(
            Check(
                "handled_share",
                False,
                None,
                MIN_HANDLED_SHARE,
                Text(CTX, MSG_NO_DATA, {"days": WINDOW_DAYS}),
            )
        )
    if median is not None:
        checks.append(
            Check(
                "median_response",
                median <= target_hours,
                median,
                target_hours,
                Text(CTX, MSG_MEDIAN, {"hours": f"{median:.1f}", "target": f"{target_hours:g}"}),
            )
        )
    else:
        # No reply to time (nothing needed one, or all were closed without a reply): the
        # handled-share check already says what matters.
        checks.append(Check("median_response", True, None, target_hours, Text(CTX, MSG_NO_MEDIAN)))
    checks.append(
        Check(
            "overdue",
            raw.overdue == 0,
            float(raw.overdue),
            0.0,
            Text(CTX, MSG_OVERDUE, {"overdue": raw.overdue, "hours": OVERDUE_HOURS}),
        )
    )
    return MasteryFigures(
        channel_ids=ids,
        window_days=WINDOW_DAYS,
        target_hours=target_hours,
        needed_reply=raw.needed_reply,
        handled=raw.handled,
        responses=len(hours),
        median_response_hours=median,
        p90_response_hours=p90,
        overdue=raw.overdue,
        oldest_waiting_at=raw.oldest_waiting_at,
        checks=tuple(checks),
    )


def _listen_only(db: Any, ids: tuple[int, ...] | None) -> bool:
    """Whether every channel measured (all of them for None) only listens."""
    kinds = [c.kind for c in channel_store.list_channels(db) if ids is None or c.id in ids]
    return bool(kinds) and all(k in LISTEN_ONLY_KINDS for k in kinds)


def _percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]
