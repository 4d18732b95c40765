"""Every control has a name a screen reader can say (issue 14): a control without text of
its own takes its tooltip or placeholder as its accessible name, unless it was given one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit, QAbstractButton)


def spoken_name(w: QWidget) -> str:
    """What a screen reader says for ``w`` (its accessible name, else its own text)."""
    if w.accessibleName().strip():
        return w.accessibleName()
    if isinstance(w, QAbstractButton):
        return w.text().replace("&", "").strip()
    return ""


def unnamed_controls(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not isinstance(w, QHeaderView) and not spoken_name(w)
    ]


def name_controls(root: QWidget) -> None:
    """Give each unnamed control under ``root`` its tooltip or placeholder as its name."""
    for w in unnamed_controls(root):
        hint = w.toolTip() or (w.placeholderText() if hasattr(w, "placeholderText") else "")
        if hint.strip():
            w.setAccessibleName(hint.strip())
