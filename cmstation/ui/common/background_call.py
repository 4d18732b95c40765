"""A one-off call off the GUI thread (the channel dialogs' network steps, the mastery
figures): ``fn()`` runs on a short-lived thread, its result or error comes back on the GUI
thread. Database work goes through the task helper (tasks.py) instead."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    """Run ``fn()`` on a short-lived thread; ``on_done``/``on_error`` on the GUI thread."""

    _finished = Signal(object, object)

    def __init__(self, fn, on_done, on_error, parent: QObject) -> None:
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, args=(fn,), daemon=True)
        self._thread.start()

    def _run(self, fn) -> None:
        try:
            result, error = fn(), None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the dialog is gone
            self._finished.emit(result, error)

    def _deliver(self, result, error) -> None:
        try:
            if error is not None:
                self._on_error(error)
            else:
                self._on_done(result)
        finally:
            self.deleteLater()
