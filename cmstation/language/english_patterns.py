"""English patterns, matched only where they can match: the same matches as one
:class:`~cmstation.language.patterns.PatternSet` over all of them, found faster.

The English layer has some two hundred patterns; one alternation of all of them is tried
at every word of every message. Most patterns need a word of their own to match at all
("twice", "refund", "properly"), so each pattern gets the literal strings one of which any
match must contain (read from the parsed pattern, e.g. ``{"battery", "talk", "standby"}``);
one scan of the message for all those strings tells which patterns can match, and only
those run. Which match wins where several could is PatternSet's rule: the leftmost, and at
one place the first listed of those opening with \\b, then the others in their order
(tests/language/test_sentiment.py checks the two agree).
"""

from __future__ import annotations

import re
from collections.abc import Callable

try:  # the parser of the re module (as in cmstation.language.patterns)
    from re import _parser as _sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_MIN_ANCHOR = 3  # shorter strings ("is", "to") are in nearly every message
#: the letters beyond ASCII that a case-insensitive pattern matches as ASCII ones
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


class AnchoredPatterns:
    """``(pattern, valence)`` pairs (case-insensitive) with PatternSet's ``sub``."""

    def __init__(self, items: list[tuple[str, float]]):
        self.values = [float(v) for _, v in items]
        self.regexes = [re.compile(p, re.IGNORECASE) for p, _ in items]
        # the order in which PatternSet tries the patterns at one place
        self.rank = [(0 if p.startswith("\\b") else 1, k) for k, (p, _) in enumerate(items)]
        self.always: list[int] = []
        by_anchor: dict[str, list[int]] = {}
        for k, (p, _) in enumerate(items):
            anchors = _anchors(p)
            if anchors is None:
                self.always.append(k)
            for a in anchors or ():
                by_anchor.setdefault(a, []).append(k)
        self.by_anchor = by_anchor
        # a trie of the anchors in a lookahead: at every place the longest that begins there
        self.scan = re.compile(f"(?=({_trie(by_anchor)}))") if by_anchor else None

    def __len__(self) -> int:
        return len(self.values)

    def candidates(self, text: str) -> list[int]:
        """The patterns that can match somewhere in ``text``."""
        found = set(self.always)
        if self.scan is not None:
            low = text.translate(_FOLD).lower()
            for m in self.scan.finditer(low):
                start = m.start()
                # the longest anchor here and every shorter one that begins here
                for a in self._prefixes(m.group(1)):
                    if low.startswith(a, start):
                        found.update(self.by_anchor[a])
        return sorted(found)

    def _prefixes(self, anchor: str) -> list[str]:
        by_anchor = self.by_anchor
        return [
            anchor[:n] for n in range(len(anchor), _MIN_ANCHOR - 1, -1) if anchor[:n] in by_anchor
        ]

    def sub(self, text: str, replace: Callable[[str, float], str]) -> str:
        """``text`` with every match replaced by ``replace(matched text, valence)``."""
        starts: dict[int, list[tuple[tuple[int, int], re.Match]]] = {}
        for k in self.candidates(text):
            regex, pos = self.regexes[k], 0
            while (m := regex.search(text, pos)) is not None:
                starts.setdefault(m.start(), []).append((self.rank[k], m, k))
                pos = m.start() + 1
        out: list[str] = []
        done = 0
        for start in sorted(starts):
            if start < done:
                continue
            _, m, k = min(starts[start], key=lambda t: t[0])
            if m.end() == start:  # an empty match replaces nothing here
                continue
            out.append(text[done:start])
            out.append(replace(m.group(0), self.values[k]))
            done = m.end()
        out.append(text[done:])
        return "".join(out)


def _trie(strings) -> str:
    """A regular expression matching the longest of ``strings`` that begins at a place."""
    root: dict = {}
    for string in strings:
        node = root
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")  # ends here, after its longer versions
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


def _anchors(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains, or None."""
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    return _seq_anchors(list(parsed))


def _seq_anchors(seq) -> frozenset[str] | None:
    """The first element of a sequence that must match and yields anchors."""
    run = ""
    for op, arg in seq:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg).lower()
            continue
        if len(run) >= _MIN_ANCHOR:
            return frozenset({run})
        run = ""
        found = _op_anchors(name, arg)
        if found is not None:
            return found
    return frozenset({run}) if len(run) >= _MIN_ANCHOR else None


def _op_anchors(name: str, arg) -> frozenset[str] | None:
    if name == "SUBPATTERN":
        return _seq_anchors(list(arg[-1]))
    if name == "BRANCH":
        out: set[str] = set()
        for branch in arg[1]:
            found = _seq_anchors(list(branch))
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
        return _seq_anchors(list(arg[2]))
    return None
