"""Channel settings without the window: checked, stored, and what the scheduler does next."""

from __future__ import annotations

import pytest
from listening_fakes import T0

from cmstation.core.errors import CmstationError
from cmstation.core.models import Channel, ChannelKind
from cmstation.listening.channel_flows import ChannelSettings, check_settings, save_settings
from cmstation.listening.scheduler import due_channels
from cmstation.storage import channels


def test_settings_are_checked_in_plain_words():
    assert check_settings(ChannelKind.MASTODON, "  Fietsen   NL ", 30) == ("Fietsen NL", 30)
    assert check_settings(ChannelKind.MASTODON, "a", 5)[1] == 5
    assert check_settings(ChannelKind.FEED, "a", 240)[1] == 240
    assert check_settings(ChannelKind.MANUAL, "hand", None) == ("hand", None)
    with pytest.raises(CmstationError, match="Give the channel a name") as empty:
        check_settings(ChannelKind.MASTODON, "   ", 15)
    assert empty.value.text is not None  # translatable in the window
    with pytest.raises(CmstationError, match="outside the allowed range .5 to 240 minutes"):
        check_settings(ChannelKind.MASTODON, "a", 4)
    with pytest.raises(CmstationError, match="Sweep every 241 minutes"):
        check_settings(ChannelKind.BLUESKY, "a", 241)
    with pytest.raises(CmstationError, match="at most 80 characters"):
        check_settings(ChannelKind.FEED, "x" * 81, 15)


def test_saved_settings_steer_the_scheduler(db, channel_id):
    channels.update_channel(db, channel_id, sweep_minutes=15)
    db.execute("UPDATE channels SET last_sweep_at = ? WHERE id = ?", (T0, channel_id))
    assert due_channels(db, T0 + 15 * 60) == [channel_id]
    ch = save_settings(db, channel_id, ChannelSettings("Fietsen", 60, paused=False))
    assert (ch.name, ch.sweep_minutes, ch.enabled) == ("Fietsen", 60, True)
    assert due_channels(db, T0 + 59 * 60) == []
    assert due_channels(db, T0 + 60 * 60) == [channel_id]
    save_settings(db, channel_id, ChannelSettings("Fietsen", 60, paused=True))
    assert not channels.get_channel(db, channel_id).enabled
    assert due_channels(db, T0 + 30 * 86400) == []  # paused: never swept


def test_bad_settings_change_nothing(db, channel_id):
    before = channels.get_channel(db, channel_id)
    with pytest.raises(CmstationError):
        save_settings(db, channel_id, ChannelSettings("", 30, paused=True))
    with pytest.raises(CmstationError):
        save_settings(db, channel_id, ChannelSettings("ok", 1000, paused=True))
    assert channels.get_channel(db, channel_id) == before


def test_a_manual_channel_only_gets_a_name(db):
    cid = channels.add_channel(db, Channel(kind=ChannelKind.MANUAL, name="hand"))
    ch = save_settings(db, cid, ChannelSettings("LinkedIn", None, paused=True))
    assert ch.name == "LinkedIn" and ch.enabled and ch.sweep_minutes == 15
