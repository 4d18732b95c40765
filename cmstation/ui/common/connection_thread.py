"""A worker thread with its own SQLite connection that handles requests one at a time.

The sweep and outbox controllers each own one (long network work must not wait behind, or
block, the window's task helper). Results go back to the GUI thread through Qt signals that
the handlers emit with :func:`emit_safely`.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cmstation.storage.connection import connect

_STOP = object()


def emit_safely(signal, *args) -> None:
    """Emit from the worker; nothing happens when the receiving object is already gone."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class ConnectionThread:
    """``handle(db, request)`` runs on the thread for each request, in order; its result goes
    to ``on_done`` and an exception to ``on_error`` (both called on the thread, after the
    thread stopped counting as busy). ``max_pending=1`` makes requests coalesce: while one is
    waiting, more are dropped."""

    def __init__(
        self,
        workspace_path: Path,
        name: str,
        handle: Callable[[Any, Any], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        max_pending: int = 0,
    ) -> None:
        self.workspace_path = Path(workspace_path)
        self._handle = handle
        self._on_done = on_done
        self._on_error = on_error
        self._queue: queue.Queue = queue.Queue(maxsize=max_pending)
        self._busy = threading.Event()
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    @property
    def pending(self) -> bool:
        """A request is being handled or waits its turn."""
        return self._busy.is_set() or not self._queue.empty()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    @property
    def queued(self) -> bool:
        return not self._queue.empty()

    def put(self, request: Any) -> bool:
        """Queue a request; False when it was dropped (one is already waiting)."""
        try:
            self._queue.put_nowait(request)
        except queue.Full:
            return False
        return True

    def stop(self, timeout: float = 5.0, *, drop_waiting: bool = False) -> None:
        if drop_waiting:
            with contextlib.suppress(queue.Empty):
                while True:
                    self._queue.get_nowait()
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def _work(self) -> None:
        db = None
        while True:
            request = self._queue.get()
            if request is _STOP:
                break
            self._busy.set()
            try:
                if db is None:
                    db = connect(self.workspace_path)
                result = self._handle(db, request)
            except Exception as exc:  # noqa: BLE001 - handed to on_error
                self._busy.clear()
                if self._on_error is not None:
                    self._on_error(exc)
            else:
                self._busy.clear()
                if self._on_done is not None:
                    self._on_done(result)
        if db is not None:
            db.conn.close()
