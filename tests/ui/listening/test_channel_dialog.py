"""The channel set-up dialog against loopback servers: Mastodon OAuth (out-of-band code with
PKCE), a feed, manual; the mastery gate with an override reason; the cap of three; the
no-keyring path; plain-language errors. Secrets go to an in-memory store (the real keyring
is tested in tests/test_secrets.py)."""

from __future__ import annotations

import re
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from read_workspace import file_bytes_elsewhere, read_workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "helpers"))

from fake_feed import FakeFeedServer  # noqa: E402

from cmstation.core.models import (  # noqa: E402
    Author,
    Channel,
    ChannelKind,
    Message,
    MessageState,
    Priority,
)
from cmstation.secrets import NoSecureBackend, SessionOnlySecretStore, channel_key  # noqa: E402
from cmstation.storage import channels, events, messages, open_workspace  # noqa: E402
from cmstation.ui.listening.channel_dialog import ChannelDialog  # noqa: E402
from cmstation.ui.shell.app import build_window  # noqa: E402


@pytest.fixture
def store():
    return SessionOnlySecretStore()


def _window(qtbot, path, ui_settings, store):
    w = build_window(path, settings=ui_settings)
    qtbot.addWidget(w)
    w.listening.open_secrets = lambda _allow: store
    w.listening.controller.secrets_provider = lambda: store
    w.show()
    return w


def _open(qtbot, w, kind=None) -> ChannelDialog:
    with qtbot.wait_signal(w.listening.dialog_opened) as opened:
        w.listening.open_channel_dialog(kind)
    dlg = opened.args[0]
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() != ChannelDialog.PAGE_LOADING)
    return dlg


def _click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_mastodon_end_to_end(qtbot, tmp_path, ui_settings, store, fake, monkeypatch):
    path = tmp_path / "ws" / "workspace.sqlite3"
    w = _window(qtbot, path, ui_settings, store)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    assert w.stack.currentWidget() is w.welcome

    dlg = _open(qtbot, w)
    assert dlg.pages.currentIndex() == ChannelDialog.PAGE_KIND  # no gate for the first one
    dlg.select_kind(ChannelKind.MASTODON)
    _click(qtbot, dlg.primary_button)
    assert dlg.pages.currentIndex() == ChannelDialog.PAGE_FORM
    assert not dlg.primary_button.isEnabled()  # no code yet
    qtbot.keyClicks(dlg.instance_edit, fake.base_url)
    _click(qtbot, dlg.open_login_button)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].startswith(fake.base_url + "/oauth/authorize?")
    assert "code_challenge=" in opened[0]
    assert fake.requests_to("/api/v1/apps", "POST")

    # the user logs in in the browser; the page shows the code; they paste it
    page = urllib.request.urlopen(opened[0], timeout=5).read().decode()
    code = re.search(r'class="oauth-code" readonly value="([^"]+)"', page).group(1)
    qtbot.keyClicks(dlg.code_edit, code)
    with qtbot.wait_signal(dlg.channel_added, timeout=10_000) as added:
        _click(qtbot, dlg.primary_button)
    cid = added.args[0]

    token = store.get(channel_key(cid, "access_token"))
    assert token and fake.tokens.get(token) == fake.me["id"]  # a token the server issued
    [ch] = read_workspace(path, channels.list_channels)
    assert ch.kind == ChannelKind.MASTODON and ch.id == cid
    assert ch.account == f"eva@{fake.domain}" and ch.post_limit == fake.max_characters
    for f in (path, path.with_name(path.name + "-wal")):  # never in the workspace
        if f.exists():
            assert token.encode() not in file_bytes_elsewhere(f), f
    assert dlg.pages.currentIndex() == ChannelDialog.PAGE_DONE
    assert "is set up" in dlg.result_text()
    assert "this session only" in dlg.result_text()  # the store is not persistent
    # the window left the welcome view and lists the channel
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.splitter)
    assert w._nav_items[("channel", cid)].text(0) == ch.name
    _click(qtbot, dlg.primary_button)  # Close
    w.close()


def test_mastodon_wrong_code_is_explained(qtbot, tmp_path, ui_settings, store, fake, monkeypatch):
    path = tmp_path / "ws" / "workspace.sqlite3"
    w = _window(qtbot, path, ui_settings, store)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dlg = _open(qtbot, w, ChannelKind.MASTODON)
    _click(qtbot, dlg.primary_button)
    qtbot.keyClicks(dlg.instance_edit, fake.base_url)
    with qtbot.wait_signal(dlg.step_finished, timeout=10_000):
        _click(qtbot, dlg.open_login_button)
    qtbot.keyClicks(dlg.code_edit, "not-the-code")
    with qtbot.wait_signal(dlg.step_finished, timeout=10_000):
        _click(qtbot, dlg.primary_button)
    assert dlg.error_label.isVisible()
    text = dlg.error_label.text()
    assert text and "Traceback" not in text
    assert dlg.pages.currentIndex() == ChannelDialog.PAGE_FORM  # still there, input kept
    assert dlg.code_edit.text() == "not-the-code"
    assert read_workspace(path, channels.list_channels) == []
    w.close()


def test_feed_channel_is_validated_by_fetching_it(qtbot, tmp_path, ui_settings, store):
    path = tmp_path / "ws" / "workspace.sqlite3"
    w = _window(qtbot, path, ui_settings, store)
    with FakeFeedServer(title="Fietsforum Utrecht") as feed:
        feed.add_item("Ketting eraf", "<p>Wie helpt?</p>", author="anna")
        dlg = _open(qtbot, w, ChannelKind.FEED)
        _click(qtbot, dlg.primary_button)
        # first something that is not a feed: a plain answer, nothing stored
        feed.body_override = b"<html><body>Just a page</body></html>"
        feed.content_type_override = "text/html"
        qtbot.keyClicks(dlg.feed_edit, feed.rss_url)
        with qtbot.wait_signal(dlg.step_finished, timeout=10_000):
            _click(qtbot, dlg.primary_button)
        assert dlg.error_label.isVisible() and "Traceback" not in dlg.error_label.text()
        assert read_workspace(path, channels.list_channels) == []
        feed.body_override = None
        feed.content_type_override = None
        with qtbot.wait_signal(dlg.channel_added, timeout=10_000):
            _click(qtbot, dlg.primary_button)
        assert feed.log  # it was fetched
        url = feed.rss_url
    [ch] = read_workspace(path, channels.list_channels)
    assert ch.kind == ChannelKind.FEED and ch.name == "Fietsforum Utrecht"
    assert ch.url == url
    w.close()


def _workspace_with_overdue_channel(path) -> int:
    db = open_workspace(path)
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva@mastodon.nl", url="https://mastodon.nl")
    )
    now = int(time.time())
    msgs = [
        Message(
            channel_id=cid,
            remote_id=f"m{i}",
            text=f"Waar blijft mijn bestelling {i}?",
            created_at=now - (3 + i) * 86400,
            author=Author(remote_id=f"a{i}", handle=f"@klant{i}@example.nl"),
            state=MessageState.NEEDS_REPLY,
            priority=Priority.COMPLAINT,
        )
        for i in range(3)
    ]
    messages.upsert_messages(db, msgs, now=now)
    db.conn.close()
    return cid


def test_gate_shows_figures_and_needs_a_reason(qtbot, tmp_path, ui_settings, store):
    path = tmp_path / "ws" / "workspace.sqlite3"
    _workspace_with_overdue_channel(path)
    w = _window(qtbot, path, ui_settings, store)
    dlg = _open(qtbot, w)
    assert dlg.pages.currentIndex() == ChannelDialog.PAGE_GATE
    rows = dlg.gate.check_rows
    assert len(rows) == 3
    assert any(not ok for ok, _t in rows)  # crosses for what is not met
    overdue = [t for _ok, t in rows if "48 h" in t]
    assert overdue and "3 messages" in overdue[0]
    assert "0 of 3" in rows[0][1]
    assert not dlg.primary_button.isEnabled()  # refused without a reason
    assert dlg.primary_button.text() == "Add anyway"
    qtbot.keyClicks(dlg.gate.reason_edit, "A second shop opens and needs its own feed")
    assert dlg.primary_button.isEnabled()
    _click(qtbot, dlg.primary_button)
    dlg.select_kind(ChannelKind.MANUAL)
    _click(qtbot, dlg.primary_button)
    with qtbot.wait_signal(dlg.channel_added, timeout=10_000) as added:
        _click(qtbot, dlg.primary_button)
    db = open_workspace(path)
    try:
        [ev] = events.recent(db, "mastery_gate_override")
    finally:
        db.conn.close()
    assert ev["channel_id"] == added.args[0]
    assert ev["detail"]["reason"] == "A second shop opens and needs its own feed"
    assert len(read_workspace(path, channels.list_channels)) == 2
    w.close()


def test_no_more_than_three_channels(qtbot, tmp_path, ui_settings, store):
    path = tmp_path / "ws" / "workspace.sqlite3"
    db = open_workspace(path)
    for i in range(3):
        channels.add_channel(db, Channel(kind=ChannelKind.MANUAL, name=f"Hand {i}"))
    db.conn.close()
    w = _window(qtbot, path, ui_settings, store)
    dlg = _open(qtbot, w)
    assert dlg.pages.currentIndex() == ChannelDialog.PAGE_GATE
    assert "3 channels" in dlg.gate.verdict.text() and "Remove one" in dlg.gate.verdict.text()
    assert not dlg.primary_button.isVisible()
    assert not dlg.gate.reason_edit.isVisible()  # no override at the cap
    assert not dlg.gate.allows_adding
    dlg.reject()
    w.close()


def test_no_keyring_offers_this_session_only(qtbot, tmp_path, ui_settings, fake, monkeypatch):
    path = tmp_path / "ws" / "workspace.sqlite3"
    session = SessionOnlySecretStore()
    asked: list[bool] = []

    def open_secrets(allow: bool):
        asked.append(allow)
        if not allow:
            raise NoSecureBackend()
        return session

    w = _window(qtbot, path, ui_settings, session)
    w.listening.open_secrets = open_secrets
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    dlg = _open(qtbot, w, ChannelKind.MASTODON)
    _click(qtbot, dlg.primary_button)
    qtbot.keyClicks(dlg.instance_edit, fake.base_url)
    with qtbot.wait_signal(dlg.step_finished, timeout=10_000):
        _click(qtbot, dlg.open_login_button)
    assert dlg.keyring_box.isVisible()
    assert "No secure keyring" in dlg.keyring_label.text()
    assert not opened and not fake.requests_to("/api/v1/apps")  # nothing happened yet
    with qtbot.wait_signal(dlg.step_finished, timeout=10_000):
        _click(qtbot, dlg.session_only_button)
    assert asked == [False, True]
    assert opened  # the flow went on with the session store
    w.close()


def test_render_the_dialog(qtbot, tmp_path, ui_settings, store):
    path = tmp_path / "ws" / "workspace.sqlite3"
    _workspace_with_overdue_channel(path)
    w = _window(qtbot, path, ui_settings, store)
    dlg = _open(qtbot, w)
    dlg.resize(620, 520)
    qtbot.keyClicks(dlg.gate.reason_edit, "Our LinkedIn page gets questions nobody answers")
    out = tmp_path / "channel_dialog_gate.png"
    assert dlg.grab().save(str(out))
    _click(qtbot, dlg.primary_button)
    _click(qtbot, dlg.primary_button)
    out2 = tmp_path / "channel_dialog_mastodon.png"
    assert dlg.grab().save(str(out2))
    assert out.stat().st_size > 5000 and out2.stat().st_size > 5000
    print(out, out2)
    dlg.reject()
    w.close()


def test_bluesky_with_an_app_password(qtbot, tmp_path, ui_settings, store):
    from fake_bluesky import FakeBluesky

    path = tmp_path / "ws" / "workspace.sqlite3"
    w = _window(qtbot, path, ui_settings, store)
    with FakeBluesky() as sky:
        dlg = _open(qtbot, w, ChannelKind.BLUESKY)
        _click(qtbot, dlg.primary_button)
        hint = " ".join(
            lbl.text() for lbl in dlg.forms.currentWidget().findChildren(type(dlg.title))
        )
        assert "app password" in hint and "not your main password" in hint
        assert dlg.pds_edit.text() == "https://bsky.social"
        assert dlg.app_password_edit.echoMode() == dlg.app_password_edit.EchoMode.Password
        dlg.pds_edit.setText(sky.base_url)
        qtbot.keyClicks(dlg.handle_edit, "@" + sky.handle)
        qtbot.keyClicks(dlg.app_password_edit, "wrong-pass-word-0000")
        with qtbot.wait_signal(dlg.step_finished, timeout=10_000):
            _click(qtbot, dlg.primary_button)
        assert dlg.error_label.isVisible() and "Traceback" not in dlg.error_label.text()
        assert read_workspace(path, channels.list_channels) == []
        dlg.app_password_edit.setText(sky.app_password)
        with qtbot.wait_signal(dlg.channel_added, timeout=10_000) as added:
            _click(qtbot, dlg.primary_button)
        cid = added.args[0]
        raw = store.get(channel_key(cid, "tokens"))
        assert raw and any(a in raw for a in sky.access)
        assert sky.app_password not in raw  # only the session tokens are kept
        assert dlg.app_password_edit.text() == ""
    [ch] = read_workspace(path, channels.list_channels)
    assert ch.kind == ChannelKind.BLUESKY and ch.account == sky.handle and ch.post_limit == 300
    w.close()


def test_gate_met_needs_no_reason(qtbot, tmp_path, ui_settings, store):
    path = tmp_path / "ws" / "workspace.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@eva@mastodon.nl", url="https://mastodon.nl")
    )
    now = int(time.time())
    messages.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id=f"q{i}",
                text=f"Vraag {i}",
                created_at=now - (i + 1) * 86400,
                replied_at=now - (i + 1) * 86400 + 2 * 3600,  # answered within two hours
                author=Author(remote_id=f"a{i}", handle=f"@klant{i}@example.nl"),
                state=MessageState.REPLIED,
            )
            for i in range(10)
        ],
        now=now,
    )
    db.conn.close()
    w = _window(qtbot, path, ui_settings, store)
    dlg = _open(qtbot, w)
    assert dlg.pages.currentIndex() == ChannelDialog.PAGE_GATE
    assert [ok for ok, _t in dlg.gate.check_rows] == [True, True, True]
    assert "under control" in dlg.gate.verdict.text()
    assert not dlg.gate.reason_edit.isVisible()
    assert dlg.primary_button.text() == "Continue" and dlg.primary_button.isEnabled()
    _click(qtbot, dlg.primary_button)
    dlg.select_kind(ChannelKind.MANUAL)
    _click(qtbot, dlg.primary_button)
    with qtbot.wait_signal(dlg.channel_added, timeout=10_000):
        _click(qtbot, dlg.primary_button)
    db = open_workspace(path)
    try:
        assert events.recent(db, "mastery_gate_override") == []
    finally:
        db.conn.close()
    w.close()


def test_at_the_cap_the_figures_of_each_channel_still_show(qtbot, tmp_path):
    """Three channels: nothing more can be added, but "Are my channels under control?"
    still answers it, with the checks and a line per channel."""
    from cmstation.listening.channel_setup import check_gate
    from cmstation.ui.listening.mastery_gate_dialog import MasteryGateDialog

    db = open_workspace(tmp_path / "cap.sqlite3")
    try:
        for i, kind in enumerate((ChannelKind.MASTODON, ChannelKind.FEED, ChannelKind.MANUAL)):
            channels.add_channel(
                db, Channel(kind=kind, name=f"kanaal {i}", url=f"https://k{i}.example/feed")
            )
        report = check_gate(db, now=time.time())
    finally:
        db.conn.close()
    dlg = MasteryGateDialog(report)
    qtbot.addWidget(dlg)
    assert report.cap_reached
    assert len(dlg.panel.check_rows) == 3
    assert [line.split(":")[0] for line in dlg.panel.channel_rows] == [
        "kanaal 0",
        "kanaal 1",
        "kanaal 2",
    ]
    assert "at most 3 channels" in dlg.panel.intro.text()
