"""The labelled reply corpus (tests/data/reply_corpus_<lang>.toml): per-category precision
and recall of the checker against what a careful reviewer flags.

Findings count at warning level and above: an ``info`` finding is a hint by design (the
rule cannot be sure), not a claim that the reply is flawed. The info-inclusive figures
are printed as well."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from cmstation.compose import CATEGORIES, CheckContext, Severity, analyse

DATA = Path(__file__).parents[1] / "data"
LANGS = ("en", "nl")


def _replies(name: str):
    """Each labelled reply in tests/data/<name>.toml, with the file's defaults filled in:
    (the item as written, the item over the defaults)."""
    doc = tomllib.loads((DATA / f"{name}.toml").read_text("utf-8"))
    defaults = doc.get("defaults", {})
    for item in doc["reply"]:
        yield item, {**defaults, **item}


def _context(opts: dict) -> CheckContext:
    return CheckContext(
        lang="auto",
        channel=opts.get("channel", ""),
        signature=opts.get("signature", ""),
        register=opts.get("register", ""),
        in_reply_to=opts["message"],
        recent_replies=tuple(opts.get("recent", ())),
        brand_words=tuple(opts.get("brand_words", ())),
    )


def _corpus(lang: str):
    for item, opts in _replies(f"reply_corpus_{lang}"):
        yield item["reply"], _context(opts), set(item["expect"])


def _holdout():
    for item, opts in _replies("reply_corpus_holdout"):
        yield opts["lang"], item["reply"], _context(opts), set(item["expect"])


def _predict(text, ctx, min_rank):
    result = analyse(text, ctx)
    return result, {f.category for f in result.findings if f.severity.rank >= min_rank}


def _evaluate(min_rank: int):
    tp, fp, fn = Counter(), Counter(), Counter()
    errors = []
    langs_ok = 0
    total = 0
    for lang in LANGS:
        for text, ctx, expected in _corpus(lang):
            total += 1
            result, got = _predict(text, ctx, min_rank)
            langs_ok += result.lang == lang
            for c in got & expected:
                tp[c] += 1
            for c in got - expected:
                fp[c] += 1
            for c in expected - got:
                fn[c] += 1
            if got != expected:
                errors.append((lang, text, sorted(expected - got), sorted(got - expected)))
    return tp, fp, fn, errors, total, langs_ok


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def test_corpus_is_big_and_covers_every_category():
    counts = {lang: sum(1 for _ in _corpus(lang)) for lang in LANGS}
    assert sum(counts.values()) >= 150
    assert min(counts.values()) >= 60
    for lang in LANGS:
        expected = set().union(*(e for _, _, e in _corpus(lang)))
        assert expected <= set(CATEGORIES)
        clean = sum(1 for _, _, e in _corpus(lang) if not e)
        assert clean >= 30, f"{lang}: too few good replies ({clean})"
    for lang in LANGS:
        covered = set().union(*(e for _, _, e in _corpus(lang)))
        assert covered == set(CATEGORIES), lang


@pytest.mark.parametrize("level", [Severity.WARNING, Severity.INFO])
def test_precision_and_recall_per_category(level, capsys):
    tp, fp, fn, errors, total, langs_ok = _evaluate(level.rank)
    lines = [
        f"\nreply corpus: {total} replies, findings at {level} and above; "
        f"language detected right for {langs_ok}/{total}",
        f"{'category':<18}{'tp':>4}{'fp':>4}{'fn':>4}{'precision':>11}{'recall':>8}",
    ]
    for c in CATEGORIES:
        if tp[c] + fp[c] + fn[c] == 0:
            continue
        lines.append(
            f"{c:<18}{tp[c]:>4}{fp[c]:>4}{fn[c]:>4}"
            f"{_ratio(tp[c], tp[c] + fp[c]):>11.2f}{_ratio(tp[c], tp[c] + fn[c]):>8.2f}"
        )
    t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision, recall = _ratio(t, t + f_p), _ratio(t, t + f_n)
    lines.append(f"{'micro':<18}{t:>4}{f_p:>4}{f_n:>4}{precision:>11.2f}{recall:>8.2f}")
    if level == Severity.WARNING:
        lines.append("disagreements (lang, missed, extra, reply):")
        lines += [f"  {lang} missed={m} extra={x}: {text}" for lang, text, m, x in errors]
    with capsys.disabled():
        print("\n".join(lines))
    if level == Severity.WARNING:
        assert precision >= 0.90
        assert recall >= 0.85


#: The first held-out replies: never tuned against until 2026-11-23, when their misses were
#: studied and the defensive rules extended; the defensive category's honest estimate is now
#: tests/data/reply_defensive_heldout_v2.toml (test_defensive_heldout_v2.py).
HOLDOUT_FLOOR = {"precision": 0.85, "recall": 0.75}


def test_held_out_replies(capsys):
    tp = fp = fn = 0
    lines = []
    n = 0
    for lang, text, ctx, expected in _holdout():
        n += 1
        _, got = _predict(text, ctx, Severity.WARNING.rank)
        tp += len(got & expected)
        fp += len(got - expected)
        fn += len(expected - got)
        if got != expected:
            lines.append(
                f"  {lang} missed={sorted(expected - got)} extra={sorted(got - expected)}: {text}"
            )
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    with capsys.disabled():
        print(
            f"\nheld-out replies: {n}; tp {tp} fp {fp} fn {fn}; "
            f"micro precision {precision:.2f} recall {recall:.2f}"
        )
        print("\n".join(lines))
    assert precision >= HOLDOUT_FLOOR["precision"]
    assert recall >= HOLDOUT_FLOOR["recall"]
