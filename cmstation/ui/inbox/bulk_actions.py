"""Bulk actions in the message list: a selection of many (Shift/Ctrl click, ``x`` marks the
current row and keeps the marks while j/k move, Ctrl+A or "Select all N matching" takes
every message of the current filter, not only the loaded pages), and marking done,
ignored, spam, labelling and snoozing the whole of it.

Every bulk action runs on the worker (storage/bulk.py: one transaction per batch of ids),
with its progress in the status bar; its change sets' tokens go on the window's undo
stack, so one Ctrl+Z takes the whole batch back (storage/change_sets.undo).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from cmstation.core.models import MessageFilter, MessageState
from cmstation.storage import bulk as bulk_store
from cmstation.storage import change_sets
from cmstation.storage import labels as label_store
from cmstation.storage import messages as store
from cmstation.storage import snoozes as snooze_store
from cmstation.storage.change_sets import ChangeResult

#: work(db, ids, on_progress) -> the change results (each with its undo token)
BulkWork = Callable[..., list[ChangeResult]]


@dataclass
class ChangeSetUndo:
    """An undo entry of the window's stack for bulk actions and rule passes: the tokens are
    filled on the worker (tasks run in order, so an undo finds them filled)."""

    ids: tuple[int, ...] = ()
    tokens: list[int] = field(default_factory=list)

    def take_back(self, window) -> None:
        tokens = list(self.tokens)

        def work(db):
            restored = 0
            for token in reversed(tokens):
                r = change_sets.undo(db, token)
                restored += r.restored if r is not None else 0
            return restored

        def done(restored: int) -> None:
            if window._closed:
                return
            if self.ids:
                window.conversation.message_id = self.ids[0]
            window.message_model.reload()
            window.states_changed.emit(self.ids, "")
            window._counts_soon()
            window._update_status(
                QCoreApplication.translate(
                    "BulkActions", "Undone: %n change(s) taken back.", "", restored
                )
            )

        window.tasks.run(work, done, window._state_failed)


class BulkActions(QObject):
    """The selection and the bulk actions of ``window``'s message list."""

    # (done, total) from the worker, after each batch
    progress = Signal(int, int)
    # a bulk action was written: (how many messages it was asked about)
    finished = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.table = window.table
        self.model = window.message_model
        self.all_matching = False
        self.marking = False
        self.busy = False
        #: the name of the thread the last bulk action's work ran on (for tests)
        self.last_thread = ""
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.model.modelReset.connect(self._reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("bulkProgress")
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        window.statusBar().addPermanentWidget(self.progress_bar)
        self.progress.connect(self._on_progress)
        self.select_all_button = QPushButton()
        self.select_all_button.setObjectName("selectAllMatching")
        self.select_all_button.setFlat(True)
        self.select_all_button.clicked.connect(self.select_all_matching)
        self.select_all_button.hide()
        self.model.total_changed.connect(lambda _n: self._selection_changed())

    # -- the selection ------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def is_bulk(self) -> bool:
        """Whether an action goes to the selection rather than the current message alone."""
        if self.all_matching:
            return True
        rows = self.selected_rows()
        return bool(rows) and rows != [self.window.current_row()]

    def keeps_selection(self) -> bool:
        """While rows are marked with x, moving with j/k leaves the marks alone."""
        return self.marking and bool(self.table.selectionModel().selectedRows())

    def selected_ids(self) -> tuple[int, ...]:
        ids = []
        for row in self.selected_rows():
            m = self.model.message_at(row)
            if m is not None and m.id is not None:
                ids.append(m.id)
        return tuple(ids)

    def target(self) -> tuple[tuple[int, ...] | None, MessageFilter, int]:
        """(ids, or None for "every message of the filter"; the filter; how many)."""
        f = self.model.filter
        if self.all_matching:
            return None, f, self.model.total or self.model.rowCount()
        ids = self.selected_ids() if self.is_bulk() else ()
        if not ids:
            mid = self.window.current_message_id()
            ids = (mid,) if mid is not None else ()
        return ids, f, len(ids)

    def toggle_current(self) -> None:
        """x: mark the current row (the first x keeps it marked), again: unmark it."""
        idx = self.table.currentIndex()
        if not idx.isValid():
            return
        sel = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Rows
        if not self.marking:
            self.marking = True
            sel.select(idx, QItemSelectionModel.SelectionFlag.Select | flags)
        else:
            sel.select(idx, QItemSelectionModel.SelectionFlag.Toggle | flags)
        self.window._update_status(self.selection_note())

    def select_all_matching(self) -> None:
        """Ctrl+A: every message of the filter (the loaded rows show it)."""
        if self.model.rowCount() == 0:
            return
        self.table.selectAll()
        self.all_matching = True
        self.select_all_button.hide()
        self.window._update_status(self.selection_note())

    def selection_note(self) -> str:
        _ids, _f, n = self.target()
        return QCoreApplication.translate("BulkActions", "%n message(s) selected", "", n)

    def _reset(self) -> None:
        self.all_matching = False
        self.marking = False
        self.select_all_button.hide()

    def _selection_changed(self, *_args) -> None:
        rows = self.selected_rows()
        if self.all_matching and len(rows) < self.model.rowCount():
            self.all_matching = False
        if not rows:
            self.marking = False
        total = self.model.total
        show = (
            not self.all_matching
            and len(rows) > 1
            and len(rows) == self.model.rowCount()
            and total is not None
            and total > len(rows)
        )
        if show:
            self.select_all_button.setText(
                QCoreApplication.translate("BulkActions", "Select all %n matching", "", total)
            )
        self.select_all_button.setVisible(show)

    # -- running them ---------------------------------------------------------------------

    def run(self, work: BulkWork, note: Callable[[int, int], str], *, state=None) -> bool:
        """``work(db, ids, on_progress)`` on the target; False when there is nothing to do."""
        ids, f, n = self.target()
        if n == 0 or (ids is not None and not ids):
            return False
        w = self.window
        undo = ChangeSetUndo(ids or ())
        w._undo.append(undo)
        del w._undo[:-50]
        emit = self.progress.emit

        def job(db):
            self.last_thread = threading.current_thread().name
            chosen = list(ids) if ids is not None else store.message_ids(db, f)
            results = work(db, chosen, emit)
            undo.tokens.extend(r.token for r in results if r.token is not None)
            if not undo.ids:
                undo.ids = tuple(chosen[:1])
            return len(chosen), sum(r.changed for r in results)

        def done(counts: tuple[int, int]) -> None:
            self.busy = False
            self.progress_bar.hide()
            if w._closed:
                return
            asked, changed = counts
            w.message_model.reload()
            w.states_changed.emit(tuple(ids or ()), str(state) if state else "")
            w._counts_soon()
            w._update_status(note(asked, changed))
            self.finished.emit(asked)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.progress_bar.hide()
            w._state_failed(exc)

        self.busy = True
        self.progress_bar.setRange(0, max(n, 1))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(
            QCoreApplication.translate("BulkActions", "%v of %m", "progress of a bulk action")
        )
        self.progress_bar.show()
        if ids is not None and state is not None:
            self.model.apply_state(ids, state)  # at once; the reload follows
        w._update_status(
            QCoreApplication.translate("BulkActions", "Working on %n message(s)\u2026", "", n)
        )
        w.tasks.run(job, done, failed)
        return True

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def set_state(self, state: MessageState) -> bool:
        def work(db, ids, on_progress):
            return [bulk_store.set_state_many(db, ids, state, on_progress=on_progress)]

        def note(asked: int, _changed: int) -> str:
            if state == MessageState.DONE:
                return QCoreApplication.translate(
                    "BulkActions", "%n message(s) marked done. Ctrl+Z undoes.", "", asked
                )
            if state == MessageState.IGNORED:
                return QCoreApplication.translate(
                    "BulkActions", "%n message(s) ignored. Ctrl+Z undoes.", "", asked
                )
            if state == MessageState.SPAM:
                return QCoreApplication.translate(
                    "BulkActions", "%n message(s) marked as spam. Ctrl+Z undoes.", "", asked
                )
            return QCoreApplication.translate(
                "BulkActions", "%n message(s) changed. Ctrl+Z undoes.", "", asked
            )

        return self.run(work, note, state=state)

    def set_labels(self, add: list[str], remove: list[str]) -> bool:
        if not add and not remove:
            return False

        def work(db, ids, on_progress):
            out = [label_store.label_messages(db, ids, n, on_progress=on_progress) for n in add]
            out += [
                label_store.label_messages(db, ids, n, remove=True, on_progress=on_progress)
                for n in remove
            ]
            return out

        def note(asked: int, _changed: int) -> str:
            return QCoreApplication.translate(
                "BulkActions", "Labels changed on %n message(s). Ctrl+Z undoes.", "", asked
            )

        return self.run(work, note)

    def wake_now(self) -> bool:
        """Snooze > Wake now: the chosen messages come back to the lists as they were."""
        ids, f, n = self.target()
        if n == 0 or (ids is not None and not ids):
            return False
        w = self.window

        def job(db):
            chosen = list(ids) if ids is not None else store.message_ids(db, f)
            return snooze_store.unsnooze(db, chosen)

        def done(woken: int) -> None:
            if w._closed:
                return
            w.message_model.reload()
            w._counts_soon()
            w._update_status(self.tr("%n message(s) back from snooze.", "", woken))
            self.finished.emit(woken)

        w.tasks.run(job, done, w._state_failed)
        return True

    def snooze(self, until: int, note_text: str = "") -> bool:
        def work(db, ids, on_progress):
            return [
                snooze_store.snooze_messages(db, ids, until, note_text, on_progress=on_progress)
            ]

        def note(asked: int, _changed: int) -> str:
            return QCoreApplication.translate(
                "BulkActions", "%n message(s) snoozed. Ctrl+Z undoes.", "", asked
            )

        return self.run(work, note)
