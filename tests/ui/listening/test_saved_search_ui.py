"""Managing saved searches from the window: the navigation's context menu, edit, remove."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from cmstation.core.models import Channel, ChannelKind
from cmstation.storage import channels, open_workspace, saved_searches


def _stored(workspace):
    db = open_workspace(workspace["path"])
    try:
        return saved_searches.list_saved_searches(db)
    finally:
        db.conn.close()


def _cursor(workspace, sid):
    db = open_workspace(workspace["path"])
    try:
        return saved_searches.search_cursor(db, sid)
    finally:
        db.conn.close()


def _key(window, sid):
    return next(k for k in window._nav_items if k[0] == "search" and k[1] == sid)


def _right_click(window, key):
    """What a right click on the entry does: the nav's context-menu request at its place."""
    window.saved_search_menu.context_menu = None
    rect = window.nav.visualItemRect(window._nav_items[key])
    window.nav.customContextMenuRequested.emit(rect.center())
    return window.saved_search_menu.context_menu


@pytest.fixture
def searches(workspace):
    """A local search ("ketting") and one listened for on the Mastodon channel, with a
    cursor; plus a feed channel, which cannot search."""
    db = open_workspace(workspace["path"])
    local = saved_searches.add_saved_search(db, "Kettingen", "ketting", listen=False, now=1)
    listened = saved_searches.add_saved_search(
        db, "Bakfiets", "#bakfiets", channel_id=workspace["mastodon"], lang="nl", now=2
    )
    saved_searches.save_search_cursor(db, local, {"since_id": "7"})
    saved_searches.save_search_cursor(db, listened, {"since_id": "9"})
    feed = channels.add_channel(
        db, Channel(kind=ChannelKind.FEED, name="Fietsblog", url="https://example.org/feed")
    )
    db.conn.close()
    return {"local": local, "listened": listened, "feed": feed}


@pytest.fixture
def win(qtbot, workspace, searches, ui_settings, ui_now):
    from cmstation.ui.shell.app import build_window

    w = build_window(workspace["path"], settings=ui_settings, now=ui_now)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: getattr(w, "_counts", None) is not None)
    yield w
    w.close()


def _show(qtbot, w, key):
    w.select_view(key)
    qtbot.waitUntil(lambda: w.message_model.filter == w.current_filter())


def test_the_context_menu_acts_on_saved_searches_only(win, workspace, searches):
    menu = _right_click(win, _key(win, searches["local"]))
    assert [a.text() for a in menu.actions()] == [
        "Edit\u2026",
        "Listen on a channel\u2026",
        "",
        "Remove\u2026",
    ]
    menu.close()
    menu = _right_click(win, _key(win, searches["listened"]))
    assert [a.text() for a in menu.actions()][:2] == ["Edit\u2026", "Stop listening"]
    menu.close()
    assert _right_click(win, ("channel", workspace["mastodon"])) is None
    assert _right_click(win, ("view", "all")) is None
    win.listening.context_menu.close()  # the channel's own menu still comes from listening


def test_edit_changes_the_stored_search_and_its_entry(qtbot, win, workspace, searches):
    sid = searches["local"]
    _show(qtbot, win, _key(win, sid))
    menu = _right_click(win, _key(win, sid))
    menu.actions()[0].trigger()
    dlg = win.saved_search_menu.dialog
    assert dlg.isVisible() and dlg.name_edit.text() == "Kettingen"
    assert not dlg.exclude_edit.isEnabled()  # only used when a channel listens
    names = [dlg.channel_combo.itemText(i) for i in range(dlg.channel_combo.count())]
    assert len(names) == 3 and not any("Fietsblog" in n for n in names)  # a feed cannot search
    dlg.name_edit.setText("  Cargo  bikes ")
    dlg.query_edit.setText("cargo   bike")
    dlg.channel_combo.setCurrentIndex(dlg.channel_combo.findData(workspace["bluesky"]))
    assert dlg.exclude_edit.isEnabled()
    dlg.exclude_edit.setText("te koop vacature")
    dlg.lang_combo.setCurrentIndex(dlg.lang_combo.findData("en"))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert not dlg.isVisible()
    assert [s for s in _stored(workspace) if s.id == sid] == [
        saved_searches.SavedSearch(
            sid, "Cargo bikes", "cargo bike", workspace["bluesky"], "te, koop, vacature", "en", True
        )
    ]
    assert _cursor(workspace, sid) == {}  # new terms: the next sweep starts afresh
    key = _key(win, sid)
    assert key == ("search", sid, "cargo bike", workspace["bluesky"])
    assert win._nav_items[key].text(0) == "Cargo bikes"
    assert win.nav.currentItem() is win._nav_items[key]  # still the view shown
    assert win.current_filter().search == "cargo bike"
    assert "Cargo bikes" in win.statusBar().currentMessage()


def test_renaming_keeps_the_cursor(win, workspace, searches):
    sid = searches["listened"]
    dlg = win.saved_search_menu.edit(sid)
    assert dlg.channel_combo.currentData() == workspace["mastodon"]
    assert dlg.lang_combo.currentData() == "nl"
    dlg.name_edit.setText("Bakfietsen")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert [s.name for s in _stored(workspace) if s.id == sid] == ["Bakfietsen"]
    assert _cursor(workspace, sid) == {"since_id": "9"}


@pytest.mark.parametrize(
    ("name", "query", "problem"),
    [("", "ketting", "name"), ("   ", "ketting", "name"), ("Kettingen", " # ", "search for")],
)
def test_an_empty_name_or_query_is_refused_with_a_message(
    win, workspace, searches, name, query, problem
):
    before = _stored(workspace)
    dlg = win.saved_search_menu.edit(searches["local"])
    dlg.name_edit.setText(name)
    dlg.query_edit.setText(query)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dlg.isVisible()
    assert dlg.error_label.isVisibleTo(dlg) and problem in dlg.error_label.text()
    assert _stored(workspace) == before
    dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dlg.isVisible()
    assert _stored(workspace) == before


def test_listen_on_a_channel_opens_the_dialog_at_the_channel(qtbot, win, workspace, searches):
    menu = _right_click(win, _key(win, searches["local"]))
    menu.actions()[1].trigger()
    dlg = win.saved_search_menu.dialog
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.channel_combo)
    assert "feed and manual channels" in dlg.channel_note.text()
    dlg.channel_combo.setCurrentIndex(dlg.channel_combo.findData(workspace["mastodon"]))
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [s] = [s for s in _stored(workspace) if s.id == searches["local"]]
    assert s.listen and s.channel_id == workspace["mastodon"]


def test_stop_listening_keeps_it_as_an_inbox_filter(win, workspace, searches):
    sid = searches["listened"]
    menu = _right_click(win, _key(win, sid))
    menu.actions()[1].trigger()  # "Stop listening"
    [s] = [s for s in _stored(workspace) if s.id == sid]
    assert not s.listen and s.channel_id is None and s.query == "#bakfiets"
    assert _key(win, sid) == ("search", sid, "#bakfiets", None)
    assert "no longer search" in win.statusBar().currentMessage()


def test_remove_asks_then_removes_and_falls_back_to_all(qtbot, win, workspace, searches):
    sid = searches["local"]
    _show(qtbot, win, _key(win, sid))
    menu = _right_click(win, _key(win, sid))
    menu.actions()[-1].trigger()
    box = win.saved_search_menu.confirm_box
    assert box.isVisible()
    assert "Kettingen" in box.text() and "stay in your inbox" in box.text()
    assert [s.id for s in _stored(workspace)].count(sid) == 1  # nothing before the answer
    box.button(QMessageBox.StandardButton.Yes).click()

    assert sid not in [s.id for s in _stored(workspace)]
    assert not [k for k in win._nav_items if k[0] == "search" and k[1] == sid]
    assert win.nav.currentItem() is win._nav_items[("view", "all")]
    qtbot.waitUntil(lambda: win.message_model.filter == win.current_filter())
    assert win.message_model.filter.search == ""


def test_removing_another_search_keeps_the_view(qtbot, win, workspace, searches):
    _show(qtbot, win, _key(win, searches["local"]))
    box = win.saved_search_menu.remove(searches["listened"])
    assert "Sweeps of @fietsen@mastodon.nl stop searching for it." in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [s.id for s in _stored(workspace)] == [searches["local"]]
    assert win.nav.currentItem() is win._nav_items[_key(win, searches["local"])]


def test_cancel_keeps_the_search(qtbot, win, workspace, searches):
    sid = searches["local"]
    _show(qtbot, win, _key(win, sid))
    before = _stored(workspace)
    box = win.saved_search_menu.remove(sid)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert _stored(workspace) == before
    assert win.nav.currentItem() is win._nav_items[_key(win, sid)]
