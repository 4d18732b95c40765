"""What the reply checker takes and gives: a context in, findings out. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Sentiment


class Severity(StrEnum):
    INFO = "info"  # a hint: the rule cannot be sure
    WARNING = "warning"  # this will likely read badly
    ERROR = "error"  # this cannot go out as it is (over the limit, unfilled placeholder)

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

#: The categories of DESIGN.md, "Reply checks", in the order the composer lists them.
CATEGORIES = (
    "corporate_jargon",
    "sales_push",
    "shouting",
    "hashtag_spam",
    "no_empathy",
    "defensive",
    "no_signature",
    "register_mix",
    "too_long",
    "link_only",
    "passive_voice",
    "private_data",
    "template_reuse",
)


#: Short labels for the composer's list (translate with context "ReplyChecks").
CATEGORY_LABELS = {
    "corporate_jargon": QT_TRANSLATE_NOOP("ReplyChecks", "Corporate jargon"),
    "sales_push": QT_TRANSLATE_NOOP("ReplyChecks", "Sales talk"),
    "shouting": QT_TRANSLATE_NOOP("ReplyChecks", "Shouting"),
    "hashtag_spam": QT_TRANSLATE_NOOP("ReplyChecks", "Too many hashtags"),
    "no_empathy": QT_TRANSLATE_NOOP("ReplyChecks", "No empathy"),
    "defensive": QT_TRANSLATE_NOOP("ReplyChecks", "Defensive"),
    "no_signature": QT_TRANSLATE_NOOP("ReplyChecks", "No sign-off"),
    "register_mix": QT_TRANSLATE_NOOP("ReplyChecks", "Register"),
    "too_long": QT_TRANSLATE_NOOP("ReplyChecks", "Too long"),
    "link_only": QT_TRANSLATE_NOOP("ReplyChecks", "Only a link"),
    "passive_voice": QT_TRANSLATE_NOOP("ReplyChecks", "Passive voice"),
    "private_data": QT_TRANSLATE_NOOP("ReplyChecks", "Private data"),
    "template_reuse": QT_TRANSLATE_NOOP("ReplyChecks", "Canned answer"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the checker noticed. ``start``/``end`` index the checked text exactly."""

    category: str
    rule: str
    severity: Severity
    start: int
    end: int
    message: Text
    suggestion: str | None = None
    #: The text at start:end when the finding was made (to apply or dismiss it safely).
    snippet: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """What a dismissal remembers: the rule and the words, so it survives edits elsewhere."""
        return (self.rule, self.snippet)

    def to_dict(self) -> dict:
        return {
            "category": self.category,
            "rule": self.rule,
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "message": str(self.message),
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything the checker needs to know besides the reply itself."""

    #: "nl", "en" or "auto" (detect from the reply, then from the message answered).
    lang: str = "auto"
    #: A ChannelKind value ("mastodon", "bluesky", "feed", "manual") or "" when unknown.
    channel: str = ""
    #: The channel's post limit; None takes the network's default (Mastodon 500, Bluesky 300).
    limit: int | None = None
    #: The sign-off expected in the text (e.g. "^Eva"); "" expects none.
    signature: str = ""
    #: The Dutch register the brand uses: "je", "u" or "" (no preference).
    register: str = ""
    #: The text of the message being answered ("" when not replying).
    in_reply_to: str = ""
    #: Its sentiment when already known (triage); None means "work it out".
    in_reply_to_sentiment: Sentiment | None = None
    #: Recent replies by this account, for template_reuse.
    recent_replies: tuple[str, ...] = ()
    #: Product names and the brand: never flagged.
    brand_words: tuple[str, ...] = ()
    #: The user's own banned phrases (custom rules).
    banned_phrases: tuple[str, ...] = ()
    #: Finding keys (rule, snippet) dismissed for this draft.
    dismissed: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    #: A private message (a DM): asking for or showing personal data there is what webcare
    #: asks for, so private_data stays quiet; the length limit is the DM's.
    private: bool = False
    #: An own post, not an answer: sales talk weighs one step heavier (a warning becomes an
    #: error: the user is asked before it goes, as for every error).
    own_post: bool = False


@dataclass(frozen=True, slots=True)
class CheckResult:
    lang: str
    findings: tuple[Finding, ...]
    score: int

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "score": self.score,
            "findings": [f.to_dict() for f in self.findings],
        }
