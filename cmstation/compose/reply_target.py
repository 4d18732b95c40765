"""What the composer reads to answer a message, and how it counts: Qt-free, so the
window's composer loads it on the task worker and tests read it without a window."""

from __future__ import annotations

from dataclasses import dataclass, field

from cmstation.compose import analyse
from cmstation.compose.length import limit_for, post_length
from cmstation.core.models import Channel, ChannelKind, Message
from cmstation.storage import channels as channel_store
from cmstation.storage import drafts as draft_store
from cmstation.storage import messages as message_store
from cmstation.storage import snippets as snippet_store

#: How many recent replies a new one is compared against (template_reuse).
RECENT_REPLIES = 30


def count_for(
    text: str, kind: str, post_limit: int | None, *, private: bool = False
) -> tuple[int, int | None, str]:
    """(count, limit, unit) the way the network counts (see :mod:`cmstation.compose.length`,
    which the too_long check uses too, so the counter and the check agree): Bluesky
    graphemes; Mastodon characters with every link as 23 and a mention as its local part."""
    count = post_length(text, kind)
    unit = "graphemes" if kind == ChannelKind.BLUESKY else "characters"
    return count, limit_for(kind, post_limit, private=private), unit


def known_replies(thread: list[Message], answered: Message) -> list[str]:
    """Remote ids of the replies to ``answered`` stored now (the stale-context snapshot)."""
    return [
        m.remote_id
        for m in thread
        if m.in_reply_to_id == answered.remote_id and m.id != answered.id
    ]


@dataclass
class Loaded:
    message: Message | None
    channel: Channel | None
    draft: draft_store.Draft | None
    known_replies: list[str] = field(default_factory=list)
    recent_replies: list[str] = field(default_factory=list)
    snippets: list[snippet_store.Snippet] = field(default_factory=list)


def load_reply_target(db, message_id: int) -> Loaded:
    """What the composer needs to answer ``message_id``: the message, its channel, its draft,
    the replies it has now (for the stale-context check), the recent replies of the channel
    (template_reuse) and the saved replies."""
    msg = message_store.get_message(db, message_id)
    if msg is None:
        return Loaded(None, None, None)
    thread = message_store.thread(db, message_id)
    return Loaded(
        msg,
        channel_store.get_channel(db, msg.channel_id),
        draft_store.draft_for_message(db, message_id),
        known_replies(thread, msg),
        snippet_store.recent_reply_texts(db, channel_id=msg.channel_id, limit=RECENT_REPLIES),
        snippet_store.list_snippets(db),
    )


def warm_checker(_db) -> None:
    """Compile the rule patterns of both languages once, on the worker, so the first key
    typed does not pay for it (about 150 ms cold, under a millisecond warm)."""
    from cmstation.compose import CheckContext

    for lang, text in (
        ("nl", "Wat vervelend, sorry! Uw pakket wordt morgen bezorgd. https://example.nl ^Eva"),
        ("en", "So sorry!! We apologize for any inconvenience. https://example.com ^Eva"),
    ):
        for channel in ("mastodon", "bluesky"):
            analyse(
                text,
                CheckContext(
                    lang=lang,
                    channel=channel,
                    signature="^Eva",
                    in_reply_to=text,
                    recent_replies=(text,),
                ),
            )
