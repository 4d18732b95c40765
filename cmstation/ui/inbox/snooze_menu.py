"""Message > Snooze (z): later today (+3 h), tomorrow morning (the next working morning of
the profile, else 09:00), next week, or a date and time picked in a small dialog (with a
note shown when the message comes back). The times come from core/snooze.py; the window
(bulk_actions.py) writes the snooze and wakes what is due."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from cmstation.core.snooze import NEXT_WEEK, TOMORROW, resolve_until

LATER_TODAY_HOURS = 3


def snooze_times(now: float, working_hours: dict | None) -> dict[str, int]:
    """The quick choices' times (unix seconds)."""
    return {
        "later": int(now) + LATER_TODAY_HOURS * 3600,
        "tomorrow": resolve_until(TOMORROW, now=now, working_hours=working_hours),
        "next_week": resolve_until(NEXT_WEEK, now=now, working_hours=working_hours),
    }


def build_snooze_menu(
    parent: QWidget,
    choose: Callable[[str], None],
    pick: Callable[[], None],
    wake: Callable[[], None] | None = None,
) -> QMenu:
    """The Snooze submenu; ``choose(key)`` for a quick choice, ``pick()`` for the dialog,
    ``wake()`` to bring snoozed messages back now."""
    menu = QMenu(QCoreApplication.translate("Snooze", "Snooze") + "\tZ", parent)
    menu.setObjectName("snoozeMenu")
    for key, text in (
        ("later", QCoreApplication.translate("Snooze", "Later today (in 3 hours)")),
        ("tomorrow", QCoreApplication.translate("Snooze", "Tomorrow morning")),
        ("next_week", QCoreApplication.translate("Snooze", "Next week")),
    ):
        action = menu.addAction(text)
        action.setObjectName(f"snooze_{key}")
        action.triggered.connect(lambda _c=False, k=key: choose(k))
    menu.addSeparator()
    action = menu.addAction(QCoreApplication.translate("Snooze", "Pick a date and time\u2026"))
    action.setObjectName("snooze_pick")
    action.triggered.connect(lambda _c=False: pick())
    if wake is not None:
        menu.addSeparator()
        action = menu.addAction(QCoreApplication.translate("Snooze", "Wake now"))
        action.setObjectName("snooze_wake")
        action.setToolTip(
            QCoreApplication.translate("Snooze", "Bring the snoozed messages back to the lists")
        )
        action.triggered.connect(lambda _c=False: wake())
    return menu


class SnoozeDialog(QDialog):
    """A date and time, and a note to see when the message comes back."""

    def __init__(self, now: float, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Snooze", "Snooze until"))
        lay = QFormLayout(self)
        lay.addRow(
            QLabel(
                QCoreApplication.translate(
                    "Snooze", "%n message(s) leave the lists until then.", "", count
                )
            )
        )
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now) + 86400))
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(int(now) + 60))
        lay.addRow(QCoreApplication.translate("Snooze", "Until"), self.when)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("Snooze", "e.g. ask whether the part has arrived")
        )
        lay.addRow(QCoreApplication.translate("Snooze", "Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addRow(buttons)

    def until(self) -> int:
        return int(self.when.dateTime().toSecsSinceEpoch())
