"""An exception as the window says it: plain words in the interface language, the details
in the log (see cmstation.logs.explain)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmstation import logs


def plain_error(exc: BaseException) -> str:
    return logs.explain(exc).render(QCoreApplication.translate)
