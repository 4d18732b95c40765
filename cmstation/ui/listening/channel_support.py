"""What the channel dialogs share: the keyring opener they default to, and errors in plain
words (never a traceback)."""

from __future__ import annotations

import logging
from typing import Any

from cmstation.core.errors import CmstationError

log = logging.getLogger(__name__)


def default_open_secrets(allow_session_only: bool) -> Any:
    from cmstation.secrets import open_secret_store

    return open_secret_store(allow_session_only=allow_session_only)


def describe_error(exc: BaseException) -> str:
    """Plain words for the user (never a traceback)."""
    from PySide6.QtCore import QCoreApplication

    text = getattr(exc, "text", None)
    if text is not None and hasattr(text, "render"):
        return text.render(QCoreApplication.translate)
    if type(exc).__name__ == "NoSecureBackend":
        return QCoreApplication.translate("secrets", str(exc))
    if isinstance(exc, CmstationError) and str(exc):
        return str(exc)
    log.error("unexpected error during channel set-up: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "ChannelDialog", "Something unexpected went wrong ({kind}). Nothing was added."
    ).format(kind=type(exc).__name__)
