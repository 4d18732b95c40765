"""A reply on its way out: the outbox's unit of work."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cmstation.core.i18n import Text


class OutboxState(StrEnum):
    QUEUED = "queued"  # waiting its turn (or its time: not_before)
    SENDING = (
        "sending"  # a send was started; if we find it so after a restart, the outcome is unknown
    )
    SENT = "sent"
    HELD = "held"  # waits for the user, with a reason
    FAILED = "failed"
    CANCELLED = "cancelled"


#: States the user may still edit, hold or cancel.
EDITABLE_STATES = frozenset({OutboxState.QUEUED, OutboxState.HELD, OutboxState.FAILED})


@dataclass(slots=True)
class OutboxItem:
    id: int
    message_id: int | None
    channel_id: int
    text: str
    lang: str
    #: Chosen once when queued and kept through every retry and restart: the Mastodon
    #: Idempotency-Key, or the Bluesky record key (a TID).
    delivery_key: str
    state: OutboxState
    reason: str
    attempts: int
    not_before: int | None
    queued_at: int
    sent_at: int | None = None
    remote_id: str = ""
    remote_url: str = ""
    #: What the thread looked like when the reply was written (for the stale-context check).
    context: dict[str, Any] = field(default_factory=dict)
    #: Why it waits or was held, translatable (``reason`` is the same in English).
    reason_text: Text = field(default_factory=lambda: Text("Outbox", ""))


def new_idempotency_key() -> str:
    return uuid.uuid4().hex
