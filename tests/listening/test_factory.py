"""cmstation.listening.adapters (tested here, beside the sweeps that use it)."""

from __future__ import annotations

import pytest
from listening_fakes import MemorySecrets

from cmstation.channels.base import NeedsLogin, Permanent
from cmstation.channels.feed import FeedAdapter
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.core.models import Channel, ChannelKind
from cmstation.listening.adapters import SECRET_NAMES, build_adapter
from cmstation.secrets import channel_key


def test_mastodon_reads_its_token_from_the_secret_store(session):
    ch = Channel(kind=ChannelKind.MASTODON, name="m", url="https://m.example", id=4)
    s = MemorySecrets()
    with pytest.raises(NeedsLogin, match="not in the keyring"):
        build_adapter(ch, session, s)
    s.set(channel_key(4, "access_token"), "t0ken")
    a = build_adapter(ch, session, s)
    assert isinstance(a, MastodonAdapter) and a.channel_id == 4
    assert "t0ken" not in repr(a)
    with pytest.raises(NeedsLogin):
        build_adapter(ch, session, None)


def test_feed_and_manual(session):
    feed = build_adapter(
        Channel(kind=ChannelKind.FEED, name="f", url="https://b.example/rss", id=2), session, None
    )
    assert isinstance(feed, FeedAdapter) and feed.url == "https://b.example/rss"
    with pytest.raises(Permanent, match="filled by hand"):
        build_adapter(Channel(kind=ChannelKind.MANUAL, name="hand", id=3), session, None)


def test_bluesky_needs_its_tokens(session):
    pytest.importorskip("cmstation.channels.bluesky")
    ch = Channel(
        kind=ChannelKind.BLUESKY,
        name="b",
        url="https://pds.example",
        account="shop.bsky.social",
        id=5,
    )
    s = MemorySecrets()
    with pytest.raises(NeedsLogin):
        build_adapter(ch, session, s)
    s.set(channel_key(5, "tokens"), "{not json")
    with pytest.raises(NeedsLogin):
        build_adapter(ch, session, s)


def test_secret_names_are_the_agreed_ones():
    assert {"access_token", "tokens"} <= set(SECRET_NAMES)
