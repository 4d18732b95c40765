"""One run of sweeps as the window asks for it: "what is due now" (the schedule's tick) or
"these channels now" (Sweep now, a new channel, a fresh login). Qt-free: the window's
SweepController runs it on its worker thread and turns the callbacks into signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cmstation.core.clock import Clock
from cmstation.core.models import ChannelKind
from cmstation.listening import adapters as factory
from cmstation.listening import scheduler
from cmstation.listening.sweep import SweepProgress, SweepSummary
from cmstation.storage import channels as channel_store


def channels_to_sweep(db, what: str, ids: list[int] | None, now: float) -> list[int]:
    """``what`` "due": the channels the schedule says are due at ``now``; "now": ``ids``
    (None: every one), of the enabled listening channels (paused and manual ones never)."""
    if what == "due":
        return scheduler.due_channels(db, now)
    listening = [
        c.id for c in channel_store.list_channels(db) if c.enabled and c.kind != ChannelKind.MANUAL
    ]
    return listening if ids is None else [i for i in ids if i in listening]


def run_sweeps(
    db,
    ids: list[int],
    *,
    secrets: Any,
    session: Any,
    clock: Clock,
    page_budget: int,
    on_progress: Callable[[SweepProgress], None] | None = None,
    on_channel: Callable[[SweepSummary], None] | None = None,
    stopped: Callable[[], bool] = lambda: False,
) -> list[SweepSummary]:
    """Sweep ``ids`` one after the other over one HTTP session; ``secrets`` None (no
    keyring): every channel that needs a login says so. Stops early when ``stopped()``."""

    def build(_db, channel):
        return factory.build_adapter(channel, session, secrets)

    summaries = []
    for cid in ids:
        if stopped():
            break
        summary = scheduler.sweep_channel(
            db,
            cid,
            build_adapter=build,
            clock=clock,
            page_budget=page_budget,
            on_progress=on_progress,
        )
        if summary is not None:
            summaries.append(summary)
            if on_channel is not None:
                on_channel(summary)
    return summaries
