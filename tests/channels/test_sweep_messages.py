"""What the user reads when an adapter fails in a way nobody foresaw (a bug): a plain,
translatable message; the exception's own words go to the log only; the other sources of
the sweep are still read and stored."""

from __future__ import annotations

import logging

from listening_fakes import T0, ListAdapter, msg

from cmstation.core.clock import FixedClock
from cmstation.core.models import MessageFilter
from cmstation.listening.sweep import run_sweep
from cmstation.storage import messages, saved_searches, sweeps


class _Buggy(ListAdapter):
    def poll_mentions(self, cursor, *, page_budget):
        self.calls.append(("mentions", dict(cursor)))
        raise OverflowError("cannot convert float infinity to integer (token=s3cr3t)")


def test_an_adapter_bug_is_a_plain_message_and_the_rest_of_the_sweep_goes_on(
    db, channel_id, caplog
):
    saved_searches.add_saved_search(db, "fietsen", "fiets", channel_id=channel_id)
    adapter = _Buggy(searches={"fiets": [msg(channel_id, "5", "Mooie fiets!")]})
    with caplog.at_level(logging.ERROR, logger="cmstation.listening.sweep"):
        s = run_sweep(db, channel_id, adapter, clock=FixedClock(T0 + 3600))
    assert [c[0] for c in adapter.calls] == ["mentions", "fiets"]  # went on after the bug
    mentions, search = s.sources
    assert mentions.status == "error" and search.status == "ok" and search.new == 1
    expected = (
        "Something unexpected went wrong while reading mentions; the rest of the sweep went "
        "on. The details are in the log."
    )
    assert mentions.error == expected
    for shown in (str(s.detail), mentions.error, str(sweeps.channel_status(db, channel_id).detail)):
        assert expected in shown
        assert "OverflowError" not in shown and "infinity" not in shown and "s3cr3t" not in shown
    assert s.detail.source  # translatable
    # ... and the details are in the log, with the traceback
    assert "OverflowError" in caplog.text and "cannot convert float infinity" in caplog.text
    assert caplog.records[-1].exc_info is not None
    stored = messages.list_messages(db, MessageFilter(include_own=True))
    assert [m.remote_id for m in stored] == ["5"]


def test_an_adapter_bug_in_a_search_names_the_search(db, channel_id):
    saved_searches.add_saved_search(db, "fietsen", "#bakfiets", channel_id=channel_id)

    class BuggySearch(ListAdapter):
        def poll_search(self, query, cursor, *, page_budget):
            raise KeyError("status")

    adapter = BuggySearch([msg(channel_id, "1", "Hallo")])
    s = run_sweep(db, channel_id, adapter, clock=FixedClock(T0 + 3600))
    mentions, search = s.sources
    assert mentions.status == "ok" and mentions.new == 1
    assert search.error.startswith("Something unexpected went wrong while reading #bakfiets;")
    assert "KeyError" not in search.error


class _Refusing(ListAdapter):
    """A server that refuses the mentions with a channel error of its own words."""

    def __init__(self, exc):
        super().__init__()
        self.exc = exc

    def poll_mentions(self, cursor, *, page_budget):
        raise self.exc


def _dutch():
    from cmstation.core.translations import I18N_DIR, load_qm

    catalogue = load_qm(I18N_DIR / "cmstation_nl.qm")
    return lambda ctx, src: catalogue.get((ctx, src), src)


def test_a_refusal_is_shown_in_its_own_words_and_in_the_users_language(db, channel_id):
    from cmstation.channels.base import Permanent
    from cmstation.channels.http import MSG_REJECTED, channel_error

    exc = channel_error(
        Permanent, MSG_REJECTED, network="Mastodon", host="m.nl", status=422, detail="nope"
    )
    run_sweep(db, channel_id, _Refusing(exc), clock=FixedClock(T0 + 3600))
    shown = sweeps.channel_status(db, channel_id).detail  # read back from the workspace
    assert shown.source == MSG_REJECTED  # not wrapped in "The server refused the request: ..."
    assert shown.render() == "Mastodon at m.nl refused the request (error 422): nope"
    dutch = shown.render(_dutch())
    assert dutch != shown.render() and "422" in dutch and "nope" in dutch


def test_an_offline_reason_is_translated_inside_the_status(db, channel_id):
    from cmstation.channels.base import Offline
    from cmstation.channels.http import MSG_OFFLINE, channel_error

    exc = channel_error(Offline, MSG_OFFLINE, host="m.nl")
    run_sweep(db, channel_id, _Refusing(exc), clock=FixedClock(T0 + 3600))
    shown = sweeps.channel_status(db, channel_id).detail
    reason = shown.params["reason"]
    assert reason.source == MSG_OFFLINE  # kept as Text through the workspace
    english, dutch = shown.render(), shown.render(_dutch())
    assert "Cannot reach m.nl" in english
    assert _dutch()("channels", MSG_OFFLINE).format(host="m.nl") in dutch
