from PySide6.QtCore import QSettings, Qt
from read_workspace import read_workspace

from cmstation.core.models import MessageState
from cmstation.storage import messages, open_workspace
from cmstation.ui.shell.app import build_window
from cmstation.ui.shell.main_window import MainWindow


def _state_in_db(path, mid):
    return read_workspace(path, lambda db: messages.get_message(db, mid).state)


def _current(w: MainWindow):
    return w.message_model.message_at(w.current_row())


def test_opens_on_needs_reply_with_the_first_message_shown(qtbot, window):
    m = window.message_model
    assert m.rowCount() > 0
    assert all(m.message_at(r).state == MessageState.NEEDS_REPLY for r in range(m.rowCount()))
    qtbot.waitUntil(lambda: window.conversation.message_id == _current(window).id)
    assert window.stack.currentWidget() is window.splitter
    assert window.reply_area is not None
    assert "need a reply" in window.status_label.text()


def test_navigation_shows_counts_and_channels(qtbot, window, workspace):
    item = window._nav_items[("view", "needs_reply")]
    assert item.text(1) == str(window.message_model.total)
    assert window._nav_items[("channel", workspace["mastodon"])].text(0) == "@fietsen@mastodon.nl"
    with qtbot.wait_signal(window.message_model.reloaded):
        window.select_view(("channel", workspace["bluesky"]))
    m = window.message_model
    assert {m.message_at(r).channel_id for r in range(m.rowCount())} == {workspace["bluesky"]}


def test_j_and_k_move_and_show_the_thread(qtbot, window):
    window.table.setFocus()
    first = _current(window).id
    with qtbot.wait_signal(window.thread_shown):
        qtbot.keyClick(window.table, Qt.Key.Key_J)
    assert window.current_row() == 1
    assert window.conversation.message_id == _current(window).id != first
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window.current_row() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_row() == 1


def test_selecting_marks_read(qtbot, window, workspace):
    assert not window.message_model.message_at(1).read
    mid = window.message_model.message_at(1).id
    with qtbot.wait_signal(window.counts_refreshed, timeout=3000):
        window.select_row(1)
    assert window.message_model.message_at(1).read
    db = open_workspace(workspace["path"])
    try:
        assert messages.get_message(db, mid).read
    finally:
        db.conn.close()


def test_e_marks_done_i_ignores_and_ctrl_z_undoes(qtbot, window, workspace):
    window.table.setFocus()
    first, second = window.message_model.message_at(0), window.message_model.message_at(1)
    with qtbot.wait_signal(window.states_changed):
        qtbot.keyClick(window.table, Qt.Key.Key_E)
    assert _state_in_db(workspace["path"], first.id) == MessageState.DONE
    assert window.message_model.row_of(first.id) == -1  # left "Needs reply"
    assert _current(window).id == second.id  # the next one is selected
    with qtbot.wait_signal(window.states_changed):
        qtbot.keyClick(window.table, Qt.Key.Key_I)
    assert _state_in_db(workspace["path"], second.id) == MessageState.IGNORED
    with qtbot.wait_signal(window.message_model.reloaded):
        qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _state_in_db(workspace["path"], second.id) == MessageState.NEEDS_REPLY
    assert window.message_model.row_of(second.id) >= 0
    assert _current(window).id == second.id  # back where the user was
    with qtbot.wait_signal(window.message_model.reloaded):
        qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _state_in_db(workspace["path"], first.id) == MessageState.NEEDS_REPLY


def test_slash_focuses_search_and_typing_searches(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Slash)
    assert window.search_box.hasFocus()
    with qtbot.wait_signal(window.message_model.reloaded, timeout=3000):
        qtbot.keyClicks(window.search_box, "ketting")  # j, k, e and i are text here
    m = window.message_model
    assert m.rowCount() > 0
    assert all("ketting" in m.message_at(r).text for r in range(m.rowCount()))
    assert _state_in_db(window.workspace_path, m.message_at(0).id) == MessageState.NEEDS_REPLY
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.table.hasFocus()


def test_hostile_search_shows_an_empty_state_not_an_error(qtbot, window):
    with qtbot.wait_signal(window.message_model.reloaded, timeout=3000):
        window.search_box.setText('"unbalanced (AND *')
        window.apply_filter()
    assert window.message_model.rowCount() == 0
    assert window.list_stack.currentWidget() is window.list_empty
    assert "Nothing matches" in window.list_empty.text()
    assert window.list_empty.textFormat() == Qt.TextFormat.PlainText  # the query is user input


def test_the_message_text_column_takes_the_spare_width(window):
    from PySide6.QtWidgets import QHeaderView

    from cmstation.ui.inbox.message_table_model import MessageTableModel as m

    header = window.table.horizontalHeader()
    assert header.sectionResizeMode(m.COL_TEXT) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(m.COL_PRIORITY) == QHeaderView.ResizeMode.Fixed
    assert header.sectionResizeMode(m.COL_AUTHOR) == QHeaderView.ResizeMode.Interactive


def test_sentiment_and_language_filters(qtbot, window):
    with qtbot.wait_signal(window.message_model.reloaded):
        window.select_view(("view", "all"))
    with qtbot.wait_signal(window.message_model.reloaded):
        window.sentiment_combo.setCurrentIndex(window.sentiment_combo.findData("positive"))
    m = window.message_model
    assert m.rowCount() > 0 and {m.message_at(r).sentiment for r in range(m.rowCount())} == {
        "positive"
    }
    with qtbot.wait_signal(window.message_model.reloaded):
        window.lang_combo.setCurrentIndex(window.lang_combo.findData("nl"))
    assert m.rowCount() == 0  # the Dutch ones are all negative in the fixture
    with qtbot.wait_signal(window.message_model.reloaded):
        window.sentiment_combo.setCurrentIndex(0)
    assert m.rowCount() > 0 and {m.message_at(r).lang for r in range(m.rowCount())} == {"nl"}


def test_thread_shows_what_it_answers_and_the_replies(qtbot, window, workspace):
    with qtbot.wait_signal(window.message_model.reloaded):
        window.select_view(("view", "all"))
    while window.message_model.row_of(workspace["thread_reply"]) < 0:
        with qtbot.wait_signal(window.message_model.page_loaded):
            window.message_model.fetchMore()
    with qtbot.wait_signal(window.thread_shown):
        window.select_row(window.message_model.row_of(workspace["thread_reply"]))
    cards = window.conversation.cards
    assert [c.message.id for c in cards] == [
        workspace["thread_root"],
        workspace["thread_reply"],
        workspace["thread_own"],
    ]
    assert [c.property("selected") for c in cards] == [False, True, False]


def test_remote_text_is_plain_text_and_links_go_through_the_window(qtbot, tmp_path, ui_settings):
    from cmstation.core.models import Author, Message
    from cmstation.storage import channels

    path = tmp_path / "h" / "workspace.sqlite3"
    db = open_workspace(path)
    cid = channels.add_channel(db, channels.Channel(kind="mastodon", name="m"))
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id="x",
                text='<img src="http://evil/x.png"><b>hi</b>',
                created_at=1,
                url="javascript:alert(1)",
                state=MessageState.NEEDS_REPLY,
                author=Author(remote_id="a", handle="@a"),
            )
        ],
    ).ids
    db.conn.close()
    w = build_window(path, settings=ui_settings)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.conversation.message_id == mid)
    from PySide6.QtWidgets import QLabel, QPushButton

    labels = w.conversation.findChildren(QLabel)
    body = [lb for lb in labels if lb.objectName() == "messageBody"]
    assert body[0].text() == '<img src="http://evil/x.png"><b>hi</b>'
    assert body[0].textFormat() == Qt.TextFormat.PlainText
    assert not [
        b for b in w.conversation.findChildren(QPushButton) if b.objectName() == "linkButton"
    ]
    w.close()


def test_open_in_browser_hands_the_url_to_the_desktop(qtbot, window):
    """The link button goes through the window's wiring to QDesktopServices.openUrl; Qt's own
    URL-handler hook takes the call here instead of a real browser."""
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QPushButton

    class Browser(QObject):
        def __init__(self):
            super().__init__()
            self.opened = []

        @Slot(QUrl)
        def open(self, url):
            self.opened.append(url.toString())

    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        qtbot.waitUntil(lambda: bool(window.conversation.cards))
        button = next(
            b
            for b in window.conversation.findChildren(QPushButton)
            if b.objectName() == "linkButton"
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(browser.opened))
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [_current(window).url]


def test_layout_is_remembered(qtbot, workspace, ui_settings):
    w = build_window(workspace["path"], settings=ui_settings)
    qtbot.addWidget(w)
    w.show()
    w.resize(720, 520)  # within the offscreen screen (800x600)
    w.splitter.setSizes([150, 330, 230])
    sizes, width = w.splitter.sizes(), w.width()
    w.close()
    again = build_window(
        workspace["path"], settings=QSettings(ui_settings.fileName(), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    again.show()
    assert again.splitter.sizes() == sizes
    assert again.width() == width
    again.close()


def test_empty_workspace_shows_the_welcome_view(qtbot, tmp_path, ui_settings, monkeypatch):
    w = build_window(tmp_path / "empty" / "workspace.sqlite3", settings=ui_settings)
    qtbot.addWidget(w)
    assert w.stack.currentWidget() is w.welcome
    with qtbot.wait_signal(w.listening.dialog_opened) as opened:
        qtbot.mouseClick(w.welcome.setup_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert (
        dialog.objectName() == "channelDialog"
    )  # the set-up dialog (tests/ui/test_channel_dialog.py)
    dialog.reject()
    w.sample_requested.disconnect()  # the app would open the sample in a new window
    with qtbot.wait_signal(w.sample_requested):
        qtbot.mouseClick(w.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(w, Qt.Key.Key_E)  # keyboard actions do nothing on the welcome view
    w.close()


def test_enter_opens_the_conversation_and_escape_goes_back(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.conversation.hasFocus()
    assert window.conversation.message_id == _current(window).id
    qtbot.keyClick(window.conversation, Qt.Key.Key_Escape)
    assert window.table.hasFocus()


def test_the_composer_can_replace_the_reply_area(qtbot, window):
    from PySide6.QtWidgets import QTextEdit

    composer = QTextEdit()
    window.set_reply_area(composer)
    assert window.reply_area is composer
    assert window.right_splitter.widget(1) is composer


def test_language_choice_is_stored_for_the_next_start(qtbot, window, ui_settings):
    window.language_actions["nl"].trigger()
    assert ui_settings.value("ui/language") == "nl"
    assert "next time" in window.status_label.text()
    window.language_actions[""].trigger()
    assert ui_settings.value("ui/language") == ""


def test_saved_searches_appear_in_the_navigation_and_filter_the_list(qtbot, workspace, ui_settings):
    from cmstation.storage import saved_searches

    db = open_workspace(workspace["path"])
    sid = saved_searches.add_saved_search(db, "Kettingen", "ketting", now=1)
    db.conn.close()
    w = build_window(workspace["path"], settings=ui_settings)
    qtbot.addWidget(w)
    key = next(k for k in w._nav_items if k[0] == "search")
    assert key[1] == sid and w._nav_items[key].text(0) == "Kettingen"
    with qtbot.wait_signal(w.message_model.reloaded):
        w.select_view(key)
    m = w.message_model
    assert m.rowCount() > 0 and all("ketting" in m.message_at(r).text for r in range(m.rowCount()))
    w.close()


def test_j_at_the_end_of_a_page_loads_the_next_one(qtbot, window):
    from cmstation.ui.inbox import message_table_model

    with qtbot.wait_signal(window.message_model.reloaded):
        window.message_model._page_size = 10
        window.select_view(("view", "all"))
    assert window.message_model.rowCount() == 10
    window.select_row(8)
    with qtbot.wait_signal(window.message_model.page_loaded):
        qtbot.keyClick(window.table, Qt.Key.Key_J)
    assert window.message_model.rowCount() == 20
    assert message_table_model.PAGE_SIZE == 200


def test_a_failing_task_is_reported_in_the_status_bar(qtbot, window, caplog):
    def boom(db):
        raise RuntimeError("disk on fire")

    with qtbot.wait_signal(window.tasks.idle):
        window.tasks.run(boom)
    said = window.status_label.text()
    assert "Something unexpected went wrong. The details are in the log" in said
    assert "disk on fire" not in said and "RuntimeError" not in said  # no internal text
    [record] = [r for r in caplog.records if "disk on fire" in r.getMessage()]
    assert record.exc_info is not None  # the traceback is in the log


def test_a_state_change_right_before_closing_is_not_lost(qtbot, window, workspace):
    mid = _current(window).id
    window.change_state(MessageState.DONE)
    window.close()  # the worker finishes what is queued before it stops
    assert _state_in_db(workspace["path"], mid) == MessageState.DONE


def test_typing_a_reply_never_triggers_the_list_shortcuts(qtbot, window):
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    editors = window.reply_area.findChildren(QPlainTextEdit) + window.reply_area.findChildren(
        QTextEdit
    )
    editor = next(e for e in editors if not e.isReadOnly())
    before = window.current_message_id()
    editor.setFocus()
    qtbot.keyClicks(editor, "jkei/")
    assert window.current_message_id() == before
    assert window.message_model.row_of(before) >= 0  # not marked done or ignored
    assert "jkei/" in editor.toPlainText()
    assert not window.search_box.hasFocus()


def test_counts_say_what_they_count(qtbot, window, workspace):
    """ "All messages N" is how many messages there are (unread in its tooltip), the status
    bar never says "4 of 3 loaded", and counts use plural forms ("1 needs a reply")."""
    total = read_workspace(
        workspace["path"], lambda db: sum(messages.nav_counts(db).by_state.values())
    )
    item = window._nav_items[("view", "all")]
    assert item.text(1) == str(total)
    assert "unread" in item.toolTip(1) and f"{total} messages" in item.toolTip(1)
    model = window.message_model
    model._total = max(0, model.rowCount() - 1)  # a count taken before new ones arrived
    window._update_status()
    text = window.status_label.text()
    assert " of " not in text.split("·")[0] and f"{model.rowCount()} messages" in text
    assert "need a reply" in text or "needs a reply" in text
