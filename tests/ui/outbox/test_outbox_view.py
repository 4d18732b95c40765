"""The Outbox and Drafts pages against a loopback Mastodon: offline queueing, exactly-once
sending when the network is back, hold/release/cancel/edit, stale-context holds, drafts,
and everything intact after the window is closed and opened again."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "helpers"))

from read_workspace import read_workspace  # noqa: E402
from window_steps import select_in_composer  # noqa: E402

from cmstation.core.i18n import Text  # noqa: E402
from cmstation.core.models import (  # noqa: E402
    Author,
    Channel,
    ChannelKind,
    Message,
    MessageKind,
    MessageState,
)
from cmstation.core.outbox_item import OutboxState, new_idempotency_key  # noqa: E402
from cmstation.core.profile import Profile  # noqa: E402
from cmstation.outbox.worker import (  # noqa: E402
    MSG_HELD_BY_USER,
    MSG_NEW_REPLIES,
    MSG_NEW_REPLY,
    MSG_OFFLINE,
)
from cmstation.secrets import SessionOnlySecretStore, channel_key  # noqa: E402
from cmstation.storage import channels as channel_store  # noqa: E402
from cmstation.storage import drafts as draft_store  # noqa: E402
from cmstation.storage import messages as message_store  # noqa: E402
from cmstation.storage import open_workspace  # noqa: E402
from cmstation.storage import outbox as outbox_store  # noqa: E402
from cmstation.storage import profile as profile_store  # noqa: E402
from cmstation.ui.outbox.outbox_table_model import OutboxRow, OutboxTableModel, plain_reason  # noqa: E402
from cmstation.ui.shell.app import build_window  # noqa: E402

NOW = 1_763_000_000
LATER = int(time.time()) + 10 * 86400  # a reply scheduled for later (real time: the worker's)
EVA = Profile(display_name="Eva", role="webcare", signoff="^Eva", register="je")


@pytest.fixture
def ws(tmp_path, fake):
    """A workspace with one Mastodon channel on the fake and two mentions from customers."""
    path = tmp_path / "ws" / "workspace.sqlite3"
    db = open_workspace(path)
    profile_store.save_profile(db, EVA)
    cid = channel_store.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="@eva (fake)", url=fake.base_url, account="@eva"),
        now=NOW,
    )
    klant = fake.add_account("klant", "Klaas Klant")
    anna = fake.add_account("anna", "Anna")
    st1 = fake.mention(klant, "<p>@eva waar blijft mijn fiets?</p>", language="nl")
    st2 = fake.mention(anna, "<p>@eva is the shop open on Sunday?</p>", language="en")
    ids = message_store.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id=st1["id"],
                text="@eva waar blijft mijn fiets?",
                created_at=NOW - 600,
                url=st1["url"],
                lang="nl",
                author=Author(klant["id"], "@klant", "Klaas Klant"),
                state=MessageState.NEEDS_REPLY,
            ),
            Message(
                channel_id=cid,
                remote_id=st2["id"],
                text="@eva is the shop open on Sunday?",
                created_at=NOW - 300,
                url=st2["url"],
                lang="en",
                author=Author(anna["id"], "@anna", "Anna"),
                state=MessageState.NEEDS_REPLY,
            ),
        ],
        now=NOW,
    ).ids
    db.conn.close()
    secrets = SessionOnlySecretStore()
    secrets.set(channel_key(cid, "access_token"), fake.token)
    return {
        "path": path,
        "channel": cid,
        "ids": ids,
        "st": [st1, st2],
        "secrets": secrets,
        "klant": klant,
    }


def _open(qtbot, ws, settings):
    w = build_window(ws["path"], settings=settings, now=NOW)
    qtbot.addWidget(w)
    w.outbox.controller.secrets_provider = lambda: ws["secrets"]
    w.show()
    qtbot.waitUntil(lambda: w.composer.message is not None)
    return w


@pytest.fixture
def win(qtbot, ws, ui_settings):
    w = _open(qtbot, ws, ui_settings)
    yield w
    w.close()


def _items(path):
    return read_workspace(path, outbox_store.list_items)


def _type(qtbot, c, text):
    c.edit.setFocus()
    c.edit.selectAll()
    qtbot.keyClicks(c.edit, text)


def _show_outbox(qtbot, w, n):
    view = w.outbox.outbox_view
    w.select_view(("page", "outbox"))
    qtbot.waitUntil(lambda: view.model.rowCount() == n)
    return view


def _wait_state(qtbot, view, item_id, state):
    def ok():
        view.reload()
        row = view.model.row_of(item_id)
        return row >= 0 and view.model.row_at(row).item.state == state

    qtbot.waitUntil(ok, timeout=8000)


def _start_sending(qtbot, w):
    ctl = w.outbox.controller
    with qtbot.wait_signal(ctl.run_finished, timeout=5000):
        ctl.start_schedule(interval_ms=3_600_000)  # the timer never fires in a test


def _queue(path, ws, mid_index, text, **kw):
    db = open_workspace(path)
    try:
        return outbox_store.enqueue(
            db,
            channel_id=ws["channel"],
            message_id=ws["ids"][mid_index],
            text=text,
            delivery_key=new_idempotency_key(),
            context={"known_replies": []},
            **kw,
        )
    finally:
        db.conn.close()


# -- the model -----------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, ws):
    _queue(ws["path"], ws, 0, "Hij staat klaar! ^Eva")
    _queue(ws["path"], ws, 1, "Yes, 12-17h. ^Eva", not_before=NOW + 3600)
    db = open_workspace(ws["path"])
    from cmstation.ui.outbox.outbox_table_model import load_rows

    rows = load_rows(db)
    db.conn.close()
    model = OutboxTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, model.COL_ANSWERS)).startswith("Klaas Klant: ")
    assert "from" in model.data(model.index(1, model.COL_WHEN))
    model.set_rows([OutboxRow(rows[0].item, None, "x")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.COL_ANSWERS)) == "(a new post)"


def test_plain_reason_reads_the_stored_reason_back():
    assert plain_reason(Text("Outbox", MSG_OFFLINE, {"time": "10:30"})) == (
        "Offline; will try again at 10:30."
    )
    assert plain_reason(Text.from_json("something else", "Outbox")) == "something else"


# -- offline, then back: exactly once ------------------------------------------------------


def test_reply_with_the_network_down_waits_then_goes_once(qtbot, win, ws, fake):
    _start_sending(qtbot, win)
    port = fake.port
    fake.stop()  # the train enters the tunnel
    mid = ws["ids"][0]
    c = select_in_composer(qtbot, win, mid)
    _type(qtbot, c, "Hoi Klaas, hij staat klaar in de winkel! ^Eva")
    c.ask = lambda *a: True
    with qtbot.wait_signal(c.reply_queued, timeout=3000) as sig:
        qtbot.keyClick(c.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    item_id = sig.args[0]
    qtbot.waitUntil(
        lambda: "Offline: your reply is in the outbox" in win.status_label.text(), timeout=8000
    )
    view = _show_outbox(qtbot, win, 1)
    assert not win.table.isVisible() and view.isVisible()
    assert view.model.row_at(0).item.state == OutboxState.QUEUED
    assert view.reason.text().startswith("Offline; will try again at ")
    assert "Klaas Klant" in view.answers.text()
    assert view.send_now_button.isEnabled() and not view.release_button.isEnabled()
    qtbot.waitUntil(lambda: win._nav_items[("page", "outbox")].text(1) == "1")
    assert fake.statuses_by(fake.me) == []

    fake.start(port=port)  # back online
    with qtbot.wait_signal(win.outbox.controller.run_finished, timeout=8000) as run:
        view.send_now_button.click()
    assert run.args[0].sent == [item_id]
    _wait_state(qtbot, view, item_id, OutboxState.SENT)
    qtbot.waitUntil(lambda: win._nav_items[("page", "outbox")].text(1) == "")
    with qtbot.wait_signal(win.outbox.controller.run_finished, timeout=5000):
        win.outbox.controller.run_now()  # another pass sends nothing more
    mine = fake.statuses_by(fake.me)
    assert len(mine) == 1 and mine[0]["in_reply_to_id"] == ws["st"][0]["id"]
    assert "hij staat klaar" in mine[0]["content"]

    db = open_workspace(ws["path"])
    answered = message_store.get_message(db, mid)
    thread = message_store.thread(db, mid)
    db.conn.close()
    assert answered.state == MessageState.REPLIED and answered.replied_at is not None
    own = [m for m in thread if m.kind == MessageKind.OWN_REPLY]
    assert [m.remote_id for m in own] == [mine[0]["id"]]
    # the conversation pane shows the reply in its thread
    win.select_view(("view", "all"))
    win.open_message(mid)
    qtbot.waitUntil(
        lambda: any(card.message.remote_id == mine[0]["id"] for card in win.conversation.cards),
        timeout=5000,
    )


# -- steering from the view ----------------------------------------------------------------


def test_edit_hold_release_and_cancel_from_the_view(qtbot, win, ws, fake):
    first = _queue(ws["path"], ws, 0, "Hij staat klaar ^Eva", not_before=LATER)
    second = _queue(ws["path"], ws, 1, "Yes we are open! ^Eva", not_before=LATER)
    view = _show_outbox(qtbot, win, 2)
    view.select_item(first)
    assert view.editor.toPlainText() == "Hij staat klaar ^Eva"
    assert not view.save_button.isEnabled()
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "Hij staat klaar, kom maar langs! ^Eva")
    assert view.save_button.isEnabled()
    with qtbot.wait_signal(view.reloaded, timeout=3000):
        view.save_button.click()
    assert outbox_store.get(open_workspace(ws["path"]), first).text.startswith(
        "Hij staat klaar, kom"
    )

    with qtbot.wait_signal(view.reloaded, timeout=3000):
        view.hold_button.click()
    assert view.current_row().item.state == OutboxState.HELD
    assert view.reason.text() == "Held by you." and view.reason.isVisible()
    assert view.release_button.isEnabled() and not view.hold_button.isEnabled()
    assert not view.editor.isReadOnly()

    # release: it goes at once (the time it was scheduled for is cleared)
    with qtbot.wait_signal(win.outbox.controller.run_finished, timeout=8000) as run:
        view.release_button.click()
    assert run.args[0].sent == [first]
    mine = fake.statuses_by(fake.me)
    assert len(mine) == 1 and "kom maar langs" in mine[0]["content"]

    # cancel the second: asked first; "keep it" changes nothing
    view.select_item(second)
    asked = []
    view.confirm = lambda title, text: asked.append(title) or False
    view.cancel_button.click()
    assert asked == ["Cancel this reply?"]
    assert outbox_store.get(open_workspace(ws["path"]), second).state == OutboxState.QUEUED
    view.confirm = lambda *a: True
    with qtbot.wait_signal(view.reloaded, timeout=3000):
        view.cancel_button.click()
    _wait_state(qtbot, view, second, OutboxState.CANCELLED)
    view.select_item(second)
    assert view.editor.isReadOnly()
    assert not any(
        b.isEnabled()
        for b in (view.send_now_button, view.hold_button, view.release_button, view.cancel_button)
    )
    with qtbot.wait_signal(win.outbox.controller.run_finished, timeout=5000):
        win.outbox.controller.run_now()
    assert len(fake.statuses_by(fake.me)) == 1  # the cancelled reply never went


def test_a_stale_context_hold_shows_the_new_reply_and_release_sends(qtbot, win, ws, fake):
    item_id = _queue(ws["path"], ws, 0, "Hij staat klaar! ^Eva")
    other = fake.add_account("buur", "Buurman")
    fake.add_status(
        other, "<p>Ik zag hem net in de etalage staan, Klaas!</p>", in_reply_to_id=ws["st"][0]["id"]
    )
    with qtbot.wait_signal(win.outbox.controller.run_finished, timeout=8000) as run:
        win.outbox.controller.run_now()
    assert run.args[0].held == [item_id]
    assert fake.statuses_by(fake.me) == []
    view = _show_outbox(qtbot, win, 1)
    assert view.current_row().item.state == OutboxState.HELD
    reason = view.reason.text()
    assert "a new reply arrived" in reason
    assert "Ik zag hem net in de etalage staan" in reason
    with qtbot.wait_signal(win.outbox.controller.run_finished, timeout=8000) as run:
        view.release_button.click()
    assert run.args[0].sent == [item_id]
    assert len(fake.statuses_by(fake.me)) == 1


# -- drafts ----------------------------------------------------------------------------------


def test_drafts_are_listed_marked_and_open_with_the_composer_restored(qtbot, win, ws):
    mid = ws["ids"][1]
    c = select_in_composer(qtbot, win, mid)
    _type(qtbot, c, "Yes, from 12 to 5")
    with qtbot.wait_signal(c.draft_saved, timeout=3000):
        pass
    qtbot.waitUntil(lambda: win._nav_items[("page", "drafts")].text(1) == "1")
    row = win.message_model.row_of(mid)
    qtbot.waitUntil(
        lambda: win.message_model.data(
            win.message_model.index(row, win.message_model.COL_TEXT)
        ).startswith("\u270e ")
    )
    other = win.message_model.row_of(ws["ids"][0])
    assert not win.message_model.data(
        win.message_model.index(other, win.message_model.COL_TEXT)
    ).startswith("\u270e")

    select_in_composer(qtbot, win, ws["ids"][0])  # the composer moves on
    drafts = win.outbox.drafts_view
    with qtbot.wait_signal(drafts.reloaded, timeout=3000):
        win.select_view(("page", "drafts"))
    assert drafts.list.topLevelItemCount() == 1
    item = drafts.list.topLevelItem(0)
    assert item.text(0).startswith("Anna: ") and item.text(1) == "Yes, from 12 to 5"
    with qtbot.wait_signal(c.message_loaded, timeout=3000, check_params_cb=lambda m: m == mid):
        qtbot.mouseClick(drafts.open_button, Qt.MouseButton.LeftButton)
    assert c.text() == "Yes, from 12 to 5"
    assert not drafts.isVisible() and win.table.isVisible()
    qtbot.waitUntil(lambda: win.current_message_id() == mid)


def test_empty_pages_say_so(qtbot, win):
    view = win.outbox.outbox_view
    with qtbot.wait_signal(view.reloaded, timeout=3000):
        win.select_view(("page", "outbox"))
    assert view.empty.isVisible() and "empty" in view.empty.text()
    drafts = win.outbox.drafts_view
    with qtbot.wait_signal(drafts.reloaded, timeout=3000):
        win.select_view(("page", "drafts"))
    assert drafts.empty.isVisible() and not drafts.open_button.isEnabled()
    win.select_view(("view", "needs_reply"))
    assert win.table.isVisible() and not drafts.isVisible()


# -- quit and come back -----------------------------------------------------------------------


def test_quit_with_a_queued_reply_and_a_draft_then_both_are_intact(qtbot, ws, fake, ui_settings):
    w = _open(qtbot, ws, ui_settings)
    _start_sending(qtbot, w)
    port = fake.port
    fake.stop()
    c = select_in_composer(qtbot, w, ws["ids"][0])
    _type(qtbot, c, "Hoi Klaas, hij staat klaar! ^Eva")
    c.ask = lambda *a: True
    with qtbot.wait_signal(w.outbox.controller.run_finished, timeout=8000):
        qtbot.keyClick(c.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    c = select_in_composer(qtbot, w, ws["ids"][1])
    qtbot.keyClicks(c.edit, "Yes we are, from noon")  # no wait: closing must keep it
    typed = c.text()
    assert "Yes we are, from noon" in typed
    before = _items(ws["path"])
    assert [i.state for i in before] == [OutboxState.QUEUED]
    w.close()  # quit
    qtbot.waitUntil(lambda: not w.outbox.controller._worker.alive)

    db = open_workspace(ws["path"])
    assert [d.text for d in draft_store.list_drafts(db)] == [typed]
    db.conn.close()
    w2 = _open(qtbot, ws, ui_settings)
    try:
        view = _show_outbox(qtbot, w2, 1)
        item = view.model.row_at(0).item
        assert (item.id, item.text, item.delivery_key, item.state) == (
            before[0].id,
            before[0].text,
            before[0].delivery_key,
            OutboxState.QUEUED,
        )
        select_in_composer(qtbot, w2, ws["ids"][0])
        drafts = w2.outbox.drafts_view
        with qtbot.wait_signal(drafts.reloaded, timeout=3000):
            w2.select_view(("page", "drafts"))
        assert drafts.list.topLevelItem(0).text(1) == " ".join(typed.split())  # one line per draft
        with qtbot.wait_signal(w2.composer.message_loaded, timeout=3000):
            qtbot.mouseClick(drafts.open_button, Qt.MouseButton.LeftButton)
        assert w2.composer.text() == typed
        qtbot.waitUntil(lambda: w2.composer.edit.hasFocus())  # write on at once
        # the network comes back: the reply queued before the restart goes, once
        fake.start(port=port)
        w2.select_view(("page", "outbox"))
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        with qtbot.wait_signal(w2.outbox.controller.run_finished, timeout=8000) as run:
            view.send_now_button.click()
        assert run.args[0].sent == [item.id]
        assert len(fake.statuses_by(fake.me)) == 1
    finally:
        w2.close()


# -- how it looks ----------------------------------------------------------------------------


def test_outbox_view_renders(qtbot, win, ws, tmp_path):
    a = _queue(ws["path"], ws, 0, "Hoi Klaas, hij staat klaar in de winkel. Kom gerust langs! ^Eva")
    b = _queue(ws["path"], ws, 1, "Yes, Sundays from 12 to 5. See you! ^Eva", not_before=LATER)
    db = open_workspace(ws["path"])
    retry = int(time.time()) + 120
    outbox_store.requeue(
        db,
        a,
        not_before=retry,
        reason=Text("Outbox", MSG_OFFLINE, {"time": time.strftime("%H:%M", time.localtime(retry))}),
    )
    outbox_store.hold(
        db,
        b,
        Text("Outbox", MSG_NEW_REPLY, {"sample": "Ik zag hem net in de etalage staan, Klaas!"}),
    )
    db.conn.close()
    win.resize(1280, 760)
    view = _show_outbox(qtbot, win, 2)
    view.select_item(b)
    qtbot.waitUntil(lambda: win._nav_items[("page", "outbox")].text(1) == "2")
    out = tmp_path / "outbox.png"
    assert win.grab().save(str(out))
    assert out.stat().st_size > 10_000
    import os

    keep = os.environ.get("CMSTATION_KEEP_SCREENSHOT")
    if keep:
        win.grab().save(keep)


@pytest.fixture
def dutch(qapp):
    from PySide6.QtCore import QTranslator

    from cmstation.ui.shell.app import I18N_DIR

    tr = QTranslator()
    assert tr.load("cmstation_nl", str(I18N_DIR))
    qapp.installTranslator(tr)
    yield tr
    qapp.removeTranslator(tr)


def test_reasons_and_pages_speak_dutch(qtbot, dutch, ws, ui_settings, tmp_path):
    assert plain_reason(Text("Outbox", MSG_OFFLINE, {"time": "10:30"})) == (
        "Geen verbinding; nieuwe poging om 10:30."
    )
    assert plain_reason(
        Text("Outbox", MSG_NEW_REPLIES, {"count": 2, "sample": "Al goed!"})
    ).startswith("Tegengehouden: er kwamen 2 nieuwe reacties")
    assert plain_reason(Text("Outbox", MSG_HELD_BY_USER)) == "Door jou tegengehouden."
    a = _queue(ws["path"], ws, 0, "Hoi Klaas, hij staat klaar in de winkel. Kom gerust langs! ^Eva")
    db = open_workspace(ws["path"])
    outbox_store.requeue(
        db, a, not_before=LATER, reason=Text("Outbox", MSG_OFFLINE, {"time": "10:31"})
    )
    db.conn.close()
    w = _open(qtbot, ws, ui_settings)
    try:
        w.resize(1280, 760)
        view = _show_outbox(qtbot, w, 1)
        assert w._nav_items[("page", "outbox")].text(0) == "Postvak uit"
        assert view.reason.text() == "Geen verbinding; nieuwe poging om 10:31."
        assert view.model.data(view.model.index(0, 0)).endswith("Klaargezet")
        out = tmp_path / "outbox-nl.png"
        assert w.grab().save(str(out))
        import os

        keep = os.environ.get("CMSTATION_KEEP_SCREENSHOT")
        if keep:
            w.grab().save(keep.replace(".png", "-nl.png"))
    finally:
        w.close()
