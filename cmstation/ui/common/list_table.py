"""The read-only, one-row-at-a-time table the inbox and the outbox use for their lists, and
the pieces around a list on a page: the title bar on top and the note shown when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)


def list_table(
    model: QAbstractItemModel,
    object_name: str,
    widths: dict[int, int],
    parent: QWidget | None = None,
    *,
    stretch: int | None = None,
    fixed: tuple[int, ...] = (),
) -> QTableView:
    """A table over ``model``: rows selected whole, no editing or grid, fixed row height,
    and the given column widths (columns left out keep Qt's default). Column ``stretch``
    takes the spare width; the ``fixed`` columns cannot be resized by the user."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for col, width in widths.items():
        header.resizeSection(col, width)
    for col in fixed:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def list_row_flags(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """What a list table's model answers to ``flags()``: a row can be selected, not edited,
    and has no children."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )


def list_title_bar(title: str, title_object_name: str) -> tuple[QWidget, QHBoxLayout, QLabel]:
    """The bar on top of a list page: the title (styled through ``title_object_name``) and a
    muted summary label that takes the spare width. Returns the bar, its layout (for the
    page's own buttons) and the summary label."""
    bar = QWidget()
    bar_lay = QHBoxLayout(bar)
    bar_lay.setContentsMargins(10, 8, 10, 6)
    title_label = QLabel(title)
    title_label.setObjectName(title_object_name)
    bar_lay.addWidget(title_label)
    summary = QLabel()
    summary.setObjectName("muted")
    bar_lay.addWidget(summary, 1)
    return bar, bar_lay, summary


def empty_list_note(text: str = "", *, plain_text: bool = False) -> QLabel:
    """The centred, wrapping note (object name ``emptyState``) a page shows instead of an
    empty list; ``plain_text`` for a note whose text may hold user input (never read as
    rich text)."""
    note = QLabel(text)
    note.setObjectName("emptyState")
    note.setWordWrap(True)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if plain_text:
        note.setTextFormat(Qt.TextFormat.PlainText)
    return note
