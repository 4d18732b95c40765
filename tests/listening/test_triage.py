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
