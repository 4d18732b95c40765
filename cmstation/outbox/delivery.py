"""What a channel must offer the outbox: idempotent delivery keyed by the item's delivery key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from cmstation.core.models import Message
from cmstation.core.outbox_item import OutboxItem


@dataclass(frozen=True, slots=True)
class Delivered:
    remote_id: str
    url: str
    #: For a private message: the conversation it went into (its thread in the inbox).
    thread_root_id: str = ""


@dataclass(frozen=True, slots=True)
class ThreadNow:
    """The thread as the network shows it just before sending."""

    answered_exists: bool
    #: Remote ids of replies to the answered message, by others than us.
    reply_ids: tuple[str, ...] = ()
    #: A short excerpt per new reply, for the user to see what changed.
    excerpts: dict[str, str] = field(default_factory=dict)


def is_private(item: OutboxItem) -> bool:
    """The item goes as a private message to the author of the answered message (in the
    same conversation when that message is private itself)."""
    return bool(item.context.get("private"))


class Deliverer(Protocol):
    def thread_now(self, answered: Message) -> ThreadNow:
        """Fetch the answered post and its replies (for the stale-context check)."""

    def find_delivered(self, item: OutboxItem, answered: Message | None) -> Delivered | None:
        """After an unknown outcome: is the reply already on the network?"""

    def deliver(self, item: OutboxItem, answered: Message | None) -> Delivered:
        """Post it. Must be safe to call again with the same item (same delivery key)."""
