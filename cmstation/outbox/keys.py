"""Delivery keys, chosen once when a reply is queued."""

from __future__ import annotations

from cmstation.core.models import ChannelKind
from cmstation.core.outbox_item import new_idempotency_key


def new_delivery_key(kind: ChannelKind | str) -> str:
    """Bluesky: the record key (a TID) the post will be written at. Elsewhere: a random
    Idempotency-Key (Mastodon), or just a unique id (feed, manual)."""
    if ChannelKind(kind) == ChannelKind.BLUESKY:
        from cmstation.channels.bluesky_wire import new_tid

        return new_tid()
    return new_idempotency_key()
