"""A channel that needs a login: the scheduler leaves it alone, "Sweep now" still tries once
and says the same plain thing, and logging in again lets the scheduler sweep it at once."""

from __future__ import annotations

import pytest
from listening_fakes import T0, ListAdapter, MemorySecrets, msg

from cmstation.channels.base import NeedsLogin
from cmstation.core.clock import FixedClock
from cmstation.core.errors import CmstationError
from cmstation.core.models import Channel, ChannelKind
from cmstation.listening import channel_flows
from cmstation.listening.scheduler import ListenService, due_channels, sweep_channel
from cmstation.listening.sweep import MSG_NEEDS_LOGIN
from cmstation.secrets import channel_key
from cmstation.storage import channels, sweeps


def _expired(db, channel_id, clock, adapter):
    adapter.errors = [NeedsLogin("token revoked")]
    s = sweep_channel(db, channel_id, build_adapter=lambda _db, _ch: adapter, clock=clock)
    assert s.status == "needs_login"
    return s


def _prepared(account="fietsen@mastodon.nl", post_limit=500):
    return channel_flows.PreparedChannel(
        Channel(
            kind=ChannelKind.MASTODON,
            name="x",
            url="https://mastodon.nl",
            account=account,
            post_limit=post_limit,
        ),
        "access_token",
        "new-token",
    )


def test_sweep_now_on_a_channel_that_needs_a_login_tries_once_with_the_same_message(db, channel_id):
    clock = FixedClock(T0)
    adapter = ListAdapter([msg(channel_id, "1", "hallo")])
    first = _expired(db, channel_id, clock, adapter)
    assert due_channels(db, T0 + 3600) == []
    adapter.errors = [NeedsLogin("still revoked")]
    clock.advance(60)
    again = sweep_channel(db, channel_id, build_adapter=lambda _db, _ch: adapter, clock=clock)
    assert again.status == "needs_login"
    assert [c[0] for c in adapter.calls] == ["mentions", "mentions"]  # one request each time
    assert again.detail.source == first.detail.source == MSG_NEEDS_LOGIN
    assert "until you log in again" in str(again.detail)
    st = sweeps.channel_status(db, channel_id)
    assert st.status == "needs_login" and st.detail.source == MSG_NEEDS_LOGIN


def test_logging_in_again_resumes_sweeps_at_once(db, channel_id, tmp_path):
    clock = FixedClock(T0)
    dead = ListAdapter()
    _expired(db, channel_id, clock, dead)
    channels.update_channel(db, channel_id, account="fietsen@mastodon.nl")
    fresh = ListAdapter([msg(channel_id, "1", "hallo")])
    svc = ListenService(tmp_path / "ws" / "workspace.sqlite3", lambda _db, _ch: fresh, clock=clock)
    clock.advance(60)
    assert svc.tick() == []  # still needs a login
    secrets = MemorySecrets()
    channel_flows.store_relogin(db, channel_id, _prepared(), secrets, clock=clock)
    assert secrets.get(channel_key(channel_id, "access_token")) == "new-token"
    st = sweeps.channel_status(db, channel_id)
    assert st.status == "ok" and st.retry_at == int(clock.now())
    assert "Logged in again" in str(st.detail)
    # due at once, although the interval since the refused sweep has not passed
    [s] = svc.tick()
    assert s.status == "ok" and s.new == 1
    assert sweeps.channel_status(db, channel_id).retry_at is None
    assert svc.tick() == []  # and then the interval again
    assert channels.get_channel(db, channel_id).post_limit == 500


def test_logging_in_again_does_not_lift_a_rate_limit(db, channel_id):
    clock = FixedClock(T0)
    from cmstation.core.i18n import Text

    sweeps.set_status(db, channel_id, "rate_limited", Text("x", "y"), at=T0, retry_at=T0 + 900)
    channel_flows.store_relogin(db, channel_id, _prepared(), MemorySecrets(), clock=clock)
    st = sweeps.channel_status(db, channel_id)
    assert st.status == "rate_limited" and st.retry_at == T0 + 900


def test_logging_in_with_another_account_changes_nothing(db, channel_id):
    clock = FixedClock(T0)
    _expired(db, channel_id, clock, ListAdapter())
    channels.update_channel(db, channel_id, account="fietsen@mastodon.nl")
    secrets = MemorySecrets()
    with pytest.raises(CmstationError, match="other@mastodon.nl"):
        channel_flows.store_relogin(
            db, channel_id, _prepared(account="other@mastodon.nl"), secrets, clock=clock
        )
    assert secrets.d == {}
    assert sweeps.channel_status(db, channel_id).status == "needs_login"
