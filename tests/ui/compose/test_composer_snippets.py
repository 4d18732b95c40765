"""Saved replies in the composer: insert with placeholders filled, unfilled ones block,
save a reply as a saved reply, manage them; a repeat of a recent reply is a warning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_steps import open_window, select_in_composer

from cmstation.core.profile import Profile
from cmstation.storage import open_workspace
from cmstation.storage import outbox as outbox_store
from cmstation.storage import profile as profile_store
from cmstation.storage import snippets as snippet_store
from cmstation.ui.compose.snippets_dialog import SnippetsDialog

NOW = 1_763_000_000


@pytest.fixture
def win(qtbot, workspace, ui_settings):
    db = open_workspace(workspace["path"])
    profile_store.save_profile(db, Profile(display_name="Eva de Vries", signoff="^Eva"))
    snippet_store.add_snippet(
        db, name="Sorry + DM", text="Sorry {first_name}, that is annoying. Order {order}? DM us."
    )
    outbox_store.enqueue(
        db,
        channel_id=workspace["bluesky"],
        message_id=None,
        text="Thanks so much for the kind words about the new cargo bike! ^Eva",
        delivery_key="old-1",
        now=NOW - 100,
    )
    db.conn.close()
    w = open_window(qtbot, workspace["path"], ui_settings, now=NOW)
    yield w
    w.close()


def test_insert_fills_known_placeholders_and_flags_the_rest(qtbot, win, workspace):
    c = select_in_composer(qtbot, win, workspace["ids"][0])
    assert c.text() == "\n^Eva"
    name = c.message.author_name
    (sn,) = c.snippets
    c.insert_snippet(sn)
    assert c.text() == f"Sorry {name}, that is annoying. Order {{order}}? DM us.\n^Eva"
    (err,) = [f for f in c.result.findings if f.rule == "placeholder_unfilled"]
    assert err.snippet == "{order}" and err.severity == "error"
    asked = []
    c.ask = lambda title, text, ok: asked.append(ok) or False
    c.send()
    assert asked == ["Send anyway"]
    qtbot.waitUntil(lambda: snippet_store_used(workspace["path"]) == 1)


def snippet_store_used(path):
    db = open_workspace(path)
    try:
        return snippet_store.list_snippets(db)[0].used_count
    finally:
        db.conn.close()


def test_save_this_reply_as_a_saved_reply(qtbot, win, workspace):
    c = select_in_composer(qtbot, win, workspace["ids"][1])
    c.edit.selectAll()
    qtbot.keyClicks(c.edit, "Thanks for asking! We open at nine. ^Eva")
    c.ask_text = lambda *a: "Opening"
    with qtbot.wait_signal(c.status_changed):
        c.save_as_snippet()
    assert {s.name: s.text for s in c.snippets}["Opening"] == "Thanks for asking! We open at nine."
    c._fill_snippets_menu()
    labels = [a.text() for a in c.snippets_menu.actions()]
    assert "Opening" in labels and "Sorry + DM" in labels


def test_a_near_repeat_of_a_recent_reply_is_a_warning(qtbot, win, workspace):
    c = select_in_composer(qtbot, win, workspace["ids"][3])  # Bluesky, where the old reply went
    assert c.channel.id == workspace["bluesky"]
    c.edit.selectAll()
    with qtbot.wait_signal(c.checked):
        qtbot.keyClicks(c.edit, "Thanks so much for the kind words about the new cargo bike!! ^Eva")
    qtbot.waitUntil(lambda: c._checked_text == c.text())
    assert "template_reuse" in {f.category for f in c.result.findings}


def test_manage_dialog_edits_and_deletes(qtbot, win):
    dlg = SnippetsDialog(win.tasks)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.list.count() == 1)
    dlg.list.setCurrentRow(0)
    assert dlg.text.toPlainText().startswith("Sorry {first_name}")
    assert "{order}" in dlg.hint.text()  # not filled automatically
    dlg.name.setText("Sorry, DM us")
    with qtbot.wait_signal(dlg.changed):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in dlg.snippets] == ["Sorry, DM us"]
    with qtbot.wait_signal(dlg.changed):
        qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    assert len(dlg.snippets) == 2 and dlg.name.text() == "New saved reply"
    with qtbot.wait_signal(dlg.changed):
        qtbot.mouseClick(dlg.delete_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in dlg.snippets] == ["Sorry, DM us"]
