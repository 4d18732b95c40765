"""The window listens and sends only when it holds the workspace's owner lease
(:mod:`cmstation.storage.workspace_owner`). When ``cmstation listen`` or another window
already has it, this window says so in plain words, keeps working as a reader and editor
(marking done, drafting, queueing replies for the other to send) and tries again every few
seconds, taking over the sweeps and the outbox once the other stops.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from cmstation.storage import workspace_owner

RETRY_MS = 10_000


class WorkspaceOwnerWatch(QObject):
    """Takes the lease for ``window`` and starts its listening and sending; see the module."""

    # True: this window now sweeps and sends; False: another process does
    ownership_changed = Signal(bool)

    def __init__(self, window, *, retry_ms: int = RETRY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.lease: workspace_owner.OwnerLease | None = None
        self.label = QLabel()
        self.label.setObjectName("ownerStatus")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(retry_ms)
        self.timer.timeout.connect(self.try_take)
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.Close:
            # after the window's own closing, which stops its sweeps and sending
            QTimer.singleShot(0, self, self._release_if_closed)
        return False

    def _release_if_closed(self) -> None:
        if not self.window.isVisible():
            self.release()

    @property
    def owned(self) -> bool:
        return self.lease is not None and self.lease.held

    def try_take(self) -> bool:
        """Take the lease if it is free: then sweep on schedule and send; True when held."""
        if self.owned:
            return True
        if getattr(self.window, "_closed", False):
            self.release()
            return False
        lease = workspace_owner.try_acquire(self.window.workspace_path, "window")
        if lease is None:
            self._standby()
            return False
        self.lease = lease
        self.timer.stop()
        self.label.hide()
        self.label.setText("")
        listening, outbox = self.window.listening, self.window.outbox
        listening.controller.standby = outbox.controller.standby = ""
        listening.start_schedule()  # sweep what is due now, then once a minute
        outbox.start_sending()  # queued replies go now, every 30 s, and when back online
        self.ownership_changed.emit(True)
        return True

    def _standby(self) -> None:
        holder = workspace_owner.current_holder(self.window.workspace_path)
        who = (
            holder.text().render(QCoreApplication.translate)
            if holder is not None
            else QCoreApplication.translate(
                "Workspace",
                "Another cmstation is already listening and sending for this workspace.",
            )
        )
        reason = QCoreApplication.translate(
            "Workspace",
            "{who} This window reads and edits; it takes over the sweeps and the outbox "
            "when that one stops.",
        ).format(who=who)
        first = not self.label.isVisible() and not self.timer.isActive()
        listening, outbox = self.window.listening, self.window.outbox
        listening.controller.standby = outbox.controller.standby = reason
        self.label.setText(QCoreApplication.translate("Workspace", "Reading and editing only"))
        self.label.setToolTip(reason)
        self.label.show()
        if first:
            self.window._update_status(reason)
            self.ownership_changed.emit(False)
        if not self.timer.isActive():
            self.timer.start()

    def release(self) -> None:
        self.timer.stop()
        if self.lease is not None:
            self.lease.release()
            self.lease = None


def own_workspace(window, **kwargs) -> WorkspaceOwnerWatch:
    """Listen and send for ``window``'s workspace when no other process does
    (``window.owner_watch``); try again until it can."""
    watch = WorkspaceOwnerWatch(window, **kwargs)
    window.owner_watch = watch
    watch.try_take()
    return watch
