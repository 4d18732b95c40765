"""The main window's menus and keyboard shortcuts, the language choice and the profile
dialog (a part of MainWindow, in its translation context)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import (
    QActionGroup,
    QKeySequence,
    QShortcut,
)

from cmstation.core.models import MessageState
from cmstation.storage import profile as profile_store
from cmstation.ui.compose.profile_dialog import ProfileDialog
from cmstation.ui.shell.shortcut_sheet import show_shortcut_sheet


class WindowMenusMixin:
    """Menus and shortcuts for MainWindow (see the module docstring)."""

    def _build_shortcuts(self) -> None:
        def sc(key, slot, widget=None):
            s = QShortcut(QKeySequence(key), widget or self)
            if widget is not None:
                s.setContext(Qt.ShortcutContext.WidgetShortcut)
            s.activated.connect(slot)
            return s

        # single keys only in the message list (shortcut_sheet.py says why)
        t = self.table
        self.shortcuts = {
            "next": sc("J", lambda: self.move_selection(1), t),
            "previous": sc("K", lambda: self.move_selection(-1), t),
            "done": sc("E", lambda: self.change_state(MessageState.DONE), t),
            "ignore": sc("I", lambda: self.change_state(MessageState.IGNORED), t),
            "search": sc("/", self.focus_search, t),
            "search_anywhere": sc(QKeySequence.StandardKey.Find, self.focus_search),
            "undo": sc(QKeySequence.StandardKey.Undo, self.undo),
            "open": sc(Qt.Key.Key_Return, self.open_current, self.table),
            "open_enter": sc(Qt.Key.Key_Enter, self.open_current, self.table),
            "back": sc(Qt.Key.Key_Escape, self.focus_list, self.search_box),
            "back_conversation": sc(Qt.Key.Key_Escape, self.focus_list, self.conversation),
        }

    def edit_profile(self) -> None:
        """Menu "Profile…": who answers, the sign-off, register, brand words."""
        self.ensure_ready()
        dlg = ProfileDialog(profile_store.load_profile(self._db), self)
        if dlg.exec():
            profile = dlg.profile()
            profile_store.save_profile(self._db, profile)
            self.composer.set_profile(profile)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&cmstation"))
        self.sample_action = app_menu.addAction(
            QCoreApplication.translate("MainWindow", "Explore the sample workspace")
        )
        self.sample_action.triggered.connect(self.sample_requested)
        lang_menu = app_menu.addMenu(QCoreApplication.translate("MainWindow", "Language"))
        self.language_actions = {}
        current = self._settings.value("ui/language", "", type=str)
        group = QActionGroup(self)
        for code, label in (
            ("", QCoreApplication.translate("MainWindow", "Follow the system")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            action = lang_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        self.profile_action = app_menu.addAction(
            QCoreApplication.translate("MainWindow", "Profile\u2026")
        )
        self.profile_action.triggered.connect(self.edit_profile)
        app_menu.addSeparator()
        quit_action = app_menu.addAction(QCoreApplication.translate("MainWindow", "Quit"))
        # later: the first shortcut on a QAction costs ~40 ms (PySide makes its enum types)
        self.when_ready(lambda: quit_action.setShortcut(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.quit_app)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        keys = help_menu.addAction(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        keys.triggered.connect(self.show_shortcuts)
        self.log_folder_action = help_menu.addAction(
            QCoreApplication.translate("MainWindow", "Open log folder")
        )
        self.log_folder_action.triggered.connect(self.open_log_folder)

    def set_language(self, code: str) -> None:
        """Store the interface language (empty: follow the system); used at the next start."""
        self._settings.setValue("ui/language", code)
        self._settings.sync()
        self._update_status(
            QCoreApplication.translate(
                "MainWindow", "The new language is used the next time cmstation starts."
            )
        )

    def open_log_folder(self) -> bool:
        """Help > Open log folder: the file manager on the log folder (secrets are never in
        it); when none can start, the folder's path in the status bar."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from cmstation import logs

        folder = logs.log_dir()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        if not opened:
            self._update_status(
                QCoreApplication.translate(
                    "MainWindow", "No file manager could be started; the log is in {folder}"
                ).format(folder=str(folder))
            )
        return opened

    def show_shortcuts(self) -> None:
        show_shortcut_sheet(self)
