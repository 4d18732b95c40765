"""Snooze from the window (issue 13): a snoozed message leaves the list at once; the wake
timer, with an injected clock past its time, brings it back as needs-reply at the top of
the list, with its note on the card."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from read_workspace import read_workspace

from cmstation.core.models import MessageState
from cmstation.storage import messages
from cmstation.storage import snoozes as snooze_store
from cmstation.ui.inbox.inbox_order import WAKE_INTERVAL_MS


def _ids(window):
    m = window.message_model
    return [m.message_at(r).id for r in range(m.rowCount())]


def test_snoozed_later_today_leaves_and_comes_back_at_the_top(qtbot, window, workspace, ui_now):
    order = window.order
    order.clock = lambda: ui_now
    window.select_row(3)
    mid = window.current_message_id()
    assert _ids(window)[0] != mid
    order.snooze_menu.actions()[0].trigger()  # Later today (in 3 hours)
    qtbot.waitUntil(lambda: mid not in _ids(window) and not order.bulk.busy)
    snoozed = read_workspace(workspace["path"], lambda db: snooze_store.snooze_of(db, mid))
    assert snoozed.until == ui_now + 3 * 3600 and snoozed.woke_at is None
    # not yet: an hour later the timer's wake leaves it asleep
    order.clock = lambda: ui_now + 3600
    order.wake()
    qtbot.waitUntil(lambda: window.tasks.pending == 0)
    assert mid not in _ids(window)
    # four hours later (the laptop slept through the time): back, needs reply, on top
    order.clock = lambda: ui_now + 4 * 3600
    assert order.wake_timer.isActive() and order.wake_timer.interval() == WAKE_INTERVAL_MS
    order.wake_timer.timeout.emit()
    qtbot.waitUntil(lambda: bool(_ids(window)) and _ids(window)[0] == mid)
    state = read_workspace(workspace["path"], lambda db: messages.get_message(db, mid).state)
    assert state == MessageState.NEEDS_REPLY
    assert "back" in window.status_label.text()


def test_a_picked_time_with_a_note_shows_the_note_when_back(qtbot, window, workspace, ui_now):
    order = window.order
    order.clock = lambda: ui_now
    mid = window.current_message_id()
    order.pick_snooze()
    dlg = order.snooze_dialog
    dlg.when.setDateTime(dlg.when.dateTime().fromSecsSinceEpoch(ui_now + 2 * 86400))
    dlg.note.setText("ask whether the chain arrived")
    dlg.accept()
    qtbot.waitUntil(lambda: mid not in _ids(window) and not order.bulk.busy)
    order.clock = lambda: ui_now + 3 * 86400
    order.wake()
    qtbot.waitUntil(lambda: bool(_ids(window)) and _ids(window)[0] == mid)
    window.select_row(0)

    def note():
        cards = [c for c in window.conversation.cards if c.message.id == mid]
        found = cards[0].findChild(QLabel, "snoozeNote") if cards else None
        return found.text() if found is not None else ""

    qtbot.waitUntil(lambda: "ask whether the chain arrived" in note())


def test_snooze_is_undone_with_ctrl_z(qtbot, window, workspace, ui_now):
    order = window.order
    order.clock = lambda: ui_now
    mid = window.current_message_id()
    assert order.snooze("tomorrow")
    qtbot.waitUntil(lambda: mid not in _ids(window) and not order.bulk.busy)
    window.undo()
    qtbot.waitUntil(lambda: mid in _ids(window))
    assert read_workspace(workspace["path"], lambda db: snooze_store.list_snoozed(db)) == []


def test_the_snoozed_view_lists_them_and_wake_now_brings_them_back(
    qtbot, window, workspace, ui_now
):
    order = window.order
    order.clock = lambda: ui_now
    mid = window.current_message_id()
    assert order.snooze("next_week")
    qtbot.waitUntil(lambda: mid not in _ids(window) and not order.bulk.busy)
    item = window._nav_items[("view", "snoozed")]
    qtbot.waitUntil(lambda: item.text(1) == "1")
    window.select_view(("view", "snoozed"))
    qtbot.waitUntil(lambda: _ids(window) == [mid])
    window.select_row(0)
    wake = next(a for a in order.snooze_menu.actions() if a.objectName() == "snooze_wake")
    wake.trigger()
    qtbot.waitUntil(lambda: _ids(window) == [] and item.text(1) == "")
    assert "back from snooze" in window.status_label.text()
    window.select_view(("view", "all"))
    qtbot.waitUntil(lambda: mid in _ids(window))
    assert read_workspace(workspace["path"], lambda db: snooze_store.list_snoozed(db)) == []
