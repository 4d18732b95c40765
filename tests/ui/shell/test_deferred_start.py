"""The way `cmstation` starts (build_window(defer=True)): the list first, the rest after the
first paint, and nothing lost by a key pressed before the window is complete."""

from __future__ import annotations

from cmstation.core.models import MessageState
from cmstation.storage import messages, open_workspace
from cmstation.ui.shell.app import build_window


def test_first_rows_come_before_the_rest_and_the_rest_follows(
    qtbot, workspace, ui_settings, ui_now
):
    w = build_window(workspace["path"], settings=ui_settings, now=ui_now, defer=True)
    qtbot.addWidget(w)
    assert w.message_model.rowCount() > 0  # the first page is in before anything is shown
    assert not w.is_ready
    w.show()
    qtbot.waitUntil(lambda: w.is_ready, timeout=10_000)
    assert w.composer is not None and w.outbox is not None and w.listening is not None
    w.close()


def test_a_key_before_the_window_is_complete_is_not_lost(qtbot, workspace, ui_settings, ui_now):
    w = build_window(workspace["path"], settings=ui_settings, now=ui_now, defer=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.table.currentIndex().isValid())
    mid = w.message_model.message_at(w.table.currentIndex().row()).id
    assert not w.is_ready
    with qtbot.wait_signal(w.states_changed, timeout=10_000):
        w.shortcuts["done"].activated.emit()  # "e", before the rest is built
    assert w.is_ready  # the action finished the build first
    db = open_workspace(workspace["path"])
    qtbot.waitUntil(lambda: messages.get_message(db, mid).state == MessageState.DONE)
    db.conn.close()
    w.close()
