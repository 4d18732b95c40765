"""Sentiment is measured on labelled customer messages (tests/data/sentiment_<lang>.tsv)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from cmstation.core.models import Sentiment
from cmstation.language import sentiment

DATA = Path(__file__).parents[1] / "data"
#: A little below what this implementation reaches; a regression below it fails.
#: The tuning sets grew to 300+ items for issue 10; before its rule changes the code
#: reached nl 0.810 (negative recall 0.669, precision 0.978) and en 0.792 (0.644 / 0.935).
FLOOR = {"en": 0.78, "nl": 0.80, "en_holdout": 0.85, "nl_holdout": 0.90}


def _load(lang: str) -> list[tuple[Sentiment, str]]:
    rows = []
    for line in (DATA / f"sentiment_{lang}.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        rows.append((Sentiment(label), text))
    return rows


def _measure(name: str):
    """(accuracy, negative precision, negative recall, wrong items) on one labelled set."""
    lang = name.split("_")[0]
    rows = _load(name)
    confusion: Counter = Counter()
    wrong = []
    for label, text in rows:
        got = sentiment(text, lang).label
        confusion[(label, got)] += 1
        if got != label:
            wrong.append((label, got, text))
    accuracy = sum(v for (a, b), v in confusion.items() if a == b) / len(rows)
    tp = confusion[(Sentiment.NEGATIVE, Sentiment.NEGATIVE)]
    pred_neg = sum(v for (_, b), v in confusion.items() if b == Sentiment.NEGATIVE)
    true_neg = sum(v for (a, _), v in confusion.items() if a == Sentiment.NEGATIVE)
    precision = tp / pred_neg if pred_neg else 1.0
    return accuracy, precision, tp / true_neg, wrong


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_labelled_set_is_big_enough(lang):
    rows = _load(lang)
    assert len(rows) >= 300
    assert set(Counter(label for label, _ in rows)) == set(Sentiment)


@pytest.mark.parametrize("name", ["en", "nl", "en_holdout", "nl_holdout"])
def test_accuracy_on_labelled_customer_messages(name, capsys):
    """The main sets were used to build the lexicons. The first held-out sets were not, until
    they were superseded by the v2 sets below (the 2026-11-23 tuning studied them)."""
    rows = _load(name)
    accuracy, precision, recall, wrong = _measure(name)
    # the negative gate (no_empathy) is what matters most: report its precision/recall too
    with capsys.disabled():
        print(
            f"\nsentiment {name}: accuracy {accuracy:.3f} on {len(rows)} messages; "
            f"negative gate precision {precision:.3f} recall {recall:.3f}"
        )
        for label, got, text in wrong:
            print(f"  expected {label}, got {got}: {text}")
    assert accuracy >= FLOOR[name]


#: Held-out v2 (sentiment_<lang>_heldout_v2.tsv): written before the 2026-11-23 tuning and
#: never tuned on. Only the aggregate figures are printed, so tuning cannot peek at items.
#: The floors sit a little below what the implementation reaches.
#: Reached on 2026-11-23: en 0.803 / 0.944 / 0.739, nl 0.864 / 0.947 / 0.783 (accuracy,
#: negative precision, negative recall); before that day's tuning nl was 0.833 / 0.941 / 0.696.
HELDOUT_V2_FLOOR = {
    "en": {"accuracy": 0.77, "precision": 0.88, "recall": 0.69},
    "nl": {"accuracy": 0.83, "precision": 0.88, "recall": 0.73},
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_held_out_v2(lang, capsys):
    name = f"{lang}_heldout_v2"
    rows = _load(name)
    assert len(rows) >= 60
    assert sum(label == Sentiment.NEGATIVE for label, _ in rows) >= len(rows) // 4
    accuracy, precision, recall, _ = _measure(name)
    with capsys.disabled():
        print(
            f"\nsentiment {name}: accuracy {accuracy:.3f} on {len(rows)} messages; "
            f"negative gate precision {precision:.3f} recall {recall:.3f}"
        )
    floor = HELDOUT_V2_FLOOR[lang]
    assert accuracy >= floor["accuracy"]
    assert precision >= floor["precision"]
    assert recall >= floor["recall"]


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Dat is niet goed.", "nl", Sentiment.NEGATIVE),
        ("Geen probleem, hoor!", "nl", Sentiment.POSITIVE),
        ("Heel erg boos!", "nl", Sentiment.NEGATIVE),
        (
            "Het eten was prima maar de bediening was traag en onvriendelijk",
            "nl",
            Sentiment.NEGATIVE,
        ),
        # negation at the end of the clause, patterns, irony, concession
        ("Tevreden ben ik niet.", "nl", Sentiment.NEGATIVE),
        ("Lekker was het niet, die soep", "nl", Sentiment.NEGATIVE),
        ("Valt me echt tegen van jullie", "nl", Sentiment.NEGATIVE),
        ("Valt best niet tegen eigenlijk!", "nl", Sentiment.POSITIVE),
        ("Ik wacht al drie weken op mijn fiets", "nl", Sentiment.NEGATIVE),
        ("Voor de vierde keer een verkeerde maat gekregen", "nl", Sentiment.NEGATIVE),
        ("Ik heb al 5x gebeld over mijn retour", "nl", Sentiment.NEGATIVE),
        ("Echt geweldig geregeld weer 🙃", "nl", Sentiment.NEGATIVE),
        ("Onze tafel was weggegeven terwijl we op tijd waren", "nl", Sentiment.NEGATIVE),
        ("Hoewel het druk was, werden we heel snel geholpen", "nl", Sentiment.POSITIVE),
        ("Vind het te gek dat jullie dit doen", "nl", Sentiment.POSITIVE),
        ("Niet echt tevreden over de bezorging", "nl", Sentiment.NEGATIVE),
        ("Hoeveel dagen duurt de levering naar Gent?", "nl", Sentiment.NEUTRAL),
        ("Is het lastig om een bakfiets te huren?", "nl", Sentiment.NEUTRAL),
        ("It is not good.", "en", Sentiment.NEGATIVE),
        ("Still waiting for my refund.", "en", Sentiment.NEGATIVE),
        ("", "", Sentiment.NEUTRAL),
    ],
)
def test_negation_intensifiers_and_contrast(text, lang, label):
    assert sentiment(text, lang).label == label


def test_stacked_question_marks_strengthen_a_complaint():
    plain = sentiment("Waarom is mijn bestelling geannuleerd zonder bericht?", "nl").score
    stacked = sentiment("Waarom is mijn bestelling geannuleerd zonder bericht???", "nl").score
    assert -1.0 <= stacked < plain < 0


def test_score_is_bounded_and_stronger_with_boosters():
    plain = sentiment("Ik ben boos", "nl").score
    boosted = sentiment("Ik ben heel erg boos!!", "nl").score
    assert -1.0 <= boosted < plain < 0


#: Held-out v3 (sentiment_<lang>_heldout_v3.tsv, see tests/data/sentiment_heldout_v3.md):
#: written before the issue-10 work and never tuned on; only aggregates are printed.
#: Baseline at a7dea32 (before issue 10), negatives found / precision / positives flagged:
#: nl 36/70 = 0.514 / 0.900 / 3 of 80; en 30/70 = 0.429 / 0.857 / 5 of 100.
#: The floors are counts, pinned within a couple of items of what is measured.
HELDOUT_V3_FLOOR = {
    "nl": {"found": 35, "false_alarms": 5, "positives_flagged": 4},
    "en": {"found": 29, "false_alarms": 6, "positives_flagged": 6},
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_held_out_v3_negative_gate(lang, capsys):
    from sentiment_figures import sentiment_figures

    name = f"{lang}_heldout_v3"
    figures, _ = sentiment_figures(name)  # the misses stay unread
    with capsys.disabled():
        print("\n" + figures.line(name))
    assert figures.items >= 150 and figures.negatives >= 60 and figures.positives >= 60
    floor = HELDOUT_V3_FLOOR[lang]
    assert figures.found >= floor["found"]
    assert figures.false_alarms <= floor["false_alarms"]
    assert figures.positives_flagged <= floor["positives_flagged"]
