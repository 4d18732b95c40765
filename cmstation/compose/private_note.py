"""The short public reply that goes with "Continue privately": it tells the customer (and
everyone reading along) that the conversation goes on in a private message, so the brand is
seen to answer. It is part of the reply, so it is in the reply's language, not the window's."""

from __future__ import annotations

NOTES = {
    "nl": "Ik heb je een privébericht gestuurd, dan zoeken we het daar samen uit.",
    "en": "I've sent you a private message so we can sort this out there together.",
}


def continue_privately_note(lang: str, signoff: str = "", mention: str = "") -> str:
    """The public note in ``lang`` ("nl" or "en"; English otherwise), with the sign-off and,
    for Mastodon, the author's @handle first (Mastodon notifies only who a post mentions)."""
    text = NOTES.get(lang, NOTES["en"])
    parts = [mention.strip(), text, signoff.strip()]
    return " ".join(p for p in parts if p)
