"""What the headless commands share: finding and opening the workspace."""

from __future__ import annotations

import argparse

from cmstation import config
from cmstation.core.errors import WorkspaceError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.storage import open_workspace

MSG_NO_WORKSPACE = QT_TRANSLATE_NOOP(
    "Cli", "No workspace at {path}. Start cmstation once, or pass --data-dir DIR."
)


def open_existing_workspace(args: argparse.Namespace):
    """Open the workspace the arguments name; it must exist (headless commands never create one
    by accident)."""
    path = config.workspace_path(getattr(args, "data_dir", None))
    if not path.exists():
        raise WorkspaceError.from_text(Text("Cli", MSG_NO_WORKSPACE, {"path": path}))
    return open_workspace(path)


def open_or_create_workspace(args: argparse.Namespace):
    return open_workspace(config.workspace_path(getattr(args, "data_dir", None)))
