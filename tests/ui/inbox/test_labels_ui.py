"""Labels in the window (issue 13): tags in the list and on the cards, set and unset from
Message > Labels… (a new label with its colour too), the filter bar's label choice and
``label:`` in the search box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from read_workspace import read_workspace

from cmstation.storage import labels as label_store
from cmstation.ui.inbox.labels_ui import text_colour_for


def _labels_of(path, mid):
    return read_workspace(path, lambda db: [lb.name for lb in label_store.labels_of(db, mid)])


def _open_labels_dialog(qtbot, window):
    window.order.labels_dialog = None
    window.order.labels_action.trigger()
    qtbot.waitUntil(lambda: getattr(window.order, "labels_dialog", None) is not None)
    return window.order.labels_dialog


def test_text_on_a_label_is_black_or_white_by_its_lightness():
    assert text_colour_for(QColor("#ffeb3b")) == QColor("#000000")  # yellow
    assert text_colour_for(QColor("#ffffff")) == QColor("#000000")
    assert text_colour_for(QColor("#1e3a8a")) == QColor("#ffffff")  # dark blue
    assert text_colour_for(QColor("#000000")) == QColor("#ffffff")


def test_a_label_made_in_the_dialog_shows_in_the_list_and_the_conversation(
    qtbot, window, workspace
):
    window.table.setFocus()
    mid = window.current_message_id()
    assert window.order.delegate.labels_at(window.table.currentIndex()) == []
    dlg = _open_labels_dialog(qtbot, window)
    dlg.new_name.setText("refund")
    dlg.colour = QColor("#ffeb3b")
    dlg.add_button.click()
    qtbot.waitUntil(lambda: dlg.item_for("refund") is not None)
    assert dlg.item_for("refund").checkState() == Qt.CheckState.Checked
    dlg.accept()
    qtbot.waitUntil(lambda: _labels_of(workspace["path"], mid) == ["refund"])

    # the list's tag, in the label's colour
    def tagged():
        row = window.message_model.row_of(mid)
        idx = window.message_model.index(row, window.message_model.COL_TEXT)
        return [(lb.name, lb.colour) for lb in window.order.delegate.labels_at(idx)]

    qtbot.waitUntil(lambda: tagged() == [("refund", "#ffeb3b")])
    window.table.viewport().repaint()  # the delegate paints the tag without trouble

    # the conversation's card carries it
    def chips():
        return [
            c.findChild(QLabel, "labelChips")
            for c in window.conversation.cards
            if c.message.id == mid
        ]

    qtbot.waitUntil(lambda: bool(chips()) and chips()[0] is not None)
    assert "refund" in chips()[0].text() and "#000000" in chips()[0].text()
    # and the filter bar knows the label
    qtbot.waitUntil(lambda: window.label_combo.findData("refund") >= 0)


def test_unchecking_takes_the_label_off_and_ctrl_z_puts_it_back(qtbot, window, workspace):
    mid = window.current_message_id()
    read_workspace(
        workspace["path"], lambda db: label_store.label_messages(db, [mid], "vip", create=True)
    )
    dlg = _open_labels_dialog(qtbot, window)
    item = dlg.item_for("vip")
    assert item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked)
    dlg.accept()
    qtbot.waitUntil(lambda: _labels_of(workspace["path"], mid) == [])
    qtbot.waitUntil(lambda: window.order.bulk.busy is False)
    window.undo()
    qtbot.waitUntil(lambda: _labels_of(workspace["path"], mid) == ["vip"])


def test_the_label_filter_and_label_search_show_only_labelled_messages(qtbot, window, workspace):
    ids = workspace["ids"][:3]
    read_workspace(
        workspace["path"],
        lambda db: label_store.label_messages(db, ids, "geld terug", create=True),
    )
    window.order.reload_labels()
    qtbot.waitUntil(lambda: window.label_combo.findData("geld terug") >= 0)
    window.select_view(("view", "all"))
    qtbot.waitUntil(lambda: window.message_model.rowCount() > 3)
    window.label_combo.setCurrentIndex(window.label_combo.findData("geld terug"))

    def shown():
        m = window.message_model
        return sorted(m.message_at(r).id for r in range(m.rowCount()))

    qtbot.waitUntil(lambda: shown() == sorted(ids))
    assert window.message_model.filter.search == 'label:"geld terug"'
    window.label_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(shown()) > 3)
    # the same from the search box
    window.search_box.setText('label:"geld terug"')
    window._search_now()
    qtbot.waitUntil(lambda: shown() == sorted(ids))
