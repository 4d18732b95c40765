"""The window follows changes made elsewhere: by ``cmstation listen``, a command, another
window. Once a second it asks SQLite whether another connection committed
(``PRAGMA data_version`` on the window's own connection: no I/O, microseconds); when one
did, it refreshes the list, the counts, the channel statuses and the outbox, and rebuilds
the navigation when channels or saved searches changed. The window's own writes (made on
its worker's connection) are noticed too and cost one extra, harmless refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from cmstation.storage import changes

POLL_MS = 1000


class WorkspaceChangeWatch(QObject):
    """Polls the window's connection; ``changed`` after each refresh it caused."""

    changed = Signal()

    def __init__(self, window, *, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.refreshes = 0
        self._version = changes.data_version(window._db)
        self._fingerprint = changes.channel_fingerprint(window._db)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> bool:
        """Refresh when another connection committed since the last poll; True when it did."""
        w = self.window
        if getattr(w, "_closed", False):
            self.timer.stop()
            return False
        found = changes.poll(w._db, self._version)
        if found is None:
            return False
        self._version, fingerprint = found
        if fingerprint != self._fingerprint:
            self._fingerprint = fingerprint
            w.reload_navigation()  # channels or searches added, renamed, paused, removed
        w.message_model.reload()
        w.refresh_counts()
        listening = getattr(w, "listening", None)
        if listening is not None:
            listening.refresh_statuses()
        outbox = getattr(w, "outbox", None)
        if outbox is not None:
            outbox.refresh()
        self.refreshes += 1
        self.changed.emit()
        return True


def watch_workspace(window, **kwargs) -> WorkspaceChangeWatch:
    """Start following outside changes for ``window`` (``window.change_watch``)."""
    watch = WorkspaceChangeWatch(window, **kwargs)
    window.change_watch = watch
    watch.start()
    return watch
