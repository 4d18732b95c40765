"""Figures of the negative gate on the labelled sets in tests/data (sentiment_<name>.tsv).

Run ``python tests/language/sentiment_figures.py`` to print them for every set, for the
sentiment label alone and for triage's complaint decision. ``--misses`` prints the wrong
items of the TUNING sets only: the held-out sets (names with "heldout") never show their
items, so nobody tunes on them by accident; ``--tuning`` leaves the held-out sets out
altogether (not even their aggregate figures).

The negative gate is what matters: a complaint that is not found waits behind praise.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from cmstation.core.models import Message, MessageKind, Priority, Sentiment
from cmstation.language import sentiment

DATA = Path(__file__).resolve().parents[1] / "data"

#: The sets, by name (sentiment_<name>.tsv); the language is the part before "_".
TUNING = ("nl", "en")
HELD_OUT = (
    "nl_heldout_v3",
    "en_heldout_v3",
    "nl_heldout_v4",
    "en_heldout_v4",
    "en_heldout_v5",
    "nl_heldout_v5",
    "en_heldout_v6",
)
OLDER = ("nl_holdout", "en_holdout", "nl_heldout_v2", "en_heldout_v2")


def load(name: str) -> list[tuple[Sentiment, str]]:
    rows = []
    for line in (DATA / f"sentiment_{name}.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        rows.append((Sentiment(label), text))
    return rows


@dataclass(frozen=True)
class Figures:
    """The negative gate on one set: counts and the rates made of them."""

    items: int
    negatives: int
    positives: int
    found: int  # true negatives flagged
    false_alarms: int  # non-negatives flagged
    positives_flagged: int  # positives flagged (the worst false alarm)
    correct: int  # label equal (for sentiment), for accuracy

    @property
    def recall(self) -> float:
        return self.found / self.negatives if self.negatives else 1.0

    @property
    def precision(self) -> float:
        flagged = self.found + self.false_alarms
        return self.found / flagged if flagged else 1.0

    @property
    def positives_flagged_rate(self) -> float:
        return self.positives_flagged / self.positives if self.positives else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.items if self.items else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name:>16}: {self.items:3d} items, negatives found {self.found}/{self.negatives}"
            f" = recall {self.recall:.3f}, precision {self.precision:.3f}"
            f" ({self.false_alarms} false alarms), positives flagged"
            f" {self.positives_flagged}/{self.positives} = {self.positives_flagged_rate:.3f},"
            f" accuracy {self.accuracy:.3f}"
        )


def _figures(rows, flagged_and_label) -> tuple[Figures, list]:
    counts: Counter = Counter()
    wrong = []
    for label, text in rows:
        flagged, got = flagged_and_label(text)
        negative = label == Sentiment.NEGATIVE
        counts["items"] += 1
        counts["negatives"] += negative
        counts["positives"] += label == Sentiment.POSITIVE
        counts["found"] += flagged and negative
        counts["false_alarms"] += flagged and not negative
        counts["positives_flagged"] += flagged and label == Sentiment.POSITIVE
        counts["correct"] += got == label
        if got != label:
            wrong.append((label, got, text))
    return Figures(**{k: counts[k] for k in Figures.__dataclass_fields__}), wrong


def lang_of(name: str) -> str:
    return name.split("_")[0]


def sentiment_figures(name: str) -> tuple[Figures, list]:
    """The sentiment label: flagged when it is negative."""
    lang = lang_of(name)

    def judge(text):
        got = sentiment(text, lang).label
        return got == Sentiment.NEGATIVE, got

    return _figures(load(name), judge)


def triage_figures(name: str) -> tuple[Figures, list]:
    """Triage's decision on the text as a mention: flagged when it is a complaint."""
    from cmstation.listening.triage import triage

    lang = lang_of(name)

    def judge(text):
        m = triage(Message(1, "1", text, 0, lang=lang, kind=MessageKind.MENTION))
        return m.priority == Priority.COMPLAINT, m.sentiment

    return _figures(load(name), judge)


def main(argv: list[str]) -> int:
    misses = "--misses" in argv
    # --tuning: the tuning sets alone, for tuning without seeing held-out figures at all
    names = TUNING if "--tuning" in argv else (*HELD_OUT, *TUNING, *OLDER)
    for title, measure in (("sentiment", sentiment_figures), ("triage", triage_figures)):
        print(f"{title} (negative gate)")
        for name in names:
            figures, wrong = measure(name)
            print(figures.line(name))
            if misses and "heldout" not in name and "holdout" not in name:
                for label, got, text in wrong:
                    print(f"{'':>18}expected {label}, got {got}: {text}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    raise SystemExit(main(sys.argv[1:]))
