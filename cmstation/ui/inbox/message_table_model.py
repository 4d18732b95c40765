"""The message list: a table model over SQLite that never loads every row.

Rows arrive a page at a time with keyset paging (``storage.messages.list_messages`` with
``after=<last row>``): the view asks ``canFetchMore()``/``fetchMore()`` when it scrolls near
the end. Filtering and ordering happen in SQL. Every query runs on the task helper's
worker; results that belong to an older filter are dropped.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from cmstation.core.models import Message, MessageFilter, MessageState, Priority, Sentiment
from cmstation.storage import messages as store
from cmstation.ui.common.list_table import list_row_flags
from cmstation.ui.common.tasks import TaskManager
from cmstation.ui.common.theme import colour

PAGE_SIZE = 200
# how many rows a reload may bring back at once to keep the user's place
MAX_RELOAD = 5000
PREVIEW_CHARS = 160

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 2

_SENTIMENT_ROLES = {  # colour roles of the palette (ui.common.theme)
    Sentiment.NEGATIVE: "error",
    Sentiment.NEUTRAL: "muted",
    Sentiment.POSITIVE: "ok",
}


class MessageTableModel(QAbstractTableModel):
    """Columns: priority marker, sentiment, author, text preview, channel, time."""

    COL_PRIORITY, COL_SENTIMENT, COL_AUTHOR, COL_TEXT, COL_CHANNEL, COL_TIME = range(6)
    COLUMN_COUNT = 6

    # a page (first or next) has been added; the argument is the new row count
    page_loaded = Signal(int)
    # the model was refilled for a new filter
    reloaded = Signal()
    # the number of rows matching the filter (arrives after the first page)
    total_changed = Signal(int)

    def __init__(
        self, tasks: TaskManager, parent=None, *, page_size: int = PAGE_SIZE, now: int | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._page_size = page_size
        self._rows: list[Message] = []
        self._filter = MessageFilter()
        self._generation = 0
        self._exhausted = True
        self._fetching = False
        self._total: int | None = None
        self._now = now
        self._bold = QFont()
        self._bold.setBold(True)
        self._draft_ids: set[int] = set()  # messages with a draft: marked in the list

    # -- filter and loading ---------------------------------------------------------------

    @property
    def filter(self) -> MessageFilter:
        return self._filter

    @property
    def total(self) -> int | None:
        """Rows matching the filter, or None until counted."""
        return self._total

    @property
    def generation(self) -> int:
        """How many times a filter was set (0: nothing asked yet)."""
        return self._generation

    @property
    def loading(self) -> bool:
        return self._fetching

    def set_filter(self, f: MessageFilter, *, keep: int = 0, db: Any = None) -> None:
        """Show what ``f`` selects; ``keep`` asks for at least that many rows at once
        (to keep the user's place after an undo). The page is read on the worker, or at
        once from ``db`` when given (only for the first page of a window not yet shown)."""
        self._filter = f
        self._total = None
        self._generation += 1
        gen = self._generation
        self._fetching = True
        limit = min(max(self._page_size, keep), MAX_RELOAD)

        def work(db):
            return store.list_messages(db, f, limit=limit)

        if db is not None:
            self._first_page(gen, work(db), limit)
        else:
            self._tasks.run(
                work,
                lambda rows: self._first_page(gen, rows, limit),
                lambda exc: self._failed(gen, exc),
            )
        self._tasks.run(
            lambda db: store.count_messages(db, f),
            lambda n: self._counted(gen, n),
            lambda exc: None,
        )

    def reload(self) -> None:
        self.set_filter(self._filter, keep=len(self._rows))

    def _first_page(self, gen: int, rows: list[Message], limit: int) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = len(rows) < limit
        self._fetching = False
        self.endResetModel()
        self.reloaded.emit()
        self.page_loaded.emit(len(self._rows))

    def _counted(self, gen: int, n: int) -> None:
        if gen != self._generation:
            return
        self._total = n
        self.total_changed.emit(n)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self._fetching = False
            self._exhausted = True
        self._tasks.task_failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid():
            return False
        return not self._exhausted and not self._fetching and bool(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self.canFetchMore(parent):
            return
        self._fetching = True
        gen, f, after, limit = self._generation, self._filter, self._rows[-1], self._page_size
        self._tasks.run(
            lambda db: store.list_messages(db, f, limit=limit, after=after),
            lambda rows: self._next_page(gen, rows, limit),
            lambda exc: self._failed(gen, exc),
        )

    def _next_page(self, gen: int, rows: list[Message], limit: int) -> None:
        if gen != self._generation:
            return
        self._fetching = False
        self._exhausted = len(rows) < limit
        known = {m.id for m in self._rows}
        rows = [m for m in rows if m.id not in known]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    # -- rows and edits ---------------------------------------------------------------------

    def set_draft_ids(self, ids: set[int]) -> None:
        """Mark the messages that have a draft (a pencil before the text)."""
        ids = set(ids)
        if ids == self._draft_ids:
            return
        self._draft_ids = ids
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.COL_TEXT),
                self.index(len(self._rows) - 1, self.COL_TEXT),
                [Qt.ItemDataRole.DisplayRole],
            )

    def has_draft(self, message_id: int | None) -> bool:
        return message_id in self._draft_ids

    def message_at(self, row: int) -> Message | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, message_id: int) -> int:
        for i, m in enumerate(self._rows):
            if m.id == message_id:
                return i
        return -1

    def apply_state(self, ids: Sequence[int], state: MessageState) -> None:
        """Reflect a state change at once: rows that leave the filter disappear, others
        are updated in place (the database write runs on the worker)."""
        wanted = set(ids)
        leaves = bool(self._filter.states) and state not in self._filter.states
        for row in range(len(self._rows) - 1, -1, -1):
            m = self._rows[row]
            if m.id not in wanted:
                continue
            if leaves:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                if self._total:
                    self._total -= 1
            else:
                self._rows[row] = dataclasses.replace(m, state=state, read=True)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
        if leaves and self._total is not None:
            self.total_changed.emit(self._total)

    def set_read(self, message_id: int, read: bool = True) -> None:
        row = self.row_of(message_id)
        if row >= 0 and self._rows[row].read != read:
            self._rows[row] = dataclasses.replace(self._rows[row], read=read)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("!", "priority column"),
                self.tr("Mood"),
                self.tr("Author"),
                self.tr("Message"),
                self.tr("Channel"),
                self.tr("Time"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                self.tr("Priority: complaints first, then questions"),
                self.tr("Sentiment of the message"),
                None,
                None,
                None,
                None,
            ][section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return list_row_flags(index)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(m, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(m, col)
        if role == Qt.ItemDataRole.FontRole:
            if col == self.COL_PRIORITY:
                return self._bold
            return self._bold if not m.read and not m.is_own else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_SENTIMENT:
                return QBrush(colour(_SENTIMENT_ROLES.get(m.sentiment, "muted")))
            if col == self.COL_PRIORITY and m.priority >= Priority.COMPLAINT:
                return QBrush(colour("error"))
            if col == self.COL_PRIORITY and m.priority >= Priority.QUESTION:
                return QBrush(colour("warning"))
            if m.state in (
                MessageState.DONE,
                MessageState.IGNORED,
                MessageState.SPAM,
                MessageState.REPLIED,
            ):
                return QBrush(colour("muted"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (self.COL_PRIORITY, self.COL_SENTIMENT):
                return int(Qt.AlignmentFlag.AlignCenter)
            if col == self.COL_TIME:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == ID_ROLE:
            return m.id
        if role == MESSAGE_ROLE:
            return m
        return None

    def _display(self, m: Message, col: int) -> str:
        if col == self.COL_PRIORITY:
            if m.priority >= Priority.COMPLAINT:
                return "!"
            if m.priority >= Priority.QUESTION:
                return "?"
            return ""
        if col == self.COL_SENTIMENT:
            return {Sentiment.NEGATIVE: "\u25bc", Sentiment.POSITIVE: "\u25b2"}.get(
                m.sentiment, "\u2022"
            )
        if col == self.COL_AUTHOR:
            return m.author_name or m.author_handle or self.tr("(unknown)")
        if col == self.COL_TEXT:
            return ("\u270e " if m.id in self._draft_ids else "") + preview(m.text)
        if col == self.COL_CHANNEL:
            return self._kind_names().get(m.channel_kind, m.channel_name)
        if col == self.COL_TIME:
            return format_time(m.created_at, now=self._now)
        return ""

    def _kind_names(self) -> dict[str, str]:
        names = getattr(self, "_kinds", None)
        if names is None:
            names = self._kinds = {
                "mastodon": self.tr("Mastodon"),
                "bluesky": self.tr("Bluesky"),
                "feed": self.tr("Feed"),
                "manual": self.tr("By hand"),
            }
        return names

    def _tooltip(self, m: Message, col: int) -> str | None:
        if col == self.COL_PRIORITY:
            if m.priority >= Priority.COMPLAINT:
                return self.tr("Complaint: answer this first")
            if m.priority >= Priority.QUESTION:
                return self.tr("Question")
            return None
        if col == self.COL_SENTIMENT:
            return {
                Sentiment.NEGATIVE: self.tr("Negative"),
                Sentiment.NEUTRAL: self.tr("Neutral"),
                Sentiment.POSITIVE: self.tr("Positive"),
            }.get(m.sentiment)
        if col == self.COL_AUTHOR:
            return m.author_handle or None
        if col == self.COL_CHANNEL:
            return m.channel_name
        if col == self.COL_TEXT:
            return m.text[:1000]
        if col == self.COL_TIME:
            return QLocale().toString(
                QDateTime.fromSecsSinceEpoch(m.created_at), QLocale.FormatType.LongFormat
            )
        return None


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """One line of plain text: whitespace collapsed, cut with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def format_time(ts: int, *, now: int | None = None) -> str:
    """Today: the time; this year: day and month; else the short date."""
    locale = QLocale()
    dt = QDateTime.fromSecsSinceEpoch(int(ts))
    ref = QDateTime.fromSecsSinceEpoch(int(now if now is not None else time.time()))
    if dt.date() == ref.date():
        return locale.toString(dt.time(), QLocale.FormatType.ShortFormat)
    if dt.date().year() == ref.date().year():
        return locale.toString(dt.date(), "d MMM")
    return locale.toString(dt.date(), QLocale.FormatType.ShortFormat)
