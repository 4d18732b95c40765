"""Checking and queueing what the user wrote, without a window: a reply (public or private)
or an own post. ``cmstation reply`` and ``cmstation post`` come here; the composer does the
same steps on its own worker.

A reply is checked the way the composer checks it (the profile's sign-off and register,
the answered message's mood, private or public, the channel's limit) and queued with the
stale-context snapshot; an error-level finding refuses it unless forced.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmstation.compose import CheckResult, Severity, analyse
from cmstation.compose.profile import check_context
from cmstation.compose.reply_target import known_replies
from cmstation.compose.utm import tag_links
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import PRIVATE_KINDS, ChannelKind, Message
from cmstation.outbox.deliverers import POSTING_KINDS
from cmstation.outbox.keys import new_delivery_key
from cmstation.storage import channels as channel_store
from cmstation.storage import messages
from cmstation.storage import outbox as outbox_store
from cmstation.storage import profile as profile_store
from cmstation.storage import snippets as snippet_store

CTX = "Writing"
MSG_NO_MESSAGE = QT_TRANSLATE_NOOP("Writing", "There is no message {id} in this workspace.")
MSG_NO_CHANNEL = QT_TRANSLATE_NOOP("Writing", "There is no channel {id} in this workspace.")
MSG_CANNOT_POST = QT_TRANSLATE_NOOP(
    "Writing", "{channel} is not a Mastodon or Bluesky channel: cmstation cannot post there."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("Writing", "The text is empty.")
MSG_NO_PRIVATE = QT_TRANSLATE_NOOP(
    "Writing", "This message has no known author to write to privately."
)


class NotQueued(CmstationError):
    """Nothing was queued; the message says why."""


def _refuse(source: str, **params) -> NotQueued:
    return NotQueued.from_text(Text(CTX, source, params))


@dataclass(frozen=True)
class Written:
    result: CheckResult
    #: The outbox id, or None when the checks refused it.
    outbox_id: int | None

    @property
    def errors(self) -> list:
        return [f for f in self.result.findings if f.severity == Severity.ERROR]


def is_private_reply(message: Message, private: bool) -> bool:
    return private or message.kind in PRIVATE_KINDS


def check_reply(db, message: Message, text: str, *, private: bool = False, lang: str = "auto"):
    channel = channel_store.get_channel(db, message.channel_id)
    kind = str(channel.kind) if channel else ""
    ctx = check_context(
        profile_store.load_profile(db),
        lang=lang or "auto",
        channel=kind,
        limit=channel.post_limit if channel else None,
        in_reply_to=message.text,
        in_reply_to_sentiment=message.sentiment,
        recent_replies=tuple(
            snippet_store.recent_reply_texts(db, channel_id=message.channel_id, limit=30)
        ),
        private=is_private_reply(message, private),
    )
    return analyse(text, ctx)


def queue_reply(
    db,
    message_id: int,
    text: str,
    *,
    private: bool = False,
    lang: str = "auto",
    not_before: int | None = None,
    force: bool = False,
) -> Written:
    """Check, then queue a reply to ``message_id`` (privately to its author when
    ``private``; a reply to a private message is always private)."""
    message = messages.get_message(db, message_id)
    if message is None:
        raise _refuse(MSG_NO_MESSAGE, id=message_id)
    channel = channel_store.get_channel(db, message.channel_id)
    if channel is None or channel.kind not in POSTING_KINDS:
        raise _refuse(MSG_CANNOT_POST, channel=channel.name if channel else "?")
    if not text.strip():
        raise _refuse(MSG_EMPTY)
    private = is_private_reply(message, private)
    if private and (message.author is None or not message.author.remote_id):
        raise _refuse(MSG_NO_PRIVATE)
    result = check_reply(db, message, text, private=private, lang=lang)
    errors = [f for f in result.findings if f.severity == Severity.ERROR]
    if errors and not force:
        return Written(result, None)
    context = {"known_replies": known_replies(messages.thread(db, message_id), message)}
    if private:
        context["private"] = True
    outbox_id = outbox_store.enqueue(
        db,
        channel_id=message.channel_id,
        message_id=message.id,
        text=tag_links(text, profile_store.load_profile(db)),
        delivery_key=new_delivery_key(ChannelKind(channel.kind)),
        lang=result.lang,
        not_before=not_before,
        context=context,
    )
    return Written(result, outbox_id)


def check_post(db, channel_id: int, text: str, *, lang: str = "auto") -> CheckResult:
    channel = channel_store.get_channel(db, channel_id)
    if channel is None:
        raise _refuse(MSG_NO_CHANNEL, id=channel_id)
    ctx = check_context(
        profile_store.load_profile(db),
        lang=lang or "auto",
        channel=str(channel.kind),
        limit=channel.post_limit,
        own_post=True,
    )
    return analyse(text, ctx)


def queue_post(
    db,
    channel_id: int,
    text: str,
    *,
    lang: str = "auto",
    not_before: int | None = None,
    force: bool = False,
    draft_id: int | None = None,
) -> Written:
    """Check, then queue an own post (no parent) on the channel."""
    channel = channel_store.get_channel(db, channel_id)
    if channel is None:
        raise _refuse(MSG_NO_CHANNEL, id=channel_id)
    if channel.kind not in POSTING_KINDS:
        raise _refuse(MSG_CANNOT_POST, channel=channel.name)
    if not text.strip():
        raise _refuse(MSG_EMPTY)
    result = check_post(db, channel_id, text, lang=lang)
    if any(f.severity == Severity.ERROR for f in result.findings) and not force:
        return Written(result, None)
    outbox_id = outbox_store.enqueue(
        db,
        channel_id=channel_id,
        message_id=None,
        text=tag_links(text, profile_store.load_profile(db)),
        delivery_key=new_delivery_key(ChannelKind(channel.kind)),
        lang=result.lang,
        not_before=not_before,
        context={"own_post": True},
        draft_id=draft_id,
    )
    return Written(result, outbox_id)
