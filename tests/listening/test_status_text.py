"""A channel's status and mastery figures in plain words (Qt-free), in English and Dutch."""

import time

from cmstation.core.i18n import Text
from cmstation.core.translations import I18N_DIR, load_qm
from cmstation.insights.mastery import MasteryFigures
from cmstation.listening.status_text import mastery_words, status_words
from cmstation.storage.sweeps import ChannelStatus

AT = 1_763_000_000


def _st(status, detail=None, retry_at=None, last=AT):
    return ChannelStatus(1, status, detail or Text("ChannelStatus", ""), AT, retry_at, last)


def test_status_words_are_plain():
    retry = AT + 3600
    hhmm = time.strftime("%H:%M", time.localtime(retry))
    assert status_words(_st("ok", last=None)) == "not swept yet"
    assert status_words(_st("ok")) == "ok"
    assert status_words(_st("needs_login")) == "paused until you log in again"
    assert status_words(_st("rate_limited", retry_at=retry)) == f"rate limited until {hhmm}"
    assert status_words(_st("rate_limited")) == "rate limited"
    assert status_words(_st("offline", retry_at=retry)) == "offline"
    skipped = Text("ChannelStatus", "Skipped {skipped}", {"skipped": 4, "new": 2})
    assert status_words(_st("bad_payload", skipped)) == "4 items skipped"
    assert status_words(_st("bad_payload")) == "unreadable answer"
    assert status_words(_st("error")) == "server error"
    assert status_words(_st("something_new")) == "something_new"


def test_the_words_follow_the_translate_given():
    catalogue = load_qm(I18N_DIR / "cmstation_nl.qm")

    def dutch(ctx, src):
        return catalogue.get((ctx, src), src)

    assert status_words(_st("needs_login"), dutch) != "paused until you log in again"
    assert status_words(_st("needs_login"), dutch) == dutch(
        "ListeningUi", "paused until you log in again"
    )


def _fig(needed, handled, median, overdue):
    return MasteryFigures(None, 14, 24.0, needed, handled, handled, median, None, overdue, None)


def test_mastery_words():
    assert (
        mastery_words(_fig(10, 9, 3.25, 2)) == "answered 90% \u00b7 median 3.2 h \u00b7 2 over 48 h"
    )
    assert mastery_words(_fig(0, 0, None, 0)) == "nothing to answer yet"
