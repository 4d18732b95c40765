"""Adding and removing channels, with "start with one, master it" built in.

* A new workspace gets one channel without questions.
* Another channel needs the existing ones to be under control over the last 14 days (see
  :mod:`cmstation.insights.mastery`: handled share, median first response against the
  profile's target, nothing overdue). When they are not, :class:`GateNotMet` carries the
  figures against the thresholds so a dialog (or the CLI) can show them. The user may
  override with a typed reason, which is recorded in the event log
  (``mastery_gate_override``).
* Never more than :data:`MAX_CHANNELS` channels, manual ones included; no override.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from cmstation.core.clock import Clock
from cmstation.core.errors import ChannelLimitReached, CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import MAX_CHANNELS, Channel, ChannelKind
from cmstation.insights.mastery import MasteryFigures, mastery
from cmstation.storage import channels as channel_store
from cmstation.storage import events
from cmstation.storage.insights import count_channels
from cmstation.storage.tx import transaction

CTX = "ChannelSetup"
MIN_SWEEP_MINUTES = 5
MAX_SWEEP_MINUTES = 240

MSG_CAP = QT_TRANSLATE_NOOP(
    "ChannelSetup",
    "This workspace already has {count} channels, the most cmstation allows ({max}). Remove one before adding another.",
)
MSG_GATE = QT_TRANSLATE_NOOP(
    "ChannelSetup",
    "Master the channel you have before adding another: {reasons}. You can add it anyway by giving a reason.",
)
MSG_BAD_MINUTES = QT_TRANSLATE_NOOP(
    "ChannelSetup",
    "Sweep every {minutes} minutes is outside the allowed range ({min} to {max} minutes).",
)
MSG_BAD_URL = QT_TRANSLATE_NOOP("ChannelSetup", "{url} is not a web address cmstation can use.")
MSG_NEED_HTTPS = QT_TRANSLATE_NOOP(
    "ChannelSetup",
    "{url} must use https:// (plain http:// is only allowed for this computer itself).",
)


class GateNotMet(CmstationError):
    """Adding a channel now would break "start with one, master it"; see ``report``."""

    def __init__(self, report: GateReport) -> None:
        self.report = report
        reasons = "; ".join(str(c.text) for c in report.failed_checks)
        self.text = Text(CTX, MSG_GATE, {"reasons": reasons})
        super().__init__(str(self.text))


@dataclass(frozen=True, slots=True)
class GateReport:
    existing: int
    #: figures over the existing channels together (None when there are none)
    figures: MasteryFigures | None
    #: each channel's own figures, by name, in the order of the channel list
    per_channel: tuple[tuple[str, MasteryFigures], ...] = ()

    @property
    def cap_reached(self) -> bool:
        return self.existing >= MAX_CHANNELS

    @property
    def passed(self) -> bool:
        return self.existing == 0 or (
            not self.cap_reached and self.figures is not None and self.figures.passed
        )

    @property
    def failed_checks(self):
        return tuple(c for c in self.figures.checks if not c.ok) if self.figures else ()


def check_gate(db: Any, *, now: float) -> GateReport:
    """What adding one more channel would meet, without adding it (for the dialog)."""
    listed = channel_store.list_channels(db)
    existing = [c.id for c in listed]
    figures = mastery(db, existing, now=now) if existing else None
    per_channel = tuple((c.name, mastery(db, c.id, now=now)) for c in listed)
    return GateReport(len(existing), figures, per_channel)


def add_channel(
    db: Any,
    channel: Channel,
    *,
    override_reason: str | None = None,
    clock: Clock,
) -> int:
    """Store a new channel if the gate allows it (or it is overridden with a reason).

    Raises :class:`ChannelLimitReached` at the cap and :class:`GateNotMet` (with figures)
    when the existing channels are not under control and no reason was given.
    """
    check_sweep_minutes(channel.sweep_minutes)
    now = int(clock.now())
    reason = (override_reason or "").strip()
    with transaction(db):
        count = count_channels(db)
        if count >= MAX_CHANNELS:
            raise ChannelLimitReached.from_text(cap_text(count))
        report = check_gate(db, now=now)
        if not report.passed and not reason:
            raise GateNotMet(report)
        channel_id = channel_store.add_channel(db, channel, now=now)
        if not report.passed:
            events.record(
                db,
                "mastery_gate_override",
                channel_id=channel_id,
                at=now,
                detail={
                    "reason": reason,
                    "kind": str(channel.kind),
                    "figures": report.figures.as_dict() if report.figures else None,
                },
            )
        events.record(
            db,
            "channel_added",
            channel_id=channel_id,
            at=now,
            detail={"kind": str(channel.kind), "name": channel.name},
        )
    return channel_id


def remove_channel(db: Any, channel_id: int, secrets=None, *, clock: Clock) -> bool:
    """Remove a channel, its messages and its secrets. Returns False when it did not exist."""
    from cmstation.listening.adapters import SECRET_NAMES
    from cmstation.secrets import channel_key

    ch = channel_store.get_channel(db, channel_id)
    if ch is None:
        return False
    if secrets is not None:
        for name in SECRET_NAMES:
            secrets.delete(channel_key(channel_id, name))
    with transaction(db):
        events.record(
            db,
            "channel_removed",
            at=int(clock.now()),
            detail={"id": channel_id, "kind": str(ch.kind), "name": ch.name},
        )
        channel_store.remove_channel(db, channel_id)
    return True


def cap_text(count: int) -> Text:
    return Text(CTX, MSG_CAP, {"count": count, "max": MAX_CHANNELS})


def check_sweep_minutes(minutes: int) -> int:
    if not MIN_SWEEP_MINUTES <= int(minutes) <= MAX_SWEEP_MINUTES:
        raise CmstationError.from_text(
            Text(
                CTX,
                MSG_BAD_MINUTES,
                {"minutes": minutes, "min": MIN_SWEEP_MINUTES, "max": MAX_SWEEP_MINUTES},
            )
        )
    return int(minutes)


def is_loopback_host(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_server_url(url: str) -> str:
    """``mastodon.social`` -> ``https://mastodon.social``; https required except on loopback."""
    raw = url.strip()
    if not raw:
        raise CmstationError.from_text(Text(CTX, MSG_BAD_URL, {"url": url}))
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CmstationError.from_text(Text(CTX, MSG_BAD_URL, {"url": url}))
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise CmstationError.from_text(Text(CTX, MSG_NEED_HTTPS, {"url": url}))
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def default_kind_name(kind: ChannelKind) -> str:
    return {ChannelKind.MANUAL: "Manual"}.get(kind, str(kind))
