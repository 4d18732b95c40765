"""Requests the network holds back: Mastodon's notification requests (mentions from new or
not-followed accounts, filtered by the notification policy) and Bluesky's message requests
(chats from people we do not follow). Their messages are already in the inbox (sweeps ask
for the filtered ones too); accepting lets that account through on the network from now on,
dismissing hides the request. Both are idempotent on the network, so a retry is safe.

Qt-free: ``cmstation requests`` calls these directly, the window on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cmstation.channels.base import Permanent
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Channel, ChannelKind
from cmstation.listening import adapters as factory
from cmstation.storage import events

CTX = "Requests"
MSG_NOT_HERE = QT_TRANSLATE_NOOP("Requests", "{channel} has no requests to accept or dismiss.")


@dataclass(frozen=True, slots=True)
class PendingRequest:
    id: str
    #: "mentions" (Mastodon notification request) or "messages" (Bluesky chat request)
    kind: str
    handle: str
    display_name: str
    #: How many notifications (or messages) wait behind it.
    count: int


def _adapter(channel: Channel, secrets: Any, session: Any | None):
    if channel.kind not in (ChannelKind.MASTODON, ChannelKind.BLUESKY):
        raise Permanent.from_text(Text(CTX, MSG_NOT_HERE, {"channel": channel.name}))
    return factory.build_adapter(channel, session or factory.new_session(), secrets)


def pending(channel: Channel, secrets: Any, session: Any | None = None) -> list[PendingRequest]:
    """The channel's requests now (asks the network)."""
    adapter = _adapter(channel, secrets, session)
    if channel.kind == ChannelKind.MASTODON:
        return [
            PendingRequest(
                r.id, "mentions", r.author.handle, r.author.display_name, r.notifications_count
            )
            for r in adapter.notification_requests()
        ]
    listing = getattr(adapter, "chat_requests", None)
    return [
        PendingRequest(r.id, "messages", r.handle, r.display_name, r.count)
        for r in (listing() if listing else [])
    ]


def settle(
    db, channel: Channel, request_id: str, *, accept: bool, secrets: Any, session: Any = None
) -> None:
    """Accept or dismiss one request; recorded in the event log."""
    adapter = _adapter(channel, secrets, session)
    if channel.kind == ChannelKind.MASTODON:
        (adapter.accept_request if accept else adapter.dismiss_request)(request_id)
    else:
        (adapter.accept_chat_request if accept else adapter.dismiss_chat_request)(request_id)
    events.record(
        db,
        "request_accepted" if accept else "request_dismissed",
        channel_id=channel.id,
        detail={"request_id": request_id},
    )
