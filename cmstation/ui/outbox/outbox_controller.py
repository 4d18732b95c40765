"""Runs the outbox worker off the GUI thread: right after a reply is queued, on a timer,
and when the network may be back. Never two runs at once; results come back as signals.

The worker thread owns its own SQLite connection (one connection per thread). A request
that arrives while a run is under way is remembered and served by one more run right
after, so a reply queued mid-run is not left waiting for the next tick.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal

from cmstation.outbox.outbox_pass import run_pass
from cmstation.outbox.worker import OutboxRun
from cmstation.ui.common.connection_thread import ConnectionThread
from cmstation.ui.common.network_controller import NetworkController

log = logging.getLogger(__name__)

TICK_MS = 30_000
#: The worker's reason for a reply that waits because the network could not be reached.


class OutboxController(NetworkController):
    """One worker thread that runs :func:`cmstation.outbox.worker.process_outbox`."""

    run_started = Signal()
    # an OutboxRun (cmstation.outbox.worker)
    run_finished = Signal(object)
    # an error of our own (storage, no keyring): the exception
    run_failed = Signal(object)
    # (outbox id, outcome) for every reply tried: sent / held / login / waiting
    item_done = Signal(int, str)

    def __init__(self, workspace_path: Path, **parts: Any) -> None:
        """``parts``: the secrets provider, session factory, clock and parent, as for
        :class:`NetworkController`."""
        super().__init__(workspace_path, **parts)
        #: False until start_schedule() (the sample workspace never sends)
        self.active = False
        self.runs = 0
        self._worker = ConnectionThread(
            self.workspace_path,
            "cmstation-outbox",
            self._handle,
            on_done=self._done,
            on_error=self._failed,
            max_pending=1,
        )
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.run_now)
        self._network = None

    # -- GUI thread ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._worker.pending

    def start_schedule(self, interval_ms: int = TICK_MS) -> None:
        """Send what may go now, then every ``interval_ms`` and when the network comes back."""
        self.active = True
        self.timer.setInterval(interval_ms)
        self.timer.start()
        self._watch_network()
        self.run_now()

    def stop_schedule(self) -> None:
        self.active = False
        self.timer.stop()

    def reply_queued(self, _outbox_id: int = 0) -> None:
        """The composer queued a reply: try it at once (when sending is switched on)."""
        if self.active:
            self.run_now()

    def run_now(self) -> bool:
        """Ask for a run. While one is under way, one more follows it (requests coalesce).
        False in standby: another process sends for this workspace."""
        if self._closed or self.standby:
            return False
        self._worker.put("run")  # one waiting request is enough: more are dropped
        return True

    def shutdown(self, timeout: float = 5.0) -> None:
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self._worker.stop(timeout, drop_waiting=True)  # a run not yet started is dropped

    def _watch_network(self) -> None:
        """Run when the system says the network is reachable again (if Qt can tell)."""
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadBackendByFeatures(
                QNetworkInformation.Feature.Reachability
            ):
                return
            info = QNetworkInformation.instance()
        except Exception:  # noqa: BLE001 - optional: the timer covers it
            return
        if info is None:
            return
        self._network = info

        def changed(reach) -> None:
            if reach == QNetworkInformation.Reachability.Online and not self._closed:
                self.run_now()

        info.reachabilityChanged.connect(changed)

    # -- worker thread ------------------------------------------------------------------------

    def _handle(self, db, _request) -> OutboxRun:
        self._emit(self.run_started)
        return self._run(db)

    def _done(self, report: OutboxRun) -> None:
        self.runs += 1
        self._emit(self.run_finished, report)

    def _failed(self, exc: BaseException) -> None:
        log.warning("outbox run failed: %s", exc)
        self.runs += 1
        self._emit(self.run_failed, exc)

    def _run(self, db) -> OutboxRun:
        # no keyring: replies wait for a login instead of failing silently
        with self._session() as session:
            return run_pass(
                db,
                self._secrets_or_none,
                session=session,
                clock=self.clock,
                on_item=lambda item, outcome: self._emit(self.item_done, item.id, outcome),
            )
