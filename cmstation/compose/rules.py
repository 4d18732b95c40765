"""The registry of reply rules: data rules from resources/rules/<lang>.toml and the small
functions in builtin.py. Each rule has an id, a category, a severity, the languages it
covers and a translatable message (marked here so lupdate finds it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cmstation.compose.model import CATEGORIES, Severity
from cmstation.core.i18n import QT_TRANSLATE_NOOP
from cmstation.language.resources import load_toml

LANGS = ("nl", "en")
CTX = "ReplyChecks"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: Severity
    langs: tuple[str, ...]
    message: str  # the source text; str.format names for parameters
    #: True when the rule points at words (so brand words in that span cancel it).
    span: bool = True


def _r(id_, category, severity, message, langs=LANGS, span=True) -> Rule:
    assert category in CATEGORIES, category
    return Rule(id_, category, Severity(severity), tuple(langs), message, span)


#: Every rule the checker knows. Data rules name their phrases in the TOML files.
RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        _r(
            "jargon_cliche",
            "corporate_jargon",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "A scripted service phrase. Say it the way you would at the counter."
            ),
        ),
        _r(
            "jargon_officialese",
            "corporate_jargon",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "Officialese. A plainer word reads more like a person."
            ),
        ),
        _r(
            "custom_phrase",
            "corporate_jargon",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "A phrase on your own banned list."),
        ),
        _r(
            "sales_cta",
            "sales_push",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "Sales talk in a reply. Answer the question; leave the promotion out.",
            ),
        ),
        _r(
            "shouting_caps",
            "shouting",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "Several words in capitals read as shouting."),
        ),
        _r(
            "shouting_punctuation",
            "shouting",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "Stacked exclamation or question marks read as shouting."
            ),
        ),
        _r(
            "hashtag_spam",
            "hashtag_spam",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "More than two hashtags ({count}) make a reply look like an advert."
            ),
        ),
        _r(
            "no_empathy",
            "no_empathy",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "The message you answer is negative, and the reply neither acknowledges it, apologises nor thanks.",
            ),
            span=False,
        ),
        _r(
            "defensive_blame",
            "defensive",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "This puts the blame on the customer."),
        ),
        _r(
            "defensive_implied",
            "defensive",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "This hints that the customer should have known better. Help first, explain after.",
            ),
        ),
        _r(
            "defensive_policy",
            "defensive",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "Hiding behind policy. Explain what you can do instead."
            ),
        ),
        _r(
            "no_signature",
            "no_signature",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "Your sign-off “{signature}” is missing."),
            span=False,
        ),
        _r(
            "signoff_glued",
            "no_signature",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "Your sign-off “{signature}” runs into the text. Put it on a line of its own "
                "at the end.",
            ),
        ),
        _r(
            "register_mix",
            "register_mix",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "The reply mixes “u” and “je”. Pick one."),
            langs=("nl",),
        ),
        _r(
            "register_profile",
            "register_mix",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "Your profile says the brand uses “{register}”."),
            langs=("nl",),
        ),
        _r(
            "register_letter",
            "register_mix",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "Letter-style wording in a conversation. Write as you would talk."
            ),
            langs=("en",),
        ),
        _r(
            "too_long",
            "too_long",
            "error",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "Over the limit ({count} of {limit}): this will not fit in one post."
            ),
            span=False,
        ),
        _r(
            "link_bare",
            "link_only",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "Little more than a link. Answer in a sentence and add the link."
            ),
            span=False,
        ),
        _r(
            "link_faq",
            "link_only",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "Sending people to the FAQ is not an answer. Give the answer, then the link.",
            ),
        ),
        _r(
            "passive_blame",
            "passive_voice",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "A passive hides who made the mistake. Say “we”."),
        ),
        _r(
            "passive_handling",
            "passive_voice",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "A passive hides who takes care of this. Say who does it: “I’ll …”, “we’ve …”.",
            ),
        ),
        _r(
            "passive_agentless",
            "passive_voice",
            "info",
            QT_TRANSLATE_NOOP(
                "ReplyChecks", "A passive without anyone doing it. “We” often reads warmer."
            ),
        ),
        _r(
            "private_ask",
            "private_data",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "This asks for private details in public. Ask for them in a direct message.",
            ),
        ),
        _r(
            "private_shown",
            "private_data",
            "warning",
            QT_TRANSLATE_NOOP("ReplyChecks", "This shows private details in public."),
        ),
        _r(
            "template_repeat",
            "template_reuse",
            "warning",
            QT_TRANSLATE_NOOP(
                "ReplyChecks",
                "Almost the same as a recent reply ({percent}%). Canned answers are what customers notice first.",
            ),
            span=False,
        ),
        _r(
            "placeholder_unfilled",
            "template_reuse",
            "error",
            QT_TRANSLATE_NOOP("ReplyChecks", "An unfilled placeholder: {placeholder}."),
        ),
    )
}


@dataclass(frozen=True, slots=True)
class DataRules:
    """One language's data: a compiled pattern per data rule, and the word lists."""

    #: (rule id, pattern): each rule's phrases and patterns in one alternation, so rules may
    #: overlap ("conform ons beleid" is officialese and hiding behind policy).
    patterns: tuple[tuple[str, re.Pattern], ...]
    replacements: dict[str, str]  # normalised phrase -> replacement
    words: dict[str, list[str]]


def phrase_regex(phrase: str) -> str:
    """A phrase as a regex: whole words, any whitespace, either apostrophe."""
    parts = [re.escape(w).replace("'", "['\u2019]") for w in phrase.split()]
    body = r"\s+".join(parts)
    left = r"(?<!\w)" if phrase[:1].isalnum() or phrase[:1] == "_" else ""
    right = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return left + body + right


_WS = " "
_END = ""


def trie_regex(phrases) -> str:
    """One regex for many phrases, factored by shared prefixes (a trie), so the engine
    rejects a position on its first character instead of trying every phrase in turn.
    Whole words, any whitespace, either apostrophe; matching the longest phrase first."""
    root: dict = {}
    loose: list[str] = []
    for phrase in {normalise_phrase(p) for p in phrases if p.strip()}:
        if not (phrase[:1].isalnum() and phrase[-1:].isalnum()):
            loose.append(phrase_regex(phrase))
            continue
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}

    def unit(ch: str) -> str:
        if ch == _WS:
            return r"\s+"
        if ch == "'":
            return "['\u2019]"
        return re.escape(ch)

    def render(node: dict) -> str:
        alts = [unit(ch) + render(child) for ch, child in sorted(node.items()) if ch != _END]
        if not alts:
            return ""
        ending = _END in node
        if len(alts) == 1 and not ending:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if ending else body

    parts = []
    if root:
        parts.append(r"(?<!\w)" + render(root) + r"(?!\w)")
    parts += sorted(loose, key=len, reverse=True)
    return "|".join(parts) or r"(?!)"


def normalise_phrase(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


@cache
def data_rules(lang: str) -> DataRules:
    data = load_toml(f"rules/{lang}.toml")
    patterns: list[tuple[str, re.Pattern]] = []
    replacements: dict[str, str] = {}
    for block in data.get("rules", []):
        rule = RULES[block["id"]]  # a rule in the data must be registered (with a message)
        assert lang in rule.langs, (rule.id, lang)
        phrases = list(block.get("phrases", []))
        for phrase, repl in block.get("replace", {}).items():
            phrases.append(phrase)
            replacements[normalise_phrase(phrase)] = repl
        alts = [trie_regex(phrases)] if phrases else []
        alts += block.get("patterns", [])
        if alts:
            patterns.append((rule.id, re.compile("|".join(alts), re.IGNORECASE)))
    return DataRules(tuple(patterns), replacements, data.get("words", {}))


def rules_in(lang: str) -> list[Rule]:
    return [r for r in RULES.values() if lang in r.langs]
