"""UTM tags on the links of own replies and posts, so the client's web analytics can trace
the visits they bring. The profile's ``utm_source``, ``utm_medium`` and ``utm_campaign`` are
added to every http(s) link of the text when it is queued (outbox.writing.queue_reply and
queue_post call ``tag_links``; the window's composer calls it before storage.outbox.enqueue).

A link that already has a ``utm_*`` parameter is left as it is (someone chose its tags), and
so is a link to a social network's own pages (a mention of a profile is no site traffic).
Nothing changes when the profile has no tags. Trailing punctuation stays outside the link.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from cmstation.core.profile import Profile

_LINK = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""
#: Hosts whose links are the networks' own (profiles, posts), never the client's site.
SOCIAL_HOSTS = (
    "bsky.app",
    "bsky.social",
    "twitter.com",
    "x.com",
    "instagram.com",
    "facebook.com",
    "linkedin.com",
)


def utm_params(profile: Profile) -> list[tuple[str, str]]:
    pairs = (
        ("utm_source", profile.utm_source),
        ("utm_medium", profile.utm_medium),
        ("utm_campaign", profile.utm_campaign),
    )
    return [(k, v.strip()) for k, v in pairs if (v or "").strip()]


def _tag(url: str, params: list[tuple[str, str]]) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = (parts.hostname or "").lower()
    if not host or any(host == h or host.endswith("." + h) for h in SOCIAL_HOSTS):
        return url
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(k.lower().startswith("utm_") for k, _ in query):
        return url
    extra = urlencode(params)
    q = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path, q, parts.fragment))


def tag_links(text: str, profile: Profile) -> str:
    """``text`` with the profile's UTM tags on each of its web links."""
    params = utm_params(profile)
    if not params or "://" not in text:
        return text

    def one(m: re.Match) -> str:
        link = m.group(0)
        tail = ""
        while link and link[-1] in _TRAILING:
            tail = link[-1] + tail
            link = link[:-1]
        return _tag(link, params) + tail

    return _LINK.sub(one, text)
