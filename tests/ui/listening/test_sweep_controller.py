"""Sweeps in the window against the loopback Mastodon server: Sweep now (F5) stores the
mentions and the list shows them while the window stays responsive, the status bar follows,
the navigation shows each channel's status ("paused until you log in again" after a 401) and mastery figures,
the scheduler tick sweeps only what is due, and the complaint notification can be turned off."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "helpers"))

from read_workspace import read_workspace  # noqa: E402

from cmstation.core.models import Channel, ChannelKind  # noqa: E402
from cmstation.secrets import SessionOnlySecretStore, channel_key  # noqa: E402
from cmstation.storage import channels, open_workspace, sweeps  # noqa: E402
from cmstation.storage import settings as settings_store  # noqa: E402
from cmstation.ui.shell.app import build_window  # noqa: E402


@pytest.fixture
def setup(tmp_path, fake):
    path = tmp_path / "ws" / "workspace.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(
        db,
        Channel(
            kind=ChannelKind.MASTODON,
            name="@eva@fietsen",
            url=fake.base_url,
            account=f"eva@{fake.domain}",
        ),
    )
    db.conn.close()
    store = SessionOnlySecretStore()
    store.set(channel_key(cid, "access_token"), fake.token)
    return path, cid, store


def _window(qtbot, path, ui_settings, store):
    w = build_window(path, settings=ui_settings)
    qtbot.addWidget(w)
    w.listening.controller.secrets_provider = lambda: store
    w.listening.open_secrets = lambda _allow: store
    w.show()
    return w


def _texts(w) -> list[str]:
    m = w.message_model
    return [m.message_at(r).text for r in range(m.rowCount())]


def _status_line(w, cid) -> str:
    item = w._nav_items[("channel", cid)]
    return " · ".join(item.child(i).text(0) for i in range(item.childCount()))


def test_sweep_now_stores_and_shows_mentions(qtbot, tmp_path, ui_settings, fake, setup):
    path, cid, store = setup
    klant = fake.add_account("klant", "Karin")
    fake.mention(
        klant, "<p>@eva Mijn bestelling is al een week te laat, wat een slechte service!</p>"
    )
    fake.mention(klant, "<p>@eva Hebben jullie ook bakfietsen te huur?</p>")
    w = _window(qtbot, path, ui_settings, store)
    w.select_view(("view", "all"))
    assert _texts(w) == []
    qtbot.waitUntil(lambda: "not swept yet" in _status_line(w, cid))
    assert w.listening.sweep_action.shortcut().toString() == "F5"
    notified: list[str] = []
    w.listening.notifier.notified.connect(notified.append)
    with qtbot.wait_signal(w.listening.controller.sweep_finished, timeout=15_000) as done:
        w.listening.sweep_action.trigger()
    [summary] = done.args[0]
    assert summary.status == "ok" and summary.new == 2
    qtbot.waitUntil(lambda: len(_texts(w)) == 2)
    assert any("bakfietsen" in t for t in _texts(w))
    assert (
        "Swept at" in w.listening.sweep_label.text() and "2 new" in w.listening.sweep_label.text()
    )
    assert not w.listening.sweep_bar.isVisible()
    # the status comes with the sweep; the mastery figures follow from their own thread
    qtbot.waitUntil(
        lambda: _status_line(w, cid).startswith("ok") and "answered 0%" in _status_line(w, cid)
    )
    tip = w._nav_items[("channel", cid)].toolTip(0)
    assert "Last sweep at" in tip and "48 h" in tip
    # handling the one that needs a reply (here: marking it done) shows at once, not after
    # the next sweep
    w.select_view(("view", "needs_reply"))
    qtbot.waitUntil(lambda: w.message_model.rowCount() >= 1)
    w.select_row(0)
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: "answered 100%" in _status_line(w, cid), timeout=5000)
    if summary.urgent_ids:  # the complaint was triaged as one: a notification (no tray here)
        assert notified and "complaint" in notified[0]
    w.close()


def test_window_stays_responsive_and_shows_progress(qtbot, tmp_path, ui_settings, fake, setup):
    path, cid, store = setup
    fake.mention(fake.add_account("anna"), "<p>@eva Wat een mooie fiets!</p>")
    fake.fault("slow", path="/api/v1/notifications", seconds=1.5)
    w = _window(qtbot, path, ui_settings, store)
    w.select_view(("view", "all"))
    with qtbot.wait_signal(w.listening.controller.sweep_finished, timeout=15_000):
        w.listening.sweep_now()
        # the GUI thread keeps running while the server is slow: progress shows
        qtbot.waitUntil(lambda: "Sweeping @eva@fietsen" in w.listening.sweep_label.text())
        assert w.listening.sweep_bar.isVisible()
        assert not w.listening.sweep_action.isEnabled()
        w.listening.sweep_now()  # a second request while busy is refused in plain words
        assert w.listening.sweep_label.text() == "A sweep is already running."
    qtbot.waitUntil(lambda: _texts(w) == ["Wat een mooie fiets!"] or len(_texts(w)) == 1)
    assert w.listening.sweep_action.isEnabled()
    w.close()


def test_a_search_the_server_cannot_do_is_said_in_the_navigation(
    qtbot, tmp_path, ui_settings, fake, setup
):
    """The server has no full-text search: the sweep is fine, and the channel says so."""
    from cmstation.storage import saved_searches

    path, cid, store = setup
    db = open_workspace(path)
    saved_searches.add_saved_search(db, "kapot", "fiets kapot", channel_id=cid)
    db.conn.close()
    w = _window(qtbot, path, ui_settings, store)
    with qtbot.wait_signal(w.listening.controller.sweep_finished, timeout=15_000) as done:
        w.listening.sweep_now()
    assert done.args[0][0].status == "ok"
    qtbot.waitUntil(lambda: _status_line(w, cid).startswith("ok \u00b7 see the note"))
    tip = w._nav_items[("channel", cid)].toolTip(0)
    assert "found nothing for \u201cfiets kapot\u201d" in tip and "#word" in tip
    w.close()


def test_401_shows_needs_login(qtbot, tmp_path, ui_settings, fake, setup):
    path, cid, store = setup
    store.set(channel_key(cid, "access_token"), "revoked-token")
    w = _window(qtbot, path, ui_settings, store)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    with qtbot.wait_signal(w.listening.controller.sweep_finished, timeout=15_000) as done:
        qtbot.keyClick(w.table, Qt.Key.Key_F5)  # the shortcut
    assert done.args[0][0].status == "needs_login"
    qtbot.waitUntil(lambda: _status_line(w, cid).startswith("paused until you log in again"))
    assert "attention" in w.listening.sweep_label.text()
    db = open_workspace(path)
    try:
        assert sweeps.channel_status(db, cid).status == "needs_login"
    finally:
        db.conn.close()
    w.close()


def test_scheduler_tick_sweeps_only_what_is_due(qtbot, tmp_path, ui_settings, fake, setup):
    path, cid, store = setup
    fake.mention(fake.add_account("bram"), "<p>@eva Hoi!</p>")
    w = _window(qtbot, path, ui_settings, store)
    c = w.listening.controller
    with qtbot.wait_signal(c.sweep_finished, timeout=15_000) as first:
        c.start_schedule(interval_ms=50)  # never swept: due at once
    assert [s.channel_id for s in first.args[0]] == [cid]
    before = len(fake.requests_to("/api/v1/notifications"))
    qtbot.wait(400)  # several ticks; the channel is not due again for 15 minutes
    c.stop_schedule()
    assert len(fake.requests_to("/api/v1/notifications")) == before
    w.close()


def test_complaint_notification_can_be_turned_off(qtbot, tmp_path, ui_settings, setup):
    path, cid, store = setup
    w = _window(qtbot, path, ui_settings, store)
    n = w.listening.notifier
    text = n.notify_complaints(2, ["@eva@fietsen"])  # no tray offscreen: nothing fails
    assert "2 new complaints" in text and "@eva@fietsen" in text
    # what the inbox rules flag is told apart from complaints
    both = n.notify_complaints(2, ["@eva@fietsen"], flagged=1)
    assert both.startswith("2 new complaints") and "1 more your rules flag" in both
    only = n.notify_complaints(0, ["@eva@fietsen"], flagged=3)
    assert only.startswith("3 new messages your rules flag") and "complaint" not in only
    assert n.notify_complaints(0, ["@eva@fietsen"]) == ""
    with qtbot.wait_signal(w.tasks.idle):
        w.listening.notify_action.setChecked(False)
    assert n.notify_complaints(2, ["@eva@fietsen"]) == ""
    db = open_workspace(path)
    try:
        assert settings_store.get(db, "notify_complaints") is False
    finally:
        db.conn.close()
    w.close()
    # the choice survives a restart
    w2 = _window(qtbot, path, ui_settings, store)
    qtbot.waitUntil(lambda: not w2.listening.notify_action.isChecked())
    assert not w2.listening.notifier.enabled
    w2.close()


def test_render_window_with_channel_status(qtbot, tmp_path, ui_settings, fake, setup):
    path, cid, store = setup
    db = open_workspace(path)
    feed = channels.add_channel(db, Channel(kind=ChannelKind.MANUAL, name="LinkedIn (by hand)"))
    expired = channels.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="@winkel@fietsen", url=fake.base_url),
    )
    db.conn.close()
    store.set(channel_key(expired, "access_token"), "expired-token")
    klant = fake.add_account("klant", "Karin de Vries")
    fake.mention(
        klant, "<p>@eva Mijn bestelling is al een week te laat, wat een slechte service!</p>"
    )
    fake.mention(fake.add_account("anna", "Anna"), "<p>@eva Hebben jullie bakfietsen te huur?</p>")
    w = _window(qtbot, path, ui_settings, store)
    w.resize(1280, 760)
    with qtbot.wait_signal(w.listening.controller.sweep_finished, timeout=15_000):
        w.listening.sweep_now()
    qtbot.waitUntil(lambda: w.message_model.rowCount() >= 1 and len(w.conversation.cards) > 0)
    qtbot.waitUntil(lambda: _status_line(w, cid).startswith("ok"))
    qtbot.waitUntil(lambda: _status_line(w, feed).startswith("filled by hand"))
    qtbot.waitUntil(lambda: _status_line(w, expired).startswith("paused until you log in again"))
    qtbot.waitUntil(lambda: w.tasks.pending == 0 and len(w.conversation.cards) > 0)
    out = tmp_path / "window_channel_status.png"
    assert w.grab().save(str(out))
    print(out)
    w.close()


def test_the_sample_workspace_does_not_listen(qtbot, tmp_path, ui_settings, fake, setup):
    path, cid, store = setup
    w = _window(qtbot, path, ui_settings, store)
    w.listening.disable_sweeps("made up")
    assert not w.listening.sweep_action.isEnabled()
    assert w.listening.controller.sweep_now() is False
    assert w.listening.controller.sweep_due() is False
    qtbot.wait(100)
    assert fake.requests_to("/api/v1/notifications") == []
    w.close()


def test_log_in_again_after_needs_login(qtbot, tmp_path, ui_settings, fake, setup, monkeypatch):
    import re
    import urllib.request

    from PySide6.QtGui import QDesktopServices

    path, cid, store = setup
    store.set(channel_key(cid, "access_token"), "revoked-token")
    fake.mention(fake.add_account("daan"), "<p>@eva Zijn jullie zaterdag open?</p>")
    w = _window(qtbot, path, ui_settings, store)
    with qtbot.wait_signal(w.listening.controller.sweep_finished, timeout=15_000):
        w.listening.sweep_now()
    qtbot.waitUntil(lambda: _status_line(w, cid).startswith("paused until you log in again"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    dlg = w.listening.open_relogin(cid)
    assert dlg.instance_edit.text() == fake.base_url  # no gate, no kind page: straight in
    assert not dlg.back_button.isVisible() and not dlg.common_box.isVisible()
    qtbot.mouseClick(dlg.open_login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    page = urllib.request.urlopen(opened[0], timeout=5).read().decode()
    code = re.search(r'class="oauth-code" readonly value="([^"]+)"', page).group(1)
    qtbot.keyClicks(dlg.code_edit, code)
    with qtbot.wait_signal(w.listening.controller.sweep_finished, timeout=15_000) as swept:
        qtbot.mouseClick(dlg.primary_button, Qt.MouseButton.LeftButton)
    assert swept.args[0][0].status == "ok" and swept.args[0][0].new == 1
    assert store.get(channel_key(cid, "access_token")) != "revoked-token"
    qtbot.waitUntil(lambda: _status_line(w, cid).startswith("ok"))
    assert len(read_workspace(path, channels.list_channels)) == 1  # the same channel, not a new one
    w.close()


def test_remove_a_channel_with_its_login(qtbot, tmp_path, ui_settings, setup):
    path, cid, store = setup
    w = _window(qtbot, path, ui_settings, store)
    with qtbot.wait_signal(w.listening.channel_removed):
        w.listening.remove_channel(cid, confirm=False)
    assert read_workspace(path, channels.list_channels) == []
    assert store.get(channel_key(cid, "access_token")) is None
    assert w.stack.currentWidget() is w.welcome
    w.close()
