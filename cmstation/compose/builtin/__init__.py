"""The rules a word list cannot say, as small functions, one module per kind of rule
(form, links, tone, passive, private), and the registry the checker reads.

Each function takes (text, ctx, lang, data) and yields findings (rule id, start, end,
suggestion, params). The checker turns those into Finding objects; see checker.py.
"""

from __future__ import annotations

from cmstation.compose.builtin.form import (
    hashtag_spam,
    no_signature,
    placeholder_unfilled,
    register_mix,
    register_profile,
    shouting_caps,
    shouting_punctuation,
    signoff_glued,
    template_repeat,
    too_long,
)
from cmstation.compose.builtin.links import link_bare, link_faq_filter
from cmstation.compose.builtin.passive import passive_en, passive_nl
from cmstation.compose.builtin.private import private_ask, private_shown
from cmstation.compose.builtin.text import SENTENCE, RuleFn
from cmstation.compose.builtin.tone import defensive_prefix, forget_messages, no_empathy

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
    signoff_glued,
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

__all__ = ["FILTERS", "FUNCTIONS", "SENTENCE", "forget_messages"]
