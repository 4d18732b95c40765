"""The "Drafts" page: every reply being written, the message it answers, when it was last
edited. Opening one selects its message with the composer restored."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import Message
from cmstation.storage import drafts as draft_store
from cmstation.storage import messages
from cmstation.ui.common.list_table import empty_list_note, list_title_bar
from cmstation.ui.common.theme import apply_style
from cmstation.ui.outbox.outbox_table_model import _time, one_line

DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1

STYLE = """
QLabel#draftsTitle { font-size: 14pt; font-weight: bold; }
QLabel#muted { color: @muted; }
QLabel#emptyState { color: @muted; font-size: 11pt; }
QTreeWidget#draftsList { border: none; }
QTreeWidget#draftsList::item { padding: 4px 2px; }
"""


@dataclass(slots=True)
class DraftRow:
    draft: draft_store.Draft
    answered: Message | None


def load_draft_rows(db) -> list[DraftRow]:
    drafts = draft_store.list_drafts(db)
    answered = messages.get_messages(db, [d.message_id for d in drafts if d.message_id])
    return [DraftRow(d, answered.get(d.message_id) if d.message_id else None) for d in drafts]


class DraftsView(QWidget):
    # open this draft's message in the inbox (message id)
    open_requested = Signal(int)
    # a draft of an own post (no message answered): its draft id
    open_post_requested = Signal(int)
    reloaded = Signal()

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsView")
        apply_style(self, STYLE)
        self.tasks = tasks
        self.rows: list[DraftRow] = []
        self._gen = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        head, hl, self.summary = list_title_bar(self.tr("Drafts"), "draftsTitle")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the message with this draft in the composer"))
        self.open_button.clicked.connect(self.open_current)
        hl.addWidget(self.open_button)
        lay.addWidget(head)

        self.stack = QStackedWidget()
        self.list = QTreeWidget()
        self.list.setObjectName("draftsList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Answers"), self.tr("Draft"), self.tr("Last edited")])
        h = self.list.header()
        h.setStretchLastSection(False)
        h.resizeSection(0, 260)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda _item, _col: self.open_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = empty_list_note(
            self.tr("No drafts. Whatever you type in the composer is kept here until you send it.")
        )
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        lay.addWidget(self.stack, 1)
        self._update_buttons()

    def reload(self) -> None:
        self._gen += 1
        gen = self._gen

        def done(rows):
            if gen == self._gen:
                self._apply(rows)

        self.tasks.run(load_draft_rows, done)

    def _apply(self, rows: list[DraftRow]) -> None:
        self.rows = rows
        self.list.clear()
        for r in rows:
            if r.answered is not None:
                who = r.answered.author_name or r.answered.author_handle or self.tr("(unknown)")
                answers = f"{who}: {one_line(r.answered.text, 80)}"
            else:
                answers = self.tr("(a new post)")
            edited = _time(r.draft.updated_at)
            item = QTreeWidgetItem([answers, one_line(r.draft.text, 160), edited])
            item.setData(0, DRAFT_ROLE, r.draft.message_id)
            item.setData(1, DRAFT_ROLE, r.draft.id)
            item.setToolTip(0, r.answered.text[:1000] if r.answered else "")
            item.setToolTip(1, r.draft.text[:1000])
            self.list.addTopLevelItem(item)
        if rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.summary.setText(self.tr("%n reply(s) being written", "", len(rows)))
        self.stack.setCurrentWidget(self.list if rows else self.empty)
        self._update_buttons()
        self.reloaded.emit()

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.open_button.setEnabled(item is not None)

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        mid = item.data(0, DRAFT_ROLE)
        if mid is not None:
            self.open_requested.emit(int(mid))
        else:
            self.open_post_requested.emit(int(item.data(1, DRAFT_ROLE)))
