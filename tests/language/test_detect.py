import pytest

from cmstation.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mijn bestelling is nog steeds niet geleverd", "nl"),
        ("Hoi, wanneer zijn jullie morgen open?", "nl"),
        ("Bedankt voor de snelle hulp!", "nl"),
        ("Where is my order? It has been two weeks.", "en"),
        ("Thanks for the quick help!", "en"),
        ("Is the shop open on Sunday?", "en"),
    ],
)
def test_detects_dutch_and_english(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "👍", "#fietsen", "https://example.org"])
def test_too_little_to_tell_is_unknown(text):
    assert detect_language(text) == ""
