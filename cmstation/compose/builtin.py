"""The rules a word list cannot say, as small functions.

Each function takes (text, ctx, lang, data) and yields findings (rule id, start, end,
suggestion, params). The checker turns those into Finding objects; see checker.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from functools import cache, lru_cache

from cmstation.compose.length import (
    MENTION,
    URL,
    limit_for,
    mastodon_cut,
    post_length,
)
from cmstation.compose.model import CheckContext
from cmstation.compose.rules import DataRules, trie_regex

# (rule id, start, end, suggestion, params)
Hit = tuple[str, int, int, "str | None", dict]
RuleFn = Callable[[str, CheckContext, str, DataRules], Iterator[Hit]]


HASHTAG = re.compile(r"(?<![\w#&/])#[^\W\d][\w]*")
WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?]*")  # "2.1" ends no sentence


def _words_re(words, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(trie_regex(words), flags)


@cache
def _compiled(lang: str, key: str) -> re.Pattern:
    from cmstation.compose.rules import data_rules

    return _words_re(data_rules(lang).words.get(key, []))


def _sentences(text: str) -> Iterator[re.Match]:
    return SENTENCE.finditer(text)


# ---------------------------------------------------------------- shouting


@cache
def _acronyms(lang: str) -> frozenset[str]:
    from cmstation.compose.rules import data_rules

    return frozenset(a.upper() for a in data_rules(lang).words.get("acronyms", []))


def shouting_caps(text, ctx, lang, data) -> Iterator[Hit]:
    known = _acronyms(lang) | {w.upper() for b in ctx.brand_words for w in b.split()}
    run: list[re.Match] = []

    def flush():
        if len(run) >= 2:
            s, e = run[0].start(), run[-1].end()
            span = text[s:e].lower()
            before = text[:s].rstrip()
            if not before or before[-1] in ".!?\n":
                span = span[:1].upper() + span[1:]
            yield ("shouting_caps", s, e, span, {})
        run.clear()

    prev_end = 0
    for m in WORD.finditer(text):
        w = m.group(0)
        letters = [c for c in w if c.isalpha()]
        # words with a digit are codes (an IBAN, a postcode, "A4"), not shouting
        loud = (
            len(letters) >= 2
            and w.isupper()
            and w.upper() not in known
            and not any(c.isdigit() for c in w)
        )
        gap = text[prev_end : m.start()]
        if run and (not loud or any(c in gap for c in ".!?\n:;")):
            yield from flush()
        if loud:
            run.append(m)
        prev_end = m.end()
    yield from flush()


_BANGS = re.compile(r"[!?¡]*![!?]*|\?{2,}")


def shouting_punctuation(text, ctx, lang, data) -> Iterator[Hit]:
    singles = []
    for m in _BANGS.finditer(text):
        s = m.group(0)
        if len(s) >= 2 and "!" in s:
            yield ("shouting_punctuation", m.start(), m.end(), "?" if "?" in s else "!", {})
        elif s == "!":
            singles.append(m)
    if len(singles) > 2:
        for m in singles[2:]:
            yield ("shouting_punctuation", m.start(), m.end(), ".", {})


# ---------------------------------------------------------------- hashtags


def hashtag_spam(text, ctx, lang, data) -> Iterator[Hit]:
    tags = list(HASHTAG.finditer(text))
    if len(tags) > 2:
        yield ("hashtag_spam", tags[2].start(), tags[-1].end(), None, {"count": len(tags)})


# ---------------------------------------------------------------- length


def too_long(text, ctx, lang, data) -> Iterator[Hit]:
    channel = ctx.channel or ""
    limit = limit_for(channel, ctx.limit)
    if not limit:
        return
    if channel == "bluesky" and len(text) <= limit:  # graphemes never outnumber code points
        return
    count = post_length(text, channel)
    if count > limit:
        if channel == "bluesky":
            import grapheme

            cut = len(grapheme.slice(text, 0, limit))
        elif channel == "mastodon":
            cut = mastodon_cut(text, limit)
        else:
            cut = limit
        yield ("too_long", cut, len(text), None, {"count": count, "limit": limit})


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
    return frozenset(filler), _words_re(pointers)


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
                if not _compiled(lang, "policy_restrictions").search(sent):
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
        out.append(_words_re(w.get("complaint_cues", [])))
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
        _CONTRAST_AFTER.search(rest.group(0)) or _compiled(lang, "empathy").search(rest.group(0))
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
    return bool(_compiled(lang, "empathy").search(text)) or _acknowledges(text, lang)


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


# ---------------------------------------------------------------- signature


def no_signature(text, ctx, lang, data) -> Iterator[Hit]:
    sig = ctx.signature.strip()
    if not sig:
        return
    if " ".join(sig.lower().split()) in " ".join(text.lower().split()):
        return
    end = len(text.rstrip())
    start = max(0, end - 1)
    yield ("no_signature", start, end, text[start:end] + " " + sig, {"signature": sig})


# ---------------------------------------------------------------- register (Dutch)

_FORMAL = re.compile(r"(?<![\w-])(?:u|uw|uzelf)(?![\w-])", re.IGNORECASE)
_INFORMAL = re.compile(r"(?<![\w-])(?:je|jij|jou|jouw|jezelf)(?![\w'-])", re.IGNORECASE)
_TO_FORMAL = {"jouw": "uw", "jezelf": "uzelf", "jij": "u", "jou": "u"}
_TO_INFORMAL = {"uw": "je", "uzelf": "jezelf"}


def _keep_case(src: str, repl: str | None) -> str | None:
    if repl and src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def _register_hits(text: str, wanted: str, rule: str, params: dict) -> Iterator[Hit]:
    if wanted == "u":
        for m in _INFORMAL.finditer(text):
            w = m.group(0)
            yield (rule, m.start(), m.end(), _keep_case(w, _TO_FORMAL.get(w.lower())), params)
    else:
        for m in _FORMAL.finditer(text):
            w = m.group(0)
            yield (rule, m.start(), m.end(), _keep_case(w, _TO_INFORMAL.get(w.lower())), params)


def register_mix(text, ctx, lang, data) -> Iterator[Hit]:
    formal = len(_FORMAL.findall(text))
    informal = len(_INFORMAL.findall(text))
    if not formal or not informal:
        return
    wanted = ctx.register or ("u" if formal > informal else "je")
    yield from _register_hits(text, wanted, "register_mix", {})


def register_profile(text, ctx, lang, data) -> Iterator[Hit]:
    if ctx.register not in ("je", "u"):
        return
    formal = bool(_FORMAL.search(text))
    informal = bool(_INFORMAL.search(text))
    if formal and informal:
        return  # register_mix says it
    if (ctx.register == "u" and informal) or (ctx.register == "je" and formal):
        yield from _register_hits(
            text, ctx.register, "register_profile", {"register": ctx.register}
        )


# ---------------------------------------------------------------- passive voice


@cache
def _passive_kinds(lang: str):
    """(handling, promise, mishap, state) participles of rules/<lang>.toml, as {participle:
    [the particles that must follow, e.g. "at" for "looked at"; "" when none]}, and the
    case nouns."""
    from cmstation.compose.rules import data_rules

    w = data_rules(lang).words
    out = []
    for key in (
        "handling_participles",
        "promise_participles",
        "mishap_participles",
        "state_participles",
    ):
        table: dict[str, list[str]] = {}
        for phrase in w.get(key, []):
            head, *rest = phrase.lower().split()
            table.setdefault(head, []).append(" ".join(rest))
        out.append(table)
    return (*out, frozenset(w.get("case_nouns", [])))


def _kind(table: dict[str, list[str]], part: str, after: str) -> bool:
    """Is ``part`` (followed by ``after``) one of the table's verbs, with its particle?"""
    tails = table.get(part)
    if tails is None:
        return False
    after = " ".join(after.lower().split())
    return any(not t or after == t or after.startswith(t + " ") for t in tails)


_PRONOUNS = frozenset(
    {"it", "this", "that", "it'll", "this'll", "that'll", "it's", "that's", "het", "dit", "dat"}
)


def _passive_rule(
    lang: str,
    blamed: bool,
    part: str,
    after: str,
    tense: str,
    subject: list[str],
    question: bool,
) -> str:
    """passive_blame, passive_handling (both warnings) or passive_agentless (info); see the
    policy in rules/en.toml above handling_participles. ``subject`` is the words before the
    auxiliary (and, in Dutch, the one after it); ``tense`` is future, progressive, present or
    past."""
    handling, promise, mishap, state, case_nouns = _passive_kinds(lang)
    if blamed or _kind(mishap, part, after):
        return "passive_blame"
    if question:
        return "passive_agentless"
    case_subjects = _case_subjects(lang)
    about_case = any(w in case_subjects for w in subject)
    if about_case and tense != "present" and _kind(handling, part, after):
        return "passive_handling"
    if about_case and tense in ("future", "progressive") and _kind(promise, part, after):
        return "passive_handling"
    if _kind(state, part, after):
        if any(w in case_nouns for w in subject):
            return "passive_handling"
        # "it will be noted"; in English also "it's been logged" (a Dutch "dat is vastgelegd"
        # is as often a state)
        events = ("future", "progressive", "past") if lang == "en" else ("future", "progressive")
        if tense in events and subject and set(subject) <= _PRONOUNS:
            return "passive_handling"
    return "passive_agentless"


@cache
def _case_subjects(lang: str) -> frozenset[str]:
    from cmstation.compose.rules import data_rules

    return frozenset(data_rules(lang).words["case_subjects"])


@cache
def _nl_passive():
    from cmstation.compose.rules import data_rules

    w = data_rules("nl").words
    parts = set(w["participles"])
    for p in list(parts):
        if p.startswith("ge"):
            parts.update(pre + p for pre in w["separable_prefixes"])
    active = frozenset(w["not_passive"])
    parts -= active
    return (
        frozenset(w["passive_aux"]),
        frozenset(parts),
        frozenset(w["active_subjects"]),
        active,
    )


def _blamed(sentence: str, start: int, end: int, blame: re.Pattern) -> bool:
    """A mistake word elsewhere in the sentence (the participle itself does not count:
    "is beschadigd" describes a state, "is verkeerd verzonden" hides who erred)."""
    return any(not (start <= m.start() and m.end() <= end) for m in blame.finditer(sentence))


_NL_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[,;:()]")
_CLAUSE_BREAK = {
    ",",
    ";",
    ":",
    "(",
    ")",
    "maar",
    "want",
    "dus",
    "omdat",
    "doordat",
    "zodat",
    "die",
    "dat",
    "waardoor",
    "als",
    "toen",
    "terwijl",
    "we",
    "wij",
    "ik",
    "heb",
    "hebt",
    "heeft",
    "hebben",
    "had",
    "hadden",
}
_NL_WORDEN = {"wordt", "worden", "word"}
_NL_CAUSE = {"fout", "fouten", "foutje", "vergissing", "storing", "bug", "probleem", "misverstand"}


def passive_nl(text, ctx, lang, data) -> Iterator[Hit]:
    aux, parts, subjects, active = _nl_passive()
    blame = _compiled("nl", "blame")
    for sent in _sentences(text):
        toks = [
            (m.group(0).lower(), m.start() + sent.start(), m.end() + sent.start())
            for m in _NL_TOKEN.finditer(sent.group(0))
        ]
        words = [t[0] for t in toks]
        question = sent.group(0).rstrip().endswith("?")
        for i, w in enumerate(words):
            if w not in aux:
                continue
            # "wij zijn vergeten" is an active perfect; "je wordt teruggebeld" is a passive
            if w not in _NL_WORDEN and (
                (i > 0 and words[i - 1] in subjects)
                or (i + 1 < len(words) and words[i + 1] in subjects)
            ):
                continue
            j = None
            if i > 0 and words[i - 1] in parts:  # subordinate order: "... verzonden is"
                j = i - 1
            else:
                for k in range(i + 1, min(i + 9, len(words))):
                    if words[k] in _CLAUSE_BREAK or words[k] in aux:
                        break
                    if words[k] in active:  # "is beschadigd aangekomen": active perfect
                        j = None
                        break
                    if words[k] in parts:
                        j = k
                        # a later participle in the same clause is the main verb
                        continue
            if j is None:
                continue
            lo, hi = min(i, j), max(i, j)
            clause_words = words[lo : hi + 3]
            blamed = False
            if "door" in clause_words:  # the agent is named, unless it is a cause
                d = lo + clause_words.index("door")
                if not any(x in _NL_CAUSE for x in words[d + 1 : d + 4]):
                    continue
                blamed = True
            s, e = toks[lo][1], toks[hi][2]
            st = sent.start()
            blamed = blamed or _blamed(sent.group(0), toks[j][1] - st, toks[j][2] - st, blame)
            start = 0
            for k in range(i - 1, -1, -1):  # the clause before the auxiliary
                if words[k] in _CLAUSE_BREAK and words[k] not in subjects:
                    start = k + 1
                    break
            subject = words[start:i] + (words[i + 1 : i + 2] if i + 1 < j else [])
            tense = "future" if w in _NL_WORDEN else "past"
            part = words[j]
            if part == "genomen" and "behandeling" in words[lo:hi]:
                part = "behandeld"  # "is in behandeling genomen"
            if part == "opgenomen" and "contact" in words[lo:hi]:
                subject = [*subject, "contact"]  # "er wordt contact met je opgenomen"
            rule = _passive_rule("nl", blamed, part, "", tense, subject, question)
            yield (rule, s, e, None, {})


@cache
def _en_passive():
    from cmstation.compose.rules import data_rules

    w = data_rules("en").words
    pattern = re.compile(
        r"(?<![\w'])(?P<subj>(?:[\w']+\s+)?)(?P<aux>am|is|are|was|were|be|been|being|get|got|gets"
        r"|getting|'s\s+been|'ve\s+been)\s+(?P<being>(?:being|been)\s+)?(?:(?:not|never|also|just"
        r"|already|accidentally|mistakenly|incorrectly|wrongly|unfortunately|then|now|still|all"
        r"|both|quickly|properly|personally|fully|soon)\s+){0,2}"
        r"(?P<part>[a-z]+)\b(?=(?P<after>(?:\s+[\w']+){0,4}))",
        re.IGNORECASE,
    )
    return (
        pattern,
        frozenset(w["irregular_participles"]),
        frozenset(w["not_participles"]),
        _words_re(w["blame_strong"]),
    )


_AGENT = re.compile(
    r"\bby\s+(?!mistake|accident|error|an?\s+(?:error|mistake|glitch|bug|fault)|now|then"
    r"|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|the\s+end|end\s+of|noon|midday|\d)",
    re.IGNORECASE,
)
_EN_SUBJECTS = {"we", "i", "we've", "i've", "we're", "i'm", "we'd", "i'd"}
_EN_FUTURE = re.compile(
    r"(?:\bwill|'ll|\u2019ll|\bshall|\bgoing\s+to|\bgonna)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def passive_en(text, ctx, lang, data) -> Iterator[Hit]:
    pattern, irregular, not_parts, blame_strong = _en_passive()
    blame = _compiled("en", "blame")
    handling, promise, _, state, _ = _passive_kinds("en")
    for sent in _sentences(text):
        st = sent.group(0)
        question = st.rstrip().endswith("?")
        for m in pattern.finditer(st):
            part = m.group("part").lower()
            aux = m.group("aux").lower()
            before = st[: m.start("aux")]
            if _EN_FUTURE.search(before) and aux == "be":
                tense = "future"
            elif (
                m.group("being")
                and m.group("being").lower().startswith("being")
                or (aux == "being")
            ):
                tense = "progressive"
            else:
                tense = "past" if aux not in ("am", "is", "are", "be") else "present"
            if part in not_parts:
                # "cancelled by mistake", "it'll be sorted": a state word made a passive
                after = m.group("after")
                state_ok = (
                    blame_strong.search(st)
                    or _kind(handling, part, after)
                    or _kind(state, part, after)
                    or (tense in ("future", "progressive") and _kind(promise, part, after))
                )
                if not state_ok:
                    continue
            elif not (part in irregular or (part.endswith("ed") and len(part) > 4)):
                continue
            subj = m.group("subj").strip().lower()
            if subj in _EN_SUBJECTS or (aux in ("'s been", "'ve been") and subj in ("i", "we")):
                continue
            if _AGENT.search(m.group("after")):
                continue
            s = sent.start() + m.start("aux")
            e = sent.start() + m.end("part")
            blamed = _blamed(st, m.start("part"), m.end("part"), blame)
            clauses = re.split(r"[,;:]|\b(?:and|but|so|because|when|if)\b", before.lower())
            subject: list[str] = []
            for clause in reversed(clauses):  # "it's been logged and will be dealt with"
                words = [w.replace("\u2019", "'") for w in re.findall(r"[\w'\u2019]+", clause)]
                subject = [w for w in words if w not in ("will", "shall", "has", "have")][-5:]
                if subject:
                    break
            rule = _passive_rule("en", blamed, part, m.group("after"), tense, subject, question)
            yield (rule, s, e, None, {})


# ---------------------------------------------------------------- private data
#
# private_ask: a sentence that asks the reader to give personal data in public. It needs a
# request cue ("send", "reply with", "stuur", "wat is" ...), and either one "strong" item the
# reader owns ("your phone number", "je geboortedatum", "the email address on your account")
# or two items asked for together ("your booking reference and surname", "je klantnummer en
# postcode"). Quiet when the sentence (or the one before) moves to a private channel ("DM us",
# "in een privébericht"), or says not to post it ("please don't share your details here").
#
# private_shown: personal data in the reply itself: an IBAN, a phone number (Dutch, British or
# international), a personal e-mail address, a street address or postcode, an order number
# with a person's name. The company's own number, address or mailbox is fine ("call us on",
# "ons retouradres", "support@...").

_POSSESSIVE = {"nl": ("je", "jouw", "uw", "jullie"), "en": ("your",)}
_PREPOSITIONS = {
    "nl": {"naar", "op", "aan", "via", "bij", "in", "voor", "over", "uit"},
    "en": {"to", "at", "on", "via", "for", "in", "from", "about", "into", "under"},
}
#: Words that may stand between "your" and the item ("your old and new address", "your
#: library card number"); anything else (a preposition, an article, a verb) breaks the link.
_GAP_STOP = {
    "en": {
        "to",
        "at",
        "on",
        "in",
        "for",
        "from",
        "of",
        "the",
        "a",
        "an",
        "with",
        "is",
        "are",
        "was",
        "will",
        "has",
        "have",
        "it",
        "we",
        "i",
        "you",
    },
    "nl": {
        "naar",
        "op",
        "in",
        "van",
        "voor",
        "met",
        "de",
        "het",
        "een",
        "is",
        "zijn",
        "wordt",
        "heeft",
        "we",
        "ik",
        "je",
        "jij",
        "u",
    },
}
_DETERMINERS = {"en": {"the"}, "nl": {"het", "de"}}
_OWNED_AFTER = {
    "en": re.compile(r"\s+(?:on|of|for|linked\s+to|in|from)\s+your\b", re.IGNORECASE),
    "nl": re.compile(r"\s+(?:van|bij|op|in|voor)\s+(?:je|jouw|uw)\b", re.IGNORECASE),
}
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s")
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


@cache
def _private_words(lang: str):
    from cmstation.compose.rules import data_rules

    w = data_rules(lang).words
    strong = {normalise(p) for p in w["private_items"]}
    weak = {normalise(p) for p in w["private_items_weak"]}
    adjacent = {normalise(p) for p in w["private_items_adjacent"]}
    items = re.compile(trie_regex(strong | weak | adjacent), re.IGNORECASE)
    return items, strong, weak, adjacent


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().replace("\u2019", "'").split())


_GRAAG_GEDAAN = re.compile(r"\bgraag\s+gedaan\b", re.IGNORECASE)


def _asks_in_public(sentence: str, before: str, lang: str) -> bool:
    """A request cue in the sentence, no private channel in it or the sentence before, and no
    clause that says not to post it."""
    requests = _compiled(lang, "requests")
    cue_text = _GRAAG_GEDAAN.sub(" ", sentence) if lang == "nl" else sentence
    if not requests.search(cue_text):
        return False
    channels = _compiled(lang, "private_channels")
    if channels.search(sentence) or channels.search(before):
        return False
    negation = _compiled(lang, "private_negation")
    for clause in _CLAUSE.split(sentence):
        if negation.search(clause) and requests.search(clause):
            return False
    return True


_QUESTION_WORDS = {
    "en": {"which", "what", "what's", "whats"},
    "nl": {"welk", "welke", "wat"},
}


def _asked_which(tokens: list[re.Match], i: int, lang: str) -> bool:
    """ "Which IBAN ...?", "What's the best number to reach you on?", "Op welk nummer ...?"."""
    for back in range(1, 4):
        j = i - back
        if j < 0:
            return False
        w = tokens[j].group(0).lower().replace("\u2019", "'")
        if w in _QUESTION_WORDS[lang]:
            return True
        if w in _PREPOSITIONS[lang] or w in ("is", "are", "was", "zijn", "we", "ik", "i"):
            return False
    return False


def _owned(tokens: list[re.Match], i: int, lang: str, gap_ok: bool) -> bool:
    """Is the item starting at token i "yours": "your X", "your old and new X", "the X on
    your account"? Not when a preposition comes first ("we send it to your address")."""
    possessive, stop = _POSSESSIVE[lang], _GAP_STOP[lang]
    if _asked_which(tokens, i, lang):
        return True
    for back in range(1, 5 if gap_ok else 2):
        j = i - back
        if j < 0:
            return False
        w = tokens[j].group(0).lower()
        if w in possessive:
            return j == 0 or tokens[j - 1].group(0).lower() not in _PREPOSITIONS[lang]
        if w in stop or w in _DETERMINERS[lang]:  # "the X on your account": _owned_after
            return False
    return False


def _owned_after(sentence: str, tokens: list[re.Match], i: int, end: int, lang: str) -> bool:
    """ "the email address on your account", "het e-mailadres van je account"."""
    if i == 0 or tokens[i - 1].group(0).lower() not in _DETERMINERS[lang]:
        return False
    if i >= 2 and tokens[i - 2].group(0).lower() in _PREPOSITIONS[lang]:
        return False
    return bool(_OWNED_AFTER[lang].match(sentence, end))


def private_ask(text, ctx, lang, data) -> Iterator[Hit]:
    items_re, strong, weak, adjacent = _private_words(lang)
    before = ""
    for sent in _sentences(text):
        st = sent.group(0)
        found = list(items_re.finditer(st))
        prev, before = before, st
        if not found or not _asks_in_public(st, prev, lang):
            continue
        tokens = list(_TOKEN.finditer(st))
        starts = {t.start(): k for k, t in enumerate(tokens)}
        asked = []  # (start, end, strong, owned)
        for m in found:
            i = starts.get(m.start())
            if i is None:
                continue
            key = normalise(m.group(0))
            owned = _owned(tokens, i, lang, gap_ok=key not in adjacent)
            owned = owned or _owned_after(st, tokens, i, m.end(), lang)
            asked.append((m.start(), m.end(), key in strong or key in adjacent, owned))
        if not any(owned for *_, owned in asked):
            continue
        if any(s_ and owned for _, _, s_, owned in asked) or len(asked) >= 2:
            yield ("private_ask", sent.start() + asked[0][0], sent.start() + asked[-1][1], None, {})


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_IBAN_WITH_BANK = re.compile(r"^[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){7,10}$")


def _is_iban(candidate: str) -> bool:
    """An account number: a Dutch/British-style IBAN (with a bank code in letters), or any
    IBAN whose check digits are right (mod 97, ISO 13616)."""
    if _IBAN_WITH_BANK.match(candidate):
        return True
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34 or sum(c.isdigit() for c in compact) < 10:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


# A national number (Dutch 10 digits from 0, British 11 from 0) or an international one.
_PHONE = re.compile(
    r"(?<![\w+/.,:-])(?:\+\d{1,3}(?:[ -]?\(0\))?(?:[ -]?\d){7,12}|0[1-9](?:[ -]?\d){8,9})(?![\w/]|[.,:]\d)"
)


def _business_number(number: str) -> bool:
    """A company line: Dutch 0800/0900/088/085 (10 digits), British 0800/0808/03/084/087 (11
    digits), also written after +31 or +44."""
    digits = re.sub(r"\D", "", number)
    if number.startswith("+"):
        if digits[:2] not in ("31", "44"):
            return False
        digits = "0" + digits[2:].removeprefix("0")
    if digits.startswith(("0800", "0900", "0906", "0909")):
        return True
    if len(digits) == 10:
        return digits.startswith(("088", "085"))
    return len(digits) == 11 and digits.startswith(("0808", "03", "084", "087"))


_OUR_CONTACT = re.compile(
    r"\b(?:call|ring|phone|text|whatsapp|contact|reach|bel|belt|bellen|app|sms|mail|email"
    r"|e-mail|mailen|write|schrijf)\s+(?:us|ons|our|onze|the|de|het|anytime|any\s+time|gerust"
    r"|even|direct|meteen|free)\b"
    r"|\b(?:us|ons)\s+(?:\w+\s+)?(?:on|at|op|via|bellen|mailen|bereiken|appen|call|ring|reach)\b"
    r"|\b(?:our|ons|onze)\s+(?:\w+\s+){0,2}?(?:number|phone|line|helpline|hotline|nummer"
    r"|telefoonnummer|lijn|klantenservice|servicelijn|whatsapp|telefoon|inbox|mailbox|address"
    r"|e-mail|email|iban|account|rekening|rekeningnummer)\b"
    r"|^\W*(?:bel|call|ring|phone|mail|email|e-mail)\b"
    r"|\b(?:helpdesk|help\s+desk|servicedesk|service\s+desk|klantenservice|customer\s+service"
    r"|support|office|kantoor|hoofdkantoor|head\s+office|reception|receptie|balie|front\s+desk"
    r"|hotline|helpline|servicelijn|bereikbaar|reachable|werkplaats|workshop|winkel|shop|store)\b"
    # the reader is asked to call: "even bellen is handig", "call ahead", "you can call"
    r"|\b(?:even|gerust|graag|vooraf|van\s+tevoren)\s+(?:\w+\s+)?bellen\b|\bbellen\s+(?:is|kan|mag)\b"
    r"|\bcall\s+(?:ahead|first|anytime|in\s+advance)\b|\bgive\s+us\s+a\s+(?:call|ring)\b"
    r"|\b(?:you|je|u)\s+(?:can|could|may|kunt|kan|mag)\s+(?:\w+\s+)?(?:call|ring|phone|bellen"
    r"|bereiken)\b",
    re.IGNORECASE,
)
#: "we'll call you on ...", "Joost belt je op ...": the number is the customer's.
_CALLS_YOU = re.compile(
    r"\b(?:call|ring|phone|text|reach|contact|bel|belt|bellen|sms|sms't|appen|appt|whatsappen)"
    r"\w*\s+(?:you|je|jou|u)\b"
    # "they'll phone 06 ...", "our planner will ring +49 ...", "hij belt ... naar +31 6 ..."
    r"|\b(?:we|i|they|he|she|hij|zij|ze|wij|ik)(?:['\u2019]ll)?\s+(?:will\s+|zal\s+|gaat\s+)?"
    r"(?:call|ring|phone|text|belt|bel|bellen|sms't)\b|\bwill\s+(?:call|ring|phone|text)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![@\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
_GENERIC_LOCAL = {
    "info", "support", "klantenservice", "service", "help", "contact", "webcare", "hallo",
    "hello", "hi", "team", "sales", "orders", "order", "bestellingen", "retour", "retouren",
    "returns", "noreply", "no-reply", "press", "pers", "care", "helpdesk", "klanten",
    "customerservice", "customercare", "winkel", "shop", "reserveren", "reserveringen",
    "bookings", "booking", "administratie", "billing", "facturen", "webshop", "privacy", "jobs",
    "vacatures", "klachten", "complaints", "feedback", "service-desk", "servicedesk",
}  # fmt: skip
#: Mail providers of people, not of companies: a plain name there is a person's address.
_PERSONAL_DOMAINS = re.compile(
    r"^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet"
    r"|planet|xs4all|home|hetnet|telfort|upcmail|casema|chello|gmx|proton|protonmail|web"
    r"|online|quicknet|zeelandnet|tiscali|aol|btinternet|sky|virginmedia)\.",
    re.IGNORECASE,
)
# Street addresses and postcodes (Dutch "Kerkstraat 12", "3512 AB"; British "14 Baker Lane",
# "LS1 4AB").
_STREET_NL = re.compile(
    r"\b[A-Z][a-zà-ÿ'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg"
    r"|markt|park|veld|baan|ring|wal|haven|burg|berg|straatweg|erf|hoek|lei|dam)\s+\d{1,4}"
    r"(?:[ -]?[a-zA-Z](?!\w))?"
)
_STREET_EN = re.compile(
    r"\b\d{1,4}[a-zA-Z]?\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave"
    r"|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Square|Sq|Crescent|Terrace|Gardens|Grove|Row"
    r"|Walk|Mews|Hill|Park)\b"
)
_POSTCODE = re.compile(
    r"\b[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b"
)
_OUR_PLACE = re.compile(
    r"\b(?:our|ons|onze|us|we're\s+at|we\s+are\s+at|we\s+zitten|visit|bezoek|langs|langskomen"
    r"|shop|store|office|winkel|kantoor|showroom|werkplaats|workshop|retour\w*|returns?"
    r"|vestiging|branch|filiaal|depot|warehouse|magazijn|opening|open)\b",
    re.IGNORECASE,
)
_ORDER_WITH_NAME = re.compile(
    r"\b(?:order|bestelling|booking|boeking|reservering|reservation|ordernummer|bestelnummer"
    r"|dossier|case|zaak)\s*(?:nr\.?|no\.?|number|nummer)?\s*#?\s*[A-Z0-9-]*\d{3,}[A-Z0-9-]*"
    r"\s+(?:for|of|van|voor|op\s+naam\s+van|in\s+the\s+name\s+of|under\s+the\s+name(?:\s+of)?)"
    r"\s+(?:(?:mr|mrs|ms|dhr|mevr|meneer|mevrouw)\.?\s+)?(?-i:[A-Z][a-zà-ÿ'-]+)"
    r"(?:\s+(?:de|van|der|den|ter|te|het|la|le|da|di|von|el|\'t)){0,3}\s+(?-i:[A-Z][a-zà-ÿ'-]+)",
    re.IGNORECASE,
)


def _ours_before(text: str, start: int, pattern: re.Pattern, reach: int = 40) -> bool:
    """The words just before ``start`` (in its sentence) say it is the company's own."""
    lo = max(0, start - reach)
    cut = max(text.rfind(ch, lo, start) for ch in ".!?\n")
    return bool(pattern.search(text[max(lo, cut + 1) : start]))


def private_shown(text, ctx, lang, data) -> Iterator[Hit]:
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in _IBAN.finditer(text):
        if not _is_iban(m.group(0)) or _ours_before(text, m.start(), _OUR_CONTACT):
            continue
        taken.append(m.span())
        yield ("private_shown", m.start(), m.end(), None, {})
    for m in _PHONE.finditer(text):
        if not free(*m.span()) or _business_number(m.group(0)):
            continue
        if not _ours_before(text, m.start(), _CALLS_YOU) and _ours_before(
            text, m.start(), _OUR_CONTACT
        ):
            continue
        taken.append(m.span())
        yield ("private_shown", m.start(), m.end(), None, {})
    for m in _EMAIL.finditer(text):
        local, domain = m.group(1).lower(), m.group(2)
        if local in _GENERIC_LOCAL or any(local.startswith(g + ".") for g in _GENERIC_LOCAL):
            continue
        if not (_PERSONAL_DOMAINS.match(domain) or re.search(r"[._\d]", local)):
            continue
        if _ours_before(text, m.start(), _OUR_CONTACT, 30):
            continue
        yield ("private_shown", m.start(), m.end(), None, {})
    places = sorted(
        [m.span() for r in (_STREET_NL, _STREET_EN, _POSTCODE) for m in r.finditer(text)]
    )
    merged: list[list[int]] = []
    for s, e in places:
        if not free(s, e):
            continue
        if merged and re.fullmatch(r"[\s,]*(?:[A-Z][a-zà-ÿ'-]+[\s,]*)?", text[merged[-1][1] : s]):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        if _ours_before(text, s, _OUR_PLACE, 50):
            continue
        taken.append((s, e))
        yield ("private_shown", s, e, None, {})
    for m in _ORDER_WITH_NAME.finditer(text):
        if free(*m.span()):
            yield ("private_shown", m.start(), m.end(), None, {})


# ---------------------------------------------------------------- templates

_PLACEHOLDER = re.compile(
    r"\{\{?\s*[A-Za-z_][\w ]{0,30}?\s*\}?\}"
    r"|\[(?:naam|voornaam|achternaam|name|first[ _]name|last[ _]name|klant|klantnaam|customer"
    r"|ordernummer|order[ _]number|datum|date|product)\]"
    r"|<(?:naam|voornaam|name|first[ _]name|klant|customer)>"
    r"|%\((?:\w+)\)s",
    re.IGNORECASE,
)


def placeholder_unfilled(text, ctx, lang, data) -> Iterator[Hit]:
    for m in _PLACEHOLDER.finditer(text):
        yield ("placeholder_unfilled", m.start(), m.end(), None, {"placeholder": m.group(0)})


@lru_cache(maxsize=1024)
def _normalised_words(text: str, signature: str) -> tuple[str, ...]:
    if signature:
        text = text.replace(signature, " ")
    text = MENTION.sub(" ", URL.sub(" ", text))
    return tuple(w.lower() for w in WORD.findall(text))


def template_repeat(text, ctx, lang, data) -> Iterator[Hit]:
    if not ctx.recent_replies:
        return
    sig = ctx.signature.strip()
    mine = _normalised_words(text, sig)
    if len(mine) < 6:
        return
    best = 0.0
    for old in ctx.recent_replies:
        theirs = _normalised_words(old, sig)
        if not theirs or not 0.7 <= len(mine) / len(theirs) <= 1.43:
            continue
        sm = SequenceMatcher(None, mine, theirs, autojunk=False)
        if sm.real_quick_ratio() < 0.85 or sm.quick_ratio() < 0.85:
            continue
        best = max(best, sm.ratio())
    if best >= 0.85:
        s = len(text) - len(text.lstrip())
        yield ("template_repeat", s, len(text.rstrip()), None, {"percent": round(best * 100)})


#: rule functions per language (data rules are in the TOML files).
FUNCTIONS: dict[str, tuple[RuleFn, ...]] = {}
_COMMON: tuple[RuleFn, ...] = (
    shouting_caps,
    shouting_punctuation,
    hashtag_spam,
    too_long,
    link_bare,
    no_empathy,
    no_signature,
    private_ask,
    private_shown,
    placeholder_unfilled,
    template_repeat,
    defensive_prefix,
)
FUNCTIONS["nl"] = (*_COMMON, register_mix, register_profile, passive_nl)
FUNCTIONS["en"] = (*_COMMON, passive_en)

#: Extra conditions on data-rule matches: rule id -> predicate(text, ctx, start, end).
FILTERS = {"link_faq": link_faq_filter}
