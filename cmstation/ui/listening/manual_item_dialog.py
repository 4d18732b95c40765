"""Manual capture: paste (or drop) an item from a network without a usable API.

The dialog checks the input with :func:`cmstation.listening.manual_items.manual_message` (plain
words when something is wrong; nothing typed is lost) and stores it on the window's task
worker (:func:`cmstation.listening.channel_flows.store_manual_item`: triage, then an
idempotent upsert, so pasting the same link twice finds the stored item).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.clock import Clock, SystemClock
from cmstation.core.models import Channel
from cmstation.listening import channel_flows
from cmstation.listening.manual_items import BadManualItem, manual_message
from cmstation.ui.common.dialog_parts import cancel_and_primary_row, error_line
from cmstation.ui.listening.channel_support import describe_error

NETWORKS = ("LinkedIn", "Instagram", "X", "Facebook", "TikTok", "E-mail")


class ManualItemDialog(QDialog):
    # (message id, True when it was new)
    item_added = Signal(int, bool)
    # "Set up a manual channel" was chosen (there is none yet)
    setup_requested = Signal()

    def __init__(
        self,
        tasks,
        channels: list[Channel],
        *,
        text: str = "",
        link: str = "",
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manualItemDialog")
        self.setWindowTitle(self.tr("Add an item by hand"))
        self.setMinimumWidth(560)
        self._tasks = tasks
        self._clock = clock or SystemClock()
        self._channels = channels
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 14)

        if not channels:
            note = QLabel(
                self.tr(
                    "Items added by hand go to a manual channel, and there is none yet. "
                    "Set one up first (it needs no login)."
                )
            )
            note.setWordWrap(True)
            lay.addWidget(note)
            row = QHBoxLayout()
            row.addStretch(1)
            cancel = QPushButton(self.tr("Cancel"))
            cancel.clicked.connect(self.reject)
            setup = QPushButton(self.tr("Set up a manual channel\u2026"))
            setup.setObjectName("primaryButton")
            setup.clicked.connect(self._setup)
            row.addWidget(cancel)
            row.addWidget(setup)
            lay.addLayout(row)
            self.text_edit = None
            return

        hint = QLabel(
            self.tr(
                "Paste a message you found on another network. It joins the inbox like any "
                "mention; answer it there and mark it answered here."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        lay.addWidget(hint)
        form = QFormLayout()
        self.channel_combo = QComboBox()
        for ch in channels:
            self.channel_combo.addItem(ch.name, ch.id)
        if len(channels) > 1:
            form.addRow(self.tr("Channel"), self.channel_combo)
        else:
            self.channel_combo.hide()
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setObjectName("manualText")
        self.text_edit.setPlaceholderText(self.tr("The text of the message"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(120)
        form.addRow(self.tr("Text"), self.text_edit)
        self.link_edit = QLineEdit(link)
        self.link_edit.setObjectName("manualLink")
        self.link_edit.setPlaceholderText("https://www.linkedin.com/feed/update/\u2026")
        form.addRow(self.tr("Link"), self.link_edit)
        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("manualAuthor")
        self.author_edit.setPlaceholderText(self.tr("Who wrote it"))
        form.addRow(self.tr("Author"), self.author_edit)
        self.network_combo = QComboBox()
        self.network_combo.setEditable(True)
        self.network_combo.addItems(NETWORKS)
        self.network_combo.setCurrentText(_guess_network(link))
        form.addRow(self.tr("Network"), self.network_combo)
        lay.addLayout(form)

        self.error_label = error_line()
        lay.addWidget(self.error_label)

        row, self.add_button = cancel_and_primary_row(
            self, self.tr("Cancel"), self.tr("Add to the inbox"), self.save
        )
        lay.addLayout(row)
        (self.link_edit if text and not link else self.text_edit).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _setup(self) -> None:
        self.setup_requested.emit()
        self.reject()

    def save(self) -> None:
        if self.text_edit is None:
            return
        cid = self.channel_combo.currentData()
        try:
            message = manual_message(
                cid,
                self.text_edit.toPlainText(),
                self.link_edit.text(),
                self.author_edit.text(),
                self.network_combo.currentText(),
                now=self._clock.now(),
            )
        except BadManualItem as exc:
            self._error(describe_error(exc))
            return
        clock = self._clock
        self.add_button.setEnabled(False)

        def done(result):
            mid, new = result
            self.item_added.emit(mid, new)
            self.accept()

        def failed(exc):
            self.add_button.setEnabled(True)
            self._error(describe_error(exc))

        self._tasks.run(
            lambda db: channel_flows.store_manual_item(db, message, clock=clock), done, failed
        )

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _guess_network(link: str) -> str:
    host = link.lower()
    for needle, name in (
        ("linkedin.", "LinkedIn"),
        ("instagram.", "Instagram"),
        ("facebook.", "Facebook"),
        ("tiktok.", "TikTok"),
        ("x.com", "X"),
        ("twitter.com", "X"),
    ):
        if needle in host:
            return name
    return ""
