"""Who is this: an author's history as plain data (storage/authors.py reads it), VIPs and
notes keyed by network and handle, and what makes someone an ambassador."""

from __future__ import annotations

from dataclasses import dataclass, field

#: An ambassador speaks well of the brand, more than once: at least this many positive
#: messages (the profile's ``ambassador_min_positive``, as insights.ambassadors counts them;
#: there per period, here over everything the inbox holds).
AMBASSADOR_MIN_POSITIVE = 3


def norm_handle(handle: str) -> str:
    """A handle as VIPs, notes and rules compare it: no leading @, lower case, no spaces."""
    return (handle or "").strip().lstrip("@").strip().lower()


def is_ambassador(
    positive: int, neutral: int, negative: int, min_positive: int = AMBASSADOR_MIN_POSITIVE
) -> bool:
    """At least ``min_positive`` positive messages (neutral and negative ones do not count
    against it, as in the insights' ambassadors)."""
    return positive >= max(1, min_positive)


@dataclass(frozen=True, slots=True)
class Vip:
    handle: str
    #: a channel kind ("mastodon", "bluesky", ...), or "" for every network
    network: str = ""
    added_at: int = 0


@dataclass(frozen=True, slots=True)
class MessageBrief:
    id: int
    channel_id: int
    created_at: int
    text: str
    state: str
    sentiment: str
    kind: str
    url: str = ""
    #: for our replies: the message of theirs it answers
    in_reply_to_message_id: int | None = None


@dataclass(frozen=True, slots=True)
class SentimentPeriod:
    period: str  # "2026-11" (UTC month)
    positive: int
    neutral: int
    negative: int


@dataclass(frozen=True, slots=True)
class AuthorProfile:
    handle: str
    display_name: str
    #: the networks (channel kinds) they wrote to us on
    networks: tuple[str, ...]
    url: str
    followers: int | None
    vip: bool
    ambassador: bool
    note: str
    message_count: int
    first_seen: int | None
    last_seen: int | None
    #: their messages, newest first (at most the limit asked)
    messages: list[MessageBrief] = field(default_factory=list)
    #: our replies to them, newest first
    replies: list[MessageBrief] = field(default_factory=list)
    #: label name -> how many of their messages carry it
    labels: dict[str, int] = field(default_factory=dict)
    sentiment: list[SentimentPeriod] = field(default_factory=list)
