"""Counting a post the way its network counts it, for the composer's live counter and
the too_long check. Mastodon counts characters, every link as 23 and a mention as its
local part; Bluesky counts graphemes (what a reader sees as one character)."""

from __future__ import annotations

import re

from cmstation.core.models import DEFAULT_LIMITS, ChannelKind

URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"]+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
MENTION = re.compile(r"(?<![\w@])@[\w.]+(?:@[\w-]+(?:\.[\w-]+)+)?")
MASTODON_URL_LENGTH = 23
_SIMPLE = re.compile(r"[\x00-\x0c\x0e-\u02ff]*")  # no CR, no combining marks, no emoji


def limit_for(channel: str, limit: int | None = None) -> int | None:
    """The post limit: the instance's own when known, else the network's default."""
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
    """(start, end, counted length) of the links and mentions Mastodon counts differently."""
    spans = [(m.start(), m.end(), MASTODON_URL_LENGTH) for m in URL.finditer(text)]
    spans += [
        (m.start(), m.end(), len(m.group(0).split("@")[1]) + 1) for m in MENTION.finditer(text)
    ]
    return sorted(spans)


def post_length(text: str, channel: str = "") -> int:
    """How long the network says ``text`` is (sign-off included if it is in the text)."""
    if channel == ChannelKind.BLUESKY:
        return graphemes(text)
    if channel == ChannelKind.MASTODON:
        spans = mastodon_spans(text)
        return len(text) - sum(e - s for s, e, _ in spans) + sum(w for _, _, w in spans)
    return len(text)
