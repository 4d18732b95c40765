"""Turning whatever a person types into a safe FTS5 query."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Every word becomes a quoted term (AND-ed); the last one matches as a prefix.

    Quotes, ``AND``/``OR``/``NOT``, ``*``, ``:`` and parentheses are treated as text,
    so no input can be a syntax error. Returns "" when there is nothing to search.
    """
    words = _TOKEN.findall(text or "")
    if not words:
        return ""
    terms = ['"' + w.replace('"', '""') + '"' for w in words]
    if text.rstrip() and text.rstrip()[-1].isalnum():
        terms[-1] += "*"
    return " ".join(terms)
