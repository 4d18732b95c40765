"""The tray icon's menu, and cmstation listening on with its window closed.

The tray (where the desktop has one) offers Show cmstation, Sweep now, Pause listening and
Quit, and its tooltip says how many messages need a reply. "Keep listening when the window
is closed" (Channels menu; on by default where a tray exists, a per-user setting) makes
closing the window hide it: sweeps and the outbox go on, new complaints still notify, and
Quit (menu, Ctrl+Q or the tray) ends cmstation, stopping the scheduler and the outbox as a
close always did; closing another window meanwhile (the sample) leaves it running. Without
a tray, closing quits, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

KEEP_LISTENING = "ui/keep_listening"


class TrayMenu(QObject):
    def __init__(self, window, listening) -> None:
        super().__init__(listening)
        self.window = window
        self.listening = listening
        self.tray: QSystemTrayIcon | None = None
        self._told = False
        self.menu = QMenu()
        self.show_action = self.menu.addAction(
            QCoreApplication.translate("TrayMenu", "Show cmstation")
        )
        self.show_action.triggered.connect(listening._show_window)
        self.sweep_action = self.menu.addAction(QCoreApplication.translate("TrayMenu", "Sweep now"))
        self.sweep_action.triggered.connect(listening.sweep_now)
        self.pause_action = self.menu.addAction(
            QCoreApplication.translate("TrayMenu", "Pause listening")
        )
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.set_paused)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(
            QCoreApplication.translate("TrayMenu", "Quit cmstation")
        )
        self.quit_action.triggered.connect(window.quit_app)
        self.keep_action = QAction(
            QCoreApplication.translate("TrayMenu", "Keep listening when the window is closed"), self
        )
        self.keep_action.setCheckable(True)
        self.keep_action.toggled.connect(self._keep_toggled)
        listening.menu.addAction(self.keep_action)
        self.set_tray(listening.notifier.tray)
        window.close_to_tray = self.close_to_tray
        window.counts_refreshed.connect(self.update_tooltip)
        self.update_tooltip()

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        """The desktop's tray icon (None: this desktop has none)."""
        self.tray = tray
        if tray is not None:
            tray.setContextMenu(self.menu)
        self.keep_action.setEnabled(tray is not None and not self.window.is_sample)
        self.keep_action.setToolTip(
            ""
            if tray is not None
            else QCoreApplication.translate(
                "TrayMenu", "This desktop has no system tray to keep it in."
            )
        )
        self.keep_action.blockSignals(True)
        self.keep_action.setChecked(self.keep_listening)
        self.keep_action.blockSignals(False)

    @property
    def keep_listening(self) -> bool:
        if self.tray is None or self.window.is_sample:  # the sample does not listen
            return False
        return bool(self.window._settings.value(KEEP_LISTENING, True, type=bool))

    def _keep_toggled(self, on: bool) -> None:
        self.window._settings.setValue(KEEP_LISTENING, bool(on))

    def set_paused(self, paused: bool) -> None:
        """Pause listening: no scheduled sweeps (Sweep now still works; the outbox sends)."""
        self.listening.controller.paused = bool(paused)
        if self.pause_action.isChecked() != bool(paused):
            self.pause_action.setChecked(bool(paused))
        self.window._update_status(
            QCoreApplication.translate(
                "TrayMenu", "Listening is paused (tray menu: Pause listening)."
            )
            if paused
            else QCoreApplication.translate("TrayMenu", "Listening again.")
        )
        if not paused:
            self.listening.controller.sweep_due()
        self.update_tooltip()

    def update_tooltip(self) -> None:
        counts = getattr(self.window, "_counts", None)
        parts = ["cmstation"]
        if counts is not None:
            parts.append(self.tr("%n message(s) need a reply", "", counts.needs_reply))
        if self.listening.controller.paused:
            parts.append(QCoreApplication.translate("TrayMenu", "listening paused"))
        self.tooltip = " \u2014 ".join(parts)
        if self.tray is not None:
            self.tray.setToolTip(self.tooltip)

    def close_to_tray(self) -> bool:
        """Whether closing the window only hides it (and it did)."""
        if not self.keep_listening:
            return False
        self.window.save_layout()
        # Hidden in the tray, cmstation runs on: closing another window (the sample)
        # must not end it as "the last window closed". Quit ends it (MainWindow.closeEvent
        # gives the rule back).
        QApplication.setQuitOnLastWindowClosed(False)
        self.window.hide()
        if not self._told and self.tray is not None:
            self._told = True
            self.tray.showMessage(
                QCoreApplication.translate("TrayMenu", "cmstation keeps listening"),
                QCoreApplication.translate(
                    "TrayMenu", "New complaints still reach you here. Quit from the tray menu."
                ),
                QSystemTrayIcon.MessageIcon.Information,
                6000,
            )
        return True
