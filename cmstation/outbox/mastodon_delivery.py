"""Delivering replies to Mastodon exactly once.

Every attempt sends the item's delivery key as the ``Idempotency-Key`` header, so a retry
after a dropped answer gets the status the server already made. Mastodon forgets keys after
an hour, so after an unknown outcome we also look in the thread for our own reply with the
same text before posting again.
"""

from __future__ import annotations

from cmstation.channels.base import Permanent
from cmstation.channels.http import MSG_NOT_FOUND
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.core.models import Message
from cmstation.core.outbox_item import OutboxItem
from cmstation.outbox.delivery import Delivered, ThreadNow


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _is_not_found(exc: Permanent) -> bool:
    text = getattr(exc, "text", None)
    return text is not None and text.source == MSG_NOT_FOUND


class MastodonDeliverer:
    def __init__(self, adapter: MastodonAdapter) -> None:
        self.adapter = adapter
        self._me: str | None = None

    def _my_id(self) -> str:
        if self._me is None:
            self._me = str(self.adapter.verify_credentials().get("id", ""))
        return self._me

    def thread_now(self, answered: Message) -> ThreadNow:
        try:
            self.adapter.get_status(answered.remote_id)
        except Permanent as exc:
            if _is_not_found(exc):
                return ThreadNow(answered_exists=False)
            raise
        _, descendants = self.adapter.get_context(answered.remote_id)
        me = self._my_id()
        replies = [
            m
            for m in descendants
            if m.in_reply_to_id == answered.remote_id
            and (m.author is None or m.author.remote_id != me)
        ]
        return ThreadNow(
            True, tuple(m.remote_id for m in replies), {m.remote_id: m.text for m in replies}
        )

    def find_delivered(self, item: OutboxItem, answered: Message | None) -> Delivered | None:
        if answered is None:
            return None  # nothing to look in; the Idempotency-Key still protects a retry
        try:
            _, descendants = self.adapter.get_context(answered.remote_id)
        except Permanent:
            return None
        me = self._my_id()
        for m in descendants:
            if (
                m.author is not None
                and m.author.remote_id == me
                and m.in_reply_to_id == answered.remote_id
                and _same_text(m.text, item.text)
            ):
                return Delivered(m.remote_id, m.url)
        return None

    def deliver(self, item: OutboxItem, answered: Message | None) -> Delivered:
        remote_id, url = self.adapter.post_status(
            item.text, answered.remote_id if answered else None, item.delivery_key
        )
        return Delivered(remote_id, url)
