"""When to sweep: APScheduler 3.x in this one module, deciding from stored state.

Every channel has one APScheduler job (a plain function, :func:`sweep_if_due`) that ticks
about once a minute (with jitter, ``coalesce=True``, ``max_instances=1``). A tick does not
sweep by itself: it asks :func:`is_due`, which looks only at what the database remembers
(``channels.last_sweep_at`` + ``sweep_minutes`` and ``retry_at``). So a laptop that slept
for hours catches up with exactly one sweep per channel when it wakes, instead of losing
sweeps or stacking the ticks it missed; and a sweep started elsewhere (``cmstation sweep``,
"Sweep now") counts as the last run. Overlap is prevented by the sweep's claim in
``sweep_log`` (see :mod:`cmstation.storage.sweeps`), which also holds across processes.

Rules of :func:`is_due` (pure: tests hand in ``now``):

* disabled ("paused") and manual channels are never due;
* a channel that needs a login is not due until the user logs in again: polling it
  only gets the same refusal. "Sweep now" by the user still tries (one request) and
  reports the same plain message. Logging in again
  (:func:`cmstation.listening.channel_flows.store_relogin`) sets the status back to ``ok``
  with ``retry_at`` at the time of the login, so the next tick sweeps it;
* never before ``retry_at`` (rate limited: the network said when; offline: our back-off);
* once ``retry_at`` has passed (after a rate limit, an offline spell or a fresh login):
  due at once;
* otherwise due when it has never been swept or ``last_sweep_at + interval <= now``, the
  interval being ``sweep_minutes`` clamped to 5..240 minutes (default 15).

:meth:`ListenService.reconcile` keeps one job per enabled listening channel, so pausing a
channel (``channels.enabled``) drops its job and resuming it adds the job again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from cmstation.channels.base import ChannelError
from cmstation.core.clock import Clock, SystemClock
from cmstation.core.models import Channel
from cmstation.listening.sweep import NEEDS_LOGIN, SweepProgress, SweepSummary, run_sweep
from cmstation.storage import channels as channel_store
from cmstation.storage import sweeps
from cmstation.storage.connection import connect

log = logging.getLogger(__name__)

DEFAULT_MINUTES = 15
MIN_MINUTES = 5
MAX_MINUTES = 240
TICK_SECONDS = 60
JITTER_SECONDS = 10

#: ``build_adapter(db, channel) -> ListeningAdapter``; may raise a ChannelError (NeedsLogin).
AdapterBuilder = Callable[[Any, Channel], Any]


def interval_seconds(sweep_minutes: int | None) -> int:
    m = DEFAULT_MINUTES if not sweep_minutes else int(sweep_minutes)
    return max(MIN_MINUTES, min(MAX_MINUTES, m)) * 60


def is_due(row: sweeps.ScheduleRow, now: float) -> bool:
    if not row.enabled or row.kind == "manual":
        return False
    if row.status == NEEDS_LOGIN:
        return False
    if row.retry_at is not None:
        # not before it; once it has passed (rate limit, offline, a fresh login): at once
        return now >= row.retry_at
    if row.last_sweep_at is None:
        return True
    return row.last_sweep_at + interval_seconds(row.sweep_minutes) <= now


def due_channels(db, now: float) -> list[int]:
    """Ids of the channels a tick at ``now`` should sweep."""
    return [r.channel_id for r in sweeps.schedule_rows(db) if is_due(r, now)]


def sweep_if_due(
    workspace_path: str | Path,
    channel_id: int,
    *,
    build_adapter: AdapterBuilder,
    clock: Clock,
    page_budget: int = 5,
    on_summary: Callable[[SweepSummary], None] | None = None,
    on_progress: Callable[[SweepProgress], None] | None = None,
) -> SweepSummary | None:
    """The job: open a connection of this thread, sweep the channel when due, close."""
    db = connect(workspace_path)
    try:
        row = next((r for r in sweeps.schedule_rows(db) if r.channel_id == channel_id), None)
        if row is None or not is_due(row, clock.now()):
            return None
        summary = sweep_channel(
            db,
            channel_id,
            build_adapter=build_adapter,
            clock=clock,
            page_budget=page_budget,
            on_progress=on_progress,
        )
    finally:
        db.conn.close()
    if on_summary is not None and summary is not None:
        on_summary(summary)
    return summary


def sweep_channel(
    db,
    channel_id: int,
    *,
    build_adapter: AdapterBuilder,
    clock: Clock,
    page_budget: int = 5,
    on_progress: Callable[[SweepProgress], None] | None = None,
) -> SweepSummary | None:
    """Build the adapter (a missing login becomes the channel's status) and sweep."""
    channel = channel_store.get_channel(db, channel_id)
    if channel is None:
        return None
    adapter, error = None, None
    try:
        adapter = build_adapter(db, channel)
    except ChannelError as exc:
        error = exc
    return run_sweep(
        db,
        channel_id,
        adapter,
        clock=clock,
        page_budget=page_budget,
        on_progress=on_progress,
        adapter_error=error,
    )


class ListenService:
    """A BackgroundScheduler with one ticking job per channel (kept in step with the table)."""

    def __init__(
        self,
        workspace_path: str | Path,
        build_adapter: AdapterBuilder,
        *,
        clock: Clock | None = None,
        tick_seconds: int = TICK_SECONDS,
        jitter_seconds: int = JITTER_SECONDS,
        page_budget: int = 5,
        on_summary: Callable[[SweepSummary], None] | None = None,
        on_progress: Callable[[SweepProgress], None] | None = None,
    ) -> None:
        self.workspace_path = Path(workspace_path)
        self.build_adapter = build_adapter
        self.clock = clock or SystemClock()
        self.tick_seconds = tick_seconds
        self.jitter_seconds = jitter_seconds
        self.page_budget = page_budget
        self.on_summary = on_summary
        self.on_progress = on_progress
        self._scheduler: BackgroundScheduler | None = None
        self._lock = threading.Lock()

    def _job_kwargs(self) -> dict[str, Any]:
        return {
            "build_adapter": self.build_adapter,
            "clock": self.clock,
            "page_budget": self.page_budget,
            "on_summary": self.on_summary,
            "on_progress": self.on_progress,
        }

    def tick(self) -> list[SweepSummary]:
        """One pass over every channel, synchronously (tests and ``listen --once``)."""
        out = []
        db = connect(self.workspace_path)
        try:
            ids = due_channels(db, self.clock.now())
        finally:
            db.conn.close()
        for cid in ids:
            s = sweep_if_due(self.workspace_path, cid, **self._job_kwargs())
            if s is not None:
                out.append(s)
        return out

    def start(self) -> None:
        with self._lock:
            if self._scheduler is not None:
                return
            self._scheduler = BackgroundScheduler(timezone=UTC)
            self._scheduler.add_job(
                self.reconcile,
                "interval",
                seconds=self.tick_seconds,
                id="reconcile",
                coalesce=True,
                max_instances=1,
                misfire_grace_time=None,
            )
            self._scheduler.start()
        self.reconcile()

    def reconcile(self) -> None:
        """One job per enabled listening channel: add jobs for new (or resumed) channels, drop
        removed (or paused) ones."""
        sched = self._scheduler
        if sched is None:
            return
        db = connect(self.workspace_path)
        try:
            ids = {
                r.channel_id for r in sweeps.schedule_rows(db) if r.kind != "manual" and r.enabled
            }
        finally:
            db.conn.close()
        jobs = {j.id for j in sched.get_jobs() if j.id.startswith("sweep-")}
        for cid in ids:
            jid = f"sweep-{cid}"
            if jid not in jobs:
                sched.add_job(
                    sweep_if_due,
                    "interval",
                    seconds=self.tick_seconds,
                    jitter=self.jitter_seconds,
                    id=jid,
                    args=[str(self.workspace_path), cid],
                    kwargs=self._job_kwargs(),
                    coalesce=True,
                    max_instances=1,
                    misfire_grace_time=None,
                    next_run_time=_now_utc(),
                )
        for jid in jobs - {f"sweep-{c}" for c in ids}:
            sched.remove_job(jid)

    @property
    def job_ids(self) -> list[str]:
        return sorted(j.id for j in self._scheduler.get_jobs()) if self._scheduler else []

    def shutdown(self, wait: bool = True) -> None:
        with self._lock:
            if self._scheduler is not None:
                self._scheduler.shutdown(wait=wait)
                self._scheduler = None


def _now_utc():
    from datetime import datetime

    return datetime.now(UTC)
