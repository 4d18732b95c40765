"""A report table (insights.tables.Table) as a Qt model, and its cells as text: the same
words in the window, the PDF and (through plain()) the exports."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cmstation.core.i18n import Text
from cmstation.insights.tables import Table


def translate(context: str, source: str, disambiguation=None, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def render(text: Text) -> str:
    return text.render(translate)


def cell_text(value: Any, column: str = "") -> str:
    """A cell as the window and the PDF show it (``column``: its machine name; ``*_at``
    columns hold unix times, shown as local date and time)."""
    if value is None:
        return "\u2014"
    if column.endswith("_at") and isinstance(value, int | float) and value > 10**8:
        from datetime import datetime

        return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, Text):
        return render(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Insights", "yes")
            if value
            else QCoreApplication.translate("Insights", "no")
        )
    if isinstance(value, float):
        return f"{value:,.1f}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ", ".join(cell_text(v) for v in value)
    return str(value)


class ReportTableModel(QAbstractTableModel):
    def __init__(self, table: Table, parent=None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, self.table.columns[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.headers):
            return render(self.table.headers[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
