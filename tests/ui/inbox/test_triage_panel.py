"""The window shows why a message ranks as it does and takes the user's correction (issue 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from read_workspace import read_workspace

from cmstation.core.models import (
    Author,
    Channel,
    ChannelKind,
    Message,
    MessageKind,
    MessageState,
    Priority,
    Sentiment,
)
from cmstation.listening.triage import triage
from cmstation.storage import channels, events, messages, open_workspace
from cmstation.storage import triage_corrections as corrections
from cmstation.ui.shell.app import build_window

NOW = 1_763_000_000


def _workspace(path):
    db = open_workspace(path)
    cid = channels.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="@fietsen", url="https://mastodon.nl",
                account="fietsen@mastodon.nl"),
        now=NOW - 86400,
    )  # fmt: skip
    m = Message(
        channel_id=cid,
        remote_id="1",
        text="@fietsen Mijn fiets is alweer kapot na jullie reparatie. Belachelijk!",
        created_at=NOW - 3600,
        author=Author("a1", "@kees@example.social", "Kees"),
        kind=MessageKind.MENTION,
        lang="nl",
    )
    triage(m, own_handles=["fietsen@mastodon.nl"])
    (mid,) = messages.upsert_messages(db, [m], now=NOW).ids
    db.conn.close()
    return mid


def test_the_panel_explains_and_takes_a_correction(qtbot, tmp_path, ui_settings):
    path = tmp_path / "ws" / "workspace.sqlite3"
    mid = _workspace(path)
    w = build_window(path, settings=ui_settings, now=NOW)
    qtbot.addWidget(w)
    w.show()
    panel = w.triage_panel
    qtbot.waitUntil(lambda: panel.explanation is not None and panel.isVisible())
    assert panel.message_id == mid
    said = panel.label.text()
    assert said.startswith("cmstation reads: complaint \u00b7 negative. Why: ")
    assert panel.not_complaint_button.isVisible() and not panel.clear_button.isVisible()

    with qtbot.wait_signal(panel.corrected, timeout=10_000):
        qtbot.mouseClick(panel.not_complaint_button, Qt.MouseButton.LeftButton)
    stored = read_workspace(path, lambda db: corrections.get_correction(db, mid))
    assert stored is not None and stored.not_complaint and stored.mood is None
    m = read_workspace(path, lambda db: messages.get_message(db, mid))
    assert m.priority < Priority.COMPLAINT and m.sentiment == Sentiment.NEGATIVE
    logged = read_workspace(path, lambda db: events.recent(db, "triage_corrected"))
    assert [e["message_id"] for e in logged] == [mid]
    qtbot.waitUntil(lambda: panel.label.text().startswith("You corrected this: not a complaint"))
    assert panel.clear_button.isVisible() and not panel.not_complaint_button.isVisible()
    assert "Saved your correction" in w.status_label.text()

    with qtbot.wait_signal(panel.corrected, timeout=10_000):
        panel.mood_actions[Sentiment.NEUTRAL].trigger()
    m = read_workspace(path, lambda db: messages.get_message(db, mid))
    assert m.sentiment == Sentiment.NEUTRAL
    qtbot.waitUntil(lambda: "mood neutral" in panel.label.text())

    with qtbot.wait_signal(panel.corrected, timeout=10_000):
        qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert read_workspace(path, lambda db: corrections.get_correction(db, mid)) is None
    m = read_workspace(path, lambda db: messages.get_message(db, mid))
    assert m.priority >= Priority.COMPLAINT and m.sentiment == Sentiment.NEGATIVE
    assert m.state in (MessageState.NEW, MessageState.NEEDS_REPLY)
    qtbot.waitUntil(lambda: panel.label.text().startswith("cmstation reads: complaint"))
    w.close()
