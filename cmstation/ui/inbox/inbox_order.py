"""Keeping the inbox in order, wired into the main window (issue 13): labels in the list,
the conversation and the filter bar; Message > Labels… (t), Snooze (z), Mark as spam (s),
select many (x, Ctrl+A) and act on them all (bulk_actions.py), Who is this (a: the author
panel) and Rules…; snoozed messages are woken on start and every minute.

``attach_inbox_order(window)`` builds it (``window.order``); the single keys act only in the
message list, as the others (shortcut_sheet.py lists them).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter

from cmstation.core.models import MessageState
from cmstation.storage import labels as label_store
from cmstation.storage import profile as profile_store
from cmstation.storage import snoozes as snooze_store
from cmstation.ui.inbox.author_panel import AuthorPanel
from cmstation.ui.inbox.bulk_actions import BulkActions
from cmstation.ui.inbox.labels_ui import (
    LabelCache,
    LabelDelegate,
    LabelFilterCombo,
    LabelsDialog,
    chips_html,
    label_counts,
)
from cmstation.ui.inbox.snooze_menu import SnoozeDialog, build_snooze_menu, snooze_times

#: how often the window wakes what is due (also at once on start)
WAKE_INTERVAL_MS = 60_000
#: the single keys (in the message list only)
KEYS = {
    "toggle_select": "X",
    "select_all": "Ctrl+A",
    "labels": "T",
    "snooze": "Z",
    "spam": "S",
    "author": "A",
}


class InboxOrder:
    """See the module docstring."""

    def __init__(self, window) -> None:
        self.window = w = window
        #: the clock snoozes are decided by (tests inject one)
        self.clock: Callable[[], float] = time.time
        self.bulk = BulkActions(w)
        self.labels = LabelCache(w.tasks, w.message_model, w)
        self.delegate = LabelDelegate(self.labels, w.table)
        w.table.setItemDelegateForColumn(w.message_model.COL_TEXT, self.delegate)
        self.labels.changed.connect(w.table.viewport().update)
        self.known_labels: list[label_store.Label] = []
        # the filter bar: the label filter and "Select all N matching"
        self.label_combo = LabelFilterCombo()
        # (beside the search box, whose width gives way: the filter row is full)
        search_row = w.search_box.parentWidget().layout().itemAt(0).layout()
        search_row.insertWidget(search_row.indexOf(w.search_box) + 1, self.label_combo)
        w.filter_bar.addWidget(self.bulk.select_all_button)
        w.label_combo = self.label_combo
        self.label_combo.currentIndexChanged.connect(lambda _i: w.apply_filter())
        self.reload_labels()
        # the author panel beside the conversation
        self.author_panel = AuthorPanel(w.tasks)
        self.author_panel.status_changed.connect(w._update_status)
        self.author_panel.hide()
        w.installEventFilter(self.author_panel)  # a note typed just before closing is kept
        reading = w.conversation.parentWidget()
        self.reading_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.reading_splitter.setObjectName("readingSplitter")
        reading.layout().replaceWidget(w.conversation, self.reading_splitter)
        self.reading_splitter.addWidget(w.conversation)
        self.reading_splitter.addWidget(self.author_panel)
        self.reading_splitter.setStretchFactor(0, 3)
        self.reading_splitter.setStretchFactor(1, 2)
        w.thread_shown.connect(self._thread_shown)
        self._build_keys()
        self._build_menu()
        self.labels.refresh()  # the first page came before this was attached
        self.wake_timer = QTimer(w)
        self.wake_timer.setInterval(WAKE_INTERVAL_MS)
        self.wake_timer.timeout.connect(self.wake)
        self.wake_timer.start()
        self.wake()

    # -- keys and menu ----------------------------------------------------------------------

    def _build_keys(self) -> None:
        w = self.window
        slots = {
            "toggle_select": self.bulk.toggle_current,
            "select_all": self.bulk.select_all_matching,
            "labels": self.edit_labels,
            "snooze": self.popup_snooze,
            "spam": lambda: w.change_state(MessageState.SPAM),
            "author": self.toggle_author_panel,
        }
        for name, key in KEYS.items():
            s = QShortcut(QKeySequence(key), w.table)
            s.setContext(Qt.ShortcutContext.WidgetShortcut)
            s.activated.connect(slots[name])
            w.shortcuts[name] = s

    def _build_menu(self) -> None:
        w = self.window
        menu = w.message_menu
        menu.addSeparator()

        def add(text: str, key: str, slot, name: str):
            action = menu.addAction(f"{text}\t{key}" if key else text)
            action.setObjectName(name)
            action.triggered.connect(lambda _c=False: slot())
            return action

        self.labels_action = add(
            QCoreApplication.translate("InboxOrder", "Labels\u2026"),
            "T",
            self.edit_labels,
            "labels",
        )
        self.snooze_menu = build_snooze_menu(w, self.snooze, self.pick_snooze, self.bulk.wake_now)
        menu.addMenu(self.snooze_menu)
        self.spam_action = add(
            QCoreApplication.translate("InboxOrder", "Mark as spam"),
            "S",
            lambda: w.change_state(MessageState.SPAM),
            "spam",
        )
        menu.addSeparator()
        self.select_all_action = add(
            QCoreApplication.translate("InboxOrder", "Select all matching"),
            "Ctrl+A",
            self.bulk.select_all_matching,
            "selectAll",
        )
        self.toggle_action = add(
            QCoreApplication.translate("InboxOrder", "Select or unselect this message"),
            "X",
            self.bulk.toggle_current,
            "toggleSelect",
        )
        menu.addSeparator()
        self.author_action = add(
            QCoreApplication.translate("InboxOrder", "Who is this?"),
            "A",
            self.toggle_author_panel,
            "author",
        )
        self.author_action.setCheckable(True)
        self.rules_action = add(
            QCoreApplication.translate("InboxOrder", "Rules\u2026"), "", self.open_rules, "rules"
        )

    # -- labels -------------------------------------------------------------------------------

    def reload_labels(self) -> None:
        def done(found) -> None:
            if self.window._closed:
                return
            self.known_labels = found
            self.label_combo.set_labels(found)
            self.author_panel.set_label_colours({lb.name: lb.colour for lb in found})

        self.window.tasks.run(label_store.list_labels, done)

    def edit_labels(self) -> None:
        """t: the Labels dialog for the selection (or the current message)."""
        w = self.window
        ids, f, n = self.bulk.target()
        if n == 0:
            return

        def work(db):
            from cmstation.storage import messages as store

            chosen = list(ids) if ids is not None else store.message_ids(db, f)
            return label_store.list_labels(db), label_counts(label_store.labels_for(db, chosen))

        def done(loaded) -> None:
            labels, counts = loaded
            dlg = LabelsDialog(w.tasks, labels, counts, n, w)
            dlg.accepted.connect(lambda: self._labels_chosen(dlg))
            dlg.finished.connect(lambda _r: self.reload_labels())
            self.labels_dialog = dlg
            dlg.open()

        w.tasks.run(work, done)

    def _labels_chosen(self, dlg: LabelsDialog) -> None:
        add, remove = dlg.changes()
        if self.bulk.set_labels(add, remove):
            self.bulk.finished.connect(self._after_labels, Qt.ConnectionType.SingleShotConnection)
        elif dlg.created:
            self._after_labels(0)

    def _after_labels(self, _n: int) -> None:
        self.reload_labels()
        mid = self.window.conversation.message_id
        if mid is not None:
            self.window._show_thread(mid)

    # -- snooze -------------------------------------------------------------------------------

    def popup_snooze(self) -> None:
        """z: the Snooze menu at the current row."""
        t = self.window.table
        rect = t.visualRect(t.currentIndex())
        self.snooze_menu.popup(t.viewport().mapToGlobal(rect.bottomLeft()))

    def _working_hours(self) -> dict:
        return profile_store.load_profile(self.window._db).working_hours

    def snooze(self, key: str) -> bool:
        until = snooze_times(self.clock(), self._working_hours())[key]
        return self.bulk.snooze(until)

    def pick_snooze(self) -> None:
        _ids, _f, n = self.bulk.target()
        if n == 0:
            return
        dlg = SnoozeDialog(self.clock(), n, self.window)
        dlg.accepted.connect(lambda: self.bulk.snooze(dlg.until(), dlg.note.text().strip()))
        self.snooze_dialog = dlg
        dlg.open()

    def wake(self) -> None:
        """Bring back what is due (decided from the stored snoozes, so also after a sleep)."""
        w = self.window
        now = self.clock()

        def done(ids: list[int]) -> None:
            if ids and not w._closed:
                w.message_model.reload()
                w._counts_soon()
                w._update_status(
                    QCoreApplication.translate(
                        "InboxOrder", "%n snoozed message(s) are back.", "", len(ids)
                    )
                )

        if not w._closed:
            w.tasks.run(lambda db: snooze_store.wake_due(db, now=now), done)

    # -- the conversation and the author ------------------------------------------------

    def _thread_shown(self, message_id: int) -> None:
        w = self.window
        ids = [c.message.id for c in w.conversation.cards]

        def work(db):
            return label_store.labels_for(db, ids), snooze_store.snooze_of(db, message_id)

        def done(loaded) -> None:
            found, snoozed = loaded
            if w._closed or w.conversation.message_id != message_id:
                return
            for card in w.conversation.cards:
                old = card.findChild(QLabel, "labelChips")
                if old is not None:
                    old.deleteLater()
                labels = found.get(card.message.id)
                if labels:
                    chips = QLabel(chips_html(labels))
                    chips.setObjectName("labelChips")
                    chips.setTextFormat(Qt.TextFormat.RichText)
                    card.layout().insertWidget(3, chips)
                if card.message.id == message_id and snoozed is not None:
                    note = QLabel(self._snooze_text(snoozed))
                    note.setObjectName("snoozeNote")
                    note.setTextFormat(Qt.TextFormat.PlainText)
                    note.setWordWrap(True)
                    card.layout().insertWidget(3, note)
            if self.author_panel.isVisible():
                self.author_panel.show_for(message_id)

        w.tasks.run(work, done)

    def _snooze_text(self, s: snooze_store.Snooze) -> str:
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(s.until)), QLocale.FormatType.ShortFormat
        )
        if s.woke_at is None:
            text = QCoreApplication.translate("InboxOrder", "Snoozed until {time}").format(
                time=when
            )
        else:
            text = QCoreApplication.translate("InboxOrder", "Back from snooze ({time})").format(
                time=when
            )
        return f"\u23f0 {text}" + (f": {s.note}" if s.note else "")

    def toggle_author_panel(self) -> None:
        """a: show or hide Who is this."""
        show = not self.author_panel.isVisible()
        self.author_panel.setVisible(show)
        self.author_action.setChecked(show)
        if show:
            self.author_panel.show_for(self.window.conversation.message_id)
        else:
            self.author_panel.save_note()

    # -- rules --------------------------------------------------------------------------------

    def open_rules(self) -> None:
        from cmstation.ui.listening.rules_dialog import RulesDialog

        dlg = RulesDialog(self.window)
        dlg.finished.connect(lambda _r: self.reload_labels())
        self.rules_dialog = dlg
        dlg.open()


def attach_inbox_order(window) -> InboxOrder:
    window.order = InboxOrder(window)
    return window.order
