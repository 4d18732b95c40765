"""Keyboard traps a newcomer hit (issue 14): single keys act only in the message list, the
window opens with the list focused, and the shortcut sheet lists every key the window has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from read_workspace import read_workspace

from cmstation.core.models import MessageState
from cmstation.storage import messages
from cmstation.ui.shell.shortcut_sheet import sheet_keys, sheet_text


def _state(path, mid):
    return read_workspace(path, lambda db: messages.get_message(db, mid).state)


def test_the_window_opens_with_the_list_focused(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is window.table)


def test_typing_outside_the_list_marks_nothing(qtbot, window, workspace):
    """Typing "Hoi!" in the conversation pane (or on a button) must not ignore a message."""
    window.ensure_ready()
    mid = window.current_message_id()
    window.conversation.setFocus()
    qtbot.keyClicks(window.conversation, "Hoi! je")  # i = ignore, e = done, j = next
    assert window.current_message_id() == mid
    qtbot.wait(100)
    assert _state(workspace["path"], mid) == MessageState.NEEDS_REPLY
    # in the list the same keys act
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: _state(workspace["path"], mid) == MessageState.DONE)


def test_ctrl_f_searches_from_anywhere(qtbot, window):
    window.conversation.setFocus()
    qtbot.keyClick(window.conversation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()


def test_the_sheet_lists_every_shortcut_the_window_has(qtbot, window):
    window.ensure_ready()
    listed = {QKeySequence(k).toString() for k in sheet_keys()} | sheet_keys()
    listed.add("Enter")  # the keypad's Return, the same key on the sheet
    missing = []
    for name, shortcut in window.shortcuts.items():
        key = shortcut.key().toString()
        if key and key not in listed:
            missing.append((name, key))
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        key = action.shortcut().toString()
        if key and key not in listed:
            missing.append((action.text(), key))
    assert missing == []
    text = sheet_text()
    assert "mark done" in text and "In the message list" in text


def test_help_opens_the_log_folder_or_says_where_it_is(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    asked = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or False)
    window.log_folder_action.trigger()
    assert asked and asked[0].toLocalFile() == str(tmp_path / "log")
    assert (tmp_path / "log").is_dir()
    assert str(tmp_path / "log") in window.status_label.text()


def test_every_control_has_a_name_and_tab_reads_in_order(qtbot, window):
    """A screen reader can say every control; Tab goes search, filters, list, conversation,
    reply, send."""
    from cmstation.ui.common.accessibility import unnamed_controls

    window.ensure_ready()
    visible = [w for w in unnamed_controls(window) if w.isVisible()]
    assert [
        (type(w).__name__, w.objectName(), w.toolTip(), w.parent().objectName()) for w in visible
    ] == []
    order = [window.search_box]
    w = window.search_box
    for _ in range(7):
        w = w.nextInFocusChain()
        while w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisible():
            w = w.nextInFocusChain()
        order.append(w)
    assert window.table in order and window.composer.edit in order
    assert order.index(window.table) < order.index(window.composer.edit)
