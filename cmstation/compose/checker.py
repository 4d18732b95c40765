"""The reply checker: ``check(text, context) -> list[Finding]``, ``score(findings)`` and
``apply_suggestion(text, finding)``. Pure Python, no Qt, no SQL; fast enough to run on
every pause in typing (see tests/perf/bench_checks.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from cmstation.compose.builtin import FILTERS, FUNCTIONS
from cmstation.compose.model import CheckContext, CheckResult, Finding, Severity
from cmstation.compose.rules import CTX, RULES, data_rules, normalise_phrase, trie_regex
from cmstation.core.i18n import Text
from cmstation.language import detect_language

_DEFAULT = CheckContext()

#: What one finding costs the human-voice score, by severity; repeats in a category cost half.
PENALTY = {Severity.INFO: 3, Severity.WARNING: 12, Severity.ERROR: 30}


def resolve_lang(text: str, ctx: CheckContext) -> str:
    if ctx.lang in ("nl", "en"):
        return ctx.lang
    return detect_language(text) or detect_language(ctx.in_reply_to) or "en"


def check(text: str, context: CheckContext | None = None) -> list[Finding]:
    """All findings for ``text`` (as it will be posted), sorted by position."""
    return list(analyse(text, context).findings)


def analyse(text: str, context: CheckContext | None = None) -> CheckResult:
    """The findings, the language used and the human-voice score."""
    ctx = context or _DEFAULT
    lang = resolve_lang(text, ctx)
    data = data_rules(lang)
    findings: list[Finding] = []

    for rule_id, pattern in data.patterns:
        for m in pattern.finditer(text):
            s, e = m.span()
            filt = FILTERS.get(rule_id)
            if filt and not filt(text, ctx, s, e):
                continue
            repl = data.replacements.get(normalise_phrase(m.group(0)))
            if repl and m.group(0)[:1].isupper():
                repl = repl[:1].upper() + repl[1:]
            findings.append(_finding(rule_id, s, e, repl, {}, text))
    if ctx.banned_phrases:
        for m in _custom_pattern(tuple(ctx.banned_phrases)).finditer(text):
            findings.append(_finding("custom_phrase", m.start(), m.end(), None, {}, text))
    for fn in FUNCTIONS[lang]:
        for rule_id, s, e, repl, params in fn(text, ctx, lang, data):
            findings.append(_finding(rule_id, s, e, repl, params, text))

    if ctx.brand_words:
        brands = [m.span() for m in _custom_pattern(tuple(ctx.brand_words)).finditer(text)]
        if brands:
            findings = [
                f
                for f in findings
                if not (
                    RULES[f.rule].span and any(f.start < be and bs < f.end for bs, be in brands)
                )
            ]
    if ctx.private:
        findings = [f for f in findings if f.category != "private_data"]
    if ctx.own_post:
        heavier = {Severity.INFO: Severity.WARNING, Severity.WARNING: Severity.ERROR}
        findings = [
            replace(f, severity=heavier.get(f.severity, f.severity))
            if f.category == "sales_push"
            else f
            for f in findings
        ]
    if ctx.dismissed:
        findings = [f for f in findings if f.key not in ctx.dismissed]
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return CheckResult(lang=lang, findings=tuple(findings), score=score(findings))


def _finding(rule_id: str, s: int, e: int, repl, params: dict, text: str) -> Finding:
    rule = RULES[rule_id]
    return Finding(
        category=rule.category,
        rule=rule_id,
        severity=rule.severity,
        start=s,
        end=e,
        message=Text(CTX, rule.message, params),
        suggestion=repl,
        snippet=text[s:e],
    )


@lru_cache(maxsize=32)
def _custom_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    return re.compile(trie_regex(phrases), re.IGNORECASE)


def score(findings: Iterable[Finding]) -> int:
    """The human-voice score, 0-100: 100 is a reply with nothing to remark."""
    total = 0.0
    seen: dict[str, int] = {}
    for f in sorted(findings, key=lambda f: -f.severity.rank):
        n = seen.get(f.category, 0)
        total += PENALTY[f.severity] * (1.0 if n == 0 else 0.5)
        seen[f.category] = n + 1
    return max(0, round(100 - total))


class StaleFinding(ValueError):
    """The text changed under the finding; check again before applying."""


def apply_suggestion(text: str, finding: Finding) -> str:
    """The text with the finding's suggestion in place of its span."""
    if finding.suggestion is None:
        raise ValueError(f"{finding.rule} has no suggestion to apply")
    if text[finding.start : finding.end] != finding.snippet:
        raise StaleFinding(f"the text at {finding.start}-{finding.end} changed")
    return text[: finding.start] + finding.suggestion + text[finding.end :]
