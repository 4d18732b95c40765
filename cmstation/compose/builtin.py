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
        loud = len(letters) >= 2 and w.isupper() and w.upper() not in known
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


def _content_words(text: str, ctx: CheckContext, drop: list[tuple[int, int]] = ()) -> int:
    keep = list(text)
    spans = [m.span() for r in (URL, MENTION, HASHTAG) for m in r.finditer(text)]
    for s, e in [*spans, *drop]:
        keep[s:e] = [" "] * (e - s)
    rest = "".join(keep)
    if ctx.signature:
        rest = rest.replace(ctx.signature.strip(), " ")
    return len(WORD.findall(rest))


def link_bare(text, ctx, lang, data) -> Iterator[Hit]:
    urls = list(URL.finditer(text))
    if urls and _content_words(text, ctx) <= 3:
        yield ("link_bare", urls[0].start(), urls[-1].end(), None, {})


def link_faq_filter(text: str, ctx: CheckContext, start: int, end: int) -> bool:
    """A pointer to the FAQ is only link_only when the reply says little else."""
    return _content_words(text, ctx, [(start, end)]) <= 8


# ---------------------------------------------------------------- defensive


@cache
def _defensive_prefix(lang: str) -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    """(rule id, pattern for the lowercased text, the same case-insensitive) for the
    ``prefix_phrases`` and ``prefix_patterns`` of the defensive rules in rules/<lang>.toml."""
    from cmstation.compose.rules import RULES
    from cmstation.language.resources import load_toml

    out = []
    for block in load_toml(f"rules/{lang}.toml").get("rules", []):
        if RULES[block["id"]].category != "defensive":
            continue
        sources = [
            r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in p.lower().split())
            + (r"\b" if p[-1:].isalnum() else "")
            for p in block.get("prefix_phrases", [])
        ]
        sources += block.get("prefix_patterns", [])
        for src in sources:
            out.append((block["id"], re.compile(src), re.compile(src, re.IGNORECASE)))
    return tuple(out)


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
    for rule_id, fast, slow in _defensive_prefix(lang):
        if rule_id == "defensive_implied" and not complaint:
            continue
        for m in fast.finditer(low) if exact else slow.finditer(text):
            s, e = m.span()
            if s and _is_word(text[s]) and _is_word(text[s - 1]):
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            if rule_id == "defensive_implied" and _conceded_after(text, lang, e):
                continue
            if _overlaps_data_rule(text, data, s, e):
                continue
            taken.append((s, e))
            yield (rule_id, s, e, None, {})


_CONTRAST_AFTER = re.compile(r"\b(?:but|though|although|maar|hoewel)\b", re.IGNORECASE)


def _answers_complaint(ctx: CheckContext, lang: str) -> bool:
    from cmstation.core.models import Sentiment

    if ctx.in_reply_to_sentiment is not None:
        return ctx.in_reply_to_sentiment == Sentiment.NEGATIVE
    return bool(ctx.in_reply_to.strip()) and _is_negative(ctx.in_reply_to, lang)


def _conceded_after(text: str, lang: str, end: int) -> bool:
    """The rest of the sentence after ``end`` says "but ..." or apologises."""
    rest = SENTENCE.match(text, end)
    if rest is None:
        return False
    return bool(
        _CONTRAST_AFTER.search(rest.group(0)) or _compiled(lang, "empathy").search(rest.group(0))
    )


# ---------------------------------------------------------------- empathy


@lru_cache(maxsize=256)
def _is_negative(message: str, lang: str) -> bool:
    from cmstation.core.models import Sentiment
    from cmstation.language import detect_language, sentiment

    mlang = detect_language(message) or lang
    return sentiment(message, mlang).label == Sentiment.NEGATIVE


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


def no_empathy(text, ctx, lang, data) -> Iterator[Hit]:
    from cmstation.core.models import Sentiment

    if not ctx.in_reply_to.strip() and ctx.in_reply_to_sentiment is None:
        return
    if ctx.in_reply_to_sentiment is not None:
        negative = ctx.in_reply_to_sentiment == Sentiment.NEGATIVE
    else:
        negative = _is_negative(ctx.in_reply_to, lang)
    if not negative or not text.strip():
        return
    if _compiled(lang, "empathy").search(text) or _acknowledges(text, lang):
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
def _nl_passive():
    from cmstation.compose.rules import data_rules

    w = data_rules("nl").words
    parts = set(w["participles"])
    for p in list(parts):
        if p.startswith("ge"):
            parts.update(pre + p for pre in w["separable_prefixes"])
    active = frozenset(w["not_passive"])
    parts -= active
    return (frozenset(w["passive_aux"]), frozenset(parts), frozenset(w["active_subjects"]), active)


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


def passive_nl(text, ctx, lang, data) -> Iterator[Hit]:
    aux, parts, subjects, active = _nl_passive()
    blame = _compiled("nl", "blame")
    for sent in _sentences(text):
        toks = [
            (m.group(0).lower(), m.start() + sent.start(), m.end() + sent.start())
            for m in _NL_TOKEN.finditer(sent.group(0))
        ]
        words = [t[0] for t in toks]
        for i, w in enumerate(words):
            if w not in aux:
                continue
            if (i > 0 and words[i - 1] in subjects) or (
                i + 1 < len(words) and words[i + 1] in subjects
            ):
                continue
            j = None
            if i > 0 and words[i - 1] in parts:  # subordinate order: "... verzonden is"
                j = i - 1
            else:
                for k in range(i + 1, min(i + 7, len(words))):
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
            clause_words = words[min(i, j) : max(i, j) + 3]
            if "door" in clause_words:  # the agent is named
                continue
            s, e = toks[min(i, j)][1], toks[max(i, j)][2]
            st = sent.start()
            blamed = _blamed(sent.group(0), toks[j][1] - st, toks[j][2] - st, blame)
            rule = "passive_blame" if blamed else "passive_agentless"
            yield (rule, s, e, None, {})


@cache
def _en_passive() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    from cmstation.compose.rules import data_rules

    w = data_rules("en").words
    pattern = re.compile(
        r"(?<![\w'])(?P<subj>(?:[\w']+\s+)?)(?P<aux>am|is|are|was|were|be|been|being|get|got|gets"
        r"|getting|'s\s+been|'ve\s+been)\s+(?:(?:being|been)\s+)?(?:(?:not|never|also|just|already|accidentally"
        r"|mistakenly|incorrectly|wrongly|unfortunately|then|now|still|all|both)\s+){0,2}"
        r"(?P<part>[a-z]+)\b(?=(?P<after>(?:\s+[\w']+){0,4}))",
        re.IGNORECASE,
    )
    return pattern, frozenset(w["irregular_participles"]), frozenset(w["not_participles"])


_AGENT = re.compile(
    r"\bby\s+(?!mistake|accident|error|now|then|tomorrow|today|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|the\s+end|\d)",
    re.IGNORECASE,
)
_EN_SUBJECTS = {"we", "i", "we've", "i've", "we're", "i'm", "we'd", "i'd"}


def passive_en(text, ctx, lang, data) -> Iterator[Hit]:
    pattern, irregular, not_parts = _en_passive()
    blame = _compiled("en", "blame")
    for sent in _sentences(text):
        st = sent.group(0)
        for m in pattern.finditer(st):
            part = m.group("part").lower()
            if part in not_parts:
                continue
            if not (part in irregular or (part.endswith("ed") and len(part) > 4)):
                continue
            subj = m.group("subj").strip().lower()
            if subj in _EN_SUBJECTS or (
                m.group("aux").lower() in ("'s been", "'ve been") and subj in ("i", "we")
            ):
                continue
            if _AGENT.search(m.group("after")):
                continue
            s = sent.start() + m.start("aux")
            e = sent.start() + m.end("part")
            blamed = _blamed(st, m.start("part"), m.end("part"), blame)
            rule = "passive_blame" if blamed else "passive_agentless"
            yield (rule, s, e, None, {})


# ---------------------------------------------------------------- private data

_POSSESSIVE = {"nl": r"(?:je|jouw|uw|jullie)", "en": r"(?:your)"}
_ADJ = {
    "nl": r"(?:(?:volledige|huidige|nieuwe|juiste|correcte|mobiele|privé|prive)\s+)?",
    "en": r"(?:(?:full|home|current|new|correct|complete|private|personal)\s+)?",
}
_PREPOSITIONS = {
    "nl": {"naar", "op", "aan", "via", "bij", "in", "van", "voor", "over"},
    "en": {"to", "at", "on", "via", "for", "in", "from", "of", "about", "into", "under"},
}


@cache
def _private_ask_re(lang: str) -> re.Pattern:
    from cmstation.compose.rules import data_rules

    alts = trie_regex(data_rules(lang).words["private_items"])
    return re.compile(
        rf"(?<!\w)(?P<pre>[\w']+\s+)?{_POSSESSIVE[lang]}\s+{_ADJ[lang]}(?:{alts})",
        re.IGNORECASE,
    )


def private_ask(text, ctx, lang, data) -> Iterator[Hit]:
    item_re = _private_ask_re(lang)
    channels = _compiled(lang, "private_channels")
    requests = _compiled(lang, "requests")
    for sent in _sentences(text):
        st = sent.group(0)
        if channels.search(st) or not requests.search(st):
            continue
        for m in item_re.finditer(st):
            pre = (m.group("pre") or "").strip().lower()
            if pre in _PREPOSITIONS[lang]:
                continue
            s = sent.start() + (m.end("pre") if m.group("pre") else m.start())
            yield ("private_ask", s, sent.start() + m.end(), None, {})


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){7,10}\b")
_MOBILE = re.compile(r"(?<![\w+])(?:\+31[\s-]?(?:\(0\))?6|06)[\s-]?(?:\d[\s-]?){7}\d(?!\d)")
_EMAIL = re.compile(r"(?<![@\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_GENERIC_LOCAL = {
    "info",
    "support",
    "klantenservice",
    "service",
    "help",
    "contact",
    "webcare",
    "hallo",
    "hello",
    "hi",
    "team",
    "sales",
    "orders",
    "order",
    "bestellingen",
    "retour",
    "retouren",
    "returns",
    "noreply",
    "no-reply",
    "press",
    "pers",
    "care",
    "helpdesk",
    "klanten",
    "customerservice",
    "customercare",
    "winkel",
    "shop",
    "reserveren",
    "reserveringen",
    "bookings",
    "booking",
    "administratie",
    "billing",
    "facturen",
    "webshop",
    "privacy",
    "jobs",
    "vacatures",
}
_OURS = re.compile(r"\b(?:ons|onze|our|us|bel|call|ring)\b", re.IGNORECASE)


def private_shown(text, ctx, lang, data) -> Iterator[Hit]:
    for m in _IBAN.finditer(text):
        yield ("private_shown", m.start(), m.end(), None, {})
    for m in _MOBILE.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _OURS.search(before):
            continue
        yield ("private_shown", m.start(), m.end(), None, {})
    for m in _EMAIL.finditer(text):
        local = m.group(1).lower()
        if local in _GENERIC_LOCAL or any(local.startswith(g + ".") for g in _GENERIC_LOCAL):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if _OURS.search(before):
            continue
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
