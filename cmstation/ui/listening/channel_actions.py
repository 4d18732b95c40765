"""What ListeningUi does for one channel or item: the channel dialogs (add, log in again,
settings), manual capture, the navigation's channel menu, removing a channel and the
mastery gate (a part of ListeningUi, in its translation context)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
)

from cmstation.core.errors import CmstationError
from cmstation.core.models import ChannelKind
from cmstation.listening import sweep as sweep_mod
from cmstation.storage import channels as channel_store
from cmstation.ui.listening.channel_support import default_open_secrets
from cmstation.ui.shell.navigation import NAV_KEY


class ChannelActionsMixin:
    """Channel actions for ListeningUi (see the module docstring)."""

    def _channel_dialog(self, **which: Any):
        """A channel dialog (add one: ``kind``; log in again: ``relogin``) on this window's
        secrets, sessions and clock."""
        from cmstation.ui.listening.channel_dialog import ChannelDialog

        return ChannelDialog(
            self.window.tasks,
            open_secrets=self.open_secrets,
            new_session=self.controller.session_factory,
            clock=self.clock,
            parent=self.window,
            **which,
        )

    def _open_dialog(self, dlg):
        """Open ``dlg`` (deleted when closed) and say so through ``dialog_opened``."""
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        from cmstation.ui.common.accessibility import name_controls

        name_controls(dlg)  # a screen reader can say every control
        self.dialog_opened.emit(dlg)
        dlg.open()
        return dlg

    def open_channel_dialog(self, kind: ChannelKind | None = None):
        dlg = self._channel_dialog(kind=kind)
        dlg.channel_added.connect(self._channel_added)
        return self._open_dialog(dlg)

    def _channel_added(self, cid: int) -> None:
        if self._gone():
            return
        self.window.reload_navigation()
        self.controller.sweep_now([cid])

    def open_manual_item(self, *, dropped: str = ""):
        from cmstation.listening.manual_items import split_drop
        from cmstation.ui.listening.manual_item_dialog import ManualItemDialog

        text, link = split_drop(dropped) if dropped else ("", "")
        manual = [
            c for c in channel_store.list_channels(self.window._db) if c.kind == ChannelKind.MANUAL
        ]
        dlg = ManualItemDialog(
            self.window.tasks, manual, text=text, link=link, clock=self.clock, parent=self.window
        )
        dlg.item_added.connect(self._manual_added)
        dlg.setup_requested.connect(lambda: self.open_channel_dialog(ChannelKind.MANUAL))
        return self._open_dialog(dlg)

    def _manual_added(self, _mid: int, new: bool) -> None:
        if self._gone():
            return
        self._note(
            QCoreApplication.translate("ListeningUi", "Added to the inbox.")
            if new
            else QCoreApplication.translate("ListeningUi", "That item was already in the inbox.")
        )
        self._refresh_inbox()

    def _channel(self, cid: int):
        return next((c for c in self.window._channels if c.id == cid), None)

    def _nav_menu(self, pos) -> None:
        item = self.window.nav.itemAt(pos)
        while item is not None and item.data(0, NAV_KEY) is None and item.parent() is not None:
            item = item.parent()  # a status line: its channel
        key = item.data(0, NAV_KEY) if item is not None else None
        if not key or key[0] != "channel":
            return
        ch = self._channel(key[1])
        if ch is None:
            return
        menu = QMenu(self.window.nav)
        needs_login = self.needs_login(ch.id)
        if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY) and needs_login:
            relogin = menu.addAction(
                QCoreApplication.translate("ListeningUi", "Log in again\u2026")
            )  # what it needs: first
            relogin.setEnabled(not self.controller.disabled)
            relogin.triggered.connect(lambda: self.open_relogin(ch.id))
            menu.setDefaultAction(relogin)
        if ch.kind != ChannelKind.MANUAL:
            sweep = menu.addAction(
                QCoreApplication.translate("ListeningUi", "Sweep this channel now")
            )
            sweep.setEnabled(not self.controller.disabled and ch.enabled)
            if not ch.enabled:
                sweep.setToolTip(
                    QCoreApplication.translate(
                        "ListeningUi", "Listening is paused (see Channel settings)."
                    )
                )
            sweep.triggered.connect(lambda: self._sweep_channel(ch.id))
        if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY) and not needs_login:
            relogin = menu.addAction(
                QCoreApplication.translate("ListeningUi", "Log in again\u2026")
            )
            relogin.setEnabled(not self.controller.disabled)
            relogin.triggered.connect(lambda: self.open_relogin(ch.id))
        if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY) and not needs_login:
            held = menu.addAction(QCoreApplication.translate("ListeningUi", "Requests\u2026"))
            held.setToolTip(
                QCoreApplication.translate(
                    "ListeningUi", "Mentions and messages the network holds back"
                )
            )
            held.triggered.connect(lambda: self.open_requests(ch.id))
        settings = menu.addAction(
            QCoreApplication.translate("ListeningUi", "Channel settings\u2026")
        )
        settings.triggered.connect(lambda: self.open_channel_settings(ch.id))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        remove = menu.addAction(QCoreApplication.translate("ListeningUi", "Remove channel\u2026"))
        remove.triggered.connect(lambda: self.remove_channel(ch.id))
        self.context_menu = menu
        menu.popup(self.window.nav.viewport().mapToGlobal(pos))

    def open_requests(self, cid: int):
        """The channel's held-back mentions and chats: accept or dismiss them."""
        from cmstation.storage import open_workspace
        from cmstation.ui.listening.requests_dialog import RequestsDialog

        ch = self._channel(cid)
        if ch is None:
            return None
        path = self.window.workspace_path
        dlg = RequestsDialog(
            ch, lambda: self.open_secrets(False), lambda: open_workspace(path), self.window
        )
        self.requests_dialog = dlg
        dlg.open()
        return dlg

    def _sweep_channel(self, cid: int) -> None:
        if self.controller.standby:
            self._note(self.controller.standby)
        else:
            self.controller.sweep_now([cid])

    def needs_login(self, cid: int) -> bool:
        """The channel's last known status (from the navigation) is "needs login"."""
        return self._raw_status.get(cid) == sweep_mod.NEEDS_LOGIN

    def open_channel_settings(self, cid: int):
        """Name, sweep interval and "Pause listening" of a channel."""
        from cmstation.ui.listening.channel_settings_dialog import ChannelSettingsDialog

        ch = self._channel(cid)
        if ch is None:
            return None
        dlg = ChannelSettingsDialog(self.window.tasks, ch, parent=self.window)
        dlg.saved.connect(self._settings_saved)
        return self._open_dialog(dlg)

    def _settings_saved(self, ch) -> None:
        if self._gone():
            return
        self._note(
            QCoreApplication.translate("ListeningUi", "Saved the settings of {name}.").format(
                name=ch.name
            )
        )
        self.window.reload_navigation()  # the name; the status line follows (paused)
        if self.controller.timer.isActive():  # listening runs: a resumed or shorter
            self.controller.sweep_due()  # interval counts at once, not at the next tick

    def open_relogin(self, cid: int):
        """Log in again to a channel whose login expired or was revoked ("needs login")."""
        ch = self._channel(cid)
        if ch is None:
            return None
        dlg = self._channel_dialog(relogin=ch)
        dlg.relogged_in.connect(lambda c: self.controller.sweep_now([c]))
        dlg.relogged_in.connect(lambda _c: self.refresh_statuses())
        return self._open_dialog(dlg)

    def remove_channel(self, cid: int, *, confirm: bool = True) -> None:
        """Remove a channel with its messages and its login (after asking)."""
        from cmstation.listening import channel_setup

        ch = self._channel(cid)
        if ch is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self.window,
                QCoreApplication.translate("ListeningUi", "Remove {name}?").format(name=ch.name),
                QCoreApplication.translate(
                    "ListeningUi",
                    "This removes {name}, the messages it brought in and its login. "
                    "It cannot be undone.",
                ).format(name=ch.name),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        opener = self.open_secrets or default_open_secrets
        clock = self.clock

        def work(db):
            secrets = None
            if ch.kind in (ChannelKind.MASTODON, ChannelKind.BLUESKY):
                try:
                    secrets = opener(True)
                except CmstationError:
                    secrets = None  # no keyring: there is no stored login to remove
            return channel_setup.remove_channel(db, cid, secrets, clock=clock)

        def done(_removed):
            if self._gone():
                return
            self._note(
                QCoreApplication.translate("ListeningUi", "Removed {name}.").format(name=ch.name)
            )
            self.window.reload_navigation()
            self.channel_removed.emit(cid)

        self.window.tasks.run(work, done)

    def show_gate(self):
        from cmstation.listening.channel_setup import check_gate
        from cmstation.ui.listening.mastery_gate_dialog import MasteryGateDialog

        now = self.clock.now()

        def done(report):
            dlg = MasteryGateDialog(report, self.window)
            self._open_dialog(dlg)

        self.window.tasks.run(lambda db: check_gate(db, now=now), done)
