"""The only PySide6 code."""
