"""Who listens and sends for a workspace: one process at a time.

Reading and editing a workspace (the inbox, drafts, holding a reply) is safe from several
processes at once: SQLite serialises the writes. Sweeping and sending are not meant to run
twice: two outbox passes could both try the same reply, two schedulers sweep every channel
twice. So the process that sweeps on a schedule or sends the outbox (the window, `cmstation
listen`, a one-off `sweep` or `outbox send`) first takes the workspace's *owner lease*; a
second one is told plainly who has it, and the window then keeps working as a reader and
editor and takes over when the other stops.

The lease is an exclusive ``flock`` on a small file of its own beside the workspace,
``workspace.sqlite3.owner`` (never one of SQLite's files: closing a descriptor of those would
drop SQLite's locks, see ``storage.connection``). The kernel releases it when the process
ends, however it ends (kill -9 included), so a crash never leaves a stale owner behind. The
file's text says who holds it (process id, role, since when), for the message.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from cmstation.core.errors import WorkspaceBusy
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

CTX = "Workspace"
SUFFIX = ".owner"

#: Roles a process takes the lease in, and how a message names them.
ROLES = {
    "window": QT_TRANSLATE_NOOP("Workspace", "the cmstation window"),
    "listen": QT_TRANSLATE_NOOP("Workspace", "'cmstation listen'"),
    "sweep": QT_TRANSLATE_NOOP("Workspace", "'cmstation sweep'"),
    "outbox": QT_TRANSLATE_NOOP("Workspace", "'cmstation outbox send'"),
}
MSG_BUSY = QT_TRANSLATE_NOOP(
    "Workspace",
    "{holder} (process {pid}) is already listening and sending for this workspace (since {since}).",
)
MSG_BUSY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Workspace", "Another cmstation is already listening and sending for this workspace."
)


@dataclass(frozen=True)
class Holder:
    """Who holds the lease, as its lock file says."""

    pid: int
    role: str
    since: int
    host: str = ""

    def text(self) -> Text:
        """ "the cmstation window (process 4711) is already listening ... (since 14:05)."."""
        role = ROLES.get(self.role, ROLES["window"])
        return Text(
            CTX,
            MSG_BUSY,
            {
                "holder": Text(CTX, role),
                "pid": self.pid,
                "since": time.strftime("%H:%M", time.localtime(self.since)),
            },
        )


def lock_path(workspace_path: str | os.PathLike) -> Path:
    p = Path(workspace_path)
    return p.with_name(p.name + SUFFIX)


class OwnerLease:
    """The lease, held until :meth:`release` (or the process ends)."""

    def __init__(self, path: Path, fd: int, holder: Holder) -> None:
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # nobody holds it: no stale name for the next message
        os.close(fd)  # closing the descriptor releases the lock

    def __enter__(self) -> OwnerLease:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()

    def __del__(self) -> None:  # a lease dropped without release(): let go all the same
        with contextlib.suppress(Exception):
            self.release()


def try_acquire(workspace_path: str | os.PathLike, role: str) -> OwnerLease | None:
    """The lease for ``role`` ("window", "listen", "sweep", "outbox"), or None when another
    process (or another lease in this one) holds it."""
    path = lock_path(workspace_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _lock(fd):
            os.close(fd)
            return None
        holder = Holder(pid=os.getpid(), role=role, since=int(time.time()), host=_host())
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder.__dict__).encode(), 0)
    except BaseException:
        os.close(fd)
        raise
    return OwnerLease(path, fd, holder)


def acquire(workspace_path: str | os.PathLike, role: str) -> OwnerLease:
    """The lease, or ``WorkspaceBusy`` (core.errors) saying who has it."""
    lease = try_acquire(workspace_path, role)
    if lease is None:
        holder = current_holder(workspace_path)
        text = holder.text() if holder is not None else Text(CTX, MSG_BUSY_UNKNOWN)
        raise WorkspaceBusy(text, holder)
    return lease


def current_holder(workspace_path: str | os.PathLike) -> Holder | None:
    """Who holds the lease now, as far as its file says (None: nobody, or it cannot tell)."""
    path = lock_path(workspace_path)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        raw = os.read(fd, 4096)
    finally:
        os.close(fd)
    try:
        data = json.loads(raw)
        return Holder(
            pid=int(data["pid"]),
            role=str(data["role"]),
            since=int(data["since"]),
            host=str(data.get("host", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None


def _lock(fd: int) -> bool:
    """An exclusive, non-blocking lock on the whole file; False when it is taken."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    import msvcrt  # pragma: no cover - Windows: lock one byte far past the text

    os.lseek(fd, 1 << 30, os.SEEK_SET)  # pragma: no cover
    try:  # pragma: no cover
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:  # pragma: no cover
        return False
    return True  # pragma: no cover


def _host() -> str:
    with contextlib.suppress(OSError):
        return socket.gethostname()
    return ""
