"""Bulk actions in the window (issue 13): x marks rows and j/k keep the marks, e acts on
the whole selection; Ctrl+A selects every message of the filter (not only the loaded page)
and marking 10,000 of them runs on the worker with progress in the status bar; one Ctrl+Z
brings the whole batch back."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from read_workspace import read_workspace

from cmstation.core.models import (
    Author,
    Channel,
    ChannelKind,
    Message,
    MessageFilter,
    MessageState,
)
from cmstation.storage import channels, messages, open_workspace

N = 10_000
NOW = 1_763_000_000


def _states(path, ids=None):
    def read(db):
        found = messages.list_messages(db, MessageFilter(), limit=N + 100)
        return {m.id: m.state for m in found if ids is None or m.id in ids}

    return read_workspace(path, read)


def test_x_marks_rows_and_e_marks_them_all_done(qtbot, window, workspace):
    t = window.table
    t.setFocus()
    window.select_row(0)
    first = window.current_message_id()
    qtbot.keyClick(t, Qt.Key.Key_X)
    qtbot.keyClick(t, Qt.Key.Key_J)
    qtbot.keyClick(t, Qt.Key.Key_J)
    third = window.current_message_id()
    qtbot.keyClick(t, Qt.Key.Key_X)
    qtbot.keyClick(t, Qt.Key.Key_J)  # moves on; the two marks stay
    assert set(window.order.bulk.selected_ids()) == {first, third}
    skipped = window.message_model.message_at(1).id
    qtbot.keyClick(t, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: not window.order.bulk.busy)
    states = _states(workspace["path"], {first, third, skipped})
    assert states[first] == states[third] == MessageState.DONE
    assert states[skipped] != MessageState.DONE
    window.undo()
    qtbot.waitUntil(lambda: _states(workspace["path"], {first, third})[first] != MessageState.DONE)


def test_shift_click_selects_a_range_for_ignore(qtbot, window, workspace):
    t = window.table
    window.select_row(0)
    ids = [window.message_model.message_at(r).id for r in range(4)]
    last = window.message_model.index(3, window.message_model.COL_TEXT)
    qtbot.mouseClick(
        t.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        t.visualRect(last).center(),
    )
    assert set(window.order.bulk.selected_ids()) == set(ids)
    t.setFocus()
    qtbot.keyClick(t, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: not window.order.bulk.busy)
    assert set(_states(workspace["path"], set(ids)).values()) == {MessageState.IGNORED}


def _big_workspace(path):
    db = open_workspace(path)
    ch = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@a@m.nl", url="https://m.nl"), now=NOW
    )
    msgs = [
        Message(
            channel_id=ch,
            remote_id=f"s{i}",
            text=f"Buy cheap followers now {i}",
            created_at=NOW - i,
            author=Author(remote_id=f"bot{i % 50}", handle=f"@bot{i % 50}@spam.example"),
            state=MessageState.NEEDS_REPLY,
        )
        for i in range(N)
    ]
    messages.upsert_messages(db, msgs, now=NOW)
    db.conn.close()


def test_ten_thousand_marked_done_off_the_gui_thread_and_one_undo(qtbot, tmp_path, ui_settings):
    from cmstation.ui.shell.app import build_window

    path = tmp_path / "big" / "workspace.sqlite3"
    path.parent.mkdir()
    _big_workspace(path)
    w = build_window(path, settings=ui_settings, now=NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.message_model.total == N)
    assert w.message_model.rowCount() < N  # only a page is loaded
    bulk = w.order.bulk
    progress = []
    shown = []  # the status bar's progress, as each batch reports

    def on_progress(done, total):
        progress.append((done, total))
        shown.append(bulk.progress_bar.isVisible() and bulk.progress_bar.value() == done)

    bulk.progress.connect(on_progress)
    # every loaded row selected: the bar offers all of them
    w.table.selectAll()
    assert not bulk.all_matching and bulk.target()[2] == w.message_model.rowCount()
    assert bulk.select_all_button.isVisibleTo(w) and "10000" in bulk.select_all_button.text()
    w.table.clearSelection()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert bulk.all_matching and bulk.target()[2] == N
    assert not bulk.select_all_button.isVisibleTo(w)
    assert bulk.progress_bar.isVisible() is False
    qtbot.keyClick(w.table, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: not bulk.busy, timeout=60_000)
    assert bulk.last_thread != threading.main_thread().name
    assert progress[-1] == (N, N) and len(progress) >= N // 500
    assert shown and all(shown)
    assert not bulk.progress_bar.isVisible()
    assert set(_states(path).values()) == {MessageState.DONE}
    qtbot.waitUntil(lambda: w.message_model.rowCount() == 0)  # needs reply is empty now
    assert "10,000" in w.status_label.text() or "10000" in w.status_label.text()
    w.undo()
    qtbot.waitUntil(lambda: w.message_model.total == N, timeout=60_000)
    assert set(_states(path).values()) == {MessageState.NEEDS_REPLY}
    w.close()
