"""Reactions and moderation in the window: keys and the Message menu queue them, the
conversation shows them, what the network cannot do is refused in the status line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from read_workspace import read_workspace

from cmstation.core.actions import ActionKind, ActionState
from cmstation.storage import actions


def _current(w):
    return w.message_model.message_at(w.current_row())


def _actions(path, mid):
    return read_workspace(
        path, lambda db: [(a.kind, a.undo, a.state) for a in actions.for_message(db, mid)]
    )


def _mastodon_row(qtbot, window, workspace):
    window.ensure_ready()
    window.outbox.controller.stop_schedule()
    window.outbox.controller.standby = (
        "test"  # nothing is sent in these tests: we look at the queue
    )
    with qtbot.wait_signal(window.message_model.reloaded):
        window.select_view(("channel", workspace["mastodon"]))
    window.select_row(0)
    qtbot.waitUntil(lambda: window.conversation.message_id == _current(window).id)
    return _current(window)


def test_l_likes_and_again_takes_it_back(qtbot, window, workspace):
    m = _mastodon_row(qtbot, window, workspace)
    window.table.setFocus()
    with qtbot.wait_signal(window.thread_shown, timeout=3000):
        qtbot.keyClick(window.table, Qt.Key.Key_L)
    assert _actions(workspace["path"], m.id) == [(ActionKind.LIKE, False, ActionState.QUEUED)]
    card = next(c for c in window.conversation.cards if c.message.id == m.id)
    assert card.notes == ["you liked this (waiting to be sent)"]
    assert "you liked this" in window.status_label.text()
    with qtbot.wait_signal(window.thread_shown, timeout=3000):
        qtbot.keyClick(window.table, Qt.Key.Key_L)  # not sent yet: the like is taken back
    assert _actions(workspace["path"], m.id) == []
    assert "nothing goes" in window.status_label.text()


def test_the_message_menu_offers_what_the_network_can_do(qtbot, window, workspace):
    _mastodon_row(qtbot, window, workspace)
    window._update_message_menu()
    enabled = {k for k, a in window.reaction_actions.items() if a.isEnabled()}
    assert enabled == {
        ActionKind.LIKE,
        ActionKind.BOOST,
        ActionKind.MUTE,
        ActionKind.BLOCK,
        ActionKind.REPORT,
    }  # Mastodon cannot hide a reply; nothing here quotes us
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_H)
    assert "not possible here" in window.status_label.text()


def test_report_asks_why_and_block_asks_first(qtbot, window, workspace):
    m = _mastodon_row(qtbot, window, workspace)
    window._ask_report = lambda: ("spam", "a bot")
    window._confirm_block = lambda: False
    window.react(ActionKind.BLOCK)  # said no: nothing queued
    with qtbot.wait_signal(window.thread_shown, timeout=3000):
        window.react(ActionKind.REPORT)
    got = read_workspace(workspace["path"], lambda db: actions.for_message(db, m.id))
    assert [(a.kind, a.detail["reason"], a.detail["comment"]) for a in got] == [
        (ActionKind.REPORT, "spam", "a bot")
    ]


def test_reading_a_private_message_queues_marking_it_read(qtbot, tmp_path, ui_settings):
    from window_steps import open_window

    from cmstation.core.models import (
        Author,
        Channel,
        ChannelKind,
        Message,
        MessageKind,
        MessageState,
    )
    from cmstation.storage import channels, messages, open_workspace

    path = tmp_path / "dm" / "workspace.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(db, Channel(kind=ChannelKind.MASTODON, name="@eva"))
    (dm,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id="55",
                text="psst, mijn ordernummer",
                created_at=1_763_000_000,
                kind=MessageKind.DIRECT,
                thread_root_id="conv:7",
                state=MessageState.NEEDS_REPLY,
                author=Author("9", "kees@example.nl"),
            )
        ],
    ).ids
    db.conn.close()
    w = open_window(qtbot, path, ui_settings, now=1_763_000_100)
    w.ensure_ready()
    w.outbox.controller.stop_schedule()
    w.outbox.controller.standby = "test"
    w.select_row(0)
    qtbot.waitUntil(lambda: _actions(path, dm) == [(ActionKind.READ, False, ActionState.QUEUED)])
    card = next(c for c in w.conversation.cards if c.message.id == dm)
    assert "private message" in card._tags(card.message) and card.notes == []
    w.close()
