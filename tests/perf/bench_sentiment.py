#!/usr/bin/env python3
"""Sentiment benchmark: per-message latency of ``sentiment(text, lang)`` for Dutch and English,
and what the first call costs (the lexicons load lazily, once).

    tests/perf/bench_sentiment.py [--messages N] [--seed S]

- builds N messages per language (default 5,000) by recombining the texts of the labelled
  sets in tests/data (one to three of them per message, like a post of one to a few
  sentences);
- ``first_call``: wall time of the first ``sentiment()`` in a fresh process (import plus
  lexicon load), median of three processes;
- ``per_message``: median / p99 / max per message once loaded; target median and p99 under
  0.5 ms; ``per_message_best_of_3``: each message timed three times, its fastest run kept
  (the machine's scheduling noise taken out);
- ``triage``: the same for ``triage()`` on the message as a mention (sentiment plus cues);
- ``en_model``: English again with the trained model switched on (english_model.ENABLED,
  on by default since 2026-12-03), and the model's own probability per message.

Prints figures, asserts nothing; not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data"


def _texts(lang: str) -> list[str]:
    out = []
    for path in sorted(DATA.glob(f"sentiment_{lang}*.tsv")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append(line.split("\t", 1)[1])
    return out


def _messages(lang: str, n: int, rng: random.Random) -> list[str]:
    pool = _texts(lang)
    return [" ".join(rng.sample(pool, rng.choice((1, 1, 2, 3)))) for _ in range(n)]


def _first_call(lang: str) -> float:
    code = (
        "import time; t = time.perf_counter()\n"
        "from cmstation.language import sentiment\n"
        f"sentiment('Mijn pakket is nog steeds niet binnen' if {lang!r} == 'nl' "
        "else 'My parcel still has not arrived', " + repr(lang) + ")\n"
        "print(time.perf_counter() - t)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        )
        runs.append(float(out.stdout.strip()))
    return statistics.median(runs)


def _timings(fn, items, best_of: int = 1) -> dict:
    times = []
    for item in items:
        runs = []
        for _ in range(best_of):
            t = time.perf_counter()
            fn(item)
            runs.append((time.perf_counter() - t) * 1000)
        times.append(min(runs))
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 4),
        "p99_ms": round(times[int(len(times) * 0.99) - 1], 4),
        "max_ms": round(times[-1], 4),
        "messages": len(times),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=10)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    from cmstation.core.models import Message, MessageKind
    from cmstation.language import sentiment
    from cmstation.listening.triage import triage

    report: dict = {}
    for lang in ("nl", "en"):
        msgs = _messages(lang, args.messages, rng)
        first = _first_call(lang)
        sentiment(msgs[0], lang)  # loaded in this process too
        per = _timings(lambda t, lang=lang: sentiment(t, lang), msgs)
        best = _timings(lambda t, lang=lang: sentiment(t, lang), msgs, best_of=3)
        tri = _timings(
            lambda t, lang=lang: triage(
                Message(1, "1", t, 0, lang=lang, kind=MessageKind.MENTION), own_handles=["shop"]
            ),
            msgs,
        )
        report[lang] = {
            "first_call_s": round(first, 3),
            "per_message": per,
            "per_message_best_of_3": best,
            "triage": tri,
        }
        print(
            f"{lang}: first call {first * 1000:.0f} ms (import + lexicon); sentiment median "
            f"{per['median_ms']:.3f} ms, p99 {per['p99_ms']:.3f} ms, max {per['max_ms']:.3f} ms "
            f"(best of 3: median {best['median_ms']:.3f}, p99 {best['p99_ms']:.3f}); "
            f"triage median {tri['median_ms']:.3f} ms, p99 {tri['p99_ms']:.3f} ms "
            f"({per['messages']} messages)",
            flush=True,
        )
    from cmstation.language import english_model
    from cmstation.language.english import score

    msgs = _messages("en", args.messages, rng)
    was = english_model.ENABLED
    english_model.ENABLED = True
    try:
        sentiment(msgs[0], "en")
        on = _timings(lambda t: sentiment(t, "en"), msgs)
        m = english_model.model()
        rules = {t: score(t)[0] for t in msgs}
        alone = _timings(lambda t: m.probability(t, rules[t]), msgs)
    finally:
        english_model.ENABLED = was
    report["en_model"] = {"sentiment_with_model": on, "model_probability": alone}
    print(
        f"en with the model on: sentiment median {on['median_ms']:.3f} ms, p99 "
        f"{on['p99_ms']:.3f} ms; the model alone median {alone['median_ms']:.3f} ms, p99 "
        f"{alone['p99_ms']:.3f} ms",
        flush=True,
    )
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
