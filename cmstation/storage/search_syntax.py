"""Turning whatever a person types into a safe FTS5 query, and the filters it may hold
(``label:refund``, ``label:"geld terug"``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
#: ``label:name`` or ``label:"a name"`` (a doubled quote inside quotes is one quote)
_LABEL = re.compile(r'(?<!\S)label:(?:"((?:[^"]|"")*)"|([^\s"]+))', re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ParsedSearch:
    #: what is left for the full-text index
    text: str
    #: label names the messages must all carry (compared without regard to case)
    labels: tuple[str, ...] = ()


def parse_search(text: str) -> ParsedSearch:
    """The ``label:`` terms of a search and the rest of its text."""
    labels: list[str] = []

    def take(m: re.Match) -> str:
        name = m.group(1).replace('""', '"') if m.group(1) is not None else m.group(2)
        if name.strip():
            labels.append(name.strip())
        return " "

    rest = _LABEL.sub(take, text or "")
    return ParsedSearch(" ".join(rest.split()), tuple(dict.fromkeys(labels)))


def label_term(name: str) -> str:
    """The search term that finds messages with the label ``name`` (quoted when needed)."""
    if name and not re.search(r'[\s"]', name):
        return f"label:{name}"
    return 'label:"' + name.replace('"', '""') + '"'


def fts_query(text: str) -> str:
    """Every word becomes a quoted term (AND-ed); the last one matches as a prefix.

    Quotes, ``AND``/``OR``/``NOT``, ``*``, ``:`` and parentheses are treated as text,
    so no input can be a syntax error; ``label:`` terms are filters, not words (see
    :func:`parse_search`). Returns "" when there is nothing to search.
    """
    text = parse_search(text).text
    words = _TOKEN.findall(text or "")
    if not words:
        return ""
    terms = ['"' + w.replace('"', '""') + '"' for w in words]
    if text.rstrip() and text.rstrip()[-1].isalnum():
        terms[-1] += "*"
    return " ".join(terms)
