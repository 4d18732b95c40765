"""Triage: language, sentiment, priority, likely spam and whether a reply is expected.

Rules, in order:

* Our own posts (the author is one of ``own_handles``) are marked ``is_own`` and never need
  a reply.
* Likely spam (a strong cue such as follower selling or crypto give-aways, or a link plus
  a sales cue; the cue lists are TOML in ``cmstation/resources/triage``) gets state
  ``spam`` and the lowest priority.
* Complaints (negative sentiment, or a complaint cue) come first, then questions (a "?" or
  a question word at the start of a sentence, Dutch and English), then the rest.
* A mention, reply, quote or hand-captured item that is a complaint or a question
  ``needs_reply``; praise and everything else stays ``new``. Search hits and feed items are
  listening material and stay ``new``.

The language comes from the network when it gave one, else from ``detect_language``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from cmstation.core.models import Message, MessageKind, MessageState, Priority, Sentiment
from cmstation.language import detect_language, sentiment

#: Kinds of message addressed to us, where a complaint or question expects an answer.
ADDRESSED_KINDS = frozenset(
    {MessageKind.MENTION, MessageKind.REPLY, MessageKind.QUOTE, MessageKind.MANUAL}
)

_LINK = re.compile(
    r"https?://|www\.|\b[a-z0-9-]+\.(?:com|net|io|xyz|shop|store|biz|ly|me)\b/?", re.IGNORECASE
)
_EXCLAMATION = re.compile(
    r"^(?:wat een|wat voor een mooie|what an?|how (?:nice|great|lovely|cool|good))\b"
)


@dataclass(frozen=True, slots=True)
class Cues:
    complaint: re.Pattern
    question_start: re.Pattern
    spam_strong: re.Pattern
    spam_sales: re.Pattern


def _phrases(words: Iterable[str]) -> re.Pattern:
    alts = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")


@functools.cache
def cues() -> Cues:
    raw = tomllib.loads(
        resources.files("cmstation.resources").joinpath("triage/cues.toml").read_text("utf-8")
    )
    complaint = [*raw["complaint"]["en"], *raw["complaint"]["nl"]]
    question = [*raw["question"]["en"], *raw["question"]["nl"]]
    alts = sorted({q.lower() for q in question}, key=len, reverse=True)
    question_start = re.compile(r"^(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")
    return Cues(
        complaint=_phrases(complaint),
        question_start=question_start,
        spam_strong=_phrases(raw["spam"]["strong"]),
        spam_sales=_phrases(raw["spam"]["sales"]),
    )


def is_question(text: str) -> bool:
    if "?" in text:
        return True
    q = cues().question_start
    low = text.lower()
    for sentence in re.split(r"(?<=[.!\n])", low):
        sentence = re.sub(r"^(?:\s*[@#][\w.@-]+)+", "", sentence).strip()
        if not sentence or sentence.endswith("!") or _EXCLAMATION.match(sentence):
            continue  # "Wat een mooie fiets!", "What a ride" are not questions
        if q.match(sentence):
            return True
    return False


def is_complaint_cue(text: str) -> bool:
    return bool(cues().complaint.search(text.lower()))


def is_likely_spam(text: str) -> bool:
    low = text.lower()
    c = cues()
    if c.spam_strong.search(low):
        return True
    return bool(_LINK.search(low) and c.spam_sales.search(low))


def _norm_handle(h: str) -> str:
    return h.strip().lstrip("@").lower()


def is_own_handle(handle: str, own_handles: Iterable[str]) -> bool:
    """``fiets@mastodon.nl`` matches ``fiets@mastodon.nl`` and the local form ``fiets``."""
    h = _norm_handle(handle)
    if not h:
        return False
    for own in own_handles:
        o = _norm_handle(own)
        if not o:
            continue
        if h == o:
            return True
        if "@" not in h and "@" in o and o.split("@", 1)[0] == h:
            return True
    return False


def triage(message: Message, *, own_handles: Iterable[str] = ()) -> Message:
    """Fill in language, sentiment, priority, spam and state; returns the same object."""
    text = message.text or ""
    if not message.lang:
        message.lang = detect_language(text)
    author_handle = message.author.handle if message.author else message.author_handle
    if (
        message.is_own
        or message.kind == MessageKind.OWN_REPLY
        or (author_handle and is_own_handle(author_handle, own_handles))
    ):
        message.is_own = True
        message.sentiment = sentiment(text, message.lang).label
        message.priority = Priority.LOW
        if message.state == MessageState.NEEDS_REPLY:
            message.state = MessageState.NEW
        return message
    message.sentiment = sentiment(text, message.lang).label
    if is_likely_spam(text):
        message.priority = Priority.LOW
        message.state = MessageState.SPAM
        return message
    complaint = message.sentiment == Sentiment.NEGATIVE or is_complaint_cue(text)
    question = is_question(text)
    if complaint:
        message.priority = Priority.COMPLAINT
    elif question:
        message.priority = Priority.QUESTION
    else:
        message.priority = Priority.NORMAL
    if message.kind in ADDRESSED_KINDS and (complaint or question):
        message.state = MessageState.NEEDS_REPLY
    return message
