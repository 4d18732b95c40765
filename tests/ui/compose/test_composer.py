"""The reply composer in the main window: checks as you type, fixes, counter, drafts, send."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from read_workspace import read_workspace
from window_steps import open_window, select_in_composer

from cmstation.compose.reply_target import count_for
from cmstation.core.models import Channel, ChannelKind, Message, MessageState, Priority, Sentiment
from cmstation.core.outbox_item import OutboxState
from cmstation.core.profile import Profile
from cmstation.storage import channels as channel_store
from cmstation.storage import drafts as draft_store
from cmstation.storage import messages as message_store
from cmstation.storage import open_workspace
from cmstation.storage import outbox as outbox_store
from cmstation.storage import profile as profile_store
from cmstation.ui.compose.findings_panel import render_message

NOW = 1_763_000_000
EVA = Profile(
    display_name="Eva", role="webcare", signoff="^Eva", register="je", brand_words=["Bakfiets"]
)


@pytest.fixture
def ws(workspace):
    """The UI test workspace with Eva's profile and a manual channel with one item."""
    db = open_workspace(workspace["path"])
    profile_store.save_profile(db, EVA)
    manual = channel_store.add_channel(
        db, Channel(kind=ChannelKind.MANUAL, name="By hand"), now=NOW
    )
    ids = message_store.upsert_messages(
        db,
        [
            Message(
                channel_id=manual,
                remote_id="li-1",
                text="Terrible service, my order never came.",
                created_at=NOW - 10,
                url="https://www.linkedin.com/feed/update/1",
                state=MessageState.NEEDS_REPLY,
                sentiment=Sentiment.NEGATIVE,
                priority=Priority.COMPLAINT,
            )
        ],
        now=NOW,
    ).ids
    # a stored reply to the first Bluesky complaint, for the context snapshot
    first = message_store.get_message(db, workspace["ids"][0])
    message_store.upsert_messages(
        db,
        [
            Message(
                channel_id=first.channel_id,
                remote_id="r0-reply",
                text="Same here!",
                created_at=NOW - 5,
                in_reply_to_id=first.remote_id,
                thread_root_id=first.remote_id,
            )
        ],
        now=NOW,
    )
    db.conn.close()
    workspace["manual_item"] = ids[0]
    return workspace


@pytest.fixture
def win(qtbot, ws, ui_settings):
    w = open_window(qtbot, ws["path"], ui_settings, now=NOW)
    yield w
    w.close()


def _type(qtbot, c, text, *, paste=False):
    """Replace the composer's text by typing (or pasting) it, and wait for the checks.
    (QTest cannot type characters outside the BMP: those are pasted.)"""
    c.edit.setFocus()
    c.edit.selectAll()
    with qtbot.wait_signal(c.checked, timeout=2000):
        if paste:
            c.edit.insertPlainText(text)
        else:
            qtbot.keyClicks(c.edit, text)
    qtbot.waitUntil(lambda: c._checked_text == c.text())


def _underlines(c):
    out = []
    block = c.edit.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                out.append(
                    (
                        block.position() + r.start,
                        block.position() + r.start + r.length,
                        r.format.underlineColor().name(),
                    )
                )
        block = block.next()
    return out


def _row(c, rule):
    rows = [r for r in c.findings.rows if r.finding.rule == rule]
    assert rows, f"no finding row for {rule}: {[r.finding.rule for r in c.findings.rows]}"
    return rows[0]


COMPLAINT_REPLY = "We apologize for any inconvenience. We will look into it."


def test_complaint_reply_shows_findings_underlined_at_their_offsets(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][0])  # a negative complaint on Bluesky
    assert c.message.sentiment == Sentiment.NEGATIVE
    _type(qtbot, c, COMPLAINT_REPLY)
    rules = {f.rule: f for f in c.result.findings}
    assert "no_signature" in rules
    cliche = next(f for f in c.result.findings if f.category == "corporate_jargon")
    assert COMPLAINT_REPLY[cliche.start : cliche.end] == cliche.snippet
    assert "inconvenience" in cliche.snippet
    spans = _underlines(c)
    assert any(s <= cliche.start and e >= cliche.end for s, e, _ in spans), spans
    # the list beside the text has a row per finding, with its message
    assert len(c.findings.rows) == len(c.result.findings)
    assert "sign-off" in _row(c, "no_signature").message_label.text()
    assert c.gauge.score == c.result.score < 100


def test_underlines_follow_emoji_outside_the_bmp(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][0])
    _type(qtbot, c, "\U0001f44d\U0001f3fd We apologize for any inconvenience. ^Eva", paste=True)
    cliche = next(f for f in c.result.findings if f.category == "corporate_jargon")
    # two astral characters before the finding: Qt positions are two further on
    assert any(s == cliche.start + 2 and e == cliche.end + 2 for s, e, _ in _underlines(c))


def test_tooltip_finding_under_the_mouse(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][0])
    _type(qtbot, c, COMPLAINT_REPLY)
    cliche = next(f for f in c.result.findings if f.category == "corporate_jargon")
    assert c.highlighter.finding_at(cliche.start + 1) == cliche
    assert c.highlighter.finding_at(len(COMPLAINT_REPLY) + 10) is None


def test_clicking_a_suggestion_fixes_it_and_keeps_the_cursor(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][1])
    _type(qtbot, c, "Thanks for the photo!! We fix it today. ^Eva")
    row = _row(c, "shouting_punctuation")
    assert row.apply_button is not None
    before = c.result.score
    end = len(c.text())
    qtbot.mouseClick(row.apply_button, Qt.MouseButton.LeftButton)
    assert c.text() == "Thanks for the photo! We fix it today. ^Eva"
    assert "shouting_punctuation" not in {f.rule for f in c.result.findings}
    assert c.result.score > before
    assert c.edit.textCursor().position() == end - 1  # still at the end, after the edit
    # undo brings the old text back in one step
    c.edit.undo()
    assert c.text() == "Thanks for the photo!! We fix it today. ^Eva"


def test_dismiss_hides_a_finding_for_this_draft_only(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][0])
    _type(qtbot, c, COMPLAINT_REPLY)
    n = len(c.result.findings)
    score = c.result.score
    qtbot.mouseClick(_row(c, "no_signature").dismiss_button, Qt.MouseButton.LeftButton)
    assert "no_signature" not in {f.rule for f in c.result.findings}
    assert len(c.result.findings) == n - 1 and c.result.score > score
    # another message's draft still gets the remark
    c2 = select_in_composer(qtbot, win, ws["ids"][1])
    _type(qtbot, c2, "Fine, we will look into it.")
    assert "no_signature" in {f.rule for f in c2.result.findings}


def test_counter_counts_graphemes_on_bluesky_and_characters_on_mastodon(qtbot, win, ws):
    thumbs = "\U0001f44d\U0001f3fd"  # thumbs up with a skin tone: one grapheme, two code points
    c = select_in_composer(qtbot, win, ws["ids"][0])
    assert c.channel.kind == ChannelKind.BLUESKY
    _type(qtbot, c, thumbs * 3, paste=True)
    assert c.counter.text() == "3 / 300"
    _type(qtbot, c, "x" * 301)
    assert c.counter.text() == "301 / 300" and c.counter_over()
    assert any(f.category == "too_long" for f in c.result.findings)
    _type(qtbot, c, "ok")
    assert not c.counter_over()

    c = select_in_composer(qtbot, win, ws["ids"][1])
    assert c.channel.kind == ChannelKind.MASTODON
    _type(qtbot, c, "Hi @anna@example.social see https://example.com/a/very/long/path/to/a/page")
    assert c.counter.text() == f"{len('Hi @anna see ') + 23} / 500"
    assert count_for("abc", "mastodon", 11) == (3, 11, "characters")
    assert count_for(thumbs, "bluesky", None)[0] == 1


def test_signoff_button_and_automatic_signoff(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][3])
    assert c.channel.kind == ChannelKind.BLUESKY
    assert c.text() == "\n^Eva" and c.edit.textCursor().position() == 0  # a new reply
    _type(qtbot, c, "Sorry, that is annoying")
    assert "no_signature" in {f.rule for f in c.result.findings}
    qtbot.mouseClick(c.signoff_button, Qt.MouseButton.LeftButton)
    assert c.text() == "Sorry, that is annoying\n^Eva"  # on a line of its own
    assert "no_signature" not in {f.rule for f in c.result.findings}


def test_a_click_anywhere_in_a_new_reply_starts_typing_before_the_signoff(qtbot, win, ws):
    """A click below the text (Qt puts the cursor at the end, after the sign-off) or Tab
    into the field: the cursor goes to where the reply starts while nothing is typed."""
    c = select_in_composer(qtbot, win, ws["ids"][3])
    c.edit.clearFocus()
    bottom = c.edit.viewport().rect().bottomRight() - QPoint(4, 4)
    qtbot.mouseClick(c.edit.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
    qtbot.keyClicks(c.edit, "Hoi Lotte, sorry!")
    assert c.text() == "Hoi Lotte, sorry!\n^Eva"
    assert "signoff_glued" not in {f.rule for f in c.result.findings}
    # once there is text of the user's own, a click goes where it lands
    qtbot.mouseClick(c.edit.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
    assert c.edit.textCursor().position() == len(c.text())


def test_a_signoff_glued_to_the_text_is_a_finding(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][3])
    _type(qtbot, c, "Sorry voor het wachten! ^EvaHoi Lotte")
    glued = [f for f in c.result.findings if f.rule == "signoff_glued"]
    assert glued and glued[0].severity.value == "warning"
    assert "runs into the text" in render_message(glued[0])


def test_a_new_mastodon_reply_mentions_the_author(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][2])
    assert c.channel.kind == ChannelKind.MASTODON
    handle = c.message.author_handle
    assert c.text() == f"{handle} \n^Eva"
    assert c.edit.textCursor().position() == len(handle) + 1
    qtbot.keyClicks(c.edit, "Thanks!")
    assert c.text() == f"{handle} Thanks!\n^Eva"
    # nothing typed yet is no draft: the prefill alone is never saved
    c2 = select_in_composer(qtbot, win, ws["ids"][5])
    assert c2.text().startswith("@") and c2._state() == c2._saved_state


def test_language_override_changes_the_checks(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][0])
    _type(qtbot, c, "Wat vervelend, sorry! Kunt u ons een DM sturen? ^Eva")
    assert c.result.lang == "nl"
    assert "register_mix" in {f.category for f in c.result.findings}  # profile says je
    assert c.register_label.isVisible() and "je" in c.register_label.text()
    c.lang_combo.setCurrentIndex(c.lang_combo.findData("en"))
    assert c.result.lang == "en"
    assert "register_mix" not in {f.category for f in c.result.findings}


def test_draft_is_saved_and_restored_after_restart(qtbot, ws, ui_settings):
    w = open_window(qtbot, ws["path"], ui_settings, now=NOW)
    mid = ws["ids"][4]
    c = select_in_composer(qtbot, w, mid)
    _type(qtbot, c, "Sorry to hear that, Bram. We will fix it")
    c.lang_combo.setCurrentIndex(c.lang_combo.findData("en"))
    cursor = c.edit.textCursor()
    cursor.setPosition(5)
    c.edit.setTextCursor(cursor)
    with qtbot.wait_signal(c.draft_saved, timeout=3000):
        pass  # written by the debounce timer, well within a second
    text = c.text()
    # switching messages saves first; switching back restores
    select_in_composer(qtbot, w, ws["ids"][0])
    select_in_composer(qtbot, w, mid)
    assert (c.text(), c.edit.textCursor().position(), c.language_override()) == (text, 5, "en")
    w.close()

    db = open_workspace(ws["path"])
    d = draft_store.draft_for_message(db, mid)
    db.conn.close()
    assert (d.text, d.cursor, d.lang) == (text, 5, "en")

    w2 = open_window(qtbot, ws["path"], ui_settings, now=NOW)
    c2 = select_in_composer(qtbot, w2, mid)
    assert (c2.text(), c2.edit.textCursor().position(), c2.language_override()) == (text, 5, "en")
    assert c2.draft_id == d.id
    w2.close()


def test_typing_one_key_shortcut_letters_stays_in_the_text(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][0])
    row = win.current_row()
    _type(qtbot, c, "jkei/")
    assert c.text() == "jkei/"
    assert win.current_row() == row
    assert c.message_id == ws["ids"][0]


def test_closing_the_window_keeps_what_was_just_typed(qtbot, ws, ui_settings):
    w = open_window(qtbot, ws["path"], ui_settings, now=NOW)
    c = select_in_composer(qtbot, w, ws["ids"][3])
    c.edit.setFocus()
    qtbot.keyClicks(c.edit, "Half a sentence")
    w.close()  # before the save timer fired
    db = open_workspace(ws["path"])
    d = draft_store.draft_for_message(db, ws["ids"][3])
    db.conn.close()
    assert d is not None and d.text.startswith("Half a sentence")


def _outbox(path):
    return read_workspace(
        path, lambda db: (outbox_store.list_items(db), draft_store.list_drafts(db))
    )


def test_ctrl_enter_with_an_error_blocks_until_overridden(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][0])
    _type(qtbot, c, "Sorry! " + "x" * 320 + " ^Eva")  # over Bluesky's 300: an error
    asked = []
    c.ask = lambda title, text, ok: asked.append((title, text, ok)) or False
    qtbot.keyClick(c.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and asked[0][2] == "Send anyway"
    assert c.text().startswith("Sorry!")
    assert _outbox(ws["path"])[0] == []
    c.ask = lambda *a: True
    with qtbot.wait_signal(c.reply_queued, timeout=3000) as sig:
        qtbot.keyClick(c.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    items, _ = _outbox(ws["path"])
    assert [i.id for i in items] == [sig.args[0]]


def test_send_with_warnings_asks_once_then_queues_and_removes_the_draft(qtbot, win, ws):
    mid = ws["ids"][0]
    c = select_in_composer(qtbot, win, mid)
    _type(qtbot, c, COMPLAINT_REPLY + " ^Eva")
    with qtbot.wait_signal(c.draft_saved, timeout=3000):
        pass
    assert _outbox(ws["path"])[1][0].message_id == mid
    asked = []
    c.ask = lambda title, text, ok: asked.append(title) or True
    text = c.text()
    with qtbot.wait_signal(c.reply_queued, timeout=3000) as sig:
        qtbot.keyClick(c.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    items, drafts = _outbox(ws["path"])
    assert drafts == []
    (item,) = items
    assert item.id == sig.args[0]
    assert (item.message_id, item.text, item.state) == (mid, text, OutboxState.QUEUED)
    assert item.context == {"known_replies": ["r0-reply"]}
    assert len(item.delivery_key) == 13  # a Bluesky TID
    assert c.text() == ""


def test_a_clean_reply_queues_without_asking(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][1])
    _type(qtbot, c, "Thanks Bram, glad you like the new bike! ^Eva")
    assert c.result.worst is None or c.result.worst.rank == 0
    c.ask = lambda *a: pytest.fail("asked for a clean reply")
    with qtbot.wait_signal(c.reply_queued, timeout=3000):
        qtbot.mouseClick(c.send_button, Qt.MouseButton.LeftButton)
    (item,), _ = _outbox(ws["path"])
    assert item.not_before is None and len(item.delivery_key) == 32


def test_send_later_queues_with_not_before(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][1])
    _type(qtbot, c, "Thanks Bram, glad you like the new bike! ^Eva")
    c.pick_time = lambda: NOW + 7200
    with qtbot.wait_signal(c.reply_queued, timeout=3000):
        qtbot.mouseClick(c.later_button, Qt.MouseButton.LeftButton)
    (item,), _ = _outbox(ws["path"])
    assert item.not_before == NOW + 7200


def test_manual_channel_copies_opens_and_marks_sent_only_when_confirmed(qtbot, win, ws):
    from PySide6.QtGui import QGuiApplication

    c = select_in_composer(qtbot, win, ws["manual_item"])
    assert c.send_button.text() == "Copy reply and open the post"
    assert not c.later_button.isVisible()
    _type(qtbot, c, "Sorry, that should not happen. Can you DM us your order number? ^Eva")
    opened, asked = [], []
    c.open_url = lambda u: opened.append(u) or True  # a browser started
    c.ask = lambda title, text, ok: asked.append(text) or False
    qtbot.mouseClick(c.send_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == c.text()
    assert [u.toString() for u in opened] == ["https://www.linkedin.com/feed/update/1"]
    assert "the post is open in your browser" in asked[-1]
    assert _outbox(ws["path"])[0] == []  # not confirmed: nothing sent, text kept
    assert c.text().startswith("Sorry")

    c.ask = lambda *a: True
    with qtbot.wait_signal(c.reply_marked_sent, timeout=3000) as sig:
        qtbot.mouseClick(c.send_button, Qt.MouseButton.LeftButton)
    (item,), drafts = _outbox(ws["path"])
    assert item.id == sig.args[0] and item.state == OutboxState.SENT
    assert item.remote_id == f"manual:{item.delivery_key}"
    assert item.remote_url == "https://www.linkedin.com/feed/update/1"
    assert drafts == []
    db = open_workspace(ws["path"])
    assert message_store.get_message(db, ws["manual_item"]).state == MessageState.REPLIED
    db.conn.close()


def test_no_browser_is_said_and_the_reply_stays_on_the_clipboard(qtbot, win, ws):
    """When no browser could start, the question says so and names the post's address;
    once confirmed, the conversation shows the reply as yours (not "(unknown)")."""
    from PySide6.QtGui import QGuiApplication

    c = select_in_composer(qtbot, win, ws["manual_item"])
    _type(qtbot, c, "Sorry, that should not happen. Can you DM us your order number? ^Eva")
    asked = []
    c.open_url = lambda u: False  # QDesktopServices.openUrl found no browser
    c.ask = lambda title, text, ok: asked.append(text) or True
    with qtbot.wait_signal(c.reply_marked_sent, timeout=3000):
        qtbot.mouseClick(c.send_button, Qt.MouseButton.LeftButton)
    assert "no browser could be started" in asked[0]
    assert "https://www.linkedin.com/feed/update/1" in asked[0]
    assert "open in your browser" not in asked[0]
    assert QGuiApplication.clipboard().text().startswith("Sorry, that should not happen")
    from PySide6.QtWidgets import QLabel

    from cmstation.ui.inbox.conversation_view import MessageCard

    def own_cards():
        return [c for c in win.conversation.findChildren(MessageCard) if c.message.is_own]

    with qtbot.wait_signal(win.thread_shown, timeout=3000):
        win._show_thread(ws["manual_item"])
    qtbot.waitUntil(lambda: bool(own_cards()))
    assert own_cards()[0].findChildren(QLabel)[0].text() == "You"


def test_a_failed_draft_write_is_said_and_tried_again(qtbot, win, ws, monkeypatch):
    c = select_in_composer(qtbot, win, ws["ids"][0])
    real = draft_store.save_draft
    calls = []

    def flaky(db, **kw):
        calls.append(kw["text"])
        if len(calls) == 1:
            raise OSError("disk full")
        return real(db, **kw)

    monkeypatch.setattr(draft_store, "save_draft", flaky)
    with qtbot.wait_signal(c.status_changed, timeout=3000) as sig:
        _type(qtbot, c, "First words")
    assert "disk full" in sig.args[0]
    with qtbot.wait_signal(c.draft_saved, timeout=3000):
        qtbot.keyClicks(c.edit, "!")
    assert calls[-1] == "First words!"


def test_ctrl_enter_from_the_findings_list_sends_once(qtbot, win, ws):
    c = select_in_composer(qtbot, win, ws["ids"][1])
    _type(qtbot, c, "Thanks for the photo!! We fix it today. ^Eva")
    asked = []
    c.ask = lambda *a: asked.append(a) or False
    row = _row(c, "shouting_punctuation")
    row.apply_button.setFocus()
    qtbot.keyClick(row.apply_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    c.edit.setFocus()
    qtbot.keyClick(c.edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2  # once for each press, never twice for one


def test_hovering_an_underline_shows_its_message(qtbot, win, ws):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    c = select_in_composer(qtbot, win, ws["ids"][0])
    _type(qtbot, c, COMPLAINT_REPLY)
    cliche = next(f for f in c.result.findings if f.category == "corporate_jargon")
    cur = QTextCursor(c.edit.document())
    cur.setPosition(cliche.start + 3)
    pos = c.edit.cursorRect(cur).center()
    assert c.edit.finding_at_point(pos) == cliche
    event = QHelpEvent(QEvent.Type.ToolTip, pos, c.edit.viewport().mapToGlobal(pos))
    QApplication.sendEvent(c.edit.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == render_message(cliche) and "phrase" in QToolTip.text()
    QToolTip.hideText()
