"""Channel settings from the navigation's channel menu: the name, the sweep interval and
"Pause listening" are stored and shown; bad input is refused in plain words. A channel that
needs a login says so in its navigation line, is left alone by the scheduler tick, and
"Sweep this channel now" still tries it once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from read_workspace import read_workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "helpers"))


from cmstation.core.i18n import Text  # noqa: E402
from cmstation.core.models import Channel, ChannelKind  # noqa: E402
from cmstation.secrets import SessionOnlySecretStore, channel_key  # noqa: E402
from cmstation.storage import channels, open_workspace, sweeps  # noqa: E402
from cmstation.ui.shell.app import build_window  # noqa: E402


def _window(qtbot, path, ui_settings, store=None):
    w = build_window(path, settings=ui_settings)
    qtbot.addWidget(w)
    if store is not None:
        w.listening.controller.secrets_provider = lambda: store
        w.listening.open_secrets = lambda _allow: store
    w.show()
    return w


def _stored(path, cid):
    return read_workspace(path, lambda db: channels.get_channel(db, cid))


def _status_line(w, cid) -> str:
    item = w._nav_items[("channel", cid)]
    return item.child(0).text(0) if item.childCount() else ""


def _menu(w, cid) -> dict:
    """Open the navigation's context menu on the channel's status line; its actions by text."""
    item = w._nav_items[("channel", cid)]
    target = item.child(0) if item.childCount() else item
    w.listening._nav_menu(w.nav.visualItemRect(target).center())
    menu = w.listening.context_menu
    menu.close()
    return {a.text(): a for a in menu.actions() if a.text()}


def _open_settings(qtbot, w, cid):
    with qtbot.wait_signal(w.listening.dialog_opened) as opened:
        _menu(w, cid)["Channel settings\u2026"].trigger()
    dlg = opened.args[0]
    qtbot.waitUntil(dlg.isVisible)
    return dlg


def _set_minutes(qtbot, dlg, text: str) -> None:
    dlg.minutes_spin.lineEdit().selectAll()
    qtbot.keyClicks(dlg.minutes_spin.lineEdit(), text)


@pytest.fixture
def ws(workspace):
    path = workspace["path"]
    db = open_workspace(path)
    manual = channels.add_channel(db, Channel(kind=ChannelKind.MANUAL, name="LinkedIn"))
    db.conn.close()
    return path, workspace["mastodon"], manual


def test_change_name_interval_and_pause_from_the_menu(qtbot, ui_settings, ws):
    path, cid, _manual = ws
    w = _window(qtbot, path, ui_settings)
    qtbot.waitUntil(lambda: _status_line(w, cid) == "not swept yet")
    dlg = _open_settings(qtbot, w, cid)
    assert dlg.name_edit.text() == "@fietsen@mastodon.nl" and dlg.minutes_spin.value() == 15
    assert dlg.pause_check.isVisible() and not dlg.pause_check.isChecked()
    dlg.name_edit.clear()
    qtbot.keyClicks(dlg.name_edit, "Fietsen op Mastodon")
    _set_minutes(qtbot, dlg, "45")
    dlg.pause_check.setChecked(True)
    with qtbot.wait_signal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    ch = _stored(path, cid)
    assert (ch.name, ch.sweep_minutes, ch.enabled) == ("Fietsen op Mastodon", 45, False)
    # the navigation shows the new name and that the channel is paused
    qtbot.waitUntil(lambda: w._nav_items[("channel", cid)].text(0) == "Fietsen op Mastodon")
    qtbot.waitUntil(lambda: _status_line(w, cid) == "paused")
    assert "Listening is paused" in w._nav_items[("channel", cid)].toolTip(0)
    assert "Fietsen op Mastodon" in w.listening.sweep_label.text()
    actions = _menu(w, cid)
    assert not actions["Sweep this channel now"].isEnabled()  # paused: never swept
    with qtbot.wait_signal(w.listening.controller.sweep_finished) as asked:
        assert w.listening.controller.sweep_now([cid])  # even when asked directly: nothing
    assert asked.args[0] == []
    # resume: the status line is the channel's own again
    dlg = _open_settings(qtbot, w, cid)
    assert dlg.pause_check.isChecked() and dlg.minutes_spin.value() == 45
    dlg.pause_check.setChecked(False)
    with qtbot.wait_signal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert _stored(path, cid).enabled
    qtbot.waitUntil(lambda: _status_line(w, cid) == "not swept yet")
    assert _menu(w, cid)["Sweep this channel now"].isEnabled()
    db = open_workspace(path)
    try:
        assert sweeps.recent_sweeps(db, cid) == []
    finally:
        db.conn.close()
    w.close()


@pytest.mark.parametrize(
    ("name", "minutes", "message"),
    [
        ("   ", "30", "Give the channel a name."),
        ("Fietsen", "3", "outside the allowed range (5 to 240 minutes)"),
        ("Fietsen", "600", "Sweep every 600 minutes"),
        ("x" * 90, "30", "at most 80 characters"),
    ],
)
def test_bad_input_is_refused_with_a_message(qtbot, ui_settings, ws, name, minutes, message):
    path, cid, _manual = ws
    w = _window(qtbot, path, ui_settings)
    before = _stored(path, cid)
    dlg = _open_settings(qtbot, w, cid)
    dlg.name_edit.clear()
    qtbot.keyClicks(dlg.name_edit, name)
    _set_minutes(qtbot, dlg, minutes)
    dlg.pause_check.setChecked(True)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert message in dlg.error_text()
    assert dlg.isVisible() and dlg.name_edit.text() == name  # nothing typed is lost
    qtbot.waitUntil(lambda: w.tasks.pending == 0)  # whatever the window had queued
    assert _stored(path, cid) == before
    # corrected, it saves
    dlg.name_edit.setText("Fietsen")
    _set_minutes(qtbot, dlg, "30")
    with qtbot.wait_signal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert (_stored(path, cid).name, _stored(path, cid).sweep_minutes) == ("Fietsen", 30)
    w.close()


def test_a_manual_channel_only_has_a_name(qtbot, ui_settings, ws):
    path, _cid, manual = ws
    w = _window(qtbot, path, ui_settings)
    dlg = _open_settings(qtbot, w, manual)
    assert not dlg.minutes_spin.isVisible() and not dlg.pause_check.isVisible()
    assert dlg.manual_note.isVisible()
    dlg.name_edit.setText("LinkedIn (by hand)")
    with qtbot.wait_signal(dlg.saved):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    ch = _stored(path, manual)
    assert ch.name == "LinkedIn (by hand)" and ch.enabled and ch.sweep_minutes == 15
    qtbot.waitUntil(lambda: w._nav_items[("channel", manual)].text(0) == "LinkedIn (by hand)")
    qtbot.waitUntil(lambda: _status_line(w, manual) == "filled by hand")
    w.close()


def test_a_channel_that_needs_a_login_is_skipped_by_the_tick(qtbot, tmp_path, ui_settings, fake):
    path = tmp_path / "ws" / "workspace.sqlite3"
    db = open_workspace(path)
    ok = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva", url=fake.base_url)
    )
    expired = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@winkel", url=fake.base_url)
    )
    long_ago = 1_700_000_000  # both would be due by their interval
    for cid in (ok, expired):
        db.execute("UPDATE channels SET last_sweep_at = ? WHERE id = ?", (long_ago, cid))
    sweeps.set_status(
        db,
        expired,
        "needs_login",
        Text("ChannelStatus", "The network no longer accepts the saved login."),
        at=long_ago,
    )
    db.conn.close()
    store = SessionOnlySecretStore()
    store.set(channel_key(ok, "access_token"), fake.token)
    store.set(channel_key(expired, "access_token"), "revoked-token")
    w = _window(qtbot, path, ui_settings, store)
    expected = "paused until you log in again"
    qtbot.waitUntil(lambda: _status_line(w, expired) == expected)
    actions = _menu(w, expired)
    first = w.listening.context_menu.actions()[0]
    assert first.text() == "Log in again\u2026"  # what it needs, offered first
    assert w.listening.context_menu.defaultAction() is first
    c = w.listening.controller
    with qtbot.wait_signal(c.sweep_finished, timeout=15_000) as tick:
        assert c.sweep_due()
    assert [s.channel_id for s in tick.args[0]] == [ok]
    db = open_workspace(path)
    try:
        assert sweeps.recent_sweeps(db, expired) == []
    finally:
        db.conn.close()
    # "Sweep this channel now" still tries: one request, and the same plain message
    before = len(fake.requests_to("/api/v1/notifications"))
    with qtbot.wait_signal(c.sweep_finished, timeout=15_000) as swept:
        actions["Sweep this channel now"].trigger()
    [summary] = swept.args[0]
    assert summary.status == "needs_login" and summary.channel_id == expired
    assert "paused until you log in again" in str(summary.detail)
    assert len(fake.requests_to("/api/v1/notifications")) == before + 1
    qtbot.waitUntil(
        lambda: "right-click the channel" in w._nav_items[("channel", expired)].toolTip(0)
    )
    assert _status_line(w, expired) == expected
    w.close()
