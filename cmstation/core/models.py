"""Domain types shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ChannelKind(StrEnum):
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    FEED = "feed"
    MANUAL = "manual"


class MessageState(StrEnum):
    NEW = "new"
    NEEDS_REPLY = "needs_reply"
    REPLIED = "replied"
    DONE = "done"
    IGNORED = "ignored"
    SPAM = "spam"


#: States that count as "handled" for the mastery gate and insights.
HANDLED_STATES = frozenset({MessageState.REPLIED, MessageState.DONE, MessageState.IGNORED})


class Sentiment(StrEnum):
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


class Priority:
    """Higher is more urgent: complaints first, then questions, then the rest."""

    LOW = 0
    NORMAL = 1
    QUESTION = 2
    COMPLAINT = 3


class MessageKind(StrEnum):
    MENTION = "mention"
    REPLY = "reply"
    QUOTE = "quote"
    REPOST = "repost"
    SEARCH_HIT = "search_hit"
    FEED_ITEM = "feed_item"
    MANUAL = "manual"
    OWN_REPLY = "own_reply"
    #: A post of our own that starts a thread ("New post"): replies to it are found.
    OWN_POST = "own_post"
    #: A private (direct) message to us: Mastodon ``visibility: direct``, a Bluesky chat.
    DIRECT = "direct"
    #: A private message we sent.
    OWN_DIRECT = "own_direct"


#: Kinds that are private conversations: never shown or answered in public.
PRIVATE_KINDS = frozenset({MessageKind.DIRECT, MessageKind.OWN_DIRECT})
#: Kinds written by us.
OWN_KINDS = frozenset({MessageKind.OWN_REPLY, MessageKind.OWN_POST, MessageKind.OWN_DIRECT})


#: Channel post length limits when the network does not say otherwise.
DEFAULT_LIMITS = {
    ChannelKind.MASTODON: 500,
    ChannelKind.BLUESKY: 300,
    ChannelKind.FEED: None,
    ChannelKind.MANUAL: None,
}

MAX_CHANNELS = 3


@dataclass(slots=True)
class Channel:
    kind: ChannelKind
    name: str
    #: Server base URL (Mastodon instance, Bluesky PDS, feed URL); empty for manual.
    url: str = ""
    #: The account handle on the network (no secrets here: those live in the keyring).
    account: str = ""
    post_limit: int | None = None
    sweep_minutes: int = 15
    enabled: bool = True
    id: int | None = None
    created_at: int | None = None


@dataclass(slots=True)
class Author:
    remote_id: str
    handle: str
    display_name: str = ""
    url: str = ""
    id: int | None = None
    #: how many follow them, when the network says (None: not known)
    followers: int | None = None


def reach_rank(followers: int | None) -> int:
    """The order of magnitude of a follower count (digits - 1: 12 -> 1, 50,000 -> 4; 0 when
    unknown or under 10): the message list's second key within a priority."""
    if not isinstance(followers, int) or followers < 10:
        return 0
    return len(str(followers)) - 1


@dataclass(slots=True)
class Message:
    """One remote item in the inbox (a mention, a search hit, a feed item...)."""

    channel_id: int
    remote_id: str
    text: str
    created_at: int  # unix seconds, UTC
    author: Author | None = None
    html: str = ""
    url: str = ""
    lang: str = ""
    kind: MessageKind = MessageKind.MENTION
    thread_root_id: str = ""  # remote id of the thread's first post
    in_reply_to_id: str = ""  # remote id of the post this one answers
    state: MessageState = MessageState.NEW
    sentiment: Sentiment = Sentiment.NEUTRAL
    priority: int = Priority.NORMAL
    is_own: bool = False
    fetched_at: int | None = None
    replied_at: int | None = None
    read: bool = False
    id: int | None = None
    author_name: str = field(default="", compare=False)
    author_handle: str = field(default="", compare=False)
    channel_kind: str = field(default="", compare=False)
    channel_name: str = field(default="", compare=False)


@dataclass(slots=True, frozen=True)
class MessageFilter:
    """What the message list shows; translated to SQL by the storage layer."""

    states: tuple[MessageState, ...] = ()
    channel_id: int | None = None
    sentiment: Sentiment | None = None
    lang: str | None = None
    search: str = ""
    include_own: bool = False
    #: "priority" (complaints first; within one, the larger reach first, then the newest)
    #: or "newest" / "oldest".
    order: str = "priority"
    #: the snoozed messages only (out of every other list until they wake), soonest first
    snoozed: bool = False
