"""Delivering replies to Bluesky exactly once.

The record key (a TID) is chosen when the reply is queued. Every attempt writes with
``com.atproto.repo.putRecord`` at that key with ``swapRecord: null``: a free key creates the
post, an identical retry changes nothing, and different content at the key answers
``InvalidSwap``. After an unknown outcome, ``getRecord`` tells whether the post exists.

A private reply (``context["private"]``, or an answer to a private message) goes as a chat
message (:mod:`cmstation.channels.bluesky_chat`) to the author of the answered message: into
the answered message's conversation when it is private itself, else into the 1-1
conversation ``getConvoForMembers`` gives (made when there is none). Answering accepts a
message request (``acceptConvo``). ``sendMessage`` has no idempotency key, so after an
unknown outcome we look in the conversation for our message with the same text sent since
the reply was queued (less a clock margin) before sending again.

The stale-context check of a private conversation: the message right after the answered one,
when another member wrote it, is its "reply" (the sweep files each chat message as answering
the one before it, so this is what the composer saw as the known replies); the answered
message deleted holds the reply. A "continue privately" from a public post keeps the public
thread's check.
"""

from __future__ import annotations

from cmstation.channels.base import Permanent
from cmstation.channels.bluesky import BlueskyAdapter, InvalidSwap
from cmstation.channels.bluesky_chat import (
    DELETED_VIEW,
    MSG_NO_RECIPIENT,
    chat_remote_id,
    chat_root,
    check_message_text,
    convo_id_of,
    message_id_of,
)
from cmstation.channels.bluesky_wire import post_url
from cmstation.channels.http import channel_error
from cmstation.core.models import PRIVATE_KINDS, Message
from cmstation.core.outbox_item import OutboxItem
from cmstation.outbox.delivery import Delivered, ThreadNow, is_private

#: How far the chat service's clock may be behind ours when we look for a message we sent.
CLOCK_MARGIN = 120


def _private(item: OutboxItem, answered: Message | None) -> bool:
    return is_private(item) or (answered is not None and answered.kind in PRIVATE_KINDS)


class BlueskyDeliverer:
    def __init__(self, adapter: BlueskyAdapter) -> None:
        self.adapter = adapter

    def _delivered(self, record: dict, rkey: str) -> Delivered:
        handle = self.adapter.tokens.handle or self.adapter.handle or self.adapter.did
        return Delivered(str(record.get("uri", "")), post_url(handle, rkey))

    def thread_now(self, answered: Message) -> ThreadNow:
        if answered.kind in PRIVATE_KINDS and convo_id_of(answered.remote_id):
            return self._conversation_now(answered)
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
        if _private(item, answered):
            convo = self._convo_for(answered)
            since = item.queued_at - CLOCK_MARGIN
            view = self.adapter.chat.find_sent(convo, item.text, since)
            return _sent(convo, view) if view else None
        record = self.adapter.get_post(item.delivery_key)
        return self._delivered(record, item.delivery_key) if record else None

    def deliver(self, item: OutboxItem, answered: Message | None) -> Delivered:
        if _private(item, answered):
            check_message_text(item.text)  # before anything is asked of the network
            convo = self._convo_for(answered)
            self.adapter.chat.accept_convo(convo)  # answering a request accepts it
            return _sent(convo, self.adapter.chat.send_message(convo, item.text))
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

    # -- private messages ---------------------------------------------------------------

    def _convo_for(self, answered: Message | None) -> str:
        """The conversation a private reply to ``answered`` goes into."""
        if answered is not None and answered.kind in PRIVATE_KINDS:
            convo = convo_id_of(answered.thread_root_id) or convo_id_of(answered.remote_id)
            if convo:
                return convo
        did = answered.author.remote_id if answered and answered.author else ""
        if not did.startswith("did:") or did == self.adapter.did:
            raise channel_error(Permanent, MSG_NO_RECIPIENT)
        return str(self.adapter.chat.convo_for_members([did])["id"])

    def _conversation_now(self, answered: Message) -> ThreadNow:
        convo, wanted = convo_id_of(answered.remote_id), message_id_of(answered.remote_id)
        views, _ = self.adapter.chat.get_messages(convo)
        ids = [v.get("id") if isinstance(v, dict) else None for v in views]
        if wanted not in ids:
            return ThreadNow(True)  # older than the newest page: nothing to compare
        at = ids.index(wanted)
        if views[at].get("$type") == DELETED_VIEW:
            return ThreadNow(answered_exists=False)
        if at == 0:
            return ThreadNow(True)  # newest first: nothing came after it
        nxt = views[at - 1]
        sender = nxt.get("sender") if isinstance(nxt, dict) else None
        text = nxt.get("text") if isinstance(nxt, dict) else None
        if not isinstance(sender, dict) or sender.get("did") == self.adapter.did:
            return ThreadNow(True)
        if not isinstance(text, str) or not isinstance(nxt.get("id"), str):
            return ThreadNow(True)  # a deleted or system message
        rid = chat_remote_id(convo, nxt["id"])
        return ThreadNow(True, (rid,), {rid: text})


def _sent(convo: str, view: dict) -> Delivered:
    return Delivered(chat_remote_id(convo, str(view["id"])), "", chat_root(convo))
