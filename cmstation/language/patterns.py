"""Many regular expressions with a valence each, applied in one pass over the text."""

from __future__ import annotations

import re
from collections.abc import Callable


class PatternSet:
    """``(pattern, valence)`` pairs compiled into one alternation (case-insensitive): one
    scan of the text instead of one per pattern. Where two patterns could match at the
    same place, the one listed first wins."""

    def __init__(self, items: list[tuple[str, float]]):
        self.values = [float(v) for _, v in items]
        alternation = "|".join(f"(?P<p{k}>{p})" for k, (p, _) in enumerate(items))
        self.regex = re.compile(alternation or r"(?!x)x", re.IGNORECASE)

    def __len__(self) -> int:
        return len(self.values)

    def sub(self, text: str, replace: Callable[[str, float], str]) -> str:
        """``text`` with every match replaced by ``replace(matched text, valence)``."""
        values = self.values

        def one(m: re.Match) -> str:
            return replace(m.group(0), values[int(m.lastgroup[1:])])

        return self.regex.sub(one, text)
