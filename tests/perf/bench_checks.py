#!/usr/bin/env python3
"""Reply-check benchmark: per-reply latency of the checker and the cold start of
``cmstation check``.

    tests/perf/bench_checks.py [--replies N] [--seed S] [--starts K]

- builds N replies (default 10,000) of realistic length (80-450 characters) by recombining
  the sentences of the labelled corpora in tests/data, half Dutch, half English, each with a
  realistic context (sign-off, the message answered, 20 recent replies, a channel);
- ``typing``: median / p99 / max of ``analyse(text, ctx)`` per reply, the way the composer
  runs it while typing (the message answered has been scored before); target median < 2 ms,
  p99 < 5 ms;
- ``typing_best_of_3``: each reply checked three times, its fastest run kept: the same
  figures with the machine's scheduling noise (other processes, preemption) taken out;
- ``typing_cpu_time``: the same replies timed in this thread's CPU time (time spent waiting
  for the CPU on a busy machine does not count);
- ``new_conversation``: the same with the sentiment of the message answered computed afresh
  each time (the first check in a conversation);
- ``cold_start``: wall time of ``python -m cmstation check TEXT`` as a process (median of K);
- if ``proselint`` is installed (it is not a dependency), runs it on the same English
  texts in this process and reports the speed ratio.

Prints figures, asserts nothing; not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cmstation.compose import (  # noqa: E402
    CheckContext,
    analyse,
    builtin,  # noqa: E402
)

DATA = ROOT / "tests" / "data"


def _corpus(lang: str) -> tuple[list[str], list[str]]:
    doc = tomllib.loads((DATA / f"reply_corpus_{lang}.toml").read_text("utf-8"))
    return [r["reply"] for r in doc["reply"]], [r["message"] for r in doc["reply"]]


def _sentences(replies: list[str]) -> list[str]:
    out = []
    for r in replies:
        r = r.replace("^Eva", "").replace("^Mark", "").strip()
        out += [s.strip() for s in builtin.SENTENCE.findall(r) if s.strip()]
    return out


def build_replies(n: int, seed: int) -> list[tuple[str, str, CheckContext]]:
    rng = random.Random(seed)
    pools = {}
    for lang in ("nl", "en"):
        replies, messages = _corpus(lang)
        pools[lang] = (_sentences(replies), messages, replies)
    out = []
    for i in range(n):
        lang = "nl" if i % 2 == 0 else "en"
        sentences, messages, replies = pools[lang]
        target = rng.randint(80, 450)
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < target:
            parts.append(rng.choice(sentences))
        text = " ".join(parts)
        if rng.random() < 0.8:
            text += " ^Eva"
        ctx = CheckContext(
            lang="auto",
            channel=rng.choice(["mastodon", "bluesky"]),
            signature="^Eva",
            register="je" if lang == "nl" else "",
            in_reply_to=rng.choice(messages),
            recent_replies=tuple(rng.sample(replies, 20)),
            brand_words=("Fietsplaats",),
        )
        out.append((lang, text, ctx))
    return out


def _stats(ns: list[int]) -> dict:
    ms = sorted(x / 1e6 for x in ns)
    return {
        "median_ms": round(statistics.median(ms), 3),
        "p99_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.99))], 3),
        "max_ms": round(ms[-1], 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def time_checker(cases, *, fresh_sentiment: bool, clock=time.perf_counter_ns) -> list[int]:
    times = []
    for _, text, ctx in cases:
        if fresh_sentiment:
            builtin.forget_messages()
        t = clock()
        analyse(text, ctx)
        times.append(clock() - t)
    return times


def time_best_of(cases, repeat: int) -> list[int]:
    best = []
    for _, text, ctx in cases:
        runs = []
        for _ in range(repeat):
            t = time.perf_counter_ns()
            analyse(text, ctx)
            runs.append(time.perf_counter_ns() - t)
        best.append(min(runs))
    return best


def cold_start(k: int) -> dict:
    text = "Uw klacht is in behandeling genomen, excuses voor het ongemak!!"
    runs = []
    for _ in range(k):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "cmstation", "check", "--signature", "^Eva", text],
            capture_output=True,
            check=False,
            cwd=ROOT,
        )
        runs.append(time.perf_counter() - t)
    base = []
    for _ in range(k):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - t)
    return {
        "median_ms": round(statistics.median(runs) * 1000, 1),
        "min_ms": round(min(runs) * 1000, 1),
        "bare_python_median_ms": round(statistics.median(base) * 1000, 1),
    }


def proselint_ratio(texts: list[str], ours_ns: list[int]) -> dict | None:
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)
    LintFile("<warm-up>", texts[0]).lint()
    times = []
    for text in texts:
        t = time.perf_counter_ns()
        LintFile("<reply>", text).lint()
        times.append(time.perf_counter_ns() - t)
    theirs = _stats(times)
    ours = _stats(ours_ns)
    return {
        "texts": len(texts),
        "proselint": theirs,
        "cmstation": ours,
        "ratio_median": round(theirs["median_ms"] / ours["median_ms"], 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--replies", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--starts", type=int, default=10)
    ap.add_argument(
        "--proselint-texts",
        type=int,
        default=1000,
        help="English texts to run proselint on (it is slow)",
    )
    args = ap.parse_args()

    cases = build_replies(args.replies, args.seed)
    lengths = [len(t) for _, t, _ in cases]
    time_checker(cases[:200], fresh_sentiment=False)  # warm-up: compile and load once
    typing = time_checker(cases, fresh_sentiment=False)
    best = time_best_of(cases, 3)
    cpu = time_checker(cases, fresh_sentiment=False, clock=time.thread_time_ns)
    fresh = time_checker(cases[: min(2000, len(cases))], fresh_sentiment=True)
    result = {
        "replies": len(cases),
        "length_chars": {"median": statistics.median(lengths), "max": max(lengths)},
        "typing": _stats(typing),
        "typing_nl": _stats(
            [t for (lang, _, _), t in zip(cases, typing, strict=True) if lang == "nl"]
        ),
        "typing_en": _stats(
            [t for (lang, _, _), t in zip(cases, typing, strict=True) if lang == "en"]
        ),
        "typing_best_of_3": _stats(best),
        "typing_cpu_time": _stats(cpu),
        "new_conversation": _stats(fresh),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "cold_start": cold_start(args.starts),
    }
    en = [(t, ns) for (lang, t, _), ns in zip(cases, typing, strict=True) if lang == "en"]
    en = en[: args.proselint_texts]
    ratio = proselint_ratio([t for t, _ in en], [ns for _, ns in en])
    result["proselint"] = ratio if ratio else "not installed (pip install proselint to compare)"
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
