"""The face of the company: the person who answers (a domain type: storage keeps it, the
composer signs and checks with it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

DEFAULT_RESPONSE_TARGET_HOURS = 24


@dataclass(slots=True)
class Profile:
    display_name: str = ""
    role: str = ""
    photo_path: str = ""
    #: The sign-off the composer adds and the checker expects, e.g. "^Eva".
    signoff: str = ""
    #: Per channel kind ("mastodon", "bluesky", ...) a different sign-off, if wanted.
    signoff_per_channel: dict[str, str] = field(default_factory=dict)
    #: Languages the brand answers in, in order of preference.
    languages: list[str] = field(default_factory=lambda: ["nl", "en"])
    #: The Dutch register the brand uses: "je" or "u" ("" = no preference).
    register: str = "je"
    #: Working hours, e.g. {"days": [1, 2, 3, 4, 5], "start": "09:00", "end": "17:00"}.
    working_hours: dict = field(default_factory=dict)
    response_target_hours: int = DEFAULT_RESPONSE_TARGET_HOURS
    #: Product names and the brand: never flagged.
    brand_words: list[str] = field(default_factory=list)
    #: The user's own banned phrases (custom rules).
    banned_phrases: list[str] = field(default_factory=list)
    #: The IANA time zone the working hours and the insights' days and weeks are in, e.g.
    #: "Europe/Amsterdam"; "" follows the system's zone (core.timezones.profile_zone).
    time_zone: str = ""
    #: UTM tags added to links in own replies and posts when they are queued
    #: (compose.utm.tag_links); empty: no tagging.
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""
    #: Insights: an ambassador spoke positively of the brand at least this often in the
    #: period, or answered other people's questions at least this often.
    ambassador_min_positive: int = 3
    ambassador_min_answers: int = 2

    #: Fields stored in their own columns; the rest goes into the JSON ``data`` column.
    COLUMNS = ("display_name", "role", "photo_path", "signoff")

    def signoff_for(self, channel: str = "") -> str:
        return self.signoff_per_channel.get(channel, "") or self.signoff

    def sign(self, text: str, channel: str = "") -> str:
        """The text with the sign-off at the end (unless it is already there)."""
        sig = self.signoff_for(channel).strip()
        if not sig or sig.lower() in text.lower():
            return text
        body = text.rstrip()
        return f"{body} {sig}" if body else sig

    def data(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in self.COLUMNS}

    @classmethod
    def from_row(cls, columns: dict, data: dict) -> Profile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in {**data, **columns}.items() if k in known}
        return cls(**values)
