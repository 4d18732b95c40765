from __future__ import annotations

import pytest
from listening_fakes import msg

from cmstation.core.models import MessageKind, MessageState, Priority, Sentiment
from cmstation.listening.triage import is_likely_spam, is_own_handle, is_question, triage


@pytest.mark.parametrize(
    "text, lang, priority, state",
    [
        (
            "Mijn bestelling is kapot aangekomen, echt belachelijk.",
            "nl",
            Priority.COMPLAINT,
            MessageState.NEEDS_REPLY,
        ),
        (
            "Still waiting for my refund after three weeks. Unacceptable.",
            "en",
            Priority.COMPLAINT,
            MessageState.NEEDS_REPLY,
        ),
        ("Hoe laat gaan jullie zaterdag open", "nl", Priority.QUESTION, MessageState.NEEDS_REPLY),
        ("Do you repair cargo bikes as well?", "en", Priority.QUESTION, MessageState.NEEDS_REPLY),
        ("Wat een fantastische service, dank jullie wel!", "nl", Priority.NORMAL, MessageState.NEW),
        ("Thanks so much, the bike rides beautifully!", "en", Priority.NORMAL, MessageState.NEW),
    ],
)
def test_priority_and_state_of_mentions(text, lang, priority, state):
    m = triage(msg(1, "1", text))
    assert (m.lang, m.priority, m.state) == (lang, priority, state)


def test_complaints_rank_above_questions_above_the_rest():
    assert Priority.COMPLAINT > Priority.QUESTION > Priority.NORMAL > Priority.LOW
    m = triage(msg(1, "1", "Waarom is mijn fiets nog steeds niet geleverd? Belachelijk."))
    assert m.priority == Priority.COMPLAINT and m.sentiment == Sentiment.NEGATIVE


def test_search_hits_and_feed_items_never_need_a_reply():
    for kind in (MessageKind.SEARCH_HIT, MessageKind.FEED_ITEM):
        m = triage(msg(1, "1", "Waarom is deze winkel zo slecht?", kind=kind))
        assert m.priority == Priority.COMPLAINT and m.state == MessageState.NEW


def test_own_posts_never_need_a_reply():
    m = triage(
        msg(1, "1", "Hoe gaat het met jullie fiets?", handle="shop"),
        own_handles=["@shop@m.example"],
    )
    assert m.is_own and m.state == MessageState.NEW and m.priority == Priority.LOW
    assert is_own_handle("SHOP@m.example", ["shop@m.example"])
    assert not is_own_handle("shop@other.example", ["shop@m.example"])
    assert not is_own_handle("", ["shop@m.example"])


@pytest.mark.parametrize(
    "text, spam",
    [
        ("Buy followers now, 1000 for $5", True),
        ("Koop volgers, snel en goedkoop", True),
        ("Crypto giveaway! Send BTC and double your bitcoin", True),
        ("Huge discount at https://deals.example.shop click here", True),
        ("50% korting via https://example.com/actie", True),
        ("Is er korting voor studenten?", False),  # a sales word without a link
        ("Zie https://fietsen.example.nl/blog voor onze route", False),  # a link without sales
        ("Mijn fietspomp is kapot", False),
    ],
)
def test_likely_spam(text, spam):
    assert is_likely_spam(text) is spam
    m = triage(msg(1, "1", text))
    assert (m.state == MessageState.SPAM) is spam


def test_question_words_count_at_sentence_starts_only():
    assert is_question("@shop hoe laat sluiten jullie")
    assert is_question("Leuk. Wanneer komt de nieuwe collectie")
    assert not is_question("Ik weet hoe het moet")
    assert not is_question("I know what you mean")


def test_network_language_is_kept():
    m = triage(msg(1, "1", "Goedemorgen allemaal, wat een mooie dag", lang="de"))
    assert m.lang == "de"


# ---------------------------------------------------------------- issue 10: more than sentiment


@pytest.mark.parametrize(
    "text, lang",
    [
        # service failures without emotion words
        ("Mijn pakket is nog niet binnen", "nl"),
        ("Werkt de app nog niet?", "nl"),
        ("Sinds gisteren geen internet in de straat", "nl"),
        ("My parcel still hasn't arrived", "en"),
        ("Can't log in since this morning", "en"),
        # sarcasm
        ("Top service weer 🙄", "nl"),
        ("Great job. Three weeks and still no refund", "en"),
        ("Lovely, another price rise 🙃", "en"),
    ],
)
def test_complaints_beyond_emotion_words(text, lang):
    m = triage(msg(1, "1", text, lang=lang))
    assert m.priority == Priority.COMPLAINT
    assert m.state == MessageState.NEEDS_REPLY


@pytest.mark.parametrize(
    "text, lang, priority",
    [
        # an open question about a failure asks; it is no complaint
        ("How do I report a broken streetlight?", "en", Priority.QUESTION),
        ("Can I cancel my order before it ships?", "en", Priority.QUESTION),
        ("Hoe meld ik een storing?", "nl", Priority.QUESTION),
        # a failure named in praise is context
        ("Het personeel was top tijdens de storing, dank!", "nl", Priority.NORMAL),
        ("You fixed my broken screen in an hour, legends", "en", Priority.NORMAL),
    ],
)
def test_questions_and_praise_that_name_a_failure(text, lang, priority):
    assert triage(msg(1, "1", text, lang=lang)).priority == priority


def test_a_leaning_negative_message_to_our_handle_is_a_complaint():
    from cmstation.listening.triage import ADDRESSED_LEAN, assess

    text = "@fietsplaats de bel rammelt een beetje"
    v = assess(msg(1, "1", text, kind=MessageKind.SEARCH_HIT), own_handles=["fietsplaats"])
    assert ADDRESSED_LEAN < 0 and v.score <= ADDRESSED_LEAN
    assert v.complaint and v.addressed and v.needs_reply
    # the same words about someone else in a search hit: listening material
    other = assess(
        msg(1, "2", "@anderezaak de bel rammelt een beetje", kind=MessageKind.SEARCH_HIT)
    )
    assert not other.addressed and not other.needs_reply


def test_the_verdict_says_why():
    from cmstation.listening.triage import CUE_NEGATIVE, CUE_QUESTION, CUE_SERVICE_FAILURE, assess

    v = assess(msg(1, "1", "Waarom is mijn pakket nog steeds niet binnen?", lang="nl"))
    kinds = {c.kind: c.words for c in v.cues}
    assert CUE_SERVICE_FAILURE in kinds and "nog steeds niet" in kinds[CUE_SERVICE_FAILURE]
    assert CUE_NEGATIVE in kinds and CUE_QUESTION in kinds
    assert v.complaint and v.question and v.priority == Priority.COMPLAINT


def test_a_correction_wins_over_the_machine():
    from dataclasses import dataclass

    from cmstation.listening.triage import apply_correction, assess

    @dataclass
    class Fix:
        mood: Sentiment | None = None
        not_complaint: bool = False

    machine = assess(msg(1, "1", "Mijn pakket is nog niet binnen", lang="nl"))
    assert machine.complaint and machine.needs_reply
    neutral = apply_correction(machine, Fix(mood=Sentiment.NEUTRAL))
    assert (neutral.sentiment, neutral.priority, neutral.needs_reply) == (
        Sentiment.NEUTRAL, Priority.NORMAL, False,
    )  # fmt: skip
    kept = apply_correction(machine, Fix(not_complaint=True))
    assert kept.sentiment == Sentiment.NEGATIVE and kept.priority == Priority.NORMAL
    asked = assess(msg(1, "2", "Hoe laat gaan jullie open?", lang="nl"))
    made = apply_correction(asked, Fix(mood=Sentiment.NEGATIVE))
    assert made.priority == Priority.COMPLAINT and made.needs_reply
    m = triage(
        msg(1, "3", "Mijn pakket is nog niet binnen", lang="nl"),
        correction=Fix(mood=Sentiment.POSITIVE),
    )
    assert m.sentiment == Sentiment.POSITIVE and m.state == MessageState.NEW


# ---------------------------------------------------------------- corrections, stored


@pytest.fixture
def stored(db, channel_id):
    from cmstation.storage import messages

    m = triage(msg(channel_id, "r1", "Mijn pakket is nog steeds niet binnen", lang="nl"))
    ids = messages.upsert_messages(db, [m]).ids
    return ids[0]


def test_a_correction_is_stored_shown_logged_and_survives_a_later_sweep(db, channel_id, stored):
    from cmstation.listening import triage as t
    from cmstation.storage import events, messages, triage_corrections

    before = messages.get_message(db, stored)
    assert (before.priority, before.state) == (Priority.COMPLAINT, MessageState.NEEDS_REPLY)
    result = t.correct(db, stored, mood=Sentiment.NEUTRAL, now=1_800_000_000)
    shown = messages.get_message(db, stored)
    assert (shown.sentiment, shown.priority, shown.state) == (
        Sentiment.NEUTRAL, Priority.NORMAL, MessageState.NEW,
    )  # fmt: skip
    assert result.machine.complaint and not result.shown.complaint
    c = triage_corrections.get_correction(db, stored)
    assert (c.mood, c.not_complaint, c.machine_priority, c.corrected_at) == (
        Sentiment.NEUTRAL, False, Priority.COMPLAINT, 1_800_000_000,
    )  # fmt: skip
    logged = events.recent(db, "triage_corrected")
    assert logged and logged[0]["message_id"] == stored
    assert logged[0]["detail"]["from"]["priority"] == Priority.COMPLAINT
    assert logged[0]["detail"]["to"] == {"sentiment": "neutral", "priority": 1, "state": "new"}

    # a later sweep fetches the same message again and triages it afresh
    again = triage(msg(channel_id, "r1", "Mijn pakket is nog steeds niet binnen (edit)", lang="nl"))
    assert again.priority == Priority.COMPLAINT
    messages.upsert_messages(db, [again])
    # and anything that rewrites the triage columns
    db.execute("UPDATE messages SET sentiment = 'negative', priority = 3 WHERE id = ?", (stored,))
    after = messages.get_message(db, stored)
    assert (after.sentiment, after.priority) == (Sentiment.NEUTRAL, Priority.NORMAL)
    assert after.text.endswith("(edit)")


def test_corrections_merge_and_clear(db, stored):
    from cmstation.listening import triage as t
    from cmstation.storage import events, messages, triage_corrections

    t.correct(db, stored, not_complaint=True)
    t.correct(db, stored, mood=Sentiment.NEGATIVE)  # keeps "not a complaint"
    c = triage_corrections.get_correction(db, stored)
    assert (c.mood, c.not_complaint) == (Sentiment.NEGATIVE, True)
    assert messages.get_message(db, stored).priority == Priority.NORMAL
    assert triage_corrections.get_corrections(db, [stored, 999]) == {stored: c}
    assert triage_corrections.corrected_ids(db) == [stored]
    t.clear(db, stored)
    assert triage_corrections.get_correction(db, stored) is None
    m = messages.get_message(db, stored)
    assert (m.sentiment, m.priority, m.state) == (
        Sentiment.NEGATIVE, Priority.COMPLAINT, MessageState.NEEDS_REPLY,
    )  # fmt: skip
    assert events.recent(db, "triage_correction_cleared")
    # a person's own decisions (done, ignored) are never moved by a correction
    messages.set_state(db, [stored], MessageState.DONE)
    t.correct(db, stored, mood=Sentiment.POSITIVE)
    assert messages.get_message(db, stored).state == MessageState.DONE


def test_a_correction_goes_with_its_message(db, stored):
    from cmstation.listening import triage as t
    from cmstation.storage import messages, triage_corrections

    t.correct(db, stored, mood=Sentiment.POSITIVE)
    messages.delete_message(db, stored)
    assert triage_corrections.get_correction(db, stored) is None
    with pytest.raises(LookupError):
        t.correct(db, stored, mood=Sentiment.POSITIVE)


def test_cmstation_triage_shows_and_corrects(db, stored, tmp_path, capsys):
    import json

    from cmstation.cli import main
    from cmstation.storage import messages

    home = str(tmp_path / "ws")
    assert main(["--data-dir", home, "triage", str(stored)]) == 0
    out = capsys.readouterr().out
    assert "Machine: complaint" in out and "a service failure: nog steeds niet" in out
    assert "Your correction: none" in out
    assert main(["--data-dir", home, "triage", str(stored), "--mood", "positive"]) == 0
    out = capsys.readouterr().out
    assert "Your correction: mood positive" in out and "Shown: the rest, mood positive" in out
    assert messages.get_message(db, stored).sentiment == Sentiment.POSITIVE
    assert main(["--data-dir", home, "triage", str(stored), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["machine"]["complaint"] is True and data["shown"]["complaint"] is False
    assert data["correction"]["mood"] == "positive"
    assert {"cue": "a service failure", "words": "nog steeds niet"} in data["why"]
    assert main(["--data-dir", home, "triage", str(stored), "--clear"]) == 0
    assert "Correction removed" in capsys.readouterr().out
    assert main(["--data-dir", home, "triage", "999"]) == 1
    assert "There is no message 999" in capsys.readouterr().err


# ---------------------------------------------------------------- the held-out sets


def _triage_figures(name):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "language"))
    from sentiment_figures import triage_figures

    return triage_figures(name)[0]  # the misses of held-out sets stay unread


#: Triage's complaint decision on the sentiment sets (a negative item should rank as a
#: complaint): negatives found at least, false alarms and positives flagged at most.
#: Reached on 2 December 2026; before issue 10 (a7dea32): nl_heldout_v3 37/70 found, 5 false
#: alarms, 4 of 80 positives flagged; en_heldout_v3 32/70, 6, 6 of 100.
TRIAGE_FLOOR = {
    "nl_heldout_v3": {"found": 59, "false_alarms": 6, "positives_flagged": 3},
    "en_heldout_v3": {"found": 60, "false_alarms": 2, "positives_flagged": 1},
    "nl": {"found": 386, "false_alarms": 5, "positives_flagged": 3},
    "en": {"found": 987, "false_alarms": 6, "positives_flagged": 5},
}


@pytest.mark.parametrize("name", list(TRIAGE_FLOOR))
def test_complaints_found_on_the_labelled_sets(name, capsys):
    figures = _triage_figures(name)
    with capsys.disabled():
        print("\ntriage " + figures.line(name))
    floor = TRIAGE_FLOOR[name]
    assert figures.found >= floor["found"]
    assert figures.false_alarms <= floor["false_alarms"]
    assert figures.positives_flagged <= floor["positives_flagged"]
