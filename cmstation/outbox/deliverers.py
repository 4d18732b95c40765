"""Which deliverer posts for which stored channel."""

from __future__ import annotations

from typing import Any

from cmstation.channels.base import NeedsLogin
from cmstation.core.models import Channel, ChannelKind, Message
from cmstation.core.outbox_item import OutboxItem
from cmstation.listening import adapters as factory
from cmstation.outbox.delivery import Deliverer
from cmstation.storage import channels as channel_store

#: Channels the outbox posts to itself; feed and manual replies are posted by the user
#: ("Copy reply and open the post") and confirmed by hand.
POSTING_KINDS = (ChannelKind.MASTODON, ChannelKind.BLUESKY)


class LoginMissing:
    """Stands in for a channel whose login is gone: every reply is held with the reason."""

    def __init__(self, error: NeedsLogin) -> None:
        self.error = error

    def thread_now(self, answered: Message):
        raise self.error

    def find_delivered(self, item: OutboxItem, answered: Message | None):
        raise self.error

    def deliver(self, item: OutboxItem, answered: Message | None):
        raise self.error


def deliverer_for(channel: Channel, session: Any, secrets: Any) -> Deliverer:
    try:
        adapter = factory.build_adapter(channel, session, secrets)
    except NeedsLogin as exc:
        return LoginMissing(exc)
    if channel.kind == ChannelKind.MASTODON:
        from cmstation.outbox.mastodon_delivery import MastodonDeliverer

        return MastodonDeliverer(adapter)
    from cmstation.outbox.bluesky_delivery import BlueskyDeliverer

    return BlueskyDeliverer(adapter)


def build_deliverers(db, secrets: Any, session: Any | None = None) -> dict[int, Deliverer]:
    session = session or factory.new_session()
    return {
        ch.id: deliverer_for(ch, session, secrets)
        for ch in channel_store.list_channels(db)
        if ch.kind in POSTING_KINDS and ch.enabled
    }
