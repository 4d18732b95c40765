"""What the sweep and outbox controllers share: a workspace they open on their own worker
thread, and what they reach the channels with from there (the secret store, an HTTP session,
the clock), each replaceable by tests."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from cmstation.core.clock import Clock, SystemClock
from cmstation.core.errors import CmstationError
from cmstation.ui.common.connection_thread import emit_safely


def default_secrets() -> Any:
    """The keyring, or (without one) the logins the user kept for this session."""
    from cmstation.secrets import open_secret_store

    return open_secret_store(allow_session_only=True)


def default_session() -> Any:
    from cmstation.listening.adapters import new_session

    return new_session()


class NetworkController(QObject):
    """The base of a controller whose worker thread talks to the channels.
    ``secrets_provider`` and ``session_factory`` may also be replaced on a live one."""

    def __init__(
        self,
        workspace_path: Path,
        *,
        secrets_provider: Callable[[], Any] | None = None,
        session_factory: Callable[[], Any] | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace_path = Path(workspace_path)
        self.secrets_provider = secrets_provider or default_secrets
        self.session_factory = session_factory or default_session
        self.clock = clock or SystemClock()
        self._closed = False
        #: Why this window does not sweep or send now (another process listens and sends
        #: for the workspace: see ui.workspace_owner_watch); "" when it may.
        self.standby = ""

    # -- worker thread ------------------------------------------------------------------------

    def _emit(self, signal, *args) -> None:
        emit_safely(signal, *args)

    def _secrets_or_none(self) -> Any:
        """The secret store; None without a keyring (the channels that need a login then say
        so instead of the run failing)."""
        try:
            return self.secrets_provider()
        except CmstationError:
            return None

    @contextlib.contextmanager
    def _session(self) -> Iterator[Any]:
        """A new HTTP session for one run, closed after it."""
        session = self.session_factory()
        try:
            yield session
        finally:
            with contextlib.suppress(Exception):
                session.close()
