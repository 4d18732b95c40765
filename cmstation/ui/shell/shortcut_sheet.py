"""Help > Keyboard shortcuts: every key the window knows, grouped by where it acts.

Single keys (j, k, e, i, l, b, m, h, t, z, s, x, a, /, Shift+P) act only while the message
list has the focus, so typing a word anywhere else never marks, ignores or likes a message;
keys with Ctrl (or F5) act anywhere in the window, but Ctrl+A (select all matching), which
is the list's own. ``tests/ui/shell/test_shortcuts.py`` checks that
every shortcut the window registers is on this sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cmstation.core.i18n import QT_TRANSLATE_NOOP

#: (heading, [(keys, what they do)]); the keys as QKeySequence would print them.
SHEET: list[tuple[str, list[tuple[str, str]]]] = [
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the message list"),
        [
            ("J", QT_TRANSLATE_NOOP("Shortcuts", "next message (or ↓)")),
            ("K", QT_TRANSLATE_NOOP("Shortcuts", "previous message (or ↑)")),
            ("Return", QT_TRANSLATE_NOOP("Shortcuts", "read the conversation")),
            ("E", QT_TRANSLATE_NOOP("Shortcuts", "mark done")),
            ("I", QT_TRANSLATE_NOOP("Shortcuts", "ignore")),
            ("/", QT_TRANSLATE_NOOP("Shortcuts", "search")),
            ("L", QT_TRANSLATE_NOOP("Shortcuts", "like (again: take it back)")),
            ("B", QT_TRANSLATE_NOOP("Shortcuts", "boost or repost")),
            ("M", QT_TRANSLATE_NOOP("Shortcuts", "mute the author")),
            ("H", QT_TRANSLATE_NOOP("Shortcuts", "hide a reply under your post")),
            ("Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "continue privately")),
            ("T", QT_TRANSLATE_NOOP("Shortcuts", "labels of the selected messages")),
            ("Z", QT_TRANSLATE_NOOP("Shortcuts", "snooze until later")),
            ("S", QT_TRANSLATE_NOOP("Shortcuts", "mark as spam")),
            ("X", QT_TRANSLATE_NOOP("Shortcuts", "select or unselect (j/k keep the selection)")),
            ("Ctrl+A", QT_TRANSLATE_NOOP("Shortcuts", "select all matching messages")),
            ("A", QT_TRANSLATE_NOOP("Shortcuts", "who is this (the author panel)")),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the window"),
        [
            ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "search")),
            ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "back to the message list")),
            ("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "undo the last change")),
            ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "new post")),
            ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "add an item by hand")),
            ("F5", QT_TRANSLATE_NOOP("Shortcuts", "sweep now")),
            ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "quit")),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "In the composer"),
        [
            ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "send (or queue) the reply")),
            ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "to the findings and buttons")),
        ],
    ),
]


def sheet_keys() -> set[str]:
    return {keys for _heading, rows in SHEET for keys, _what in rows}


def sheet_text() -> str:
    parts = []
    for heading, rows in SHEET:
        lines = [QCoreApplication.translate("Shortcuts", heading)]
        lines += [
            f"  {keys}\t{QCoreApplication.translate('Shortcuts', what)}" for keys, what in rows
        ]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def show_shortcut_sheet(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
    box.setText(sheet_text())
    box.setIcon(QMessageBox.Icon.Information)
    box.exec()
