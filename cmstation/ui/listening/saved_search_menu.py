"""The context menu on saved searches in the navigation: edit, listen or stop, remove."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from cmstation.storage import channels as channel_store
from cmstation.storage import saved_searches
from cmstation.storage.saved_searches import SavedSearch
from cmstation.ui.listening.saved_search_dialog import SavedSearchDialog


class SavedSearchMenu(QObject):
    """Acts on the navigation's ("search", id, ...) entries; other entries are left to
    their own handlers (the channels' menu lives in the sweep controller)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.context_menu: QMenu | None = None
        self.dialog: SavedSearchDialog | None = None
        self.confirm_box: QMessageBox | None = None
        window.nav.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.nav.customContextMenuRequested.connect(self._nav_menu)

    # -- the menu -----------------------------------------------------------------------------

    def search_at(self, pos: QPoint) -> SavedSearch | None:
        """The saved search under ``pos`` in the navigation's viewport, if any."""
        from cmstation.ui.shell.navigation import NAV_KEY

        item = self.window.nav.itemAt(pos)
        key = item.data(0, NAV_KEY) if item is not None else None
        if not key or key[0] != "search":
            return None
        return saved_searches.get_saved_search(self.window._db, key[1])

    def _nav_menu(self, pos: QPoint) -> None:
        search = self.search_at(pos)
        if search is None:
            return
        sid = search.id
        menu = QMenu(self.window.nav)
        edit = menu.addAction(self.tr("Edit\u2026"))
        edit.triggered.connect(lambda: self.edit(sid))
        if search.listen and search.channel_id is not None:
            stop = menu.addAction(self.tr("Stop listening"))
            stop.triggered.connect(lambda: self.stop_listening(sid))
        else:
            listen = menu.addAction(self.tr("Listen on a channel\u2026"))
            listen.triggered.connect(lambda: self.edit(sid, focus_listening=True))
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove\u2026"))
        remove.triggered.connect(lambda: self.remove(sid))
        self.context_menu = menu
        menu.popup(self.window.nav.viewport().mapToGlobal(pos))

    # -- actions ------------------------------------------------------------------------------

    def _get(self, sid: int) -> SavedSearch | None:
        search = saved_searches.get_saved_search(self.window._db, sid)
        if search is None:  # removed elsewhere (e.g. `cmstation search remove`)
            self._done(self.tr("That saved search is no longer there."))
        return search

    def _done(self, note: str) -> None:
        self.window.reload_navigation()
        self.window.statusBar().showMessage(note, 4000)

    def _channel_name(self, channel_id: int | None) -> str:
        ch = channel_store.get_channel(self.window._db, channel_id) if channel_id else None
        return ch.name if ch is not None else ""

    def edit(self, sid: int, *, focus_listening: bool = False) -> SavedSearchDialog | None:
        """Open the edit dialog (window-modal); saved and shown when accepted."""
        search = self._get(sid)
        if search is None:
            return None
        dlg = SavedSearchDialog(
            search,
            channel_store.list_channels(self.window._db),
            self.window,
            focus_listening=focus_listening,
        )
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._save(sid, dlg))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _save(self, sid: int, dlg: SavedSearchDialog) -> None:
        e = dlg.result_search()
        updated = saved_searches.update_saved_search(
            self.window._db,
            sid,
            name=e.name,
            query=e.query,
            channel_id=e.channel_id,
            exclude_words=e.exclude_words,
            lang=e.lang,
            listen=e.listen,
        )
        if updated is None:
            self._done(self.tr("That saved search is no longer there."))
        elif updated.listen:
            self._done(
                self.tr("Saved search changed: {name}. Sweeps of {channel} listen for it.").format(
                    name=updated.name, channel=self._channel_name(updated.channel_id)
                )
            )
        else:
            self._done(self.tr("Saved search changed: {name}").format(name=updated.name))

    def stop_listening(self, sid: int) -> None:
        """Sweeps no longer search for it; it stays in the navigation as an inbox filter."""
        search = self._get(sid)
        if search is None:
            return
        channel = self._channel_name(search.channel_id)
        saved_searches.update_saved_search(
            self.window._db,
            sid,
            name=search.name,
            query=search.query,
            channel_id=None,
            exclude_words=search.exclude_words,
            lang=search.lang,
            listen=False,
        )
        self._done(
            self.tr("Sweeps of {channel} no longer search for {name}.").format(
                channel=channel, name=search.name
            )
        )

    def remove(self, sid: int) -> QMessageBox | None:
        """Ask first (window-modal); the messages it found stay in the inbox."""
        search = self._get(sid)
        if search is None:
            return None
        text = self.tr(
            "This removes \u201c{name}\u201d from the navigation. The messages it found stay "
            "in your inbox."
        ).format(name=search.name)
        if search.listen and search.channel_id is not None:
            text += " " + self.tr("Sweeps of {channel} stop searching for it.").format(
                channel=self._channel_name(search.channel_id)
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove saved search?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._confirmed(search, box))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, search: SavedSearch, box: QMessageBox) -> None:
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return  # Cancel, Esc or the close button: it stays
        saved_searches.remove_saved_search(self.window._db, search.id)
        # the window falls back to "All messages" if this search was the one shown
        self._done(self.tr("Saved search removed: {name}").format(name=search.name))


def attach_saved_search_menu(window) -> SavedSearchMenu:
    """Give ``window`` its saved-search context menu (``window.saved_search_menu``)."""
    menu = SavedSearchMenu(window)
    window.saved_search_menu = menu
    return menu
