"""What the rule functions share: the shape of a hit, words, sentences and hashtags, and
compiled word lists."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from cmstation.compose.model import CheckContext
from cmstation.compose.rules import DataRules, trie_regex

# (rule id, start, end, suggestion, params)
Hit = tuple[str, int, int, "str | None", dict]
RuleFn = Callable[[str, CheckContext, str, DataRules], Iterator[Hit]]


HASHTAG = re.compile(r"(?<![\w#&/])#[^\W\d][\w]*")
WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?]*")  # "2.1" ends no sentence


def words_re(words, flags=re.IGNORECASE) -> re.Pattern:
    return re.compile(trie_regex(words), flags)


@cache
def compiled(lang: str, key: str) -> re.Pattern:
    from cmstation.compose.rules import data_rules

    return words_re(data_rules(lang).words.get(key, []))


def sentences(text: str) -> Iterator[re.Match]:
    return SENTENCE.finditer(text)
