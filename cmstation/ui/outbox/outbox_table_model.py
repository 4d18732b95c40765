"""The outbox as a table: each queued reply with its state, what it answers and when it goes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cmstation.core.i18n import Text
from cmstation.core.models import Message
from cmstation.core.outbox_item import OutboxItem, OutboxState
from cmstation.storage import channels as channel_store
from cmstation.storage import messages
from cmstation.storage import outbox as store
from cmstation.ui.common.list_table import list_row_flags
from cmstation.ui.common.theme import colour

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

_STATE_ROLES = {
    OutboxState.QUEUED: "info",
    OutboxState.SENDING: "sending",
    OutboxState.SENT: "ok",
    OutboxState.HELD: "warning",
    OutboxState.FAILED: "error",
    OutboxState.CANCELLED: "muted",
}


def state_colour(state: OutboxState) -> QColor:
    """The colour of an outbox state in the current palette (light or dark)."""
    return colour(_STATE_ROLES.get(state, "muted"))


def plain_reason(reason: Text) -> str:
    """A stored reason (translatable Text) in the interface language."""
    return reason.render(QCoreApplication.translate)


@dataclass(slots=True)
class OutboxRow:
    item: OutboxItem
    answered: Message | None
    channel_name: str


def load_rows(db, *, include_done: bool = True) -> list[OutboxRow]:
    """Read on the worker: the items, the messages they answer, the channel names."""
    items = store.list_items(db, include_done=include_done)
    answered = messages.get_messages(db, [i.message_id for i in items if i.message_id])
    names = {c.id: c.name for c in channel_store.list_channels(db)}
    return [
        OutboxRow(
            i, answered.get(i.message_id) if i.message_id else None, names.get(i.channel_id, "")
        )
        for i in items
    ]


def one_line(text: str, limit: int = 140) -> str:
    s = " ".join(text.split())
    return s if len(s) <= limit else s[: limit - 1] + "\u2026"


class OutboxTableModel(QAbstractTableModel):
    COL_STATE, COL_REPLY, COL_ANSWERS, COL_CHANNEL, COL_WHEN = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[OutboxRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> OutboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.item.id == item_id:
                return i
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_STATE: self.tr("State"),
            self.COL_REPLY: self.tr("Reply"),
            self.COL_ANSWERS: self.tr("Answers"),
            self.COL_CHANNEL: self.tr("Channel"),
            self.COL_WHEN: self.tr("When"),
        }.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return list_row_flags(index)

    def state_word(self, state: OutboxState) -> str:
        return {
            OutboxState.QUEUED: self.tr("Queued"),
            OutboxState.SENDING: self.tr("Sending"),
            OutboxState.SENT: self.tr("Sent"),
            OutboxState.HELD: self.tr("Held"),
            OutboxState.FAILED: self.tr("Failed"),
            OutboxState.CANCELLED: self.tr("Cancelled"),
        }.get(state, str(state))

    def when_text(self, item: OutboxItem) -> str:
        if item.state == OutboxState.SENT and item.sent_at:
            return self.tr("sent {time}").format(time=_time(item.sent_at))
        if item.state in (OutboxState.QUEUED, OutboxState.SENDING) and item.not_before:
            return self.tr("from {time}").format(time=_time(item.not_before))
        return self.tr("queued {time}").format(time=_time(item.queued_at))

    def answers_text(self, r: OutboxRow) -> str:
        if r.answered is None:
            return self.tr("(a new post)")
        who = r.answered.author_name or r.answered.author_handle or self.tr("(unknown)")
        return f"{who}: {one_line(r.answered.text, 90)}"

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        item = r.item
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_STATE:
                return "\u25cf " + self.state_word(item.state)
            if col == self.COL_REPLY:
                return one_line(item.text)
            if col == self.COL_ANSWERS:
                return self.answers_text(r)
            if col == self.COL_CHANNEL:
                return r.channel_name
            if col == self.COL_WHEN:
                return self.when_text(item)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_STATE:
                return plain_reason(item.reason_text) or None
            if col == self.COL_REPLY:
                return item.text[:1000]
            if col == self.COL_ANSWERS and r.answered is not None:
                return r.answered.text[:1000]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_STATE:
                return QBrush(state_colour(item.state))
            if item.state in (OutboxState.SENT, OutboxState.CANCELLED):
                return QBrush(colour("muted"))
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.COL_STATE:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_WHEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ROLE:
            return item
        return None


def _time(ts: int) -> str:
    """Compact: "14:05" today, "23 Nov 14:05" this year, else with the year."""
    dt = QDateTime.fromSecsSinceEpoch(int(ts))
    today = QDateTime.currentDateTime().date()
    if dt.date() == today:
        fmt = "HH:mm"
    elif dt.date().year() == today.year():
        fmt = "d MMM HH:mm"
    else:
        fmt = "d MMM yyyy HH:mm"
    return QLocale().toString(dt, fmt)
