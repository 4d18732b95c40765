"""Delivering replies to Mastodon exactly once.

Every attempt sends the item's delivery key as the ``Idempotency-Key`` header, so a retry
after a dropped answer gets the status the server already made. Mastodon forgets keys after
an hour, so after an unknown outcome we also look in the thread for our own reply with the
same text before posting again; for a post of our own (no thread), among our own newest
statuses.

A private reply (the answered message is a private one, or ``context["private"]``) goes as a
``visibility: direct`` status, which Mastodon addresses by mention: the author's ``@acct``
opens the text unless it already names them. It answers the private message it replies to;
a "continue privately" from a public mention is a new direct status, not a reply to the
public post. Looking for it after an unknown outcome: in the answered message's context (a
reply), or among our own newest statuses (a new one; the author sees their direct ones).
"""

from __future__ import annotations

from cmstation.channels.base import Permanent
from cmstation.channels.http import MSG_NOT_FOUND
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.channels.mastodon_direct import (
    address_direct,
    conversation_id_of,
    strip_mentions,
)
from cmstation.core.models import PRIVATE_KINDS, Message, MessageKind
from cmstation.core.outbox_item import OutboxItem
from cmstation.outbox.delivery import Delivered, ThreadNow, is_private


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _same_direct_text(a: str, b: str) -> bool:
    """The server shows a mention by its short name (``@klant`` for ``@klant@host``): the
    opening mentions are left out of the comparison."""
    return _same_text(strip_mentions(a), strip_mentions(b))


#: How far the server's clock may be behind ours when we look for a status we sent.
CLOCK_SLACK = 600


def direct_text(text: str, answered: Message, host: str) -> str:
    """The text as it goes privately to the answered message's author (not to ourselves)."""
    if answered.is_own or answered.author is None:
        return text
    return address_direct(text, answered.author.handle, host)


def _recipient_user(answered: Message) -> str:
    if answered.is_own or answered.author is None:
        return ""
    return answered.author.handle.strip().lstrip("@").partition("@")[0].lower()


def _mentioned_users(text: str) -> set[str]:
    return {m.lstrip("@").partition("@")[0].lower() for m in text.split() if m.startswith("@")}


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
        if answered is not None and _private(item, answered):
            return self._find_direct(item, answered)
        if answered is None:
            return self._find_own_post(item)
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
        if answered is not None and _private(item, answered):
            in_conversation = answered.kind in PRIVATE_KINDS
            remote_id, url = self.adapter.post_status(
                self._direct_text(item, answered),
                answered.remote_id if in_conversation else None,
                item.delivery_key,
                visibility="direct",
            )
            return Delivered(remote_id, url, _conversation_root(answered))
        remote_id, url = self.adapter.post_status(
            item.text, answered.remote_id if answered else None, item.delivery_key
        )
        return Delivered(remote_id, url)

    def _direct_text(self, item: OutboxItem, answered: Message) -> str:
        """The text addressed to the author; answering our own private message, to the
        people that one went to (its mentions, one look-up)."""
        if not answered.is_own:
            return direct_text(item.text, answered, self.adapter.host)
        text = item.text
        for acct in reversed(self.adapter.status_mentions(answered.remote_id)):
            text = address_direct(text, acct, self.adapter.host)
        return text

    def _find_direct(self, item: OutboxItem, answered: Message) -> Delivered | None:
        text = self._direct_text(item, answered)
        me = self._my_id()
        if answered.kind in PRIVATE_KINDS:
            try:
                _, descendants = self.adapter.get_context(answered.remote_id)
            except Permanent:
                return None
            for m in descendants:
                if (
                    m.author is not None
                    and m.author.remote_id == me
                    and m.in_reply_to_id == answered.remote_id
                    and _same_direct_text(m.text, text)
                ):
                    return Delivered(m.remote_id, m.url, _conversation_root(answered))
            return None
        user = _recipient_user(answered)
        for m in self.adapter.own_statuses(me):
            if (
                m.kind == MessageKind.DIRECT
                and not m.in_reply_to_id
                and m.created_at >= item.queued_at - CLOCK_SLACK
                and _same_direct_text(m.text, text)
                and (not user or user in _mentioned_users(m.text))
            ):
                return Delivered(m.remote_id, m.url)
        return None

    def _find_own_post(self, item: OutboxItem) -> Delivered | None:
        """A post of our own (no parent) among our newest statuses: public, no reply, sent
        after it was queued, with its text. The Idempotency-Key covers the first hour; this
        covers a retry after a longer time offline."""
        try:
            mine = self.adapter.own_statuses(self._my_id())
        except Permanent:
            return None  # cannot look; the Idempotency-Key still protects the first hour
        for m in mine:
            if (
                m.kind != MessageKind.DIRECT
                and not m.in_reply_to_id
                and m.created_at >= item.queued_at - CLOCK_SLACK
                and _same_text(m.text, item.text)
            ):
                return Delivered(m.remote_id, m.url)
        return None


def _private(item: OutboxItem, answered: Message) -> bool:
    return is_private(item) or answered.kind in PRIVATE_KINDS


def _conversation_root(answered: Message) -> str:
    """The conversation a reply in a private conversation goes into, when it is known
    without asking (``conv:<id>``); "" otherwise (the sweep files it later)."""
    if answered.kind in PRIVATE_KINDS and conversation_id_of(answered.thread_root_id):
        return answered.thread_root_id
    return ""
