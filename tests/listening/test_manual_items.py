"""Manual capture: pasted items become messages; bad links are refused plainly."""

from __future__ import annotations

import pytest

from cmstation.core.models import MessageKind
from cmstation.listening.manual_items import BadManualItem, manual_message, split_drop


def test_pasted_item():
    m = manual_message(
        4,
        "  Waar blijft mijn pakket?\r\n",
        "https://www.linkedin.com/feed/update/1",
        "Piet Jansen",
        "LinkedIn",
        now=1_700_000_000.9,
    )
    assert m.text == "Waar blijft mijn pakket?" and m.kind == MessageKind.MANUAL
    assert m.url == "https://www.linkedin.com/feed/update/1" and m.created_at == 1_700_000_000
    assert m.author.handle == "Piet Jansen" and m.author.remote_id == "linkedin:piet jansen"
    assert m.remote_id.startswith("manual:") and m.thread_root_id == m.remote_id
    again = manual_message(4, "other text", "https://www.linkedin.com/feed/update/1", "", "")
    assert again.remote_id == m.remote_id  # the same post pasted twice is the same message
    no_link = manual_message(4, "per e-mail", "", "klant@example.org", "e-mail")
    assert no_link.url == "" and no_link.remote_id != m.remote_id


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "www.x.nl",
        "https://",
        "https://exa mple.org",
        "ftp://x.org/a",
    ],
)
def test_bad_links_are_refused(link):
    with pytest.raises(BadManualItem) as e:
        manual_message(1, "tekst", link)
    assert "is not a web address" in str(e.value) and e.value.text.params["link"]


def test_text_is_required_and_bounded():
    with pytest.raises(BadManualItem, match="Paste the text"):
        manual_message(1, "  \n ", "https://x.example")
    with pytest.raises(BadManualItem, match="too long"):
        manual_message(1, "x" * 20_001)


def test_split_drop():
    assert split_drop("Kijk: https://x.example/p/1. Boos!") == (
        "Kijk: . Boos!",
        "https://x.example/p/1",
    )
    assert split_drop("https://instagram.com/p/abc") == ("", "https://instagram.com/p/abc")
    assert split_drop("geen link") == ("geen link", "")
