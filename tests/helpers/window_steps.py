"""Steps the main-window tests share: open the window on a workspace, pick a message for the
composer."""

from __future__ import annotations

from cmstation.ui.shell.app import build_window


def open_window(qtbot, path, settings, *, now: int):
    """The main window on the workspace at ``path``, shown, once the composer holds a message."""
    w = build_window(path, settings=settings, now=now)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.composer.message is not None)
    return w


def select_in_composer(qtbot, window, message_id: int):
    """Loads ``message_id`` into the window's composer (waits until it is there); returns
    the composer."""
    c = window.composer
    if c.message_id != message_id:
        with qtbot.wait_signal(c.message_loaded):
            c.set_message(message_id)
    return c
