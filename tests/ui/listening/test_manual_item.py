"""Manual capture: Ctrl+Shift+N opens the dialog, a drop of a link or text opens it
prefilled, bad input is explained (nothing typed is lost), the item lands in the inbox."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from read_workspace import read_workspace

from cmstation.core.models import Channel, ChannelKind, MessageKind
from cmstation.storage import channels, messages, open_workspace
from cmstation.ui.listening.channel_dialog import ChannelDialog
from cmstation.ui.listening.manual_item_dialog import ManualItemDialog
from cmstation.ui.shell.app import build_window


def _workspace(tmp_path, *, manual: bool = True):
    path = tmp_path / "ws" / "workspace.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(
        db,
        Channel(kind=ChannelKind.MANUAL, name="LinkedIn (by hand)")
        if manual
        else Channel(kind=ChannelKind.FEED, name="Forum", url="https://forum.example.nl/f.xml"),
    )
    db.conn.close()
    return path, cid


def _window(qtbot, path, ui_settings):
    w = build_window(path, settings=ui_settings)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _stored(path):
    return read_workspace(
        path, lambda db: list(messages.list_messages(db, messages.MessageFilter(), limit=50))
    )


def test_shortcut_opens_the_dialog_and_the_item_lands_in_the_inbox(qtbot, tmp_path, ui_settings):
    path, cid = _workspace(tmp_path)
    w = _window(qtbot, path, ui_settings)
    with qtbot.wait_signal(w.listening.dialog_opened) as opened:
        qtbot.keyClick(
            w.table,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    dlg = opened.args[0]
    assert isinstance(dlg, ManualItemDialog)
    # nothing pasted yet: a plain-language message, the dialog stays
    dlg.link_edit.setText("linkedin.com/posts/123")
    dlg.save()
    assert dlg.error_label.isVisible() and "Paste the text" in dlg.error_label.text()
    qtbot.keyClicks(dlg.text_edit, "Al drie weken wacht ik op mijn bakfiets. Slechte service!")
    dlg.save()
    assert "is not a web address" in dlg.error_label.text()
    assert dlg.text_edit.toPlainText().startswith("Al drie weken")  # nothing lost
    dlg.link_edit.setText("https://www.linkedin.com/posts/123")
    qtbot.keyClicks(dlg.author_edit, "Karin de Vries")
    dlg.network_combo.setCurrentText("LinkedIn")
    w.select_view(("view", "all"))
    with qtbot.wait_signal(dlg.item_added) as added:
        qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert added.args[1] is True
    [m] = _stored(path)
    assert m.channel_id == cid and m.kind == MessageKind.MANUAL
    assert m.url == "https://www.linkedin.com/posts/123" and m.author_name == "Karin de Vries"
    qtbot.waitUntil(lambda: w.message_model.rowCount() == 1)
    assert "Added to the inbox." in w.listening.sweep_label.text()
    w.close()


def test_a_dropped_link_opens_the_dialog_prefilled(qtbot, tmp_path, ui_settings):
    path, _cid = _workspace(tmp_path)
    w = _window(qtbot, path, ui_settings)
    assert w.acceptDrops()
    data = QMimeData()
    data.setText("Wie kan mijn ketting maken? https://www.instagram.com/p/Cx1/")
    data.setUrls([QUrl("https://www.instagram.com/p/Cx1/")])
    enter = QDragEnterEvent(
        QPoint(300, 300),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.wait_signal(w.listening.dialog_opened) as opened:
        QApplication.sendEvent(w, event)
    dlg = opened.args[0]
    assert isinstance(dlg, ManualItemDialog)
    assert dlg.link_edit.text() == "https://www.instagram.com/p/Cx1/"
    assert dlg.text_edit.toPlainText() == "Wie kan mijn ketting maken?"
    assert dlg.network_combo.currentText() == "Instagram"
    with qtbot.wait_signal(dlg.item_added):
        dlg.save()
    # the same link again finds the stored item
    again = w.listening.open_manual_item(dropped="https://www.instagram.com/p/Cx1/ dubbel")
    with qtbot.wait_signal(again.item_added) as added:
        again.save()
    assert added.args[1] is False
    assert len(_stored(path)) == 1
    w.close()


def test_without_a_manual_channel_it_offers_to_set_one_up(qtbot, tmp_path, ui_settings):
    path, _cid = _workspace(tmp_path, manual=False)
    w = _window(qtbot, path, ui_settings)
    dlg = w.listening.open_manual_item()
    assert dlg.text_edit is None
    with qtbot.wait_signal(w.listening.dialog_opened) as opened:
        dlg.setup_requested.emit()
    setup = opened.args[0]
    assert isinstance(setup, ChannelDialog)
    qtbot.waitUntil(lambda: setup.pages.currentIndex() != ChannelDialog.PAGE_LOADING)
    assert setup.kind == ChannelKind.MANUAL  # preselected for after the gate
    setup.reject()
    w.close()
