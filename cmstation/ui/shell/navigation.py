"""The main window's navigation: views, channels and saved searches with their counts, and
the filter they select in the message list (a part of MainWindow, in its translation
context)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
)
from PySide6.QtWidgets import (
    QTreeWidgetItem,
)

from cmstation.core.models import MessageFilter, MessageState
from cmstation.storage import channels as channel_store
from cmstation.storage import messages as store
from cmstation.storage import saved_searches
from cmstation.ui.common.theme import colour

NAV_KEY = Qt.ItemDataRole.UserRole + 1

# navigation entries that are views over states
VIEW_STATES: dict[str, tuple[MessageState, ...]] = {
    "needs_reply": (MessageState.NEEDS_REPLY,),
    "all": (),
    "done": (MessageState.DONE, MessageState.REPLIED),
    "ignored": (MessageState.IGNORED, MessageState.SPAM),
    "snoozed": (),  # MessageFilter.snoozed: out of the other lists until they wake
}


class NavigationMixin:
    """Navigation for MainWindow (see the module docstring)."""

    def reload_navigation(self) -> None:
        """Read channels and saved searches (small, synchronous) and rebuild the nav."""
        self._channels = channel_store.list_channels(self._db)
        searches = saved_searches.list_saved_searches(self._db)
        self.nav.blockSignals(True)
        self.nav.clear()
        self._nav_items: dict[tuple, QTreeWidgetItem] = {}

        def add(parent, key, text, tooltip=""):
            item = QTreeWidgetItem([text, ""])
            item.setData(0, NAV_KEY, key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tooltip:
                item.setToolTip(0, tooltip)
            (parent.addChild if parent is not None else self.nav.addTopLevelItem)(item)
            self._nav_items[key] = item
            return item

        def header(text):
            item = QTreeWidgetItem([text, ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font(0)
            font.setBold(True)
            font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
            item.setFont(0, font)
            self.nav.addTopLevelItem(item)
            item.setExpanded(True)
            return item

        add(
            None,
            ("view", "needs_reply"),
            QCoreApplication.translate("MainWindow", "Needs reply"),
            QCoreApplication.translate(
                "MainWindow", "Messages that wait for an answer, most urgent first"
            ),
        )
        add(None, ("view", "all"), QCoreApplication.translate("MainWindow", "All messages"))
        add(
            None,
            ("view", "done"),
            QCoreApplication.translate("MainWindow", "Done"),
            QCoreApplication.translate("MainWindow", "Answered or marked done"),
        )
        add(None, ("view", "ignored"), QCoreApplication.translate("MainWindow", "Ignored and spam"))
        add(
            None,
            ("view", "snoozed"),
            QCoreApplication.translate("MainWindow", "Snoozed"),
            QCoreApplication.translate(
                "MainWindow", "Out of the lists until they wake, the soonest first (Z snoozes)"
            ),
        )
        add(
            None,
            ("page", "drafts"),
            QCoreApplication.translate("MainWindow", "Drafts"),
            QCoreApplication.translate("MainWindow", "Replies being written"),
        )
        add(
            None,
            ("page", "outbox"),
            QCoreApplication.translate("MainWindow", "Outbox"),
            QCoreApplication.translate("MainWindow", "Replies on their way out"),
        )
        add(
            None,
            ("page", "insights"),
            QCoreApplication.translate("MainWindow", "Insights"),
            QCoreApplication.translate(
                "MainWindow", "Responsiveness, reach, the engagement pyramid and the client report"
            ),
        )
        if self._channels:
            group = header(QCoreApplication.translate("MainWindow", "CHANNELS"))
            for ch in self._channels:
                add(group, ("channel", ch.id), ch.name, ch.url or ch.account)
            group.setExpanded(True)
        if searches:
            group = header(QCoreApplication.translate("MainWindow", "SAVED SEARCHES"))
            for s in searches:
                add(group, ("search", s.id, s.query, s.channel_id), s.name, s.query)
            group.setExpanded(True)
        self.nav.blockSignals(False)
        self.nav.expandAll()

        if not self._channels:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.splitter)
        key = self._view_key
        if key[0] == "search" and key not in self._nav_items:
            # the saved search shown was edited (its entry has a new key) or else removed
            key = next((k for k in self._nav_items if k[:2] == key[:2]), ("view", "all"))
        item = self._nav_items.get(key) or self._nav_items[("view", "needs_reply")]
        self.nav.setCurrentItem(item)  # triggers _on_nav_changed -> apply_filter
        self.refresh_counts()
        self.navigation_reloaded.emit()

    def save_current_search(self) -> None:
        """Keep the search box's text as a saved search (local to the inbox; listening
        searches per channel are added in the channel's set-up or with `cmstation search`)."""
        text = " ".join(self.search_box.text().split())
        if not text:
            return
        sid = saved_searches.add_saved_search(self._db, text, text, listen=False)
        self.search_box.clear()  # the saved search's entry now carries the query
        self.reload_navigation()
        key = next((k for k in self._nav_items if k[0] == "search" and k[1] == sid), None)
        if key is not None:
            self.nav.setCurrentItem(self._nav_items[key])
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Search saved: {name}").format(name=text), 4000
        )

    @property
    def has_channels(self) -> bool:
        return bool(self._channels)

    def current_filter(self) -> MessageFilter:
        kind = self._view_key[0]
        states: tuple[MessageState, ...] = ()
        channel_id = None
        search = self.search_box.text().strip()
        snoozed = False
        if kind == "view":
            states = VIEW_STATES[self._view_key[1]]
            snoozed = self._view_key[1] == "snoozed"
        elif kind == "channel":
            channel_id = self._view_key[1]
        elif kind == "search":
            _, _sid, query, channel_id = self._view_key
            search = f"{query} {search}".strip()
        label_combo = getattr(self, "label_combo", None)  # the filter bar's label choice
        if label_combo is not None and label_combo.search_term():
            search = f"{search} {label_combo.search_term()}".strip()
        return MessageFilter(
            states=states,
            channel_id=channel_id,
            sentiment=self.sentiment_combo.currentData(),
            lang=self.lang_combo.currentData(),
            search=search,
            order=self.order_combo.currentData() or "priority",
            snoozed=snoozed,
        )

    def apply_filter(self, *, force: bool = False) -> None:
        """Show what the navigation, the filter bar and the search box select (a query on
        the worker); the same filter again is not re-run unless ``force``."""
        self._search_timer.stop()
        f = self.current_filter()
        if force or f != self.message_model.filter or not self.message_model.generation:
            self.message_model.set_filter(f)
        self._update_status()

    def _search_now(self) -> None:
        self.apply_filter(force=True)

    def _on_nav_changed(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        key = current.data(0, NAV_KEY)
        if key is None:
            return
        self._view_key = tuple(key)
        if self.is_ready:
            self.outbox.show_page(key[1] if key[0] == "page" else None)
        if key[0] != "page":
            self.apply_filter()

    def select_view(self, key: tuple) -> None:
        """Select a navigation entry, e.g. ("view", "all") or ("channel", 2)."""
        self.nav.setCurrentItem(self._nav_items[tuple(key)])

    def _counts_soon(self) -> None:
        if not self._closed:
            self._counts_timer.start()

    def refresh_counts(self) -> None:
        def done(counts):
            if not self._closed:
                self._apply_counts(counts)

        self.tasks.run(store.nav_counts, done)

    def _apply_counts(self, c: store.NavCounts) -> None:
        self._counts = c

        def put(key, n, tip="", muted=False):
            item = self._nav_items.get(key)
            if item is not None:
                item.setText(1, str(n) if n else "")
                if tip:
                    item.setToolTip(1, tip)
                font = item.font(1)
                font.setBold(not muted and n > 0)
                item.setFont(1, font)
                if muted:
                    item.setForeground(1, QBrush(colour("muted")))

        put(
            ("view", "needs_reply"),
            c.needs_reply,
            QCoreApplication.translate("MainWindow", "%n need(s) a reply", "", c.needs_reply),
        )
        everything = sum(c.by_state.values())
        put(  # the number beside "All messages" is how many there are; the tip says unread
            ("view", "all"),
            everything,
            QCoreApplication.translate("MainWindow", "%n message(s)", "", everything)
            + ", "
            + QCoreApplication.translate("MainWindow", "%n unread", "", c.unread),
            muted=True,
        )
        put(("view", "done"), c.by_state.get("done", 0) + c.by_state.get("replied", 0), muted=True)
        put(
            ("view", "ignored"),
            c.by_state.get("ignored", 0) + c.by_state.get("spam", 0),
            muted=True,
        )
        asleep = c.snoozed  # a plain name: lupdate reads the plural only then
        snoozed_tip = QCoreApplication.translate("MainWindow", "%n snoozed", "", asleep)
        put(("view", "snoozed"), asleep, snoozed_tip, muted=True)
        for ch in self._channels:
            nr, unread = c.by_channel.get(ch.id, (0, 0))
            put(
                ("channel", ch.id),
                nr,
                QCoreApplication.translate(
                    "MainWindow", "{needs} need a reply, {unread} unread"
                ).format(needs=nr, unread=unread),
            )
        self._update_status()
        self.counts_refreshed.emit()
