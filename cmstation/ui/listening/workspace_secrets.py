"""The secret store of the open workspace, scoped by the workspace's id."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cmstation.secrets import open_secret_store
from cmstation.storage.settings import workspace_id_at


def workspace_secrets(workspace_path: Path) -> Callable[..., Any]:
    """``open(allow_session_only=True)`` for this workspace's logins only."""
    scope = workspace_id_at(workspace_path)

    def open_store(allow_session_only: bool = True) -> Any:
        return open_secret_store(allow_session_only=allow_session_only, scope=scope)

    return open_store
