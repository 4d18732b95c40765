"""The only code that speaks SQL."""

from cmstation.storage.connection import open_workspace

__all__ = ["open_workspace"]
