"""Saving what is in the search box as a saved search in the navigation."""

from __future__ import annotations

from cmstation.storage import open_workspace, saved_searches


def test_save_search_adds_it_to_the_navigation_and_shows_its_results(qtbot, window, workspace):
    assert not window.save_search_button.isEnabled()
    qtbot.keyClicks(window.search_box, "ketting")
    assert window.save_search_button.isEnabled()
    window.save_search_button.click()
    db = open_workspace(workspace["path"])
    saved = saved_searches.list_saved_searches(db)
    db.conn.close()
    assert [(s.name, s.query, s.listen) for s in saved] == [("ketting", "ketting", False)]
    assert window.search_box.text() == ""
    assert window.nav.currentItem().text(0) == "ketting"

    def only_matches():
        n = window.message_model.rowCount()
        shown = [window.message_model.message_at(r) for r in range(n)]
        return n > 0 and all("ketting" in m.text for m in shown)

    qtbot.waitUntil(only_matches)
