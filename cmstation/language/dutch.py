"""Dutch sentiment: a sum of word valences, the way VADER scores English.

Words come from :mod:`cmstation.language.dutch_lexicon` (Pattern's adjectives plus the webcare
layer, with generated inflections). On top of the word list:

* phrases and patterns ("nog steeds niet", "werkt weer niet", "al drie weken", "dubbel
  afgeschreven") count as one word, so negation and boosters in front of them apply;
* "geen"/"zonder" before what a customer pays for ("geen internet", "nog geen stroom");
* negation up to three words back within the clause ("niet goed", "geen enkel probleem"),
  and Dutch clause-final negation ("Tevreden ben ik niet");
* boosters and dampeners ("heel erg boos", "een beetje traag"), capitals, stretched letters
  ("heeeel slecht"), exclamation marks and stacked question marks;
* compounds by their head or a valenced prefix ("klantonvriendelijk", "kutweer",
  "supersnel"), "on-" in front of praise ("onbehulpzaam");
* contrast ("maar", "echter") within its sentence: what comes after weighs more; a sentence
  that opens with "Maar" outweighs the sentence before it; concessive clauses weigh less;
* repetition and persistence ("weer", "nog steeds", "elke keer") deepen a complaint and do
  nothing to praise;
* irony: eye-roll emoji, applause next to a complaint, praise in scare quotes ('de "snelle"
  levering'), and tagged praise ("knap hoor", "bedankt hè") in a message that complains,
  unless it says the trouble was put right.
"""

from __future__ import annotations

import re

from cmstation.language.dutch_lexicon import DutchLexicon, dutch_lexicon
from cmstation.language.dutch_signs import EMOJI, EMOTICONS, IRONY_APPLAUSE

_NEGATION_FACTOR = -0.74
_CAPS_BOOST = 0.733
_STRETCH_BOOST = 0.3
_EXCLAIM_BOOST = 0.292
_QUESTION_BOOST = 0.18
_QUESTION_BOOST_MAX = 0.96
_REPETITION = 0.6
_QUOTED_IRONY = -0.8
_TAGGED_IRONY = -0.8
_EMOJI_IRONY = -0.5

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@[\w.-]+(?:@[\w.-]+)?")
_INVISIBLE = re.compile("[\ufe0f\ufe0e\u200d\u2640\u2642\U0001f3fb-\U0001f3ff]")
#: Scare quotes around a few words: 'de "snelle" levering', '“gratis” proefperiode'.
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"“„‘«']([^\"“”„‘’«»'\n]{2,40}?)[\"”’»'](?=[\s.,!?;:]|$)")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?|\d+(?:[.,:]\d+)*|[.!?]+|[,;:()]|[^\s\w]")
_SENTENCE_END = frozenset("!?.")
_CLAUSE_BREAK = frozenset(
    {",", ";", ":", "(", ")", "want", "omdat", "dus", "zodat", "terwijl", "en", "of"}
)
_STRETCHED = re.compile(r"(\w)\1{2,}")
_LAUGH = re.compile(r"(?:ha|he|hi|hah|heh){2,}h?|hahah\w*|l+o+l+", re.IGNORECASE)
_CONCESSIVE = frozenset({"terwijl", "hoewel", "alhoewel", "ondanks", "ofschoon"})
_THANKS = frozenset({"bedankt", "dank", "dankjewel", "dankuwel", "merci", "thanks"})
_SUCH = frozenset({"zo'n", "zulke", "zulk", "zoiets", "zo’n"})
_WEATHER = frozenset({"het", "mooi", "lekker", "slecht", "rot", "goed", "zonnig", "heerlijk"})


_LOOKUPS: dict[str, tuple[float | None, bool]] = {}


def _lookup(tok: str, lex: DutchLexicon) -> tuple[float | None, bool]:
    """(valence or None, whether the word was stretched: "heeeel", "suuuper"); remembered,
    since most words come back (the lexicon never changes once built)."""
    found = _LOOKUPS.get(tok)
    if found is None:
        if len(_LOOKUPS) > 200_000:
            _LOOKUPS.clear()
        found = _LOOKUPS[tok] = _find(tok, lex)
    return found


def _find(tok: str, lex: DutchLexicon) -> tuple[float | None, bool]:
    words = lex.words
    v = words.get(tok)
    if v is not None:
        return v, False
    if not tok[:1].isalpha():
        return None, False
    if _LAUGH.fullmatch(tok):
        return 1.4, False
    if _STRETCHED.search(tok):
        for short in (_STRETCHED.sub(r"\1\1", tok), _STRETCHED.sub(r"\1", tok)):
            v = words.get(short)
            if v is None:
                v = _compound(short, lex)
            if v is not None:
                return v, True
    if "-" in tok:
        parts = [p for p in tok.split("-") if p]
        joined = "".join(parts)
        v = words.get(joined)
        if v is None and parts:
            v = words.get(parts[-1])
        if v is not None:
            return v, False
        tok = joined
    return _compound(tok, lex), False


def _compound(tok: str, lex: DutchLexicon) -> float | None:
    words = lex.words
    if len(tok) < 6:
        return None
    # "onbehulpzaam": on- in front of praise
    if tok.startswith("on"):
        rest = words.get(tok[2:])
        if rest is not None and rest > 0:
            return -0.8 * rest
    for prefix in lex.intensifying_prefixes:
        if tok.startswith(prefix) and len(tok) - len(prefix) >= 3:
            rest = words.get(tok[len(prefix) :])
            if rest is not None:
                return max(-4.0, min(4.0, rest * 1.3))
    for prefix, pv in lex.prefixes.items():
        if tok.startswith(prefix) and len(tok) - len(prefix) >= 3:
            rest_word = tok[len(prefix) :]
            rest = words.get(rest_word)
            if rest is not None and (rest > 0) == (pv > 0):
                return max(-4.0, min(4.0, rest * 1.3))
            if rest_word in lex.common_heads:
                return pv
    # a compound has the meaning of its head: "klantonvriendelijk", "wanprestatie"
    heads = lex.heads
    for k in range(3, len(tok) - 4):
        v = heads.get(tok[k:])
        if v is not None:
            return 0.9 * v
    return None


_PLACEHOLDER = re.compile(r"zzp\d+")


def _prepare(text: str, lex: DutchLexicon) -> tuple[str, list[tuple[str, float]]]:
    """The text ready to split, and the (matched text, valence) behind each placeholder
    ("zzp0", "zzp1": the first and second match) that the patterns left in it."""
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    for pattern, token in EMOTICONS:
        text = pattern.sub(token, text)
    text = text.replace("\n", " . ").replace("#", " ")
    text = _QUOTED.sub(lambda m: f" zzqopen {m.group(1)} zzqclose ", text)
    found: list[tuple[str, float]] = []

    def placeholder(matched: str, v: float) -> str:
        found.append((matched, v))
        return f" zzp{len(found) - 1} "

    return lex.patterns.sub(text, placeholder), found


def score(text: str) -> tuple[float, list[tuple[str, float]]]:
    """The summed valence of a Dutch text (before normalising) and the words that made it."""
    lex = dutch_lexicon()
    boosters, negations = lex.boosters, lex.negations
    prepared, matches = _prepare(text, lex)
    raw = _TOKEN.findall(prepared)
    tokens = [t.lower().replace("’", "'") for t in raw]
    n = len(tokens)
    letters = [t for t in raw if t[:1].isalpha() and not t.startswith("zz")]
    mixed_caps = any(t.isupper() and len(t) > 1 for t in letters) and not all(
        t.isupper() for t in letters
    )
    # sentence number of each token; a sentence ends after . ! ? (and their runs)
    sentence = [0] * n
    s = 0
    for i, t in enumerate(tokens):
        sentence[i] = s
        if t[0] in _SENTENCE_END:
            s += 1
    # (token index, valence, surface) of every item that carries sentiment
    items: list[tuple[int, float, str]] = []
    quoted = scare_quotes = False
    i = 0
    while i < n:
        tok = tokens[i]
        if tok == "zzqopen":
            quoted = True
            i += 1
            continue
        if tok == "zzqclose":
            quoted = False
            i += 1
            continue
        span = 1
        v = None
        stretched = False
        surface = raw[i]
        if tok.startswith("zzp") and _PLACEHOLDER.fullmatch(tok):
            surface, v = matches[int(tok[3:])]
        for phrase, pv in lex.phrases.get(tok, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                v, span = pv, len(phrase)
                break
        if v is None:
            v = EMOJI.get(tok)
        if v is None:
            v, stretched = _lookup(tok, lex)
            if v is None or (tok in boosters and _next_carries(tokens, i, lex)):
                i += 1
                continue
        if v == 0.0:
            i += span
            continue
        if mixed_caps and raw[i].isupper() and len(raw[i]) > 1 and not tok.startswith("zz"):
            v += _CAPS_BOOST if v > 0 else -_CAPS_BOOST
        if stretched:
            v += _STRETCH_BOOST if v > 0 else -_STRETCH_BOOST
        negated = False
        for back in range(1, 4):
            j = i - back
            if j < 0 or _breaks_clause(tokens[j], lex):
                break
            prev = tokens[j]
            if prev in _SUCH:
                # "nog nooit zo'n slechte service": never such a bad one, so very bad
                v += 0.293 if v > 0 else -0.293
                break
            if prev in boosters:
                b = boosters[prev] * (0.95 if back == 2 else 0.9 if back == 3 else 1.0)
                v += b if v > 0 else -b
            elif prev in negations:
                v *= _NEGATION_FACTOR
                negated = True
                break
        if not negated and _negated_at_clause_end(tokens, i + span - 1, i, negations, lex):
            v *= _NEGATION_FACTOR
        if quoted and v > 0:
            v *= _QUOTED_IRONY
            scare_quotes = True
        if span > 1:
            surface = " ".join(raw[i : i + span])
        items.append((i, v, surface))
        i += span
    if not items:
        return 0.0, []

    complains = any(v < 0 for _, v, _ in items)
    resolved = any(t in lex.resolution for t in tokens)
    # irony: eye-rolls turn praise around; so does applause in a message that complains
    if (
        scare_quotes
        or any(t in lex.irony for t in tokens)
        or (complains and IRONY_APPLAUSE in tokens and not resolved)
    ):
        items = [
            (k, _EMOJI_IRONY * v if v > 0 else v, w)
            if tokens[k] != IRONY_APPLAUSE
            else (k, -abs(v) * 0.5, w)
            for k, v, w in items
        ]
    elif not resolved:
        items = _tagged_irony(items, tokens, sentence, lex, complains)

    items = _asking(items, tokens, sentence, lex)
    if resolved and any(v > 0 for _, v, _ in items):
        # "Mijn kapotte scherm was binnen een uur vervangen, top": the trouble was put right
        items = [
            (k, v * 0.5 if v < 0 and not _is_multiword(tokens[k], w) else v, w) for k, v, w in items
        ]
    items = _regret(items, tokens, sentence, lex)
    items = _contrast(items, tokens, sentence, lex)
    conceded = _concessive_spans(tokens, lex)
    if conceded:
        items = [(k, v * 0.5 if any(a < k < b for a, b in conceded) else v, w) for k, v, w in items]
    total = sum(v for _, v, _ in items)
    if total < 0:
        reps = _repetitions(tokens, lex)
        total -= _REPETITION * min(reps, 2)
    bangs = min(text.count("!"), 4)
    questions = text.count("?")
    emphasis = bangs * _EXCLAIM_BOOST
    if questions > 1:
        emphasis += min(questions * _QUESTION_BOOST, _QUESTION_BOOST_MAX)
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    return total, [(w, round(v, 2)) for _, v, w in items]


_QUESTION_OPENERS = frozenset(
    [
        "hoe",
        "wat",
        "waar",
        "wanneer",
        "welke",
        "welk",
        "wie",
        "hoeveel",
        "is",
        "zijn",
        "kan",
        "kun",
        "kunt",
        "kunnen",
        "mag",
        "mogen",
        "heeft",
        "hebben",
        "zit",
        "zitten",
        "doen",
        "doet",
        "gaat",
        "gaan",
        "komt",
        "komen",
        "moet",
        "moeten",
        "wil",
        "willen",
        "zou",
        "zouden",
        "verkopen",
        "leveren",
        "repareren",
        "bezorgen",
    ]
)


def _is_multiword(tok: str, surface: str) -> bool:
    """A pattern's placeholder or a phrase: a deliberate expression, not a loose word."""
    return tok.startswith("zzp") or " " in surface


def _asking(items, tokens, sentence, lex: DutchLexicon):
    """A mild word in an open question is asking, not complaining: "Is het lastig om een
    bakfiets te huren?". Patterns ("werkt de app nog niet?") and strong words keep their
    weight; "waarom" and "hoezo" questions are reproaches and are not open questions."""
    starts: dict[int, int] = {}
    for k in range(len(tokens)):
        starts.setdefault(sentence[k], k)
    asked: set[int] = set()
    for s, first in starts.items():
        end = next((k for k in range(first, len(tokens)) if sentence[k] != s), len(tokens))
        last = tokens[end - 1] if end > first else ""
        if last.startswith("?") and tokens[first] in _QUESTION_OPENERS:
            asked.add(s)
    if not asked:
        return items
    return [
        (k, v * 0.3, w)
        if sentence[k] in asked and abs(v) <= 2.0 and not _is_multiword(tokens[k], w)
        else (k, v, w)
        for k, v, w in items
    ]


def _regret(items, tokens, sentence, lex: DutchLexicon):
    """Praise after "jammer (dat)", "helaas" in the same sentence is what is missed, not
    what is enjoyed: it weighs 0.3."""
    marks = [(k, sentence[k]) for k, v, _ in items if tokens[k] in lex.regret and v < 0]
    if not marks:
        return items
    return [
        (k, v * 0.3 if v > 0 and any(sentence[k] == s and k > m for m, s in marks) else v, w)
        for k, v, w in items
    ]


def _tagged_irony(items, tokens, sentence, lex: DutchLexicon, complains: bool):
    """Praise that is irony in a message that complains:

    * tagged praise: "Knap hoor.", "Bedankt hè", "Lekker geregeld weer";
    * praise that opens the message as an exclamation, or after "Nou,": "Geweldig, weer een
      rekening...", "Super dat ik voor de vijfde keer...", "Nou, top."

    The complaint may be a negative word or only repetition ("weer", "elke keer").
    """
    repeats = _repetitions(tokens, lex) > 0
    if not (complains or repeats):
        return items
    n = len(tokens)
    first = next((k for k, t in enumerate(tokens) if t[:1].isalnum() or t[:1] in EMOJI), 0)
    if first < n and tokens[first] in lex.irony_openers:
        first += 1
        while first < n and tokens[first] in (",", "!", "."):
            first += 1
    # the clause after the last comma opens with praise, the clauses before complain:
    # "Mijn vlucht is vertraagd, fijn begin van de vakantie"
    last_comma = max((k for k, t in enumerate(tokens) if t == ","), default=-1)
    tail_ironic = False
    if last_comma > 0:  # (only called when nothing was put right)
        tail = [(k, v) for k, v, _ in items if k > last_comma]
        before = sum(v for k, v, _ in items if k < last_comma)
        tail_ironic = (
            bool(tail)
            and tail[0][1] > 0
            and tokens[tail[0][0]] in lex.exclamations
            and tail[0][0] <= last_comma + 2
            and before <= -1.2
        )
    out = []
    for k, v, w in items:
        ironic = tail_ironic and k > last_comma and v > 0
        if v > 0 and not ironic:
            span_end = k + len(w.split())
            after = tokens[span_end] if span_end < n else ""
            if after in lex.praise_tags and (
                after not in ("weer", "alweer")
                or span_end + 1 >= n
                or _breaks_clause(tokens[span_end + 1], lex)
            ):
                ironic = complains or repeats
            elif k == first and tokens[k] in _THANKS and after == "voor":
                # "Bedankt voor het vijf kwartier laten wachten"
                rest = sum(
                    v2 for k2, v2, _ in items if k2 > k and v2 < 0 and sentence[k2] == sentence[k]
                )
                ironic = rest <= -1.2
            elif (
                k == first
                and tokens[k] in lex.exclamations
                and after in (",", "dat", "hoor", "zeg", "!")
            ):
                # the rest must carry the complaint
                rest = sum(v2 for k2, v2, _ in items if k2 > k and v2 < 0)
                ironic = rest <= -1.2 or repeats
        out.append((k, _TAGGED_IRONY * v if ironic else v, w))
    return out


def _breaks_clause(tok: str, lex: DutchLexicon) -> bool:
    return tok[0] in _SENTENCE_END or tok in _CLAUSE_BREAK or tok in lex.contrast


def _next_carries(tokens: list[str], i: int, lex: DutchLexicon) -> bool:
    """Is the next token (or the one after an adverb like "niet") a sentiment word?"""
    for j in (i + 1, i + 2):
        if j >= len(tokens):
            return False
        t = tokens[j]
        if t in lex.words or t in lex.phrases or t in EMOJI:
            return True
        if t not in lex.boosters and t not in lex.negations:
            return False
    return False


def _negated_at_clause_end(
    tokens: list[str], last: int, first: int, negations: frozenset[str], lex: DutchLexicon
) -> bool:
    """Dutch puts "niet" at the end of a main clause when the word comes first:
    "Tevreden ben ik niet", "Lekker was het niet." The word must open its clause and
    the negation must close it within four tokens."""
    if first > 0 and not _breaks_clause(tokens[first - 1], lex):
        return False
    for j in range(last + 1, min(last + 5, len(tokens))):
        if _breaks_clause(tokens[j], lex):
            return False
        if tokens[j] in negations:
            return j + 1 == len(tokens) or _breaks_clause(tokens[j + 1], lex)
    return False


def _contrast(items, tokens, sentence, lex: DutchLexicon):
    """ "maar"/"echter": within a sentence, what comes before weighs half and what follows
    one and a half; a sentence that opens with one outweighs the sentence before it."""
    weights: dict[int, float] = {}  # sentence -> (cut index) handled below
    cuts: list[tuple[int, int]] = []  # (sentence, token index of the contrast word)
    seen: set[int] = set()
    for i, t in enumerate(tokens):
        if t in lex.contrast and sentence[i] not in seen:
            seen.add(sentence[i])
            cuts.append((sentence[i], i))
    if not cuts:
        return items
    out = []
    for k, v, w in items:
        factor = 1.0
        for s, cut in cuts:
            opens = cut == 0 or tokens[cut - 1][0] in _SENTENCE_END
            if opens:
                if sentence[k] == s - 1:
                    factor *= 0.5
                elif sentence[k] == s:
                    factor *= 1.5
            elif sentence[k] == s:
                factor *= 0.5 if k < cut else 1.5
        out.append((k, v * factor, w))
    del weights
    return out


def _concessive_spans(tokens: list[str], lex: DutchLexicon) -> list[tuple[int, int]]:
    """(start, end) token ranges of clauses opened by "terwijl", "hoewel" and the like."""
    spans = []
    for i, t in enumerate(tokens):
        if t in _CONCESSIVE:
            end = next(
                (
                    j
                    for j in range(i + 1, len(tokens))
                    if tokens[j][0] in _SENTENCE_END
                    or tokens[j] in (",", ";")
                    or tokens[j] in lex.contrast
                ),
                None,
            )
            spans.append((i, len(tokens) if end is None else end))
    return spans


def _repetitions(tokens: list[str], lex: DutchLexicon) -> int:
    count = 0
    for i, t in enumerate(tokens):
        if t in lex.repetition and not (t == "weer" and i > 0 and tokens[i - 1] in _WEATHER):
            count += 1
    for phrase in lex.repetition_phrases:
        first = phrase[0]
        for i, t in enumerate(tokens):
            if t == first and tuple(tokens[i : i + len(phrase)]) == phrase:
                count += 1
    return count
