"""Errors every layer can raise and the UI can explain in plain words."""

from __future__ import annotations

from typing import Any

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text

MSG_TOO_NEW = QT_TRANSLATE_NOOP(
    "Workspace",
    "The workspace {path} was written by a newer cmstation "
    "(schema {found}; this version knows up to {supported}). It was left untouched.",
)
MSG_CORRUPT = QT_TRANSLATE_NOOP(
    "Workspace", "The workspace {path} is damaged or not a cmstation file ({detail})."
)


class CmstationError(Exception):
    """Base for errors that carry a message fit for the user.

    ``text``, when set, is the same message as translatable Text, so the window can show it
    in the user's language (the exception's own message is the English rendering).
    """

    text: Text | None = None

    @classmethod
    def from_text(cls, text: Text, *args: Any) -> CmstationError:
        exc = cls(text.render(), *args)
        exc.text = text
        return exc


class WorkspaceError(CmstationError):
    """The workspace file cannot be used."""


class WorkspaceTooNew(WorkspaceError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        self.text = Text(
            "Workspace", MSG_TOO_NEW, {"path": path, "found": found, "supported": supported}
        )
        super().__init__(self.text.render())
        self.path, self.found, self.supported = path, found, supported


class WorkspaceCorrupt(WorkspaceError):
    def __init__(self, path: str, detail: str) -> None:
        self.text = Text("Workspace", MSG_CORRUPT, {"path": path, "detail": detail})
        super().__init__(self.text.render())
        self.path, self.detail = path, detail


class ChannelLimitReached(CmstationError):
    pass


class WorkspaceBusy(WorkspaceError):
    """Another process already listens and sends for this workspace (see
    ``storage.workspace_owner``); ``holder`` says who, when known."""

    def __init__(self, text: Text, holder: Any = None) -> None:
        self.text = text
        self.holder = holder
        super().__init__(text.render())
