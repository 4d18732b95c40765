"""Continue privately from the composer: the private message and the short public note,
both queued (in that order); a reply to a private message stays private."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from read_workspace import read_workspace
from window_steps import open_window, select_in_composer

from cmstation.compose import CheckContext, Severity, analyse
from cmstation.compose.private_note import continue_privately_note
from cmstation.core.models import Author, Message, MessageKind
from cmstation.core.profile import Profile
from cmstation.storage import messages as message_store
from cmstation.storage import open_workspace
from cmstation.storage import outbox as outbox_store
from cmstation.storage import profile as profile_store

NOW = 1_763_000_000
EVA = Profile(display_name="Eva", role="webcare", signoff="^Eva", register="je")


@pytest.fixture
def ws(workspace):
    db = open_workspace(workspace["path"])
    profile_store.save_profile(db, EVA)
    first = message_store.get_message(db, workspace["ids"][1])  # on Mastodon
    (dm,) = message_store.upsert_messages(
        db,
        [
            Message(
                channel_id=first.channel_id,
                remote_id="dm-1",
                text="Mijn ordernummer is 55123, waar blijft het?",
                created_at=NOW - 20,
                kind=MessageKind.DIRECT,
                thread_root_id="conv:9",
                author=Author("id-dm", "@kees@example.social", "Kees"),
            )
        ],
        now=NOW,
    ).ids
    db.conn.close()
    workspace["dm"] = dm
    return workspace


@pytest.fixture
def win(qtbot, ws, ui_settings):
    w = open_window(qtbot, ws["path"], ui_settings, now=NOW)
    w.ensure_ready()
    w.outbox.controller.stop_schedule()
    w.outbox.controller.standby = "test"  # nothing goes out: we look at the queue
    yield w
    w.close()


def _items(path):
    return read_workspace(path, lambda db: outbox_store.list_items(db))


def test_continue_privately_queues_the_dm_then_the_public_note(qtbot, win, ws):
    mid = win.current_message_id()  # the selected message, public
    c = select_in_composer(qtbot, win, mid)
    assert not c.private_box.isHidden() and not c.private_box.isChecked()
    qtbot.keyClick(win.table, "P", Qt.KeyboardModifier.ShiftModifier)  # Shift+P
    assert c.is_private()
    c.edit.setPlainText("@kees Stuur je me je ordernummer en adres? Dan zoek ik het uit. ^Eva")
    c.run_check()
    assert "private_data" not in {f.category for f in c.result.findings}  # fine in a DM
    c.ask = lambda *a: True
    c.send()
    qtbot.waitUntil(lambda: len(_items(ws["path"])) == 2)
    dm, note = _items(ws["path"])
    assert dm.message_id == note.message_id == mid
    assert dm.context.get("private") is True and "ordernummer" in dm.text
    assert not note.context.get("private") and note.id > dm.id
    assert note.text.endswith("^Eva") and ("privé" in note.text or "private" in note.text)


def test_a_reply_to_a_private_message_is_always_private(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["dm"])
    assert c.private_box.isChecked() and not c.private_box.isEnabled()
    assert c.is_private() and "Private reply" in c.title.text()
    c.edit.setPlainText("Dank je Kees, ik kijk het meteen na. ^Eva")
    c.ask = lambda *a: True
    c.send()
    qtbot.waitUntil(lambda: len(_items(ws["path"])) == 1)
    (item,) = _items(ws["path"])
    assert item.context.get("private") is True  # and no public note


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_public_note_passes_its_own_checks(lang):
    note = continue_privately_note(lang, "^Eva", "@kees")
    result = analyse(note, CheckContext(lang=lang, signature="^Eva", channel="mastodon"))
    assert [f for f in result.findings if f.severity != Severity.INFO] == []
