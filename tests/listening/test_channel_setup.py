from __future__ import annotations

import pytest

from cmstation.core.clock import FixedClock
from cmstation.core.errors import ChannelLimitReached, CmstationError
from cmstation.core.models import Author, Channel, ChannelKind, Message, MessageState
from cmstation.listening.channel_setup import (
    GateNotMet,
    add_channel,
    check_gate,
    normalise_server_url,
    remove_channel,
)
from cmstation.storage import channels, events, messages

NOW = 1_790_000_000


def _mastodon(name="@shop@m.example"):
    return Channel(kind=ChannelKind.MASTODON, name=name, url="https://m.example")


def _answered(db, cid, n, *, reply_h=2):
    msgs = [
        Message(
            channel_id=cid,
            remote_id=f"m{i}",
            text="Vraag?",
            created_at=NOW - 86400,
            state=MessageState.REPLIED,
            replied_at=NOW - 86400 + reply_h * 3600,
            author=Author(remote_id="x", handle="x"),
        )
        for i in range(n)
    ]
    messages.upsert_messages(db, msgs, now=NOW)


def test_the_first_channel_needs_no_figures(db):
    clock = FixedClock(NOW)
    assert check_gate(db, now=NOW).passed
    cid = add_channel(db, _mastodon(), clock=clock)
    assert channels.get_channel(db, cid).name == "@shop@m.example"
    assert events.recent(db, "channel_added")[0]["channel_id"] == cid


def test_a_second_channel_needs_the_first_under_control(db):
    clock = FixedClock(NOW)
    first = add_channel(db, _mastodon(), clock=clock)
    with pytest.raises(GateNotMet) as info:
        add_channel(
            db, Channel(kind=ChannelKind.FEED, name="blog", url="https://b/feed"), clock=clock
        )
    assert info.value.report.existing == 1 and not info.value.report.passed
    assert "nothing to measure" in str(info.value)
    assert len(channels.list_channels(db)) == 1
    _answered(db, first, 10)
    second = add_channel(
        db, Channel(kind=ChannelKind.FEED, name="blog", url="https://b/feed"), clock=clock
    )
    assert events.recent(db, "mastery_gate_override") == []
    assert second != first


def test_override_is_recorded_with_the_figures(db):
    clock = FixedClock(NOW)
    first = add_channel(db, _mastodon(), clock=clock)
    _answered(db, first, 10, reply_h=40)  # too slow
    with pytest.raises(GateNotMet) as info:
        add_channel(
            db,
            Channel(kind=ChannelKind.MANUAL, name="LinkedIn"),
            clock=clock,
            override_reason="   ",
        )
    [failed] = info.value.report.failed_checks
    assert failed.name == "median_response" and failed.value == 40 and failed.threshold == 24
    cid = add_channel(
        db,
        Channel(kind=ChannelKind.MANUAL, name="LinkedIn"),
        clock=clock,
        override_reason="The boss wants LinkedIn covered",
    )
    [ev] = events.recent(db, "mastery_gate_override")
    assert ev["channel_id"] == cid and ev["detail"]["reason"] == "The boss wants LinkedIn covered"
    assert ev["detail"]["figures"]["median_response_hours"] == 40.0


def test_never_more_than_three_channels(db):
    clock = FixedClock(NOW)
    for i in range(3):
        add_channel(
            db,
            Channel(kind=ChannelKind.MANUAL, name=f"m{i}"),
            clock=clock,
            override_reason="testing",
        )
    with pytest.raises(ChannelLimitReached, match="at most|most cmstation allows"):
        add_channel(
            db, Channel(kind=ChannelKind.MANUAL, name="four"), clock=clock, override_reason="please"
        )
    assert check_gate(db, now=NOW).cap_reached


def test_sweep_interval_bounds(db):
    with pytest.raises(CmstationError, match="outside the allowed range"):
        add_channel(
            db, Channel(kind=ChannelKind.MANUAL, name="m", sweep_minutes=1), clock=FixedClock(NOW)
        )


class MemorySecrets:
    persistent = False

    def __init__(self):
        self.d = {}

    def get(self, k):
        return self.d.get(k)

    def set(self, k, v):
        self.d[k] = v

    def delete(self, k):
        self.d.pop(k, None)


def test_remove_channel_removes_its_secrets(db):
    clock = FixedClock(NOW)
    cid = add_channel(db, _mastodon(), clock=clock)
    s = MemorySecrets()
    s.set(f"channel/{cid}/access_token", "t0ken")
    s.set("channel/99/access_token", "other")
    assert remove_channel(db, cid, s, clock=clock)
    assert s.d == {"channel/99/access_token": "other"}
    assert channels.list_channels(db) == [] and not remove_channel(db, cid, s, clock=clock)


@pytest.mark.parametrize(
    "raw, out",
    [
        ("mastodon.social", "https://mastodon.social"),
        ("https://mastodon.social/", "https://mastodon.social"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:3000/", "http://localhost:3000"),
    ],
)
def test_server_urls(raw, out):
    assert normalise_server_url(raw) == out


@pytest.mark.parametrize("raw", ["", "http://mastodon.social", "ftp://x.example", "https://"])
def test_bad_server_urls(raw):
    with pytest.raises(CmstationError):
        normalise_server_url(raw)


def test_the_gate_report_has_each_channels_figures(db):
    from cmstation.listening.channel_setup import check_gate

    clock = FixedClock(NOW)
    first = add_channel(db, _mastodon(), clock=clock)
    _answered(db, first, 10, reply_h=2)
    add_channel(db, Channel(kind=ChannelKind.MANUAL, name="LinkedIn"), clock=clock)
    report = check_gate(db, now=NOW)
    assert [name for name, _f in report.per_channel] == [_mastodon().name, "LinkedIn"]
    assert report.per_channel[0][1].handled == 10 and report.per_channel[1][1].needed_reply == 0
