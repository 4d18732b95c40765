"""Where the workspace lives: platformdirs, overridden by --data-dir or CMSTATION_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cmstation"
WORKSPACE_FILE = "workspace.sqlite3"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get("CMSTATION_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def workspace_path(override: str | os.PathLike | None = None) -> Path:
    return data_dir(override) / WORKSPACE_FILE
