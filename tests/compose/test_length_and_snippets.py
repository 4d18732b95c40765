from cmstation.compose import CheckContext, check
from cmstation.compose.length import limit_for, post_length
from cmstation.compose.snippets import fill, placeholders


def test_post_length_counts_like_the_network():
    link = "https://example.org/" + "a" * 80
    assert post_length("Hoi " + link, "mastodon") == 4 + 23
    assert post_length("@eva@mastodon.social hoi", "mastodon") == len("@eva hoi")
    assert post_length("Hoi " + link, "feed") == 4 + len(link)
    assert post_length("👩‍👩‍👧‍👦 hoi", "bluesky") == 5
    assert post_length("e\u0301", "bluesky") == 1  # e + combining accent is one grapheme
    assert post_length("👩‍👩‍👧‍👦 hoi", "") == len("👩‍👩‍👧‍👦 hoi")


def test_limit_for_prefers_the_instance():
    assert limit_for("mastodon") == 500
    assert limit_for("mastodon", 1000) == 1000
    assert limit_for("bluesky") == 300
    assert limit_for("feed") is None and limit_for("") is None


def test_snippet_placeholders_fill_and_leftovers_are_errors():
    snippet = "Hoi {first_name}, je bestelling {order} is onderweg. {first_name}, tot snel!"
    assert placeholders(snippet) == ["first_name", "order"]
    half = fill(snippet, {"first_name": "Sanne"})
    assert half == "Hoi Sanne, je bestelling {order} is onderweg. Sanne, tot snel!"
    errors = [f for f in check(half, CheckContext(lang="nl")) if f.severity == "error"]
    assert [(f.rule, f.snippet) for f in errors] == [("placeholder_unfilled", "{order}")]
    assert fill(half, {"order": "48213"}).count("{") == 0


def test_mastodon_counts_like_its_status_length_validator():
    # grapheme clusters, not code points
    assert post_length("👍🏽", "mastodon") == 1  # thumbs up + skin tone
    assert post_length("👩‍👩‍👧‍👦 hoi", "mastodon") == 5
    assert post_length("e\u0301", "mastodon") == 1
    # every http(s) link is 23, however long
    assert post_length("https://example.org/" + "a" * 300, "mastodon") == 23
    assert post_length("https://x.nl/a", "mastodon") == 23
    # a link without a protocol is plain text to the server
    assert post_length("www.example.org/abc", "mastodon") == 19
    # a mention counts as its local part
    assert post_length("@jan@mastodon.social", "mastodon") == 4
    assert post_length("@jan", "mastodon") == 4
    assert post_length("Hoi @jan@mastodon.social.", "mastodon") == len("Hoi @jan.")
    # a mention inside a link is part of the link (counted once, as 23)
    assert post_length("Zie https://mastodon.social/@jan@other.nl ok", "mastodon") == 4 + 23 + 3
    # not mentions: an e-mail address, "@name@" and "@name://"
    assert post_length("mail jan@example.nl", "mastodon") == len("mail jan@example.nl")
    assert post_length("@screen_name@", "mastodon") == len("@screen_name@")


def test_mastodon_too_long_counts_and_cuts_like_the_server():
    link = "https://example.org/" + "a" * 300
    fits = "👍🏽" * 10 + " @jan@mastodon.social " + link  # 10 + 1 + 4 + 1 + 23 = 39
    assert post_length(fits, "mastodon") == 39
    assert "too_long" not in {
        f.rule for f in check(fits, CheckContext(channel="mastodon", limit=39))
    }
    over = fits + "!"
    found = [
        f for f in check(over, CheckContext(channel="mastodon", limit=39)) if f.rule == "too_long"
    ]
    assert len(found) == 1 and found[0].snippet == "!"
    # the cut never splits a link or an emoji
    found = [
        f for f in check(fits, CheckContext(channel="mastodon", limit=20)) if f.rule == "too_long"
    ]
    assert found[0].snippet == link
    found = [
        f for f in check(fits, CheckContext(channel="mastodon", limit=5)) if f.rule == "too_long"
    ]
    assert found[0].start == len("👍🏽" * 5)
