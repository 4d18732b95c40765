"""The tray (issue 14): its menu shows, sweeps, pauses listening and quits; with "keep
listening when the window is closed" closing hides the window and sweeps and the outbox go
on; Quit stops them. The offscreen platform has no tray, so a tray icon is given to the menu
as a desktop would."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from cmstation.ui.shell.app import build_window


@pytest.fixture
def win(qtbot, workspace, ui_settings):
    w = build_window(workspace["path"], settings=ui_settings)
    qtbot.addWidget(w)
    w.show()
    w.ensure_ready()
    yield w
    w.quit_app()


def _with_tray(w):
    tm = w.tray_menu
    tm.set_tray(QSystemTrayIcon(w))  # what a desktop with a tray gives
    return tm


def test_without_a_tray_closing_quits(qtbot, win):
    assert win.tray_menu.tray is None or not QSystemTrayIcon.isSystemTrayAvailable()
    if win.tray_menu.tray is None:
        assert not win.tray_menu.keep_action.isEnabled()
    win.tray_menu.set_tray(None)
    win.close()
    assert win._closed


def test_closing_keeps_listening_in_the_tray_and_quit_stops_it(qtbot, win):
    tm = _with_tray(win)
    assert tm.keep_listening and tm.keep_action.isChecked()
    win.close()
    qtbot.wait(50)  # what runs after a close has run
    assert not win._closed and not win.isVisible()  # hidden, not closed
    assert not win.listening.controller._closed  # sweeps go on
    tm.show_action.trigger()
    qtbot.waitUntil(win.isVisible)
    tm.quit_action.trigger()
    assert win._closed
    qtbot.waitUntil(lambda: win.listening.controller._closed)  # the scheduler stopped


def test_the_setting_turns_it_off(qtbot, win, ui_settings):
    tm = _with_tray(win)
    tm.keep_action.setChecked(False)
    assert ui_settings.value("ui/keep_listening", type=bool) is False
    win.close()
    assert win._closed


def test_pause_listening_stops_scheduled_sweeps_only(qtbot, win):
    tm = _with_tray(win)
    c = win.listening.controller
    tm.pause_action.setChecked(True)
    assert c.paused and not c.sweep_due()
    assert "paused" in tm.tooltip and "paused" in win.status_label.text()
    tm.pause_action.setChecked(False)
    assert not c.paused


def test_the_tooltip_counts_what_needs_a_reply(qtbot, win):
    tm = _with_tray(win)
    qtbot.waitUntil(lambda: getattr(win, "_counts", None) is not None)
    tm.update_tooltip()
    n = win._counts.needs_reply
    assert f"{n} message" in tm.tooltip and "need" in tm.tooltip
    assert [a.text() for a in tm.menu.actions() if a.text()] == [
        "Show cmstation",
        "Sweep now",
        "Pause listening",
        "Quit cmstation",
    ]


def test_closing_another_window_while_hidden_in_the_tray_keeps_cmstation_running(qtbot, win):
    """With the main window in the tray, the sample window is the last visible one: closing
    it must not end cmstation (the app would quit as "the last window closed")."""
    from PySide6.QtWidgets import QApplication

    from cmstation.ui.shell.app import open_sample_window

    tm = _with_tray(win)
    other = open_sample_window(win)
    qtbot.addWidget(other)
    assert other.is_sample and other.isVisible()
    win.close()  # into the tray
    qtbot.wait(50)
    assert not win._closed and not QApplication.quitOnLastWindowClosed()
    other.close()
    qtbot.wait(50)
    assert not win._closed and not win.listening.controller._closed
    tm.quit_action.trigger()  # Quit for real gives the rule back
    assert win._closed and QApplication.quitOnLastWindowClosed()
