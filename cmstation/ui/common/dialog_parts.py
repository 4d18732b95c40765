"""Pieces the small input dialogs share: the red error line under the form, and the row of
Cancel and the dialog's primary button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton

from cmstation.ui.common.theme import colour


def error_line() -> QLabel:
    """A hidden, wrapping, red label (object name ``error``) for what is wrong with the input."""
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet(f"color: {colour('error').name()};")
    label.setWordWrap(True)
    label.hide()
    return label


def cancel_and_primary_row(
    dialog: QDialog, cancel_text: str, primary_text: str, on_primary: Callable[[], None]
) -> tuple[QHBoxLayout, QPushButton]:
    """Right-aligned Cancel (rejects ``dialog``) and the default primary button (runs
    ``on_primary``). The texts come translated from the dialog. Returns the row and the
    primary button."""
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton(cancel_text)
    cancel.clicked.connect(dialog.reject)
    primary = QPushButton(primary_text)
    primary.setObjectName("primaryButton")
    primary.setDefault(True)
    primary.clicked.connect(on_primary)
    row.addWidget(cancel)
    row.addWidget(primary)
    return row, primary
