"""The log file, and errors explained in plain words.

Internal exception text (``OverflowError: ...``, ``database disk image is malformed``) never
reaches the user as a status line or a command's message: :func:`explain` turns an exception
into a short translatable sentence that says what failed, and writes the details (type,
message, traceback) to the log file, whose place the sentence names when it matters.
Secrets are never logged: exceptions carry no credentials (tokens travel in headers and
request bodies, which no message quotes), and as a second line of defence every record is
redacted before it is written: the values the secret store handed out or stored in this
process (:func:`redact_value`, called by :mod:`cmstation.secrets`) and anything shaped like
a credential (a bearer token, a JWT, an app password, ``access_token=...``) become
``[secret]``.

The log lives in the platform's user log folder (``~/.local/state/cmstation/log`` on Linux),
``$CMSTATION_LOG_DIR`` overrides it; it rotates at 1 MB, three files kept.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
from pathlib import Path

from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.redaction import REDACTED, redact, redact_value  # noqa: F401 - kept here

CTX = "Errors"
LOG_FILE = "cmstation.log"

MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "Something unexpected went wrong. The details are in the log: {log}"
)
MSG_DB_BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "The workspace was busy (another cmstation was writing to it) and the change was not "
    "saved. Try again in a moment.",
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors",
    "The disk is full, so the change was not saved. What was saved before is intact; make "
    "room and try again.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The workspace file could not be read: it may be damaged. Nothing more was written to "
    "it. The details are in the log: {log}",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "The workspace cannot be written (read-only file or folder), so the change was not saved.",
)
MSG_FILE = QT_TRANSLATE_NOOP("Errors", "A file could not be read or written: {reason}.")

_configured: Path | None = None


class RedactingFormatter(logging.Formatter):
    """The log line (message, arguments and traceback) with its secrets taken out."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    env = os.environ.get("CMSTATION_LOG_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir("cmstation", appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup(level: int = logging.INFO) -> Path | None:
    """Send cmstation's log records to the log file (once per process); the file's path, or
    None when it cannot be written (then records go nowhere and nothing fails)."""
    global _configured
    if _configured is not None:
        return _configured
    logging.raiseExceptions = False  # a full disk must not print logging tracebacks
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger("cmstation")
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    _configured = path
    return path


def explain(exc: BaseException, *, logger: logging.Logger | None = None) -> Text:
    """A plain, translatable sentence for ``exc``; anything not already meant for the user
    is logged with its traceback first."""
    if isinstance(exc, CmstationError):
        return exc.text if exc.text is not None else Text(CTX, "{message}", {"message": str(exc)})
    (logger or logging.getLogger("cmstation")).error(
        "%s: %s", type(exc).__name__, exc, exc_info=exc
    )
    where = {"log": str(log_path())}
    message = str(exc).lower()
    if type(exc).__module__ == "sqlite3":
        if "locked" in message or "busy" in message:
            return Text(CTX, MSG_DB_BUSY)
        if "full" in message:
            return Text(CTX, MSG_DISK_FULL)
        if "readonly" in message or "read-only" in message:
            return Text(CTX, MSG_READ_ONLY)
        if "malformed" in message or "not a database" in message or "i/o" in message:
            return Text(CTX, MSG_DAMAGED, where)
        return Text(CTX, MSG_UNEXPECTED, where)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return Text(CTX, MSG_DISK_FULL)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return Text(CTX, MSG_READ_ONLY)
        return Text(CTX, MSG_FILE, {"reason": exc.strerror or str(exc) or type(exc).__name__})
    return Text(CTX, MSG_UNEXPECTED, where)
