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
