"""Many regular expressions with a valence each, applied in one pass over the text."""

from __future__ import annotations

import re
from collections.abc import Callable

try:  # the parser of the re module, to read which letters a pattern can begin with
    from re import _parser as _sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]


class PatternSet:
    """``(pattern, valence)`` pairs compiled into one alternation (case-insensitive): one
    scan of the text instead of one per pattern. Where two patterns could match at the
    same place, the one listed first wins (those opening with \\b before the others).

    Patterns that open with \\b share one \\b in front of their alternation, so the engine
    tries them only where a word begins; and they are grouped by the letter they can begin
    with (a lookahead picks the group), so at a word the engine tries only the patterns
    that can begin with its first letter, in their listed order."""

    def __init__(self, items: list[tuple[str, float]]):
        self.values = [float(v) for _, v in items]
        at_word = [(k, p[2:]) for k, (p, _) in enumerate(items) if p.startswith("\\b")]
        other = [f"(?P<p{k}>{p})" for k, (p, _) in enumerate(items) if not p.startswith("\\b")]
        self._names: dict[str, int] = {f"p{k}": k for k in range(len(items))}
        parts = ([r"\b(?:" + self._dispatch(at_word) + ")"] if at_word else []) + other
        self.regex = re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)

    def _dispatch(self, patterns: list[tuple[int, str]]) -> str:
        """The alternation of ``patterns`` with a lookahead per first character."""
        starts = {k: _first_chars(p) for k, p in patterns}
        if any(s is None for s in starts.values()):
            return "|".join(f"(?P<p{k}>{p})" for k, p in patterns)
        chars = sorted(set().union(*starts.values()))
        # characters that begin the same patterns share one group
        groups: dict[tuple[int, ...], list[str]] = {}
        for c in chars:
            groups.setdefault(tuple(k for k, _ in patterns if c in starts[k]), []).append(c)
        source = dict(patterns)
        out = []
        for g, (members, cs) in enumerate(groups.items()):
            alts = []
            for k in members:
                name = f"p{k}" if all(c in cs for c in starts[k]) else f"p{k}_{g}"
                self._names[name] = k
                alts.append(f"(?P<{name}>{source[k]})")
            klass = "".join(re.escape(c) for c in cs)
            out.append(f"(?=[{klass}])(?:" + "|".join(alts) + ")")
        return "|".join(out)

    def __len__(self) -> int:
        return len(self.values)

    def sub(self, text: str, replace: Callable[[str, float], str]) -> str:
        """``text`` with every match replaced by ``replace(matched text, valence)``."""
        values = self.values
        names = self._names

        def one(m: re.Match) -> str:
            return replace(m.group(0), values[names[m.lastgroup]])

        return self.regex.sub(one, text)


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The lower-case characters a match of ``pattern`` can begin with, or None (any)."""
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    first, _ = _seq_first(list(parsed))
    return first


def _seq_first(seq) -> tuple[frozenset[str] | None, bool]:
    """(first characters, can be empty) of a parsed sequence."""
    out: set[str] = set()
    for op, arg in seq:
        first, empty = _op_first(op, arg)
        if first is None:
            return None, False
        out |= first
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _op_first(op, arg) -> tuple[frozenset[str] | None, bool]:
    name = str(op)
    if name == "LITERAL":
        return frozenset({chr(arg).lower(), chr(arg).upper()}), False
    if name == "IN":
        chars: set[str] = set()
        for iop, iarg in arg:
            iname = str(iop)
            if iname == "LITERAL":
                chars |= {chr(iarg).lower(), chr(iarg).upper()}
            elif iname == "RANGE" and iarg[1] - iarg[0] < 64:
                for code in range(iarg[0], iarg[1] + 1):
                    chars |= {chr(code).lower(), chr(code).upper()}
            elif iname == "CATEGORY" and str(iarg) == "CATEGORY_DIGIT":
                chars |= set("0123456789")
            else:
                return None, False
        return frozenset(chars), False
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset(), True
    if name == "SUBPATTERN":
        return _seq_first(list(arg[-1]))
    if name == "BRANCH":
        out: set[str] = set()
        empty = False
        for branch in arg[1]:
            first, e = _seq_first(list(branch))
            if first is None:
                return None, False
            out |= first
            empty = empty or e
        return frozenset(out), empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, _, sub = arg
        first, empty = _seq_first(list(sub))
        return first, empty or lo == 0
    return None, False
