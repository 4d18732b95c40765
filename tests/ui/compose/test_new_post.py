"""New post (Ctrl+N): checked as an own post, queued without a parent, kept as a draft when
closed, and opened again from Drafts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from read_workspace import read_workspace
from window_steps import open_window

from cmstation.core.profile import Profile
from cmstation.storage import drafts as draft_store
from cmstation.storage import open_workspace
from cmstation.storage import outbox as outbox_store
from cmstation.storage import profile as profile_store

NOW = 1_763_000_000


@pytest.fixture
def win(qtbot, workspace, ui_settings):
    db = open_workspace(workspace["path"])
    profile_store.save_profile(db, Profile(display_name="Eva", signoff="^Eva"))
    db.conn.close()
    w = open_window(qtbot, workspace["path"], ui_settings, now=NOW)
    w.ensure_ready()
    w.outbox.controller.stop_schedule()
    w.outbox.controller.standby = "test"
    yield w
    w.close()


def _state(path):
    return read_workspace(
        path, lambda db: (outbox_store.list_items(db), draft_store.list_drafts(db))
    )


def test_ctrl_n_writes_an_own_post_checked_as_one(qtbot, win, workspace):
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = win.new_post_dialog
    assert dlg.isVisible() and dlg.text().strip() == "^Eva"  # the sign-off is there already
    assert dlg.channel_combo.count() == 2  # Mastodon and Bluesky
    dlg.edit.setPlainText("Buy now! Limited offer on every cargo bike. ^Eva")
    dlg.run_check()
    sales = [f for f in dlg.result.findings if f.category == "sales_push"]
    assert sales and all(f.severity == "error" for f in sales)  # heavier in an own post
    asked = []
    dlg.ask = lambda title, text, ok: asked.append(title) or False
    dlg.post()
    assert asked == ["This post cannot go out as it is"] and _state(workspace["path"])[0] == []

    dlg.edit.setPlainText("Wat is jullie mooiste fietsroute van deze herfst? ^Eva")
    dlg.ask = lambda *a: pytest.fail("asked for a clean post")
    with qtbot.wait_signal(dlg.queued, timeout=3000):
        dlg.post()
    (item,) = _state(workspace["path"])[0]
    assert item.message_id is None and item.text.startswith("Wat is jullie")
    assert item.channel_id == dlg.channel().id
    assert "queued" in win.status_label.text()


def test_closing_keeps_a_draft_that_drafts_opens_again(qtbot, win, workspace):
    win.new_post()
    dlg = win.new_post_dialog
    dlg.edit.setPlainText("Halve gedachte over de nieuwe bakfiets ^Eva")
    dlg.reject()
    qtbot.waitUntil(lambda: len(_state(workspace["path"])[1]) == 1)
    (draft,) = _state(workspace["path"])[1]
    assert draft.message_id is None and draft.text.startswith("Halve gedachte")
    win.outbox.show_page("drafts")
    view = win.outbox.drafts_view
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1)
    view.list.setCurrentItem(view.list.topLevelItem(0))
    assert view.open_button.isEnabled()
    view.open_current()
    again = win.new_post_dialog
    assert again is not dlg and again.text().startswith("Halve gedachte")
    again.ask = lambda *a: True
    with qtbot.wait_signal(again.queued, timeout=3000):
        again.post()
    items, drafts = _state(workspace["path"])
    assert len(items) == 1 and drafts == []  # the draft became the post, once
