"""The checker's API: findings, offsets, suggestions, score, brand words, dismissals."""

from __future__ import annotations

import pytest

from cmstation.compose import (
    CATEGORIES,
    CheckContext,
    Severity,
    StaleFinding,
    analyse,
    apply_suggestion,
    check,
    score,
)
from cmstation.compose.rules import LANGS, RULES, data_rules
from cmstation.core.models import Sentiment

COMPLAINT_NL = "Mijn bestelling is na twee weken nog steeds niet binnen. Belachelijk."


def test_every_category_has_a_rule_in_both_languages():
    for lang in LANGS:
        covered = {r.category for r in RULES.values() if lang in r.langs}
        assert covered == set(CATEGORIES), lang


def test_every_data_rule_is_registered_with_a_message():
    for lang in LANGS:
        for rule_id, _ in data_rules(lang).patterns:
            assert RULES[rule_id].message


def test_the_done_when_case_underlines_cliche_missing_apology_and_signature():
    reply = "Uw klacht is in behandeling genomen."
    ctx = CheckContext(signature="^Eva", in_reply_to=COMPLAINT_NL, register="u")
    found = {f.category: f for f in check(reply, ctx)}
    assert {"corporate_jargon", "no_empathy", "no_signature"} <= set(found)
    fixed = apply_suggestion(reply, found["no_signature"])
    assert fixed == "Uw klacht is in behandeling genomen. ^Eva"
    fixed = apply_suggestion(fixed, next(f for f in check(fixed, ctx) if f.rule == "no_empathy"))
    assert fixed.startswith("Wat vervelend, sorry! Uw klacht")
    assert {f.category for f in check(fixed, ctx)} == {"corporate_jargon", "passive_voice"}


def test_offsets_index_the_text_exactly_with_emoji_and_newlines():
    text = "🚲🚲 Hoi!!\nKINDLY CHECK THIS, wij verzoeken u middels DM te reageren."
    for f in check(text, CheckContext(lang="nl")):
        assert text[f.start : f.end] == f.snippet
    assert any(f.snippet == "!!" for f in check(text))


def test_apply_suggestion_replaces_only_the_span():
    text = "Dit is middels een mail bevestigd."
    f = next(f for f in check(text, CheckContext(lang="nl")) if f.rule == "jargon_officialese")
    assert apply_suggestion(text, f) == "Dit is met een mail bevestigd."


def test_apply_suggestion_refuses_a_stale_finding_and_one_without_suggestion():
    text = "Dit is middels een mail bevestigd."
    f = next(f for f in check(text, CheckContext(lang="nl")) if f.rule == "jargon_officialese")
    with pytest.raises(StaleFinding):
        apply_suggestion("X" + text, f)
    no_fix = next(f for f in check("Zie onze FAQ.", CheckContext(lang="nl")))
    assert no_fix.suggestion is None
    with pytest.raises(ValueError):
        apply_suggestion("Zie onze FAQ.", no_fix)


def test_score_summarises_findings():
    clean = analyse(
        "Sorry, dat is balen! Morgen ligt hij klaar. ^Eva",
        CheckContext(signature="^Eva", in_reply_to=COMPLAINT_NL),
    )
    assert clean.findings == () and clean.score == 100
    bad = analyse(
        "UW KLACHT IS IN BEHANDELING GENOMEN!!! Bestel nu! #a #b #c",
        CheckContext(signature="^Eva", in_reply_to=COMPLAINT_NL),
    )
    assert bad.score < 40
    mid = analyse("Excuses voor het ongemak. ^Eva", CheckContext(signature="^Eva"))
    assert bad.score < mid.score < clean.score
    assert score([]) == 100
    assert 0 <= score(bad.findings) <= 100


def test_brand_words_are_never_flagged():
    text = "Welkom bij OP=OP Outlet, fijn dat je er bent."
    assert any(f.rule == "sales_cta" for f in check(text, CheckContext(lang="nl")))
    ctx = CheckContext(lang="nl", brand_words=("OP=OP Outlet",))
    assert check(text, ctx) == []


def test_dismissed_findings_stay_dismissed_after_edits_elsewhere():
    text = "Excuses voor het ongemak."
    ctx = CheckContext(lang="nl")
    f = check(text, ctx)[0]
    ctx = CheckContext(lang="nl", dismissed=frozenset({f.key}))
    assert check("Hoi! " + text, ctx) == []


def test_known_sentiment_skips_the_gate():
    reply = "Je bestelling komt vrijdag."
    neg = CheckContext(lang="nl", in_reply_to_sentiment=Sentiment.NEGATIVE)
    pos = CheckContext(lang="nl", in_reply_to_sentiment=Sentiment.POSITIVE)
    assert [f.rule for f in check(reply, neg)] == ["no_empathy"]
    assert check(reply, pos) == []


def test_language_is_detected_then_taken_from_the_message():
    assert analyse("Thanks, see you Saturday!").lang == "en"
    assert analyse("Bedankt, tot zaterdag!").lang == "nl"
    assert analyse("👍", CheckContext(in_reply_to="Waar blijft mijn pakket?")).lang == "nl"


def test_bluesky_counts_graphemes_and_mastodon_counts_links_as_23():
    family = "👩‍👩‍👧‍👦"
    assert check(family * 300, CheckContext(channel="bluesky")) == []
    over = check(family * 301, CheckContext(channel="bluesky"))
    assert [f.rule for f in over] == ["too_long"]
    assert over[0].severity == Severity.ERROR
    assert over[0].start == len(family) * 300
    link = "https://example.org/" + "x" * 600
    assert [f.rule for f in check("Zie " + link, CheckContext(channel="mastodon"))] != ["too_long"]
    text = "a" * 480 + " " + link
    long = next(
        f for f in check(text, CheckContext(channel="mastodon", lang="en")) if f.rule == "too_long"
    )
    assert long.start == 481  # the link itself is what no longer fits
    assert not any(f.rule == "too_long" for f in check(text, CheckContext(channel="feed")))


def test_messages_are_translatable_texts():
    f = check("#a #b #c #d")[0]
    assert f.message.context == "ReplyChecks"
    assert "{count}" in f.message.source
    assert str(f.message) == f.message.source.format(count=4)
    assert f.to_dict()["message"] == str(f.message)


def test_custom_phrases_come_from_the_profile():
    ctx = CheckContext(lang="en", banned_phrases=("happy to assist",))
    assert [f.rule for f in check("Happy to assist!", ctx)] == ["custom_phrase"]


def test_never_raises_on_odd_input_and_offsets_stay_valid():
    import random

    rng = random.Random(4)
    alphabet = (
        "abcdeéëijUWJEKPN  \n\t!?#@{}[]<>%()'’\"-.,:;/0123456789^🚲👩‍👩‍👧‍👦\u0301\u200d\r\x00"
    )
    ctx = CheckContext(
        signature="^Eva",
        register="u",
        channel="bluesky",
        in_reply_to="Slechte service!!",
        recent_replies=("Hoi daar, dank je wel!",),
        brand_words=("KPN",),
        banned_phrases=("geen zorgen",),
    )
    texts = ["", " ", "\n\n", "@", "#", "{", "http://", "^Eva", "u", "U-bocht"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400))) for _ in range(300)]
    for text in texts:
        for lang in ("nl", "en", "auto"):
            result = analyse(text, CheckContext(**{**_fields(ctx), "lang": lang}))
            assert 0 <= result.score <= 100
            for f in result.findings:
                assert 0 <= f.start <= f.end <= len(text)
                assert text[f.start : f.end] == f.snippet


def _fields(ctx: CheckContext) -> dict:
    return {name: getattr(ctx, name) for name in CheckContext.__dataclass_fields__}


def test_no_empathy_keeps_leading_mentions_in_front():
    from cmstation.core.models import Sentiment

    ctx = CheckContext(
        lang="nl",
        channel="mastodon",
        in_reply_to="Jullie app crasht steeds en niemand helpt me. Waardeloos.",
        in_reply_to_sentiment=Sentiment.NEGATIVE,
    )
    text = "@jorisdeboer@mastodon.nl Dat is opgelost in versie 2.1. Groet, Anne"
    (f,) = [f for f in check(text, ctx) if f.rule == "no_empathy"]
    assert f.snippet == "@jorisdeboer@mastodon.nl Dat is opgelost in versie 2.1."
    assert f.suggestion == (
        "@jorisdeboer@mastodon.nl Wat vervelend, sorry! Dat is opgelost in versie 2.1."
    )
    text = "@jan@mastodon.social @eva.bsky.social we kijken ernaar. Groet, Anne"
    (f,) = [f for f in check(text, ctx) if f.rule == "no_empathy"]
    assert f.snippet == "@jan@mastodon.social @eva.bsky.social we kijken ernaar."
    assert (
        f.suggestion
        == "@jan@mastodon.social @eva.bsky.social Wat vervelend, sorry! We kijken ernaar."
    )
    # an acknowledging first sentence after the mention is empathy
    text = "@jorisdeboer@mastodon.nl Dat is echt niet fijn. We kijken ernaar."
    assert "no_empathy" not in {f.rule for f in check(text, ctx)}


def test_a_private_message_may_ask_for_personal_data():
    """Asking for name and address is what webcare does in a DM; in public it is flagged."""
    text = "Kun je me je volledige naam, adres en telefoonnummer sturen? Dan zoek ik het uit. ^Eva"
    public = CheckContext(lang="nl", signature="^Eva")
    private = CheckContext(lang="nl", signature="^Eva", private=True)
    assert "private_data" in {f.category for f in analyse(text, public).findings}
    assert "private_data" not in {f.category for f in analyse(text, private).findings}


def test_a_bluesky_dm_has_the_chat_limit():
    text = "word " * 150 + "^Eva"  # 754 graphemes: over a post's 300, under a chat's 1,000
    post = CheckContext(lang="en", channel="bluesky", signature="^Eva")
    dm = CheckContext(lang="en", channel="bluesky", signature="^Eva", private=True)
    assert "too_long" in {f.rule for f in analyse(text, post).findings}
    assert "too_long" not in {f.rule for f in analyse(text, dm).findings}
    assert "too_long" in {f.rule for f in analyse("word " * 210 + "^Eva", dm).findings}


def test_sales_talk_weighs_heavier_in_an_own_post():
    text = "New colours are in! Buy now in our webshop. ^Eva"
    reply = analyse(text, CheckContext(lang="en", signature="^Eva"))
    own = analyse(text, CheckContext(lang="en", signature="^Eva", own_post=True))
    (r,) = [f for f in reply.findings if f.category == "sales_push"]
    (o,) = [f for f in own.findings if f.category == "sales_push"]
    assert (r.severity, o.severity) == (Severity.WARNING, Severity.ERROR)
    assert own.score < reply.score
