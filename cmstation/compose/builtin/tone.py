"""Rules about the tone towards an unhappy customer: defensive or policy-speak, and no
empathy where the message answered is a complaint."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from cmstation.compose.builtin.text import (
    SENTENCE,
    Hit,
    compiled,
    words_re,
)
from cmstation.compose.length import (
    MENTION,
)
from cmstation.compose.model import CheckContext
from cmstation.compose.rules import DataRules

# ---------------------------------------------------------------- defensive


@cache
def _defensive_prefix(lang: str) -> tuple[tuple[str, re.Pattern, re.Pattern, bool], ...]:
    """(rule id, pattern for the lowercased text, the same case-insensitive, concedable) for
    the ``prefix_phrases``, ``prefix_patterns`` and ``concede_patterns`` of the defensive rules
    in rules/<lang>.toml. A concedable match is quiet when its sentence goes on to concede or
    help ("..., but I've refunded it", "..., dus ik heb het teruggestort"): implied blame, and
    policy-speak that is only a preamble to an exception."""
    from cmstation.compose.rules import RULES
    from cmstation.language.resources import load_toml

    out = []
    for block in load_toml(f"rules/{lang}.toml").get("rules", []):
        if RULES[block["id"]].category != "defensive":
            continue
        implied = block["id"] == "defensive_implied"
        sources = [
            (
                r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in p.lower().split())
                + (r"\b" if p[-1:].isalnum() else ""),
                implied,
            )
            for p in block.get("prefix_phrases", [])
        ]
        sources += [(p, implied) for p in block.get("prefix_patterns", [])]
        sources += [(p, True) for p in block.get("concede_patterns", [])]
        for src, concede in sources:
            out.append((block["id"], re.compile(src), re.compile(src, re.IGNORECASE), concede))
    return tuple(out)


def _sentence_around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    his = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[lo : min(his) if his else len(text)]


def _overlaps_data_rule(text: str, data: DataRules, s: int, e: int) -> bool:
    """True when a data-rule pattern of the defensive category already covers [s, e)."""
    from cmstation.compose.rules import RULES

    lo, hi = max(0, s - 80), min(len(text), e + 80)
    for rule_id, pattern in data.patterns:
        if RULES[rule_id].category != "defensive":
            continue
        for m in pattern.finditer(text, lo, hi):
            if m.start() < e and s < m.end():
                return True
    return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def defensive_prefix(text, ctx, lang, data) -> Iterator[Hit]:
    """The defensive rules' prefix phrases and patterns (see rules/en.toml). A literal first
    word lets the regex engine skip ahead, which a case-insensitive pattern cannot do.

    Implied blame ("the size chart is right there on the product page", "dat staat op de
    bon") is only defensive in answer to a complaint, and not when the same sentence goes
    on to concede or apologise ("..., but I can see how you missed it")."""
    low = text.lower()
    exact = len(low) == len(text)  # lower() keeps positions for all but a few letters
    complaint = _answers_complaint(ctx, lang)
    taken: list[tuple[int, int]] = []
    for rule_id, fast, slow, concede in _defensive_prefix(lang):
        if rule_id == "defensive_implied" and not complaint:
            continue
        for m in fast.finditer(low) if exact else slow.finditer(text):
            s, e = m.span()
            if s and _is_word(text[s]) and _is_word(text[s - 1]):
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            if concede and _conceded_after(text, lang, e):
                continue
            if concede and rule_id == "defensive_policy" and not complaint:
                # citing the terms in answer to a question is policy-speak only when it
                # refuses or charges ("... can't be returned", "... late fees apply")
                sent = _sentence_around(text, s, e)
                if not compiled(lang, "policy_restrictions").search(sent):
                    continue
            if _overlaps_data_rule(text, data, s, e):
                continue
            taken.append((s, e))
            yield (rule_id, s, e, None, {})


_CONTRAST_AFTER = re.compile(
    r"\b(?:but|though|although|however|maar|hoewel|echter)\b"
    r"|\bso\s+(?:i|we)(?:['\u2019]ve|['\u2019]ll|\s+have|\s+will)\b"
    r"|\b(?:dus|daarom)\s+(?:(?:ik|we|wij)\s+(?:heb|hebben|ga|gaan|zal|zullen)"
    r"|(?:heb|hebben|ga|gaan|zal|zullen)\s+(?:ik|we|wij))\b",
    re.IGNORECASE,
)


def _answers_complaint(ctx: CheckContext, lang: str) -> bool:
    """The message answered is a complaint: its sentiment when the caller knows it (triage,
    or the user's correction), else negative sentiment or a complaint cue in its words."""
    from cmstation.core.models import Sentiment

    if ctx.in_reply_to_sentiment is not None:
        return ctx.in_reply_to_sentiment == Sentiment.NEGATIVE
    return bool(ctx.in_reply_to.strip()) and _is_complaint(ctx.in_reply_to, lang)


@cache
def _complaint_cues() -> tuple[re.Pattern, ...]:
    """The complaint cues of both languages (a Dutch reply may answer an English message)."""
    from cmstation.compose.rules import data_rules

    out = []
    for lang in ("en", "nl"):
        w = data_rules(lang).words
        out.append(words_re(w.get("complaint_cues", [])))
        out += [re.compile(p, re.IGNORECASE) for p in w.get("complaint_patterns", [])]
    return tuple(out)


@lru_cache(maxsize=256)
def _is_complaint(message: str, lang: str) -> bool:
    """Negative sentiment or a complaint cue; a question that only leans negative ("Why is my
    bill higher?", "Kan ik ruilen zonder bon?") is a question, unless a cue says more."""
    if any(p.search(message) for p in _complaint_cues()):
        return True
    score = _sentiment_score(message, lang)
    if score is None:
        return False
    return not (message.rstrip().endswith("?") and score > QUESTION_COMPLAINT_SCORE)


def forget_messages() -> None:
    """Forget what was worked out about the messages answered (their sentiment, whether they
    complain); the benchmark's "first check in a conversation" uses it."""
    _is_complaint.cache_clear()
    _sentiment_score.cache_clear()


#: How negative a question must score to count as a complaint without a complaint cue.
QUESTION_COMPLAINT_SCORE = -0.3


@lru_cache(maxsize=256)
def _sentiment_score(message: str, lang: str) -> float | None:
    """The message's sentiment score when it is negative, else None."""
    from cmstation.core.models import Sentiment
    from cmstation.language import detect_language, sentiment

    result = sentiment(message, detect_language(message) or lang)
    return result.score if result.label == Sentiment.NEGATIVE else None


def _conceded_after(text: str, lang: str, end: int) -> bool:
    """The rest of the sentence after ``end`` says "but ..." or apologises."""
    rest = SENTENCE.match(text, end)
    if rest is None:
        return False
    return bool(
        _CONTRAST_AFTER.search(rest.group(0)) or compiled(lang, "empathy").search(rest.group(0))
    )


# ---------------------------------------------------------------- empathy


_ACK_OPENER = re.compile(
    r"^\W*(?:that'?s|that\s+is|what\s+a|sounds|ugh|oh|dat\s+is|dat\s+klinkt|wat|klinkt|oei|ach"
    r"|tja)\b",
    re.IGNORECASE,
)


_LEADING_MENTIONS = re.compile(rf"\s*(?:(?:{MENTION.pattern})[\s,:;]*)+", re.IGNORECASE)


def _leading_mentions_end(text: str) -> int:
    """Where the words of a reply begin, after "@jan@mastodon.nl @eva " and the like."""
    m = _LEADING_MENTIONS.match(text)
    return m.end() if m else 0


def _first_sentence(text: str) -> tuple[int, int, int] | None:
    """(start, body start, end) of the first sentence: leading mentions belong to it
    (their dots are not full stops); body start is where the words after them begin."""
    mentions = _leading_mentions_end(text)
    lead = len(text) - len(text.lstrip())
    first = SENTENCE.search(text, mentions)
    if first is None:
        return (lead, len(text), len(text)) if lead < len(text) else None
    words = first.start() + len(first.group(0)) - len(first.group(0).lstrip())
    return (lead if mentions else words), words, first.end()


def _acknowledges(text: str, lang: str) -> bool:
    """A first sentence like "That's rotten" or "Dat is niet fijn": it names the bad
    experience, which is acknowledging it, even without "sorry"."""
    from cmstation.core.models import Sentiment
    from cmstation.language import sentiment

    body = _leading_mentions_end(text)
    first = SENTENCE.search(text, body)
    if first is None or not _ACK_OPENER.search(first.group(0)):
        return False
    return sentiment(first.group(0), lang).label == Sentiment.NEGATIVE


@cache
def _false_empathy(lang: str) -> re.Pattern:
    from cmstation.compose.rules import data_rules

    pats = data_rules(lang).words.get("false_empathy", [])
    return re.compile("|".join(pats) or r"(?!)", re.IGNORECASE)


def _empathises(text: str, lang: str) -> bool:
    """An apology, thanks or acknowledgement, not counting the ones that acknowledge nothing
    ("thank you for your understanding", "please understand that", "je kunt terecht bij")."""
    fake = _false_empathy(lang)
    if fake.search(text):
        text = fake.sub(lambda m: " " * len(m.group(0)), text)
    return bool(compiled(lang, "empathy").search(text)) or _acknowledges(text, lang)


def no_empathy(text, ctx, lang, data) -> Iterator[Hit]:
    if not ctx.in_reply_to.strip() and ctx.in_reply_to_sentiment is None:
        return
    if not text.strip() or not _answers_complaint(ctx, lang):
        return
    if _empathises(text, lang):
        return
    s, body, e = _first_sentence(text) or (0, 0, len(text))
    opener = "Wat vervelend, sorry! " if lang == "nl" else "Sorry to hear that! "
    if body >= e:  # nothing but mentions
        suggestion = text[s:e].rstrip() + " " + opener.rstrip()
    else:
        suggestion = text[s:body] + opener + text[body].upper() + text[body + 1 : e]
    yield ("no_empathy", s, e, suggestion, {})
