"""Who is this (issue 13): the author panel on the sample workspace, toggled with a, shows
the author's name, handle, network, followers, earlier messages, our replies, labels and
mood per month; the VIP box puts them on the VIP list and the note is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from read_workspace import read_workspace

from cmstation.core.authors import norm_handle
from cmstation.sample import build_sample_workspace
from cmstation.storage import authors as author_store
from cmstation.storage import labels as label_store
from cmstation.ui.shell.app import build_window

SAMPLE_NOW = 1_795_000_000


def _sample_window(qtbot, tmp_path, ui_settings):
    path = tmp_path / "sample" / "workspace.sqlite3"
    path.parent.mkdir()
    build_sample_workspace(path, now=SAMPLE_NOW)
    w = build_window(path, settings=ui_settings, now=SAMPLE_NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.message_model.rowCount() > 0 and w.table.currentIndex().isValid())
    return w, path


def _busiest_author_row(w, path):
    """A row whose author wrote more than once (so there is a history to show)."""
    m = w.message_model
    for row in range(m.rowCount()):
        mid = m.message_at(row).id
        p = read_workspace(path, lambda db, mid=mid: author_store.author_of_message(db, mid))
        if p is not None and p.message_count > 1:
            return row, p
    raise AssertionError("the sample has no author who wrote twice")


def test_the_author_panel_on_the_sample_workspace(qtbot, tmp_path, ui_settings):
    w, path = _sample_window(qtbot, tmp_path, ui_settings)
    row, expected = _busiest_author_row(w, path)
    mid = w.message_model.message_at(row).id
    read_workspace(path, lambda db: label_store.label_messages(db, [mid], "fan", create=True))
    w.select_row(row)
    panel = w.order.author_panel
    assert not panel.isVisible()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # single keys need the list focused in the window
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_A)
    assert panel.isVisible() and w.order.author_action.isChecked()
    qtbot.waitUntil(lambda: panel.profile is not None and panel.message_id == mid)
    assert panel.name.text() == (expected.display_name or expected.handle)
    details = panel.details.text()
    assert expected.handle in details and expected.networks[0] in details
    assert str(expected.message_count) in details
    assert len(panel.history.text().splitlines()) >= min(expected.message_count, 2)
    assert "fan" in panel.labels.text()
    assert panel.mood.text().count("<br>") == len(expected.sentiment[-12:]) - 1
    # VIP and the note are kept in the workspace
    panel.vip.click()
    qtbot.waitUntil(
        lambda: read_workspace(path, lambda db: author_store.is_vip(db, expected.handle))
    )
    panel.note.setFocus()
    panel.note.setPlainText("Vaste klant, altijd vriendelijk")
    w.table.setFocus()  # leaving the note saves it
    qtbot.waitUntil(
        lambda: (
            read_workspace(path, lambda db: author_store.note_of(db, expected.handle))
            == "Vaste klant, altijd vriendelijk"
        )
    )
    # the next message's author replaces them; a again hides the panel
    qtbot.keyClick(w.table, Qt.Key.Key_A)
    assert not panel.isVisible()
    w.close()


def test_the_panel_shows_our_replies_to_them(qtbot, window, workspace):
    """The fixture's thread: Hanna's question with our answer below it."""
    window.open_message(workspace["thread_reply"])
    window.order.toggle_author_panel()
    panel = window.order.author_panel
    qtbot.waitUntil(
        lambda: (
            panel.profile is not None
            and norm_handle(panel.profile.handle) == "hanna@example.social"
        )
    )
    assert "Kom langs" in panel.replies.text()


def test_a_note_typed_just_before_closing_is_kept(qtbot, window, workspace):
    window.open_message(workspace["thread_reply"])
    window.order.toggle_author_panel()
    panel = window.order.author_panel
    qtbot.waitUntil(lambda: panel.profile is not None)
    panel.note.setPlainText("Vraagt vaak naar bakfietsen")
    assert panel._note_timer.isActive()  # not saved yet
    window.close()
    note = read_workspace(
        workspace["path"], lambda db: author_store.note_of(db, "@hanna@example.social")
    )
    assert note == "Vraagt vaak naar bakfietsen"
