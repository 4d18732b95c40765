"""A desktop notification for new complaints (QSystemTrayIcon), which the user can turn off.

The choice is a workspace setting (``notify_complaints``, default on) kept through
:mod:`cmstation.storage.settings` on the window's task worker. Without a system tray (many
Wayland sessions, the offscreen platform) nothing is shown and nothing fails.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from cmstation.storage import settings as settings_store

SETTING = "notify_complaints"


class TrayNotifier(QObject):
    # the text of a notification that was shown (or would have been, without a tray)
    notified = Signal(str)
    enabled_changed = Signal(bool)
    # the user clicked the notification or the tray icon: show the window
    activated = Signal()

    def __init__(self, tasks, icon: QIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._enabled = True
        self._changed_by_user = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(self.tr("cmstation"))
            self.tray.messageClicked.connect(self.activated)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.show()
        tasks.run(lambda db: settings_store.get(db, SETTING, True), self._loaded, lambda _e: None)

    def _loaded(self, value) -> None:
        if self._changed_by_user:
            return  # the user's choice made meanwhile wins over the stored one
        self._enabled = bool(value)
        self.enabled_changed.emit(self._enabled)

    @property
    def available(self) -> bool:
        return self.tray is not None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        self._changed_by_user = True
        self._enabled = bool(on)
        value = self._enabled
        self._tasks.run(lambda db: settings_store.put(db, SETTING, value), None, lambda _e: None)
        self.enabled_changed.emit(value)

    def notify_complaints(self, count: int, channel_names: list[str], flagged: int = 0) -> str:
        """Show "N new complaints" (and how many more messages the inbox rules ask to be
        told about; those alone: "N messages your rules flag") when on; returns the text
        shown ('' when nothing)."""
        if (count <= 0 and flagged <= 0) or not self._enabled:
            return ""
        channels = ", ".join(channel_names)
        if count > 0:
            title = self.tr("%n new complaint(s)", "", count)
            body = self.tr("On {channels}. Complaints come first: answer within the hours.")
            body = body.format(channels=channels)
            if flagged > 0:
                body += " " + self.tr("And %n more your rules flag.", "", flagged)
            icon = QSystemTrayIcon.MessageIcon.Warning
        else:
            title = self.tr("%n new message(s) your rules flag", "", flagged)
            body = self.tr("On {channels}.").format(channels=channels)
            icon = QSystemTrayIcon.MessageIcon.Information
        if self.tray is not None:
            self.tray.showMessage(title, body, icon, 10_000)
        text = f"{title}: {body}"
        self.notified.emit(text)
        return text

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
