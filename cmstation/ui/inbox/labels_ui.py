"""Labels in the window: coloured tags before a message's text in the list (a delegate over
the message column; the labels of the loaded rows are read on the worker), tags on the
cards of the conversation, the label filter of the list's filter bar, and the Labels…
dialog that sets and unsets labels on the selected messages and makes new ones.

A tag's colour is the label's own; its text is black or white, whichever reads on that
colour (by the colour's lightness), so tags read on light and dark palettes alike.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cmstation.storage import labels as label_store
from cmstation.storage.labels import Label
from cmstation.storage.search_syntax import label_term

#: a label without a colour of its own
DEFAULT_COLOUR = "#9ca3af"
#: a new label's colour until the user picks one (label colour: data, not the theme)
DEFAULT_NEW_COLOUR = "#2f6fde"
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def label_colour(label: Label) -> QColor:
    c = QColor(label.colour or DEFAULT_COLOUR)
    return c if c.isValid() else QColor(DEFAULT_COLOUR)


def text_colour_for(background: QColor) -> QColor:
    """Black on light colours, white on dark ones (relative luminance, as WCAG weighs)."""

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * lin(background.redF())
        + 0.7152 * lin(background.greenF())
        + 0.0722 * lin(background.blueF())
    )
    # the contrast against black (lum + .05) / .05 beats white's 1.05 / (lum + .05) above ~.18
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    return black if lum > 0.179 else white


def chips_html(labels: Iterable[Label]) -> str:
    """Tags as rich text (names escaped) for a QLabel."""
    parts = []
    for lb in labels:
        bg = label_colour(lb)
        fg = text_colour_for(bg)
        parts.append(
            f'<span style="background-color:{bg.name()}; color:{fg.name()};">'
            f"&nbsp;{html.escape(lb.name)}&nbsp;</span>"
        )
    return "&nbsp;".join(parts)


class LabelCache(QObject):
    """The labels of the list's loaded rows, read on the worker after every page."""

    changed = Signal()

    def __init__(self, tasks, model, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._model = model
        self._labels: dict[int, list[Label]] = {}
        self._gen = 0
        model.page_loaded.connect(lambda _n: self.refresh())
        model.reloaded.connect(self.refresh)

    def of(self, message_id: int | None) -> list[Label]:
        return self._labels.get(message_id, []) if message_id is not None else []

    def refresh(self) -> None:
        ids = [
            m.id
            for m in (self._model.message_at(r) for r in range(self._model.rowCount()))
            if m is not None and m.id is not None
        ]
        self._gen += 1
        gen = self._gen

        def done(found: dict[int, list[Label]]) -> None:
            if gen == self._gen:
                self._labels = found
                self.changed.emit()

        self._tasks.run(lambda db: label_store.labels_for(db, ids), done)


class LabelDelegate(QStyledItemDelegate):
    """The message column: the row's labels as coloured tags, then the text."""

    def __init__(self, cache: LabelCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache

    def labels_at(self, index: QModelIndex) -> list[Label]:
        return self._cache.of(index.data(Qt.ItemDataRole.UserRole + 1))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        labels = self.labels_at(index)
        if not labels:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        small = QFont(opt.font)
        small.setPointSizeF(max(opt.font.pointSizeF() * 0.85, 6.0))
        small.setBold(False)
        fm = QFontMetrics(small)
        rect = opt.rect.adjusted(4, 0, -4, 0)
        x = rect.left()
        h = min(fm.height() + 2, rect.height() - 4)
        y = rect.top() + (rect.height() - h) // 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for lb in labels:
            w = fm.horizontalAdvance(lb.name) + 10
            if x + w > rect.right() - 20:
                break
            chip = QRect(x, y, w, h)
            bg = label_colour(lb)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(text_colour_for(bg))
            painter.setFont(small)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), lb.name)
            x += w + 4
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        rest = QRect(x + 2, rect.top(), max(0, rect.right() - x - 2), rect.height())
        elided = QFontMetrics(opt.font).elidedText(text, Qt.TextElideMode.ElideRight, rest.width())
        painter.drawText(
            rest, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided
        )
        painter.restore()


class LabelFilterCombo(QComboBox):
    """The filter bar's label choice ("Any label" or one label); the list's filter carries
    it as a ``label:`` term (storage/search_syntax.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelFilter")
        self.setToolTip(QCoreApplication.translate("Labels", "Only messages with this label"))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_labels([])

    def set_labels(self, labels: Sequence[Label]) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(QCoreApplication.translate("Labels", "Any label"), None)
        for lb in labels:
            self.addItem(lb.name, lb.name)
        i = self.findData(current) if current else 0
        self.setCurrentIndex(max(i, 0))
        self.blockSignals(False)
        if current and i < 0:  # the chosen label is gone
            self.currentIndexChanged.emit(0)

    def search_term(self) -> str:
        name = self.currentData()
        return label_term(name) if name else ""


class LabelsDialog(QDialog):
    """Message > Labels…: which labels the selected messages carry (a partly checked box:
    some of them do), and a new label with its colour."""

    def __init__(
        self,
        tasks,
        labels: Sequence[Label],
        counts: dict[str, int],
        selected: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(QCoreApplication.translate("Labels", "Labels"))
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Labels", "Labels of %n selected message(s):", "", selected
                )
                if selected
                else ""
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("labelList")
        lay.addWidget(self.list, 1)
        self._before: dict[str, Qt.CheckState] = {}
        for lb in labels:
            n = counts.get(lb.name, 0)
            state = (
                Qt.CheckState.Checked
                if selected and n >= selected
                else Qt.CheckState.PartiallyChecked
                if n
                else Qt.CheckState.Unchecked
            )
            self._add_item(lb, state)
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newLabelName")
        self.new_name.setPlaceholderText(QCoreApplication.translate("Labels", "New label"))
        self.colour = QColor(DEFAULT_NEW_COLOUR)
        self.colour_button = QPushButton(QCoreApplication.translate("Labels", "Colour\u2026"))
        self.colour_button.clicked.connect(self.pick_colour)
        self._show_colour()
        self.add_button = QPushButton(QCoreApplication.translate("Labels", "Add"))
        self.add_button.setObjectName("addLabel")
        self.add_button.clicked.connect(self.create_label)
        self.new_name.returnPressed.connect(self.create_label)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.colour_button)
        row.addWidget(self.add_button)
        lay.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("muted")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.created: list[Label] = []

    def _add_item(self, lb: Label, state: Qt.CheckState) -> QListWidgetItem:
        item = QListWidgetItem(lb.name)
        item.setData(NAME_ROLE, lb.name)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if state == Qt.CheckState.PartiallyChecked:
            flags |= Qt.ItemFlag.ItemIsUserTristate
        item.setFlags(flags)
        item.setCheckState(state)
        bg = label_colour(lb)
        item.setBackground(bg)
        item.setForeground(text_colour_for(bg))
        self.list.addItem(item)
        self._before[lb.name] = state
        return item

    def _show_colour(self) -> None:
        fg = text_colour_for(self.colour)
        self.colour_button.setStyleSheet(
            f"background-color: {self.colour.name()}; color: {fg.name()};"
        )

    def pick_colour(self) -> None:
        c = QColorDialog.getColor(
            self.colour, self, QCoreApplication.translate("Labels", "Label colour")
        )
        if c.isValid():
            self.colour = c
            self._show_colour()

    def create_label(self) -> None:
        name = label_store.clean_name(self.new_name.text())
        if not name:
            return
        colour = self.colour.name()

        def done(lb: Label) -> None:
            self.created.append(lb)
            self.new_name.clear()
            self.error.setText("")
            item = self._add_item(lb, Qt.CheckState.Unchecked)
            item.setCheckState(Qt.CheckState.Checked)  # made for these messages
            self.list.setCurrentItem(item)

        def failed(exc: BaseException) -> None:
            from cmstation.ui.common.plain_error import plain_error

            self.error.setText(plain_error(exc))

        self._tasks.run(lambda db: label_store.add_label(db, name, colour), done, failed)

    def item_for(self, name: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(NAME_ROLE) == name:
                return self.list.item(i)
        return None

    def changes(self) -> tuple[list[str], list[str]]:
        """(labels to put on every selected message, labels to take off them)."""
        add, remove = [], []
        for i in range(self.list.count()):
            item = self.list.item(i)
            name, state = item.data(NAME_ROLE), item.checkState()
            if state == self._before.get(name):
                continue
            if state == Qt.CheckState.Checked:
                add.append(name)
            elif state == Qt.CheckState.Unchecked:
                remove.append(name)
        return add, remove


def label_counts(found: dict[int, list[Label]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for labels in found.values():
        for lb in labels:
            counts[lb.name] = counts.get(lb.name, 0) + 1
    return counts


OnLabels = Callable[[list[str], list[str]], None]
