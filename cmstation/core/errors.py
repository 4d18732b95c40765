"""Errors every layer can raise and the UI can explain in plain words."""

from __future__ import annotations


class CmstationError(Exception):
    """Base for errors that carry a message fit for the user."""


class WorkspaceError(CmstationError):
    """The workspace file cannot be used."""


class WorkspaceTooNew(WorkspaceError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"The workspace {path} was written by a newer cmstation "
            f"(schema {found}; this version knows up to {supported}). It was left untouched."
        )
        self.path, self.found, self.supported = path, found, supported


class WorkspaceCorrupt(WorkspaceError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"The workspace {path} is damaged or not a cmstation file ({detail}).")
        self.path, self.detail = path, detail


class ChannelLimitReached(CmstationError):
    pass
