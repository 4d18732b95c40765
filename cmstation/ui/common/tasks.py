"""One small task helper: database work off the GUI thread.

In the spirit of Anki's taskman: the GUI hands a Qt-free callable ``fn(db)`` to
:class:`TaskManager`; a single worker thread that owns its own SQLite connection runs
the callables one after the other (so writes are serialised and a later task sees what an
earlier one wrote), and the result or the error comes back on the GUI thread through a
Qt signal. The callable never touches widgets.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmstation.storage.connection import connect

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

_STOP = object()


class TaskManager(QObject):
    """Runs ``fn(db)`` on one worker thread with its own connection to ``workspace_path``.

    ``run()`` returns at once; ``on_done(result)`` or ``on_error(exc)`` is called later on
    the GUI thread. A task without ``on_error`` reports through :attr:`task_failed`.
    """

    # (task id, result, error) - emitted from the worker, delivered on the GUI thread
    _finished = Signal(int, object, object)
    # an error no caller handled: (exception)
    task_failed = Signal(object)
    # the queue ran empty (handy for tests and for a busy indicator)
    idle = Signal()

    def __init__(self, workspace_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(workspace_path)
        self._queue: queue.Queue = queue.Queue()
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._ids = itertools.count(1)
        self._closed = False
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._work, name="cmstation-db", daemon=True)
        self._thread.start()

    # -- GUI thread ---------------------------------------------------------------------

    def run(
        self, fn: Callable[[Any], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> int:
        """Queue ``fn(db)``; returns a task id."""
        if self._closed:
            raise RuntimeError("the task manager has been shut down")
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        self._queue.put((task_id, fn))
        return task_id

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish what is queued, close the worker's connection and stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)
        self._callbacks.clear()

    def _deliver(self, task_id: int, result: Any, error: Any) -> None:
        on_done, on_error = self._callbacks.pop(task_id, (None, None))
        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    self.task_failed.emit(error)
            elif on_done is not None:
                on_done(result)
        finally:
            if not self._callbacks:
                self.idle.emit()

    # -- worker thread ------------------------------------------------------------------

    def _work(self) -> None:
        db = None
        try:
            db = connect(self._path)
        except Exception as exc:  # noqa: BLE001 - reported to every task
            log.error("cannot open %s on the worker: %s", self._path, exc)
            open_error: BaseException | None = exc
        else:
            open_error = None
        while True:
            item = self._queue.get()
            if item is _STOP:
                break
            task_id, fn = item
            if open_error is not None:
                self._emit(task_id, None, open_error)
                continue
            try:
                result = fn(db)
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
                self._emit(task_id, None, exc)
            else:
                self._emit(task_id, result, None)
        if db is not None:
            db.conn.close()

    def _emit(self, task_id: int, result: Any, error: Any) -> None:
        if self._closed and not _qobject_alive(self):
            return
        with contextlib.suppress(RuntimeError):  # the QObject is gone (window closed mid-task)
            self._finished.emit(task_id, result, error)


def _qobject_alive(obj: QObject) -> bool:
    try:
        import shiboken6

        return shiboken6.isValid(obj)
    except ImportError:  # pragma: no cover
        return True
