"""link_only: a reply that is little more than a link or "see our FAQ"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cmstation.compose.builtin.text import (
    HASHTAG,
    WORD,
    Hit,
    words_re,
)
from cmstation.compose.length import (
    MENTION,
    URL,
)
from cmstation.compose.model import CheckContext

# ---------------------------------------------------------------- links


@cache
def _link_words() -> tuple[frozenset[str], re.Pattern]:
    """The filler words of both languages (a reply may greet in one and point in the other)
    and the pointer words ("see", "kijk", "here")."""
    from cmstation.compose.rules import data_rules

    filler: set[str] = set()
    pointers: set[str] = set()
    for lang in ("en", "nl"):
        w = data_rules(lang).words
        filler.update(x.lower() for x in w["link_filler"])
        pointers.update(x.lower() for x in w["link_pointers"])
    return frozenset(filler), words_re(pointers)


_GREETINGS = frozenset(
    [
        "hi",
        "hey",
        "hello",
        "hiya",
        "heya",
        "dear",
        "hoi",
        "hallo",
        "hee",
        "dag",
        "beste",
        "goedemorgen",
        "goedemiddag",
    ]
)


def _substance(text: str, ctx: CheckContext, drop: list[tuple[int, int]] = ()) -> tuple[int, int]:
    """(words that say something, all words) outside links, mentions, hashtags, the sign-off
    and ``drop``: greetings, a name after a greeting and pointer words say nothing."""
    keep = list(text)
    spans = [m.span() for r in (URL, MENTION, HASHTAG) for m in r.finditer(text)]
    for s, e in [*spans, *drop]:
        keep[s:e] = [" "] * (e - s)
    rest = "".join(keep)
    if ctx.signature:
        rest = rest.replace(ctx.signature.strip(), " ")
    filler, _ = _link_words()
    words = WORD.findall(rest)
    said = 0
    for i, w in enumerate(words):
        low = w.lower().replace("\u2019", "'")
        if low in filler:
            continue
        if i and w[:1].isupper() and words[i - 1].lower() in _GREETINGS:
            continue  # "Hi Sarah", "Hoi Sanne"
        said += 1
    return said, len(words)


def link_bare(text, ctx, lang, data) -> Iterator[Hit]:
    """A link with (almost) nothing around it: "https://...", "Hi Sarah! Here you go: ...",
    "Hello, see ... for current disruptions". Words that answer (a number, a "yes", a fact)
    count; greetings, names after them and pointer words do not."""
    urls = list(URL.finditer(text))
    if not urls:
        return
    said, total = _substance(text, ctx)
    if said <= 2 and total <= 15:
        yield ("link_bare", urls[0].start(), urls[-1].end(), None, {})


def link_faq_filter(text: str, ctx: CheckContext, start: int, end: int) -> bool:
    """A pointer to the FAQ or the website is only link_only when the reply says little else,
    and points ("see", "you'll find it", "kijk op")."""
    said, total = _substance(text, ctx, [(start, end)])
    if said > 2 or total > 15:
        return False
    return bool(_link_words()[1].search(text))
