"""The Drafts page on its own: what it lists, in which order, and what it opens."""

from __future__ import annotations

import pytest

from cmstation.storage import drafts as draft_store
from cmstation.storage import open_workspace
from cmstation.ui.common.tasks import TaskManager
from cmstation.ui.outbox.drafts_view import DraftsView


@pytest.fixture
def view(qtbot, workspace):
    tasks = TaskManager(workspace["path"])
    v = DraftsView(tasks)
    qtbot.addWidget(v)
    yield v
    tasks.shutdown()


def test_lists_drafts_newest_first_with_what_they_answer(qtbot, view, workspace):
    db = open_workspace(workspace["path"])
    first, second = workspace["ids"][0], workspace["ids"][1]
    draft_store.save_draft(db, message_id=first, channel_id=None, text="Oud concept", now=100)
    draft_store.save_draft(db, message_id=second, channel_id=None, text="Nieuw\nconcept", now=200)
    draft_store.save_draft(db, message_id=None, channel_id=None, text="Los bericht", now=50)
    draft_store.save_draft(db, message_id=workspace["ids"][2], channel_id=None, text="", now=300)
    db.conn.close()
    with qtbot.wait_signal(view.reloaded, timeout=3000):
        view.reload()
    texts = [view.list.topLevelItem(i).text(1) for i in range(view.list.topLevelItemCount())]
    assert texts == ["Nieuw concept", "Oud concept", "Los bericht"]  # empty drafts left out
    assert view.list.topLevelItem(0).text(0).startswith("Bram: Message 1")
    assert view.list.topLevelItem(2).text(0) == "(a new post)"
    assert view.summary.text() == "3 replies being written"

    opened = []
    view.open_requested.connect(opened.append)
    view.list.setCurrentItem(view.list.topLevelItem(1))
    view.open_button.click()
    assert opened == [first]
    posts = []
    view.open_post_requested.connect(posts.append)
    view.list.setCurrentItem(view.list.topLevelItem(2))
    assert view.open_button.isEnabled()  # a new post's draft opens in the post dialog
    view.open_current()
    assert opened == [first] and len(posts) == 1 and isinstance(posts[0], int)


def test_no_drafts_says_so(qtbot, view):
    with qtbot.wait_signal(view.reloaded, timeout=3000):
        view.reload()
    assert view.stack.currentWidget() is view.empty
    assert not view.open_button.isEnabled()
