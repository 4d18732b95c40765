"""Rules about the form of a reply: shouting, hashtags, length, the sign-off, the Dutch
register (u or je), unfilled placeholders and a reply repeated nearly word for word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache, lru_cache

from cmstation.compose.builtin.text import (
    HASHTAG,
    WORD,
    Hit,
)
from cmstation.compose.length import (
    MENTION,
    URL,
    limit_for,
    mastodon_cut,
    post_length,
)

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
    limit = limit_for(channel, ctx.limit, private=ctx.private)
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


def signoff_glued(text, ctx, lang, data) -> Iterator[Hit]:
    """The sign-off runs into the text ("... ^EvaHoi Lotte", "sorry!^Eva") or is not where a
    sign-off goes: words follow it. A click that left the cursor after a pre-filled sign-off
    does that."""
    sig = ctx.signature.strip()
    if not sig:
        return
    at = text.lower().rfind(sig.lower())
    if at < 0:
        return
    end = at + len(sig)
    before = text[at - 1] if at > 0 else ""
    after = text[end:]
    glued_before = bool(before) and not before.isspace()
    words_after = re.search(r"\w", after) is not None
    if not (glued_before or words_after):
        return
    # the span: the sign-off and whatever follows it; the suggestion puts the words that
    # follow before it, and the sign-off on a line of its own
    stop = len(text.rstrip())
    if words_after:
        lead = " " if glued_before else ""
        new = f"{lead}{after.strip()}\n{text[at:end]}"
    else:
        new = f"\n{text[at:stop]}"
    yield ("signoff_glued", at, stop, new, {"signature": sig})


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
