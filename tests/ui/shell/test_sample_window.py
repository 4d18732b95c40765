"""The sample workspace says its channels cannot send (issue 14): the composer shows it before
anything is written, a reply stops in the outbox with that reason (never "log in again"),
and "Connect your own account" opens the user's own workspace with the channel set-up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmstation.core.outbox_item import OutboxState, new_idempotency_key
from cmstation.outbox.outbox_pass import MSG_SAMPLE, run_pass
from cmstation.sample import build_sample_workspace
from cmstation.storage import messages, open_workspace, settings
from cmstation.storage import outbox as outbox_store
from cmstation.ui.shell import app as app_mod
from cmstation.ui.shell.app import build_window


def _sample(tmp_path):
    path = tmp_path / "sample" / "workspace.sqlite3"
    path.parent.mkdir()
    build_sample_workspace(path, now=1_795_000_000)
    return path


def test_a_reply_in_the_sample_is_held_saying_why_without_a_login(tmp_path):
    path = _sample(tmp_path)
    db = open_workspace(path)
    try:
        assert settings.is_sample(db)
        msg = messages.list_messages(db, messages.MessageFilter(), limit=1)[0]
        item = outbox_store.enqueue(
            db,
            channel_id=msg.channel_id,
            message_id=msg.id,
            text="Hoi! ^Eva",
            delivery_key=new_idempotency_key(),
        )

        def no_secrets():
            raise AssertionError("the sample must not ask the keyring")

        run = run_pass(db, no_secrets)
        assert run.held == [item] and run.sent == []
        held = outbox_store.get(db, item)
        assert held.state == OutboxState.HELD and held.reason_text.source == MSG_SAMPLE
        assert "cannot send" in held.reason
    finally:
        db.conn.close()


def test_an_own_workspace_is_not_the_sample(tmp_path):
    db = open_workspace(tmp_path / "own.sqlite3")
    try:
        assert not settings.is_sample(db)
    finally:
        db.conn.close()


def test_the_composer_says_so_and_offers_the_own_account(qtbot, tmp_path, ui_settings):
    w = build_window(_sample(tmp_path), settings=ui_settings)
    qtbot.addWidget(w)
    w.show()
    w.ensure_ready()
    assert w.is_sample
    banner = w.sample_banner
    assert banner.isVisible() and "never sent" in banner.label.text()
    app_mod._open_windows.append(w)
    own_path = tmp_path / "own" / "workspace.sqlite3"
    opened = []
    real = app_mod.open_own_workspace
    try:
        w.connect_own_requested.disconnect()
        w.connect_own_requested.connect(lambda: opened.append(real(w, own_path)))
        qtbot.mouseClick(banner.connect_button, Qt.MouseButton.LeftButton)
        (own,) = opened
        assert own is not None and not own.is_sample and own.isVisible()
        from PySide6.QtWidgets import QDialog

        def dialog():
            found = [d for d in own.findChildren(QDialog) if d.objectName() == "channelDialog"]
            return found[0] if found and found[0].isVisible() else None

        qtbot.waitUntil(lambda: dialog() is not None, timeout=3000)
        dialog().reject()
        own.close()
    finally:
        app_mod._open_windows.clear()
        w.close()
