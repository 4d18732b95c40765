"""Inbox rules: an ordered list; for each new message the first enabled rule that matches
acts, and the walk stops there, unless that rule says "and continue". Never on our own
posts (``OWN_KINDS``, ``is_own``).

Conditions (all that are given must hold): words of the text (every word, as a search
takes them: case and accents ignored, anything else is plain text, a trailing ``*`` makes a
word a prefix), keywords (any of these words or phrases), language, sentiment, priority or
complaint, channel (id, name or kind), message kind (mention, reply, quote, direct...),
author handle, VIP or not, at least N followers, has a link. Actions: add labels, mark
done / ignored / spam / needs_reply, set the priority, notify.

No SQL, no Qt: :mod:`cmstation.storage.rules` keeps rules, :mod:`cmstation.listening.rules_pass`
runs them. TOML in and out: :mod:`cmstation.core.rules_toml`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from cmstation.core.authors import norm_handle
from cmstation.core.models import OWN_KINDS, MessageKind, MessageState, Priority, Sentiment

#: What a rule may set a message to.
RULE_STATES = (
    MessageState.DONE,
    MessageState.IGNORED,
    MessageState.SPAM,
    MessageState.NEEDS_REPLY,
)
#: The kinds a rule can ask for (our own kinds never reach a rule).
RULE_KINDS = tuple(k for k in MessageKind if k not in OWN_KINDS)
PRIORITIES = (Priority.LOW, Priority.NORMAL, Priority.QUESTION, Priority.COMPLAINT)

_WORD = re.compile(r"\w+\*?", re.UNICODE)
_LINK = re.compile(r"(?i)\bhttps?://|\bwww\.\w")


def fold(text: str) -> str:
    """Lower case without accents ("Één" -> "een"), as the search index compares."""
    text = text or ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of ``text`` as a search sees them (punctuation and syntax are not words)."""
    return [w.rstrip("*") for w in _WORD.findall(fold(text)) if w.rstrip("*")]


@dataclass(slots=True)
class Conditions:
    text: str = ""
    keywords: tuple[str, ...] = ()
    lang: tuple[str, ...] = ()
    sentiment: tuple[str, ...] = ()
    min_priority: int | None = None
    complaint: bool | None = None
    channels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    vip: bool | None = None
    min_followers: int | None = None
    has_link: bool | None = None

    def is_empty(self) -> bool:
        return self == Conditions()


@dataclass(slots=True)
class Actions:
    labels: tuple[str, ...] = ()
    state: str = ""
    priority: int | None = None
    notify: bool = False

    def is_empty(self) -> bool:
        return self == Actions()


@dataclass(slots=True)
class Rule:
    name: str
    when: Conditions = field(default_factory=Conditions)
    then: Actions = field(default_factory=Actions)
    and_continue: bool = False
    enabled: bool = True
    id: int | None = None
    position: int = 0


@dataclass(slots=True)
class Facts:
    """What a rule looks at in one message (storage/rules.py reads them in one query)."""

    message_id: int
    text: str = ""
    lang: str = ""
    sentiment: str = str(Sentiment.NEUTRAL)
    priority: int = Priority.NORMAL
    channel_id: int = 0
    channel_kind: str = ""
    channel_name: str = ""
    kind: str = str(MessageKind.MENTION)
    author_handle: str = ""
    vip: bool = False
    followers: int | None = None
    is_own: bool = False
    #: the text's words and their set, filled by :meth:`prepare` (once per message)
    words: list[str] | None = None
    word_set: frozenset[str] = frozenset()

    def prepare(self) -> Facts:
        if self.words is None:
            self.words = words(self.text)
            self.word_set = frozenset(self.words)
        return self


def is_own(f: Facts) -> bool:
    return f.is_own or f.kind in OWN_KINDS


Test = Callable[[Facts], bool]


def _terms(phrase: str) -> list[tuple[str, bool]]:
    raw = _WORD.findall(fold(phrase))
    return [(w.rstrip("*"), w.endswith("*")) for w in raw if w.rstrip("*")]


def _phrase_test(terms: list[tuple[str, bool]]) -> Test:
    """A word or phrase: its words in a row (a trailing * on a word: any word starting so)."""
    if len(terms) == 1:
        w = terms[0][0]
        return lambda f: any(x.startswith(w) for x in f.words)
    n = len(terms)
    plain = frozenset(t for t, p in terms if not p)

    def test(f: Facts) -> bool:
        if not plain <= f.word_set:
            return False
        ws = f.words
        for i in range(len(ws) - n + 1):
            if all(
                ws[i + j].startswith(t) if p else ws[i + j] == t for j, (t, p) in enumerate(terms)
            ):
                return True
        return False

    return test


def _any_of_test(phrases: Iterable[str]) -> Test | None:
    """Any of these words or phrases: single plain words are one set lookup together."""
    single: set[str] = set()
    others: list[Test] = []
    for phrase in phrases:
        terms = _terms(phrase)
        if len(terms) == 1 and not terms[0][1]:
            single.add(terms[0][0])
        elif terms:
            others.append(_phrase_test(terms))
    if not single and not others:
        return None
    words_any = frozenset(single)
    if not others:
        return lambda f: not words_any.isdisjoint(f.word_set)
    return lambda f: not words_any.isdisjoint(f.word_set) or any(t(f) for t in others)


def _all_words_test(text: str) -> Test | None:
    """Every word of ``text`` (as a search takes them)."""
    terms = _terms(text)
    if not terms:
        return None
    plain = frozenset(t for t, p in terms if not p)
    prefixes = [t for t, p in terms if p]
    if not prefixes:
        return lambda f: plain <= f.word_set
    return lambda f: (
        plain <= f.word_set and all(any(x.startswith(p) for x in f.words) for p in prefixes)
    )


def compile_conditions(c: Conditions) -> list[Test]:
    """The rule's tests, cheapest first."""
    tests: list[Test] = []
    if c.kinds:
        kinds = frozenset(c.kinds)
        tests.append(lambda f: f.kind in kinds)
    if c.channels:
        wanted = frozenset(fold(x).lstrip("@") for x in c.channels)
        tests.append(
            lambda f: (
                str(f.channel_id) in wanted
                or f.channel_kind in wanted
                or fold(f.channel_name).lstrip("@") in wanted
            )
        )
    if c.lang:
        langs = frozenset(c.lang)
        tests.append(lambda f: f.lang in langs)
    if c.sentiment:
        moods = frozenset(c.sentiment)
        tests.append(lambda f: f.sentiment in moods)
    if c.min_priority is not None:
        tests.append(lambda f: f.priority >= c.min_priority)
    if c.complaint is not None:
        tests.append(lambda f: (f.priority >= Priority.COMPLAINT) == c.complaint)
    if c.vip is not None:
        tests.append(lambda f: f.vip == c.vip)
    if c.min_followers is not None:
        tests.append(lambda f: f.followers is not None and f.followers >= c.min_followers)
    if c.authors:
        handles = frozenset(norm_handle(a) for a in c.authors)
        tests.append(lambda f: norm_handle(f.author_handle) in handles)
    if c.has_link is not None:
        tests.append(lambda f: bool(_LINK.search(f.text or "")) == c.has_link)
    if c.text.strip():
        t = _all_words_test(c.text)
        tests.append(t if t else lambda f: False)  # only punctuation: nothing matches
    if c.keywords:
        t = _any_of_test(c.keywords)
        tests.append(t if t else lambda f: False)
    return tests


def gate_words(c: Conditions) -> frozenset[str] | None:
    """Words of which a message must hold at least one for the rule to match (None: no such
    words); lets a pass skip most word rules with one look-up per word of the message."""
    text = [t for t, prefix in _terms(c.text) if not prefix] if c.text.strip() else []
    if text:
        return frozenset(text[:1])  # every word is needed: any one of them is a gate
    if c.keywords:
        gate: set[str] = set()
        for phrase in c.keywords:
            plain = [t for t, prefix in _terms(phrase) if not prefix]
            if not plain:
                return None  # a prefix-only keyword: no gate
            gate.add(plain[0])
        return frozenset(gate)
    return None


class CompiledRules:
    """Rules ready to run on many messages (compile once per pass)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = [r for r in rules if r.enabled]
        self._tests = [compile_conditions(r.when) for r in self.rules]
        self._continue = [r.and_continue for r in self.rules]
        self._always: list[int] = []
        self._by_word: dict[str, list[int]] = {}
        for i, r in enumerate(self.rules):
            gate = gate_words(r.when)
            if gate is None:
                self._always.append(i)
            else:
                for w in gate:
                    self._by_word.setdefault(w, []).append(i)

    def __bool__(self) -> bool:
        return bool(self.rules)

    def _candidates(self, f: Facts) -> list[int]:
        found = set(self._always)
        by_word = self._by_word
        for w in f.word_set:
            hit = by_word.get(w)
            if hit:
                found.update(hit)
        return sorted(found)

    def matching(self, f: Facts) -> list[int]:
        """Indexes (into ``self.rules``) of the rules that act on this message, in order.
        Only rules the message's words can satisfy are tried (skipping the others changes
        nothing: they could not match)."""
        if is_own(f):
            return []
        f.prepare()
        out: list[int] = []
        for i in self._candidates(f):
            for t in self._tests[i]:
                if not t(f):
                    break
            else:
                out.append(i)
                if not self._continue[i]:
                    break
        return out


@dataclass(slots=True)
class Plan:
    """What a pass will do: per rule (in order), the messages it acts on."""

    rules: list[Rule]
    by_rule: list[list[int]]
    #: every message some rule matched, once
    matched: list[int]

    def count_for(self, name: str) -> int:
        return sum(
            len(ids) for r, ids in zip(self.rules, self.by_rule, strict=True) if r.name == name
        )


def plan(compiled: CompiledRules, facts: Sequence[Facts]) -> Plan:
    by_rule: list[list[int]] = [[] for _ in compiled.rules]
    matched: list[int] = []
    for f in facts:
        hits = compiled.matching(f)
        if hits:
            matched.append(f.message_id)
            for i in hits:
                by_rule[i].append(f.message_id)
    return Plan(compiled.rules, by_rule, matched)
