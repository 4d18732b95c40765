"""The profile's time zone as a ``zoneinfo.ZoneInfo`` (DST included), and the system's zone
when the profile names none. No Qt, no SQL."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_ZONE = "UTC"


def zone(name: str) -> ZoneInfo | None:
    """The zone called ``name`` ("Europe/Amsterdam"); None when there is no such zone."""
    name = (name or "").strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def system_zone_name() -> str:
    """The system's IANA zone: $TZ, else the /etc/localtime link, else /etc/timezone, else UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if zone(tz) is not None:
        return tz
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
            if zone(name) is not None:
                return name
    except OSError:
        pass
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if zone(name) is not None:
            return name
    except OSError:
        pass
    return FALLBACK_ZONE


def profile_zone_name(profile) -> str:
    """The profile's zone name when it is a known zone, else the system's."""
    name = getattr(profile, "time_zone", "") or ""
    return name if zone(name) is not None else system_zone_name()


def profile_zone(profile) -> ZoneInfo:
    return ZoneInfo(profile_zone_name(profile))
