from cmstation.compose.profile import check_context
from cmstation.core.profile import Profile


def test_sign_adds_the_signoff_once_and_per_channel():
    p = Profile(signoff="^Eva", signoff_per_channel={"bluesky": "– Eva"})
    assert p.sign("Tot zaterdag!") == "Tot zaterdag! ^Eva"
    assert p.sign("Tot zaterdag! ^Eva") == "Tot zaterdag! ^Eva"
    assert p.sign("Tot zaterdag!", "bluesky") == "Tot zaterdag! – Eva"
    assert Profile().sign("Hoi") == "Hoi"


def test_check_context_carries_the_profile():
    p = Profile(
        signoff="^Eva", register="u", brand_words=["Fietsplaats"], banned_phrases=["geen zorgen"]
    )
    ctx = check_context(p, channel="mastodon", lang="nl")
    assert (ctx.signature, ctx.register, ctx.channel) == ("^Eva", "u", "mastodon")
    assert ctx.brand_words == ("Fietsplaats",) and ctx.banned_phrases == ("geen zorgen",)
