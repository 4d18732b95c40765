"""Saved replies (snippets) with placeholders such as ``{first_name}``.

Storage comes with drafts and the outbox; the composer fills placeholders with these
helpers, and the checker flags any left unfilled (``placeholder_unfilled``, an error)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def placeholders(text: str) -> list[str]:
    """The placeholder names in a snippet, in order, each once."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(text)))


def fill(text: str, values: dict[str, str]) -> str:
    """The snippet with the known placeholders filled; unknown ones stay for the checker."""
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), text)
