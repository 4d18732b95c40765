"""Manage saved replies: a list on the left, the selected one to edit on the right.

Placeholders such as ``{first_name}`` are filled when a saved reply is put in a reply; one
that cannot be filled stays and the reply checks mark it as an error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmstation.compose.snippets import placeholders
from cmstation.storage import snippets as snippet_store

KNOWN_PLACEHOLDERS = ("first_name", "name", "handle", "agent", "signoff")


class SnippetsDialog(QDialog):
    """Edits go to the workspace through the task helper; :attr:`snippets` is the list
    as last read."""

    # the list was read again (after a change)
    changed = Signal()

    def __init__(self, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.snippets: list[snippet_store.Snippet] = []
        self._current_id: int | None = None
        self.setWindowTitle(self.tr("Saved replies"))
        self.resize(680, 420)
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Saved replies are a start, not an answer: make each one personal. "
                "Placeholders: {first_name}, {name}, {handle}, {agent}, {signoff}."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        note.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(note)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_current)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.new_snippet)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        body.addLayout(left, 2)
        right = QFormLayout()
        self.name = QLineEdit()
        right.addRow(self.tr("Name"), self.name)
        self.text = QPlainTextEdit()
        self.text.textChanged.connect(self._update_hint)
        right.addRow(self.tr("Text"), self.text)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        right.addRow("", self.hint)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_current)
        right.addRow("", self.save_button)
        body.addLayout(right, 3)
        lay.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._set_editing(False)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        def done(snippets):
            self.snippets = list(snippets)
            self.list.blockSignals(True)
            self.list.clear()
            for sn in self.snippets:
                item = QListWidgetItem(sn.name)
                item.setData(Qt.ItemDataRole.UserRole, sn.id)
                item.setToolTip(sn.text)
                self.list.addItem(item)
            self.list.blockSignals(False)
            target = select if select is not None else self._current_id
            for i, sn in enumerate(self.snippets):
                if sn.id == target:
                    self.list.setCurrentRow(i)
                    break
            else:
                self._current_id = None
                self._set_editing(False)
            self.changed.emit()

        self.tasks.run(snippet_store.list_snippets, done)

    def _set_editing(self, on: bool) -> None:
        for w in (self.name, self.text, self.save_button, self.delete_button):
            w.setEnabled(on)
        if not on:
            self.name.clear()
            self.text.clear()

    def _on_current(self, item: QListWidgetItem | None, _prev=None) -> None:
        if item is None:
            return
        sid = item.data(Qt.ItemDataRole.UserRole)
        sn = next((s for s in self.snippets if s.id == sid), None)
        if sn is None:
            return
        self._current_id = sid
        self._set_editing(True)
        self.name.setText(sn.name)
        self.text.setPlainText(sn.text)

    def _update_hint(self) -> None:
        unknown = [p for p in placeholders(self.text.toPlainText()) if p not in KNOWN_PLACEHOLDERS]
        self.hint.setText(
            self.tr("Not filled automatically (fill them in each reply): {names}").format(
                names=", ".join("{" + p + "}" for p in unknown)
            )
            if unknown
            else ""
        )

    def new_snippet(self) -> None:
        name = self.tr("New saved reply")

        def work(db):
            return snippet_store.add_snippet(db, name=name, text="")

        self.tasks.run(work, lambda sid: self.reload(select=sid))

    def save_current(self) -> None:
        sid = self._current_id
        name = self.name.text().strip()
        text = self.text.toPlainText().strip()
        if sid is None:
            return
        if not name:
            self.hint.setText(self.tr("Give it a name."))
            return

        def work(db):
            snippet_store.update_snippet(db, sid, name=name, text=text)

        self.tasks.run(work, lambda _r: self.reload(select=sid))

    def delete_current(self) -> None:
        sid = self._current_id
        if sid is None:
            return
        self._current_id = None
        self.tasks.run(lambda db: snippet_store.delete_snippet(db, sid), lambda _r: self.reload())
