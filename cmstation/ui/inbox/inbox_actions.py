"""What the main window does in the inbox: selection and moving through the list, showing
the conversation, marking messages and undoing it (a part of MainWindow, in its
translation context)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
)

from cmstation.core.actions import ActionKind
from cmstation.core.models import MessageKind, MessageState
from cmstation.core.translations import render
from cmstation.outbox.reactions import describe, request
from cmstation.storage import actions as action_store
from cmstation.storage import messages as store
from cmstation.ui.inbox.message_table_model import MessageTableModel


@dataclass
class _Undo:
    ids: tuple[int, ...]
    # filled on the worker by set_state (tasks run in order, so undo always finds it filled)
    previous: dict


class InboxActionsMixin:
    """Inbox actions for MainWindow (see the module docstring)."""

    def _on_reloaded(self) -> None:
        empty = self.message_model.rowCount() == 0
        if empty:
            self.list_empty.setText(self._empty_text())
            self.list_stack.setCurrentWidget(self.list_empty)
            self.conversation.show_empty()
            self.triage_panel.show_for(None)
            if self.is_ready:
                self.composer.set_message(None)
        else:
            self.list_stack.setCurrentWidget(self.table)
            row = 0
            if self.conversation.message_id is not None:
                found = self.message_model.row_of(self.conversation.message_id)
                row = found if found >= 0 else 0
            self.select_row(row)
        self._update_status()

    def _empty_text(self) -> str:
        f = self.message_model.filter
        if f.search:
            return QCoreApplication.translate(
                "MainWindow", "Nothing matches \u201c{query}\u201d. Try fewer or other words."
            ).format(query=f.search)
        if f.sentiment is not None or f.lang:
            return QCoreApplication.translate("MainWindow", "No messages match these filters.")
        if self._view_key == ("view", "needs_reply"):
            return QCoreApplication.translate(
                "MainWindow", "Nothing needs a reply right now. Well done!"
            )
        if self._view_key == ("view", "ignored"):
            return QCoreApplication.translate("MainWindow", "Nothing ignored or marked as spam.")
        if self._view_key == ("view", "done"):
            return QCoreApplication.translate(
                "MainWindow", "Nothing is done yet. Press e on a message to mark it done."
            )
        return QCoreApplication.translate(
            "MainWindow", "No messages yet. New mentions appear here after the next sweep."
        )

    def current_row(self) -> int:
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else -1

    def current_message_id(self) -> int | None:
        m = self.message_model.message_at(self.current_row())
        return m.id if m else None

    def select_row(self, row: int) -> None:
        n = self.message_model.rowCount()
        if n == 0:
            return
        row = max(0, min(row, n - 1))
        idx = self.message_model.index(row, MessageTableModel.COL_TEXT)
        order = getattr(self, "order", None)
        if order is not None and order.bulk.keeps_selection():  # rows marked with x stay
            self.table.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.NoUpdate
            )
        else:
            self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)

    def open_message(self, message_id: int) -> None:
        """Show ``message_id`` under "All messages", selected, its draft in the composer."""
        self.ensure_ready()
        self.conversation.message_id = message_id
        self._view_key = ("view", "all")
        self.nav.blockSignals(True)
        self.nav.setCurrentItem(self._nav_items[self._view_key])
        self.nav.blockSignals(False)
        self.outbox.show_page(None)
        self.apply_filter(force=True)
        self._show_thread(message_id)

    def move_selection(self, delta: int) -> None:
        self.ensure_ready()
        if self.stack.currentWidget() is not self.splitter or self.outbox.page:
            return
        n = self.message_model.rowCount()
        if n == 0:
            return
        row = self.current_row()
        self.select_row(0 if row < 0 else row + delta)
        if self.current_row() >= n - 20 and self.message_model.canFetchMore():
            self.message_model.fetchMore()
        self.table.setFocus()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        m = self.message_model.message_at(current.row()) if current.isValid() else None
        if m is None or m.id is None:
            return
        self._show_thread(m.id)
        if not m.read:
            self.message_model.set_read(m.id)
            mid, private = m.id, m.kind == MessageKind.DIRECT

            def work(db):
                store.mark_read(db, mid)
                if private:  # the network marks the conversation read too (queued)
                    request(db, mid, ActionKind.READ, undo=False)
                return private

            def done(private_read: bool) -> None:
                self._counts_soon()
                outbox = getattr(self, "outbox", None)
                if private_read and outbox is not None:
                    outbox.controller.reply_queued()

            self.tasks.run(work, done)

    def _show_thread(self, message_id: int) -> None:
        self._thread_gen += 1
        gen = self._thread_gen

        def work(db):
            thread = store.thread(db, message_id)
            done_here = action_store.for_messages(db, [m.id for m in thread])
            notes = {
                mid: [render(describe(a)) for a in acts if a.kind != ActionKind.READ]
                for mid, acts in done_here.items()
            }
            return thread, notes

        def done(loaded):
            thread, notes = loaded
            if gen == self._thread_gen and not self._closed:
                self.conversation.show_thread(message_id, thread, notes)
                self.triage_panel.show_for(message_id)
                self.thread_shown.emit(message_id)

        self.tasks.run(work, done)

    def _triage_corrected(self, message_id: int) -> None:
        """A correction moved the message (rank, mood, perhaps needs a reply): the list, the
        counts and its card follow."""
        if self._closed:
            return
        self.conversation.message_id = message_id
        self.message_model.reload()
        self._counts_soon()
        self._show_thread(message_id)

    def open_current(self) -> None:
        """Enter: open the selected message in the conversation pane and focus it."""
        mid = self.current_message_id()
        if mid is None:
            return
        if self.conversation.message_id != mid:
            self._show_thread(mid)
        self.conversation.setFocus()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is not self.splitter:
            return
        self.search_box.setFocus()
        self.search_box.selectAll()

    def focus_list(self) -> None:
        self.table.setFocus()

    def open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def change_state(self, state: MessageState) -> None:
        """Mark the selected message; saved at once, undoable with Ctrl+Z."""
        self.ensure_ready()
        if self.stack.currentWidget() is not self.splitter or self.outbox.page:
            return
        if self.order.bulk.is_bulk():  # several selected: all of them (bulk_actions.py)
            self.order.bulk.set_state(state)
            return
        row = self.current_row()
        mid = self.current_message_id()
        if mid is None:
            return
        ids = (mid,)
        undo = _Undo(ids, {})

        def work(db):
            undo.previous.update(store.set_state(db, ids, state))

        self._undo.append(undo)
        del self._undo[:-50]
        self.message_model.apply_state(ids, state)
        self.tasks.run(
            work, lambda _r: self._state_saved(ids, state), lambda exc: self._state_failed(exc)
        )
        self.select_row(row)
        if self.message_model.rowCount() == 0:
            self._on_reloaded()
        self._update_status(self._state_note(state))

    def _state_note(self, state: MessageState) -> str:
        if state == MessageState.DONE:
            return QCoreApplication.translate("MainWindow", "Marked done. Ctrl+Z undoes.")
        if state == MessageState.IGNORED:
            return QCoreApplication.translate("MainWindow", "Ignored. Ctrl+Z undoes.")
        return ""

    def _state_saved(self, ids: tuple, state: MessageState) -> None:
        self.states_changed.emit(ids, str(state))
        self._counts_soon()

    def _state_failed(self, exc: BaseException) -> None:
        self._show_task_error(exc)
        self.message_model.reload()

    def undo(self) -> None:
        if not self._undo:
            self._update_status(QCoreApplication.translate("MainWindow", "Nothing to undo."))
            return
        undo = self._undo.pop()
        if hasattr(undo, "take_back"):  # a bulk action or a rule pass (change sets)
            undo.take_back(self)
            self._update_status(QCoreApplication.translate("MainWindow", "Undone."))
            return

        def work(db):
            store.restore_states(db, undo.previous)

        def done(_r):
            self.conversation.message_id = undo.ids[0]
            self.message_model.reload()
            self.states_changed.emit(undo.ids, "")
            self._counts_soon()

        self.tasks.run(work, done, self._state_failed)
        self._update_status(QCoreApplication.translate("MainWindow", "Undone."))
