"""Every rule's examples: texts that must fire it and texts that must not (tests/data)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from cmstation.compose import CheckContext, check
from cmstation.compose.rules import RULES

DATA = tomllib.loads((Path(__file__).parents[1] / "data" / "rule_examples.toml").read_text("utf-8"))
MIN_EXAMPLES = 3


def _context(lang: str, *layers: dict) -> CheckContext:
    merged: dict = {"lang": lang}
    for layer in layers:
        merged.update(layer)
    for key in ("recent_replies", "brand_words", "banned_phrases"):
        if key in merged:
            merged[key] = tuple(merged[key])
    return CheckContext(**merged)


def _items(rule_id: str, lang: str, kind: str):
    block = DATA.get(rule_id, {}).get(lang, {})
    for item in block.get(kind, []):
        if isinstance(item, str):
            item = {"text": item}
        yield item["text"], _context(lang, block.get("context", {}), item.get("context", {}))


CASES = [(r.id, lang) for r in RULES.values() for lang in r.langs]


@pytest.mark.parametrize(("rule_id", "lang"), CASES)
def test_rule_has_examples(rule_id, lang):
    fire = list(_items(rule_id, lang, "fire"))
    keep = list(_items(rule_id, lang, "pass"))
    assert len(fire) >= MIN_EXAMPLES, f"{rule_id}/{lang}: {len(fire)} texts that must fire"
    assert len(keep) >= MIN_EXAMPLES, f"{rule_id}/{lang}: {len(keep)} texts that must not fire"


@pytest.mark.parametrize(("rule_id", "lang"), CASES)
def test_rule_fires_on_its_examples(rule_id, lang):
    missed = [
        t
        for t, ctx in _items(rule_id, lang, "fire")
        if rule_id not in {f.rule for f in check(t, ctx)}
    ]
    assert missed == [], f"{rule_id}/{lang} did not fire on"


@pytest.mark.parametrize(("rule_id", "lang"), CASES)
def test_rule_stays_quiet_on_its_counter_examples(rule_id, lang):
    wrong = [
        t for t, ctx in _items(rule_id, lang, "pass") if rule_id in {f.rule for f in check(t, ctx)}
    ]
    assert wrong == [], f"{rule_id}/{lang} fired on"


def test_examples_name_only_known_rules():
    assert set(DATA) - set(RULES) == set()
    for rule_id, langs in DATA.items():
        assert set(langs) <= set(RULES[rule_id].langs), rule_id


def test_findings_index_the_text_exactly():
    for rule_id, lang in CASES:
        for kind in ("fire", "pass"):
            for text, ctx in _items(rule_id, lang, kind):
                for f in check(text, ctx):
                    assert 0 <= f.start <= f.end <= len(text)
                    assert text[f.start : f.end] == f.snippet
