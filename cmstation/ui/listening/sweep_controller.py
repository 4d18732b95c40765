"""Listening in the window: :class:`SweepController` runs sweeps on one worker thread with
its own SQLite connection (one connection per thread). A QTimer asks what is due once a
minute (decided from stored state, so a laptop that slept catches up with one sweep per
channel); "Sweep now" sweeps every listening channel at once (a paused channel never; one
that needs a login is tried once, and says so again). The work itself is Qt-free
(:mod:`cmstation.listening.sweep_runs`); progress, each channel's summary and the end come
back as Qt signals. The window's side of it (menus, statuses) is
:mod:`cmstation.ui.listening.listening_ui`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal

from cmstation.listening import sweep_runs
from cmstation.ui.common.connection_thread import ConnectionThread
from cmstation.ui.common.network_controller import NetworkController

log = logging.getLogger(__name__)

TICK_MS = 60_000


class SweepController(NetworkController):
    """Runs sweeps on one worker thread; everything it reports arrives on the GUI thread."""

    # number of channels about to be swept
    sweep_started = Signal(int)
    # a SweepProgress
    progress = Signal(object)
    # a SweepSummary (one channel done)
    channel_swept = Signal(object)
    # the list of SweepSummary of this run
    sweep_finished = Signal(list)
    # an unexpected error of our own (storage): the exception
    sweep_failed = Signal(object)

    def __init__(self, workspace_path: Path, *, page_budget: int = 5, **parts: Any) -> None:
        """``parts``: the secrets provider, session factory, clock and parent, as for
        :class:`NetworkController`."""
        super().__init__(workspace_path, **parts)
        self.page_budget = page_budget
        self._running = False
        #: True in the sample workspace: nothing is swept
        self.disabled = False
        self.paused = False  # the tray's Pause listening: no scheduled sweeps
        self._worker = ConnectionThread(
            workspace_path,
            "cmstation-sweep",
            lambda db, req: self._run(db, *req),
            on_error=self._failed,
        )
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.sweep_due)
        self.sweep_started.connect(lambda _n: setattr(self, "_running", True))
        self.sweep_finished.connect(lambda _s: setattr(self, "_running", False))
        self.sweep_failed.connect(lambda _e: setattr(self, "_running", False))

    # -- GUI thread ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running or self._worker.queued

    def start_schedule(self, interval_ms: int = TICK_MS) -> None:
        """Sweep what is due now and then once a minute."""
        self.timer.setInterval(interval_ms)
        self.timer.start()
        self.sweep_due()

    def stop_schedule(self) -> None:
        self.timer.stop()

    def sweep_now(self, channel_ids: list[int] | None = None) -> bool:
        """Sweep these channels (None: every enabled listening channel), due or not; paused
        channels are left out. Returns False when a sweep is already under way (the request is dropped)."""
        if self._closed or self.disabled or self.standby or self.running:
            return False
        self._worker.put(("now", None if channel_ids is None else list(channel_ids)))
        return True

    def sweep_due(self) -> bool:
        """The scheduled sweep (not while listening is paused from the tray)."""
        if self._closed or self.disabled or self.paused or self.standby or self.running:
            return False
        self._worker.put(("due", None))
        return True

    def shutdown(self, timeout: float = 5.0) -> None:
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self._worker.stop(timeout)

    # -- worker thread ------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        log.error("sweep failed", exc_info=exc)
        self._emit(self.sweep_failed, exc)

    def _run(self, db, what: str, ids: list[int] | None) -> None:
        ids = sweep_runs.channels_to_sweep(db, what, ids, self.clock.now())
        if not ids:
            if what == "now":
                self._emit(self.sweep_started, 0)
                self._emit(self.sweep_finished, [])
            return
        self._emit(self.sweep_started, len(ids))
        secrets = self._secrets_or_none()  # no keyring: every login channel says "needs login"
        with self._session() as session:
            summaries = sweep_runs.run_sweeps(
                db,
                ids,
                secrets=secrets,
                session=session,
                clock=self.clock,
                page_budget=self.page_budget,
                on_progress=lambda p: self._emit(self.progress, p),
                on_channel=lambda s: self._emit(self.channel_swept, s),
                stopped=lambda: self._closed,
            )
        self._emit(self.sweep_finished, summaries)
