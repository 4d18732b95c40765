"""What the composer takes from the profile (cmstation.core.profile): the context its
checks run in."""

from __future__ import annotations

from cmstation.compose.model import CheckContext
from cmstation.core.profile import Profile


def check_context(profile: Profile, **overrides) -> CheckContext:
    """A CheckContext with the profile's sign-off, register, brand words and banned phrases;
    ``overrides`` sets the rest (lang, channel, limit, in_reply_to, recent_replies...)."""
    channel = overrides.get("channel", "")
    base = {
        "signature": profile.signoff_for(channel).strip(),
        "register": profile.register if profile.register in ("je", "u") else "",
        "brand_words": tuple(profile.brand_words),
        "banned_phrases": tuple(profile.banned_phrases),
    }
    base.update(overrides)
    return CheckContext(**base)
