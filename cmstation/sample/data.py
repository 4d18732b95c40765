"""The sample workspace's made-up world: the shop, its channels and its face, the names
of the people who write to it, what each kind of message means for triage, and the texts
(``templates.toml`` beside this file)."""

from __future__ import annotations

import time
import tomllib
from importlib import resources

from cmstation.core.models import (
    Priority,
    Sentiment,
)
from cmstation.core.profile import Profile

DAY = 86_400
HOUR = 3_600
WINDOW_DAYS = 30

SIGNOFF = " ^Eva"
#: Eva answers for the shop; the composer signs with this and the checks expect it.
PROFILE = Profile(
    display_name="Eva de Vries",
    role="webcare",
    signoff=SIGNOFF.strip(),
    languages=["nl", "en"],
    register="je",
    working_hours={"days": [1, 2, 3, 4, 5, 6], "start": "09:00", "end": "18:00"},
    brand_words=[
        "De Spaak",
        "Fietsenmakerij De Spaak",
        "Twijnstraat",
        "VanMoof",
        "Stromer",
        "Urban Arrow",
        "Babboe",
        "Qwic",
        "Gazelle",
        "Batavus",
        "Sparta",
    ],
)

MASTODON_INSTANCE = "mastodon.nl"
SHOP_MASTODON = "despaak"
SHOP_BLUESKY = "despaak.bsky.social"
FEED_URL = "https://www.google.com/alerts/feeds/08315640925715261745/4512399826012938811"

NL_FIRST = [
    "Sanne",
    "Bram",
    "Fleur",
    "Joris",
    "Lotte",
    "Daan",
    "Eline",
    "Thijs",
    "Noor",
    "Ruben",
    "Iris",
    "Sem",
    "Femke",
    "Jeroen",
    "Anouk",
    "Wouter",
    "Maaike",
    "Niels",
    "Esther",
    "Koen",
    "Marieke",
    "Pieter",
    "Roos",
    "Hidde",
    "Yara",
    "Mehmet",
    "Fatima",
    "Stijn",
    "Lieke",
    "Gijs",
    "Annelies",
    "Youssef",
    "Marloes",
    "Tim",
    "Inge",
]
NL_LAST = [
    "de Jong",
    "van Dijk",
    "Bakker",
    "Visser",
    "Smit",
    "Mulder",
    "de Boer",
    "Meijer",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Graaf",
    "Kok",
    "Jansen",
    "van den Berg",
    "Verhoeven",
    "Kuipers",
    "van der Linden",
    "Yilmaz",
    "El Amrani",
    "Schouten",
    "Postma",
    "de Wit",
    "Veenstra",
]
EN_FIRST = [
    "Emily",
    "James",
    "Priya",
    "Tom",
    "Hannah",
    "Lucas",
    "Sofia",
    "Oliver",
    "Chloe",
    "Mateo",
    "Aisha",
    "Ben",
    "Grace",
    "Daniel",
    "Mei",
    "Liam",
    "Zoe",
    "Arjun",
    "Laura",
    "Sam",
]
EN_LAST = [
    "Carter",
    "O'Connor",
    "Shah",
    "Fletcher",
    "Weber",
    "Moreau",
    "Rossi",
    "Hughes",
    "Bennett",
    "García",
    "Khan",
    "Thompson",
    "Walsh",
    "Lindqvist",
    "Chen",
    "Murphy",
    "Novak",
    "Patel",
    "Schmidt",
    "Evans",
]
MASTO_NL = [
    "mastodon.nl",
    "mastodon.nl",
    "mastodon.social",
    "todon.nl",
    "mstdn.social",
    "toot.community",
]
MASTO_EN = ["mastodon.social", "mas.to", "mastodon.nl", "fosstodon.org", "hachyderm.io"]
EMOJI = ["", "", "", "", "", " 🚲", " 🌷", " 🌱", " ☕"]

CATEGORY = {
    # category: (sentiment, priority)
    "complaint": (Sentiment.NEGATIVE, Priority.COMPLAINT),
    "question": (Sentiment.NEUTRAL, Priority.QUESTION),
    "praise": (Sentiment.POSITIVE, Priority.NORMAL),
    "repost": (Sentiment.POSITIVE, Priority.LOW),
    "spam": (Sentiment.NEUTRAL, Priority.LOW),
    "chatter": (Sentiment.NEUTRAL, Priority.LOW),
    "other": (Sentiment.NEUTRAL, Priority.LOW),
}


def load_templates() -> dict:
    data = resources.files("cmstation.sample").joinpath("templates.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


def default_now() -> int:
    """The current time rounded down to the hour, so the sample always looks recent."""
    t = int(time.time())
    return t - t % HOUR
