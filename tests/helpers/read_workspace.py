"""Reading a workspace file from a test while the window (or a controller) has it open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from cmstation.storage import open_workspace

T = TypeVar("T")


def read_workspace(path, read: Callable[..., T]) -> T:
    """``read(db)`` on its own connection to the workspace at ``path``, closed afterwards."""
    db = open_workspace(path)
    try:
        return read(db)
    finally:
        db.conn.close()
