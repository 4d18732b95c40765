"""passive_voice: agentless passives about what the company did or will do, in Dutch and
English (which are warnings and which are hints: see resources/rules/en.toml)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cmstation.compose.builtin.text import (
    Hit,
    compiled,
    sentences,
    words_re,
)

# ---------------------------------------------------------------- passive voice


@cache
def _passive_kinds(lang: str):
    """(handling, promise, mishap, state) participles of rules/<lang>.toml, as {participle:
    [the particles that must follow, e.g. "at" for "looked at"; "" when none]}, and the
    case nouns."""
    from cmstation.compose.rules import data_rules

    w = data_rules(lang).words
    out = []
    for key in (
        "handling_participles",
        "promise_participles",
        "mishap_participles",
        "state_participles",
    ):
        table: dict[str, list[str]] = {}
        for phrase in w.get(key, []):
            head, *rest = phrase.lower().split()
            table.setdefault(head, []).append(" ".join(rest))
        out.append(table)
    return (*out, frozenset(w.get("case_nouns", [])))


def _kind(table: dict[str, list[str]], part: str, after: str) -> bool:
    """Is ``part`` (followed by ``after``) one of the table's verbs, with its particle?"""
    tails = table.get(part)
    if tails is None:
        return False
    after = " ".join(after.lower().split())
    return any(not t or after == t or after.startswith(t + " ") for t in tails)


_PRONOUNS = frozenset(
    {"it", "this", "that", "it'll", "this'll", "that'll", "it's", "that's", "het", "dit", "dat"}
)


def _passive_rule(
    lang: str,
    blamed: bool,
    part: str,
    after: str,
    tense: str,
    subject: list[str],
    question: bool,
) -> str:
    """passive_blame, passive_handling (both warnings) or passive_agentless (info); see the
    policy in rules/en.toml above handling_participles. ``subject`` is the words before the
    auxiliary (and, in Dutch, the one after it); ``tense`` is future, progressive, present or
    past."""
    handling, promise, mishap, state, case_nouns = _passive_kinds(lang)
    if blamed or _kind(mishap, part, after):
        return "passive_blame"
    if question:
        return "passive_agentless"
    case_subjects = _case_subjects(lang)
    about_case = any(w in case_subjects for w in subject)
    if about_case and tense != "present" and _kind(handling, part, after):
        return "passive_handling"
    if about_case and tense in ("future", "progressive") and _kind(promise, part, after):
        return "passive_handling"
    if _kind(state, part, after):
        if any(w in case_nouns for w in subject):
            return "passive_handling"
        # "it will be noted"; in English also "it's been logged" (a Dutch "dat is vastgelegd"
        # is as often a state)
        events = ("future", "progressive", "past") if lang == "en" else ("future", "progressive")
        if tense in events and subject and set(subject) <= _PRONOUNS:
            return "passive_handling"
    return "passive_agentless"


@cache
def _case_subjects(lang: str) -> frozenset[str]:
    from cmstation.compose.rules import data_rules

    return frozenset(data_rules(lang).words["case_subjects"])


@cache
def _nl_passive():
    from cmstation.compose.rules import data_rules

    w = data_rules("nl").words
    parts = set(w["participles"])
    for p in list(parts):
        if p.startswith("ge"):
            parts.update(pre + p for pre in w["separable_prefixes"])
    active = frozenset(w["not_passive"])
    parts -= active
    return (
        frozenset(w["passive_aux"]),
        frozenset(parts),
        frozenset(w["active_subjects"]),
        active,
    )


def _blamed(sentence: str, start: int, end: int, blame: re.Pattern) -> bool:
    """A mistake word elsewhere in the sentence (the participle itself does not count:
    "is beschadigd" describes a state, "is verkeerd verzonden" hides who erred)."""
    return any(not (start <= m.start() and m.end() <= end) for m in blame.finditer(sentence))


_NL_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[,;:()]")
_CLAUSE_BREAK = {
    ",",
    ";",
    ":",
    "(",
    ")",
    "maar",
    "want",
    "dus",
    "omdat",
    "doordat",
    "zodat",
    "die",
    "dat",
    "waardoor",
    "als",
    "toen",
    "terwijl",
    "we",
    "wij",
    "ik",
    "heb",
    "hebt",
    "heeft",
    "hebben",
    "had",
    "hadden",
}
_NL_WORDEN = {"wordt", "worden", "word"}
_NL_CAUSE = {"fout", "fouten", "foutje", "vergissing", "storing", "bug", "probleem", "misverstand"}


def passive_nl(text, ctx, lang, data) -> Iterator[Hit]:
    aux, parts, subjects, active = _nl_passive()
    blame = compiled("nl", "blame")
    for sent in sentences(text):
        toks = [
            (m.group(0).lower(), m.start() + sent.start(), m.end() + sent.start())
            for m in _NL_TOKEN.finditer(sent.group(0))
        ]
        words = [t[0] for t in toks]
        question = sent.group(0).rstrip().endswith("?")
        for i, w in enumerate(words):
            if w not in aux:
                continue
            # "wij zijn vergeten" is an active perfect; "je wordt teruggebeld" is a passive
            if w not in _NL_WORDEN and (
                (i > 0 and words[i - 1] in subjects)
                or (i + 1 < len(words) and words[i + 1] in subjects)
            ):
                continue
            j = None
            if i > 0 and words[i - 1] in parts:  # subordinate order: "... verzonden is"
                j = i - 1
            else:
                for k in range(i + 1, min(i + 9, len(words))):
                    if words[k] in _CLAUSE_BREAK or words[k] in aux:
                        break
                    if words[k] in active:  # "is beschadigd aangekomen": active perfect
                        j = None
                        break
                    if words[k] in parts:
                        j = k
                        # a later participle in the same clause is the main verb
                        continue
            if j is None:
                continue
            lo, hi = min(i, j), max(i, j)
            clause_words = words[lo : hi + 3]
            blamed = False
            if "door" in clause_words:  # the agent is named, unless it is a cause
                d = lo + clause_words.index("door")
                if not any(x in _NL_CAUSE for x in words[d + 1 : d + 4]):
                    continue
                blamed = True
            s, e = toks[lo][1], toks[hi][2]
            st = sent.start()
            blamed = blamed or _blamed(sent.group(0), toks[j][1] - st, toks[j][2] - st, blame)
            start = 0
            for k in range(i - 1, -1, -1):  # the clause before the auxiliary
                if words[k] in _CLAUSE_BREAK and words[k] not in subjects:
                    start = k + 1
                    break
            subject = words[start:i] + (words[i + 1 : i + 2] if i + 1 < j else [])
            tense = "future" if w in _NL_WORDEN else "past"
            part = words[j]
            if part == "genomen" and "behandeling" in words[lo:hi]:
                part = "behandeld"  # "is in behandeling genomen"
            if part == "opgenomen" and "contact" in words[lo:hi]:
                subject = [*subject, "contact"]  # "er wordt contact met je opgenomen"
            rule = _passive_rule("nl", blamed, part, "", tense, subject, question)
            yield (rule, s, e, None, {})


@cache
def _en_passive():
    from cmstation.compose.rules import data_rules

    w = data_rules("en").words
    pattern = re.compile(
        r"(?<![\w'])(?P<subj>(?:[\w']+\s+)?)(?P<aux>am|is|are|was|were|be|been|being|get|got|gets"
        r"|getting|'s\s+been|'ve\s+been)\s+(?P<being>(?:being|been)\s+)?(?:(?:not|never|also|just"
        r"|already|accidentally|mistakenly|incorrectly|wrongly|unfortunately|then|now|still|all"
        r"|both|quickly|properly|personally|fully|soon)\s+){0,2}"
        r"(?P<part>[a-z]+)\b(?=(?P<after>(?:\s+[\w']+){0,4}))",
        re.IGNORECASE,
    )
    return (
        pattern,
        frozenset(w["irregular_participles"]),
        frozenset(w["not_participles"]),
        words_re(w["blame_strong"]),
    )


_AGENT = re.compile(
    r"\bby\s+(?!mistake|accident|error|an?\s+(?:error|mistake|glitch|bug|fault)|now|then"
    r"|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|the\s+end|end\s+of|noon|midday|\d)",
    re.IGNORECASE,
)
_EN_SUBJECTS = {"we", "i", "we've", "i've", "we're", "i'm", "we'd", "i'd"}
_EN_FUTURE = re.compile(
    r"(?:\bwill|'ll|\u2019ll|\bshall|\bgoing\s+to|\bgonna)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def passive_en(text, ctx, lang, data) -> Iterator[Hit]:
    pattern, irregular, not_parts, blame_strong = _en_passive()
    blame = compiled("en", "blame")
    handling, promise, _, state, _ = _passive_kinds("en")
    for sent in sentences(text):
        st = sent.group(0)
        question = st.rstrip().endswith("?")
        for m in pattern.finditer(st):
            part = m.group("part").lower()
            aux = m.group("aux").lower()
            before = st[: m.start("aux")]
            if _EN_FUTURE.search(before) and aux == "be":
                tense = "future"
            elif (
                m.group("being")
                and m.group("being").lower().startswith("being")
                or (aux == "being")
            ):
                tense = "progressive"
            else:
                tense = "past" if aux not in ("am", "is", "are", "be") else "present"
            if part in not_parts:
                # "cancelled by mistake", "it'll be sorted": a state word made a passive
                after = m.group("after")
                state_ok = (
                    blame_strong.search(st)
                    or _kind(handling, part, after)
                    or _kind(state, part, after)
                    or (tense in ("future", "progressive") and _kind(promise, part, after))
                )
                if not state_ok:
                    continue
            elif not (part in irregular or (part.endswith("ed") and len(part) > 4)):
                continue
            subj = m.group("subj").strip().lower()
            if subj in _EN_SUBJECTS or (aux in ("'s been", "'ve been") and subj in ("i", "we")):
                continue
            if _AGENT.search(m.group("after")):
                continue
            s = sent.start() + m.start("aux")
            e = sent.start() + m.end("part")
            blamed = _blamed(st, m.start("part"), m.end("part"), blame)
            clauses = re.split(r"[,;:]|\b(?:and|but|so|because|when|if)\b", before.lower())
            subject: list[str] = []
            for clause in reversed(clauses):  # "it's been logged and will be dealt with"
                words = [w.replace("\u2019", "'") for w in re.findall(r"[\w'\u2019]+", clause)]
                subject = [w for w in words if w not in ("will", "shall", "has", "have")][-5:]
                if subject:
                    break
            rule = _passive_rule("en", blamed, part, m.group("after"), tense, subject, question)
            yield (rule, s, e, None, {})
