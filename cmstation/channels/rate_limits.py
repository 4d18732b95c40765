"""Rate-limit headers, read as the untrusted input they are.

``Retry-After`` and the reset headers (``X-RateLimit-Reset``, ``RateLimit-Reset``) may hold
delta seconds, epoch seconds, an ISO or an HTTP date. Values that are no time (``inf``,
``NaN``, negative, text) are ignored and the default wait (5 minutes) applies; a reset more
than 24 hours ahead is not believed either and becomes a wait of one hour (then the server
is asked again). Nothing here raises.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Mapping
from datetime import datetime

#: When a server says "rate limited" without saying until when (or says it in a way that
#: is no time: ``inf``, ``NaN``, negative, text, a reset far in the past).
DEFAULT_RATE_LIMIT_WAIT = 300.0
#: A reset further ahead than this is not believed (no quota of a network cmstation speaks
#: lasts longer than a day) ...
MAX_RATE_LIMIT_WAIT = 24 * 3600.0
#: ... and becomes this wait instead; then the server is simply asked again.
ABSURD_RATE_LIMIT_WAIT = 3600.0
#: A reset this far in the past is no answer at all (the default wait applies).
FAR_PAST = 24 * 3600.0


_PARSE_ERRORS = (TypeError, ValueError, IndexError, OverflowError, OSError)


def _parse_when(value: str, now: float) -> float | None:
    """A reset/retry header value as unix seconds: delta seconds, epoch seconds, ISO or HTTP
    date. None when it is no time at all (text, ``inf``, ``NaN``, negative, out of range)."""
    value = (value or "").strip()
    if not value or len(value) > 100:
        return None
    try:
        n = float(value)
    except ValueError:
        pass
    else:
        if not math.isfinite(n) or n < 0:
            return None
        return n if n > 1_000_000_000 else now + n  # epoch seconds vs. seconds from now
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except _PARSE_ERRORS:
        try:
            when = email.utils.parsedate_to_datetime(value).timestamp()
        except _PARSE_ERRORS:
            return None
    return when if math.isfinite(when) else None


def _believable(when: float | None, now: float) -> float | None:
    """``when`` as a time to wait for: a reset more than a day ahead is not believed (one
    hour instead); one far in the past is no answer (None)."""
    if when is None or not math.isfinite(when) or when < now - FAR_PAST:
        return None
    if when > now + MAX_RATE_LIMIT_WAIT:
        return now + ABSURD_RATE_LIMIT_WAIT
    return when


def header_int(headers: Mapping[str, str], name: str) -> int | None:
    v = headers.get(name)
    if v is None:
        return None
    try:
        return int(float(v.split(",")[0].split(";")[0].strip()))
    except (ValueError, OverflowError):  # text, NaN; inf
        return None


def retry_at_from(headers: Mapping[str, str], now: float) -> float | None:
    """When the server says we may try again: Retry-After, then the reset headers.

    At most ``MAX_RATE_LIMIT_WAIT`` ahead (a later reset becomes ``ABSURD_RATE_LIMIT_WAIT``);
    None when no header holds a believable time (the caller waits its default)."""
    for name in ("Retry-After", "X-RateLimit-Reset", "RateLimit-Reset"):
        v = headers.get(name)
        if v:
            when = _parse_when(v, now)
            if when is None:  # a list form ("60, 60;w=300"): the first value
                when = _parse_when(v.split(",")[0].split(";")[0], now)
            when = _believable(when, now)
            if when is not None:
                return when
    return None


def quota_exhausted_until(headers: Mapping[str, str], now: float) -> float | None:
    """The reset time when the answer says no requests are left, else None."""
    for name in ("X-RateLimit-Remaining", "RateLimit-Remaining"):
        remaining = header_int(headers, name)
        if remaining is not None and remaining <= 0:
            when = retry_at_from(headers, now)
            return when if when is not None else now + DEFAULT_RATE_LIMIT_WAIT
    return None


def clock_time(ts: float) -> str:
    """``14:05`` in local time, or a date as well when it is not today. Never raises."""
    try:
        dt = datetime.fromtimestamp(ts).astimezone()
        today = datetime.now().astimezone().date()
    except _PARSE_ERRORS:
        return "--:--"
    return dt.strftime("%H:%M") if dt.date() == today else dt.strftime("%Y-%m-%d %H:%M")
