"""Triage: language, sentiment, priority, likely spam and whether a reply is expected.

Rules, in order:

* Our own posts (the author is one of ``own_handles``) are marked ``is_own`` and never need
  a reply.
* Likely spam (a strong cue such as follower selling or crypto give-aways, or a link plus
  a sales cue; the cue lists are TOML in ``cmstation/resources/triage``) gets state
  ``spam`` and the lowest priority.
* Complaints come first. A message is a complaint when its sentiment is negative, or it
  names a complaint ("refund", "klacht"), or a service failed even in polite or neutral
  words ("Mijn pakket is nog niet binnen", "Werkt de app nog niet?"), or it praises with
  an eye-roll ("Top service weer 🙄"), or it leans negative and is addressed to us (our
  handle, "jullie", "your") — unless the message is clearly praise.
* Then questions (a "?" or a question word at the start of a sentence, Dutch and
  English), then the rest.
* A mention, reply, quote or hand-captured item that is a complaint or a question
  ``needs_reply``; so does a search hit that names our handle. Praise and everything else
  stays ``new``. Other search hits and feed items are listening material and stay ``new``.
* A person's correction (:mod:`cmstation.storage.triage_corrections`: another mood, or "not
  a complaint") wins over the machine: see :func:`apply_correction`.

:func:`assess` gives the verdict with the cues that fired (for "why"); :func:`triage` fills
it into the message, as sweeps and manual capture call it.

The language comes from the network when it gave one, else from ``detect_language``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Protocol

from cmstation.core.i18n import QT_TRANSLATE_NOOP
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


#: A message that leans this negative and is addressed to us is a complaint (the neutral
#: band of sentiment is wider: a mild "nog steeds" to a brand is not chatter).
ADDRESSED_LEAN = -0.1
#: An open question ("How do I report a broken streetlight?") is a complaint only when its
#: sentiment is at least this negative: a question names what it asks about.
OPEN_QUESTION_GATE = -0.35
#: Praise at least this clear is never turned into a complaint by a single cue.
CLEAR_PRAISE = 0.4

#: Why a message was ranked as it was: the kinds of cue (translatable, context "Triage").
CUE_NEGATIVE = QT_TRANSLATE_NOOP("Triage", "negative sentiment")
CUE_COMPLAINT_WORDS = QT_TRANSLATE_NOOP("Triage", "complaint words")
CUE_SERVICE_FAILURE = QT_TRANSLATE_NOOP("Triage", "a service failure")
CUE_SARCASM = QT_TRANSLATE_NOOP("Triage", "praise with an eye-roll (sarcasm)")
CUE_ADDRESSED = QT_TRANSLATE_NOOP("Triage", "leans negative and is addressed to us")
CUE_QUESTION = QT_TRANSLATE_NOOP("Triage", "a question")
CUE_CLEAR_PRAISE = QT_TRANSLATE_NOOP("Triage", "clear praise")
CUE_SPAM = QT_TRANSLATE_NOOP("Triage", "likely spam")
CUE_OWN = QT_TRANSLATE_NOOP("Triage", "our own post")
CUE_MENTIONS_US = QT_TRANSLATE_NOOP("Triage", "names our handle")


@dataclass(frozen=True, slots=True)
class Cue:
    """One reason for a verdict: its kind (one of the CUE_ strings above, an English source
    string to translate in context "Triage") and the words of the message that fired it."""

    kind: str
    words: str = ""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What triage decided about a message, and why."""

    lang: str
    sentiment: Sentiment
    score: float
    complaint: bool
    question: bool
    spam: bool
    own: bool
    #: addressed to us: a mention, reply, quote or manual item, or a text naming our handle
    addressed: bool
    priority: int
    needs_reply: bool
    cues: tuple[Cue, ...] = field(default=())


class CorrectionLike(Protocol):
    """A person's correction (see cmstation.storage.triage_corrections.TriageCorrection)."""

    mood: Sentiment | None
    not_complaint: bool


@dataclass(frozen=True, slots=True)
class Cues:
    complaint: re.Pattern
    question_start: re.Pattern
    spam_strong: re.Pattern
    spam_sales: re.Pattern
    failure: tuple[re.Pattern, ...] = ()
    sarcasm: frozenset[str] = frozenset()
    addressed: re.Pattern = re.compile(r"(?!x)x")
    resolution: re.Pattern = re.compile(r"(?!x)x")


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
    failure = [*raw["failure"]["nl"], *raw["failure"]["en"]]
    return Cues(
        complaint=_phrases(complaint),
        question_start=question_start,
        spam_strong=_phrases(raw["spam"]["strong"]),
        spam_sales=_phrases(raw["spam"]["sales"]),
        failure=tuple(re.compile(p, re.IGNORECASE) for p in failure),
        sarcasm=frozenset(raw["sarcasm"]["markers"]),
        addressed=_phrases([*raw["addressed"]["nl"], *raw["addressed"]["en"]]),
        resolution=_phrases(raw["resolution"]["words"]),
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


def complaint_words(text: str) -> str:
    """The complaint cue in ``text`` ("refund", "werkt niet"), or ""."""
    m = cues().complaint.search(text.lower())
    return m.group(0) if m else ""


def service_failure(text: str) -> str:
    """The words that say a service failed ("nog niet binnen", "can't log in"), or ""."""
    for p in cues().failure:
        m = p.search(text)
        if m:
            return m.group(0)
    return ""


_OPEN_QUESTION = re.compile(
    r"^(?:how|what|where|when|which|who|can\s+i|could\s+i|can\s+we|do\s+you|does|is\s+there|"
    r"are\s+there|will|would|should\s+i|may\s+i|anyone|any\s+idea|hoe|wat|waar|wanneer|"
    r"welke|wie|hoeveel|kan\s+ik|kun\s+je|kunt\s+u|kunnen\s+jullie|mag\s+ik|hebben\s+jullie|"
    r"heeft\s+iemand|weet\s+iemand|is|zijn|heeft|hebben|wordt|worden|komt|gaat|doen\s+jullie|"
    r"klopt\s+het|moet\s+ik)\b",
    re.IGNORECASE,
)


#: "Wanneer krijg ik nou eens antwoord?", "When will you actually reply?": no open question.
_REPROACH = re.compile(
    r"\b(?:nou\s+eens|nu\s+eens|eindelijk|ooit|weer|alweer|nog\s+steeds|actually|finally|"
    r"ever|even|again|still)\b",
    re.IGNORECASE,
)


def is_open_question(text: str) -> bool:
    """One sentence that asks for information ("Can I cancel my order before it ships?",
    "Hoe meld ik een storing?"); "Why ...?" and "Waarom ...?" are reproaches, not this."""
    body = re.sub(r"^(?:\s*[@#][\w.@-]+)+", "", text).strip()
    if not body.endswith("?") or re.search(r"[.!?](?=\s+\S)", body[:-1]):
        return False
    return bool(_OPEN_QUESTION.match(body)) and not _REPROACH.search(body)


def sarcasm_marker(text: str) -> str:
    return next((m for m in cues().sarcasm if m in text), "")


_HANDLE_IN_TEXT = re.compile(r"(?<![\w@])@([\w.-]+(?:@[\w.-]+)?)")


def names_own_handle(text: str, own_handles: Iterable[str]) -> str:
    """The @handle in ``text`` that is one of ours ("@fietsplaats"), or ""."""
    own = list(own_handles)
    if not own:
        return ""
    for m in _HANDLE_IN_TEXT.finditer(text):
        if is_own_handle(m.group(1), own):
            return m.group(0)
    return ""


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


def assess(message: Message, *, own_handles: Iterable[str] = ()) -> Verdict:
    """The machine's verdict on a message, with the cues that fired. Changes nothing."""
    text = message.text or ""
    lang = message.lang or detect_language(text)
    own_handles = list(own_handles)
    mood = sentiment(text, lang)
    author_handle = message.author.handle if message.author else message.author_handle
    if (
        message.is_own
        or message.kind == MessageKind.OWN_REPLY
        or (author_handle and is_own_handle(author_handle, own_handles))
    ):
        return Verdict(
            lang, mood.label, mood.score, False, False, False, True, False, Priority.LOW,
            False, (Cue(CUE_OWN, author_handle or ""),),
        )  # fmt: skip
    if is_likely_spam(text):
        spam_words = cues().spam_strong.search(text.lower()) or cues().spam_sales.search(
            text.lower()
        )
        return Verdict(
            lang, mood.label, mood.score, False, False, True, False, False, Priority.LOW,
            False, (Cue(CUE_SPAM, spam_words.group(0) if spam_words else ""),),
        )  # fmt: skip
    found: list[Cue] = []
    mentions_us = names_own_handle(text, own_handles)
    addressed = message.kind in ADDRESSED_KINDS or (
        bool(mentions_us) and message.kind == MessageKind.SEARCH_HIT
    )
    if mentions_us:
        found.append(Cue(CUE_MENTIONS_US, mentions_us))
    praise = mood.label == Sentiment.POSITIVE and mood.score >= CLEAR_PRAISE
    complaint = False
    open_question = is_open_question(text)
    if mood.label == Sentiment.NEGATIVE and (not open_question or mood.score <= OPEN_QUESTION_GATE):
        complaint = True
        found.append(Cue(CUE_NEGATIVE, _hit_words(mood.hits, negative=True)))
    # Cues without the sentiment count when the message does not lean positive (a failure
    # named in praise is context: "top geholpen tijdens de storing") and is not an open
    # question about the thing ("How do I report a broken streetlight?").
    plain = (
        mood.score <= 0
        and not open_question
        and not (mood.label != Sentiment.NEGATIVE and cues().resolution.search(text.lower()))
    )
    words = complaint_words(text)
    if words and plain:
        complaint = True
        found.append(Cue(CUE_COMPLAINT_WORDS, words))
    failure = service_failure(text)
    if failure and plain:
        complaint = True
        found.append(Cue(CUE_SERVICE_FAILURE, failure))
    marker = sarcasm_marker(text)
    if marker and mood.label != Sentiment.NEGATIVE:
        complaint = True
        found.append(Cue(CUE_SARCASM, marker))
    if (
        not complaint
        and mood.score <= ADDRESSED_LEAN
        and (mentions_us or (addressed and cues().addressed.search(text.lower())))
    ):
        complaint = True
        found.append(Cue(CUE_ADDRESSED, _hit_words(mood.hits, negative=True)))
    if praise and not complaint:
        found.append(Cue(CUE_CLEAR_PRAISE, _hit_words(mood.hits, negative=False)))
    question = is_question(text)
    if question:
        found.append(Cue(CUE_QUESTION, _question_words(text)))
    return _decide(lang, mood.label, mood.score, complaint, question, addressed, tuple(found))


def _decide(lang, label, score, complaint, question, addressed, found) -> Verdict:
    if complaint:
        priority = Priority.COMPLAINT
    elif question:
        priority = Priority.QUESTION
    else:
        priority = Priority.NORMAL
    needs_reply = addressed and (complaint or question)
    return Verdict(
        lang, label, score, complaint, question, False, False, addressed, priority, needs_reply,
        found,
    )  # fmt: skip


def apply_correction(verdict: Verdict, correction: CorrectionLike | None) -> Verdict:
    """The verdict once a person's correction is applied. A mood of "negative" makes a
    complaint; "neutral" or "positive" means it is none; "not a complaint" keeps the mood
    and takes the complaint away. Questions still rank as questions."""
    if correction is None or verdict.own or verdict.spam:
        return verdict
    label = correction.mood if correction.mood is not None else verdict.sentiment
    complaint = verdict.complaint
    if correction.mood is not None:
        complaint = correction.mood == Sentiment.NEGATIVE
    if correction.not_complaint:
        complaint = False
    decided = _decide(
        verdict.lang, label, verdict.score, complaint, verdict.question, verdict.addressed,
        verdict.cues,
    )  # fmt: skip
    return replace(decided, score=verdict.score)


def _hit_words(hits, *, negative: bool) -> str:
    words = [w for w, v in hits if (v < 0) == negative]
    return ", ".join(dict.fromkeys(words))[:120]


def _question_words(text: str) -> str:
    if "?" in text:
        start = max(text.rfind(".", 0, text.index("?")), text.rfind("!", 0, text.index("?")))
        return text[start + 1 : text.index("?") + 1].strip()[:120]
    return text.strip().split("\n")[0][:60]


def triage(
    message: Message,
    *,
    own_handles: Iterable[str] = (),
    correction: CorrectionLike | None = None,
) -> Message:
    """Fill in language, sentiment, priority, spam and state; returns the same object.
    With a person's ``correction`` for this message, the correction wins."""
    verdict = apply_correction(assess(message, own_handles=own_handles), correction)
    if not message.lang:
        message.lang = verdict.lang
    message.sentiment = verdict.sentiment
    message.priority = verdict.priority
    if verdict.own:
        message.is_own = True
        if message.state == MessageState.NEEDS_REPLY:
            message.state = MessageState.NEW
        return message
    if verdict.spam:
        message.state = MessageState.SPAM
        return message
    if verdict.needs_reply and message.state == MessageState.NEW:
        message.state = MessageState.NEEDS_REPLY
    return message


# ---------------------------------------------------------------- a person's correction


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a stored message ranks as it does: the machine's verdict on its text, the
    person's correction if any, and the verdict that is shown (the correction applied)."""

    message: Message
    machine: Verdict
    correction: object | None  # cmstation.storage.triage_corrections.TriageCorrection
    shown: Verdict


def _own_handles(db, message: Message) -> list[str]:
    from cmstation.storage import channels

    channel = channels.get_channel(db, message.channel_id)
    return [channel.account] if channel is not None and channel.account else []


def _stored(db, message_id: int) -> Message:
    from cmstation.storage import messages

    message = messages.get_message(db, message_id)
    if message is None:
        raise LookupError(f"no message {message_id}")
    return message


def _machine(message: Message, own_handles: Iterable[str]) -> Verdict:
    # the stored language is the network's or the first detection; the rest from the text
    fresh = Message(
        message.channel_id, message.remote_id, message.text, message.created_at,
        author=message.author, lang=message.lang, kind=message.kind, is_own=message.is_own,
        author_handle=message.author_handle,
    )  # fmt: skip
    return assess(fresh, own_handles=own_handles)


def explain(db, message_id: int, *, own_handles: Iterable[str] | None = None) -> Explanation:
    """The machine's verdict, the correction and what is shown, for one stored message."""
    from cmstation.storage import triage_corrections

    message = _stored(db, message_id)
    handles = _own_handles(db, message) if own_handles is None else list(own_handles)
    machine = _machine(message, handles)
    correction = triage_corrections.get_correction(db, message_id)
    return Explanation(message, machine, correction, apply_correction(machine, correction))


def correct(
    db,
    message_id: int,
    *,
    mood: Sentiment | None = None,
    not_complaint: bool | None = None,
    own_handles: Iterable[str] | None = None,
    now: int | None = None,
) -> Explanation:
    """Store a person's correction of a message's triage and show it: ``mood`` (another
    sentiment) and/or ``not_complaint``; what is not given keeps an earlier correction's
    value. The message's sentiment, priority and (from ``new``/``needs_reply``) state follow
    at once; the event log records it; later sweeps keep it."""
    from cmstation.storage import triage_corrections

    before = explain(db, message_id, own_handles=own_handles)
    old = before.correction
    chosen = _Chosen(
        mood if mood is not None else (old.mood if old is not None else None),
        not_complaint
        if not_complaint is not None
        else (old.not_complaint if old is not None else False),
    )
    shown = apply_correction(before.machine, chosen)
    stored = triage_corrections.set_correction(
        db,
        message_id,
        mood=chosen.mood,
        not_complaint=chosen.not_complaint,
        sentiment=shown.sentiment,
        priority=shown.priority,
        machine_sentiment=before.machine.sentiment,
        machine_priority=before.machine.priority,
        needs_reply=shown.needs_reply if before.machine.addressed else None,
        now=now,
    )
    return Explanation(_stored(db, message_id), before.machine, stored, shown)


def clear(
    db, message_id: int, *, own_handles: Iterable[str] | None = None, now: int | None = None
) -> Explanation:
    """Remove the correction: the machine's verdict is shown again."""
    from cmstation.storage import triage_corrections

    before = explain(db, message_id, own_handles=own_handles)
    m = before.machine
    triage_corrections.clear_correction(
        db,
        message_id,
        sentiment=m.sentiment,
        priority=m.priority,
        needs_reply=m.needs_reply if m.addressed else None,
        now=now,
    )
    return Explanation(_stored(db, message_id), m, None, m)


@dataclass(frozen=True, slots=True)
class _Chosen:
    mood: Sentiment | None
    not_complaint: bool
