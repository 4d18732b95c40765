"""A channel's listening status and mastery figures in a few plain words, for the
navigation's status lines (and anything else that shows them). Qt-free: the caller hands in
its ``translate(context, source)`` (the window: ``QCoreApplication.translate``); without
one the words are English. The strings keep the "ListeningUi" context they were made in."""

from __future__ import annotations

import time
from collections.abc import Callable

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.listening import sweep as sweep_mod

CTX = "ListeningUi"
Translate = Callable[[str, str], str] | None

NOT_SWEPT = QT_TRANSLATE_NOOP("ListeningUi", "not swept yet")
OK = QT_TRANSLATE_NOOP("ListeningUi", "ok")
# the line is narrow: the tooltip and the status detail say why
NEEDS_LOGIN = QT_TRANSLATE_NOOP("ListeningUi", "paused until you log in again")
RATE_LIMITED_UNTIL = QT_TRANSLATE_NOOP("ListeningUi", "rate limited until {time}")
RATE_LIMITED = QT_TRANSLATE_NOOP("ListeningUi", "rate limited")
OFFLINE = QT_TRANSLATE_NOOP("ListeningUi", "offline")
SKIPPED = QT_TRANSLATE_NOOP("ListeningUi", "%n item(s) skipped", "", 1)
UNREADABLE = QT_TRANSLATE_NOOP("ListeningUi", "unreadable answer")
SERVER_ERROR = QT_TRANSLATE_NOOP("ListeningUi", "server error")
ANSWERED = QT_TRANSLATE_NOOP("ListeningUi", "answered {share}%")
NOTHING_TO_ANSWER = QT_TRANSLATE_NOOP("ListeningUi", "nothing to answer yet")
MEDIAN = QT_TRANSLATE_NOOP("ListeningUi", "median {hours} h")
OVERDUE = QT_TRANSLATE_NOOP("ListeningUi", "{n} over 48 h")

#: The colour of each status in the navigation.
STATUS_COLOURS = {  # colour roles of the window's palette (ui.common.theme)
    "ok": "ok",
    "needs_login": "error",
    "error": "error",
    "rate_limited": "warning",
    "offline": "warning",
    "bad_payload": "warning",
}


def status_text(status) -> Text | None:
    """The words for a channel's stored status (storage.sweeps.channel_status); None for a
    status cmstation does not know (it is then shown as it is)."""
    if status is None or (status.last_sweep_at is None and status.status in ("", "ok", None)):
        return Text(CTX, NOT_SWEPT)
    s = status.status
    if s == sweep_mod.OK:
        return Text(CTX, OK)
    if s == sweep_mod.NEEDS_LOGIN:
        return Text(CTX, NEEDS_LOGIN)
    if s == sweep_mod.RATE_LIMITED:
        if status.retry_at:
            when = time.strftime("%H:%M", time.localtime(status.retry_at))
            return Text(CTX, RATE_LIMITED_UNTIL, {"time": when})
        return Text(CTX, RATE_LIMITED)
    if s == sweep_mod.OFFLINE:
        return Text(CTX, OFFLINE)
    if s == sweep_mod.BAD_PAYLOAD:
        skipped = status.detail.params.get("skipped") if status.detail else None
        if skipped:
            return Text(CTX, SKIPPED, {"n": int(skipped)})
        return Text(CTX, UNREADABLE)
    if s == sweep_mod.ERROR:
        return Text(CTX, SERVER_ERROR)
    return None


def status_words(status, translate: Translate = None) -> str:
    """A channel's status in a few plain words for the navigation."""
    text = status_text(status)
    return text.render(translate) if text is not None else str(status.status)


def mastery_words(fig, translate: Translate = None) -> str:
    """A channel's mastery figures (insights.mastery) on one short line."""
    share = fig.handled_share
    parts = [
        Text(CTX, ANSWERED, {"share": round(share * 100)})
        if share is not None
        else Text(CTX, NOTHING_TO_ANSWER)
    ]
    if fig.median_response_hours is not None:
        parts.append(Text(CTX, MEDIAN, {"hours": f"{fig.median_response_hours:.1f}"}))
    if fig.overdue:
        parts.append(Text(CTX, OVERDUE, {"n": fig.overdue}))
    return " \u00b7 ".join(p.render(translate) for p in parts)
