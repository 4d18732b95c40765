"""The keys of issue 13 (t labels, z snooze, s spam, x select, Ctrl+A select all matching,
a who is this) are on the shortcut sheet, act in the message list only, and the Message
menu shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from read_workspace import read_workspace

from cmstation.core.models import MessageState
from cmstation.storage import messages
from cmstation.ui.inbox.inbox_order import KEYS
from cmstation.ui.shell.shortcut_sheet import sheet_keys, sheet_text


def test_the_sheet_lists_the_new_keys(qtbot, window):
    assert set(KEYS.values()) <= sheet_keys()
    for name in KEYS:
        assert window.shortcuts[name].key().toString() in sheet_keys()
        assert window.shortcuts[name].context() == Qt.ShortcutContext.WidgetShortcut
    text = sheet_text()
    for words in ("snooze", "spam", "select all matching", "who is this", "labels"):
        assert words in text
    menu_texts = [a.text() for a in window.message_menu.actions()]
    assert any(t.endswith("\tT") for t in menu_texts)
    assert any(t.endswith("\tZ") for t in menu_texts)


def test_s_in_the_list_marks_spam_but_not_elsewhere(qtbot, window, workspace):
    mid = window.current_message_id()
    window.conversation.setFocus()
    qtbot.keyClicks(window.conversation, "stxaz")
    assert not window.order.author_panel.isVisible()
    qtbot.waitUntil(lambda: window.tasks.pending == 0)
    state = read_workspace(workspace["path"], lambda db: messages.get_message(db, mid).state)
    assert state == MessageState.NEEDS_REPLY
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_S)
    qtbot.waitUntil(
        lambda: (
            read_workspace(workspace["path"], lambda db: messages.get_message(db, mid).state)
            == MessageState.SPAM
        )
    )
