"""Delivering replies to Bluesky exactly once.

The record key (a TID) is chosen when the reply is queued. Every attempt writes with
``com.atproto.repo.putRecord`` at that key with ``swapRecord: null``: a free key creates the
post, an identical retry changes nothing, and different content at the key answers
``InvalidSwap``. After an unknown outcome, ``getRecord`` tells whether the post exists.
"""

from __future__ import annotations

from cmstation.channels.bluesky import BlueskyAdapter, InvalidSwap
from cmstation.channels.bluesky_wire import post_url
from cmstation.core.models import Message
from cmstation.core.outbox_item import OutboxItem
from cmstation.outbox.delivery import Delivered, ThreadNow


class BlueskyDeliverer:
    def __init__(self, adapter: BlueskyAdapter) -> None:
        self.adapter = adapter

    def _delivered(self, record: dict, rkey: str) -> Delivered:
        handle = self.adapter.tokens.handle or self.adapter.handle or self.adapter.did
        return Delivered(str(record.get("uri", "")), post_url(handle, rkey))

    def thread_now(self, answered: Message) -> ThreadNow:
        view = self.adapter.get_thread(answered.remote_id, depth=1, parent_height=0)
        if view.post is None:
            return ThreadNow(answered_exists=False)
        replies = [
            m for m in view.replies if m.in_reply_to_id == answered.remote_id and not m.is_own
        ]
        return ThreadNow(
            True, tuple(m.remote_id for m in replies), {m.remote_id: m.text for m in replies}
        )

    def find_delivered(self, item: OutboxItem, answered: Message | None) -> Delivered | None:
        record = self.adapter.get_post(item.delivery_key)
        return self._delivered(record, item.delivery_key) if record else None

    def deliver(self, item: OutboxItem, answered: Message | None) -> Delivered:
        refs = self.adapter.reply_refs(answered.remote_id) if answered else None
        try:
            uri, url = self.adapter.put_post(
                item.text, refs, item.delivery_key, langs=[item.lang] if item.lang else None
            )
        except InvalidSwap:
            # Our key already holds a post: an earlier attempt landed (with the text as it
            # was then). It is delivered; posting again would be the duplicate.
            record = self.adapter.get_post(item.delivery_key)
            if record is None:
                raise
            return self._delivered(record, item.delivery_key)
        return Delivered(uri, url)
