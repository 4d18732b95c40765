""" "Requests…" on a Mastodon or Bluesky channel: the accounts whose mentions (or chats) the
network holds back. Their messages are already in the inbox; Accept lets the account
through from now on, Dismiss hides the request. The network calls run off the GUI thread
(cmstation.listening.requests)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmstation.core.models import Channel
from cmstation.ui.common.background_call import BackgroundCall
from cmstation.ui.common.plain_error import plain_error

ID_ROLE = Qt.ItemDataRole.UserRole


class RequestsDialog(QDialog):
    #: a request was settled (its id)
    settled = Signal(str)
    #: the list was (re)loaded
    loaded = Signal()

    def __init__(
        self, channel: Channel, secrets: Any, record_db: Any, parent: QWidget | None = None
    ) -> None:
        """``secrets()`` gives the secret store; ``record_db()`` a connection for the event
        log (on the worker thread that settles)."""
        super().__init__(parent)
        self.channel = channel
        self._secrets = secrets
        self._record_db = record_db
        self.setWindowTitle(self.tr("Requests on {channel}").format(channel=channel.name))
        self.resize(520, 360)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The network holds these back: mentions from new or not-followed accounts, or "
                "chats from people you don't follow. Their messages are in your inbox already."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Account"), self.tr("Waiting")])
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.list, 1)
        self.status = QLabel(self.tr("Asking the network\u2026"))
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.clicked.connect(lambda: self.settle(True))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(lambda: self.settle(False))
        row.addWidget(self.accept_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        lay.addLayout(row)
        self._update_buttons()
        self.reload()

    def _update_buttons(self) -> None:
        on = self.list.currentItem() is not None
        self.accept_button.setEnabled(on)
        self.dismiss_button.setEnabled(on)

    def reload(self) -> None:
        from cmstation.listening import requests as service

        ch = self.channel

        def done(found) -> None:
            self.list.clear()
            for r in found:
                who = f"{r.display_name} ({r.handle})" if r.display_name else r.handle
                item = QTreeWidgetItem([who, str(r.count)])
                item.setData(0, ID_ROLE, r.id)
                self.list.addTopLevelItem(item)
            self.status.setText(
                self.tr("%n request(s) waiting.", "", len(found))
                if found
                else self.tr("No requests waiting.")
            )
            self._update_buttons()
            self.loaded.emit()

        def failed(exc) -> None:
            self.status.setText(plain_error(exc))
            self.loaded.emit()

        BackgroundCall(lambda: service.pending(ch, self._secrets()), done, failed, self)

    def settle(self, accept: bool) -> None:
        from cmstation.listening import requests as service

        item = self.list.currentItem()
        if item is None:
            return
        rid, ch = str(item.data(0, ID_ROLE)), self.channel

        def work():
            db = self._record_db()
            try:
                service.settle(db, ch, rid, accept=accept, secrets=self._secrets())
            finally:
                db.conn.close()
            return rid

        def done(_rid) -> None:
            self.settled.emit(rid)
            self.reload()

        def failed(exc) -> None:
            self.status.setText(plain_error(exc))

        self.accept_button.setEnabled(False)
        self.dismiss_button.setEnabled(False)
        BackgroundCall(work, done, failed, self)
