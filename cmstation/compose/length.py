"""Counting a post the way its network counts it, for the composer's live counter and
the too_long check.

Mastodon (StatusLengthValidator): the "countable text" is the post with every link
(http:// or https:// only) replaced by 23 characters and every mention ``@user@domain``
by ``@user``; links and mentions that overlap count once (the one that starts first
wins), and the result is counted in grapheme clusters. Bluesky counts graphemes (what
a reader sees as one character)."""

from __future__ import annotations

import re

from cmstation.core.models import DEFAULT_LIMITS, ChannelKind

URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"]+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
# Mastodon only gives links with a protocol the 23-character price.
MASTODON_URL = re.compile(r"(?<![\w@])https?://[^\s<>\"]+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
# Mastodon's Account::MENTION_RE; a match followed by "@" or "://" is not a mention
# (the atomic group stops the engine from settling for a shorter name instead).
MENTION = re.compile(
    r"(?<![=/\w])@(?>([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@\w+(?:[.-]+\w+)*)?)(?!@|://)",
    re.IGNORECASE,
)
MASTODON_URL_LENGTH = 23
_SIMPLE = re.compile(r"[\x00-\x0c\x0e-\u02ff]*")  # no CR, no combining marks, no emoji


#: A Bluesky chat message may hold 1,000 graphemes (chat.bsky.convo.defs#messageInput).
BLUESKY_DM_LIMIT = 1000


def limit_for(channel: str, limit: int | None = None, *, private: bool = False) -> int | None:
    """The post limit: the instance's own when known, else the network's default. A private
    message on Bluesky is a chat message, with a limit of its own."""
    if private and channel == ChannelKind.BLUESKY:
        return BLUESKY_DM_LIMIT
    if limit:
        return limit
    if channel in ChannelKind._value2member_map_:
        return DEFAULT_LIMITS[ChannelKind(channel)]
    return None


def graphemes(text: str) -> int:
    if _SIMPLE.fullmatch(text):
        return len(text)
    import grapheme

    return grapheme.length(text)


def mastodon_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, counted length) of the links and mentions Mastodon counts differently,
    in order, without overlaps (a mention inside a link is part of the link)."""
    found = [(m.start(), m.end(), MASTODON_URL_LENGTH) for m in MASTODON_URL.finditer(text)]
    found += [(m.start(), m.end(), len(m.group(1)) + 1) for m in MENTION.finditer(text)]
    found.sort()
    spans: list[tuple[int, int, int]] = []
    for span in found:
        if spans and span[0] < spans[-1][1]:
            continue
        spans.append(span)
    return spans


def mastodon_countable_text(text: str) -> str:
    """The text Mastodon's server counts: links as 23 x's, mentions as ``@user``."""
    out, last = [], 0
    for s, e, width in mastodon_spans(text):
        out.append(text[last:s])
        out.append("x" * width if text[s] != "@" else text[s : s + width])
        last = e
    out.append(text[last:])
    return "".join(out)


def _grapheme_ends(text: str, start: int, end: int):
    """Where each grapheme of text[start:end] ends."""
    piece = text[start:end]
    if _SIMPLE.fullmatch(piece):
        yield from range(start + 1, end + 1)
        return
    import grapheme

    pos = start
    for g in grapheme.graphemes(piece):
        pos += len(g)
        yield pos


def mastodon_cut(text: str, limit: int) -> int:
    """The index where the text stops fitting in ``limit`` (a link or mention is never
    split); len(text) when it all fits."""
    count, last = 0, 0
    for s, e, width in [*mastodon_spans(text), (len(text), len(text), 0)]:
        begin = last
        for end in _grapheme_ends(text, last, s):
            if count + 1 > limit:
                return begin
            count, begin = count + 1, end
        if s < len(text) and count + width > limit:
            return s
        count, last = count + width, e
    return len(text)


def post_length(text: str, channel: str = "") -> int:
    """How long the network says ``text`` is (sign-off included if it is in the text)."""
    if channel == ChannelKind.BLUESKY:
        return graphemes(text)
    if channel == ChannelKind.MASTODON:
        return graphemes(mastodon_countable_text(text))
    return len(text)
