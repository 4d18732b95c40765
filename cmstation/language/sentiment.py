"""Offline sentiment for customer messages in Dutch and English.

English: VADER (its lexicon ships with the package) with a small customer-service
supplement and multi-word phrases. Dutch: a curated lexicon with phrases, negation
("niet goed"), boosters ("heel erg boos"), dampeners ("een beetje"), the contrastive
"maar", negation after the word at the end of a clause ("tevreden ben ik niet"),
patterns for what a word list cannot say ("al drie weken", "valt me tegen", "voor de
derde keer"), eye-roll emoji that turn praise into irony ("Top werk 🙃"), capitals,
exclamation and stacked question marks, scored the way VADER scores (a sum of valences
normalised to [-1, 1]).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from cmstation.core.models import Sentiment
from cmstation.language.detect import detect_language
from cmstation.language.resources import load_toml

#: |compound| below this is neutral. VADER's authors use 0.05; customer messages carry
#: mild words ("wachten", "still") in neutral questions, so the gate is a little wider.
THRESHOLD = 0.2

_NEGATION_FACTOR = -0.74
_CAPS_BOOST = 0.733
_EXCLAIM_BOOST = 0.292
#: VADER's emphasis for two or more question marks ("waar blijft mijn pakket??").
_QUESTION_BOOST = 0.18
_QUESTION_BOOST_MAX = 0.96
_ALPHA = 15.0

_TOKEN = re.compile(r"[\w'’]+|[!?.,;:()]|[^\s\w]", re.UNICODE)

_EMOJI = {
    "😡": -3.0,
    "😠": -2.6,
    "🤬": -3.2,
    "😤": -2.2,
    "🙁": -1.8,
    "☹": -1.8,
    "😞": -2.2,
    "😢": -2.2,
    "😭": -2.4,
    "😩": -2.2,
    "😫": -2.2,
    "🤮": -3.0,
    "💩": -2.4,
    "👎": -2.2,
    "😒": -1.8,
    "🙄": -1.8,
    "😕": -1.4,
    "😬": -0.8,
    "🤦": -2.0,
    "😑": -1.2,
    "💔": -2.2,
    "😣": -2.0,
    "😖": -2.0,
    "😔": -1.8,
    "😟": -1.6,
    "😥": -1.6,
    "🤡": -1.8,
    "🙂": 1.4,
    "😊": 2.0,
    "😀": 2.0,
    "😃": 2.2,
    "😄": 2.2,
    "😁": 2.2,
    "😍": 3.0,
    "🥰": 3.0,
    "❤": 2.6,
    "❤️": 2.6,
    "💚": 2.4,
    "💙": 2.4,
    "👍": 2.0,
    "👏": 2.2,
    "🙏": 1.4,
    "🎉": 2.4,
    "🥳": 2.6,
    "💪": 1.6,
    "🚲": 0.0,
    "😋": 2.2,
    "⭐": 1.6,
    "🌟": 2.0,
}


@dataclass(frozen=True, slots=True)
class SentimentResult:
    label: Sentiment
    score: float  # in [-1, 1]


def _label(score: float) -> Sentiment:
    if score <= -THRESHOLD:
        return Sentiment.NEGATIVE
    if score >= THRESHOLD:
        return Sentiment.POSITIVE
    return Sentiment.NEUTRAL


def _normalize(total: float) -> float:
    return max(-1.0, min(1.0, total / math.sqrt(total * total + _ALPHA)))


def _denormalize(score: float) -> float:
    score = max(-0.9999, min(0.9999, score))
    return score * math.sqrt(_ALPHA / (1 - score * score))


def sentiment(text: str, lang: str = "") -> SentimentResult:
    """How the text feels: a label and a score in [-1, 1]. ``lang`` "" detects it."""
    if not text or not text.strip():
        return SentimentResult(Sentiment.NEUTRAL, 0.0)
    lang = lang or detect_language(text) or "en"
    score = _dutch(text) if lang == "nl" else _english(text)
    score = round(score, 4)
    return SentimentResult(_label(score), score)


# ---------------------------------------------------------------- English (VADER)


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    data = load_toml("lexicon/en_supplement.toml")
    analyzer.lexicon.update(data["words"])
    phrases = sorted(data["phrases"].items(), key=lambda kv: -len(kv[0]))
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(p) for p, _ in phrases) + r")\b", re.IGNORECASE
    )
    return analyzer, pattern, {p.lower(): v for p, v in phrases}


def _english(text: str) -> float:
    analyzer, pattern, phrases = _vader()
    extra = 0.0
    found = False

    def blank(m: re.Match) -> str:
        nonlocal extra, found
        found = True
        extra += phrases[m.group(0).lower()]
        return " "

    rest = pattern.sub(blank, text)
    score = analyzer.polarity_scores(rest)["compound"]
    if not found:
        return score
    return _normalize(_denormalize(score) + extra)


# ---------------------------------------------------------------- Dutch (curated)


@cache
def _dutch_lexicon():
    data = load_toml("lexicon/nl_sentiment.toml")
    words: dict[str, float] = {}
    phrases: dict[tuple[str, ...], float] = {}
    for w, v in data["words"].items():
        if "_" in w:
            phrases[tuple(w.split("_"))] = v
        else:
            words[w] = v
    for p, v in data["phrases"].items():
        phrases[tuple(p.lower().split())] = v
    by_first: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for p, v in sorted(phrases.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(p[0], []).append((p, v))
    # Patterns become placeholder tokens ("zzpat3") with their valence, so negation and
    # boosters in front of them work as for words.
    patterns = [(re.compile(p, re.IGNORECASE), f"zzpat{k}") for k, p in enumerate(data["patterns"])]
    for (_, token), v in zip(patterns, data["patterns"].values(), strict=True):
        words[token] = v
    irony = frozenset(data["irony"]["markers"])
    return (
        words,
        by_first,
        frozenset(data["negation"]["words"]),
        dict(data["boosters"]),
        patterns,
        irony,
    )


_VOWELS = "aeiou"


def _lookup(word: str, words: dict[str, float]) -> float | None:
    v = words.get(word)
    if v is not None:
        return v
    # Inflections: slechte -> slecht, vieze -> vies, boze -> boos, grotere -> groot.
    for suffix in ("ste", "st", "ere", "er", "en", "e", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            for cand in _stem_variants(stem):
                v = words.get(cand)
                if v is not None:
                    return v
    return None


def _stem_variants(stem: str):
    yield stem
    if stem.endswith("z"):
        yield stem[:-1] + "s"
    if stem.endswith("v"):
        yield stem[:-1] + "f"
    if len(stem) >= 2 and stem[-1] == stem[-2]:  # dikke -> dik
        yield stem[:-1]
    if len(stem) >= 2 and stem[-2] in _VOWELS and stem[-1] not in _VOWELS:  # boze -> boos
        base = stem[:-1] + stem[-2] + stem[-1]
        base = base[:-1] + ("s" if base[-1] == "z" else "f" if base[-1] == "v" else base[-1])
        yield base


_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "maar"})


def _dutch(text: str) -> float:
    words, by_first, negations, boosters, patterns, irony = _dutch_lexicon()
    for pattern, token in patterns:
        text = pattern.sub(f" {token} ", text)
    raw = _TOKEN.findall(text)
    tokens = [t.lower().replace("’", "'") for t in raw]
    letters = [t for t in raw if t[:1].isalpha()]
    mixed_caps = any(t.isupper() and len(t) > 1 for t in letters) and not all(
        t.isupper() for t in letters
    )
    valences: list[tuple[int, float]] = []  # (token index, valence)
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        matched = False
        for phrase, v in by_first.get(tok, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                valences.append((i, v))
                i += len(phrase)
                matched = True
                break
        if matched:
            continue
        if tok in _EMOJI:
            valences.append((i, _EMOJI[tok]))
            i += 1
            continue
        v = _lookup(tok, words) if tok[:1].isalpha() else None
        if v is None or tok in boosters and _next_is_sentiment(tokens, i, words):
            i += 1
            continue
        if mixed_caps and raw[i].isupper() and len(raw[i]) > 1:
            v += _CAPS_BOOST if v > 0 else -_CAPS_BOOST
        # Look back up to three tokens, stopping at punctuation or "maar".
        negated = False
        for back in range(1, 4):
            j = i - back
            if j < 0 or tokens[j] in _CLAUSE_END:
                break
            prev = tokens[j]
            if prev in boosters:
                b = boosters[prev] * (0.95 if back == 2 else 0.9 if back == 3 else 1.0)
                v += b if v > 0 else -b
            elif prev in negations:
                v *= _NEGATION_FACTOR
                negated = True
                break
        if not negated and _negated_at_clause_end(tokens, i, negations):
            v *= _NEGATION_FACTOR
        valences.append((i, v))
        i += 1
    if not valences:
        return 0.0
    # An eye-roll next to praise is irony: "Top werk jongens 🙃" is a complaint.
    if any(t in irony for t in tokens):
        valences = [(k, -0.5 * v if v > 0 else v) for k, v in valences]
    # "maar": what follows weighs more than what came before.
    if "maar" in tokens:
        cut = tokens.index("maar")
        valences = [(k, v * (0.5 if k < cut else 1.5)) for k, v in valences]
    # A concessive clause ("terwijl we op tijd waren") weighs less than the main clause.
    conceded = _concessive_spans(tokens)
    if conceded:
        valences = [(k, v * 0.5 if any(a < k < b for a, b in conceded) else v) for k, v in valences]
    total = sum(v for _, v in valences)
    bangs = min(text.count("!"), 4)
    questions = text.count("?")
    emphasis = bangs * _EXCLAIM_BOOST
    if questions > 1:
        emphasis += min(questions * _QUESTION_BOOST, _QUESTION_BOOST_MAX)
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    return _normalize(total)


_CONCESSIVE = frozenset({"terwijl", "hoewel", "alhoewel", "ondanks", "ofschoon"})


def _concessive_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of clauses opened by "terwijl", "hoewel" and the like."""
    spans = []
    for i, t in enumerate(tokens):
        if t in _CONCESSIVE:
            end = next((j for j in range(i + 1, len(tokens)) if tokens[j] in _CLAUSE_END), None)
            spans.append((i, len(tokens) if end is None else end))
    return spans


def _negated_at_clause_end(tokens: list[str], i: int, negations: frozenset[str]) -> bool:
    """Dutch puts "niet" at the end of a main clause when the word comes first:
    "Tevreden ben ik niet", "Lekker was het niet." The word must open its clause and
    the negation must close it within four tokens."""
    if i > 0 and tokens[i - 1] not in _CLAUSE_END:
        return False
    for j in range(i + 1, min(i + 5, len(tokens))):
        if tokens[j] in _CLAUSE_END:
            return False
        if tokens[j] in negations:
            return j + 1 == len(tokens) or tokens[j + 1] in _CLAUSE_END
    return False


def _next_is_sentiment(tokens: list[str], i: int, words: dict[str, float]) -> bool:
    return i + 1 < len(tokens) and _lookup(tokens[i + 1], words) is not None
